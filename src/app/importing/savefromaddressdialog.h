#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Scholia {

// File ▸ Save from Address…: a field for a thread's address (filled from the clipboard
// when it holds one), how many requests the save may make, and what will be asked of
// which site. Save is enabled only for an address Scholia knows how to save.
class SaveFromAddressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveFromAddressDialog(QWidget *parent = nullptr);

    QString address() const;
    void setAddress(const QString &address);
    int maxRequests() const;

private:
    void check();

    QLineEdit *m_address;
    QSpinBox *m_maxRequests;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
};

} // namespace Scholia
