#include "threadhtmlexporter.h"

#include "core/threaddocument.h"
#include "render/threadhtmlrenderer.h"

#include <QFile>
#include <QSaveFile>

namespace Scholia {

Result<void> ThreadHtmlExporter::write(const ThreadDocument &thread, const QString &path)
{
    QFile css(QStringLiteral(":/web/thread.css"));
    if (!css.open(QIODevice::ReadOnly))
        return Error::of(QStringLiteral("the thread stylesheet is missing from this build"));
    ThreadHtmlRenderer::Options options;
    options.inlineStylesheet = QString::fromUtf8(css.readAll());

    // QSaveFile writes beside the target and renames on commit, so an interrupted
    // export never leaves half a file where the user expects a whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(ThreadHtmlRenderer::render(thread, options).toUtf8());
    if (!file.commit())
        return Error::of(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Scholia
