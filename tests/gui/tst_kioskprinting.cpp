// The kiosk's reception ticket (受付票) on a real CUPS scheduler (tests/harness/cups, private to the test): through the
// kiosk's window to the ticket, the PDF goes to the receipt printer's queue with its tray (PDF-TRAYS, tray Receipt)
// and cups-pdf prints it; a printer out of paper (PAPEROUT) is said to the resident in their language while the
// number stays on the screen and the PDF is kept, and the held job is taken off the printer when the resident goes.
// Every problem is in the kiosk's audit trail (held: out of paper; cancelled; not accepted by the print server) with
// the queue, the job and the printer's keywords, and nothing of the resident.
#include "CardPersona.h"
#include "KioskWindow.h"
#include "LanguagePicker.h"
#include "ResidentLanguages.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "TestServices.h"
#include "VirtualMyNumberCard.h"
#include "kiosk/KioskServices.h"
#include "printer/CupsClient.h"
#include "store/Connection.h"
#include "store/StoreLocations.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using Page = ui::KioskWindow::Page;
using Stage = printer::PrintProgress::Stage;

class TestKioskPrinting final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void ticketOnTheReceiptTray();
    void paperOutIsSaidInTheResidentsLanguage();
    void aJobThePrintServerRefusesIsAudited();

private:
    // The kiosk's audit rows of the receipt printer ("action|subject|reason"), oldest first.
    QStringList printerAudit() const;
    // Waits until the audit trail holds a row of `action` for `subject`; returns it.
    QString waitForAudit(const QString& action, const QString& subject) const;
    void openKiosk(const QString& queue, const QString& tray);
    void touch(QWidget* button);
    // Language, one certificate tile, no questions answered yes, nothing entered, no card: the ticket page.
    void walkToTicket(const QString& language);
    QString cupsPdfOutput(int jobId) const;

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<kiosk::KioskServices> m_services;
    std::unique_ptr<ui::KioskWindow> m_window;
};

void TestKioskPrinting::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("CUPS_SERVER"), "run through ctest (with-services.sh --cups)");
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("K01")));
    }
    QProcess p;
    p.start(qEnvironmentVariable("MADOGUCHI_CLI"),
            {QStringLiteral("--config"), m_config, QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
}

void TestKioskPrinting::cleanup() {
    m_window.reset();
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_reader.reset();
    m_settings.reset();
}

void TestKioskPrinting::openKiosk(const QString& queue, const QString& tray) {
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("printer/ticket_queue"), queue));
        QVERIFY(settings.setValue(QStringLiteral("printer/ticket_tray"), tray));
    }
    m_settings = std::make_unique<Settings>(m_config);
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
    QVERIFY2(found, qPrintable(error));
    m_reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    auto reader = m_reader;
    kiosk::KioskServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    auto services = kiosk::KioskServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    QVERIFY(m_services->ticketPrinter().prints(printer::PaperKind::Ticket));
    m_window = std::make_unique<ui::KioskWindow>(*m_services);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKioskPrinting::touch(QWidget* button) {
    QVERIFY2(button, "no such control");
    QTRY_VERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestKioskPrinting::walkToTicket(const QString& language) {
    touch(m_window->languagePicker()->findChild<QPushButton*>(QStringLiteral("language_") + language));
    QCOMPARE(m_window->page(), Page::Tiles);
    touch(m_window->tileButton(QStringLiteral("resident-certificate")));
    touch(m_window->nextButton());
    for (int round = 0; round < 4 && m_window->page() != Page::Card; ++round) {
        if (m_window->page() == Page::Questions)
            for (const visit::Question& q : m_window->journey().questions())
                touch(m_window->answerButton(q.id, false));
        if (m_window->page() == Page::Preparation)
            for (const visit::FollowUp& f : m_window->journey().followUps())
                if (f.decision == visit::FollowUp::Decision::Undecided)
                    touch(m_window->answerButton(f.procedureId, false));
        touch(m_window->nextButton());
    }
    QCOMPARE(m_window->page(), Page::Card);
    touch(m_window->skipCardButton());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Ticket, 20000);
    QVERIFY(!m_window->ticketNumber().isEmpty());
}

