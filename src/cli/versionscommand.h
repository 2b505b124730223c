#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QTextStream;

namespace Scholia {

struct CommentVersion;

// scholia versions ID COMMENT [--db PATH]: every text a comment had across the saves of
// its thread, oldest first, each headed by the save it came from.
class VersionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(VersionsCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static QString format(const std::vector<CommentVersion> &versions);
};

} // namespace Scholia
