// Annotating in the real thread view: the page's offsets equal the stored plain text,
// a selection becomes a <mark> and a row, undo takes both away, and what crosses
// comments is refused.

#include "app/annotating/annotationpopover.h"
#include "app/threadview/threadschemehandler.h"
#include "app/threadview/threadview.h"
#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "library/libraryeditor.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QUndoStack>
#include <QtMath>

#include "../threadview/threadviewtesting.h"

using namespace Scholia;
using namespace ThreadViewTesting;

namespace {

ThreadDocument annotatableThread()
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("test");
    doc.sourceId = QStringLiteral("annotatable");
    doc.title = QStringLiteral("Annotatable");
    std::vector<LinkedComment> linked{
        {comment("entities", "<p>Fish &amp; chips &lt;3 &quot;quoted&quot; &eacute;t&eacute;</p><p>second paragraph</p>"), {}},
        {comment("emoji", "<p>Rockets \U0001F680 and families \U0001F469\u200D\U0001F469\u200D\U0001F467 fly</p>"), "entities"},
        {comment("inline", "<p>a <em>b <strong>c <code>d</code></strong> e</em> f</p><ul><li>one</li><li>two</li></ul>"), "emoji"},
        {comment("code", "<p>Look:</p><pre><code>\nint x = 1;\nreturn x &lt; 2;\n</code></pre><p>done</p>"), {}},
        {comment("plain", "<p>Nothing special here.</p>"), {}},
    };
    doc.comments = CommentTree::arrange(std::move(linked)).value();
    return doc;
}

} // namespace

class TestAnnotationView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ThreadDocument m_thread;
    qint64 m_threadId = 0;

    const Comment &byId(const QString &id) const
    {
        for (const Comment &c : m_thread.comments) {
            if (c.sourceId == id)
                return c;
        }
        qFatal("no comment %s", qPrintable(id));
    }

    static AnnotationPopover *visiblePopover()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *popover = qobject_cast<AnnotationPopover *>(widget); popover && popover->isVisible())
                return popover;
        }
        return nullptr;
    }

    static void closePopovers()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<AnnotationPopover *>(widget) && widget->isVisible())
                widget->close();
        }
    }

