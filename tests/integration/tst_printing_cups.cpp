// Printing on a real CUPS scheduler (private to the test, tests/harness/cups) with cups-pdf queues: the tray reaches
// the queue, the job is followed to the end, a stopped queue or a printer out of paper is said in the clerk's words
// and nothing is lost, a wrong tray or queue is refused before anything is sent; the CLI prints and audits reprints.
#include "Settings.h"
#include "TestServices.h"
#include "Translations.h"
#include "printer/CupsClient.h"
#include "printer/PrintProblem.h"
#include "printer/PrintSpooler.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using printer::PrintProgress;
using Stage = PrintProgress::Stage;

class TestPrintingCups final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificateOnTheSecurityTray();
    void wrongTrayIsRefusedBeforeSending();
    void printerOutOfPaperIsSaidAndWaits();
    void unknownQueueAndUnreachableServer();
    void cliPrintsAndAuditsTheReprint();
    void stoppedQueueWaitsAndLosesNothing(); // last: it switches the messages to Japanese

private:
    QString render(const QString& templateId);
    printer::PrinterSetup setup(const QString& queue, const QString& tray, const QString& server = {}) const;
    PrintProgress printAndWait(printer::PrintSpooler& spooler, const QString& pdf, printer::PaperKind kind,
                               Stage until);
    QString cupsPdfOutput(int jobId) const;
    int cli(const QStringList& args, QString* output = nullptr, const QByteArray& input = {});
    QStringList auditActors(const QString& action, const QString& subject) const;
    QString staffId(const QString& login) const;
    static bool lp(const QStringList& command);

    QTemporaryDir m_dir;
    QString m_config;
    QString m_certificate;
    QString m_other;
};

void TestPrintingCups::initTestCase() {
    QVERIFY2(!qEnvironmentVariableIsEmpty("CUPS_SERVER"), "run through ctest (with-services.sh --cups)");
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
        QVERIFY(settings.setValue(QStringLiteral("printer/certificate_queue"), QStringLiteral("PDF-TRAYS")));
        QVERIFY(settings.setValue(QStringLiteral("printer/certificate_tray"), QStringLiteral("Security")));
        QVERIFY(settings.setValue(QStringLiteral("printer/form_queue"), QStringLiteral("PDF")));
    }
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init")}), 0);
    // A reprint needs a staff sign-in: the first admin, then a clerk.
    QCOMPARE(cli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
                  QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--role"), QStringLiteral("admin")},
                 nullptr, "admin-pass-1\n"),
             0);
    QCOMPARE(cli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("clerk1"),
                  QStringLiteral("--name"), QStringLiteral("C"), QStringLiteral("--role"), QStringLiteral("clerk"),
                  QStringLiteral("--as"), QStringLiteral("admin1")},
                 nullptr, "admin-pass-1\nclerk-pass-1\n"),
             0);
    m_certificate = render(QStringLiteral("juminhyo"));
    m_other = render(QStringLiteral("shotoku-kazei"));
    QVERIFY(!m_certificate.isEmpty() && !m_other.isEmpty());
}

int TestPrintingCups::cli(const QStringList& args, QString* output, const QByteArray& input) {
    QProcess p;
    p.start(qEnvironmentVariable("MADOGUCHI_CLI"),
            QStringList{QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("--config"), m_config} +
                args);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return -1;
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = text;
    if (p.exitCode() != 0)
        qWarning().noquote() << args.join(QLatin1Char(' ')) << "→" << text;
    return p.exitCode();
}

bool TestPrintingCups::lp(const QStringList& command) {
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(command.first(), command.mid(1));
    return p.waitForFinished(20000) && p.exitCode() == 0;
}

QString TestPrintingCups::render(const QString& templateId) {
    const QString out = m_dir.filePath(templateId + QStringLiteral(".pdf"));
    if (cli({QStringLiteral("print"), QStringLiteral("--template"), templateId, QStringLiteral("--sample"),
             QStringLiteral("--out"), out}) != 0)
        return {};
    return out;
}

printer::PrinterSetup TestPrintingCups::setup(const QString& queue, const QString& tray, const QString& server) const {
    printer::PrinterSetup s;
    s.server = server;
    s.certificate = {queue, tray};
    s.form = {QStringLiteral("PDF"), {}};
    return s;
}

PrintProgress TestPrintingCups::printAndWait(printer::PrintSpooler& spooler, const QString& pdf,
                                             printer::PaperKind kind, Stage until) {
    const QString key = pdf + QString::number(QDateTime::currentMSecsSinceEpoch());
    spooler.print({key, pdf, QStringLiteral("test"), kind, 1, 0});
    test::TestServices::waitUntil(
        [&] { return spooler.progress(key).stage == until || spooler.progress(key).settled(); }, 30000);
    return spooler.progress(key);
}

