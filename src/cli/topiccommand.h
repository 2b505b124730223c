#pragma once

#include "core/topicpassage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QTextStream;

namespace Scholia {

struct TopicTagCount;

// scholia topic TAG [--db PATH] [--format md|json] [--sort date|thread|author]: every
// passage tagged TAG or a tag below it, across the library, as Markdown or JSON.
class TopicCommand
{
    Q_DECLARE_TR_FUNCTIONS(TopicCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QByteArray json(const std::vector<TopicPassage> &passages);
    // Tag names that look like what was typed, for the "no such tag" message.
    static QStringList closeMatches(const QString &typed, const std::vector<TopicTagCount> &tags);
};

} // namespace Scholia
