#include "findbar.h"

#include "app/threadview/threadview.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Scholia {

namespace {
// Long enough that typing a word searches once, short enough to feel immediate.
constexpr int typingPauseMs = 200;
} // namespace

FindBar::FindBar(ThreadView &view, QWidget *parent)
    : QWidget(parent), m_view(view), m_field(new QLineEdit(this)), m_count(new QLabel(this)),
      m_typingPause(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Text in this thread"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in thread"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter, F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(9999).arg(9999)));
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(closeButton);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &FindBar::startSearch);
    connect(m_field, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    m_field->installEventFilter(this); // Shift+Enter and Esc, before the field takes them
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    // A newly loaded thread: its matches are new too.
    connect(m_view.page(), &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_expandedFor.clear();
        if (ok && isVisible() && !text().isEmpty())
            startSearch();
    });
    hide();
}

QString FindBar::text() const
{
    return m_field->text();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::close()
{
    m_typingPause->stop();
    m_view.page()->findText(QString()); // clears the page's match highlighting
    m_view.page()->runJavaScript(QStringLiteral("Scholia.clearFind && Scholia.clearFind()"));
    m_expandedFor.clear();
    hide();
    m_view.setFocus();
    emit closed();
}

void FindBar::findNext()
{
    search(false);
}

void FindBar::findPrevious()
{
    search(true);
}

void FindBar::startSearch()
{
    search(false);
}

void FindBar::search(bool backward)
{
    m_typingPause->stop();
    const QString needle = text();
    if (needle.isEmpty()) {
        m_view.page()->findText(QString());
        m_view.page()->runJavaScript(QStringLiteral("Scholia.clearFind && Scholia.clearFind()"));
        m_count->clear();
        emit searched(0, 0);
        return;
    }
    // Arguments go in as JSON, never spliced into the script as text.
    const QString argument = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("t"), needle}, {QStringLiteral("b"), backward}})
            .toJson(QJsonDocument::Compact));
    m_view.page()->runJavaScript(
        QStringLiteral("(function (a) { return Scholia.findInThread ? Scholia.findInThread(a.t, a.b) : null; })(%1)")
            .arg(argument),
        [this, needle, backward](const QVariant &result) {
            if (needle != text())
                return; // the user typed on meanwhile
            const QVariantMap found = result.toMap();
            if (found.isEmpty()) // every comment is built: the browser's find sees them all
                searchWithBrowserFind(backward);
            else
                showResult(found.value(QStringLiteral("matches")).toInt(),
                           found.value(QStringLiteral("active")).toInt());
        });
}

void FindBar::searchWithBrowserFind(bool backward)
{
    const QString needle = text();
    const auto find = [this, needle, backward] {
        if (needle != text())
            return; // the user typed on while the page was opening subtrees
        m_view.page()->findText(needle, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags(),
                                [this](const QWebEngineFindTextResult &result) {
                                    showResult(result.numberOfMatches(), result.activeMatch());
                                });
    };
    if (needle == m_expandedFor) {
        find();
        return;
    }
    m_expandedFor = needle;
    const QString argument =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("t"), needle}}).toJson(QJsonDocument::Compact));
    m_view.page()->runJavaScript(QStringLiteral("Scholia.expandMatches(%1.t)").arg(argument),
                                 [find](const QVariant &) { find(); });
}

void FindBar::showResult(int matches, int active)
{
    m_count->setText(matches == 0 ? tr("No matches") : tr("%1 of %2").arg(active).arg(matches));
    // A field that found nothing says so in its colour too, as browsers do.
    QPalette palette = m_field->palette();
    if (matches == 0 && !text().isEmpty())
        palette.setColor(QPalette::Base, QColor(ThreadView::paletteIsDark(this->palette()) ? 0x5c2b2b : 0xfbe3e4));
    else
        palette = this->palette();
    m_field->setPalette(palette);
    emit searched(matches, active);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Scholia
