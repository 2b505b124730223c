#include "savefromaddressdialog.h"

#include "fetch/fetchpolicy.h"
#include "fetch/threadaddress.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Scholia {

SaveFromAddressDialog::SaveFromAddressDialog(QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_maxRequests(new QSpinBox(this)),
      m_verdict(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save from Address"));
    m_address->setPlaceholderText(tr("https://www.reddit.com/r/…/comments/…"));
    m_address->setAccessibleName(tr("Thread address"));
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(480);
    m_maxRequests->setRange(1, 100000);
    m_maxRequests->setValue(FetchPolicy().maxRequests);
    m_maxRequests->setAccessibleName(tr("Most requests"));
    m_maxRequests->setToolTip(tr("The save stops after this many requests; what it has not "
                                 "fetched by then is reported as missing."));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);

    auto *about = new QLabel(
        tr("Scholia fetches the whole thread through the site's public interface, without "
           "logging in: Reddit (its JSON pages and /api/morechildren, 10 requests a minute), "
           "Hacker News (Algolia's API, else the official one), Discourse forums (t/ID.json "
           "and posts.json) and rDrama-family sites such as themotte.org (the post page and "
           "its \"More comments\" pages). Each request sends only the address and Scholia's "
           "name and version. The responses are kept in the \"saved\" folder beside the "
           "library, then imported."),
        this);
    about->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Most requests:"), m_maxRequests);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(about);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &SaveFromAddressDialog::check);

    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    setAddress(ThreadAddress::looksLikeAddress(clipboard) ? clipboard : QString());
}

QString SaveFromAddressDialog::address() const
{
    return m_address->text().trimmed();
}

void SaveFromAddressDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    m_address->selectAll();
    check();
}

int SaveFromAddressDialog::maxRequests() const
{
    return m_maxRequests->value();
}

void SaveFromAddressDialog::check()
{
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    if (address().isEmpty()) {
        m_verdict->setText(tr("Paste the address of a thread."));
        save->setEnabled(false);
        return;
    }
    const auto parsed = ThreadAddress::parse(address());
    save->setEnabled(parsed.ok());
    m_verdict->setText(parsed ? tr("A thread on %1.").arg(parsed->siteName())
                              : parsed.error().message);
}

} // namespace Scholia
