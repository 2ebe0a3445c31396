// Complete counter visits through both real windows with the simulated card, real stores and real PDFs.
#include "CardPersona.h"
#include "ClerkWindow.h"
#include "CounterScreens.h"
#include "CounterServices.h"
#include "LanguagePicker.h"
#include "PinPad.h"
#include "ReceptionQueue.h"
#include "ResidentWindow.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "StallWatchdog.h"
#include "Translations.h"
#include "VirtualMyNumberCard.h"
#include "catalogue/Catalogue.h"
#include "clerk/CardCheckPanel.h"
#include "clerk/ChoosePage.h"
#include "clerk/DocumentsPage.h"
#include "clerk/FormsPage.h"
#include "clerk/IdentifyPage.h"
#include "clerk/MatchPage.h"
#include "clerk/ReviewPage.h"
#include "kiosk/PreEntryStore.h"
#include "privacy/KeyRing.h"
#include "queue/TicketQueue.h"
#include "store/StoreLocations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace madoguchi;
using Step = visit::VisitWorkflow::Step;

namespace {
// A central server that accepts connections and never answers: a listening socket nobody accepts from. The kernel
// completes the TCP handshake and takes the client's start-up packet; no reply ever comes, as with a hung server.
class SilentServer {
public:
    SilentServer() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// The clock the visit reads: the real time, moved on by the test when it wants inactivity.
class TestClock final : public visit::Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(int seconds) { m_offset += seconds; }

private:
    qint64 m_offset = 0;
};

struct Counts {
    int clerkKeys = 0;  // commands and navigation: F-keys, Tab, arrows, Space, Enter
    int typedChars = 0; // characters typed into fields (one per character; an IME needs more keys for kanji)
    int clerkClicks = 0;
    int residentTouches = 0;
    int typedFields = 0; // fields (and people) whose text the clerk typed
    int typedHeld = 0;   // of those, values the card or the registry already held: the goal is zero
};

} // namespace

// Complete counter visits through both real windows, keyboard on the clerk's side and touches on the resident's, with
// the simulated My Number card, the real SQLite stores, the real catalogue and real PDFs (read back with pdftotext).
// Each visit checks what was recorded, the audit trail, and the printed text; the two scripted visits also count the
// clerk's keys, the resident's touches and any typing of what the card or registry already held.
class TestCounterVisits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void residentCertificateWithCard();
    void moveInOfAFamilyOfFourWithChildAllowance();
    void wrongPinThenRightPin();
    void cardWithOneTryLeft();
    void lockedCardUsesCodeB();
    void cardRemovedMidRead();
    void noCardPath();
    void visitCancelledHalfway();
    void inactivityClearsBothScreens();
    void idleLockKeepsTheVisitBehindASignIn();
    void registryOfflineSaysSoAndOffersTheWayForward();
    void centralThatNeverAnswersKeepsTheWindowResponsive();
    void choosePageFindsEveryProcedure();
    void codeBShowsTheVerifiedPhotoToTheClerkOnly();
    void copiedChipIsStoppedAtIdentify();
    void kioskPreEntryIsInTheVisit();

private:
    void openCounter(const QString& persona, const Settings* settings = nullptr);
    void signIn();
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(QWidget* widget, const QString& text);
    void tabTo(QWidget* target);
    void touch(QWidget* button);
    void enterPin(const QString& pin);
    void waitForStep(Step step);
    // A ticket issued into the office's queue through the counter's worker; its number (or why not).
    QString issueTicket(const QString& group, const QString& source);
    int countTypedHeld() const;
    QString pdfText(const QString& path) const;
    QStringList auditActions() const;
    int count(const QString& sql) const;
    void writeFigures(const QString& visit) const;
    void shot(const QString& step);
    // From an accepted match to the printed 住民票の写し, checking the records, the audit trail and the PDFs.
    void issueResidentCertificate(const QString& familyName);

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<Settings> m_settings;
    TestClock m_clock;
    std::shared_ptr<card::SimulatedReader> m_reader;
    std::unique_ptr<counter::CounterServices> m_services;
    std::unique_ptr<ui::CounterScreens> m_screens;
    QStringList m_opened;
    Counts m_counts;
    std::unique_ptr<test::StallWatchdog> m_watchdog; // the whole test's longest GUI-thread stall
};

void TestCounterVisits::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
    m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
    {
        Settings settings(m_config);
        QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T01")));
        QVERIFY(settings.setValue(QStringLiteral("ui/language"), QStringLiteral("ja")));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
    const QString source = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
    QVERIFY2(!cli.isEmpty() && !source.isEmpty(), "run through ctest");
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
    run({QStringLiteral("sync"), QStringLiteral("--once")}); // staff accounts come down: sign-in works offline too
    m_settings = std::make_unique<Settings>(m_config);
}

void TestCounterVisits::init() {
    m_counts = {};
    m_watchdog = std::make_unique<test::StallWatchdog>();
    m_opened.clear();
    // Each visit starts from empty local records, so what a test asserts is what that visit wrote.
    const test::StallWatchdog::Pause pause; // the test's own SQL, not the counter's work
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reset"));
    db.setDatabaseName(m_settings->localDatabasePath());
    if (db.open()) {
        for (const char* table :
             {"payments", "issued_documents", "procedure_requests", "visits", "outbox", "audit_events"})
            QSqlQuery(db).exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    QDir(m_dir.filePath(QStringLiteral("documents"))).removeRecursively();
}

void TestCounterVisits::cleanup() {
    m_watchdog->report(QStringLiteral("tst_countervisits::%1").arg(QLatin1String(QTest::currentTestFunction())));
    m_watchdog.reset();
    m_screens.reset();
    if (m_services)
        m_services->waitForCard();
    m_services.reset();
    m_reader.reset();
}

void TestCounterVisits::cleanupTestCase() {
    qunsetenv("MADOGUCHI_DATA_DIR");
}

void TestCounterVisits::openCounter(const QString& persona, const Settings* settings) {
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
    options.clock = &m_clock;
    options.startSync = false;
    auto services = counter::CounterServices::open(settings ? *settings : *m_settings, std::move(options));
    QVERIFY2(services, qPrintable(services.outcome.detail));
    m_services = std::move(*services.value);
    counter::CounterServices& s = *m_services;
    test::StallWatchdog::step(QStringLiteral("openCounter: windows built"));
    m_screens = std::make_unique<ui::CounterScreens>(
        ui::CounterScreens::Parts{s.visit(), s.queue(), s.staff(), s.sync(), s.languages(), QStringLiteral("ja"),
                                  nullptr, m_settings.get(), &s.documents()});
    QObject::connect(m_screens->clerk(), &ui::ClerkWindow::signedIn, m_screens->clerk(),
                     [&s](const counter::SignIn& who) { s.setClerk(who); });
    m_screens->clerk()->setDocumentOpener([this](const QString& path) {
        m_opened << path;
        return QFile::exists(path);
    });
    test::StallWatchdog::step(QStringLiteral("openCounter: windows shown"));
    m_screens->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->resident()));
    QVERIFY(QTest::qWaitForWindowExposed(m_screens->clerk()));
    m_screens->clerk()->raise();
    m_screens->clerk()->activateWindow(); // under Xvfb (no window manager) this is what gives it the keyboard
    QApplication::setActiveWindow(m_screens->clerk());
    QVERIFY(QTest::qWaitForWindowActive(m_screens->clerk()));
    signIn();
}

