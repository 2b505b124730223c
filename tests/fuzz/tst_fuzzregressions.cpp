// Every input a fuzz target ever crashed on (tests/fuzz/regressions/<target>/) and every
// seed of its corpus, fed through the same target function in the ordinary build: the
// target aborts when an invariant breaks, so a crash here is a finding come back.

#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Scholia::Fuzz;

namespace {

const QString fuzzDir = QStringLiteral(SCHOLIA_FUZZ_DIR);
const QString fixturesDir = QStringLiteral(SCHOLIA_TEST_FIXTURES);

struct TargetLine
{
    QString name;
    QStringList seedFolders;
};

// tests/fuzz/targets.txt: the list the fuzzing build and `make fuzz` use too.
QList<TargetLine> targetLines()
{
    QFile file(fuzzDir + QStringLiteral("/targets.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<TargetLine> lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 4)
            qFatal("targets.txt: too few fields in \"%s\"", qPrintable(line));
        QStringList seeds = fields.mid(3);
        seeds.removeAll(QStringLiteral("-"));
        lines.append({fields[0], seeds});
    }
    return lines;
}

int addRowsForFiles(const QString &target, const QString &folder)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        if (QFileInfo(file).fileName() == QLatin1String("make-hostile.py"))
            continue;
        const QString tag = target + QLatin1Char(':') + QFileInfo(folder).fileName() +
                            QLatin1Char('/') + QFileInfo(file).fileName();
        QTest::newRow(qPrintable(tag)) << target << file;
    }
    return int(files.size());
}

} // namespace

class FuzzRegressionsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyListedTargetExists()
    {
        const QList<TargetLine> lines = targetLines();
        QCOMPARE(size_t(lines.size()), allTargets().size());
        for (const TargetLine &line : lines)
            QVERIFY2(targetNamed(line.name.toStdString()), qPrintable(line.name));
    }

    void keptInputsPass_data() { inputRows(Inputs::Regressions); }
    void keptInputsPass() { runRow(); }

    void seedsPass_data() { inputRows(Inputs::Seeds); }
    void seedsPass() { runRow(); }

    // The bytes no file holds: empty and one byte.
    void emptyAndTinyInputsPass()
    {
        for (const FuzzTarget &target : allTargets()) {
            const uint8_t bytes[] = {0x0a};
            QCOMPARE(target.run(bytes, 0), 0);
            QCOMPARE(target.run(bytes, 1), 0);
        }
    }

private:
    enum class Inputs
    {
        Regressions,
        Seeds
    };

    static void inputRows(Inputs inputs)
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const TargetLine &line : targetLines()) {
            if (inputs == Inputs::Regressions) {
                rows += addRowsForFiles(line.name,
                                        fuzzDir + QStringLiteral("/regressions/") + line.name);
                continue;
            }
            for (const QString &seed : line.seedFolders)
                rows += addRowsForFiles(line.name, fixturesDir + QLatin1Char('/') + seed);
        }
        // A data function without rows fails the test; no kept input is not a failure.
        if (rows == 0)
            QTest::newRow("none kept yet") << QString() << QString();
    }

    static void runRow()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        if (target.isEmpty())
            return;
        const FuzzTarget *fuzzTarget = targetNamed(target.toStdString());
        QVERIFY2(fuzzTarget, qPrintable(target));
        QFile input(file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = input.readAll();
        QCOMPARE(fuzzTarget->run(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                 size_t(bytes.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "tst_fuzzregressions.moc"
