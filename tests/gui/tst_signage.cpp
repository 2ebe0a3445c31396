// The lobby display (--mode signage) on a real store: the embedded SQLite central file here, a real PostgreSQL 15
// when built as tst_signage_postgres (MADOGUCHI_SIGNAGE_ON_POSTGRES, LISTEN/NOTIFY). A call made through the core or
// by another process appears, the last called and the waiting per group are shown for every group, the notice takes
// over the screen, no input changes anything, the accessibility walk and the contrast check pass in every resident
// language's third line, and with the centre away the display keeps the last state and says so.
#include "Outcome.h"
#include "ScreenChecks.h"
#include "SpeechEngine.h"
#include "counter/ResidentLanguages.h"
#include "queue/CounterGroups.h"
#include "queue/LobbyWatch.h"
#include "queue/TicketQueue.h"
#include "signage/SignageAnnouncer.h"
#include "signage/SignageWindow.h"
#include "store/Schema.h"
#include "visit/VisitPorts.h"

#ifdef MADOGUCHI_SIGNAGE_ON_POSTGRES
#include "TestServices.h"
#endif

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

#include <optional>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace madoguchi;

namespace {
const char* const kWorkerVariable = "MADOGUCHI_SIGNAGE_TEST_WORKER"; // central location: run as a calling counter

staff::Principal person(domain::Role role, const QString& login) {
    return {QStringLiteral("id-") + login, login, role, true};
}

// Another process: issues a ticket in `group`, calls it at `counter`, prints "<number> <ms since epoch at commit>".
int runWorker(const QString& location, const QString& group, const QString& counter) {
    Result<store::Connection> central = store::Connection::open(location);
    if (!central)
        return 2;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, QStringLiteral("worker"));
    const Result<queue::Ticket> issued =
        tickets.issue(person(domain::Role::Clerk, QStringLiteral("w")), group, QStringLiteral("kiosk"));
    if (!issued)
        return 3;
    const Result<queue::Ticket> called =
        tickets.call(person(domain::Role::Clerk, QStringLiteral("w")), issued->number, counter);
    if (!called)
        return 4;
    QTextStream(stdout) << called->number << ' ' << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
    return 0;
}
} // namespace

class TestSignage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::optional<store::Connection> m_central;
    visit::SystemClock m_clock;
    std::unique_ptr<queue::TicketQueue> m_queue;
    std::unique_ptr<counter::ResidentLanguages> m_languages;
    std::unique_ptr<queue::LobbyWatch> m_watch;
    std::unique_ptr<ui::SignageWindow> m_window;
    const staff::Principal m_clerk = person(domain::Role::Clerk, QStringLiteral("clerk1"));
    const staff::Principal m_supervisor = person(domain::Role::Supervisor, QStringLiteral("super1"));
    const staff::Principal m_kiosk = person(domain::Role::Kiosk, QStringLiteral("kiosk1"));

    QString issueAndCall(const QString& group, const QString& counter) {
        const Result<queue::Ticket> t = m_queue->issue(m_kiosk, group, QStringLiteral("kiosk"));
        if (!t)
            return {};
        const Result<queue::Ticket> c = m_queue->call(m_clerk, t->number, counter);
        return c ? c->number : QString();
    }

    QString label(const char* name) const {
        auto* l = m_window->findChild<QLabel*>(QLatin1String(name));
        return l ? l->text() : QString();
    }

    void screenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    // Runs this test binary as another process that issues and calls one ticket; its number and commit time.
    std::pair<QString, qint64> callFromAnotherProcess(const QString& group, const QString& counter) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kWorkerVariable), m_location);
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {group, counter});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        const QStringList out = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        return {out.value(0), out.value(1).toLongLong()};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!queue::counterGroups().isEmpty(), "resources/queue/groups.json must list the counter groups");
#ifdef MADOGUCHI_SIGNAGE_ON_POSTGRES
        QVERIFY2(test::TestServices::hasPostgres(), "must run through with-services.sh --postgres");
        m_location = test::TestServices::postgresUrl();