void TestCounterVisits::key(int k, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_screens->clerk();
    test::StallWatchdog::step(
        QStringLiteral("key %1 on %2").arg(QKeySequence(int(modifiers) | k).toString(), target->objectName()));
    QTest::keyClick(target, Qt::Key(k), modifiers);
    test::StallWatchdog::tick();
    ++m_counts.clerkKeys;
}

void TestCounterVisits::type(QWidget* widget, const QString& text) {
    // One key event per character with its text, as an input method commits it; QTest::keyClicks is Latin-1 only.
    test::StallWatchdog::step(QStringLiteral("type into %1").arg(widget->objectName()));
    widget->setFocus();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
        test::StallWatchdog::tick();
        ++m_counts.typedChars;
    }
    ++m_counts.typedFields;
}

void TestCounterVisits::tabTo(QWidget* target) {
    QVERIFY(target);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        key(Qt::Key_Tab);
    QVERIFY2(QApplication::focusWidget() == target,
             qPrintable(QStringLiteral("%1 not reached; focus on %2, target visible %3 enabled %4")
                            .arg(target->objectName(),
                                 QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString())
                            .arg(target->isVisible())
                            .arg(target->isEnabled())));
}

void TestCounterVisits::touch(QWidget* button) {
    QVERIFY(button && button->isVisible());
    test::StallWatchdog::step(QStringLiteral("touch %1").arg(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
    ++m_counts.residentTouches;
}

void TestCounterVisits::enterPin(const QString& pin) {
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    for (const QChar c : pin)
        touch(m_screens->resident()->pinPad()->digitButton(c.digitValue()));
    touch(m_screens->resident()->pinPad()->okButton());
}

void TestCounterVisits::waitForStep(Step step) {
    test::StallWatchdog::step(
        QStringLiteral("wait for %1").arg(QLatin1String(QMetaEnum::fromType<Step>().valueToKey(int(step)))));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().step(), step, 10000);
}

QString TestCounterVisits::issueTicket(const QString& group, const QString& source) {
    QString number;
    bool answered = false;
    m_services->queue().issue(this, group, source, [&](const counter::ReceptionQueue::Answer& answer) {
        number = answer.ticket ? answer.ticket->number : answer.outcome.detail;
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 10000) ? number : QString();
}

void TestCounterVisits::signIn() {
    ui::ClerkWindow* clerk = m_screens->clerk();
    clerk->staffIdEdit()->setFocus();
    type(clerk->staffIdEdit(), QStringLiteral("clerk1"));
    key(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), clerk->passwordEdit());
    type(clerk->passwordEdit(), QStringLiteral("wrong"));
    key(Qt::Key_Return);
    QVERIFY(clerk->signedInStaff().isEmpty());
    type(clerk->passwordEdit(), QStringLiteral("counter-pass-1"));
    key(Qt::Key_Return);
    QVERIFY(!clerk->signedInStaff().isEmpty());
    // Both attempts are in the terminal's audit trail.
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("staff.sign_in_refused")));
    QVERIFY(actions.contains(QStringLiteral("staff.sign_in")));
    m_counts = {}; // the figures are per visit, not per shift
}

int TestCounterVisits::countTypedHeld() const {
    // A typed value is "already held" when its field names the card or the registry as its source and that source
    // was there for this resident (a resident moving in is not in the registry yet).
    const visit::VisitWorkflow& v = m_services->visit();
    const bool card =
        v.identitySource() == visit::IdentitySource::CardPin || v.identitySource() == visit::IdentitySource::CardCodeB;
    const bool registry = !v.resident().residentId.isEmpty();
    int held = 0;
    for (const visit::FormDraft& form : v.forms())
        for (const visit::FormField& field : form.fields)
            if (field.source == visit::FieldSource::Typed &&
                ((card && field.spec.prefill.startsWith(QLatin1String("card."))) ||
                 (registry && field.spec.prefill.startsWith(QLatin1String("registry.")))))
                ++held;
    for (const visit::Member& m : v.members())
        if (m.source == visit::FieldSource::Typed && registry)
            ++held; // a household member typed although the registry lists the household
    return held;
}

