#include "annotationpopover.h"

#include "app/annotating/linkpickerdialog.h"
#include "app/annotating/popoverplacement.h"
#include "app/annotating/tagcompleter.h"
#include "core/highlightpalette.h"
#include "library/libraryeditor.h"
#include "store/library.h"

#include <QButtonGroup>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scholia {

namespace {

QIcon swatch(const QString &hex)
{
    QPixmap pixmap(18, 18);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(hex));
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawEllipse(1, 1, 16, 16);
    return QIcon(pixmap);
}

} // namespace

AnnotationPopover::AnnotationPopover(const Annotation &annotation, LibraryEditor &controller,
                                     Library &library, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_annotation(annotation), m_controller(controller),
      m_colors(new QButtonGroup(this)), m_tags(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Annotation"));

    auto *colorRow = new QHBoxLayout;
    colorRow->setSpacing(2);
    for (const HighlightColor &color : HighlightPalette::colors()) {
        auto *button = new QToolButton(this);
        button->setIcon(swatch(color.hex));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(color.label);
        button->setAccessibleName(color.label);
        button->setProperty("colorName", color.name);
        button->setChecked(color.name == annotation.color);
        m_colors->addButton(button);
        colorRow->addWidget(button);
    }
    m_colors->setExclusive(true);
    colorRow->addStretch();

    m_tags->setPlaceholderText(tr("Tags, separated by commas (topic/subtopic)"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setText(annotation.tags.join(QStringLiteral(", ")));
    (new TagCompleter(library, this))->attachTo(m_tags);

    m_note->setPlaceholderText(tr("A note on this passage"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlainText(annotation.note);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 5);

    auto *link = new QPushButton(tr("&Link to…"), this);
    link->setObjectName(QStringLiteral("linkButton"));
    link->setToolTip(tr("Say what this passage supports, rebuts, asks or answers"));
    connect(link, &QPushButton::clicked, this, [this, &library] { openLinkPicker(library); });
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *done = new QPushButton(tr("Done"), this);
    done->setDefault(true);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_deleted = true;
        if (const auto removed = m_controller.remove(m_annotation.id); !removed)
            m_controller.announceFailure(removed.error().message); // the view shows failed()
        close();
    });
    connect(done, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addWidget(link);
    buttons->addStretch();
    buttons->addWidget(done);

    auto *quote = new QLabel(this);
    const QString text = annotation.isWholeComment() ? tr("The whole comment") : annotation.quote.exact;
    quote->setText(quote->fontMetrics().elidedText(text.simplified(), Qt::ElideRight, 320));
    quote->setStyleSheet(QStringLiteral("font-style: italic"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addLayout(colorRow);
    layout->addWidget(m_tags);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    setMinimumWidth(340);
}

void AnnotationPopover::popUp(const QRect &globalAnchor)
{
    adjustSize();
    const QScreen *screen = QGuiApplication::screenAt(globalAnchor.center());
    if (!screen)
        screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->availableGeometry() : QRect(globalAnchor.topLeft(), size());
    move(PopoverPlacement::place(frameGeometry().size(), globalAnchor, area));
    show();
    // Shown, the layout may settle on another height (the note field's): placed again
    // with the size it has, so the bottom edge stays clear of the selection too.
    move(PopoverPlacement::place(frameGeometry().size(), globalAnchor, area));
    m_tags->setFocus();
}

void AnnotationPopover::openLinkPicker(Library &library)
{
    // The picker outlives the popover, which closes (and applies what was typed) now.
    auto *picker = new LinkPickerDialog(m_annotation, library, m_controller, parentWidget());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    close();
    picker->open();
    emit linkPickerOpened(picker);
}

void AnnotationPopover::applyChanges()
{
    AnnotationEdit edit;
    if (const auto *checked = m_colors->checkedButton()) {
        const QString color = checked->property("colorName").toString();
        if (color != m_annotation.color)
            edit.color = color;
    }
    const QStringList tags = TagCompleter::split(m_tags->text());
    if (tags != m_annotation.tags)
        edit.tags = tags;
    if (m_note->toPlainText() != m_annotation.note)
        edit.note = m_note->toPlainText();
    if (!edit.color && !edit.tags && !edit.note)
        return;
    // The popover is gone by now: a refusal (a malformed tag, say) is shown by the view,
    // which shows the editor's failed().
    if (const auto updated = m_controller.update(m_annotation.id, edit); !updated)
        m_controller.announceFailure(updated.error().message);
}

void AnnotationPopover::hideEvent(QHideEvent *event)
{
    if (!m_deleted) {
        applyChanges();
        m_deleted = true; // apply once, even if hidden twice
    }
    QFrame::hideEvent(event);
}

} // namespace Scholia
