// A certificate issued at the counter goes to a real CUPS queue (tests/harness/cups) on its security-paper tray and
// comes out of cups-pdf as the same page; the done page shows the job and a preview; with the queue stopped a reprint
// says so in Japanese and loses nothing, then prints once the queue is resumed. With MADOGUCHI_PRINT_BENCH=N it also
// is the benchmark harness of F10 (issue) → job accepted by CUPS (docs/benchmarks.md).
#include "CardPersona.h"
#include "ClerkWindow.h"
#include "CounterPrinting.h"
#include "CounterScreens.h"
#include "CounterServices.h"
#include "PinPad.h"
#include "ReceptionQueue.h"
#include "ResidentWindow.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "TestServices.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "clerk/ChoosePage.h"
#include "clerk/DocumentsPage.h"
#include "clerk/FormsPage.h"
#include "clerk/ReviewPage.h"
#include "print/PdfPreview.h"
#include "print/PrintPanel.h"
#include "printer/CupsClient.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;
using printer::PrintProgress;

class TestCounterPrinting final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void certificatePrintsOnTheSecurityTray();
    void stoppedQueueAtTheCounterLosesNothing();
    void benchmarkIssueToAccepted();

private:
    void openCounter();
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void tabTo(QWidget* target);
    void waitForStep(Step step);
    // One 住民票の写し visit up to the review, then F10; returns ms from that F10 to the certificate's job accepted.
    qint64 issueCertificate();
    int count(const QString& sql) const;
    QString cupsPdfOutput(int jobId) const;
    std::optional<visit::IssuedPdf> certificate() const;

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<counter::CounterServices> m_services;
    std::unique_ptr<ui::CounterScreens> m_screens;
};

void TestCounterPrinting::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("CUPS_SERVER"), "run through ctest (with-services.sh --cups)");
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
        QVERIFY(settings.setValue(QStringLiteral("printer/certificate_queue"), QStringLiteral("PDF-TRAYS")));
        QVERIFY(settings.setValue(QStringLiteral("printer/certificate_tray"), QStringLiteral("Security")));
        QVERIFY(settings.setValue(QStringLiteral("printer/form_queue"), QStringLiteral("PDF")));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    auto run = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--config"), m_config} + args);
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    };
    run({QStringLiteral("db"), QStringLiteral("init")});
    // The installation's first admin (no sign-in possible yet), then everything else signed in as that admin.
    run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
         QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"), QStringLiteral("admin")},
        "admin-pass-1\n");
    const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
    run(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                    source + QStringLiteral("/resources/demo/registry.csv")} +
            asAdmin,
        "admin-pass-1\n");
    run(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("clerk1"),
                    QStringLiteral("--name"), QStringLiteral("窓口　花子"), QStringLiteral("--role"),
                    QStringLiteral("clerk")} +
            asAdmin,
        "admin-pass-1\ncounter-pass-1\n");
    run({QStringLiteral("sync"), QStringLiteral("--once")});
    m_settings = std::make_unique<Settings>(m_config);
    openCounter();
}

void TestCounterPrinting::cleanup() {
    if (m_services && m_services->visit().step() == Step::Done) {
        key(Qt::Key_F10);
        waitForStep(Step::Idle);
    }
}

void TestCounterPrinting::openCounter() {
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
    QVERIFY2(found, qPrintable(error));
    m_reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    auto reader = m_reader;
    counter::CounterServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.startSync = false;
    auto services = counter::CounterServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    counter::CounterServices& s = *m_services;
    m_screens = std::make_unique<ui::CounterScreens>(ui::CounterScreens::Parts{
        s.visit(), s.queue(), s.staff(), s.sync(), s.languages(), QStringLiteral("ja"), nullptr, m_settings.get()});
    QObject::connect(m_screens->clerk(), &ui::ClerkWindow::signedIn, m_screens->clerk(),
                     [&s](const counter::SignIn& who) { s.setClerk(who); });
    m_screens->clerk()->setPrinting(&s.printing()); // as GuiMain does
    m_screens->clerk()->setDocumentOpener([](const QString&) { return false; });
    m_screens->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->clerk()));
    QApplication::setActiveWindow(m_screens->clerk());
    QVERIFY(QTest::qWaitForWindowActive(m_screens->clerk()));
    ui::ClerkWindow* clerk = m_screens->clerk();
    clerk->staffIdEdit()->setText(QStringLiteral("clerk1"));
    clerk->passwordEdit()->setText(QStringLiteral("counter-pass-1"));
    clerk->passwordEdit()->setFocus();
    key(Qt::Key_Return);
    QVERIFY(!clerk->signedInStaff().isEmpty());
}

