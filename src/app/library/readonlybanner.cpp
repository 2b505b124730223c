#include "readonlybanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Scholia {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAccessibleName(tr("Library is read-only"));
    setFrameShape(QFrame::StyledPanel);
    // A warning colour from the palette's own family, so dark themes stay readable.
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x82));
    warning.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(warning);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setToolTip(tr("Open the library for writing if the other process has closed it"));
    connect(m_retry, &QPushButton::clicked, this, &ReadOnlyBanner::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    setWriterPid(0);
}

void ReadOnlyBanner::setWriterPid(qint64 pid)
{
    m_text->setText(pid > 0 ? tr("This library is open for writing in another Scholia process "
                                 "(pid %1). Changes are off until it closes.")
                                  .arg(pid)
                            : tr("This library is open for writing in another Scholia process. "
                                 "Changes are off until it closes."));
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}

} // namespace Scholia
