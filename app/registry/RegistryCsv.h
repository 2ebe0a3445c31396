// Reading the registry import CSV (docs/registry-csv.md): every row checked, nothing partial accepted.
#pragma once

#include "RegistryRecord.h"

#include <QByteArray>

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

// Parses a whole UTF-8 CSV file (optionally with BOM). Pure: no database, no I/O.
RegistryImport parseRegistryCsv(const QByteArray& csv);

} // namespace madoguchi::registry