void TestCounterPrinting::key(int k, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_screens->clerk();
    QTest::keyClick(target, Qt::Key(k), modifiers);
}

void TestCounterPrinting::tabTo(QWidget* target) {
    QVERIFY(target);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestCounterPrinting::waitForStep(Step step) {
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().step(), step, 10000);
}

int TestCounterPrinting::count(const QString& sql) const {
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_settings->localDatabasePath());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

QString TestCounterPrinting::cupsPdfOutput(int jobId) const {
    const QString suffix = QStringLiteral("job_%1.pdf").arg(jobId);
    QString found;
    test::TestServices::waitUntil(
        [&] {
            QDirIterator it(qEnvironmentVariable("MADOGUCHI_TEST_CUPS_PDF_DIR"), {QStringLiteral("*.pdf")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(suffix) && QFileInfo(path).size() > 0)
                    found = path;
            }
            return !found.isEmpty();
        },
        15000);
    return found;
}

std::optional<visit::IssuedPdf> TestCounterPrinting::certificate() const {
    for (const visit::IssuedPdf& pdf : m_services->visit().issued())
        if (!pdf.serial.isEmpty())
            return pdf;
    return std::nullopt;
}

qint64 TestCounterPrinting::issueCertificate() {
    ui::ClerkWindow* clerk = m_screens->clerk();
    // A ticket in the office's shared queue (the embedded central store), called with F2 through the worker.
    QString reception;
    m_services->queue().issue(this, QStringLiteral("certificates"), QStringLiteral("kiosk"),
                              [&reception](const counter::ReceptionQueue::Answer& answer) {
                                  reception = answer.ticket ? answer.ticket->number : QStringLiteral("-");
                              });
    test::TestServices::waitUntil([&] { return !reception.isEmpty(); }, 10000);
    key(Qt::Key_F2);
    waitForStep(Step::Identify);
    if (m_services->visit().receptionNumber() != reception)
        return -1;
    key(Qt::Key_F5);
    [&] { QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin")); }();
    for (const QChar c : QStringLiteral("1234"))
        QTest::mouseClick(m_screens->resident()->pinPad()->digitButton(c.digitValue()), Qt::LeftButton);
    QTest::mouseClick(m_screens->resident()->pinPad()->okButton(), Qt::LeftButton);
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("purpose")));
    key(Qt::Key_Down);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("scope")));
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    waitForStep(Step::Documents);
    tabTo(clerk->documentsPage()->payment());
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    QTest::mouseClick(m_screens->resident()->confirmButton(), Qt::LeftButton);
    // From the clerk's F10 (issue) to the certificate's job accepted by the scheduler (a job id back).
    qint64 accepted = -1;
    QElapsedTimer timer;
    const auto connection =
        QObject::connect(&m_services->printing().spooler(), &printer::PrintSpooler::progressChanged, m_screens->clerk(),
                         [&](const PrintProgress& p) {
                             if (accepted < 0 && p.kind == printer::PaperKind::Certificate && p.jobId > 0)
                                 accepted = timer.elapsed();
                         });
    timer.start();
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    test::TestServices::waitUntil([&] { return accepted >= 0; }, 20000);
    QObject::disconnect(connection);
    return accepted;
}