#else
        m_location = m_dir.filePath(QStringLiteral("central.sqlite"));
#endif
        Result<store::Connection> opened = store::Connection::open(m_location);
        QVERIFY2(opened, qPrintable(opened.outcome.detail));
        const Outcome migrated = store::Migrations::migrate(*opened, store::Schema::Central);
        QVERIFY2(migrated, qPrintable(migrated.detail));
        m_central.emplace(std::move(*opened.value));
        m_queue = std::make_unique<queue::TicketQueue>(*m_central, m_clock, QStringLiteral("t01"));

        m_languages = std::make_unique<counter::ResidentLanguages>();
        QVERIFY(m_languages->available().size() >= 12);
        queue::LobbyWatch::Options options;
        options.centralLocation = m_location;
        options.reconnectMs = 500;
        m_watch = std::make_unique<queue::LobbyWatch>(options);
        m_window = std::make_unique<ui::SignageWindow>(*m_languages);
        connect(m_watch.get(), &queue::LobbyWatch::changed, m_window.get(), &ui::SignageWindow::showState);
        connect(m_watch.get(), &queue::LobbyWatch::called, m_window.get(), &ui::SignageWindow::highlight);
        m_window->resize(1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_watch->state().reachable, 10000);
#ifdef MADOGUCHI_SIGNAGE_ON_POSTGRES
        QVERIFY2(m_watch->state().listening, "the display must LISTEN on the queue's channel");
