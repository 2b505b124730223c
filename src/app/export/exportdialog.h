#pragma once

#include "core/exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;

namespace Scholia {

// File ▸ Export…: what to export (format, which comments) and how it is laid out on
// paper (page size, margins, text size, colour or greyscale, where notes go), and whether
// edited comments bring their earlier texts.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // focusedComment: the comment a subtree export would start at; empty disables that choice.
    ExportDialog(const QString &threadTitle, bool hasAnnotations, const QString &focusedComment,
                 QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);

private:
    void updateEnabled();

    QString m_focusedComment;
    QComboBox *m_format;
    QComboBox *m_scope;
    QGroupBox *m_page;
    QComboBox *m_pageSize;
    QDoubleSpinBox *m_margin;
    QDoubleSpinBox *m_fontSize;
    QComboBox *m_colours;
    QComboBox *m_notes;
    QCheckBox *m_versions;
};

} // namespace Scholia