QString TestCounterVisits::pdfText(const QString& path) const {
    const test::StallWatchdog::Pause pause; // the test's own check, not the counter's work
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList TestCounterVisits::auditActions() const {
    const test::StallWatchdog::Pause pause; // the test's own check, not the counter's work
    QStringList actions;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(m_settings->localDatabasePath());
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT action FROM audit_events ORDER BY seq"));
        while (q.next())
            actions << q.value(0).toString();
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return actions;
}

int TestCounterVisits::count(const QString& sql) const {
    const test::StallWatchdog::Pause pause; // the test's own check, not the counter's work
    int n = -1;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    db.setDatabaseName(m_settings->localDatabasePath());
    if (db.open()) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            n = q.value(0).toInt();
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

void TestCounterVisits::writeFigures(const QString& visit) const {
    const QString line = QStringLiteral("%1: clerk keys %2 + characters typed %7, clerk clicks %3, resident touches "
                                        "%4, fields typed %5, typed although the card or registry held it %6\n")
                             .arg(visit)
                             .arg(m_counts.clerkKeys)
                             .arg(m_counts.clerkClicks)
                             .arg(m_counts.residentTouches)
                             .arg(m_counts.typedFields)
                             .arg(m_counts.typedHeld)
                             .arg(m_counts.typedChars);
    qInfo().noquote() << line.trimmed();
    const QString out = qEnvironmentVariable("MADOGUCHI_COUNTER_FIGURES");
    if (!out.isEmpty()) {
        QFile file(out);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(line.toUtf8());
    }
}

// With MADOGUCHI_SCREENSHOT_DIR set (tests/tools/screenshots.sh, under Xvfb), both windows are saved at each step.
void TestCounterVisits::shot(const QString& step) {
    const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(150); // let layouts settle
    static int n = 0;
    ++n;
    QVERIFY(m_screens->clerk()->grab().save(
        QStringLiteral("%1/%2-clerk-%3.png").arg(dir).arg(n, 2, 10, QLatin1Char('0')).arg(step)));
    QVERIFY(m_screens->resident()->grab().save(
        QStringLiteral("%1/%2-resident-%3.png").arg(dir).arg(n, 2, 10, QLatin1Char('0')).arg(step)));
}

void TestCounterVisits::issueResidentCertificate(const QString& familyName) {
    ui::ClerkWindow* clerk = m_screens->clerk();
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
    touch(m_screens->resident()->confirmButton());
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents")), 1);
    QCOMPARE(count(QStringLiteral("SELECT sum(amount) FROM payments")), 300);
    const QStringList actions = auditActions();
    for (const char* expected : {"visit.record", "document.issue"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char(' '))));
    bool certificateSeen = false;
    for (const visit::IssuedPdf& pdf : m_services->visit().issued()) {
        const QString text = pdfText(pdf.pdfPath);
        QVERIFY2(text.contains(familyName), qPrintable(text));
        if (!pdf.serial.isEmpty()) {
            certificateSeen = true;
            QVERIFY(text.contains(QStringLiteral("住民票")));
            QVERIFY(text.contains(pdf.serial));
        }
    }
    QVERIFY(certificateSeen);
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
}

void TestCounterVisits::residentCertificateWithCard() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    ui::ResidentWindow* resident = m_screens->resident();
    QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    QVERIFY(clerk->syncText().contains(QStringLiteral("オフライン")) ||
            clerk->syncText().contains(QStringLiteral("オンライン")));

    key(Qt::Key_F2); // nobody waiting yet: said so, nothing starts
    QTRY_VERIFY(!m_services->queue().busy());
    QCOMPARE(m_services->visit().step(), Step::Idle);
    QVERIFY(clerk->noticeText().contains(QStringLiteral("F3")));
    // A ticket from the lobby's kiosk, in the office's shared queue (the embedded central store here).
    const QString number = issueTicket(QStringLiteral("certificates"), QStringLiteral("kiosk"));
    QVERIFY2(number.startsWith(QStringLiteral("A-")), qPrintable(number));
    QTRY_COMPARE(clerk->waitingList()->count(), 1);
    QVERIFY(clerk->waitingList()->item(0)->text().contains(QStringLiteral("証明書")));
    m_counts = {};   // the figures start with calling the resident
    key(Qt::Key_F2); // call the next reception number
    waitForStep(Step::Identify);
    QCOMPARE(m_services->visit().receptionNumber(), number);
    QTRY_COMPARE(clerk->waitingList()->count(), 0);
    key(Qt::Key_F5); // read the card: the PIN pad appears on the resident's screen only
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    QCOMPARE(resident->pageName(), QStringLiteral("read"));
    QVERIFY2(resident->visibleText().contains(QStringLiteral("山田　太郎")), qPrintable(resident->visibleText()));
    QVERIFY(!resident->visibleText().contains(QStringLiteral("952601815908")));
    QTableWidget* comparison = clerk->matchPage()->comparison();
    QCOMPARE(comparison->rowCount(), 4);
    for (int row = 0; row < comparison->rowCount(); ++row)
        QVERIFY2(!comparison->item(row, 0)->text().startsWith(QStringLiteral("≠")),
                 qPrintable(comparison->item(row, 0)->text()));

    key(Qt::Key_F10); // accept the match
    waitForStep(Step::Choose);
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space); // 住民票の写し, the first certificate
    QCOMPARE(m_services->visit().chosenProcedures(), QStringList{QStringLiteral("resident-certificate")});
    key(Qt::Key_F10);
    waitForStep(Step::Forms);

    ui::FormsPage* forms = clerk->formsPage();
    QVERIFY(!forms->editor(0, QStringLiteral("requester_name"))); // from the card: not typeable
    QVERIFY(!forms->editor(0, QStringLiteral("requester_kana"))); // from the registry
    key(Qt::Key_F10);                                             // purpose and scope are still missing
    QCOMPARE(m_services->visit().step(), Step::Forms);
    QVERIFY(clerk->noticeText().contains(QStringLiteral("使用目的")) || !clerk->noticeText().isEmpty());
    tabTo(forms->picker(0, QStringLiteral("purpose")));
    key(Qt::Key_Down); // 勤務先に提出
    tabTo(forms->picker(0, QStringLiteral("scope")));
    key(Qt::Key_Down); // 世帯全員
    m_counts.typedHeld = countTypedHeld();
    key(Qt::Key_F10);
    waitForStep(Step::Documents);

    ui::DocumentsPage* documents = clerk->documentsPage();
    QCOMPARE(documents->totalText(), QStringLiteral("300 円"));
    key(Qt::Key_Space); // 本人確認書類: seen
    tabTo(documents->payment());
    key(Qt::Key_Down); // cash
    key(Qt::Key_F10);  // the proxy's letter is not ticked: told once
    QCOMPARE(m_services->visit().step(), Step::Documents);
    key(Qt::Key_F10);
    waitForStep(Step::Review);

    QTRY_COMPARE(resident->pageName(), QStringLiteral("review"));
    QVERIFY(resident->visibleText().contains(QStringLiteral("住民票の写し")));
    QVERIFY(resident->visibleText().contains(QStringLiteral("300")));
    key(Qt::Key_F10); // not yet: the resident has not confirmed
    QCOMPARE(m_services->visit().step(), Step::Review);
    touch(resident->confirmButton());
    QVERIFY(clerk->reviewPage()->confirmationText().contains(QStringLiteral("確認")));
    key(Qt::Key_F10); // issue
    waitForStep(Step::Done);
    QCOMPARE(resident->pageName(), QStringLiteral("message"));

    const auto issued = m_services->visit().issued();
    QCOMPARE(issued.size(), 2); // the request form and the certificate
    key(Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(m_opened.size(), 2);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM procedure_requests WHERE procedure_id = 'resident-certificate'")),
        1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM issued_documents WHERE document_type = 'resident-certificate'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT sum(amount) FROM payments")), 300);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM procedure_requests WHERE my_number_sealed IS NOT NULL AND "
                                  "length(my_number_sealed) > 0")),
             0);
    const QStringList actions = auditActions();
    for (const char* expected : {"card.read", "registry.search", "registry.read", "visit.record", "document.issue"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char(' '))));
    QVERIFY(!actions.contains(QStringLiteral("mynumber.revealed")));

    QString certificate;
    QString request;
    for (const visit::IssuedPdf& pdf : issued) {
        QVERIFY(QFile::exists(pdf.pdfPath));
        (pdf.serial.isEmpty() ? request : certificate) = pdfText(pdf.pdfPath);
        if (!pdf.serial.isEmpty())
            QVERIFY(certificate.contains(pdf.serial));
    }
    QVERIFY2(certificate.contains(QStringLiteral("住民票")), qPrintable(certificate));
    QVERIFY(certificate.contains(QStringLiteral("山田")));
    QVERIFY(certificate.contains(QStringLiteral("花子"))); // the whole household, from the registry
    QVERIFY2(request.contains(QStringLiteral("証明書交付請求書")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("勤務先提出")));

    writeFigures(QStringLiteral("住民票の写し (card, PIN)"));
    key(Qt::Key_F10); // finish: both screens forget the resident
    waitForStep(Step::Idle);
    QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    QVERIFY(!resident->visibleText().contains(QStringLiteral("山田")));
}

