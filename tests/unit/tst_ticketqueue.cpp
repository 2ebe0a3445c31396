// The office's reception queue (queue::TicketQueue) on a real store: the embedded SQLite file here, a real
// PostgreSQL 15 when built as tst_ticketqueue_postgres (MADOGUCHI_QUEUE_ON_POSTGRES). Numbering per group, the
// order of calls, absent and back, dropped, transfers, the estimate from service times, the notice's role check,
// and 20 processes calling at once on a 500-ticket queue: every ticket called exactly once.
#include "Outcome.h"
#include "queue/CounterGroups.h"
#include "queue/TicketQueue.h"
#include "store/Schema.h"
#include "visit/VisitPorts.h"

#ifdef MADOGUCHI_QUEUE_ON_POSTGRES
#include "TestServices.h"
#endif

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace madoguchi;

namespace {
constexpr int kWorkers = 20;
constexpr int kTickets = 500;
const char* const kWorkerVariable = "MADOGUCHI_QUEUE_TEST_WORKER"; // location: run as one calling counter

class FixedClock final : public visit::Clock {
public:
    QDateTime at = QDateTime::currentDateTimeUtc();
    QDateTime now() const override { return at; }
};

QString numberOf(const Result<std::optional<queue::Ticket>>& called) {
    return called && called->has_value() ? (*called)->number : QString();
}

staff::Principal person(domain::Role role, const QString& login) {
    return {QStringLiteral("id-") + login, login, role, true};
}

Result<store::Connection> openStore(const QString& location) {
    Result<store::Connection> c = store::Connection::open(location);
    if (c) {
        const Outcome migrated = store::Migrations::migrate(*c, store::Schema::Central);
        if (!migrated)
            return Result<store::Connection>::refused(migrated);
    }
    return c;
}

// One counter pressing F2 until nobody waits; prints each number it got.
int runWorker(const QString& location, const QString& counter) {
    Result<store::Connection> central = store::Connection::open(location);
    if (!central)
        return 2;
    const visit::SystemClock clock;
    queue::TicketQueue tickets(*central, clock, counter);
    const staff::Principal clerk = person(domain::Role::Clerk, counter);
    QTextStream out(stdout);
    for (;;) {
        const Result<std::optional<queue::Ticket>> called = tickets.callNext(clerk, counter);
        if (!called) {
            QTextStream(stderr) << called.outcome.detail << Qt::endl;
            return 1;
        }
        if (!called->has_value())
            return 0;
        out << (*called)->number << Qt::endl;
    }
}
} // namespace

class TestTicketQueue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::optional<store::Connection> m_central;
    FixedClock m_clock;
    const staff::Principal m_clerk = person(domain::Role::Clerk, QStringLiteral("clerk1"));
    const staff::Principal m_supervisor = person(domain::Role::Supervisor, QStringLiteral("super1"));
    const staff::Principal m_kiosk = person(domain::Role::Kiosk, QStringLiteral("kiosk1"));

    std::unique_ptr<queue::TicketQueue> queueOf(queue::QueueRules rules = {}) {
        return std::make_unique<queue::TicketQueue>(*m_central, m_clock, QStringLiteral("t01"), rules);
    }

    QString freshLocation(const QString& name) {
#ifdef MADOGUCHI_QUEUE_ON_POSTGRES
        Result<store::Connection> admin = store::Connection::openPostgres(test::TestServices::postgresUrl());
        if (!admin || !admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) ||
            !admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        const QString url = test::TestServices::postgresUrl();
        return url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + name;
#else
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
#endif
    }

    void reset(const QString& name) {
        m_central.reset();
        m_location = freshLocation(name);
        QVERIFY(!m_location.isEmpty());
        Result<store::Connection> opened = openStore(m_location);
        QVERIFY2(opened, qPrintable(opened.outcome.detail));
        m_central.emplace(std::move(*opened.value));
        m_clock.at = QDateTime::currentDateTimeUtc();
    }

