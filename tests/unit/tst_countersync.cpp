// The counter's sync runs off the window's thread: a central server that accepts the connection and never answers
// holds only the sync worker, and the window's event loop keeps turning (issue 9, D).
#include "counter/CounterSync.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace madoguchi;

class TestCounterSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void silentCentralNeverHoldsTheWindow() {
        // A listening socket that is never read: the kernel completes every handshake, the server never says a word.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(silent >= 0);
        auto closeSilent = qScopeGuard([silent] { ::close(silent); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QVERIFY(::bind(silent, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(silent, 16) == 0);
        socklen_t length = sizeof address;
        QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const int port = ntohs(address.sin_port);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString central =
            QStringLiteral("postgresql://t01@127.0.0.1:%1/central?sslmode=disable&connect_timeout=3").arg(port);
        const QThread* window = QThread::currentThread();
        QElapsedTimer roundTime;
        {
            counter::CounterSync sync(dir.filePath(QStringLiteral("terminal.sqlite")), central,
                                      sync::SyncOptions{QStringLiteral("T01"), 200, -1, 3});
            QVERIFY(sync.worker() != window);

            // A 20 ms tick on the window's thread: the longest gap between two ticks is how long the window froze.
            QElapsedTimer sinceTick;
            qint64 longestGap = 0;
            QTimer tick;
            tick.setInterval(20);
            connect(&tick, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
            roundTime.start();
            sinceTick.start();
            tick.start();
            QElapsedTimer call;
            call.start();
            sync.syncNow();
            QVERIFY2(call.elapsed() < 100, qPrintable(QString::number(call.elapsed())));

            // The round waits at the silent server for connect_timeout, then says the centre is away.
            QTRY_COMPARE_WITH_TIMEOUT(sync.rounds(), 1, 15000);
            tick.stop();
            QVERIFY(!sync.online());
            QVERIFY(!sync.lastProblem().isEmpty());
            QVERIFY2(roundTime.elapsed() >= 1500, "the round did not wait for the silent server");
            // Without the worker this gap is the whole connect_timeout (3 s): the window froze.
            QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("window froze for %1 ms").arg(longestGap)));
        }
    }

    void startedSyncGoesOnAndStopsCleanly() {
        // A timer left on the window's thread would be started and stopped from the worker: Qt warns, the test fails.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Tt]imer")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The embedded central store (a SQLite file): answered at once, the terminal goes online.
        counter::CounterSync sync(dir.filePath(QStringLiteral("terminal.sqlite")),
                                  dir.filePath(QStringLiteral("missing-dir/central.sqlite")),
                                  sync::SyncOptions{QStringLiteral("T01"), 200, -1, 3});
        sync.start(50, 200);
        QTRY_VERIFY_WITH_TIMEOUT(sync.rounds() >= 2, 10000); // timed rounds, on the worker
        sync.stop();
    } // destroyed with its timer on the worker: no "timers cannot be stopped from another thread"
};

QTEST_GUILESS_MAIN(TestCounterSync)
#include "tst_countersync.moc"
