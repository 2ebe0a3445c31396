// Issued certificates at the counter (取消・再交付) through the real clerk window: found by the QR code a scanner types
// and by serial, a clerk's void request, a clerk's direct void and reissue refused by the core, a supervisor's reissue
// and void at the same counter; the real stores (terminal and embedded centre), the sync between them, the audit.
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
#include "StallWatchdog.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "clerk/ChoosePage.h"
#include "clerk/DocumentsPage.h"
#include "clerk/FormsPage.h"
#include "clerk/IssuedDocumentDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;

class TestCounterDocuments final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void issuedCertificateIsVoidedAndReissuedAtTheCounter();
    void procedureAddedOnlyAsFilesIsChosenAndPrinted();

private:
    void openCounter(const QString& persona);
    void signInAs(const QString& login, const QString& password);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(QWidget* widget, const QString& text);
    void tabTo(QWidget* target);
    void enterPin(const QString& pin);
    void waitForStep(Step step);
    // A 住民票の写し for the resident on the card, from Match to Idle; its serial.
    QString issueResidentCertificate();
    // pdftotext's text of a PDF, without line breaks.
    QString pdfText(const QString& path) const;
    int runCli(const QStringList& args, const QByteArray& input = {}) const;
    // The first column of the first row of `sql`, in the terminal's or the embedded central store.
    QString localValue(const QString& sql) const;
    QString centralValue(const QString& sql) const;
    QStringList auditActions() const;
    ui::IssuedDocumentDialog* openDialog();

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<counter::CounterServices> m_services;
    std::unique_ptr<ui::CounterScreens> m_screens;
    std::unique_ptr<test::StallWatchdog> m_watchdog;
    QString m_lastCertificatePdf; // the PDF of the certificate issueResidentCertificate() issued
};

namespace {
QString firstValue(const QString& path, const QString& sql) {
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("value"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("value"));
    return value;
}
} // namespace

void TestCounterDocuments::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
        QVERIFY(settings.setValue(QStringLiteral("ui/language"), QStringLiteral("ja")));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    QVERIFY2(!qEnvironmentVariable("MADOGUCHI_CLI").isEmpty() && !source.isEmpty(), "run through ctest");
    QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("init")}), 0);
    QCOMPARE(runCli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                     QStringLiteral("admin1"), QStringLiteral("--name"), QStringLiteral("管理　一郎"),
                     QStringLiteral("--role"), QStringLiteral("admin")},
                    "admin-pass-1\n"),
             0);
    const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
    QCOMPARE(runCli(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                                source + QStringLiteral("/resources/demo/registry.csv")} +
                        asAdmin,
                    "admin-pass-1\n"),
             0);
    QCOMPARE(runCli(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("窓口　花子"),
                                QStringLiteral("--role"), QStringLiteral("clerk")} +
                        asAdmin,
                    "admin-pass-1\ncounter-pass-1\n"),
             0);
    QCOMPARE(runCli(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                QStringLiteral("super1"), QStringLiteral("--name"), QStringLiteral("監督　次郎"),
                                QStringLiteral("--role"), QStringLiteral("supervisor")} +
                        asAdmin,
                    "admin-pass-1\nsuper-pass-1\n"),
             0);
    QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--once")}), 0);
    m_settings = std::make_unique<Settings>(m_config);
}

void TestCounterDocuments::init() {
    m_watchdog = std::make_unique<test::StallWatchdog>();
}

void TestCounterDocuments::cleanup() {
    m_watchdog->report(QStringLiteral("tst_counterdocuments::%1").arg(QLatin1String(QTest::currentTestFunction())));
    m_watchdog.reset();
    m_screens.reset();
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_reader.reset();
}

void TestCounterDocuments::cleanupTestCase() {
    qunsetenv("MADOGUCHI_DATA_DIR");
}

