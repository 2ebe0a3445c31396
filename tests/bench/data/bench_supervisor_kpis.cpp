// with-services: postgres
// The supervisor's KPIs from the rollups (central v16) over a fiscal year of visits at the centre: visits, requests,
// reception tickets and their queue events generated server-side with generate_series and inserted one month per
// statement (nothing is copied into the rollups). Then supervisor::kpis() for a month and for the year, per hour, day
// and month, for the whole city (the owner: every office's rows) and for one office's supervisor login role (row-level
// security); the scan of a month for comparison. The first six months are loaded before the rollups exist and counted
// by the migration step (central v16), the last six go through the insert triggers. Goal (issue 10): ≤ 200 ms each over
// 20 M visits. MADOGUCHI_BENCH_KPI_VISITS sets the number of visits (default 2,000,000; docs/benchmarks.md says what
// was measured).
#include "central/CentralSetup.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "supervisor/Kpis.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace madoguchi;

namespace {
constexpr int kOffices = 10;
constexpr int kTerminals = 40; // 4 per office
const QDate kFirstDay(2025, 4, 1);
constexpr int kDays = 365;

const staff::Principal kBoss{QStringLiteral("boss-id"), QStringLiteral("boss"), domain::Role::Supervisor, true};

qint64 visitCount() {
    const qint64 wanted = qEnvironmentVariableIntValue("MADOGUCHI_BENCH_KPI_VISITS");
    return wanted > 0 ? wanted : 2000000;
}

void run(const store::Connection& db, const QString& sql) {
    QString detail;
    if (!db.exec(sql, {}, &detail))
        qFatal("set-up failed: %s", qPrintable(detail));
}

const store::Connection& central() {
    static store::Connection c = [] {
        Result<store::Connection> opened =
            store::Connection::openPostgres(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!opened)
            qFatal("no PostgreSQL: run through tests/bench/run.sh");
        const store::Connection& db = *opened;
        const qint64 visits = visitCount();
        if (store::Migrations::currentVersion(db) == 0) {
            // The first half of the year is there before the rollups (central v16 counts it when it is applied), the
            // second half arrives through the insert triggers.
            if (!store::Migrations::migrate(db, store::Schema::Central, 15))
                qFatal("migration to 15");
            QElapsedTimer timer;
            timer.start();
            run(db,
                QStringLiteral("CREATE TABLE madoguchi_db_roles (db_role TEXT PRIMARY KEY, kind TEXT NOT NULL "
                               "CHECK (kind IN ('terminal', 'supervisor')), office_code TEXT NOT NULL, "
                               "terminal_id TEXT UNIQUE, CHECK ((kind = 'terminal') = (terminal_id IS NOT NULL)))"));
            for (int t = 0; t < kTerminals; ++t) {
                const QString terminal = QStringLiteral("T%1").arg(t, 2, 10, QLatin1Char('0'));
                if (!db.exec(QStringLiteral("INSERT INTO madoguchi_db_roles VALUES (?, 'terminal', ?, ?)"),
                             {central::terminalRoleName(terminal), QStringLiteral("O%1").arg(t % kOffices), terminal}))
                    qFatal("office map");
            }
            run(db, QStringLiteral("INSERT INTO households (id, head_resident_id, postal_code, address) VALUES "
                                   "('H', 'R0', '1000001', '-')"));
            run(db, QStringLiteral("INSERT INTO residents (id, household_id, family_name, given_name, "
                                   "family_name_kana, given_name_kana, birth_date, sex, relationship, "
                                   "previous_address, honseki, hittousha, status) SELECT 'R' || g, 'H', 'K', 'P', "
                                   "'ケ', 'ピ', to_char(DATE '1925-01-01' + (g * 7919) % 36500, 'YYYY-MM-DD'), '1', "
                                   "'head', '', '', '', 'active' FROM generate_series(0, 89999) g"));
            // Visit g (in day order): day g * kDays / visits, terminal g % kTerminals, received 08:30 + a spread.
            const auto firstOfDay = [&](qint64 day) { return (day * visits + kDays - 1) / kDays; };
            for (int month = 0; month < 12; ++month) {
                const QDate start = kFirstDay.addMonths(month);
                const qint64 first = firstOfDay(kFirstDay.daysTo(start));
                const qint64 last = firstOfDay(kFirstDay.daysTo(start.addMonths(1))) - 1;
                const QString range = QStringLiteral("generate_series(%1::bigint, %2::bigint) g").arg(first).arg(last);
                const QString day = QStringLiteral("(DATE '%1' + (g * %2 / %3)::int)")
                                        .arg(kFirstDay.toString(Qt::ISODate))
                                        .arg(kDays)
                                        .arg(visits);
                run(db, QStringLiteral(
                            "INSERT INTO visits (id, terminal_id, reception_number, channel, language, staff_id, "
                            "resident_id, business_date, received_at, completed_at, card_verdict, "
                            "interpreter_language, interpreter_minutes) "
                            "SELECT 'v' || g, 'T' || lpad((g % %1)::text, 2, '0'), 'A' || g, "
                            "CASE WHEN g % 10 = 0 THEN 'kiosk' ELSE 'counter' END, 'ja', 'clerk', "
                            "CASE WHEN g % 23 = 0 THEN NULL ELSE 'R' || (g % 90000) END, "
                            "to_char(%2, 'YYYY-MM-DD'), "
                            "to_char(%2 + interval '8.5 hours' + ((g * 37) % 31500) * interval '1 second', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), "
                            "to_char(%2 + interval '8.6 hours' + ((g * 37) % 31500) * interval '1 second', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), CASE WHEN g % 3 = 0 THEN NULL ELSE 'genuine' END, "
                            "(ARRAY[NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                            "NULL, NULL, 'en', 'zh', 'vi', 'pt', 'ne'])[1 + g % 20], (g % 40) "
                            "FROM %3")
                            .arg(kTerminals)
                            .arg(day, range));
                // One request per visit, a second one for every fourth; eight procedures.
                run(db, QStringLiteral("INSERT INTO procedure_requests (id, visit_id, procedure_id, form_data, "
                                       "status, created_at, fields_prefilled, fields_typed) "
                                       "SELECT 'r' || g || '-' || n, 'v' || g, (ARRAY['juminhyo', 'inkan-shomei', "
                                       "'koseki', 'tennyu', 'tenshutsu', 'shotoku-shomei', 'mynumber-card', "
                                       "'kokuho'])[1 + (g * 13 + n) % 8], '{}', 'completed', '2025', g % 7, g % 4 "
                                       "FROM %1 CROSS JOIN generate_series(1, CASE WHEN g % 4 = 0 THEN 2 ELSE 1 END) n")
                            .arg(range));
                // A certificate for each request (the open-data export counts the copies).
                run(db, QStringLiteral("INSERT INTO issued_documents (id, serial, visit_id, request_id, document_type, "
                                       "resident_id, copies, fee, content_digest, verification_code, issued_at, "
                                       "business_date) SELECT 'd' || r.id, 'S-' || r.id, r.visit_id, r.id, "
                                       "r.procedure_id, 'R0', 1, 300, 'x', 'C-' || r.id, '2025', "
                                       "to_char(%1, 'YYYY-MM-DD') FROM %2 JOIN procedure_requests r ON r.visit_id = "
                                       "'v' || g")
                            .arg(day, range));
                // A ticket per visit: issued, called after 0–60 minutes, done 30 s–30 minutes later.
                run(db, QStringLiteral("INSERT INTO queue_tickets (id, office_code, business_date, number, group_id, "
                                       "source, state, terminal_id, issued_at, queued_at) "
                                       "SELECT 't' || g, 'O' || (g % %1 % %2), to_char(%3, 'YYYY-MM-DD'), 'n' || g, "
                                       "'certificates', 'kiosk', 'done', 'T' || lpad((g % %1)::text, 2, '0'), "
                                       "to_char(%3 + interval '8.4 hours' + ((g * 37) % 31500) * interval '1 second', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z'), '' FROM %4")
                            .arg(kTerminals)
                            .arg(kOffices)
                            .arg(day, range));
                run(db, QStringLiteral(
                            "INSERT INTO queue_events (office_code, ticket_id, business_date, group_id, state, "
                            "terminal_id, at) SELECT t.office_code, t.id, t.business_date, t.group_id, s.state, "
                            "t.terminal_id, to_char(t.issued_at::timestamp + CASE s.state WHEN 'issued' THEN interval "
                            "'0' WHEN 'called' THEN (g * 7919 % 3600) * interval '1 second' ELSE "
                            "(g * 7919 % 3600 + 30 + g * 104729 % 1770) * interval '1 second' END, "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS.000Z') FROM %1 JOIN queue_tickets t ON t.id = 't' || g "
                            "CROSS JOIN (VALUES (1, 'issued'), (2, 'called'), (3, 'done')) s(o, state) ORDER BY g, s.o")
                            .arg(range));
                std::fprintf(stderr, "month %d loaded (%lld s)\n", month + 1, timer.elapsed() / 1000);
                if (month == 5) {
                    QElapsedTimer backfill;
                    backfill.start();
                    if (const Outcome setUp = central::initialise(db); !setUp)
                        qFatal("central init: %s", qPrintable(setUp.detail));
                    std::fprintf(stderr, "central init with v16 over %lld visits: %lld s\n",
                                 db.scalar(QStringLiteral("SELECT count(*) FROM visits")).toLongLong(),
                                 backfill.elapsed() / 1000);
                    for (int t = 0; t < kTerminals; ++t) {
                        const QString terminal = QStringLiteral("T%1").arg(t, 2, 10, QLatin1Char('0'));
                        if (!central::addTerminal(db, terminal, QStringLiteral("O%1").arg(t % kOffices), {}))
                            qFatal("add terminal");
                    }
                    if (!central::addSupervisor(db, QStringLiteral("bench-boss"), QStringLiteral("O0"), {}))
                        qFatal("add supervisor");
                }
            }
            run(db, QStringLiteral("ANALYZE"));
            std::fprintf(stderr, "%lld visits, %lld rollup rows (%lld duration rows) in %lld s\n",
                         db.scalar(QStringLiteral("SELECT count(*) FROM visits")).toLongLong(),
                         db.scalar(QStringLiteral("SELECT count(*) FROM kpi_counts")).toLongLong(),
                         db.scalar(QStringLiteral("SELECT count(*) FROM kpi_durations")).toLongLong(),
                         timer.elapsed() / 1000);
        }
        return std::move(*opened.value);
    }();
    return c;
}

