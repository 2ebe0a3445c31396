// The supervisor's day (業務日) at the centre: every visit of one office-day or one terminal-day with what it issued
// and what was paid — the query behind the supervisor screen (indexes visits_by_day_terminal, *_by_day).
#pragma once

#include "Outcome.h"

#include <QDate>
#include <QList>
#include <QString>

namespace madoguchi::store {

class Connection;

struct VisitSummary {
    QString visitId;
    QString terminalId;
    QString receptionNumber;
    QString channel;
    QString language;
    QString receivedAt; // ISO-8601 UTC
    QString completedAt;
    int documents = 0;
    int voided = 0;
    qint64 fees = 0; // yen, voided certificates excluded
    qint64 paid = 0; // yen, all methods including exempt

    friend bool operator==(const VisitSummary&, const VisitSummary&) = default;
};

// `terminalId` empty: the whole office. Ordered by reception time.
Result<QList<VisitSummary>> supervisorDay(const Connection& central, const QDate& day, const QString& terminalId = {});

} // namespace madoguchi::store
