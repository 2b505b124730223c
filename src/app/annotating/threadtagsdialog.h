#pragma once

#include <QDialog>

class QLineEdit;

namespace Scholia {

class Library;

// Asks for a thread's tags (comma-separated, completed from the library's tags).
class ThreadTagsDialog : public QDialog
{
    Q_OBJECT

public:
    ThreadTagsDialog(Library &library, const QString &threadTitle, const QStringList &tags,
                     QWidget *parent = nullptr);
    QStringList tags() const;

private:
    QLineEdit *m_tags;
};

} // namespace Scholia
