#include "aboutdialog.h"

#include "store/library.h"
#include "ui_aboutdialog.h"

#include <QApplication>

#include <simdjson.h>

namespace Scholia {

AboutDialog::AboutDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->title->setText(QStringLiteral("<h2>Scholia %1</h2>").arg(QApplication::applicationVersion()));
    QString rows;
    for (const QString &line : componentVersions())
        rows += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    m_ui->components->setText(QStringLiteral("<ul>%1</ul>").arg(rows));
    m_ui->library->setText(tr("Library: %1").arg(libraryPath));
}

AboutDialog::~AboutDialog() = default;

QStringList AboutDialog::componentVersions()
{
    QStringList lines;
    lines << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << tr("SQLite %1").arg(Library::sqliteVersion());
    lines << tr("gumbo %1").arg(QStringLiteral(SCHOLIA_GUMBO_VERSION));
    // md4c has no version macro and GMime's would need its headers here: CMake passes
    // the versions pkg-config reported at build time.
    lines << tr("md4c %1").arg(QStringLiteral(SCHOLIA_MD4C_VERSION));
    lines << tr("GMime %1").arg(QStringLiteral(SCHOLIA_GMIME_VERSION));
    lines << tr("simdjson %1.%2.%3")
                 .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
                 .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
                 .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
#ifdef SCHOLIA_HAVE_KSYNTAXHIGHLIGHTING
    lines << tr("KSyntaxHighlighting: built in");
#else
    lines << tr("KSyntaxHighlighting: not built in (no KF6SyntaxHighlighting found)");
#endif
    return lines;
}

} // namespace Scholia