void TestCounterVisits::moveInOfAFamilyOfFourWithChildAllowance() {
    openCounter(QStringLiteral("suzuki-kenichi"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    ui::ResidentWindow* resident = m_screens->resident();

    shot(QStringLiteral("welcome"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    key(Qt::Key_M, Qt::ControlModifier); // the child allowance claim needs the My Number: read it too
    QVERIFY(m_services->visit().readsMyNumber());
    shot(QStringLiteral("identify"));
    key(Qt::Key_F5);
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    shot(QStringLiteral("pin"));
    enterPin(QStringLiteral("4321"));
    waitForStep(Step::Match);
    shot(QStringLiteral("match"));
    QVERIFY(m_services->visit().candidates().isEmpty()); // moving in: not in the registry yet
    key(Qt::Key_F8);                                     // a new resident
    waitForStep(Step::Choose);

    ui::ChoosePage* choose = clerk->choosePage();
    QCOMPARE(choose->lifeEventList()->count(), 1);               // only a move-in for someone not in the registry
    QCOMPARE(QApplication::focusWidget(), choose->searchEdit()); // the clerk may type what the resident says
    key(Qt::Key_Down);                                           // or go down to the lists
    QCOMPARE(QApplication::focusWidget(), choose->lifeEventList());
    key(Qt::Key_Space);
    QCOMPARE(m_services->visit().lifeEventId(), QStringLiteral("move-in"));
    QCOMPARE(m_services->visit().members().size(), 1);
    QCOMPARE(choose->memberTable()->item(0, 0)->text(), QStringLiteral("鈴木　健一"));

    tabTo(choose->memberName());
    const struct {
        const char16_t* name;
        const char* birth;
        int sexDown;
        const char16_t* relationship;
    } family[] = {{u"鈴木　美咲", "1987-01-25", 1, u"妻"},
                  {u"鈴木　陽向", "2016-05-05", 0, u"長男"},
                  {u"鈴木　結衣", "2021-10-30", 1, u"長女"}};
    for (const auto& person : family) {
        QCOMPARE(QApplication::focusWidget(), choose->memberName());
        type(choose->memberName(), QString::fromUtf16(person.name));
        key(Qt::Key_Tab);
        type(choose->memberBirthDate(), QString::fromLatin1(person.birth));
        key(Qt::Key_Tab);
        for (int i = 0; i < person.sexDown; ++i)
            key(Qt::Key_Down);
        key(Qt::Key_Tab);
        type(choose->memberRelationship(), QString::fromUtf16(person.relationship));
        key(Qt::Key_Return);
    }
    QCOMPARE(m_services->visit().members().size(), 4);
    QCOMPARE(choose->memberTable()->rowCount(), 4);
    shot(QStringLiteral("choose-members"));

    tabTo(choose->questionEditor(QStringLiteral("has_care_certification")));
    key(Qt::Key_End); // いいえ
    QCOMPARE(m_services->visit().answers().value(QStringLiteral("has_care_certification")), QStringLiteral("no"));
    QComboBox* allowance = choose->followUpBox(QStringLiteral("child-allowance-claim"));
    QVERIFY2(allowance, "the child allowance claim is proposed for the children under 15");
    tabTo(allowance);
    key(Qt::Key_Down); // accept
    QCOMPARE(m_services->visit().followUps().size(), 1);
    shot(QStringLiteral("choose-follow-up"));
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    shot(QStringLiteral("forms-prefilled"));

    ui::FormsPage* forms = clerk->formsPage();
    QCOMPARE(m_services->visit().forms().size(), 2);
    QVERIFY(forms->myNumberText().contains(QStringLiteral("****")));
    QVERIFY(!forms->myNumberText().contains(QStringLiteral("9609")));
    QVERIFY(!auditActions().contains(QStringLiteral("mynumber.revealed")));
    // A clerk may not reveal it (only a supervisor may): the core refuses, the screen stays masked, the refusal is
    // in the audit trail (written by the background thread).
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!forms->myNumberText().contains(QStringLiteral("9609")));
    QTRY_VERIFY(auditActions().contains(QStringLiteral("access.refused")));
    QVERIFY(!auditActions().contains(QStringLiteral("mynumber.revealed")));
    auto typeField = [&](int form, const char* fieldKey, const QString& text) {
        QLineEdit* edit = forms->editor(form, QString::fromLatin1(fieldKey));
        tabTo(edit);
        type(edit, text);
        QVERIFY2(forms->errorText(form, QString::fromLatin1(fieldKey)).isEmpty(),
                 qPrintable(forms->errorText(form, QString::fromLatin1(fieldKey))));
    };
    auto pick = [&](int form, const char* fieldKey, int downs) {
        tabTo(forms->picker(form, QString::fromLatin1(fieldKey)));
        for (int i = 0; i < downs; ++i)
            key(Qt::Key_Down);
    };
    typeField(0, "notifier_kana", QStringLiteral("すずき けんいち")); // hiragana becomes katakana
    typeField(0, "move_in_date", QStringLiteral("2026-11-15"));
    typeField(0, "new_address", QStringLiteral("東京都武蔵野市中町二丁目５番１号"));
    typeField(0, "new_postal_code", QStringLiteral("1800006"));
    pick(0, "moving_out_certificate", 2); // マイナンバーカードによる特例
    // Typed once, used everywhere: the claim's kana, address and event date are already filled.
    const visit::FormDraft claim = m_services->visit().forms().at(1);
    QCOMPARE(claim.fields.at(claim.indexOf(QStringLiteral("claimant_kana"))).value, QStringLiteral("スズキ　ケンイチ"));
    QCOMPARE(claim.fields.at(claim.indexOf(QStringLiteral("event_date"))).value, QStringLiteral("2026-11-15"));
    QCOMPARE(claim.fields.at(claim.indexOf(QStringLiteral("claimant_address"))).value,
             QStringLiteral("東京都武蔵野市中町二丁目５番１号"));
    pick(1, "claimant_occupation", 1);
    pick(1, "pension", 1);
    pick(1, "claim_reason", 2);
    typeField(1, "bank_name", QStringLiteral("むさしの銀行"));
    typeField(1, "bank_branch", QStringLiteral("中町支店"));
    pick(1, "account_type", 1);
    typeField(1, "account_number", QStringLiteral("1234567"));
    m_counts.typedHeld = countTypedHeld();
    shot(QStringLiteral("forms-complete"));
    key(Qt::Key_F10);
    QVERIFY2(m_services->visit().step() == Step::Documents, qPrintable(clerk->noticeText()));
    shot(QStringLiteral("documents"));

    key(Qt::Key_Space); // 本人確認書類
    key(Qt::Key_F10);   // the others are told once
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    shot(QStringLiteral("review-ja"));

    // The resident reads the forms in English.
    touch(resident->languageButton()); // the language grid opens from the bar on every page
    touch(resident->languagePicker()->findChild<QPushButton*>(QStringLiteral("language_en")));
    QTRY_VERIFY(resident->visibleText().contains(QStringLiteral("Move-in notice")));
    QVERIFY(resident->visibleText().contains(QStringLiteral("Child allowance")));
    QVERIFY(resident->visibleText().contains(QStringLiteral("read from your card; not shown")));
    QVERIFY(!resident->visibleText().contains(QStringLiteral("960913909961")));
    shot(QStringLiteral("review-en"));
    touch(resident->confirmButton());
    shot(QStringLiteral("review-confirmed"));
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    shot(QStringLiteral("done"));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits WHERE language = 'en'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM procedure_requests")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM procedure_requests WHERE procedure_id = "
                                  "'child-allowance-claim' AND length(my_number_sealed) > 0")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM procedure_requests WHERE procedure_id = 'move-in' AND "
                                  "my_number_sealed IS NOT NULL AND length(my_number_sealed) > 0")),
             0);
    // Each procedure's printout has its serial (the notice and the claim), without a fee.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents WHERE fee = 0")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    const QStringList actions = auditActions();
    for (const char* expected : {"card.read", "visit.record", "mynumber.store"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char(' '))));

    const auto issued = m_services->visit().issued();
    QCOMPARE(issued.size(), 2);
    const QString notice = pdfText(issued.at(0).pdfPath);
    const QString claimPdf = pdfText(issued.at(1).pdfPath);
    QVERIFY2(notice.contains(QStringLiteral("住民異動届")), qPrintable(notice));
    for (const char16_t* name : {u"健一", u"美咲", u"陽向", u"結衣"})
        QVERIFY2(notice.contains(QString::fromUtf16(name)), qPrintable(notice));
    QVERIFY(notice.contains(QStringLiteral("転入")));
    QVERIFY2(claimPdf.contains(QStringLiteral("児童手当")), qPrintable(claimPdf));
    QVERIFY(claimPdf.contains(QStringLiteral("陽向")));
    QVERIFY(claimPdf.contains(QStringLiteral("結衣")));
    QVERIFY(!claimPdf.contains(QStringLiteral("美咲"))); // not a child
    QVERIFY(!claimPdf.contains(QStringLiteral("960913909961")));
    QCOMPARE(m_counts.typedHeld, 0);
    writeFigures(QStringLiteral("転入, family of four + 児童手当 (card, PIN)"));
    key(Qt::Key_F10);
    waitForStep(Step::Idle);
    QCOMPARE(resident->pageName(), QStringLiteral("welcome"));
    shot(QStringLiteral("after"));
}

