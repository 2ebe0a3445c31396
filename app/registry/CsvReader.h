// RFC 4180 CSV tokenizing of a UTF-8 stream: rows of fields with the line each row starts on; no meaning attached.
// The input is read a line at a time, so memory stays bounded by the limits whatever the file's size.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QIODevice;

namespace madoguchi::registry {

struct CsvRow {
    int line = 0; // 1-based line the row starts on (a quoted field may span several lines)
    QStringList fields;
};

struct CsvSyntaxError {
    int line = 0;
    QString message;       // for the clerk, translated
    QString detail;        // technical, for the log
    bool encoding = false; // invalid UTF-8: the other errors of the file say nothing then
};

struct CsvLimits {
    qint64 maxBytes = -1;              // the whole input; -1: no limit
    qsizetype maxFieldChars = 1000;    // one value, also one spanning several lines inside quotes
    qint64 maxLineBytes = 1024 * 1024; // one physical line (up to its line feed)
};

// Decodes UTF-8 (a leading BOM is dropped) and splits records. Invalid UTF-8, quoting mistakes and values over the
// limits are errors; a row with an error is never returned, so callers never see half-read fields. Invalid UTF-8
// (after up to 20 lines that hold it), a line or an input over its limit stop the reading: no row comes after them.
class CsvStream final {
public:
    static constexpr qsizetype kMaxFields = 256; // values in one row

    CsvStream(QIODevice& in, const CsvLimits& limits);
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    // Reads on until a row is ready, an error is waiting or the input ends; false once there is nothing more to
    // read (what was found last is still waiting). Rows and errors wait one line's worth at most, so a caller that
    // stops after its own error cap stops the reading too.
    bool advance();
    bool hasRow() const { return !m_ready.isEmpty(); }
    CsvRow takeRow() { return m_ready.takeFirst(); }
    // The errors found since the last call, in the order found.
    QList<CsvSyntaxError> takeErrors() { return std::exchange(m_errors, {}); }
    bool badEncoding() const { return m_badEncoding; }

private:
    bool readLine(QByteArray* line);
    void tokenize(const QString& text);
    void finish();
    void endField();
    void endRow();
    // `line` 0: the line being read (a quoting mistake); a limit is reported on the line its row starts.
    void breakRow(const QString& message, const QString& detail, int line = 0);
    void appendToField(QChar c);
    void stop(int line, const QString& message, const QString& detail);

    QIODevice& m_in;
    CsvLimits m_limits;
    QByteArray m_buffer; // one physical line
    QList<CsvRow> m_ready;
    QList<CsvSyntaxError> m_errors;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_stopped = false;
    bool m_badEncoding = false;
    int m_badLines = 0;
    int m_physicalLine = 0; // lines handed to tokenize()

    // The tokenizer's state between lines.
    CsvRow m_row;
    QString m_field;
    int m_line = 1;
    bool m_rowBroken = false;
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false; // the closing quote has been seen: only a separator may follow
    bool m_fieldStarted = false;
    bool m_fieldTooLong = false;
    int m_quoteLine = 0;
};

} // namespace madoguchi::registry