int TestCounterDocuments::runCli(const QStringList& args, const QByteArray& input) const {
    const test::StallWatchdog::Pause pause; // the test's own work, not the counter's
    QProcess p;
    p.start(qEnvironmentVariable("MADOGUCHI_CLI"), QStringList{QStringLiteral("--config"), m_config} + args);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (p.exitCode() != 0)
        qWarning().noquote() << args.join(QLatin1Char(' ')) << p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestCounterDocuments::localValue(const QString& sql) const {
    const test::StallWatchdog::Pause pause; // the test's own work, not the counter's
    return firstValue(m_settings->localDatabasePath(), sql);
}

QString TestCounterDocuments::centralValue(const QString& sql) const {
    const test::StallWatchdog::Pause pause; // the test's own work, not the counter's
    return firstValue(m_settings->centralSqlitePath(), sql);
}

QStringList TestCounterDocuments::auditActions() const {
    const test::StallWatchdog::Pause pause; // the test's own work, not the counter's
    QStringList actions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(m_settings->localDatabasePath());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT action FROM audit_events ORDER BY seq"));
            while (q.next())
                actions << q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return actions;
}

void TestCounterDocuments::openCounter(const QString& persona) {
    QString error;
    const auto found = card::CardPersona::find(card::CardPersona::builtInFile(), persona, &error);
    QVERIFY2(found, qPrintable(error));
    m_reader = std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*found));
    auto reader = m_reader;
    test::StallWatchdog::step(QStringLiteral("openCounter: services"));
    counter::CounterServices::Options options;
    options.cardTransport = [reader]() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
        return std::unique_ptr<card::CardTransport>(std::make_unique<card::SimulatedTransport>(reader));
    };
    options.startSync = false;
    auto services = counter::CounterServices::open(*m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    counter::CounterServices& s = *m_services;
    test::StallWatchdog::step(QStringLiteral("openCounter: windows built"));
    m_screens = std::make_unique<ui::CounterScreens>(
        ui::CounterScreens::Parts{s.visit(), s.queue(), s.staff(), s.sync(), s.languages(), QStringLiteral("ja"),
                                  nullptr, m_settings.get(), &s.documents()});
    QObject::connect(m_screens->clerk(), &ui::ClerkWindow::signedIn, m_screens->clerk(),
                     [&s](const counter::SignIn& who) { s.setClerk(who); });
    m_screens->clerk()->setDocumentOpener([](const QString& path) { return QFile::exists(path); });
    test::StallWatchdog::step(QStringLiteral("openCounter: windows shown"));
    m_screens->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->clerk()));
    QApplication::setActiveWindow(m_screens->clerk());
    QVERIFY(QTest::qWaitForWindowActive(m_screens->clerk()));
}

void TestCounterDocuments::signInAs(const QString& login, const QString& password) {
    ui::ClerkWindow* clerk = m_screens->clerk();
    QApplication::setActiveWindow(clerk);
    QTRY_COMPARE(QApplication::activeWindow(), clerk);
    if (!clerk->signedInStaff().isEmpty())
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(clerk->signedInStaff().isEmpty());
    QCOMPARE(QApplication::focusWidget(), clerk->staffIdEdit());
    type(clerk->staffIdEdit(), login);
    key(Qt::Key_Return);
    type(clerk->passwordEdit(), password);
    key(Qt::Key_Return);
    QVERIFY(!clerk->signedInStaff().isEmpty());
}

void TestCounterDocuments::key(int k, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_screens->clerk();
    test::StallWatchdog::step(
        QStringLiteral("key %1 on %2").arg(QKeySequence(int(modifiers) | k).toString(), target->objectName()));
    QTest::keyClick(target, Qt::Key(k), modifiers);
    test::StallWatchdog::tick();
}

void TestCounterDocuments::type(QWidget* widget, const QString& text) {
    // One key event per character with its text, as an input method or a keyboard-wedge scanner sends it.
    test::StallWatchdog::step(QStringLiteral("type into %1").arg(widget->objectName()));
    widget->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
        test::StallWatchdog::tick();
    }
}

void TestCounterDocuments::tabTo(QWidget* target) {
    QVERIFY(target);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestCounterDocuments::enterPin(const QString& pin) {
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    for (const QChar c : pin)
        QTest::mouseClick(m_screens->resident()->pinPad()->digitButton(c.digitValue()), Qt::LeftButton);
    QTest::mouseClick(m_screens->resident()->pinPad()->okButton(), Qt::LeftButton);
}

void TestCounterDocuments::waitForStep(Step step) {
    test::StallWatchdog::step(
        QStringLiteral("wait for %1").arg(QLatin1String(QMetaEnum::fromType<Step>().valueToKey(int(step)))));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().step(), step, 10000);
}

