#pragma once

// GLib's headers name struct fields "signals" and "slots", which Qt defines as macros;
// hide Qt's keywords while GMime (and through it GLib and GIO) is read.
#pragma push_macro("signals")
#pragma push_macro("slots")
#undef signals
#undef slots
#include <gmime/gmime.h>
#pragma pop_macro("slots")
#pragma pop_macro("signals")

#include <memory>
#include <utility>

namespace Scholia {

// Owns one reference to a GObject (a GMime stream, parser or message) and drops it with
// g_object_unref, so every early return in the mbox code releases what it took.
template <typename T> class GObjectPtr
{
public:
    explicit GObjectPtr(T *object = nullptr) : m_object(object) {}
    ~GObjectPtr()
    {
        if (m_object)
            g_object_unref(m_object);
    }
    GObjectPtr(const GObjectPtr &) = delete;
    GObjectPtr &operator=(const GObjectPtr &) = delete;
    GObjectPtr(GObjectPtr &&other) noexcept : m_object(std::exchange(other.m_object, nullptr)) {}
    GObjectPtr &operator=(GObjectPtr &&other) noexcept
    {
        std::swap(m_object, other.m_object);
        return *this;
    }

    T *get() const { return m_object; }
    explicit operator bool() const { return m_object != nullptr; }

private:
    T *m_object;
};

// Strings GMime hands over with ownership (g_free them).
struct GFreeDeleter
{
    void operator()(void *memory) const { g_free(memory); }
};
using GCharPtr = std::unique_ptr<char, GFreeDeleter>;

} // namespace Scholia