QString TestPrintingCups::cupsPdfOutput(int jobId) const {
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

void TestPrintingCups::certificateOnTheSecurityTray() {
    printer::PrintSpooler spooler(setup(QStringLiteral("PDF-TRAYS"), QStringLiteral("Security")));
    const PrintProgress done = printAndWait(spooler, m_certificate, printer::PaperKind::Certificate, Stage::Printed);
    QVERIFY2(done.stage == Stage::Printed, qPrintable(done.message + QLatin1Char(' ') + done.detail));
    QVERIFY(done.jobId > 0);
    QVERIFY(done.acceptedAfterMs >= 0);
    // The tray went to the queue as its InputSlot (Qt would have dropped it).
    printer::CupsClient client;
    QCOMPARE(client.jobAttribute(done.jobId, QStringLiteral("InputSlot")), QStringLiteral("Security"));
    // What cups-pdf wrote is the certificate's page: the same picture, and not another document's.
    const QString printed = cupsPdfOutput(done.jobId);
    QVERIFY2(!printed.isEmpty(), "cups-pdf wrote nothing");
    const double same = test::TestServices::pageSimilarity(m_certificate, printed);
    const double other = test::TestServices::pageSimilarity(m_other, printed);
    qInfo() << "page similarity: printed vs issued" << same << ", printed vs another document" << other;
    QVERIFY2(same > 0.6, qPrintable(QString::number(same)));
    QVERIFY2(other < same - 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(other).arg(same)));
    // A form goes to the plain-paper queue with its default tray.
    const PrintProgress form = printAndWait(spooler, m_other, printer::PaperKind::Form, Stage::Printed);
    QCOMPARE(form.stage, Stage::Printed);
    QCOMPARE(form.queue, QStringLiteral("PDF"));
}

void TestPrintingCups::wrongTrayIsRefusedBeforeSending() {
    printer::PrintSpooler spooler(setup(QStringLiteral("PDF-TRAYS"), QStringLiteral("Tray9")));
    const PrintProgress p = printAndWait(spooler, m_certificate, printer::PaperKind::Certificate, Stage::Failed);
    QCOMPARE(p.stage, Stage::Failed);
    QCOMPARE(p.jobId, 0);
    for (const char* tray : {"Plain", "Security", "Receipt", "Tray9", "printer/certificate_tray"})
        QVERIFY2(p.message.contains(QLatin1String(tray)), qPrintable(p.message));
    QVERIFY(QFile::exists(m_certificate));
}

void TestPrintingCups::stoppedQueueWaitsAndLosesNothing() {
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    QVERIFY(lp({QStringLiteral("cupsdisable"), QStringLiteral("PDF-TRAYS")}));
    printer::PrintSpooler spooler(setup(QStringLiteral("PDF-TRAYS"), QStringLiteral("Security")));
    const QString key = QStringLiteral("stopped");
    spooler.print({key, m_certificate, QStringLiteral("stopped"), printer::PaperKind::Certificate, 1, 0});
    QVERIFY(test::TestServices::waitUntil([&] { return spooler.progress(key).stage == Stage::Waiting; }, 20000));
    const PrintProgress waiting = spooler.progress(key);
    QVERIFY(waiting.jobId > 0); // accepted and queued: the job is not lost
    QVERIFY2(waiting.message.contains(QStringLiteral("停止")), qPrintable(waiting.message));
    QVERIFY2(waiting.message.contains(QStringLiteral("cupsenable PDF-TRAYS")), qPrintable(waiting.message));
    QVERIFY2(waiting.message.contains(QStringLiteral("PDF")), qPrintable(waiting.message));
    QVERIFY(QFile::exists(m_certificate));
    // Resumed by a supervisor: the same job prints.
    QVERIFY(lp({QStringLiteral("cupsenable"), QStringLiteral("PDF-TRAYS")}));
    QVERIFY(test::TestServices::waitUntil([&] { return spooler.progress(key).stage == Stage::Printed; }, 30000));
    QCOMPARE(spooler.progress(key).jobId, waiting.jobId);
    QVERIFY(!cupsPdfOutput(waiting.jobId).isEmpty());
}

void TestPrintingCups::printerOutOfPaperIsSaidAndWaits() {
    printer::PrintSpooler spooler(setup(QStringLiteral("PAPEROUT"), {}));
    const PrintProgress p = printAndWait(spooler, m_certificate, printer::PaperKind::Certificate, Stage::Waiting);
    QVERIFY2(p.stage == Stage::Waiting, qPrintable(p.message + p.detail));
    QVERIFY2(p.message.contains(QStringLiteral("out of paper")), qPrintable(p.message));
    QVERIFY2(p.message.contains(QStringLiteral("PAPEROUT")), qPrintable(p.message));
    printer::CupsClient client;
    const printer::QueueState queue = client.queue(QStringLiteral("PAPEROUT"));
    QVERIFY(queue.stopped());
    QVERIFY(client.cancel(p.jobId));
}