private Q_SLOTS:
    void initTestCase() {
#ifdef MADOGUCHI_QUEUE_ON_POSTGRES
        QVERIFY2(test::TestServices::hasPostgres(), "must run through with-services.sh --postgres");
#endif
        QVERIFY(m_dir.isValid());
        QVERIFY2(!queue::counterGroups().isEmpty(), "resources/queue/groups.json must list the counter groups");
    }

    void everyGroupNumbersItsOwnTicketsForTheDay() {
        reset(QStringLiteral("queue_numbers"));
        auto tickets = queueOf();
        QSet<QString> prefixes;
        for (const queue::CounterGroup& group : queue::counterGroups()) {
            QVERIFY2(!prefixes.contains(group.prefix), qPrintable(group.id));
            prefixes.insert(group.prefix);
            QVERIFY(!group.name.in(QStringLiteral("en")).isEmpty());
            for (int n = 1; n <= 3; ++n) {
                const Result<queue::Ticket> t = tickets->issue(m_kiosk, group.id, QStringLiteral("kiosk"));
                QVERIFY2(t, qPrintable(t.outcome.detail));
                QCOMPARE(t->number, QStringLiteral("%1-%2").arg(group.prefix).arg(n, 3, 10, QLatin1Char('0')));
                QCOMPARE(t->state, QStringLiteral("waiting"));
                QCOMPARE(t->groupId, group.id);
            }
        }
        QVERIFY(!tickets->issue(m_clerk, QStringLiteral("no-such-group"), QStringLiteral("clerk")));
        QVERIFY(!tickets->issue(m_clerk, queue::counterGroups().first().id, QStringLiteral("phone")));
        QVERIFY(!tickets->issue(staff::Principal{}, queue::counterGroups().first().id, QStringLiteral("clerk")));
        const Result<QList<queue::Ticket>> all = tickets->list(tickets->today());
        QVERIFY(all);
        QCOMPARE(all->size(), 3 * queue::counterGroups().size());
        // Every issue left its state-change row.
        QCOMPARE(m_central->scalar(QStringLiteral("SELECT count(*) FROM queue_events WHERE state = 'issued'")).toInt(),
                 all->size());
    }

    void callsTheLongestWaitingOfTheCountersGroups() {
        reset(QStringLiteral("queue_order"));
        auto tickets = queueOf();
        const QList<queue::CounterGroup>& groups = queue::counterGroups();
        QVERIFY(groups.size() >= 2);
        QStringList issued;
        for (int round = 0; round < 2; ++round) {
            for (const queue::CounterGroup& group : groups) {
                m_clock.at = m_clock.at.addSecs(1);
                issued.append(tickets->issue(m_clerk, group.id, QStringLiteral("clerk"))->number);
            }
        }
        // The kiosk may issue but never call.
        QVERIFY(!tickets->callNext(m_kiosk, QStringLiteral("1")));
        // A counter serving only the second group gets that group's tickets, oldest first.
        const Result<std::optional<queue::Ticket>> second =
            tickets->callNext(m_clerk, QStringLiteral("2"), {groups.at(1).id});
        QVERIFY(second && second->has_value());
        QCOMPARE((*second)->number, issued.at(1));
        QCOMPARE((*second)->state, QStringLiteral("called"));
        QCOMPARE((*second)->counter, QStringLiteral("2"));
        // A counter serving everything gets the rest in the order they were issued.
        QStringList rest;
        for (;;) {
            const Result<std::optional<queue::Ticket>> next = tickets->callNext(m_clerk, QStringLiteral("1"));
            QVERIFY(next);
            if (!next->has_value())
                break;
            rest.append((*next)->number);
        }
        QStringList expected = issued;
        expected.removeAt(1);
        QCOMPARE(rest, expected);
    }

    void absentComesBackAfterTheRuleThenIsDropped() {
        reset(QStringLiteral("queue_absent"));
        queue::QueueRules rules;
        rules.absentMinutes = 5;
        rules.absentLimit = 2;
        auto tickets = queueOf(rules);
        const QString group = queue::counterGroups().first().id;
        const QString first = tickets->issue(m_clerk, group, QStringLiteral("clerk"))->number;
        m_clock.at = m_clock.at.addSecs(1);
        const QString second = tickets->issue(m_clerk, group, QStringLiteral("clerk"))->number;
        QCOMPARE(numberOf(tickets->callNext(m_clerk, QStringLiteral("1"))), first);
        // Only a called ticket can be absent; a waiting one is refused.
        QVERIFY(!tickets->markAbsent(m_clerk, second, QStringLiteral("1")));
        const Result<queue::Ticket> absent = tickets->markAbsent(m_clerk, first, QStringLiteral("1"));
        QVERIFY2(absent, qPrintable(absent.outcome.detail));
        QCOMPARE(absent->state, QStringLiteral("absent"));
        // Within the five minutes the next one is called, then nobody until the absent ticket is back in line.
        m_clock.at = m_clock.at.addSecs(60);
        QCOMPARE(numberOf(tickets->callNext(m_clerk, QStringLiteral("1"))), second);
        QVERIFY(!tickets->callNext(m_clerk, QStringLiteral("1"))->has_value());
        m_clock.at = m_clock.at.addSecs(5 * 60);
        const Result<std::optional<queue::Ticket>> back = tickets->callNext(m_clerk, QStringLiteral("3"));
        QVERIFY(back && back->has_value());
        QCOMPARE((*back)->number, first);
        QCOMPARE((*back)->counter, QStringLiteral("3"));
        // Absent a second time: dropped, never called again.
        const Result<queue::Ticket> dropped = tickets->markAbsent(m_clerk, first, QStringLiteral("3"));
        QVERIFY(dropped);
        QCOMPARE(dropped->state, QStringLiteral("dropped"));
        m_clock.at = m_clock.at.addSecs(60 * 60);
        QVERIFY(!tickets->callNext(m_clerk, QStringLiteral("1"))->has_value());
        QCOMPARE(m_central
                     ->scalar(QStringLiteral("SELECT count(*) FROM queue_events e JOIN queue_tickets t ON t.id = "
                                             "e.ticket_id WHERE t.number = ?"),
                              {first})
                     .toInt(),
                 5); // issued, called, absent, called, dropped
    }

    void transferKeepsTheTicketsPlaceAndCanNameOneCounter() {
        reset(QStringLiteral("queue_transfer"));
        auto tickets = queueOf();
        const QString from = queue::counterGroups().at(0).id;
        const QString to = queue::counterGroups().at(1).id;
        const QString moved = tickets->issue(m_clerk, from, QStringLiteral("clerk"))->number;
        m_clock.at = m_clock.at.addSecs(10);
        const QString later = tickets->issue(m_clerk, to, QStringLiteral("clerk"))->number;
        QCOMPARE(numberOf(tickets->callNext(m_clerk, QStringLiteral("1"), {from})), moved);
        QVERIFY(!tickets->transfer(m_clerk, moved, QStringLiteral("1"), QStringLiteral("nowhere"), {}));
        QVERIFY(!tickets->transfer(m_clerk, moved, QStringLiteral("1"), {}, {}));
        const Result<queue::Ticket> transferred =
            tickets->transfer(m_clerk, moved, QStringLiteral("1"), to, QStringLiteral("7"));
        QVERIFY2(transferred, qPrintable(transferred.outcome.detail));
        QCOMPARE(transferred->state, QStringLiteral("waiting"));
        QCOMPARE(transferred->groupId, to);
        // Counter 8 of the new group does not get it (it is for counter 7), counter 7 gets it before the later one.
        QCOMPARE(numberOf(tickets->callNext(m_clerk, QStringLiteral("8"), {to})), later);
        const Result<std::optional<queue::Ticket>> seven = tickets->callNext(m_clerk, QStringLiteral("7"), {to});
        QVERIFY(seven && seven->has_value());
        QCOMPARE((*seven)->number, moved);
        // Recall keeps it called at the counter; serve and done end it; a done ticket cannot be recalled.
        QCOMPARE(tickets->recall(m_clerk, moved, QStringLiteral("7"))->state, QStringLiteral("called"));
        QCOMPARE(tickets->serve(m_clerk, moved, QStringLiteral("7"))->state, QStringLiteral("serving"));
        QCOMPARE(tickets->finish(m_clerk, moved, QStringLiteral("7"))->state, QStringLiteral("done"));
        QVERIFY(!tickets->recall(m_clerk, moved, QStringLiteral("7")));
        QVERIFY(!tickets->recall(m_clerk, QStringLiteral("Z-999"), QStringLiteral("7")));
        // A resident numbered at the counter (F3): issued, then called there at once; only a waiting one.
        const QString walkIn = tickets->issue(m_clerk, from, QStringLiteral("clerk"))->number;
        QVERIFY(!tickets->call(m_kiosk, walkIn, QStringLiteral("5")));
        const Result<queue::Ticket> direct = tickets->call(m_clerk, walkIn, QStringLiteral("5"));
        QVERIFY(direct);
        QCOMPARE(direct->state, QStringLiteral("called"));
        QCOMPARE(direct->counter, QStringLiteral("5"));
        QVERIFY(!tickets->call(m_clerk, walkIn, QStringLiteral("6")));
        const QStringList states = [&] {
            QStringList s;
            QSqlQuery q(m_central->db());
            q.prepare(QStringLiteral("SELECT e.state FROM queue_events e JOIN queue_tickets t ON t.id = e.ticket_id "
                                     "WHERE t.number = ? ORDER BY e.seq"));
            q.addBindValue(moved);
            q.exec();
            while (q.next())
                s.append(q.value(0).toString());
            return s;
        }();
        QCOMPARE(states,
                 QStringLiteral("issued called transferred called recalled serving done").split(QLatin1Char(' ')));
    }

    void estimateComesFromRecentServiceTimes() {
        reset(QStringLiteral("queue_estimate"));
        auto tickets = queueOf();
        for (const queue::CounterGroup& group : queue::counterGroups()) {
            // Before any service: the group's default service time per waiting ticket, one counter.
            for (int n = 0; n < 4; ++n)
                QVERIFY(tickets->issue(m_kiosk, group.id, QStringLiteral("kiosk")));
            const Result<QList<queue::GroupWaiting>> before = tickets->waitingByGroup(tickets->today());
            QVERIFY(before);
            for (const queue::GroupWaiting& w : *before) {
                if (w.groupId == group.id) {
                    QCOMPARE(w.waiting, 4);
                    QCOMPARE(w.estimatedMinutes, 4 * group.defaultServiceMinutes);
                }
            }
            // Two services of 3 minutes at two counters: 2 waiting × 3 min / 2 counters = 3 minutes.
            for (const QString& counter : {QStringLiteral("1"), QStringLiteral("2")}) {
                const Result<std::optional<queue::Ticket>> t = tickets->callNext(m_clerk, counter, {group.id});
                QVERIFY(t && t->has_value());
                m_clock.at = m_clock.at.addSecs(180);
                QVERIFY(tickets->finish(m_clerk, (*t)->number, counter));
                m_clock.at = m_clock.at.addSecs(-180);
            }
            m_clock.at = m_clock.at.addSecs(180);
            const Result<QList<queue::GroupWaiting>> after = tickets->waitingByGroup(tickets->today());
            QVERIFY(after);
            bool seen = false;
            for (const queue::GroupWaiting& w : *after) {
                if (w.groupId == group.id) {
                    seen = true;
                    QCOMPARE(w.waiting, 2);
                    QCOMPARE(w.estimatedMinutes, 3);
                }
            }
            QVERIFY(seen);
        }
    }

    void noticeIsTheSupervisorsAndChangesTheMark() {
        reset(QStringLiteral("queue_notice"));
        auto tickets = queueOf();
        QCOMPARE(*tickets->notice(), QString());
        const qint64 before = tickets->changeMark();
        QVERIFY(!tickets->setNotice(m_clerk, QStringLiteral("本日は閉庁します")));
        QVERIFY(!tickets->setNotice(m_kiosk, QStringLiteral("本日は閉庁します")));
        QVERIFY(!tickets->setNotice(m_supervisor, QStringLiteral("  ")));
        QVERIFY(tickets->setNotice(m_supervisor, QStringLiteral("本日は閉庁します")));
        QCOMPARE(*tickets->notice(), QStringLiteral("本日は閉庁します"));
        const qint64 set = tickets->changeMark();
        QVERIFY(set > before);
        QVERIFY(!tickets->clearNotice(m_clerk));
        QVERIFY(tickets->clearNotice(m_supervisor));
        QCOMPARE(*tickets->notice(), QString());
        QVERIFY(tickets->changeMark() > set);
    }

    void twentyCountersCallFiveHundredTicketsEachExactlyOnce() {
        reset(QStringLiteral("queue_concurrent"));
        auto tickets = queueOf();
        const QList<queue::CounterGroup>& groups = queue::counterGroups();
        QSet<QString> issued;
        for (int n = 0; n < kTickets; ++n) {
            const Result<queue::Ticket> t =
                tickets->issue(m_kiosk, groups.at(n % groups.size()).id, QStringLiteral("kiosk"));
            QVERIFY2(t, qPrintable(t.outcome.detail));
            issued.insert(t->number);
        }
        QCOMPARE(issued.size(), kTickets);
        m_central.reset(); // the workers are other processes; this one holds no lock
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < kWorkers; ++w) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kWorkerVariable), m_location);
            process->setProcessEnvironment(env);
            process->setProcessChannelMode(QProcess::SeparateChannels);
            workers.push_back(std::move(process));
        }
        // All start before any calls: the calls overlap.
        for (int w = 0; w < kWorkers; ++w)
            workers[w]->start(QCoreApplication::applicationFilePath(), {QStringLiteral("counter-%1").arg(w + 1)});
        QHash<QString, int> calledBy;
        int countersThatCalled = 0;
        for (int w = 0; w < kWorkers; ++w) {
            QProcess& p = *workers[w];
            QVERIFY(p.waitForFinished(240000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                     qPrintable(QString::fromUtf8(p.readAllStandardError())));
            const QStringList numbers =
                QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            countersThatCalled += numbers.isEmpty() ? 0 : 1;
            for (const QString& number : numbers) {
                QVERIFY2(!calledBy.contains(number), qPrintable(number + QStringLiteral(" called twice")));
                calledBy.insert(number, w);
            }
        }
        QCOMPARE(calledBy.size(), kTickets); // none lost
        QCOMPARE(QSet<QString>(calledBy.keyBegin(), calledBy.keyEnd()), issued);
        QVERIFY2(countersThatCalled > 1, "the counters did not overlap");
        Result<store::Connection> check = store::Connection::open(m_location);
        QVERIFY(check);
        QCOMPARE(check->scalar(QStringLiteral("SELECT count(*) FROM queue_tickets WHERE state = 'called'")).toInt(),
                 kTickets);
        QCOMPARE(check->scalar(QStringLiteral("SELECT count(*) FROM queue_events WHERE state = 'called'")).toInt(),
                 kTickets);
    }
};

int main(int argc, char** argv) {
    const QString worker = qEnvironmentVariable(kWorkerVariable);
    if (!worker.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runWorker(worker, app.arguments().value(1));
    }
    QCoreApplication app(argc, argv);
    TestTicketQueue test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ticketqueue.moc"
