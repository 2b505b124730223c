// The plain pieces of the annotation model: quote selectors, the palette, tag names.

#include "core/annotation.h"
#include "core/annotationlinktype.h"
#include "core/highlightpalette.h"
#include "core/tagname.h"

#include <QSet>
#include <QTest>

using namespace Scholia;

class TestAnnotationModel : public QObject
{
    Q_OBJECT

private slots:
    void quoteSelectorTakesContextBothSides()
    {
        const QString text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const TextQuoteSelector quote = TextQuoteSelector::fromText(text, 40, 45);
        QCOMPARE(quote.exact, QString("EFGHI"));
        QCOMPARE(quote.prefix, text.mid(8, 32));
        QCOMPARE(quote.suffix, text.mid(45));
        const TextQuoteSelector atStart = TextQuoteSelector::fromText(text, 0, 3);
        QCOMPARE(atStart.prefix, QString());
        QCOMPARE(atStart.exact, QString("012"));
        QCOMPARE(atStart.suffix, text.mid(3, 32));
    }

    void quoteSelectorNeverSplitsASurrogatePair()
    {
        // Rockets are two UTF-16 units each: 32 units of context would cut one in half.
        const QString rockets = QString::fromUtf8("\xF0\x9F\x9A\x80").repeated(20);
        const QString text = rockets + "quote" + rockets;
        const TextQuoteSelector quote = TextQuoteSelector::fromText(text, 40, 45);
        QCOMPARE(quote.exact, QString("quote"));
        QCOMPARE(quote.prefix.size(), 32);
        QCOMPARE(quote.suffix.size(), 32);
        const QString odd =
            rockets + "x" + "quote" + rockets; // the prefix would start on a low surrogate
        const TextQuoteSelector shifted = TextQuoteSelector::fromText(odd, 41, 46);
        QCOMPARE(shifted.exact, QString("quote"));
        QCOMPARE(shifted.prefix.size(), 31);
        QVERIFY(!shifted.prefix.at(0).isLowSurrogate());
        const TextQuoteSelector early =
            TextQuoteSelector::fromText(text + QLatin1Char('x'), 40, 45);
        QVERIFY(!early.suffix.back().isHighSurrogate());
    }

    void quoteSelectorClampsOffsets()
    {
        const TextQuoteSelector quote = TextQuoteSelector::fromText("short", 3, 99);
        QCOMPARE(quote.exact, QString("rt"));
        QCOMPARE(quote.suffix, QString());
    }

    void paletteHasNamedDistinctColours()
    {
        const auto colors = HighlightPalette::colors();
        QVERIFY(colors.size() >= 5);
        QCOMPARE(HighlightPalette::defaultColorName(), QString("yellow"));
        QCOMPARE(HighlightPalette::hex("yellow"), QString("#F0E442"));
        QCOMPARE(HighlightPalette::hex("vermillion"), QString("#D55E00"));
        QSet<QString> names, hexes;
        for (const HighlightColor &color : colors) {
            QVERIFY(!color.label.isEmpty());
            QVERIFY(HighlightPalette::contains(color.name));
            names.insert(color.name);
            hexes.insert(color.hex);
        }
        QCOMPARE(names.size(), qsizetype(colors.size()));
        QCOMPARE(hexes.size(), qsizetype(colors.size()));
        QVERIFY(!HighlightPalette::contains("red"));
        QVERIFY(HighlightPalette::hex("red").isEmpty());
        QCOMPARE(HighlightPalette::names().size(), qsizetype(colors.size()));
    }

    void tagNamesAreNormalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << "compute"
                               << "compute";
        QTest::newRow("hierarchy") << " compute / export  controls "
                                   << "compute/export controls";
        QTest::newRow("case kept") << "Compute/GPUs"
                                   << "Compute/GPUs";
        QTest::newRow("empty") << "   "
                               << "";
        QTest::newRow("empty segment") << "a//b"
                                       << "";
        QTest::newRow("leading slash") << "/a"
                                       << "";
        QTest::newRow("trailing slash") << "a/ "
                                        << "";
        QTest::newRow("newline becomes a space") << "a\nb"
                                                 << "a b";
    }

    void tagNamesAreNormalized()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> name = TagName::normalize(input);
        if (expected.isEmpty()) {
            QVERIFY(!name.ok());
            QVERIFY(!name.error().message.isEmpty());
        } else {
            QVERIFY2(name.ok(), name.ok() ? "" : qPrintable(name.error().message));
            QCOMPARE(*name, expected);
        }
    }

    void tagHierarchy()
    {
        QVERIFY(TagName::isWithin("a", "a"));
        QVERIFY(TagName::isWithin("a/b", "a"));
        QVERIFY(TagName::isWithin("a/b/c", "a/b"));
        QVERIFY(!TagName::isWithin("ab", "a"));
        QVERIFY(!TagName::isWithin("a", "a/b"));
    }

    void anchorStateNames()
    {
        QCOMPARE(Annotation::anchorStateName(AnchorState::Anchored), QString("anchored"));
        QCOMPARE(Annotation::anchorStateName(AnchorState::Reanchored), QString("re-anchored"));
        QCOMPARE(Annotation::anchorStateName(AnchorState::Orphaned), QString("orphaned"));
        Annotation whole;
        QVERIFY(whole.isWholeComment());
    }

    // Links are stored and written by key; the labels are for people, both ways round.
    void linkTypesHaveStableKeysAndTwoPhrasings()
    {
        QCOMPARE(AnnotationLinkTypes::keys(),
                 (QStringList{"supports", "rebuts", "asks", "answers", "same-point"}));
        QSet<QString> labels;
        for (const AnnotationLinkType type : AnnotationLinkTypes::all) {
            QCOMPARE(AnnotationLinkTypes::fromKey(AnnotationLinkTypes::key(type)), type);
            labels << AnnotationLinkTypes::label(type) << AnnotationLinkTypes::inverseLabel(type);
        }
        QCOMPARE(labels.size(), 10);
        QCOMPARE(AnnotationLinkTypes::inverseLabel(AnnotationLinkType::Rebuts),
                 QStringLiteral("rebutted by"));
        QVERIFY(!AnnotationLinkTypes::fromKey("Rebuts").has_value()); // keys are exact
        QVERIFY(!AnnotationLinkTypes::fromKey("rebutted by").has_value());
        QVERIFY(!AnnotationLinkTypes::fromKey(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
