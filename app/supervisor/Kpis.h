// KPIs (業務指標) of any period over the central store: visits and procedures per hour, day or month; by procedure,
// channel and age band (the age computed inside the database from the birth date on the visit day, so the birth date
// never leaves the store); median and 90th percentile of waiting and service time from the queue's state-change rows;
// the share of visits identified with a card; kiosk pre-entries used; form fields prefilled against typed (the
// handwriting avoided). Blocking: run it on a worker.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::supervisor {

enum class KpiBucket { Hour, Day, Month };

struct KpiCount {
    QString key; // bucket ("2026-04-01", "2026-04", "09" local hour), procedure id, channel or age band ("30-39")
    qint64 visits = 0;
    qint64 procedures = 0;
};

struct Duration {
    qint64 count = 0; // tickets measured
    qint64 medianSeconds = 0;
    qint64 p90Seconds = 0;
};

// Visits in which an interpreter was called through the city's service, in one language.
struct InterpreterUse {
    QString language;
    qint64 visits = 0;
    qint64 minutes = 0;
};

struct Kpis {
    QDate from;
    QDate to;
    qint64 visits = 0;
    qint64 procedures = 0;
    QList<KpiCount> byBucket;
    QList<KpiCount> byProcedure; // visits: visits with that procedure
    QList<KpiCount> byChannel;
    QList<KpiCount> byAgeBand;          // ten-year bands, "unknown" for visits with no identified resident
    qint64 cardIdentified = 0;          // visits whose card was read (a card verdict was recorded)
    qint64 kioskPreEntries = 0;         // visits that came in through a kiosk pre-entry
    qint64 fieldsPrefilled = 0;         // form fields filled for the resident (card, registry, earlier answers)
    qint64 fieldsTyped = 0;             // form fields typed (what the resident would have written by hand)
    QList<InterpreterUse> interpreters; // per language, most visits first
    Duration waiting;                   // issued → first call
    Duration service;                   // last call → done
};

// Where the figures come from. Best: on PostgreSQL the rollups kept by the insert triggers (central v16; what the
// login role may read of them: its office), else a scan of visits, procedure requests and queue events. Scan: always
// the scan (the reference the rollups are checked against).
enum class KpiSource { Best, Scan };

// ViewKpis. `from`..`to` inclusive (business days). Counts are the same from either source. Durations from the rollups
// are read from histograms: exact below 64 s, above that a median or p90 is the lower bound of the bucket holding the
// exact value, less than durationBucketWidth() below it (at most 1/32 of the value: 18 s at 10 minutes).
Result<Kpis> kpis(const store::Connection& central, const staff::Principal& who, const QDate& from, const QDate& to,
                  KpiBucket bucket, KpiSource source = KpiSource::Best);

// The rollups exist (PostgreSQL at central v16) and this login role may read them (the owner, a supervisor; not a
// terminal).
bool kpiRollupsReadable(const store::Connection& central);

// The width of the rollups' duration bucket that starts at `seconds` (1 below 64 s, then 2^(bits - 6)).
qint64 durationBucketWidth(qint64 seconds);

// Every figure of `k` (the CLI's `supervisor kpi --json`).
QJsonObject toJson(const Kpis& k);

bool parseBucket(const QString& name, KpiBucket* bucket);

} // namespace madoguchi::supervisor
