// Reading the registry import CSV (docs/registry-csv.md): every row checked, nothing partial accepted.
#pragma once

#include "RegistryRecord.h"

#include <QByteArray>

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

// Parses a UTF-8 CSV file (optionally with BOM) read from `in` a line at a time. No database; the only I/O is
// reading `in`. A file larger than the limit is refused before anything is read when its size is known.
RegistryImport parseRegistryCsv(QIODevice& in, const RegistryLimits& limits);
// The same for bytes in memory, with the default limits.
RegistryImport parseRegistryCsv(const QByteArray& csv);

} // namespace madoguchi::registry
