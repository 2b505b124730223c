#include "threadscripts.h"

#include <QFile>

namespace Scholia {

const QStringList &ThreadScripts::fileNames()
{
    // scholia.js makes the namespace, start.js sets the page going: first and last.
    static const QStringList names = {
        QStringLiteral("scholia.js"),    QStringLiteral("commentindex.js"),
        QStringLiteral("chunks.js"),     QStringLiteral("collapse.js"),
        QStringLiteral("navigation.js"), QStringLiteral("bridge.js"),
        QStringLiteral("selection.js"),  QStringLiteral("highlights.js"),
        QStringLiteral("find.js"),       QStringLiteral("overlays.js"),
        QStringLiteral("caret.js"),      QStringLiteral("reading.js"),
        QStringLiteral("input.js"),      QStringLiteral("threadmap.js"),
        QStringLiteral("start.js"),
    };
    return names;
}

QString ThreadScripts::resourcePath(const QString &fileName)
{
    return QStringLiteral(":/web/") + fileName;
}

std::optional<QStringList> ThreadScripts::texts()
{
    QStringList texts;
    for (const QString &name : fileNames()) {
        QFile file(resourcePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        texts << QString::fromUtf8(file.readAll());
    }
    return texts;
}

} // namespace Scholia
