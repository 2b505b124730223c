#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// What threading needs to know of one message.
struct MailThreadLinks
{
    QString messageId;      // unique among the messages threaded together
    QStringList references; // oldest ancestor first, the direct parent last
};

// Where each message landed: indices into the input, -1 for none.
struct MailThreads
{
    std::vector<int> parent; // the message this one replies to; -1 for a thread root
    std::vector<int> root;   // the root of the thread holding it (itself for a root)
    // For a thread's root, the Message-IDs that its thread's messages reference but that no
    // message has (the empty containers), in the order first referenced; empty for the
    // other messages. One absent message that two threads reference is absent from both.
    std::vector<QStringList> absent;
};

// Jamie Zawinski's threading (https://www.jwz.org/doc/threading.html), without the
// subject grouping: a subject match is a guess, and Scholia does not invent structure.
// Referenced messages the archive lacks become empty containers that are pruned; their
// replies move up to the nearest real ancestor, or become thread roots of their own, and
// their ids are kept with the thread, which lacks them.
// A link that would close a cycle is refused. Iterative throughout.
class MailThreader
{
public:
    static MailThreads thread(const std::vector<MailThreadLinks> &messages);
};

} // namespace Scholia
