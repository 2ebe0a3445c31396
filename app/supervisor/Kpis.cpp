// KPIs of any period: grouped counts computed by the database, durations from the queue's state-change rows.
#include "Kpis.h"

#include "DataLogging.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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

Result<Kpis> kpis(const store::Connection& central, const staff::Principal& who, const QDate& from, const QDate& to,
                  KpiBucket bucket) {
    using R = Result<Kpis>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ViewKpis); !allowed)
        return R::refused(allowed);
    if (!from.isValid() || !to.isValid() || from > to)
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "Give a valid period."),
                                           QStringLiteral("bad period")));
    Kpis k;
    k.from = from;
    k.to = to;
    const QVariantList period{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    const QVariantList twice = period + period;
    const QString inPeriod = QStringLiteral("v.business_date >= ? AND v.business_date <= ?");
    QString detail;
    // Hours are grouped by their UTC hour in the database and folded into local hours here: the two backends have
    // no common way to shift a text timestamp into the office's time zone.
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

} // namespace madoguchi::supervisor
