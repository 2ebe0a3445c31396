// Reading the registry import CSV (docs/registry-csv.md): every row checked, nothing partial accepted.
#pragma once

#include "RegistryRecord.h"

#include <QByteArray>

#include <functional>
#include <memory>

class QIODevice;

namespace madoguchi {
class Settings;
}

namespace madoguchi::registry {

struct RegistryCsvError {
    int line = 0;    // 1-based line in the file
    QString column;  // the column's header name, empty for a whole-row problem
    QString message; // for the clerk, translated (Japanese in the UI)
    QString detail;  // technical, for the log; never contains a My Number

    friend bool operator==(const RegistryCsvError&, const RegistryCsvError&) = default;
};

struct RegistryImport {
    QList<Household> households;
    QList<Resident> residents;
    QList<SealRegistration> seals;
    QList<TaxSummary> taxes;
    QList<RegistryCsvError> errors; // non-empty: the caller must import nothing

    bool ok() const { return errors.isEmpty(); }
};

// What one import may hold (settings registry/max_file_mib, max_rows, max_field_chars). The reading stops at the
// first limit passed, and after the error list's cap, so memory stays bounded by these whatever the file holds.
struct RegistryLimits {
    qint64 maxFileBytes = qint64(512) * 1024 * 1024;
    qint64 maxRows = 2'000'000; // records, the header row not counted
    qsizetype maxFieldChars = 1000;

    static RegistryLimits fromSettings(const Settings& settings);
};

// A checked import's records, held in a private temporary SQLite database (sqlite3_open(""): a file SQLite unlinks
// as it creates it, 0600, paged through a cache of a few MiB), so neither the records nor the checks between rows
// live in memory whatever the file holds. Read back in file order, a batch at a time.
class StagedRegistry {
public:
    virtual ~StagedRegistry() = default;
    virtual qint64 households() const = 0;
    virtual qint64 residents() const = 0;
    virtual qint64 seals() const = 0;
    virtual qint64 taxes() const = 0;
    // Each calls `batch` with up to `size` records at a time, in file order, until it returns false or the records
    // end. False when `batch` stopped it or the staging database failed (then `detail` says why).
    virtual bool readHouseholds(const std::function<bool(const QList<Household>&)>& batch, qsizetype size,
                                QString* detail) const = 0;
    virtual bool readResidents(const std::function<bool(const QList<Resident>&)>& batch, qsizetype size,
                               QString* detail) const = 0;
    virtual bool readSeals(const std::function<bool(const QList<SealRegistration>&)>& batch, qsizetype size,
                           QString* detail) const = 0;
    virtual bool readTaxes(const std::function<bool(const QList<TaxSummary>&)>& batch, qsizetype size,
                           QString* detail) const = 0;
};

struct RegistryStaging {
    std::unique_ptr<StagedRegistry> staged; // null when there are errors: nothing partial is kept
    QList<RegistryCsvError> errors;

    bool ok() const { return errors.isEmpty() && staged; }
};

// Reads a UTF-8 CSV file (optionally with BOM) from `in` a line at a time, checks every row and every reference
// between rows, and stages the records (above). The only I/O is reading `in` and the staging database. A file
// larger than the limit is refused before anything is read when its size is known. Memory stays bounded by the
// limits on a line and a value, the error cap and SQLite's page cache, not by the number of rows.
RegistryStaging stageRegistryCsv(QIODevice& in, const RegistryLimits& limits);

// The same, with the records read back into memory: for files known to be small (the demo registry, tests).
RegistryImport parseRegistryCsv(QIODevice& in, const RegistryLimits& limits);
// The same for bytes in memory, with the default limits.
RegistryImport parseRegistryCsv(const QByteArray& csv);

} // namespace madoguchi::registry
