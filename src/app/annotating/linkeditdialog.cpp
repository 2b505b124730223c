#include "app/annotating/linkeditdialog.h"

#include "core/annotationlinktype.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Scholia {

LinkEditDialog::LinkEditDialog(const AnnotationLink &link, QWidget *parent)
    : QDialog(parent), m_link(link), m_type(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Edit Link"));
    m_type->setObjectName(QStringLiteral("linkType"));
    m_type->setAccessibleName(tr("Link type"));
    for (const AnnotationLinkType type : AnnotationLinkTypes::all)
        m_type->addItem(AnnotationLinkTypes::label(type), AnnotationLinkTypes::key(type));
    m_type->setCurrentIndex(m_type->findData(AnnotationLinkTypes::key(link.type)));
    m_note->setObjectName(QStringLiteral("linkNote"));
    m_note->setAccessibleName(tr("Note on the link"));
    m_note->setText(link.note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("#%1").arg(link.from), m_type);
    form->addRow(QString(), new QLabel(tr("#%1").arg(link.to), this));
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
}

AnnotationLinkEdit LinkEditDialog::edit() const
{
    AnnotationLinkEdit edit;
    const auto type = AnnotationLinkTypes::fromKey(m_type->currentData().toString());
    if (type && *type != m_link.type)
        edit.type = type;
    if (m_note->text().trimmed() != m_link.note)
        edit.note = m_note->text().trimmed();
    return edit;
}

} // namespace Scholia
