// with-services: postgres
// The supervisor screen's queries over a month at the centre: 30 office-days of 5,479 visits (20 terminals), each with
// a procedure, a certificate, a payment and a reception ticket with its queue events, generated server-side. The day's
// board (supervisor::dayBoard, what the day table shows, its reading audited in a local SQLite store), the poll's
// fingerprint, and the KPIs of the month (supervisor::kpis) per day and per hour. Goals (issue 10): the office-day
// opened ≤ 300 ms, KPIs ≤ 200 ms (docs/benchmarks.md).
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "supervisor/DayBoard.h"
#include "supervisor/Kpis.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <optional>

using namespace madoguchi;

namespace {
constexpr int kDays = 30;
constexpr int kPerDay = 5479;
constexpr int kTerminals = 20;
const QDate kFirstDay(2026, 4, 1);

const staff::Principal kBoss{QStringLiteral("boss-id"), QStringLiteral("boss"), domain::Role::Supervisor, true};

const store::Connection& central() {
    static store::Connection c = [] {
        Result<store::Connection> opened =
            store::Connection::openPostgres(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!opened)
            qFatal("no PostgreSQL: run through tests/bench/run.sh");
        store::Migrations::migrate(*opened, store::Schema::Central);
        const store::Connection& db = *opened;
        const int visits = kDays * kPerDay;
        if (db.scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() < visits) {
            const auto run = [&](const QString& sql) {
                QString detail;
                if (!db.exec(sql, {}, &detail))
                    qFatal("set-up failed: %s", qPrintable(detail));
            };
            // Visit g: day g / kPerDay, terminal g % kTerminals, received 08:30 + (g % kPerDay) * 5 s, 6 minutes long.
            run(QStringLiteral(
                    "INSERT INTO visits (id, terminal_id, reception_number, channel, language, staff_id, resident_id, "
                    "business_date, received_at, completed_at, card_verdict) "
                    "SELECT 'v' || g, 'T' || lpad((g % %1)::text, 2, '0'), 'A' || lpad((g % %2)::text, 4, '0'), "
                    "CASE WHEN g % 10 = 0 THEN 'kiosk' ELSE 'counter' END, 'ja', 'clerk' || (g % 40), "
                    "'R' || (g % 90000), to_char(DATE '%3' + g / %2, 'YYYY-MM-DD'), "
                    "to_char(DATE '%3' + g / %2 + interval '8.5 hours' + (g % %2) * interval '5 seconds', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), "
                    "to_char(DATE '%3' + g / %2 + interval '8.6 hours' + (g % %2) * interval '5 seconds', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), CASE WHEN g % 3 = 0 THEN NULL ELSE 'genuine' END "
                    "FROM generate_series(0, %4 - 1) g")
                    .arg(kTerminals)
                    .arg(kPerDay)
                    .arg(kFirstDay.toString(Qt::ISODate))
                    .arg(visits));
            run(QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, updated_at) "
                               "SELECT 'clerk' || g, 'clerk' || g, '職員' || g, 'clerk', 'x', '2026-04-01' "
                               "FROM generate_series(0, 39) g"));
            run(QStringLiteral("INSERT INTO procedure_requests (id, visit_id, procedure_id, form_data, status, "
                               "created_at) SELECT 'r' || v.id, v.id, 'juminhyo', '{}', 'completed', v.received_at "
                               "FROM visits v"));
            run(QStringLiteral(
                "INSERT INTO issued_documents (id, serial, visit_id, document_type, resident_id, copies, "
                "fee, content_digest, verification_code, issued_at, business_date) "
                "SELECT 'd' || v.id, v.terminal_id || '-' || v.id, v.id, 'juminhyo', v.resident_id, 1, 300, 'x', "
                "'C-' || v.id, v.received_at, v.business_date FROM visits v"));
            run(QStringLiteral("INSERT INTO payments (id, visit_id, amount, method, paid_at, business_date) "
                               "SELECT 'p' || v.id, v.id, 300, CASE WHEN v.id LIKE '%7' THEN 'qr' ELSE 'cash' END, "
                               "v.received_at, v.business_date FROM visits v"));
            // A ticket per visit, issued 4 minutes before the call; issued, called, done events.
            run(QStringLiteral(
                "INSERT INTO queue_tickets (id, business_date, number, group_id, source, state, terminal_id, "
                "issued_at, queued_at) SELECT 't' || v.id, v.business_date, v.reception_number, 'certificates', "
                "'kiosk', 'done', v.terminal_id, "
                "to_char(v.received_at::timestamp - interval '4 minutes', 'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), "
                "v.received_at FROM visits v"));
            run(QStringLiteral(
                "INSERT INTO queue_events (ticket_id, business_date, group_id, state, terminal_id, at) "
                "SELECT t.id, t.business_date, t.group_id, s.state, t.terminal_id, CASE s.state WHEN 'issued' THEN "
                "t.issued_at WHEN 'called' THEN t.queued_at ELSE to_char(t.queued_at::timestamp + interval '6 "
                "minutes', 'YYYY-MM-DD\"T\"HH24:MI:SS.000Z') END FROM queue_tickets t CROSS JOIN (VALUES "
                "('issued'), ('called'), ('done')) s(state)"));
            run(QStringLiteral("ANALYZE"));
        }
        return std::move(*opened.value);
    }();
    return c;
}

struct Local {
    QTemporaryDir dir;
    std::optional<privacy::KeyRing> keys;
    store::Connection store;
    Local() {
        auto k = privacy::KeyRing::load(dir.filePath(QStringLiteral("office.key")));
        auto s = store::Connection::openSqlite(dir.filePath(QStringLiteral("supervisor.sqlite")));
        if (!k || !s || !store::Migrations::migrate(*s, store::Schema::Local))
            qFatal("local store");
        keys.emplace(std::move(*k.value));
        store = std::move(*s.value);
    }
};

Local& local() {
    static Local l;
    return l;
}

void BM_DayBoardOfficeDay(benchmark::State& state) {
    const store::Connection& c = central();
    Local& l = local();
    int day = 0;
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto board =
            supervisor::dayBoard(l.store, c, *l.keys, QStringLiteral("S01"), kBoss, kFirstDay.addDays(day++ % kDays));
        if (!board || board->isEmpty())
            state.SkipWithError("no visits");
        rows = board->size();
    }
    state.counters["visits"] = static_cast<double>(rows);
}

void BM_DayFingerprint(benchmark::State& state) {
    const store::Connection& c = central();
    int day = 0;
    for (auto _ : state) {
        if (!supervisor::dayFingerprint(c, kBoss, kFirstDay.addDays(day++ % kDays)))
            state.SkipWithError("no fingerprint");
    }
}

void BM_KpisMonth(benchmark::State& state) {
    const store::Connection& c = central();
    const auto bucket = supervisor::KpiBucket(state.range(0));
    qint64 visits = 0;
    for (auto _ : state) {
        const auto k = supervisor::kpis(c, kBoss, kFirstDay, kFirstDay.addDays(kDays - 1), bucket);
        if (!k)
            state.SkipWithError("no kpis");
        visits = k->visits;
    }
    state.counters["visits"] = static_cast<double>(visits);
}
} // namespace

BENCHMARK(BM_DayBoardOfficeDay)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DayFingerprint)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisMonth)
    ->Arg(int(supervisor::KpiBucket::Day))
    ->Arg(int(supervisor::KpiBucket::Hour))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
