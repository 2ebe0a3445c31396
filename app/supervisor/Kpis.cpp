// KPIs of any period: on PostgreSQL from the rollups the insert triggers keep (central v16, store/Schema.cpp); else
// grouped counts computed by the database over the period and durations from the queue's state-change rows.
#include "Kpis.h"

#include "DataLogging.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <vector>

namespace madoguchi::supervisor {

namespace {
Outcome failed(const QString& detail) {
    qCWarning(lcStore) << "kpi query failed:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("supervisor", "The figures cannot be read from the central database."), detail);
}

// One grouped query: key, visits, procedures; rows appended in the query's order.
bool grouped(const store::Connection& central, const QString& sql, const QVariantList& values, QList<KpiCount>* into,
             QString* detail) {
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    while (q.next())
        into->append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return true;
}

Duration summarise(std::vector<qint64>& seconds) {
    Duration d;
    d.count = static_cast<qint64>(seconds.size());
    if (seconds.empty())
        return d;
    std::sort(seconds.begin(), seconds.end());
    // Nearest rank: the smallest value with at least p% of the values at or below it.
    const auto rank = [&](double p) {
        const auto index = static_cast<size_t>(std::max(0.0, std::ceil(p * double(seconds.size())) - 1));
        return seconds.at(std::min(index, seconds.size() - 1));
    };
    d.medianSeconds = rank(0.5);
    d.p90Seconds = rank(0.9);
    return d;
}

// Hours are grouped by their UTC hour ("2026-04-01T00") in the database and folded into local hours here: the two
// backends have no common way to shift a text timestamp into the office's time zone. The totals are the buckets' sum.
void setBuckets(Kpis& k, const QList<KpiCount>& buckets, KpiBucket bucket) {
    if (bucket == KpiBucket::Hour) {
        std::map<QString, KpiCount> local;
        for (const KpiCount& c : buckets) {
            const QDateTime utc = QDateTime::fromString(c.key + QStringLiteral(":00:00Z"), Qt::ISODate);
            const QString hour = utc.toLocalTime().toString(QStringLiteral("HH"));
            KpiCount& into = local[hour];
            into.key = hour;
            into.visits += c.visits;
            into.procedures += c.procedures;
        }
        for (const auto& [hour, c] : local)
            k.byBucket.append(c);
    } else {
        k.byBucket = buckets;
    }
    for (const KpiCount& c : k.byBucket) {
        k.visits += c.visits;
        k.procedures += c.procedures;
    }
}

// Bands from the database ("30", "unknown") as shown ("30-39"), youngest first, unknown last.
void setBands(Kpis& k, QList<KpiCount> bands) {
    for (KpiCount& c : bands) {
        if (c.key != QLatin1String("unknown"))
            c.key = QStringLiteral("%1-%2").arg(c.key.toInt()).arg(c.key.toInt() + 9);
    }
    std::sort(bands.begin(), bands.end(), [](const KpiCount& a, const KpiCount& b) {
        const bool au = a.key == QLatin1String("unknown");
        const bool bu = b.key == QLatin1String("unknown");
        return au != bu ? bu
                        : a.key.section(QLatin1Char('-'), 0, 0).toInt() < b.key.section(QLatin1Char('-'), 0, 0).toInt();
    });
    k.byAgeBand = bands;
}
} // namespace

bool parseBucket(const QString& name, KpiBucket* bucket) {
    if (name == QLatin1String("hour"))
        *bucket = KpiBucket::Hour;
    else if (name == QLatin1String("day"))
        *bucket = KpiBucket::Day;
    else if (name == QLatin1String("month"))
        *bucket = KpiBucket::Month;
    else
        return false;
    return true;
}

namespace {
Result<Kpis> scanned(const store::Connection& central, const QDate& from, const QDate& to, KpiBucket bucket) {
    using R = Result<Kpis>;
    Kpis k;
    k.from = from;
    k.to = to;
    const QVariantList period{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    const QVariantList twice = period + period;
    const QString inPeriod = QStringLiteral("v.business_date >= ? AND v.business_date <= ?");
    QString detail;
    const QString bucketKey = bucket == KpiBucket::Month ? QStringLiteral("substr(v.business_date, 1, 7)")
                              : bucket == KpiBucket::Day ? QStringLiteral("v.business_date")
                                                         : QStringLiteral("substr(v.received_at, 1, 13)");
    const QString perBucket =
        QStringLiteral("SELECT b.key, b.visits, coalesce(p.n, 0) FROM "
                       "(SELECT %1 AS key, count(*) AS visits FROM visits v WHERE %2 GROUP BY %1) b LEFT JOIN "
                       "(SELECT %1 AS key, count(*) AS n FROM procedure_requests r JOIN visits v ON v.id = r.visit_id "
                       "WHERE %2 GROUP BY %1) p ON p.key = b.key ORDER BY b.key")
            .arg(bucketKey, inPeriod);
    QList<KpiCount> buckets;
    if (!grouped(central, perBucket, twice, &buckets, &detail))
        return R::refused(failed(detail));
    setBuckets(k, buckets, bucket);
    if (!grouped(central,
                 QStringLiteral("SELECT r.procedure_id, count(DISTINCT v.id), count(*) FROM procedure_requests r "
                                "JOIN visits v ON v.id = r.visit_id WHERE %1 GROUP BY r.procedure_id "
                                "ORDER BY r.procedure_id")
                     .arg(inPeriod),
                 period, &k.byProcedure, &detail) ||
        !grouped(central,
                 QStringLiteral("SELECT b.channel, b.visits, coalesce(p.n, 0) FROM "
                                "(SELECT v.channel, count(*) AS visits FROM visits v WHERE %1 GROUP BY v.channel) b "
                                "LEFT JOIN (SELECT v.channel, count(*) AS n FROM procedure_requests r JOIN visits v "
                                "ON v.id = r.visit_id WHERE %1 GROUP BY v.channel) p ON p.channel = b.channel "
                                "ORDER BY b.channel")
                     .arg(inPeriod),
                 twice, &k.byChannel, &detail))
        return R::refused(failed(detail));
    // The age on the visit day in whole years, banded by ten; only the band comes out of the database.
    const QString age = QStringLiteral(
        "(CAST(substr(v.business_date, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - "
        "CASE WHEN substr(v.business_date, 6, 5) < substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END)");
    const QString band = QStringLiteral("CASE WHEN p.birth_date IS NULL THEN 'unknown' ELSE "
                                        "CAST((%1 / 10) * 10 AS TEXT) END")
                             .arg(age);
    QList<KpiCount> bands;
    if (!grouped(central,
                 QStringLiteral("SELECT %1 AS band, count(*), 0 FROM visits v LEFT JOIN residents p ON p.id = "
                                "v.resident_id WHERE %2 GROUP BY %1 ORDER BY %1")
                     .arg(band, inPeriod),
                 period, &bands, &detail))
        return R::refused(failed(detail));
    setBands(k, bands);
    k.cardIdentified =
        central
            .scalar(
                QStringLiteral("SELECT count(*) FROM visits v WHERE %1 AND v.card_verdict IS NOT NULL").arg(inPeriod),
                period)
            .toLongLong();
    k.kioskPreEntries =
        central
            .scalar(QStringLiteral("SELECT count(*) FROM visits v WHERE %1 AND v.channel = 'kiosk'").arg(inPeriod),
                    period)
            .toLongLong();
    {
        QSqlQuery f(central.db());
        f.prepare(QStringLiteral("SELECT coalesce(sum(r.fields_prefilled), 0), coalesce(sum(r.fields_typed), 0) FROM "
                                 "procedure_requests r JOIN visits v ON v.id = r.visit_id WHERE %1")
                      .arg(inPeriod));
        f.addBindValue(period.at(0));
        f.addBindValue(period.at(1));
        if (!f.exec() || !f.next())
            return R::refused(failed(f.lastError().text()));
        k.fieldsPrefilled = f.value(0).toLongLong();
        k.fieldsTyped = f.value(1).toLongLong();
    }
    QList<KpiCount> interpreted;
    if (!grouped(central,
                 QStringLiteral("SELECT v.interpreter_language, count(*), coalesce(sum(v.interpreter_minutes), 0) FROM "
                                "visits v WHERE %1 AND v.interpreter_language IS NOT NULL GROUP BY "
                                "v.interpreter_language ORDER BY count(*) DESC, v.interpreter_language")
                     .arg(inPeriod),
                 period, &interpreted, &detail))
        return R::refused(failed(detail));
    for (const KpiCount& c : interpreted)
        k.interpreters.append({c.key, c.visits, c.procedures});
    // Waiting: issued → first call; service: the last call (or start of service) → done; per ticket, in seconds.
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ticket_id, state, at FROM queue_events WHERE business_date >= ? AND "
                             "business_date <= ? ORDER BY ticket_id, seq"));
    q.addBindValue(period.at(0));
    q.addBindValue(period.at(1));
    if (!q.exec())
        return R::refused(failed(q.lastError().text()));
    std::vector<qint64> waiting;
    std::vector<qint64> service;
    QString ticket;
    QDateTime issued, firstCall, lastCall;
    const auto finishTicket = [&]() {
        if (issued.isValid() && firstCall.isValid())
            waiting.push_back(issued.secsTo(firstCall));
    };
    while (q.next()) {
        if (q.value(0).toString() != ticket) {
            finishTicket();
            ticket = q.value(0).toString();
            issued = firstCall = lastCall = QDateTime();
        }
        const QString state = q.value(1).toString();
        const QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (state == QLatin1String("issued"))
            issued = at;
        else if (state == QLatin1String("called") || state == QLatin1String("recalled") ||
                 state == QLatin1String("serving")) {
            if (!firstCall.isValid())
                firstCall = at;
            lastCall = at;
        } else if (state == QLatin1String("done") && lastCall.isValid()) {
            service.push_back(lastCall.secsTo(at));
        }
    }
    finishTicket();
    k.waiting = summarise(waiting);
    k.service = summarise(service);
    return R::of(k);
}

// The period as the rollups hold it: whole months from the month rows, the days before and after them from the day
// rows. Bound values: month from, month to, then two ranges of days (empty ranges run backwards).
struct Segments {
    QString condition;
    QVariantList values;
};

Segments segments(const QDate& from, const QDate& to) {
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWholeEnd = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    const auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    Segments s;
    s.condition = QStringLiteral("((grain = 'm' AND period >= ? AND period <= ?) OR (grain = 'd' AND period >= ? AND "
                                 "period <= ?) OR (grain = 'd' AND period >= ? AND period <= ?))");
    if (firstWhole <= lastWholeEnd) {
        s.values = {firstWhole.toString(QStringLiteral("yyyy-MM")),
                    lastWholeEnd.toString(QStringLiteral("yyyy-MM")),
                    day(from),
                    day(firstWhole.addDays(-1)),
                    day(lastWholeEnd.addDays(1)),
                    day(to)};
    } else {
        s.values = {QStringLiteral("9999-99"), QStringLiteral("0000-00"), day(from), day(to),
                    QStringLiteral("9"),       QStringLiteral("0")};
    }
    return s;
}

// Nearest rank over a histogram (seconds ascending): the bucket holding the value the scan would give.
Duration fromHistogram(const std::vector<std::pair<qint64, qint64>>& buckets) {
    Duration d;
    for (const auto& [seconds, tickets] : buckets)
        d.count += tickets;
    if (d.count == 0)
        return d;
    const auto rank = [&](double p) {
        const qint64 wanted = std::max<qint64>(1, static_cast<qint64>(std::ceil(p * double(d.count))));
        qint64 seen = 0;
        for (const auto& [seconds, tickets] : buckets) {
            seen += tickets;
            if (seen >= wanted)
                return seconds;
        }
        return buckets.back().first;
    };
    d.medianSeconds = rank(0.5);
    d.p90Seconds = rank(0.9);
    return d;
}

Result<Kpis> rolledUp(const store::Connection& central, const QDate& from, const QDate& to, KpiBucket bucket) {
    using R = Result<Kpis>;
    Kpis k;
    k.from = from;
    k.to = to;
    QString detail;
    const Segments period = segments(from, to);
    const QVariantList days{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QList<KpiCount> buckets;
    const QString perBucket =
        bucket == KpiBucket::Hour
            ? QStringLiteral("SELECT key, sum(visits), sum(procedures) FROM kpi_counts WHERE grain = 'd' AND period >= "
                             "? AND period <= ? AND dimension = 'hour' GROUP BY key ORDER BY key")
        : bucket == KpiBucket::Day
            ? QStringLiteral("SELECT period, sum(visits), sum(procedures) FROM kpi_counts WHERE grain = 'd' AND "
                             "period >= ? AND period <= ? AND dimension = 'total' GROUP BY period ORDER BY period")
            : QStringLiteral("SELECT substr(period, 1, 7) AS month, sum(visits), sum(procedures) FROM kpi_counts WHERE "
                             "%1 AND dimension = 'total' GROUP BY month ORDER BY month")
                  .arg(period.condition);
    if (!grouped(central, perBucket, bucket == KpiBucket::Month ? period.values : days, &buckets, &detail))
        return R::refused(failed(detail));
    setBuckets(k, buckets, bucket);
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT dimension, key, sum(visits), sum(procedures), sum(card_identified), "
                             "sum(fields_prefilled), sum(fields_typed), sum(interpreter_minutes) FROM kpi_counts WHERE "
                             "%1 AND dimension IN ('total', 'channel', 'band', 'procedure', 'interpreter') GROUP BY "
                             "dimension, key ORDER BY dimension, key")
                  .arg(period.condition));
    for (const QVariant& value : period.values)
        q.addBindValue(value);
    if (!q.exec())
        return R::refused(failed(q.lastError().text()));
    QList<KpiCount> bands;
    while (q.next()) {
        const QString dimension = q.value(0).toString();
        const KpiCount c{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
        if (dimension == QLatin1String("total")) {
            k.cardIdentified = q.value(4).toLongLong();
            k.fieldsPrefilled = q.value(5).toLongLong();
            k.fieldsTyped = q.value(6).toLongLong();
        } else if (dimension == QLatin1String("procedure")) {
            k.byProcedure.append(c);
        } else if (dimension == QLatin1String("channel")) {
            k.byChannel.append(c);
            if (c.key == QLatin1String("kiosk"))
                k.kioskPreEntries = c.visits;
        } else if (dimension == QLatin1String("band")) {
            bands.append({c.key, c.visits, 0});
        } else if (dimension == QLatin1String("interpreter")) {
            k.interpreters.append({c.key, c.visits, q.value(7).toLongLong()});
        }
    }
    setBands(k, bands);
    // As the scan orders them: most visits first, then by language (the database's order, kept by a stable sort).
    std::stable_sort(k.interpreters.begin(), k.interpreters.end(),
                     [](const InterpreterUse& a, const InterpreterUse& b) { return a.visits > b.visits; });
    QSqlQuery d(central.db());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT kind, seconds, sum(tickets) FROM kpi_durations WHERE %1 GROUP BY kind, seconds "
                             "ORDER BY kind, seconds")
                  .arg(period.condition));
    for (const QVariant& value : period.values)
        d.addBindValue(value);
    if (!d.exec())
        return R::refused(failed(d.lastError().text()));
    std::vector<std::pair<qint64, qint64>> waiting, service;
    while (d.next()) {
        auto& into = d.value(0).toString() == QLatin1String("waiting") ? waiting : service;
        into.emplace_back(d.value(1).toLongLong(), d.value(2).toLongLong());
    }
    k.waiting = fromHistogram(waiting);
    k.service = fromHistogram(service);
    return R::of(k);
}

} // namespace

