#pragma once

#include "core/annotationlink.h"
#include "core/annotationlinkedit.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Scholia {

// Edit Link…: a link's type and note (its ends stay: a link to another passage is another
// link). edit() holds only what the reader changed.
class LinkEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkEditDialog(const AnnotationLink &link, QWidget *parent = nullptr);

    AnnotationLinkEdit edit() const;

private:
    AnnotationLink m_link;
    QComboBox *m_type;
    QLineEdit *m_note;
};

} // namespace Scholia
