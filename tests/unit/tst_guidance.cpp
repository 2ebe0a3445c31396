// The guidance sheet in every resident language: one page, embedded fonts only, and pdftotext gives the text back.
#include "FontCatalog.h"
#include "FontFace.h"
#include "GuidanceSheet.h"
#include "ResidentGuidance.h"
#include "ResidentLanguages.h"
#include "catalogue/Catalogue.h"
#include "visit/LocalText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext breaks lines where the sheet does and may space out runs: compare without any whitespace.
QString squeezed(QString s) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

} // namespace

class TestGuidance final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const catalogue::CatalogueLoad load =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
        QVERIFY(load.ok());
        m_catalogue = load.catalogue;
    }

    // A move-in with a child allowance claim left for later, and a certificate: every language of the data.
    void everyLanguageRendersAndReadsBack_data() {
        QTest::addColumn<QString>("language");
        for (const counter::ResidentLanguage& l : m_languages.available())
            QTest::newRow(qPrintable(l.code)) << l.code;
        QVERIFY(m_languages.available().size() >= 12);
    }
    void everyLanguageRendersAndReadsBack() {
        QFETCH(QString, language);
        const counter::GuidanceVisit visit{language,
                                           QDate(2026, 12, 2),
                                           QStringLiteral("A-012"),
                                           {QStringLiteral("move-in"), QStringLiteral("resident-certificate")},
                                           {QStringLiteral("child-allowance-claim")}};
        const print::GuidanceSheet sheet = counter::guidanceSheet(visit, m_catalogue, m_languages);
        QCOMPARE(sheet.sections.size(), 3);
        const QString path = m_dir.filePath(language + QStringLiteral(".pdf"));
        const Outcome written = counter::writeGuidanceSheet(sheet, path);
        QVERIFY2(written, qPrintable(written.message + written.detail));

        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        // Every font the file uses is embedded (the header and rule take two lines).
        const QStringList fonts = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(fonts.size() >= 3, qPrintable(fonts.join(QLatin1Char('\n'))));
        for (const QString& line : fonts.mid(2))
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+$"))),
                     qPrintable(language + QStringLiteral(": ") + line));

        const QString text = squeezed(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QStringList expected{sheet.title};
        expected << sheet.intro;
        for (const print::GuidanceSection& section : sheet.sections)
            expected << section.heading << section.items;
        for (const QString& e : expected)
            QVERIFY2(text.contains(squeezed(e)),
                     qPrintable(language + QStringLiteral(": ") + e + QStringLiteral("\n") + text));
        // The procedures in the resident's language, with the Japanese name for staff.
        const catalogue::Procedure* moveIn = m_catalogue.procedure(QStringLiteral("move-in"));
        QVERIFY(text.contains(
            squeezed(m_languages.catalogueText(language, visit::LocalText::of(moveIn->name.ja, moveIn->name.en)))));
        QVERIFY(text.contains(QStringLiteral("転入")) || language == QLatin1String("ja_easy"));
        if (language != QLatin1String("en"))
            QVERIFY2(!text.contains(QStringLiteral("Yourvisittoday")), qPrintable(language));
    }

    void nepaliIsShapedNotSpelledOut() {
        // क्ष (KA + VIRAMA + SSA) is one conjunct glyph: shaping makes fewer glyphs than characters.
        const print::FontCatalog fonts;
        const print::ResidentFonts nepali = fonts.residentFonts(QStringLiteral("ne"));
        QVERIFY2(nepali.missing().isEmpty(), qPrintable(nepali.missing()));
        print::FontFace face(nepali.faces.first().family, nepali.faces.first().path);
        QVERIFY(face.isValid());
        const QString word = QStringLiteral("क्षति");
        const QList<print::ShapedGlyph> glyphs = face.shape(word, QStringLiteral("ne"));
        QVERIFY2(glyphs.size() < word.size(), qPrintable(QString::number(glyphs.size())));
        for (const print::ShapedGlyph& g : glyphs)
            QVERIFY(g.glyph != 0);
        // ि is written before the consonant it follows: the first glyph stands for the second character (cluster 0
        // covers both).
        const QList<print::ShapedGlyph> ti = face.shape(QStringLiteral("ति"), QStringLiteral("ne"));
        QCOMPARE(ti.size(), 2);
        QVERIFY(ti.at(0).glyph != face.shape(QStringLiteral("त"), QStringLiteral("ne")).at(0).glyph);
    }

    void aMissingFontIsAClearRefusal() {
        print::GuidanceSheet sheet;
        sheet.language = QStringLiteral("ne");
        sheet.title = QStringLiteral("x");
        const print::Result<QByteArray> pdf = print::renderGuidanceSheet(sheet, print::FontCatalog({m_dir.path()}));
        QVERIFY(pdf.ok()); // the Debian fonts are found behind the extra directory
        print::GuidanceSheet unknown = sheet;
        unknown.title = QStringLiteral("\U0001F600 \uE000"); // no font has a private-use character
        const print::Result<QByteArray> refused = print::renderGuidanceSheet(unknown, print::FontCatalog());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, print::PrintError::Kind::MissingGlyph);
        QVERIFY(!refused.error().message.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    counter::ResidentLanguages m_languages;
    catalogue::Catalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "tst_guidance.moc"