bool kpiRollupsReadable(const store::Connection& central) {
    if (central.backend() != store::Backend::Postgres)
        return false;
    return central
        .scalar(QStringLiteral("SELECT to_regclass('kpi_counts') IS NOT NULL AND to_regclass('kpi_durations') IS NOT "
                               "NULL AND has_table_privilege('kpi_counts', 'SELECT') AND "
                               "has_table_privilege('kpi_durations', 'SELECT')"))
        .toBool();
}

Result<Kpis> kpis(const store::Connection& central, const staff::Principal& who, const QDate& from, const QDate& to,
                  KpiBucket bucket, KpiSource source) {
    using R = Result<Kpis>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ViewKpis); !allowed)
        return R::refused(allowed);
    if (!from.isValid() || !to.isValid() || from > to)
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "Give a valid period."),
                                           QStringLiteral("bad period")));
    if (source == KpiSource::Best && kpiRollupsReadable(central))
        return rolledUp(central, from, to, bucket);
    return scanned(central, from, to, bucket);
}

qint64 durationBucketWidth(qint64 seconds) {
    if (seconds < 64)
        return 1;
    return qint64(1) << (std::bit_width(static_cast<quint64>(seconds)) - 6);
}

namespace {
QJsonArray countsArray(const QList<KpiCount>& counts) {
    QJsonArray rows;
    for (const KpiCount& c : counts)
        rows.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("visits"), c.visits},
                                {QStringLiteral("procedures"), c.procedures}});
    return rows;
}

