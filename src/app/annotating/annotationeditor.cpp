#include "annotationeditor.h"

#include "app/annotating/tagcompleter.h"
#include "core/highlightpalette.h"
#include "library/libraryeditor.h"
#include "store/library.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolTip>

namespace Scholia {

namespace {

constexpr int noteSavePauseMs = 500;

QIcon swatchIcon(const QString &hex)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(hex));
    return QIcon(pixmap);
}

} // namespace

AnnotationEditor::AnnotationEditor(Library &library, LibraryEditor &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_color(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_note(new QPlainTextEdit(this)), m_noteTimer(new QTimer(this)),
      m_completer(new TagCompleter(library, this))
{
    m_color->setObjectName(QStringLiteral("annotationColor"));
    m_color->setAccessibleName(tr("Highlight colour"));
    for (const HighlightColor &color : HighlightPalette::colors())
        m_color->addItem(swatchIcon(color.hex), color.label, color.name);
    m_tags->setObjectName(QStringLiteral("annotationTags"));
    m_tags->setAccessibleName(tr("Annotation tags"));
    m_tags->setPlaceholderText(tr("topic/subtopic, another tag"));
    m_completer->attachTo(m_tags);
    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setAccessibleName(tr("Annotation note"));
    m_note->setPlaceholderText(tr("A note on this passage"));
    m_note->setTabChangesFocus(true);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(noteSavePauseMs);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&ote:"), m_note);

    connect(m_color, &QComboBox::activated, this, &AnnotationEditor::commitColor);
    connect(m_tags, &QLineEdit::editingFinished, this, &AnnotationEditor::commitTags);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_id != 0)
            m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &AnnotationEditor::commitNote);
    connect(&controller, &LibraryEditor::annotationChanged, this,
            [this](const Annotation &annotation) {
                if (annotation.id == m_id)
                    refresh();
            });
    connect(&controller, &LibraryEditor::annotationRemoved, this, &AnnotationEditor::refresh);
    connect(&controller, &LibraryEditor::annotationsReset, this, &AnnotationEditor::refresh);
    refresh();
}

void AnnotationEditor::setAnnotation(qint64 id)
{
    if (id == m_id)
        return;
    commitNote();
    m_id = id;
    refresh();
}

qint64 AnnotationEditor::annotation() const
{
    return m_id;
}

void AnnotationEditor::commitNote()
{
    m_noteTimer->stop();
    const Annotation *annotation = current();
    if (!annotation || annotation->note == m_note->toPlainText())
        return;
    AnnotationEdit edit;
    edit.note = m_note->toPlainText();
    if (const auto done = m_controller.update(m_id, edit); !done)
        report(done.error().message);
}

const Annotation *AnnotationEditor::current() const
{
    for (const Annotation &annotation : m_controller.annotations()) {
        if (annotation.id == m_id)
            return &annotation;
    }
    return nullptr;
}

void AnnotationEditor::refresh()
{
    const Annotation *annotation = current();
    if (!annotation) {
        m_id = 0;
        m_noteTimer->stop();
    }
    setEnabled(annotation != nullptr);
    const QString note = annotation ? annotation->note : QString();
    // A note being typed is not overwritten by the echo of its own last save.
    if (m_note->toPlainText() != note && !m_noteTimer->isActive()) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(note);
    }
    // Likewise tags typed but not yet committed (Enter or leaving the field commits).
    if (!m_tags->isModified() || !annotation)
        m_tags->setText(annotation ? annotation->tags.join(QStringLiteral(", ")) : QString());
    m_color->setCurrentIndex(annotation ? m_color->findData(annotation->color) : -1);
}

void AnnotationEditor::commitTags()
{
    const Annotation *annotation = current();
    const QStringList tags = TagCompleter::split(m_tags->text());
    m_tags->setModified(false);
    if (!annotation || tags == annotation->tags)
        return;
    AnnotationEdit edit;
    edit.tags = tags;
    if (const auto done = m_controller.update(m_id, edit); !done) {
        report(done.error().message);
        refresh();
    }
}

void AnnotationEditor::commitColor(int index)
{
    const Annotation *annotation = current();
    const QString color = m_color->itemData(index).toString();
    if (!annotation || color == annotation->color)
        return;
    AnnotationEdit edit;
    edit.color = color;
    if (const auto done = m_controller.update(m_id, edit); !done)
        report(done.error().message);
}

void AnnotationEditor::report(const QString &message)
{
    QToolTip::showText(mapToGlobal(QPoint(0, 0)), message, this);
}

} // namespace Scholia
