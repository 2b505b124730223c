#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Scholia {

// The bar across the top of a window whose library another Scholia process is writing
// to: says so, names that process, and offers Retry (take over once it has closed).
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // The process holding the library's writer lock (0: unknown).
    void setWriterPid(qint64 pid);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace Scholia