QString TestCounterDocuments::issueResidentCertificate() {
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
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
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    QString serial;
    for (const visit::IssuedPdf& pdf : m_services->visit().issued())
        if (pdf.certificate) {
            serial = pdf.serial;
            m_lastCertificatePdf = pdf.pdfPath;
        }
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
    return serial;
}

QString TestCounterDocuments::pdfText(const QString& path) const {
    const test::StallWatchdog::Pause pause; // the test's own reading of the PDF
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QLatin1Char('\n'));
}

ui::IssuedDocumentDialog* TestCounterDocuments::openDialog() {
    key(Qt::Key_F11);
    ui::IssuedDocumentDialog* dialog = m_screens->clerk()->issuedDocumentDialog();
    if (!dialog)
        return nullptr;
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitFor([&] { return dialog->isVisible() && QApplication::focusWidget() == dialog->lookupEdit(); }))
        return nullptr;
    return dialog;
}

void TestCounterDocuments::issuedCertificateIsVoidedAndReissuedAtTheCounter() {
    openCounter(QStringLiteral("yamada-taro"));
    m_screens->clerk()->setPrinting(&m_services->printing()); // as GuiMain does: the reissue prints its paper
    signInAs(QStringLiteral("clerk1"), QStringLiteral("counter-pass-1"));
    const QString serial = issueResidentCertificate();
    QVERIFY(!serial.isEmpty());
    const QString code =
        localValue(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = '%1'").arg(serial));
    QVERIFY(!code.isEmpty());
    QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--once")}), 0); // the certificate reaches the centre

    ui::IssuedDocumentDialog* dialog = openDialog();
    QVERIFY(dialog);
    // A QR code whose verification code is not the certificate's: refused and audited; nothing is shown.
    type(dialog->lookupEdit(), QStringLiteral("MADOGUCHI:%1:ABCD-EFGH-JKMN-PQRS").arg(serial));
    key(Qt::Key_Return);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY(!dialog->lastOk());
    QVERIFY2(dialog->resultText().contains(QStringLiteral("偽造")), qPrintable(dialog->resultText()));
    QVERIFY(dialog->document().serial.isEmpty());
    QVERIFY(auditActions().contains(QStringLiteral("document.code_mismatch")));
    // What a scanner types for the certificate's real QR code (the templates' MADOGUCHI:{serial}:{verification}).
    dialog->lookupEdit()->clear();
    type(dialog->lookupEdit(), QStringLiteral("MADOGUCHI:%1:%2").arg(serial, code));
    key(Qt::Key_Return);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY2(dialog->lastOk(), qPrintable(dialog->resultText()));
    QCOMPARE(dialog->document().serial, serial);
    QCOMPARE(dialog->lookupEdit()->text(), serial);
    QVERIFY2(dialog->detailsText().contains(serial) && dialog->detailsText().contains(QStringLiteral("有効")),
             qPrintable(dialog->detailsText()));
    QVERIFY(auditActions().contains(QStringLiteral("document.read")));
    QCOMPARE(QApplication::focusWidget(), dialog->reasonEdit());

    // The clerk asks for a void with a reason: recorded on this terminal, on its way to the centre, still valid.
    type(dialog->reasonEdit(), QStringLiteral("氏名の記載誤り"));
    key(Qt::Key_F5);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY2(dialog->lastOk(), qPrintable(dialog->resultText()));
    QVERIFY(dialog->resultText().contains(serial));
    QCOMPARE(localValue(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'void_request'")),
             QStringLiteral("1"));
    QVERIFY(auditActions().contains(QStringLiteral("document.void_request")));
    QTRY_VERIFY(dialog->detailsText().contains(QStringLiteral("有効")));
    // Asked again: refused (one open request per certificate).
    type(dialog->reasonEdit(), QStringLiteral("再度"));
    key(Qt::Key_F5);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY(!dialog->lastOk());
    // A clerk's direct void and reissue: the buttons are there, the core refuses both and audits each refusal.
    const qsizetype refusedBefore = auditActions().count(QStringLiteral("access.refused"));
    dialog->reasonEdit()->clear();
    type(dialog->reasonEdit(), QStringLiteral("至急"));
    key(Qt::Key_F6);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY(!dialog->lastOk());
    QVERIFY(!dialog->resultText().isEmpty());
    key(Qt::Key_F7);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY(!dialog->lastOk());
    QCOMPARE(auditActions().count(QStringLiteral("access.refused")), refusedBefore + 2);
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL")),
             QStringLiteral("0"));
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*) FROM issued_documents")), QStringLiteral("1"));
    key(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());

    // The request reaches the centre with the next sync and waits there for a supervisor.
    QCOMPARE(runCli({QStringLiteral("sync"), QStringLiteral("--once")}), 0);
    QCOMPARE(centralValue(QStringLiteral("SELECT state FROM void_requests WHERE serial = '%1'").arg(serial)),
             QStringLiteral("pending"));

    // A supervisor at the same counter: the serial typed in lower case, reissued under a new serial.
    signInAs(QStringLiteral("super1"), QStringLiteral("super-pass-1"));
    dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->lookupEdit()->text().isEmpty()); // nothing of the clerk's session is left
    QVERIFY(dialog->document().serial.isEmpty());
    type(dialog->lookupEdit(), serial.toLower());
    key(Qt::Key_Return);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY2(dialog->lastOk(), qPrintable(dialog->resultText()));
    type(dialog->reasonEdit(), QStringLiteral("氏名の記載誤り"));
    key(Qt::Key_F7);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY2(dialog->lastOk(), qPrintable(dialog->resultText()));
    const QString newSerial = dialog->lastReissue().document.serial;
    QVERIFY(!newSerial.isEmpty() && newSerial != serial);
    QVERIFY(dialog->resultText().contains(newSerial));
    QCOMPARE(centralValue(QStringLiteral("SELECT reissue_of FROM issued_documents WHERE serial = '%1'").arg(newSerial)),
             serial);
    QVERIFY(!centralValue(QStringLiteral("SELECT voided_at FROM issued_documents WHERE serial = '%1'").arg(serial))
                 .isEmpty());
    QCOMPARE(centralValue(QStringLiteral("SELECT state FROM void_requests WHERE serial = '%1'").arg(serial)),
             QStringLiteral("approved"));
    QTRY_VERIFY2(dialog->detailsText().contains(newSerial), qPrintable(dialog->detailsText()));
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("document.reissue")));
    QVERIFY(actions.contains(QStringLiteral("document.void")));
    // A new paper under the new serial with the old one's content, sent to the certificate printer like a visit's.
    const supervisor::Reissued reissued = dialog->lastReissue();
    QVERIFY2(!reissued.pdfPath.isEmpty() && QFile::exists(reissued.pdfPath), qPrintable(dialog->resultText()));
    QVERIFY(reissued.certificate);
    QVERIFY(reissued.printed.isEmpty()); // the resident's data was cleared on the worker
    QCOMPARE(m_services->printing().spooler().progress(reissued.pdfPath).key, reissued.pdfPath);
    QCOMPARE(m_services->printing().spooler().progress(reissued.pdfPath).kind, printer::PaperKind::Certificate);
    const QString oldText = pdfText(m_lastCertificatePdf);
    const QString newText = pdfText(reissued.pdfPath);
    QVERIFY2(oldText.contains(serial) && oldText.contains(code), qPrintable(oldText));
    QVERIFY2(newText.contains(newSerial) && newText.contains(reissued.verificationCode), qPrintable(newText));
    QVERIFY2(!newText.contains(serial) && !newText.contains(code), qPrintable(newText));
    QVERIFY2(newText.contains(QStringLiteral("山田")), qPrintable(newText));
    QCOMPARE(QString(newText)
                 .replace(newSerial, QStringLiteral("<serial>"))
                 .replace(reissued.verificationCode, QStringLiteral("<code>")),
             QString(oldText).replace(serial, QStringLiteral("<serial>")).replace(code, QStringLiteral("<code>")));
    // What is kept to print it again is sealed at the centre: no name or address in clear.
    for (const QString& s : {serial, newSerial}) {
        const QString kept =
            centralValue(QStringLiteral("SELECT printed_sealed FROM issued_documents WHERE serial = '%1'").arg(s));
        QVERIFY(!kept.isEmpty());
        QVERIFY(!kept.contains(QStringLiteral("山田")) && !kept.contains(QStringLiteral("shinsei")));
    }
    // The new certificate, voided directly by the supervisor.
    dialog->lookupEdit()->clear();
    type(dialog->lookupEdit(), newSerial);
    key(Qt::Key_Return);
    QTRY_VERIFY(!dialog->busy());
    QCOMPARE(dialog->document().serial, newSerial);
    type(dialog->reasonEdit(), QStringLiteral("交付取りやめ"));
    key(Qt::Key_F6);
    QTRY_VERIFY(!dialog->busy());
    QVERIFY2(dialog->lastOk(), qPrintable(dialog->resultText()));
    QVERIFY(!centralValue(QStringLiteral("SELECT voided_at FROM issued_documents WHERE serial = '%1'").arg(newSerial))
                 .isEmpty());
    QTRY_VERIFY2(dialog->detailsText().contains(QStringLiteral("無効")), qPrintable(dialog->detailsText()));
}