#endif
        QVERIFY(m_window->callingNumbers().isEmpty());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("nobodyCalled"))->isVisible());
    }

    void aCallThroughTheCoreAppearsAndIsAnnounced() {
        QSignalSpy calls(m_watch.get(), &queue::LobbyWatch::called);
        const QString number = issueAndCall(queue::counterGroups().first().id, QStringLiteral("3"));
        QVERIFY(!number.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), number, 5000);
        QCOMPARE(m_window->callingCounters().value(0), QStringLiteral("3"));
        QTRY_COMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).at(0).value<queue::LobbyCall>().number, number);
        QCOMPARE(calls.at(0).at(0).value<queue::LobbyCall>().counter, QStringLiteral("3"));
        // In both languages, big, and standing out as new.
        QCOMPARE(label("callCounterJa0"), QStringLiteral("窓口 3"));
        QCOMPARE(label("callCounterEn0"), QStringLiteral("Counter 3"));
        QCOMPARE(m_window->findChild<QWidget*>(QStringLiteral("callCard"))->property("fresh").toBool(), true);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("callNumber0"))->font().pixelSize() >= 96);
        screenshot(QStringLiteral("signage-1920x1080-call"));
    }

    void aCallByAnotherProcessAppearsWithinASecond() {
        const QString group = queue::counterGroups().last().id;
        QSignalSpy shown(m_window.get(), &ui::SignageWindow::stateShown);
        const auto [number, committedAt] = callFromAnotherProcess(group, QStringLiteral("7"));
        QVERIFY2(!number.isEmpty(), "the other process could not call a ticket");
        // Functional bound from the issue (≤ 1 s after F2); the latency figures are in tests/bench.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), number, 5000);
        const qint64 latency = QDateTime::currentMSecsSinceEpoch() - committedAt;
        qInfo() << "shown" << latency << "ms after the other process committed";
        QVERIFY2(latency <= 1000, qPrintable(QStringLiteral("%1 ms").arg(latency)));
        QCOMPARE(m_window->callingCounters().value(0), QStringLiteral("7"));
    }

    void theLastCalledAndOneNumberPerCounter() {
        // Counter 3 calls again: its earlier number moves to the last called.
        const QString first = m_window->callingNumbers().value(1);
        QCOMPARE(m_window->callingCounters().value(1), QStringLiteral("3"));
        QStringList made;
        for (int i = 0; i < 6; ++i)
            made.prepend(issueAndCall(queue::counterGroups().at(i % queue::counterGroups().size()).id,
                                      QStringLiteral("%1").arg(i % 3 + 1)));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), made.first(), 5000);
        // Counters 1, 2, 3 (their latest) and 7.
        QCOMPARE(m_window->callingNumbers().size(), 4);
        QCOMPARE(m_window->callingNumbers().mid(0, 3), made.mid(0, 3));
        QCOMPARE(m_window->callingCounters(),
                 QStringList({QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("7")}));
        const QStringList recent = m_window->recentNumbers();
        QCOMPARE(recent.mid(0, 3), made.mid(3, 3)); // newest first
        QVERIFY2(recent.contains(first), qPrintable(recent.join(QLatin1Char(' '))));
        QVERIFY(!recent.contains(made.first()));
        // A recall is announced again.
        QSignalSpy calls(m_watch.get(), &queue::LobbyWatch::called);
        QVERIFY(m_queue->recall(m_clerk, made.at(1), QStringLiteral("2")));
        QTRY_COMPARE(calls.size(), 1);
        QVERIFY(calls.at(0).at(0).value<queue::LobbyCall>().recall);
        QCOMPARE(calls.at(0).at(0).value<queue::LobbyCall>().number, made.at(1));
    }

    void waitingAndEstimateForEveryGroup() {
        for (const queue::CounterGroup& group : queue::counterGroups()) {
            for (int i = 0; i < 2; ++i)
                QVERIFY(m_queue->issue(m_kiosk, group.id, QStringLiteral("kiosk")));
        }
        const Result<QList<queue::GroupWaiting>> waiting = m_queue->waitingByGroup(m_queue->today());
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), queue::counterGroups().size());
        for (const queue::GroupWaiting& w : *waiting) {
            QVERIFY(w.waiting >= 2);
            const QString ja = QStringLiteral("待ち %1人 ・ 約%2分").arg(w.waiting).arg(w.estimatedMinutes);
            QTRY_COMPARE_WITH_TIMEOUT(m_window->waitingText(w.groupId).section(QLatin1Char('\n'), 0, 0), ja, 5000);
            QCOMPARE(m_window->waitingText(w.groupId).section(QLatin1Char('\n'), 1),
                     QStringLiteral("%1 waiting ・ About %2 min").arg(w.waiting).arg(w.estimatedMinutes));
            const queue::CounterGroup* group = queue::findGroup(w.groupId);
            QCOMPARE(label(qPrintable(QStringLiteral("groupNameJa_") + w.groupId)),
                     group->name.in(QStringLiteral("ja")));
            QCOMPARE(label(qPrintable(QStringLiteral("groupNameEn_") + w.groupId)),
                     group->name.in(QStringLiteral("en")));
        }
    }

    void theNoticeTakesOverTheScreen() {
        QVERIFY(!m_window->noticeShown());
        const QString text = QStringLiteral("地震のため、本日の受付を終了しました。 Reception is closed today.");
        QVERIFY(m_queue->setNotice(m_supervisor, text));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->noticeShown(), 5000);
        QCOMPARE(m_window->noticeText(), text);
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("callCard"))->isVisible());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("noticeText"))->isVisible());
        QCOMPARE(label("noticeTitle"), QStringLiteral("お知らせ　/　Notice"));
        QVERIFY(test::unnamedControls(m_window.get()).isEmpty());
        QCOMPARE(test::lowContrast(m_window.get()), QStringList());
        screenshot(QStringLiteral("signage-1920x1080-notice"));
        m_window->resize(1280, 720);
        QTest::qWait(50);
        screenshot(QStringLiteral("signage-1280x720-notice"));
        m_window->resize(1920, 1080);
        QVERIFY(m_queue->clearNotice(m_supervisor));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->noticeShown(), 5000);
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("callCard"))->isVisible());
    }

    void noInputChangesAnything() {
        QCOMPARE(m_window->cursor().shape(), Qt::BlankCursor);
        const QStringList calling = m_window->callingNumbers();
        const QStringList recent = m_window->recentNumbers();
        QVERIFY(!calling.isEmpty());
        const QList<QWidget*> all = m_window->findChildren<QWidget*>();
        for (QWidget* w : all)
            QVERIFY2(w->focusPolicy() == Qt::NoFocus, qPrintable(w->objectName()));
        QWidget* card = m_window->findChild<QWidget*>(QStringLiteral("callCard"));
        for (int key : {int(Qt::Key_Escape), int(Qt::Key_Return), int(Qt::Key_Space), int(Qt::Key_F2), int(Qt::Key_Q),
                        int(Qt::Key_F4), int(Qt::Key_Tab), int(Qt::Key_1), int(Qt::Key_Delete)}) {
            for (Qt::KeyboardModifiers mods :
                 {Qt::KeyboardModifiers(Qt::NoModifier), Qt::KeyboardModifiers(Qt::ControlModifier),
                  Qt::KeyboardModifiers(Qt::AltModifier)})
                QTest::keyClick(m_window.get(), Qt::Key(key), mods);
        }
        for (QWidget* target : {static_cast<QWidget*>(m_window.get()), card}) {
            QTest::mouseClick(target, Qt::LeftButton);
            QTest::mouseDClick(target, Qt::LeftButton);
            QTest::mouseClick(target, Qt::RightButton);
        }
        // Closing from the window system (Alt+F4, a close button) is refused.
        m_window->windowHandle()->close();
        QTest::qWait(300);
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->callingNumbers(), calling);
        QCOMPARE(m_window->recentNumbers(), recent);
        QVERIFY(!m_window->noticeShown());
        QCOMPARE(QApplication::focusWidget(), nullptr);
    }

    void everyResidentLanguageOnTheThirdLine() {
        const QList<counter::ResidentLanguage> languages = m_languages->available();
        int seen = 0;
        for (int i = 0; i < languages.size(); ++i) {
            const QString code = m_window->secondLanguage();
            QVERIFY(code != QLatin1String("ja") && code != QLatin1String("en"));
            const QString shown = label("titleOther");
            QCOMPARE(shown, m_languages->text(code, "ResidentSignage", "Now calling"));
            QVERIFY2(shown != QLatin1String("Now calling"), qPrintable(code)); // translated
            QVERIFY(test::unnamedControls(m_window.get()).isEmpty());
            QCOMPARE(test::lowContrast(m_window.get()), QStringList());
            if (code == QLatin1String("ne") || code == QLatin1String("zh_CN"))
                screenshot(QStringLiteral("signage-1920x1080-") + code);
            ++seen;
            m_window->rotateLanguage();
        }
        QCOMPARE(seen, languages.size());
        m_window->resize(1280, 720);
        QTest::qWait(50);
        QCOMPARE(test::lowContrast(m_window.get()), QStringList());
        screenshot(QStringLiteral("signage-1280x720-board"));
        m_window->resize(1920, 1080);
        QTest::qWait(50);
        screenshot(QStringLiteral("signage-1920x1080-board"));
    }

    void theCentreAwayKeepsTheLastStateAndSaysSo() {
        const QStringList calling = m_window->callingNumbers();
        QVERIFY(!m_window->staleShown());
#ifdef MADOGUCHI_SIGNAGE_ON_POSTGRES
        QVERIFY(test::TestServices::control({QStringLiteral("pg-stop")}));
#else
        // The embedded store's queue unreadable (a broken file would do the same).
        QVERIFY(m_central->exec(QStringLiteral("ALTER TABLE queue_events RENAME TO queue_events_away")));
#endif
        QTRY_VERIFY_WITH_TIMEOUT(m_window->staleShown(), 15000);
        QCOMPARE(m_window->callingNumbers(), calling);
        QVERIFY(!m_watch->state().reachable);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("staleBanner"))->isVisible());
        QCOMPARE(test::lowContrast(m_window.get()), QStringList());
        screenshot(QStringLiteral("signage-1920x1080-stale"));
        // The window still answers while the worker waits for the centre.
        QElapsedTimer answered;
        answered.start();
        QTest::qWait(10);
        QVERIFY(answered.elapsed() < 1000);
