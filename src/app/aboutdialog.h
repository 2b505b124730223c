#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace Scholia {

// Help ▸ About: the version of Scholia and of every library it was built with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &libraryPath, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The component lines, also for the tests.
    static QStringList componentVersions();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Scholia