// A procedure and its printout that the municipality adds as two files in its directory (municipality/dir:
// catalogue/city.json with a printouts binding, templates/ichiji-hoiku.json) — nothing compiled — are found on the
// choose page, filled in and printed at the counter: the PDF is laid out by that template with the values.
void TestCounterDocuments::procedureAddedOnlyAsFilesIsChosenAndPrinted() {
    const QString source =
        qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/tests/data/municipality-print");
    const QString city = m_dir.filePath(QStringLiteral("city"));
    for (const QString& file : {QStringLiteral("catalogue/city.json"), QStringLiteral("templates/ichiji-hoiku.json")}) {
        QVERIFY(QDir().mkpath(QFileInfo(city + QLatin1Char('/') + file).absolutePath()));
        QVERIFY(QFile::copy(source + QLatin1Char('/') + file, city + QLatin1Char('/') + file));
    }
    QVERIFY(m_settings->setValue(QStringLiteral("municipality/dir"), city));
    openCounter(QStringLiteral("yamada-taro"));
    QVERIFY2(m_services->catalogueRefusal().isEmpty(), qPrintable(m_services->catalogueRefusal()));
    signInAs(QStringLiteral("clerk1"), QStringLiteral("counter-pass-1"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    QTRY_COMPARE(QApplication::focusWidget(), clerk->choosePage()->searchEdit());
    type(clerk->choosePage()->searchEdit(), QStringLiteral("一時保育"));
    key(Qt::Key_Return);
    QCOMPARE(m_services->visit().chosenProcedures(), QStringList{QStringLiteral("temporary-childcare-application")});
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    QLineEdit* child = clerk->formsPage()->editor(0, QStringLiteral("child_name"));
    QLineEdit* firstDay = clerk->formsPage()->editor(0, QStringLiteral("first_day"));
    QVERIFY(child && firstDay);
    tabTo(child);
    type(child, QStringLiteral("山田　花子"));
    tabTo(firstDay);
    type(firstDay, QStringLiteral("R8.4.10")); // typed as the paper shows it
    key(Qt::Key_F10);
    waitForStep(Step::Documents);
    key(Qt::Key_F10); // the first F10 ticks the documents brought (母子健康手帳), the second goes on
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    QTest::mouseClick(m_screens->resident()->confirmButton(), Qt::LeftButton);
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    const QList<visit::IssuedPdf> issued = m_services->visit().issued();
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().templateId, QStringLiteral("ichiji-hoiku"));
    QVERIFY(!issued.first().serial.isEmpty());
    QString text;
    {
        const test::StallWatchdog::Pause pause; // the test's own reading of the PDF
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {issued.first().pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        text = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QLatin1Char('\n'));
    }
    // pdftotext gives each text run apart: the title, the card's name and the typed child's name by their parts.
    for (const QString& expected :
         {QStringLiteral("一時保育"), QStringLiteral("利用申請書"), QStringLiteral("太郎"), QStringLiteral("花子"),
          QStringLiteral("令和８年４月１０日"), issued.first().serial})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
    QVERIFY(m_settings->setValue(QStringLiteral("municipality/dir"), QString()));
}

QTEST_MAIN(TestCounterDocuments)
#include "tst_counterdocuments.moc"
