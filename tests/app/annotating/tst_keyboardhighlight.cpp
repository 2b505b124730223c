// Highlighting without a mouse: caret mode (F7 or v) moves a caret through the focused
// comment by character, word, sentence and line, Shift extends the selection, and h
// makes the very annotation a mouse selection of the same words makes. The selection
// never leaves the comment's body.

#include "app/annotating/annotationpopover.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QKeySequence>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include "../threadview/threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

ThreadDocument proseThread()
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("keyboard");
    doc.title = QStringLiteral("Keyboard");
    std::vector<LinkedComment> linked{
        {comment("first", "<p>Opening words of the thread.</p>"), {}},
        {comment("plain", "<p>Nothing special here.</p>"), "first"},
        {comment("prose", "<p>First sentence here. Second <em>sentence</em> follows. Third one.</p>"
                          "<p>Another paragraph ends it.</p>"),
         {}},
        {comment("last", "<p>The very last comment.</p>"), {}},
    };
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

void closePopovers()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<AnnotationPopover *>(widget) && widget->isVisible())
            widget->close();
    }
}

// Counts the keys the page has had (pressed and released), modifiers aside.
const char keyCounterScript[] = R"(
    if (!window.keysUp) {
        window.keysUp = 0;
        const modifiers = ['Shift', 'Control', 'Alt', 'Meta'];
        document.addEventListener('keyup', (e) => {
            if (!modifiers.includes(e.key))
                ++window.keysUp;
        }, true);
    }
    window.keysUp)";

// Where a mouse drag across [from, to) of a comment's text starts and ends: a pixel inside
// the first and the last character, halfway down their line.
const char dragPointsScript[] = R"(((id, from, to) => {
    const body = document.querySelector('#c-' + id + ' > .body');
    function box(at) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (at < n.data.length) {
                const r = document.createRange();
                r.setStart(n, at);
                r.setEnd(n, at + 1);
                return r.getBoundingClientRect();
            }
            at -= n.data.length;
        }
    }
    const a = box(from);
    const b = box(to - 1);
    return [a.left + 1, a.top + a.height / 2, b.right - 1, b.top + b.height / 2];
})('%1', %2, %3))";

// Whether both ends of the page's selection lie inside the comment's body.
const char selectionInsideScript[] = R"((() => {
    const body = document.querySelector('#c-%1 > .body');
    const s = getSelection();
    return s.rangeCount > 0 && body.contains(s.anchorNode) && body.contains(s.focusNode);
})())";

// The caret's middle and the character's left edge: [x, top, height] of each.
const char caretAndCharacterScript[] = R"((() => {
    const c = document.querySelector('#c-plain .caret-mark').getBoundingClientRect();
    const text = document.querySelector('#c-plain > .body p').firstChild;
    const r = document.createRange();
    r.setStart(text, %1);
    r.setEnd(text, %1 + 1);
    const b = r.getBoundingClientRect();
    return [c.left + c.width / 2, c.top, c.height, b.left, b.top, b.height];
})())";

// Presses the keys, written as QKeySequence writes them ("Ctrl+Shift+Right", "w", "(")
// and separated by spaces, on the view's focus proxy, as a reader would, and waits until
// the page has had them all (modifiers are not counted): keys and scripts reach Chromium
// by different ways, so a script run at once could see the page before the keys.
void press(ThreadView &view, const QString &keys)
{
    const int before = evaluate(view, QString::fromLatin1(keyCounterScript)).toInt();
    const QStringList names = keys.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const QKeySequence sequence = QKeySequence::fromString(name);
        QVERIFY2(sequence.count() == 1, qPrintable(name));
        const QKeyCombination key = sequence[0];
        QTest::keyClick(view.focusProxy(), key.key(), key.keyboardModifiers());
    }
    QTRY_COMPARE(evaluate(view, QStringLiteral("window.keysUp")).toInt(),
                 before + int(names.size()));
}

