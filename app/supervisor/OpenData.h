// Open data (オープンデータ): the office's counter statistics as CSV and JSON in the style of the
// 自治体標準データセット and the Digital Agency's machine-readability rules — 全国地方公共団体コード first, Japanese
// headers in row 1, ISO dates, numbers only in numeric columns, UTF-8. Aggregates only; a row of fewer than
// kMinimumVisits visits is left out so that no resident can be singled out. Streamed: the memory used does not grow
// with the period.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QDate>
#include <QString>

class QIODevice;

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::supervisor {

inline constexpr int kMinimumVisits = 10;

// "13203" → "132039": the five-digit code with its check digit (weights 6,5,4,3,2; 11 − sum mod 11, last digit).
// Empty when `fiveDigits` is not five digits.
QString municipalityCode(const QString& fiveDigits);

// The column names in order (row 1 of the CSV, the keys of the JSON objects).
QStringList openDataHeader();

struct OpenDataReport {
    qint64 rows = 0;       // rows written
    qint64 suppressed = 0; // rows left out (fewer than kMinimumVisits visits)
};

// Where the rows come from. Best: on PostgreSQL the rollups the insert triggers keep (central v16 and v17: day rows of
// kpi_counts per procedure and channel, kpi_copies; what the login role may read of them: its office), else a scan of
// visits, procedure requests and certificates. Scan: always the scan (the reference the rollups are checked against).
// Both give the same bytes for the same data.
enum class OpenDataSource { Best, Scan };

// ExportData. One row per business day, procedure and channel over [from, to]: visits, procedure requests and valid
// certificate copies. Writes the CSV to `csv` and the same rows as a JSON array to `json` (either may be null), row by
// row as the forward-only query gives them.
Result<OpenDataReport> exportOpenData(const store::Connection& central, const staff::Principal& who, const QDate& from,
                                      const QDate& to, const QString& municipalityCode5,
                                      const QString& municipalityName, QIODevice* csv, QIODevice* json,
                                      OpenDataSource source = OpenDataSource::Best);

// The v17 rollups exist and this login role may read them (the owner, a supervisor; not a terminal).
bool openDataRollupsReadable(const store::Connection& central);

// "{code}_{dataset}.csv" / ".json" as the standard datasets name their files.
QString openDataFileName(const QString& code6, const QString& extension);

struct OpenDataFiles {
    QString csvPath;
    QString jsonPath;
    OpenDataReport report;
};

// The two files in `dir` (created if missing), whole or not at all, as `supervisor export` and the screen's export
// button write them. ExportData, checked with a refusal audited on `local`; the export itself is audited there as
// "export.open_data" (subject: the period, reason: rows written and left out) before the files appear.
Result<OpenDataFiles> writeOpenDataFiles(const store::Connection& central, const store::Connection& local,
                                         const privacy::KeyRing& keys, const QString& terminalId,
                                         const staff::Principal& who, const QDate& from, const QDate& to,
                                         const QString& municipalityCode5, const QString& municipalityName,
                                         const QString& dir);

} // namespace madoguchi::supervisor