void TestPrintingCups::unknownQueueAndUnreachableServer() {
    {
        printer::PrintSpooler spooler(setup(QStringLiteral("NO-SUCH-QUEUE"), {}));
        const PrintProgress p = printAndWait(spooler, m_certificate, printer::PaperKind::Certificate, Stage::Failed);
        QCOMPARE(p.stage, Stage::Failed);
        QVERIFY2(p.message.contains(QStringLiteral("does not exist")), qPrintable(p.message));
    }
    {
        printer::PrintSpooler spooler(setup(QStringLiteral("PDF"), {}, m_dir.filePath(QStringLiteral("nothing.sock"))));
        const PrintProgress p = printAndWait(spooler, m_certificate, printer::PaperKind::Certificate, Stage::Failed);
        QCOMPARE(p.stage, Stage::Failed);
        QVERIFY2(p.message.contains(QStringLiteral("cannot be reached")), qPrintable(p.message));
        QVERIFY(p.message.contains(QStringLiteral("The record and the PDF are kept.")));
    }
    // Every reason the clerk may read names the printer.
    for (const printer::ReasonText& r : printer::reasonTexts()) {
        printer::QueueState q{true, true, true, 5, {QLatin1String(r.keyword) + QStringLiteral("-error")}, {}, {}};
        QVERIFY2(
            printer::problemText(q, nullptr, QStringLiteral("Q1"), QStringLiteral("T")).contains(QStringLiteral("Q1")),
            r.keyword);
    }
}

void TestPrintingCups::cliPrintsAndAuditsTheReprint() {
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    QString text;
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--template"), QStringLiteral("juminhyo"),
                  QStringLiteral("--sample"), QStringLiteral("--out"), out, QStringLiteral("--to"),
                  QStringLiteral("certificate")},
                 &text),
             0);
    QVERIFY2(text.contains(QStringLiteral("PDF-TRAYS")), qPrintable(text));
    const QStringList reprint{QStringLiteral("print"), QStringLiteral("--pdf"), out, QStringLiteral("--to"),
                              QStringLiteral("certificate")};
    // The hole: a kept PDF (an issued document with the resident's data) was printed again with no sign-in, audited
    // as the literal "admin". Now it is refused before the file is looked at, the refusal audited under nobody
    // ("system").
    QCOMPARE(cli(reprint, &text), 1);
    QVERIFY2(text.contains(QStringLiteral("--as")), qPrintable(text));
    QVERIFY(auditActors(QStringLiteral("document.reprint"), QStringLiteral("cli.pdf")).isEmpty());
    QCOMPARE(auditActors(QStringLiteral("access.refused"), QStringLiteral("serve_visit cli.pdf")),
             QStringList{QStringLiteral("system")});
    // Signed in: printed, and recorded under the clerk who asked for it.
    QCOMPARE(cli(reprint + QStringList{QStringLiteral("--as"), QStringLiteral("clerk1")}, &text, "clerk-pass-1\n"), 0);
    const QString clerk = staffId(QStringLiteral("clerk1"));
    QVERIFY(!clerk.isEmpty());
    QCOMPARE(auditActors(QStringLiteral("document.reprint"), QStringLiteral("cli.pdf")), QStringList{clerk});
    // A kind with no printer set: said, and the PDF is kept.
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--pdf"), out, QStringLiteral("--to"),
                  QStringLiteral("ticket"), QStringLiteral("--as"), QStringLiteral("clerk1")},
                 &text, "clerk-pass-1\n"),
             1);
    QVERIFY(QFile::exists(out));
}

// The actors of this terminal's audit events of `action` about `subject`, oldest first ("" for nobody signed in).
QStringList TestPrintingCups::auditActors(const QString& action, const QString& subject) const {
    QStringList actors;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(Settings(m_config).localDatabasePath());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT actor FROM audit_events WHERE action = ? AND subject = ? ORDER BY seq"));
            q.addBindValue(action);
            q.addBindValue(subject);
            if (q.exec())
                while (q.next())
                    actors << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return actors;
}

// The staff id behind a login, from the embedded central staff table.
QString TestPrintingCups::staffId(const QString& login) const {
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("staff"));
        db.setDatabaseName(Settings(m_config).centralSqlitePath());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM staff WHERE login = ?"));
            q.addBindValue(login);
            if (q.exec() && q.next())
                id = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("staff"));
    return id;
}

QTEST_GUILESS_MAIN(TestPrintingCups)
#include "tst_printing_cups.moc"