// What is selected in the page, as the annotation would get it: "comment:start-end:text",
// or the reason there is nothing to annotate.
QString selected(ThreadView &view)
{
    const QVariantMap anchor = evaluate(view, QStringLiteral("Scholia.selectionAnchor()")).toMap();
    if (anchor.contains(QStringLiteral("error")))
        return anchor.value(QStringLiteral("error")).toString();
    return QStringLiteral("%1:%2-%3:%4")
        .arg(anchor.value(QStringLiteral("commentId")).toString())
        .arg(anchor.value(QStringLiteral("start")).toInt())
        .arg(anchor.value(QStringLiteral("end")).toInt())
        .arg(anchor.value(QStringLiteral("exact")).toString());
}

// Whether both ends of the page's selection lie inside the comment's body.
bool selectionInside(ThreadView &view, const QString &commentId)
{
    return evaluate(view, QString::fromLatin1(selectionInsideScript).arg(commentId)).toBool();
}

bool caretActive(ThreadView &view)
{
    return evaluate(view, QStringLiteral("Scholia.caret.isActive()")).toBool();
}

QString focusedId(ThreadView &view)
{
    return evaluate(view, QStringLiteral("document.querySelector('article.focused').dataset.id"))
        .toString();
}

// Whether the drawn caret stands at the left edge of the character at `at` of the
// "plain" comment's one text node, as tall as the character's line.
bool caretIsBeforeCharacter(ThreadView &view, int at)
{
    const QVariantList boxes =
        evaluate(view, QString::fromLatin1(caretAndCharacterScript).arg(at)).toList();
    if (boxes.size() != 6)
        return false;
    const qreal caretX = boxes[0].toReal(), caretY = boxes[1].toReal(),
                caretHeight = boxes[2].toReal();
    const qreal charX = boxes[3].toReal(), charY = boxes[4].toReal(),
                charHeight = boxes[5].toReal();
    const bool there =
        qAbs(caretX - charX) <= 2 && qAbs(caretY - charY) <= 2 && caretHeight >= charHeight - 2;
    if (!there)
        qWarning("caret at %g,%g (height %g), character %d at %g,%g (height %g)", caretX, caretY,
                 caretHeight, at, charX, charY, charHeight);
    return there;
}

} // namespace

class TestKeyboardHighlight : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_threadId = 0;

    QString bodyText(const QString &commentId) const
    {
        return *m_library->threads().annotatableText(m_threadId, commentId).value();
    }

    // Shows the thread with the comment focused and the keyboard in the page.
    bool openAt(ThreadView &view, const QString &commentId)
    {
        view.resize(900, 700);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view) || !open(view, m_threadId))
            return false;
        if (!evaluate(view, QStringLiteral("Scholia.focusComment('%1')").arg(commentId)).toBool())
            return false;
        view.setFocus();
        return QTest::qWaitFor([&] { return view.focusProxy() && view.focusProxy()->hasFocus(); });
    }

    // Drags the mouse from the first to the last character of [from, to) of the
    // comment's text, each pressed a pixel inside, as a reader selects words.
    static void dragAcross(ThreadView &view, const QString &commentId, int from, int to)
    {
        const QVariantList box =
            evaluate(view, QString::fromLatin1(dragPointsScript).arg(commentId).arg(from).arg(to))
                .toList();
        QCOMPARE(box.size(), 4);
        const qreal zoom = view.zoomFactor();
        const QPoint start(qRound(box[0].toReal() * zoom), qRound(box[1].toReal() * zoom));
        const QPoint end(qRound(box[2].toReal() * zoom), qRound(box[3].toReal() * zoom));
        QWidget *surface = view.focusProxy();
        QTest::mousePress(surface, Qt::LeftButton, Qt::NoModifier, start);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(surface, start + (end - start) * step / 4);
        QTest::mouseRelease(surface, Qt::LeftButton, Qt::NoModifier, end);
    }

    // Presses h and returns the annotation made, which is then removed again.
    Annotation highlightWithH(ThreadView &view, LibraryEditor &editor)
    {
        QSignalSpy added(&editor, &LibraryEditor::annotationAdded);
        QTest::keyClick(view.focusProxy(), Qt::Key_H);
        if (!added.wait(10000) && added.isEmpty())
            return {};
        closePopovers();
        const Annotation made = added.first().first().value<Annotation>();
        if (!editor.remove(made.id))
            qWarning("could not remove the annotation just made");
        view.setFocus();
        if (!QTest::qWaitFor([&] { return view.focusProxy()->hasFocus(); }))
            qWarning("the view did not get the focus back");
        return made;
    }