// One office's supervisor: the same server, its session authorised as that login role (row-level security applies).
const store::Connection& officeSupervisor() {
    static store::Connection c = [] {
        central();
        Result<store::Connection> opened =
            store::Connection::openPostgres(qEnvironmentVariable("MADOGUCHI_TEST_PG_URL"));
        if (!opened)
            qFatal("no PostgreSQL");
        run(*opened, QStringLiteral("SET SESSION AUTHORIZATION %1")
                         .arg(central::supervisorRoleName(QStringLiteral("bench-boss"))));
        return std::move(*opened.value);
    }();
    return c;
}

void kpisOver(benchmark::State& state, const store::Connection& c, const QDate& from, const QDate& to,
              supervisor::KpiSource source) {
    const auto bucket = supervisor::KpiBucket(state.range(0));
    qint64 visits = 0;
    for (auto _ : state) {
        const auto k = supervisor::kpis(c, kBoss, from, to, bucket, source);
        if (!k || k->visits == 0)
            state.SkipWithError("no kpis");
        visits = k->visits;
    }
    state.counters["visits"] = static_cast<double>(visits);
}

const QDate kMonthFrom(2025, 10, 1);
const QDate kMonthTo(2025, 10, 31);
const QDate kYearTo(2026, 3, 31);

void BM_KpisMonth(benchmark::State& state) {
    kpisOver(state, central(), kMonthFrom, kMonthTo, supervisor::KpiSource::Best);
}
void BM_KpisYear(benchmark::State& state) {
    kpisOver(state, central(), kFirstDay, kYearTo, supervisor::KpiSource::Best);
}
void BM_KpisMonthOneOffice(benchmark::State& state) {
    kpisOver(state, officeSupervisor(), kMonthFrom, kMonthTo, supervisor::KpiSource::Best);
}
void BM_KpisYearOneOffice(benchmark::State& state) {
    kpisOver(state, officeSupervisor(), kFirstDay, kYearTo, supervisor::KpiSource::Best);
}
// A year that is not whole months (the edges read from the day rows).
void BM_KpisYearRagged(benchmark::State& state) {
    kpisOver(state, central(), kFirstDay.addDays(14), kYearTo.addDays(-14), supervisor::KpiSource::Best);
}
void BM_KpisMonthScan(benchmark::State& state) {
    kpisOver(state, central(), kMonthFrom, kMonthTo, supervisor::KpiSource::Scan);
}
} // namespace

BENCHMARK(BM_KpisMonth)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisYear)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisYearRagged)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisMonthOneOffice)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisYearOneOffice)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_KpisMonthScan)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