#ifdef MADOGUCHI_SIGNAGE_ON_POSTGRES
        QVERIFY(test::TestServices::control({QStringLiteral("pg-start")}));
        m_central.reset();
        Result<store::Connection> again = store::Connection::open(m_location);
        QVERIFY(again);
        m_central.emplace(std::move(*again.value));
        m_queue = std::make_unique<queue::TicketQueue>(*m_central, m_clock, QStringLiteral("t01"));
#else
        QVERIFY(m_central->exec(QStringLiteral("ALTER TABLE queue_events_away RENAME TO queue_events")));
#endif
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->staleShown(), 20000);
        const QString number = issueAndCall(queue::counterGroups().first().id, QStringLiteral("9"));
        QVERIFY(!number.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), number, 5000);
    }

#ifndef MADOGUCHI_SIGNAGE_ON_POSTGRES
    // No such engine: logged once with the reason, and the calls go on appearing.
    void theDisplaySurvivesNoVoice() {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("speech: .*no-such-engine.*carries on")));
        ui::SignageAnnouncer announcer(*m_window, QStringLiteral("no-such-engine"), true, 5000);
        connect(m_watch.get(), &queue::LobbyWatch::called, &announcer, &ui::SignageAnnouncer::announce);
        QTRY_COMPARE_WITH_TIMEOUT(announcer.speech().status(), ui::SpeechEngine::Status::Unavailable, 10000);
        QVERIFY(!announcer.speech().problem().isEmpty());
        for (int i = 0; i < 2; ++i) {
            const QString number = issueAndCall(queue::counterGroups().first().id, QStringLiteral("5"));
            QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), number, 5000);
        }
        QTRY_COMPARE(announcer.asked().size(), 4); // asked, and refused at once
        QVERIFY(m_window->isVisible());
    }

    // speech-dispatcher that accepts and never answers (the trap that froze a window): the watchdog gives up on it,
    // the display goes on, and nothing waits on the window's thread.
    void aSpeechServerThatNeverAnswersFreezesNothing() {
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("speechd.sock")).toUtf8();
        // Listening, never accepting: a connection completes in the backlog and then hears nothing.
        const int silent = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
        QVERIFY(silent >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::copy(path.begin(), path.end(), address.sun_path);
        QCOMPARE(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(silent, 8), 0);
        const QByteArray saved = qgetenv("SPEECHD_ADDRESS");
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + path);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("speech: .*did not answer")));
        {
            ui::SignageAnnouncer announcer(*m_window, QStringLiteral("speechd"), false, 1500);
            connect(m_watch.get(), &queue::LobbyWatch::called, &announcer, &ui::SignageAnnouncer::announce);
            QElapsedTimer gaps;
            gaps.start();
            qint64 longest = 0;
            const QString number = issueAndCall(queue::counterGroups().first().id, QStringLiteral("6"));
            while (announcer.speech().status() == ui::SpeechEngine::Status::Starting && gaps.elapsed() < 10000) {
                QElapsedTimer one;
                one.start();
                QTest::qWait(20);
                longest = std::max(longest, one.elapsed());
            }
            QCOMPARE(announcer.speech().status(), ui::SpeechEngine::Status::Unavailable);
            QVERIFY2(longest < 1000, qPrintable(QStringLiteral("the window's thread stood still %1 ms").arg(longest)));
            QTRY_COMPARE_WITH_TIMEOUT(m_window->callingNumbers().value(0), number, 5000);
            // The engine's thread is let go (its connection closed) before the announcer waits for it.
            for (int held = ::accept(silent, nullptr, nullptr); held >= 0; held = ::accept(silent, nullptr, nullptr))
                ::close(held);
            ::close(silent);
        }
        qputenv("SPEECHD_ADDRESS", saved);
        if (saved.isEmpty())
            qunsetenv("SPEECHD_ADDRESS");
    }
#endif

    void cleanupTestCase() {
        m_watch.reset(); // the worker stops and closes its connection first
        m_window.reset();
    }
};

int main(int argc, char** argv) {
    if (const QString worker = qEnvironmentVariable(kWorkerVariable); !worker.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWorker(worker, app.arguments().value(1), app.arguments().value(2));
    }
    QApplication app(argc, argv);
    TestSignage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signage.moc"