void TestCounterVisits::wrongPinThenRightPin() {
    openCounter(QStringLiteral("yamada-taro"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("9999"));
    QTRY_COMPARE(m_services->visit().triesLeft(), 2);
    QCOMPARE(m_services->visit().step(), Step::Identify);
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    QVERIFY2(m_screens->resident()->visibleText().contains(QStringLiteral("2")),
             qPrintable(m_screens->resident()->visibleText()));
    QVERIFY(!m_screens->clerk()->noticeText().isEmpty());
    enterPin(QStringLiteral("1234"));
    issueResidentCertificate(QStringLiteral("山田"));
    const QStringList actions = auditActions();
    QVERIFY(actions.indexOf(QStringLiteral("card.pin_wrong")) < actions.indexOf(QStringLiteral("card.read")));
    QVERIFY(actions.contains(QStringLiteral("card.pin_wrong")));
}

void TestCounterVisits::cardWithOneTryLeft() {
    openCounter(QStringLiteral("takahashi-keiko"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("last-try"));
    QVERIFY(m_screens->resident()->visibleText().contains(QStringLiteral("1")));
    QVERIFY(m_screens->clerk()->identifyPage()->statusText().contains(QStringLiteral("1")));
    touch(m_screens->resident()->lastTryButton());
    enterPin(QStringLiteral("7777"));
    waitForStep(Step::Match);
    QCOMPARE(m_services->visit().cardFace().name, QStringLiteral("高橋　恵子"));
    QCOMPARE(m_reader->card().counters().pin, 3); // a right PIN resets the counter
    issueResidentCertificate(QStringLiteral("高橋"));
}

void TestCounterVisits::lockedCardUsesCodeB() {
    openCounter(QStringLiteral("nakamura-sho"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    QTRY_COMPARE(m_services->visit().identifyStage(), visit::VisitWorkflow::IdentifyStage::Locked);
    QVERIFY(m_screens->clerk()->identifyPage()->statusText().contains(QStringLiteral("照合番号B")));
    QVERIFY(m_screens->resident()->visibleText().contains(QStringLiteral("ロック")));
    key(Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->clerk()->identifyPage()->codeBEdit());
    type(m_screens->clerk()->identifyPage()->codeBEdit(), QStringLiteral("11123120343391"));
    key(Qt::Key_Return);
    waitForStep(Step::Match);
    QCOMPARE(m_services->visit().identitySource(), visit::IdentitySource::CardCodeB);
    QCOMPARE(m_services->visit().candidates().size(), 1);
    QCOMPARE(m_services->visit().candidates().at(0).person.residentId, QStringLiteral("R000007"));
    issueResidentCertificate(QStringLiteral("中村"));
    QTRY_VERIFY(auditActions().contains(QStringLiteral("card.read")));
    QCOMPARE(m_reader->card().counters().pin, 0); // still locked: 照合番号B does not touch the PIN
}

void TestCounterVisits::cardRemovedMidRead() {
    openCounter(QStringLiteral("yamada-taro"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    m_reader->removeCardAfter(2); // the hand takes the card while the PIN is being checked
    enterPin(QStringLiteral("1234"));
    QTRY_VERIFY(!m_screens->clerk()->noticeText().isEmpty());
    QCOMPARE(m_services->visit().step(), Step::Identify);
    QCOMPARE(m_services->visit().identifyStage(), visit::VisitWorkflow::IdentifyStage::ChooseMethod);
    QVERIFY(m_services->visit().cardFace().isEmpty());
    QTest::qWait(300);
    QCOMPARE(m_services->visit().identifyStage(), visit::VisitWorkflow::IdentifyStage::ChooseMethod); // no retry
    m_reader->removeCardAfter(-1);
    m_reader->setCardPresent(true);
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    issueResidentCertificate(QStringLiteral("山田"));
}

void TestCounterVisits::noCardPath() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F7);
    ui::IdentifyPage* identify = clerk->identifyPage();
    QTRY_COMPARE(QApplication::focusWidget(), identify->idDocument());
    tabTo(identify->searchName());
    type(identify->searchName(), QStringLiteral("山田　太郎"));
    tabTo(identify->searchBirthDate());
    type(identify->searchBirthDate(), QStringLiteral("昭和55年2月17日"));
    key(Qt::Key_Return); // refused: no ID document recorded yet
    QCOMPARE(m_services->visit().step(), Step::Identify);
    identify->idDocument()->setFocus();
    key(Qt::Key_Down); // 運転免許証
    tabTo(identify->searchBirthDate());
    key(Qt::Key_Return);
    waitForStep(Step::Match);
    QCOMPARE(m_services->visit().identitySource(), visit::IdentitySource::NoCard);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    const visit::FormDraft form = m_services->visit().forms().at(0);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("requester_name"))).source, visit::FieldSource::Registry);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("purpose")));
    key(Qt::Key_Down);
    tabTo(clerk->formsPage()->picker(0, QStringLiteral("scope")));
    key(Qt::Key_Down);
    key(Qt::Key_F10);
    waitForStep(Step::Documents);
    // Paid by credit card, with the slip's number for the supervisor's reconciliation.
    tabTo(clerk->documentsPage()->payment());
    QVERIFY(!clerk->documentsPage()->paymentReference()->isEnabled());
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(m_services->visit().paymentMethod(), QStringLiteral("credit"));
    QVERIFY(clerk->documentsPage()->paymentReference()->isEnabled());
    tabTo(clerk->documentsPage()->paymentReference());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("CR-0042-7781"));
    key(Qt::Key_F10);
    key(Qt::Key_F10);
    waitForStep(Step::Review);
    touch(m_screens->resident()->confirmButton());
    key(Qt::Key_F10);
    waitForStep(Step::Done);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM issued_documents")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE method = 'credit' AND reference = "
                                  "'CR-0042-7781'")),
             1);
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("identity.checked")));
    QVERIFY(actions.contains(QStringLiteral("registry.search")));
    QVERIFY(!actions.contains(QStringLiteral("card.read")));
    QString request;
    for (const visit::IssuedPdf& pdf : m_services->visit().issued())
        if (pdf.serial.isEmpty())
            request = pdfText(pdf.pdfPath);
    QVERIFY2(request.contains(QStringLiteral("運転免許証")), qPrintable(request));
}