void TestCounterPrinting::certificatePrintsOnTheSecurityTray() {
    const qint64 accepted = issueCertificate();
    QVERIFY(accepted >= 0);
    const std::optional<visit::IssuedPdf> pdf = certificate();
    QVERIFY(pdf);
    counter::CounterPrinting& printing = m_services->printing();
    const QString key = counter::CounterPrinting::keyOf(*pdf);
    QVERIFY(test::TestServices::waitUntil(
        [&] { return printing.spooler().progress(key).stage == PrintProgress::Stage::Printed; }, 30000));
    const PrintProgress done = printing.spooler().progress(key);
    QCOMPARE(done.queue, QStringLiteral("PDF-TRAYS"));
    printer::CupsClient client;
    QCOMPARE(client.jobAttribute(done.jobId, QStringLiteral("InputSlot")), QStringLiteral("Security"));
    // What came out of cups-pdf is the certificate the counter issued.
    const QString printed = cupsPdfOutput(done.jobId);
    QVERIFY2(!printed.isEmpty(), "cups-pdf wrote nothing");
    const double same = test::TestServices::pageSimilarity(pdf->pdfPath, printed);
    QVERIFY2(same > 0.6, qPrintable(QString::number(same)));
    // Every document of the visit went to its printer; the done page says so and previews the chosen one.
    ui::DonePage* page = m_screens->clerk()->donePage();
    QVERIFY(page->printPanel());
    const auto issued = m_services->visit().issued();
    for (int i = 0; i < issued.size(); ++i) {
        if (issued.at(i).pdfPath.isEmpty())
            continue;
        QTRY_VERIFY2_WITH_TIMEOUT(page->printPanel()->statusText(i).contains(QStringLiteral("印刷済み")),
                                  qPrintable(page->printPanel()->statusText(i)), 30000);
    }
    QVERIFY(page->printPanel()->preview()->pageCount() > 0);
    QVERIFY(!page->printPanel()->preview()->renderFirstPage({210, 297}).isNull());
    const QString shots = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/build/screenshots");
    QDir().mkpath(shots);
    m_screens->clerk()->grab().save(shots + QStringLiteral("/done-printed.png"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents")), 1);
}

void TestCounterPrinting::stoppedQueueAtTheCounterLosesNothing() {
    issueCertificate();
    const std::optional<visit::IssuedPdf> pdf = certificate();
    QVERIFY(pdf);
    counter::CounterPrinting& printing = m_services->printing();
    const QString job = counter::CounterPrinting::keyOf(*pdf);
    QVERIFY(test::TestServices::waitUntil(
        [&] { return printing.spooler().progress(job).stage == PrintProgress::Stage::Printed; }, 30000));
    QVERIFY(QProcess::execute(QStringLiteral("cupsdisable"), {QStringLiteral("PDF-TRAYS")}) == 0);
    // The clerk prints it again (Ctrl+P on the chosen certificate): audited, then held by the stopped queue.
    ui::DonePage* page = m_screens->clerk()->donePage();
    int row = -1;
    const auto issued = m_services->visit().issued();
    for (int i = 0; i < issued.size(); ++i)
        if (!issued.at(i).serial.isEmpty())
            row = i;
    page->documentList()->setCurrentRow(row);
    const int reprintsBefore =
        count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'document.reprint'"));
    key(Qt::Key_P, Qt::ControlModifier);
    QTRY_COMPARE(count(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'document.reprint'")),
                 reprintsBefore + 1);
    QTRY_VERIFY2_WITH_TIMEOUT(page->printPanel()->statusText(row).contains(QStringLiteral("停止しています")),
                              qPrintable(page->printPanel()->statusText(row)), 20000);
    const QString message = page->printPanel()->statusText(row);
    QVERIFY2(message.contains(QStringLiteral("cupsenable PDF-TRAYS")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("記録と PDF は保存されています")), qPrintable(message));
    const QString shots = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/build/screenshots");
    m_screens->clerk()->grab().save(shots + QStringLiteral("/done-queue-stopped.png"));
    const int jobId = printing.spooler().progress(job).jobId;
    QVERIFY(QFile::exists(pdf->pdfPath));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents")), 2);
    QVERIFY(QProcess::execute(QStringLiteral("cupsenable"), {QStringLiteral("PDF-TRAYS")}) == 0);
    QVERIFY(test::TestServices::waitUntil(
        [&] { return printing.spooler().progress(job).stage == PrintProgress::Stage::Printed; }, 30000));
    QCOMPARE(printing.spooler().progress(job).jobId, jobId);
    QVERIFY(!cupsPdfOutput(jobId).isEmpty());
}

void TestCounterPrinting::benchmarkIssueToAccepted() {
    const int runs = std::max(1, qEnvironmentVariableIntValue("MADOGUCHI_PRINT_BENCH"));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        const qint64 ms = issueCertificate();
        QVERIFY(ms >= 0);
        times << ms;
        key(Qt::Key_F10);
        waitForStep(Step::Idle);
    }
    std::sort(times.begin(), times.end());
    const QString line =
        QStringLiteral("F10 (issue) → certificate job accepted by CUPS: %1 runs, median %2 ms, max %3 ms")
            .arg(runs)
            .arg(times.at(times.size() / 2))
            .arg(times.last());
    qInfo().noquote() << line;
    QFile figures(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/build/print-figures.txt"));
    if (figures.open(QIODevice::Append))
        figures.write(
            (QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line + QLatin1Char('\n'))
                .toUtf8());
}

QTEST_MAIN(TestCounterPrinting)
#include "tst_counterprinting.moc"
