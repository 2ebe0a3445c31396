// PDFs written at the same time on several threads, as a counter does: the issuance renders certificates on the
// counter's worker thread while the resident's guidance sheet is written on a pool thread. Every shipped template
// and every resident language, many rounds; each PDF must be the one the same input gives on one thread alone.
#include "FontCatalog.h"
#include "GuidanceSheet.h"
#include "Renderer.h"
#include "ResidentGuidance.h"
#include "ResidentLanguages.h"
#include "TemplateLibrary.h"
#include "catalogue/Catalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace madoguchi;

namespace {

QJsonObject fixture(const QString& id) {
    QFile file(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/tests/data/print/") + id +
               QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Job {
    QString name;
    std::function<print::Result<QByteArray>()> render;
    QByteArray expected; // the same job on one thread, nothing else running
};

} // namespace

class TestPrintConcurrency final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        const catalogue::CatalogueLoad load =
            catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
        QVERIFY(load.ok());
        m_catalogue = load.catalogue;
    }

    // Two threads issue certificates (each with its own Renderer, as a worker thread has), two write guidance
    // sheets (each call its own fonts, as the pool does), all at once, over and over.
    void certificatesAndGuidanceSheetsAtOnce() {
        const print::TemplateLibrary library = print::TemplateLibrary::load({print::TemplateLibrary::embeddedDir()});
        QVERIFY(!library.templates().isEmpty());
        QList<print::RenderRequest> requests;
        for (const print::Template& t : library.templates()) {
            const QJsonObject f = fixture(t.id);
            QVERIFY2(!f.isEmpty(), qPrintable(t.id));
            requests.append({t.id, f.value(QStringLiteral("data")).toObject(),
                             f.value(QStringLiteral("serial")).toString(),
                             f.value(QStringLiteral("verification")).toString()});
        }
        QList<print::GuidanceSheet> sheets;
        for (const counter::ResidentLanguage& l : m_languages.available()) {
            const counter::GuidanceVisit visit{
                l.code,
                QDate(2026, 12, 3),
                QStringLiteral("A-021"),
                {QStringLiteral("resident-certificate"), QStringLiteral("seal-certificate")},
                {}};
            sheets.append(counter::guidanceSheet(visit, m_catalogue, m_languages));
        }
        QVERIFY(sheets.size() >= 12);

        // One thread alone first: what every concurrent run must give byte for byte.
        const print::Renderer alone(library);
        QList<QByteArray> certificateAlone, sheetAlone;
        for (const print::RenderRequest& r : requests) {
            const print::Result<QByteArray> pdf = alone.render(r);
            QVERIFY2(pdf.ok(), qPrintable(r.templateId + (pdf.ok() ? QString() : pdf.error().detail)));
            certificateAlone.append(pdf.value());
        }
        for (const print::GuidanceSheet& s : sheets) {
            const print::Result<QByteArray> pdf = print::renderGuidanceSheet(s, print::FontCatalog());
            QVERIFY2(pdf.ok(), qPrintable(s.language + (pdf.ok() ? QString() : pdf.error().detail)));
            sheetAlone.append(pdf.value());
        }
        // The deterministic output is what makes the comparison below a check of every byte.
        QCOMPARE(alone.render(requests.first()).value(), certificateAlone.first());

        constexpr int kRounds = 12;
        QMutex mutex;
        QStringList failures;
        std::atomic<int> documents{0};
        auto check = [&](const QString& what, const print::Result<QByteArray>& pdf, const QByteArray& expected) {
            ++documents;
            QString problem;
            if (!pdf.ok())
                problem = pdf.error().message + QLatin1Char(' ') + pdf.error().detail;
            else if (pdf.value() != expected)
                problem = QStringLiteral("differs from the single-thread PDF (%1 bytes, expected %2)")
                              .arg(pdf.value().size())
                              .arg(expected.size());
            if (!problem.isEmpty()) {
                const QMutexLocker lock(&mutex);
                failures << what + QStringLiteral(": ") + problem;
            }
        };
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                const print::Renderer renderer(library);
                for (int round = 0; round < kRounds; ++round)
                    for (qsizetype i = 0; i < requests.size(); ++i) {
                        const qsizetype k = (i + t * 3) % requests.size();
                        check(requests.at(k).templateId, renderer.render(requests.at(k)), certificateAlone.at(k));
                    }
            }));
            threads.emplace_back(QThread::create([&, t] {
                for (int round = 0; round < kRounds; ++round)
                    for (qsizetype i = 0; i < sheets.size(); ++i) {
                        const qsizetype k = (i + t * 5) % sheets.size();
                        check(QStringLiteral("guidance ") + sheets.at(k).language,
                              print::renderGuidanceSheet(sheets.at(k), print::FontCatalog()), sheetAlone.at(k));
                    }
            }));
        }
        for (auto& thread : threads)
            thread->start();
        for (auto& thread : threads)
            QVERIFY(thread->wait());
        QCOMPARE(documents.load(), 2 * kRounds * (requests.size() + sheets.size()));
        failures.removeDuplicates();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // And the files read back: the last round's certificate of each template through poppler.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (qsizetype k = 0; k < requests.size(); ++k) {
            const QString path = dir.filePath(requests.at(k).templateId + QStringLiteral(".pdf"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(certificateAlone.at(k));
            out.close();
            QProcess pdftotext;
            pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
            QVERIFY(pdftotext.waitForFinished(60000));
            QCOMPARE(pdftotext.exitCode(), 0);
            QVERIFY2(!pdftotext.readAllStandardOutput().trimmed().isEmpty(), qPrintable(path));
        }
    }

private:
    counter::ResidentLanguages m_languages;
    catalogue::Catalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestPrintConcurrency)
#include "tst_printconcurrency.moc"