void TestCounterVisits::visitCancelledHalfway() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose); // the household is asked on the background thread
    tabTo(clerk->choosePage()->procedureList());
    key(Qt::Key_Space);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    QLineEdit* phone = clerk->formsPage()->editor(0, QStringLiteral("requester_phone"));
    tabTo(phone);
    type(phone, QStringLiteral("0422-60-1800"));
    key(Qt::Key_F9); // back to the choice and forward again: the phone number is kept
    waitForStep(Step::Choose);
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    QCOMPARE(clerk->formsPage()->editor(0, QStringLiteral("requester_phone"))->text(), QStringLiteral("0422-60-1800"));
    key(Qt::Key_F12, Qt::ShiftModifier);
    waitForStep(Step::Idle);
    QCOMPARE(m_screens->resident()->pageName(), QStringLiteral("welcome"));
    QVERIFY(m_services->visit().forms().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM procedure_requests")), 0);
    QTRY_VERIFY(auditActions().contains(QStringLiteral("visit.cancelled"))); // written by the background thread
    QVERIFY(
        !QDir(m_dir.filePath(QStringLiteral("documents"))).exists() ||
        QDir(m_dir.filePath(QStringLiteral("documents"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

void TestCounterVisits::inactivityClearsBothScreens() {
    openCounter(QStringLiteral("yamada-taro"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    QVERIFY(m_screens->resident()->visibleText().contains(QStringLiteral("山田")));
    m_clock.advance(m_services->visit().inactivityTimeout() + 1);
    waitForStep(Step::Idle); // the counter's one-second tick notices
    QCOMPARE(m_screens->resident()->pageName(), QStringLiteral("welcome"));
    QVERIFY(!m_screens->resident()->visibleText().contains(QStringLiteral("山田")));
    QTRY_VERIFY(auditActions().contains(QStringLiteral("visit.timed_out"))); // written by the background thread
}

// The idle lock: without input the clerk's screen locks; the visit stays behind it (its own timeout waits), the
// resident's screen shows a neutral page; nobody but the same clerk (or a supervisor) opens it; all of it audited.
void TestCounterVisits::idleLockKeepsTheVisitBehindASignIn() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify);
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    QVERIFY(m_screens->resident()->visibleText().contains(QStringLiteral("山田")));
    const QString clerkId = clerk->signedInStaff();

    m_screens->setIdleLockInterval(std::chrono::milliseconds(400)); // staff/idle_lock_minutes in the office
    QTRY_VERIFY_WITH_TIMEOUT(clerk->isLocked(), 5000);
    QCOMPARE(m_services->visit().step(), Step::Match);
    QCOMPARE(m_screens->resident()->pageName(), QStringLiteral("wait"));
    QVERIFY(!m_screens->resident()->visibleText().contains(QStringLiteral("山田")));
    QVERIFY(!clerk->matchPage()->isVisible());
    QCOMPARE(QApplication::focusWidget(), clerk->lockLoginEdit());
    QTRY_VERIFY(auditActions().contains(QStringLiteral("staff.screen_locked")));
    // Keys of the work do nothing behind the lock, and the visit's inactivity timeout waits.
    key(Qt::Key_F12, Qt::ShiftModifier);
    m_clock.advance(m_services->visit().inactivityTimeout() + 1);
    QTest::qWait(1500); // the counter's tick runs
    QCOMPARE(m_services->visit().step(), Step::Match);

    // An account that is neither the clerk nor a supervisor: refused, still locked.
    type(clerk->lockLoginEdit(), QStringLiteral("admin1"));
    key(Qt::Key_Return);
    type(clerk->lockPasswordEdit(), QStringLiteral("admin-pass-1"));
    key(Qt::Key_Return);
    QVERIFY(clerk->isLocked());
    QVERIFY2(clerk->lockMessage().contains(QStringLiteral("責任者")), qPrintable(clerk->lockMessage()));
    QTRY_VERIFY(auditActions().contains(QStringLiteral("staff.unlock_refused")));
    // The clerk with a wrong password: refused.
    clerk->lockLoginEdit()->clear();
    type(clerk->lockLoginEdit(), QStringLiteral("clerk1"));
    key(Qt::Key_Return);
    type(clerk->lockPasswordEdit(), QStringLiteral("wrong"));
    key(Qt::Key_Return);
    QVERIFY(clerk->isLocked());
    // The clerk: open again, the same visit where it was, the resident's screen back.
    type(clerk->lockPasswordEdit(), QStringLiteral("counter-pass-1"));
    key(Qt::Key_Return);
    QVERIFY(!clerk->isLocked());
    QCOMPARE(clerk->signedInStaff(), clerkId);
    QCOMPARE(m_services->visit().step(), Step::Match);
    QTRY_VERIFY(m_screens->resident()->visibleText().contains(QStringLiteral("山田")));
    QTRY_VERIFY(auditActions().contains(QStringLiteral("staff.screen_unlocked")));
    // And the visit goes on from there.
    m_screens->setIdleLockInterval(std::chrono::minutes(5));
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
}

void TestCounterVisits::registryOfflineSaysSoAndOffersTheWayForward() {
    // This counter's central store is a server that does not answer.
    const QString config = m_dir.filePath(QStringLiteral("offline.ini"));
    QFile::remove(config);
    QVERIFY(QFile::copy(m_config, config));
    Settings offline(config);
    QVERIFY(offline.setValue(QStringLiteral("database/central"),
                             QStringLiteral("postgresql://madoguchi@127.0.0.1:1/none?connect_timeout=1")));
    openCounter(QStringLiteral("yamada-taro"), &offline); // the clerk signs in with the account synced earlier
    ui::ClerkWindow* clerk = m_screens->clerk();
    QVERIFY2(clerk->syncText().contains(QStringLiteral("オフライン")), qPrintable(clerk->syncText()));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    QVERIFY(!m_services->visit().registryReachable());
    QVERIFY2(clerk->matchPage()->offlineText().contains(QStringLiteral("F5")),
             qPrintable(clerk->matchPage()->offlineText()));
    QVERIFY(clerk->noticeText().contains(QStringLiteral("接続できません")));
    key(Qt::Key_F10); // nothing to accept: the step stays, and says why
    QCOMPARE(m_services->visit().step(), Step::Match);
    key(Qt::Key_F5); // the way forward: try again (still down here)
    QCOMPARE(m_services->visit().step(), Step::Match);
    QVERIFY(!m_services->visit().registryReachable());
    key(Qt::Key_F12, Qt::ShiftModifier);
    waitForStep(Step::Idle);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 0);
    QVERIFY(auditActions().contains(QStringLiteral("card.read")));
}

void TestCounterVisits::centralThatNeverAnswersKeepsTheWindowResponsive() {
    SilentServer silent;
    QVERIFY(silent.port() > 0);
    const QString config = m_dir.filePath(QStringLiteral("silent.ini"));
    QFile::remove(config);
    QVERIFY(QFile::copy(m_config, config));
    Settings settings(config);
    QVERIFY(settings.setValue(
        QStringLiteral("database/central"),
        QStringLiteral("postgresql://madoguchi@127.0.0.1:%1/none?connect_timeout=3").arg(silent.port())));
    QElapsedTimer started;
    started.start();
    openCounter(QStringLiteral("yamada-taro"), &settings); // signs in with the account synced earlier
    test::StallWatchdog watchdog;
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    // The card is read, then the registry look-up waits for the centre on the worker: the window says so and keeps
    // handling events (the watchdog's timer keeps coming round).
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().waiting(), visit::VisitWorkflow::Waiting::Registry, 10000);
    QVERIFY2(clerk->waitingText().contains(QStringLiteral("待")), qPrintable(clerk->waitingText()));
    QTest::qWait(500); // while it waits: events are handled, nothing stalls
    QCOMPARE(m_services->visit().waiting(), visit::VisitWorkflow::Waiting::Registry);
    QVERIFY2(watchdog.longest() <= 100, qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(watchdog.longest())));
    // The connect timeout gives up on the silent centre: the visit goes on as with an unreachable one.
    waitForStep(Step::Match);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().waiting(), visit::VisitWorkflow::Waiting::None, 10000);
    QVERIFY(!m_services->visit().registryReachable());
    QVERIFY(clerk->waitingText().isEmpty());
    key(Qt::Key_F12, Qt::ShiftModifier);
    waitForStep(Step::Idle);
    QVERIFY2(watchdog.longest() <= 100, qPrintable(QStringLiteral("GUI thread stalled %1 ms").arg(watchdog.longest())));
    qInfo("silent centre: longest GUI-thread stall %lld ms (%lld ms by the wall clock, with waits for a CPU), whole "
          "test %lld ms",
          watchdog.longest(), watchdog.longestWall(), started.elapsed());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM visits")), 0);
}

// Every procedure of the catalogue is reached from the choose page by keyboard: by typing its name, its reading or
// any of its keywords (Enter takes it), and under its own category only.
void TestCounterVisits::choosePageFindsEveryProcedure() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    ui::ChoosePage* choose = clerk->choosePage();
    QTRY_COMPARE(QApplication::focusWidget(), choose->searchEdit());
    visit::VisitWorkflow& v = m_services->visit();

    struct Entry {
        QString id;
        QString name;
        QString category;
        QStringList findBy;
        bool lifeEvent;
    };
    QList<Entry> entries;
    for (const visit::LifeEventSpec& e : v.lifeEvents())
        entries.append(
            {e.id, e.name.in(QStringLiteral("ja")), QStringLiteral("life_event"),
             QStringList{e.name.in(QStringLiteral("ja")), e.name.in(QStringLiteral("en")), e.reading} + e.keywords,
             true});
    for (const visit::ProcedureSpec& p : v.directProcedures())
        entries.append(
            {p.id, p.name.in(QStringLiteral("ja")), p.category,
             QStringList{p.name.in(QStringLiteral("ja")), p.name.in(QStringLiteral("en")), p.reading} + p.keywords,
             false});
    // The whole catalogue is offered: every procedure, as a life event or on its own.
    const catalogue::CatalogueLoad shipped = catalogue::loadCatalogueDirectory(catalogue::Catalogue::kShippedDirectory);
    QCOMPARE(entries.size(), shipped.catalogue.procedures().size());

    auto visibleIn = [](QListWidget* list, const QString& id) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                return !list->item(i)->isHidden();
        return false;
    };
    auto search = [&](const QString& text) {
        choose->searchEdit()->clear();
        type(choose->searchEdit(), text);
    };
    for (const Entry& e : std::as_const(entries)) {
        QListWidget* list = e.lifeEvent ? choose->lifeEventList() : choose->procedureList();
        QVERIFY2(!e.findBy.contains(QString()), qPrintable(e.id + QStringLiteral(": no reading or keyword")));
        for (const QString& text : e.findBy) {
            search(text);
            QVERIFY2(visibleIn(list, e.id), qPrintable(QStringLiteral("%1 not found by \"%2\"").arg(e.id, text)));
        }
        // The reading's first four kana already find it; typed in katakana too.
        const QString reading = e.findBy.at(2);
        search(reading.left(4));
        QVERIFY2(visibleIn(list, e.id), qPrintable(e.id));
        QString katakana;
        for (const QChar c : reading.left(4))
            katakana += QChar(c.unicode() >= 0x3041 && c.unicode() <= 0x3096 ? c.unicode() + 0x60 : c.unicode());
        search(katakana);
        QVERIFY2(visibleIn(list, e.id), qPrintable(e.id + QStringLiteral(" by ") + katakana));
        // Under its category, not under another.
        choose->searchEdit()->clear();
        for (int c = 1; c < choose->categoryBox()->count(); ++c) {
            choose->categoryBox()->setCurrentIndex(c);
            QCOMPARE(visibleIn(list, e.id), choose->categoryBox()->currentData().toString() == e.category);
        }
        choose->categoryBox()->setCurrentIndex(0);
        // Its full name and Enter take it.
        search(e.name);
        choose->searchEdit()->setFocus();
        key(Qt::Key_Return);
        if (e.lifeEvent) {
            QCOMPARE(v.lifeEventId(), e.id);
        } else {
            QVERIFY2(v.chosenProcedures().contains(e.id), qPrintable(e.id));
            v.chooseProcedures({});
            choose->enter();
        }
        QVERIFY(choose->searchEdit()->text().isEmpty()); // ready for the next procedure
    }
    // The issue's examples: a reading, a name, an English word.
    for (const QString& text : {QStringLiteral("じどう"), QStringLiteral("児童手当"), QStringLiteral("allowance")}) {
        search(text);
        QVERIFY2(visibleIn(choose->procedureList(), QStringLiteral("child-allowance-claim")), qPrintable(text));
        QVERIFY(!visibleIn(choose->procedureList(), QStringLiteral("resident-certificate")));
    }
    search(QStringLiteral("zzzz-nothing"));
    for (int i = 0; i < choose->procedureList()->count(); ++i)
        QVERIFY(choose->procedureList()->item(i)->isHidden());
    // A life event and procedures are held together, whichever is chosen first: choosing one never clears the other.
    v.chooseProcedures({});
    v.clearLifeEvents();
    choose->enter();
    const QString certificate = shipped.catalogue.procedure(QStringLiteral("resident-certificate"))->name.ja;
    const QString moveWithin = shipped.catalogue.procedure(QStringLiteral("move-within"))->name.ja;
    search(certificate);
    key(Qt::Key_Return);
    search(moveWithin);
    key(Qt::Key_Return);
    QCOMPARE(v.lifeEventIds(), QStringList{QStringLiteral("move-within")});
    QCOMPARE(v.chosenProcedures(), QStringList{QStringLiteral("resident-certificate")});
    search(QStringLiteral("印鑑登録証明書"));
    key(Qt::Key_Return);
    QCOMPARE(v.lifeEventIds(), QStringList{QStringLiteral("move-within")});
    QCOMPARE(v.chosenProcedures(),
             (QStringList{QStringLiteral("resident-certificate"), QStringLiteral("seal-certificate")}));
    QCOMPARE(v.procedureIds(), (QStringList{QStringLiteral("move-within"), QStringLiteral("resident-certificate"),
                                            QStringLiteral("seal-certificate")}));
    m_services->visit().cancel(QStringLiteral("test"));
}