QString TestKioskPrinting::cupsPdfOutput(int jobId) const {
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

QStringList TestKioskPrinting::printerAudit() const {
    QStringList rows;
    auto local = store::Connection::openSqlite(m_settings->localDatabasePath());
    if (!local)
        return rows;
    QSqlQuery q(local->db());
    if (q.exec(
            QStringLiteral("SELECT action, subject, reason FROM audit_events WHERE action LIKE 'kiosk.ticket_print%' "
                           "ORDER BY seq")))
        while (q.next())
            rows << QStringLiteral("%1|%2|%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return rows;
}

QString TestKioskPrinting::waitForAudit(const QString& action, const QString& subject) const {
    QString found;
    test::TestServices::waitUntil(
        [&] {
            const QStringList rows = printerAudit().filter(action + QLatin1Char('|') + subject + QLatin1Char('|'));
            found = rows.value(0);
            return !found.isEmpty();
        },
        15000);
    if (found.isEmpty())
        qWarning().noquote() << "audit rows:" << printerAudit();
    // Nothing of the resident can be in it: the queue, the job, the number and IPP keywords only.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9 ,:;.\\[\\]_|()-]*$"));
    for (const QString& row : printerAudit())
        if (!plain.match(row).hasMatch())
            return QStringLiteral("not plain: ") + row;
    return found;
}

void TestKioskPrinting::ticketOnTheReceiptTray() {
    openKiosk(QStringLiteral("PDF-TRAYS"), QStringLiteral("Receipt"));
    walkToTicket(QStringLiteral("en"));
    const kiosk::IssuedTicket ticket = m_window->ticket();
    QVERIFY(ticket.printing);
    QVERIFY(QFile::exists(ticket.pdfPath));
    printer::PrintSpooler& spooler = m_services->ticketPrinter();
    QVERIFY(test::TestServices::waitUntil([&] { return spooler.progress(ticket.pdfPath).settled(); }, 30000));
    const printer::PrintProgress done = spooler.progress(ticket.pdfPath);
    QVERIFY2(done.stage == Stage::Printed, qPrintable(done.message + QLatin1Char(' ') + done.detail));
    QCOMPARE(done.queue, QStringLiteral("PDF-TRAYS"));
    // The receipt tray went with the job, and the job's name is the number, never a name.
    printer::CupsClient client;
    QCOMPARE(client.jobAttribute(done.jobId, QStringLiteral("InputSlot")), QStringLiteral("Receipt"));
    QCOMPARE(client.jobAttribute(done.jobId, QStringLiteral("job-name")),
             QStringLiteral("ticket-") + ticket.ticket.number);
    QVERIFY2(!cupsPdfOutput(done.jobId).isEmpty(), "cups-pdf wrote nothing");
    // The resident is told to take it, and the number is on the screen.
    QTRY_VERIFY2(m_window->visibleText().contains(QStringLiteral("Please take your ticket.")),
                 qPrintable(m_window->visibleText()));
    QVERIFY(m_window->visibleText().contains(ticket.ticket.number));
    QVERIFY(QFile::exists(ticket.pdfPath));
}

void TestKioskPrinting::paperOutIsSaidInTheResidentsLanguage() {
    openKiosk(QStringLiteral("PAPEROUT"), {});
    walkToTicket(QStringLiteral("vi"));
    const kiosk::IssuedTicket ticket = m_window->ticket();
    QVERIFY(ticket.printing);
    printer::PrintSpooler& spooler = m_services->ticketPrinter();
    QVERIFY(
        test::TestServices::waitUntil([&] { return spooler.progress(ticket.pdfPath).stage == Stage::Waiting; }, 30000));
    const printer::PrintProgress held = spooler.progress(ticket.pdfPath);
    QVERIFY(held.jobId > 0);
    // Said in Vietnamese (a finished translation, not the English source), with the number still on the screen.
    const char* source = "Your ticket could not be printed. Please note the number on this screen. The counter will "
                         "call you by this number.";
    const QString said = m_services->languages().text(QStringLiteral("vi"), "ResidentKiosk", source);
    QVERIFY(!said.isEmpty());
    QVERIFY(said != QLatin1String(source));
    QTRY_VERIFY2(m_window->visibleText().contains(said), qPrintable(m_window->visibleText()));
    QVERIFY(!m_window->visibleText().contains(QStringLiteral("Please take your ticket.")));
    QCOMPARE(m_window->page(), Page::Ticket);
    const auto* number = m_window->findChild<QLabel*>(QStringLiteral("kioskTicketNumber"));
    QVERIFY(number && number->isVisible());
    QCOMPARE(number->text(), ticket.ticket.number);
    // The ticket is kept: the PDF in the document folder and the ticket waiting in the queue.
    QVERIFY(QFile::exists(ticket.pdfPath));
    {
        auto central = store::openCentral(m_settings->centralSqlitePath());
        QVERIFY(central);
        QCOMPARE(central->scalar(QStringLiteral("SELECT state FROM queue_tickets WHERE id = ?"), {ticket.ticket.id})
                     .toString(),
                 QStringLiteral("waiting"));
    }
    // The resident goes: the held job leaves the printer, so it cannot come out for the next one.
    touch(m_window->doneButton());
    QCOMPARE(m_window->page(), Page::Language);
    QVERIFY(
        test::TestServices::waitUntil([&] { return spooler.progress(ticket.pdfPath).stage == Stage::Failed; }, 15000));
    printer::CupsClient client;
    QVERIFY(test::TestServices::waitUntil(
        [&] {
            const std::optional<printer::JobState> job = client.job(held.jobId);
            return job && job->finished() && !job->completed();
        },
        15000));
    QVERIFY(QFile::exists(ticket.pdfPath));
    // Audited under the kiosk: held for paper, then cancelled when the resident left.
    const QString job = QStringLiteral("ticket-") + ticket.ticket.number;
    const QString heldRow = waitForAudit(QStringLiteral("kiosk.ticket_printer_problem"), job);
    QVERIFY2(heldRow.contains(QStringLiteral("job %1 on PAPEROUT held: out of paper [").arg(held.jobId)) &&
                 heldRow.contains(QStringLiteral("media-empty")),
             qPrintable(heldRow));
    const QString cancelledRow = waitForAudit(QStringLiteral("kiosk.ticket_print_cancelled"), job);
    QVERIFY2(cancelledRow.contains(QStringLiteral("job %1 on PAPEROUT cancelled").arg(held.jobId)),
             qPrintable(cancelledRow));
    // Once per change, not once per poll of the printer.
    QCOMPARE(printerAudit().filter(QStringLiteral("kiosk.ticket_printer_problem|") + job).size(), 1);
}

void TestKioskPrinting::aJobThePrintServerRefusesIsAudited() {
    openKiosk(QStringLiteral("NO-SUCH-RECEIPT-PRINTER"), {});
    walkToTicket(QStringLiteral("en"));
    const kiosk::IssuedTicket ticket = m_window->ticket();
    QVERIFY(ticket.printing);
    printer::PrintSpooler& spooler = m_services->ticketPrinter();
    QVERIFY(
        test::TestServices::waitUntil([&] { return spooler.progress(ticket.pdfPath).stage == Stage::Failed; }, 30000));
    QTRY_VERIFY(m_window->visibleText().contains(QStringLiteral("Your ticket could not be printed.")));
    const QString row =
        waitForAudit(QStringLiteral("kiosk.ticket_print_failed"), QStringLiteral("ticket-") + ticket.ticket.number);
    QVERIFY2(row.contains(QStringLiteral("no job on NO-SUCH-RECEIPT-PRINTER not accepted")), qPrintable(row));
    touch(m_window->doneButton());
    QCOMPARE(m_window->page(), Page::Language);
}

QTEST_MAIN(TestKioskPrinting)
#include "tst_kioskprinting.moc"