private slots:
    void initTestCase()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_threadId = m_library->threads().saveThread(proseThread()).value();
    }

    void keyboardHighlightIsTheMouseHighlight_data()
    {
        QTest::addColumn<QString>("commentId");
        QTest::addColumn<QString>("words"); // what the mouse selects, the first time it occurs
        QTest::addColumn<QString>("keys");  // after the caret is put at the start of the body
        QTest::newRow("a word, by Ctrl+arrows") << "plain"
                                                << "special"
                                                << "Ctrl+Right Right Ctrl+Shift+Right";
        QTest::newRow("two words, by w and W") << "plain"
                                               << "special here"
                                               << "w Right Shift+W Shift+W";
        QTest::newRow("characters")
            << "plain"
            << "thing"
            << "Right Right Shift+Right Shift+Right Shift+Right Shift+Right Shift+Right";
        QTest::newRow("back from the end of the line")
            << "plain"
            << "here."
            << "End Shift+Left Shift+Left Shift+Left Shift+Left Shift+Left";
        QTest::newRow("a sentence, by ) after v") << "prose"
                                                  << "Second sentence follows."
                                                  << ") v ) Left";
        QTest::newRow("into the next paragraph, by line")
            << "prose"
            << "Third one.\nAnother paragraph ends it."
            << ") ) Shift+Down Shift+End";
    }
    void keyboardHighlightIsTheMouseHighlight()
    {
        QFETCH(QString, commentId);
        QFETCH(QString, words);
        QFETCH(QString, keys);
        LibraryEditor editor(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&editor);
        QVERIFY(openAt(view, commentId));
        const int from = int(bodyText(commentId).indexOf(words));
        QVERIFY(from >= 0);

        dragAcross(view, commentId, from, from + int(words.size()));
        QTRY_COMPARE(selected(view), QStringLiteral("%1:%2-%3:%4")
                                         .arg(commentId)
                                         .arg(from)
                                         .arg(from + words.size())
                                         .arg(words));
        const Annotation byMouse = highlightWithH(view, editor);
        QVERIFY(byMouse.id > 0);

        press(view, QStringLiteral("F7"));
        QVERIFY(caretActive(view));
        press(view, keys);
        QCOMPARE(selected(view), QStringLiteral("%1:%2-%3:%4")
                                     .arg(commentId)
                                     .arg(from)
                                     .arg(from + words.size())
                                     .arg(words));
        const Annotation byKeys = highlightWithH(view, editor);
        QVERIFY(byKeys.id > 0);

        QCOMPARE(byKeys.commentSourceId, byMouse.commentSourceId);
        QVERIFY(byKeys.position.has_value());
        QCOMPARE(byKeys.position->start, byMouse.position->start);
        QCOMPARE(byKeys.position->end, byMouse.position->end);
        QCOMPARE(byKeys.quote.exact, words);
        QCOMPARE(byKeys.quote.exact, byMouse.quote.exact);
        QCOMPARE(byKeys.quote.prefix, byMouse.quote.prefix);
        QCOMPARE(byKeys.quote.suffix, byMouse.quote.suffix);
        QCOMPARE(byKeys.color, byMouse.color);
        // h leaves caret mode: the next keys are the page's again.
        QVERIFY(!caretActive(view));
    }

    void selectionStaysInsideTheBody_data()
    {
        QTest::addColumn<QString>("commentId");
        QTest::newRow("the first comment, the post above it") << "first";
        QTest::newRow("a reply, a comment on each side") << "plain";
        QTest::newRow("two paragraphs") << "prose";
        QTest::newRow("the last comment, nothing below") << "last";
    }
    void selectionStaysInsideTheBody()
    {
        QFETCH(QString, commentId);
        ThreadView view(*m_library);
        QVERIFY(openAt(view, commentId));
        const QString text = bodyText(commentId);
        const QString all = QStringLiteral("%1:0-%2:%3").arg(commentId).arg(text.size()).arg(text);

        press(view, QStringLiteral("v"));
        QVERIFY(caretActive(view));
        QCOMPARE(selected(view), QStringLiteral("empty"));
        QVERIFY(selectionInside(view, commentId));
        // Extending far past the end by every unit stops at the body's last character.
        press(view,
              QStringLiteral(
                  "Shift+Down Shift+Down Shift+Down Shift+Down Shift+Down Shift+End"
                  " Ctrl+Shift+Right Ctrl+Shift+Right Ctrl+Shift+Right Shift+Right Shift+Right"
                  " Shift+W Shift+W Shift+W Shift+W Shift+W Shift+W Shift+W Shift+W"));
        QCOMPARE(selected(view), all);
        QVERIFY(selectionInside(view, commentId));
        // Moving on from the end leaves the caret there.
        press(view, QStringLiteral("Down Down Right Ctrl+Down ) )"));
        QVERIFY(selectionInside(view, commentId));
        QCOMPARE(selected(view), QStringLiteral("empty"));
        // Back to the start, extending by sentence and line, and on past it.
        press(view, QStringLiteral("v ( ( ( Shift+Up Shift+Up Shift+Up Shift+Home Ctrl+Shift+Left "
                                   "Shift+B Shift+B Shift+B Shift+B"));
        QCOMPARE(selected(view), all);
        QVERIFY(selectionInside(view, commentId));
    }

    void theCaretIsDrawnAtTheSelectionsMovingEnd()
    {
        ThreadView view(*m_library);
        QVERIFY(openAt(view, QStringLiteral("plain")));
        press(view, QStringLiteral("F7"));
        QVERIFY(caretIsBeforeCharacter(view, 0));
        press(view, QStringLiteral("Shift+Right Shift+Right Shift+Right"));
        QCOMPARE(selected(view), QStringLiteral("plain:0-3:Not"));
        QVERIFY(caretIsBeforeCharacter(view, 3));
        press(view, QStringLiteral("Shift+Left"));
        QVERIFY(caretIsBeforeCharacter(view, 2));
    }

    // The caret goes into the focused comment's text even when it was folded away.
    void aCollapsedCommentOpensForTheCaret()
    {
        ThreadView view(*m_library);
        QVERIFY(openAt(view, QStringLiteral("first")));
        const QString collapsed =
            QStringLiteral("document.getElementById('c-first').classList.contains('collapsed')");
        press(view, QStringLiteral("Space"));
        QVERIFY(evaluate(view, collapsed).toBool());
        press(view, QStringLiteral("F7 Shift+End"));
        QVERIFY(caretActive(view));
        QVERIFY(!evaluate(view, collapsed).toBool());
        QCOMPARE(selected(view), QStringLiteral("first:0-28:Opening words of the thread."));
    }

    void escapeLeavesAndThePageKeysComeBack()
    {
        ThreadView view(*m_library);
        QVERIFY(openAt(view, QStringLiteral("plain")));
        const QString drawn =
            QStringLiteral("document.querySelectorAll('.caret-mark, .caret-mode').length");
        press(view, QStringLiteral("F7 Shift+Right Shift+Right"));
        QCOMPARE(selected(view), QStringLiteral("plain:0-2:No"));
        QCOMPARE(evaluate(view, drawn).toInt(), 2);
        press(view, QStringLiteral("Esc"));
        QVERIFY(!caretActive(view));
        QCOMPARE(evaluate(view, drawn).toInt(), 0);
        QCOMPARE(selected(view), QStringLiteral("empty"));
        // j is a page key again: the next comment.
        press(view, QStringLiteral("j"));
        QCOMPARE(focusedId(view), QStringLiteral("prose"));
        // In caret mode, a page key leaves the mode and does what it does.
        press(view, QStringLiteral("v"));
        QVERIFY(caretActive(view));
        press(view, QStringLiteral("k"));
        QVERIFY(!caretActive(view));
        QCOMPARE(focusedId(view), QStringLiteral("plain"));
        // h with nothing selected asks for a selection, as it does after a mouse click.
        QSignalSpy messages(&view, &ThreadView::statusMessage);
        press(view, QStringLiteral("F7 h"));
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY(caretActive(view));
    }
};

int main(int argc, char **argv)
{
    qRegisterMetaType<Scholia::Annotation>();
    return ThreadViewTesting::run<TestKeyboardHighlight>(argc, argv, "tst_keyboardhighlight");
}

#include "tst_keyboardhighlight.moc"
