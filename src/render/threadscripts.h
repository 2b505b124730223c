#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Scholia {

// The thread view's own scripts (resources/web/, in the resources as :/web/<name>), in
// the order the page runs them: the first makes the Scholia namespace, each next one
// adds its part, the last starts the page. One list for everything that loads them.
class ThreadScripts
{
public:
    // In load order; the view serves each as scholia://app/<name>.
    static const QStringList &fileNames();
    static QString resourcePath(const QString &fileName);
    // The text of each, in load order, for a page that inlines them; nothing when this
    // build lacks one (half the scripts would do more harm than none).
    static std::optional<QStringList> texts();
};

} // namespace Scholia
