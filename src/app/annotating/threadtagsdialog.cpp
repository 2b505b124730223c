#include "threadtagsdialog.h"

#include "app/annotating/tagcompleter.h"
#include "store/library.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Scholia {

ThreadTagsDialog::ThreadTagsDialog(Library &library, const QString &threadTitle,
                                   const QStringList &tags, QWidget *parent)
    : QDialog(parent), m_tags(new QLineEdit(this))
{
    setWindowTitle(tr("Thread Tags"));
    auto *label = new QLabel(tr("Tags for “%1”, separated by commas (topic/subtopic):").arg(threadTitle), this);
    label->setWordWrap(true);
    label->setBuddy(m_tags);
    m_tags->setAccessibleName(tr("Thread tags"));
    m_tags->setText(tags.join(QStringLiteral(", ")));
    (new TagCompleter(library, this))->attachTo(m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_tags);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QStringList ThreadTagsDialog::tags() const
{
    return TagCompleter::split(m_tags->text());
}

} // namespace Scholia