private slots:
    void initTestCase()
    {
        m_library =
            std::move(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))).value());
        m_thread = annotatableThread();
        m_threadId = m_library->threads().saveThread(m_thread).value();
    }

    void pageTextIsTheStoredText()
    {
        ThreadView view(*m_library);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, m_threadId));
        for (const Comment &c : m_thread.comments) {
            const QString dom = evaluate(view, QStringLiteral("document.querySelector('#c-%1 > .body').textContent").arg(c.sourceId)).toString();
            QCOMPARE(dom, c.bodyText);
        }
    }

    void selectionOffsetsMatchTheStoredText_data()
    {
        QTest::addColumn<QString>("commentId");
        QTest::addColumn<QString>("selectScript"); // selects something, given `body`
        QTest::addColumn<QString>("expected");
        QTest::newRow("across an entity") << "entities"
            << "const t = body.querySelector('p').firstChild; r.setStart(t, 0); r.setEnd(t, 12);" << "Fish & chips";
        QTest::newRow("accented, second half") << "entities"
            << "const t = body.querySelector('p').firstChild; r.setStart(t, t.data.indexOf('\\u00e9')); r.setEnd(t, t.data.length);"
            << "\u00e9t\u00e9";
        QTest::newRow("second paragraph") << "entities" << "r.selectNodeContents(body.querySelectorAll('p')[1]);" << "second paragraph";
        QTest::newRow("surrogate pair") << "emoji"
            << "const t = body.querySelector('p').firstChild; const i = t.data.indexOf('\\ud83d\\ude80'); r.setStart(t, i); r.setEnd(t, i + 2);"
            << "\U0001F680";
        QTest::newRow("zwj family") << "emoji"
            << "const t = body.querySelector('p').firstChild; const i = t.data.indexOf('families') + 9; r.setStart(t, i); r.setEnd(t, i + 8);"
            << "\U0001F469\u200D\U0001F469\u200D\U0001F467";
        QTest::newRow("nested inline") << "inline" << "r.selectNodeContents(body.querySelector('strong'));" << "c d";
        QTest::newRow("from em into text") << "inline"
            << "r.setStart(body.querySelector('em').firstChild, 0); r.setEnd(body.querySelector('p').lastChild, 2);" << "b c d e f";
        QTest::newRow("list item") << "inline" << "r.selectNodeContents(body.querySelectorAll('li')[1]);" << "two";
        QTest::newRow("code block") << "code" << "r.selectNodeContents(body.querySelector('code'));" << "\nint x = 1;\nreturn x < 2;\n";
    }
    void selectionOffsetsMatchTheStoredText()
    {
        QFETCH(QString, commentId);
        QFETCH(QString, selectScript);
        QFETCH(QString, expected);
        ThreadView view(*m_library);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, m_threadId));
        const QVariantMap anchor = evaluate(view, QStringLiteral(
            "(() => { const body = document.querySelector('#c-%1 > .body'); const r = document.createRange(); %2"
            " const s = getSelection(); s.removeAllRanges(); s.addRange(r); return Scholia.selectionAnchor(); })()")
                                                      .arg(commentId, selectScript)).toMap();
        QVERIFY2(!anchor.contains(QStringLiteral("error")), qPrintable(anchor.value(QStringLiteral("error")).toString()));
        QCOMPARE(anchor.value(QStringLiteral("commentId")).toString(), commentId);
        const qsizetype start = anchor.value(QStringLiteral("start")).toLongLong();
        const qsizetype end = anchor.value(QStringLiteral("end")).toLongLong();
        const QString &text = byId(commentId).bodyText;
        QCOMPARE(text.mid(start, end - start), expected);
        QCOMPARE(anchor.value(QStringLiteral("exact")).toString(), expected);
    }

    void highlightKeyMakesAMarkAndARowAndUndoTakesThemAway()
    {
        LibraryEditor controller(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&controller);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
        QCOMPARE(controller.thread(), m_threadId);

        evaluate(view, QStringLiteral("(() => { const t = document.querySelector('#c-plain p').firstChild;"
                                      " const r = document.createRange(); r.setStart(t, 8); r.setEnd(t, 15);"
                                      " getSelection().removeAllRanges(); getSelection().addRange(r); })()"));
        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
        QSignalSpy added(&controller, &LibraryEditor::annotationAdded);
        QTest::keyClick(view.focusProxy(), Qt::Key_H);
        QTRY_COMPARE(added.size(), 1);
        closePopovers();

        const auto stored = m_library->annotations().listForThread(m_threadId).value();
        QCOMPARE(stored.size(), size_t(1));
        const Annotation &a = stored.front();
        QCOMPARE(a.commentSourceId, QStringLiteral("plain"));
        QCOMPARE(a.quote.exact, QStringLiteral("special"));
        QCOMPARE(a.color, QStringLiteral("yellow"));
        QTRY_COMPARE(evaluate(view, QStringLiteral("[...document.querySelectorAll('#c-plain mark')].map(m => m.dataset.annotation + ':' + m.textContent).join()")).toString(),
                     QStringLiteral("%1:special").arg(a.id));
        // The page's text is unchanged by the mark.
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('#c-plain > .body').textContent")).toString(),
                 byId(QStringLiteral("plain")).bodyText);

        controller.undoStack()->undo();
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#c-plain mark').length")).toInt(), 0);
        QVERIFY(m_library->annotations().listForThread(m_threadId).value().empty());
        controller.undoStack()->redo();
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#c-plain mark').length")).toInt(), 1);
        QCOMPARE(m_library->annotations().listForThread(m_threadId).value().front(), a);

        // Reopened: the renderer draws the mark from the stored offsets.
        QVERIFY(open(view, m_threadId));
        QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('#c-plain mark').textContent")).toString(), QStringLiteral("special"));

        // Colour change in place.
        AnnotationEdit edit;
        edit.color = QStringLiteral("sky");
        QVERIFY(controller.update(a.id, edit).ok());
        QTRY_VERIFY(evaluate(view, QStringLiteral("document.querySelector('#c-plain mark').classList.contains('hl-sky')")).toBool());
        QVERIFY(controller.remove(a.id).ok());
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#c-plain mark').length")).toInt(), 0);
    }

    // The popover opens beside the selection, never over it: below it when the screen
    // has room, above it when the view sits at the bottom of the screen.
    void popoverOpensBesideTheSelection_data()
    {
        QTest::addColumn<bool>("atTheBottom");
        QTest::newRow("room below") << false;
        QTest::newRow("at the screen's bottom") << true;
    }
    void popoverOpensBesideTheSelection()
    {
        QFETCH(bool, atTheBottom);
        LibraryEditor controller(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&controller);
        const QRect screen = view.screen()->availableGeometry();
        view.resize(qMin(700, screen.width()), 300);
        view.move(screen.left(), atTheBottom ? screen.bottom() - 120 : screen.top());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));

        const QVariantList box = evaluate(view, QStringLiteral(
            "(() => { const t = document.querySelector('#c-entities p').firstChild;"
            " const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 12);"
            " getSelection().removeAllRanges(); getSelection().addRange(r);"
            " const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })()")).toList();
        QCOMPARE(box.size(), 4);
        const qreal zoom = view.zoomFactor();
        const QRect local(QPoint(qFloor(box[0].toReal() * zoom), qFloor(box[1].toReal() * zoom)),
                          QPoint(qCeil(box[2].toReal() * zoom), qCeil(box[3].toReal() * zoom)));
        const QRect selection(view.mapToGlobal(local.topLeft()), local.size());
        QVERIFY(selection.height() > 0);

        view.setFocus();
        QTRY_VERIFY(view.focusProxy() && view.focusProxy()->hasFocus());
        QSignalSpy added(&controller, &LibraryEditor::annotationAdded);
        QTest::keyClick(view.focusProxy(), Qt::Key_H);
        QTRY_COMPARE(added.size(), 1);
        // Whatever is checked below, the next test finds the thread unannotated.
        const auto removeAnnotation = qScopeGuard([&] {
            closePopovers();
            controller.remove(added.first().first().value<Annotation>().id);
        });
        AnnotationPopover *popover = nullptr;
        QTRY_VERIFY((popover = visiblePopover()) != nullptr);
        const QRect placed = popover->frameGeometry();
        QVERIFY2(!placed.intersects(selection),
                 qPrintable(QStringLiteral("popover %1,%2 %3x%4 over selection %5,%6 %7x%8")
                                .arg(placed.x()).arg(placed.y()).arg(placed.width()).arg(placed.height())
                                .arg(selection.x()).arg(selection.y()).arg(selection.width()).arg(selection.height())));
        QVERIFY2(screen.contains(placed), qPrintable(QStringLiteral("popover %1,%2 %3x%4 off the screen %5x%6")
                                                         .arg(placed.x()).arg(placed.y()).arg(placed.width())
                                                         .arg(placed.height()).arg(screen.width()).arg(screen.height())));
        if (atTheBottom)
            QVERIFY(placed.bottom() < selection.top());
        else
            QVERIFY(placed.top() > selection.bottom());
    }

    void selectionAcrossCommentsIsRefused()
    {
        LibraryEditor controller(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&controller);
        view.resize(900, 700);
        view.show();
        QVERIFY(open(view, m_threadId));
        const size_t before = m_library->annotations().listForThread(m_threadId).value().size();
        QSignalSpy messages(&view, &ThreadView::statusMessage);
        evaluate(view, QStringLiteral("(() => { const r = document.createRange();"
                                      " r.setStart(document.querySelector('#c-entities p').firstChild, 2);"
                                      " r.setEnd(document.querySelector('#c-emoji p').firstChild, 3);"
                                      " getSelection().removeAllRanges(); getSelection().addRange(r); })()"));
        view.highlightSelection();
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(messages.first().first().toString().contains(QStringLiteral("one comment")), qPrintable(messages.first().first().toString()));
        QCOMPARE(m_library->annotations().listForThread(m_threadId).value().size(), before);
        QTRY_VERIFY(!evaluate(view, QStringLiteral("document.getElementById('toast').hidden")).toBool());
    }

    void wholeCommentAnnotationAndOnlyAnnotatedView()
    {
        LibraryEditor controller(*m_library);
        ThreadView view(*m_library);
        view.setLibraryEditor(&controller);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(open(view, m_threadId));
        evaluate(view, QStringLiteral("Scholia.focusComment('inline')"));
        QSignalSpy added(&controller, &LibraryEditor::annotationAdded);
        view.annotateFocusedComment();
        QTRY_COMPARE(added.size(), 1);
        closePopovers();
        const Annotation whole = added.first().first().value<Annotation>();
        QVERIFY(whole.isWholeComment());
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#c-inline .whole').length")).toInt(), 1);

        // Only annotated: "inline" and its ancestors (emoji, entities) stay; the rest goes.
        view.setOnlyAnnotated(true);
        const QString visible = QStringLiteral("[...document.querySelectorAll('main.comments > article.comment')]"
                                               ".filter(a => a.offsetParent !== null).map(a => a.dataset.id).join()");
        QTRY_COMPARE(evaluate(view, visible).toString(), QStringLiteral("entities,emoji,inline"));
        view.setOnlyAnnotated(false);
        QTRY_COMPARE(evaluate(view, visible).toString(), QStringLiteral("entities,emoji,inline,code,plain"));
        controller.undoStack()->undo();
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#c-inline .whole').length")).toInt(), 0);
    }
};

int main(int argc, char **argv)
{
    ThreadSchemeHandler::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    qRegisterMetaType<Scholia::Annotation>();
    TestAnnotationView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_annotationview.moc"
