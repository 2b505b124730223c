#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Scholia {

// scholia render ID -o FILE.html [--db PATH]: the page the thread view shows, as one
// self-contained file (stylesheet and script inline, nothing loaded from anywhere).
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Scholia
