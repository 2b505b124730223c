#include "tagcompleter.h"

#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

namespace Scholia {

namespace {

// The tag being typed: what follows the last comma, trimmed.
QString lastTag(const QString &text)
{
    return text.mid(text.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
}

} // namespace

TagCompleter::TagCompleter(Library &library, QObject *parent)
    : QCompleter(parent), m_library(library), m_names(new QStringListModel(this))
{
    setModel(m_names);
    // TagStore has filtered already, and it also matches inside a name ("exp" finds
    // "compute/export-controls"), which QCompleter's own prefix filter would throw away.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, qOverload<const QString &>(&QCompleter::activated), this,
            &TagCompleter::insertCompletion);
}

void TagCompleter::attachTo(QLineEdit *edit)
{
    m_edit = edit;
    setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &TagCompleter::refresh);
}

QStringList TagCompleter::candidates(const QString &text) const
{
    const QString prefix = lastTag(text);
    if (prefix.isEmpty())
        return {};
    const auto names = m_library.tags().complete(prefix);
    return names ? *names : QStringList();
}

void TagCompleter::insertCompletion(const QString &name)
{
    if (!m_edit)
        return;
    const QString text = m_edit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
    m_edit->setText(before + name);
}

QStringList TagCompleter::split(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

void TagCompleter::refresh(const QString &text)
{
    const QStringList names = candidates(text);
    m_names->setStringList(names);
    if (names.isEmpty())
        popup()->hide();
    else
        complete();
}

} // namespace Scholia
