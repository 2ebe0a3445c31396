// The libharu wrapper and the text setter on their own: libharu failures become typed errors; lines break by
// Japanese rules; text shrinks to fit and overflows honestly; non-BMP characters become outlines.
#include "FontCatalog.h"
#include "FontFace.h"
#include "PdfDocument.h"
#include "TextSetter.h"

#include <QTest>

using namespace madoguchi::print;

class TestPdfDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        const FontCatalog fonts;
        for (const FontFile& f : fonts.all())
            QVERIFY2(f.installed(), qPrintable(f.package));
        m_mincho = std::make_unique<FontFace>(fonts.mincho().family, fonts.mincho().path);
        m_gothic = std::make_unique<FontFace>(fonts.gothic().family, fonts.gothic().path);
        m_gaiji = std::make_unique<FontFace>(fonts.gaiji().family, fonts.gaiji().path);
        QVERIFY(m_mincho->isValid() && m_gothic->isValid() && m_gaiji->isValid());
    }

    void libharuFailureIsATypedError() {
        PdfDocument pdf;
        pdf.addPage(595, 842);
        pdf.pngImage(QByteArrayLiteral("\x89PNG\r\n\x1a\nnot really a png"), 10, 10, 50, 50);
        pdf.line(0, 0, 10, 10, 1); // ignored after the error, no crash
        QVERIFY(pdf.failed());
        const Result<QByteArray> r = pdf.finish();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PrintError::Kind::Pdf);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(r.error().detail.contains(QLatin1String("PNG")), qPrintable(r.error().detail));
    }

    void garbageFontIsATypedError() {
        PdfDocument pdf;
        QCOMPARE(pdf.addFont(QByteArrayLiteral("definitely not a TrueType font"), {U'a'}), -1);
        QVERIFY(!pdf.finish().ok());
    }

    void subsetEmbedsAndWrites() {
        PdfDocument pdf;
        const std::set<char32_t> used = {U'住', U'民', U'票'};
        const int font = pdf.addFont(m_mincho->subset(used), used);
        QVERIFY(font >= 0);
        pdf.addPage(200, 200);
        pdf.text(font, 12, 10, 100, QStringLiteral("住民票"));
        const Result<QByteArray> r = pdf.finish();
        QVERIFY(r.ok());
        QVERIFY(r.value().startsWith("%PDF-"));
        QVERIFY(r.value().contains("MDGCAA+IPAexMincho"));
        QVERIFY(r.value().size() < 20000); // a subset, not the 8 MB font
    }

    void characterOutsideTheSubsetIsAnError() {
        PdfDocument pdf;
        const std::set<char32_t> used = {U'住', U'民'};
        const int font = pdf.addFont(m_mincho->subset(used), used);
        QVERIFY(font >= 0);
        pdf.addPage(200, 200);
        pdf.text(font, 12, 10, 100, QStringLiteral("住民票")); // 票 (U+7968) is not in the subset
        QVERIFY(pdf.failed());
        const Result<QByteArray> r = pdf.finish();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QLatin1String("U+7968")), qPrintable(r.error().detail));
    }

    void noLineStartsWithClosingPunctuation() {
        const TextSetter setter({m_mincho.get(), m_gothic.get(), m_gaiji.get()});
        // Ten characters per line at 10 pt in a 100 pt box: 「。」 would fall at the start of the second line.
        const QString text = QStringLiteral("一二三四五六七八九十。一二三四五六七八九十」終わり");
        QList<TextRun> runs;
        char32_t missing = 0;
        const TextBox box{0, 0, 100, 100, 10, 10, QStringLiteral("left"), QStringLiteral("top"), true};
        QCOMPARE(setter.set(text, FontRole::Mincho, box, runs, missing), TextSetter::Outcome::Set);
        QVERIFY(runs.size() >= 2);
        QString joined;
        for (const TextRun& run : runs) {
            QVERIFY2(!run.text.startsWith(QChar(u'。')) && !run.text.startsWith(QChar(u'」')), qPrintable(run.text));
            QVERIFY(run.x + 10.0 * run.text.size() <= 100.01);
            joined += run.text;
        }
        QCOMPARE(joined, text); // nothing lost on the way
    }

    void shrinksThenOverflows() {
        const TextSetter setter({m_mincho.get(), m_gothic.get(), m_gaiji.get()});
        QList<TextRun> runs;
        char32_t missing = 0;
        const TextBox box{0, 0, 100, 20, 20, 8, QStringLiteral("center"), QStringLiteral("middle"), false};
        QCOMPARE(setter.set(QStringLiteral("住民票の写し交付"), FontRole::Gothic, box, runs, missing),
                 TextSetter::Outcome::Set);
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().size < 20 && runs.first().size >= 8);
        QCOMPARE(setter.set(QStringLiteral("住民票の写しを交付する請求書の控え"), FontRole::Gothic, box, runs, missing),
                 TextSetter::Outcome::Overflow);
    }

    void outsideTheBmpBecomesAnOutlineAndBmpVariantsStayText() {
        const TextSetter setter({m_mincho.get(), m_gothic.get(), m_gaiji.get()});
        QList<TextRun> runs;
        char32_t missing = 0;
        const TextBox box{0, 0, 200, 20, 10, 6, QStringLiteral("left"), QStringLiteral("middle"), false};
        QCOMPARE(setter.set(QStringLiteral("𠮷田髙﨑吉"), FontRole::Mincho, box, runs, missing),
                 TextSetter::Outcome::Set);
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).outline);
        QCOMPARE(runs.at(0).text, QStringLiteral("𠮷"));
        QVERIFY(!runs.at(1).outline);
        QCOMPARE(runs.at(1).text, QStringLiteral("田髙﨑吉"));
        int segments = 0;
        OutlineSink sink{[&](double, double) { ++segments; }, [&](double, double) { ++segments; },
                         [&](double, double, double, double, double, double) { ++segments; }, [] {}};
        QVERIFY(m_gaiji->drawOutline(U'\U00020BB7', sink));
        QVERIFY(segments > 10);

        QCOMPARE(setter.set(QStringLiteral("見本\U0001F600"), FontRole::Mincho, box, runs, missing),
                 TextSetter::Outcome::MissingGlyph);
        QCOMPARE(missing, U'\U0001F600');
    }

private:
    std::unique_ptr<FontFace> m_mincho;
    std::unique_ptr<FontFace> m_gothic;
    std::unique_ptr<FontFace> m_gaiji;
};

QTEST_GUILESS_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