void TestCounterVisits::codeBShowsTheVerifiedPhotoToTheClerkOnly() {
    openCounter(QStringLiteral("yamada-taro"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), m_screens->clerk()->identifyPage()->codeBEdit());
    type(m_screens->clerk()->identifyPage()->codeBEdit(), QStringLiteral("55021720352285"));
    key(Qt::Key_Return);
    waitForStep(Step::Match);
    QCOMPARE(m_services->visit().cardCheck().verdict, QStringLiteral("genuine"));
    ui::CardCheckPanel* panel = m_screens->clerk()->matchPage()->cardCheck();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->showsPhoto());
    QVERIFY(panel->verdictText().contains(QStringLiteral("真正")));
    QVERIFY(m_screens->resident()->findChildren<ui::FacePhotoView*>().isEmpty()); // never on the resident's screen
    QVERIFY(!m_screens->resident()->visibleText().contains(QStringLiteral("真正")));
    QVERIFY(auditActions().contains(QStringLiteral("card.authenticity")));
    shot(QStringLiteral("photo"));
    m_services->visit().cancel(QStringLiteral("test"));
    QVERIFY(m_services->visit().facePhoto().isNull());
    QVERIFY(!panel->showsPhoto() || !panel->isVisible());
}

void TestCounterVisits::copiedChipIsStoppedAtIdentify() {
    openCounter(QStringLiteral("cloned-chip"));
    key(Qt::Key_F3);
    waitForStep(Step::Identify); // numbered in the shared queue, on the worker
    key(Qt::Key_F5);
    QTRY_COMPARE(m_screens->resident()->pageName(), QStringLiteral("pin"));
    enterPin(QStringLiteral("3333"));
    QTRY_COMPARE(m_services->visit().cardCheck().verdict, QStringLiteral("copied_chip"));
    QCOMPARE(m_services->visit().step(), Step::Identify);
    QVERIFY(m_services->visit().cardFace().isEmpty());
    ui::CardCheckPanel* panel = m_screens->clerk()->identifyPage()->cardCheck();
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(panel->verdictText().contains(QStringLiteral("複製")));
    QVERIFY(!panel->showsPhoto());
    // The verdict's audit event is written by the counter's worker, after the panel can already show it.
    QTRY_VERIFY(auditActions().contains(QStringLiteral("card.authenticity")));
    QVERIFY(!auditActions().contains(QStringLiteral("card.read")));
    shot(QStringLiteral("copied-chip"));
}

