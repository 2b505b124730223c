#pragma once

#include <cstddef>

namespace Scholia {

// The pages of a file's bytes that an import has read past, given back to the system as
// it goes (issue 17, rounds 5 and 6): a walk that reads the bytes front to back once, and
// copies what it keeps, need not hold the whole file resident to its end. Given back in
// steps of at least 256 KiB (one madvise per step, not per comment); the pages then read
// as zeros, and the allocation stays the heap's, freed as usual. Only for bytes the walk
// holds the last reference to, of a file that can be read again if it needs them whole.
class PassedPages
{
public:
    // Gives nothing back.
    PassedPages() = default;
    // bytes: the start of the allocation the walk reads (null: gives nothing back).
    explicit PassedPages(char *bytes) : m_bytes(bytes) {}

    // Nothing before `end` (an offset into the bytes) is read again.
    void passedTo(size_t end);

    static constexpr size_t stepBytes = size_t(256) << 10;

private:
    char *m_bytes = nullptr;
    size_t m_given = 0; // the bytes before it are given back
};

} // namespace Scholia
