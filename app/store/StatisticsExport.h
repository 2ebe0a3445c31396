// The office's statistics as CSV (統計): counts and fees per day, terminal, channel and certificate type.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QDate>

namespace madoguchi::store {

class Connection;

struct StatisticsCsv {
    QString csv; // header line first
    int rows = 0;
};

// Aggregates only: no names, no resident ids, no serial numbers. Refused unless `who` may export
// (staff::Action::ExportData).
Result<StatisticsCsv> exportStatistics(const Connection& central, const staff::Principal& who, const QDate& from,
                                       const QDate& to);

} // namespace madoguchi::store