QTEST_MAIN(TestCounterVisits)
#include "tst_countervisits.moc"

// A resident who made a pre-entry at the kiosk: when the counter calls the ticket, the visit holds the life event, the
// certificate, the answers and every typed field; the clerk types none of them, and the pre-entry is gone when the
// visit ends.
void TestCounterVisits::kioskPreEntryIsInTheVisit() {
    openCounter(QStringLiteral("yamada-taro"));
    ui::ClerkWindow* clerk = m_screens->clerk();
    const QString newAddress = QStringLiteral("東京都武蔵野市中町一丁目2番3号");
    {
        // What the kiosk's worker does: a ticket in the shared queue, the pre-entry sealed beside it.
        auto central = store::openCentral(m_settings->centralSqlitePath());
        QVERIFY2(central, qPrintable(central.outcome.detail));
        auto keys = privacy::KeyRing::load(m_settings->value(QStringLiteral("privacy/key_file")));
        QVERIFY(keys);
        const staff::Principal kiosk{QStringLiteral("K01"), QStringLiteral("kiosk"), domain::Role::Kiosk, true};
        queue::TicketQueue tickets(*central, m_clock, QStringLiteral("K01"));
        const auto ticket = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY2(ticket, qPrintable(ticket.outcome.detail));
        visit::PreEntry entry;
        entry.language = QStringLiteral("en");
        entry.lifeEventIds = {QStringLiteral("move-within")};
        entry.procedures = {QStringLiteral("resident-certificate")};
        entry.fields = {{QStringLiteral("new_address"), newAddress},
                        {QStringLiteral("move_date"), QStringLiteral("2026-11-20")},
                        {QStringLiteral("new_postal_code"), QStringLiteral("1800006")}};
        kiosk::PreEntryStore preEntries(*central, *keys, QStringLiteral("K01"));
        QVERIFY(preEntries.put(kiosk, ticket->id, entry));
        QCOMPARE(preEntries.count(), 1);
    }
    QTRY_COMPARE(clerk->waitingList()->count(), 1);
    key(Qt::Key_F2);
    waitForStep(Step::Identify);
    QTRY_VERIFY(m_services->visit().hasPreEntry());
    QCOMPARE(m_services->visit().language(), QStringLiteral("en"));
    key(Qt::Key_F5);
    enterPin(QStringLiteral("1234"));
    waitForStep(Step::Match);
    key(Qt::Key_F10);
    waitForStep(Step::Choose);
    visit::VisitWorkflow& visit = m_services->visit();
    QCOMPARE(visit.lifeEventIds(), QStringList{QStringLiteral("move-within")});
    QCOMPARE(visit.chosenProcedures(), QStringList{QStringLiteral("resident-certificate")});
    for (const visit::FollowUp& f : visit.followUps())
        if (f.decision == visit::FollowUp::Decision::Undecided)
            QVERIFY(visit.decideFollowUp(f.procedureId, false));
    key(Qt::Key_F10);
    waitForStep(Step::Forms);
    // The move's form holds what the resident typed at the kiosk, as typed values the clerk may still correct.
    bool moveForm = false;
    for (const visit::FormDraft& form : visit.forms()) {
        if (form.procedureId != QLatin1String("move-within"))
            continue;
        moveForm = true;
        const visit::FormField& address = form.fields.at(form.indexOf(QStringLiteral("new_address")));
        QCOMPARE(address.value, newAddress);
        QCOMPARE(address.source, visit::FieldSource::Typed);
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("move_date"))).value, QStringLiteral("2026-11-20"));
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("new_postal_code"))).value, QStringLiteral("180-0006"));
    }
    QVERIFY(moveForm);
    QVERIFY(auditActions().contains(QStringLiteral("pre_entry.loaded")));
    key(Qt::Key_F12, Qt::ShiftModifier); // the visit ends: its ticket is closed and the pre-entry deleted
    waitForStep(Step::Idle);
    QVERIFY(!m_services->visit().hasPreEntry());
    auto central = store::openCentral(m_settings->centralSqlitePath());
    QVERIFY(central);
    QTRY_COMPARE(central->scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries")).toInt(), 0);
}
