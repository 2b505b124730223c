// Undo and Redo name the command as one translatable phrase, and drive the stack.

#include "app/annotating/undoredoactions.h"

#include <QAction>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

namespace {

class CountingCommand : public QUndoCommand
{
public:
    CountingCommand(const QString &name, int &value) : QUndoCommand(name), m_value(value) {}
    void redo() override { ++m_value; }
    void undo() override { --m_value; }

private:
    int &m_value;
};

// Stands in for a loaded .qm: translates the two phrases the way German does.
class ColonTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "UndoRedoActions") != 0)
            return {};
        if (qstrcmp(source, "&Undo %1") == 0)
            return QStringLiteral("&Rückgängig: %1");
        if (qstrcmp(source, "&Redo %1") == 0)
            return QStringLiteral("&Wiederherstellen: %1");
        return {};
    }
};

} // namespace

class TestUndoRedoActions : public QObject
{
    Q_OBJECT

private slots:
    void namesTheCommandAndFollowsTheStack()
    {
        QUndoStack stack;
        int value = 0;
        QObject owner;
        QAction *undo = Scholia::UndoRedoActions::createUndo(&stack, &owner);
        QAction *redo = Scholia::UndoRedoActions::createRedo(&stack, &owner);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        stack.push(new CountingCommand(QStringLiteral("Annotate comment"), value));
        QCOMPARE(value, 1);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Annotate comment"));
        QVERIFY(undo->isEnabled());

        undo->trigger();
        QCOMPARE(value, 0);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo Annotate comment"));
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(value, 1);
        QCOMPARE(redo->text(), QStringLiteral("&Redo"));
    }

    void aTranslationPlacesTheCommandItself()
    {
        ColonTranslator german;
        QCoreApplication::installTranslator(&german);
        QUndoStack stack;
        int value = 0;
        QObject owner;
        QAction *undo = Scholia::UndoRedoActions::createUndo(&stack, &owner);
        stack.push(new CountingCommand(QStringLiteral("Kommentar annotieren"), value));
        QCOMPARE(undo->text(), QStringLiteral("&Rückgängig: Kommentar annotieren"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestUndoRedoActions)
#include "tst_undoredoactions.moc"
