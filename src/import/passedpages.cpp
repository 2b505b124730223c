#include "passedpages.h"

#include <QtGlobal>

#include <cstdint>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Scholia {

void PassedPages::passedTo(size_t end)
{
#ifdef Q_OS_LINUX
    if (!m_bytes)
        return;
    // MADV_DONTNEED, not POSIX_MADV_DONTNEED, which glibc ignores: the pages are dropped
    // at once. Whole pages only: the first and last may hold bytes still read.
    static const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t begin = (uintptr_t(m_bytes + m_given) + page - 1) & ~(page - 1);
    const uintptr_t to = uintptr_t(m_bytes + end) & ~(page - 1);
    if (to >= begin + stepBytes &&
        madvise(reinterpret_cast<void *>(begin), to - begin, MADV_DONTNEED) == 0)
        m_given = size_t(to - uintptr_t(m_bytes));
#else
    Q_UNUSED(end);
#endif
}

} // namespace Scholia