QJsonArray interpretersArray(const QList<InterpreterUse>& uses) {
    QJsonArray rows;
    for (const InterpreterUse& u : uses)
        rows.append(QJsonObject{{QStringLiteral("language"), u.language},
                                {QStringLiteral("visits"), u.visits},
                                {QStringLiteral("minutes"), u.minutes}});
    return rows;
}

QJsonObject durationJson(const Duration& d) {
    return {{QStringLiteral("tickets"), d.count},
            {QStringLiteral("median_seconds"), d.medianSeconds},
            {QStringLiteral("p90_seconds"), d.p90Seconds}};
}
} // namespace

QJsonObject toJson(const Kpis& k) {
    return {{QStringLiteral("from"), k.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), k.to.toString(Qt::ISODate)},
            {QStringLiteral("visits"), k.visits},
            {QStringLiteral("procedures"), k.procedures},
            {QStringLiteral("by_period"), countsArray(k.byBucket)},
            {QStringLiteral("by_procedure"), countsArray(k.byProcedure)},
            {QStringLiteral("by_channel"), countsArray(k.byChannel)},
            {QStringLiteral("by_age_band"), countsArray(k.byAgeBand)},
            {QStringLiteral("card_identified"), k.cardIdentified},
            {QStringLiteral("kiosk_pre_entries"), k.kioskPreEntries},
            {QStringLiteral("fields_prefilled"), k.fieldsPrefilled},
            {QStringLiteral("fields_typed"), k.fieldsTyped},
            {QStringLiteral("interpreters"), interpretersArray(k.interpreters)},
            {QStringLiteral("waiting"), durationJson(k.waiting)},
            {QStringLiteral("service"), durationJson(k.service)}};
}

} // namespace madoguchi::supervisor
