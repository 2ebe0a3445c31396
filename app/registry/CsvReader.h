// RFC 4180 CSV tokenizing of a UTF-8 file: rows of fields with the line each row starts on; no meaning attached.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::registry {

struct CsvRow {
    int line = 0; // 1-based line the row starts on (a quoted field may span several lines)
    QStringList fields;
};

struct CsvSyntaxError {
    int line = 0;
    QString message; // for the clerk, translated
    QString detail;  // technical, for the log
};

struct CsvDocument {
    QList<CsvRow> rows; // blank lines are skipped
    QList<CsvSyntaxError> errors;
};

// Decodes UTF-8 (a leading BOM is dropped) and splits records. Invalid UTF-8 and quoting mistakes are errors; a
// row with a syntax error is left out of rows, so callers never see half-read fields.
CsvDocument readCsv(const QByteArray& bytes);

} // namespace madoguchi::registry
