// RFC 4180 CSV tokenizing: quoted fields with "" escapes, CRLF or LF line ends, line numbers kept for messages.
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {

// Finds the lines holding invalid UTF-8, so that the clerk can be told where to look.
QList<int> invalidUtf8Lines(const QByteArray& bytes) {
    QList<int> lines;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded)
        if (decoder.hasError())
            lines.append(line);
        ++line;
        start = end + 1;
    }
    return lines;
}

} // namespace

CsvDocument readCsv(const QByteArray& bytes) {
    CsvDocument doc;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);

    const QList<int> badLines = invalidUtf8Lines(body);
    if (!badLines.isEmpty()) {
        for (int line : badLines.first(qMin<qsizetype>(badLines.size(), 20))) {
            doc.errors.append(
                {line,
                 QCoreApplication::translate(
                     "CsvReader", "The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again."),
                 u"invalid UTF-8 byte sequence on line %1"_s.arg(line)});
        }
        return doc;
    }
    const QString text = QString::fromUtf8(body);

    CsvRow row;
    QString field;
    int line = 1;
    row.line = 1;
    bool rowBroken = false;
    bool inQuotes = false;
    bool fieldWasQuoted = false; // the closing quote has been seen: only a separator may follow
    bool fieldStarted = false;
    int quoteLine = 0;

    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!rowBroken && !blank)
            doc.rows.append(row);
        row = CsvRow{};
        rowBroken = false;
    };
    auto breakRow = [&](const QString& message, const QString& detail) {
        if (!rowBroken)
            doc.errors.append({line, message, detail});
        rowBroken = true;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    fieldWasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // CRLF: the LF ends the row
        } else if (c == u'\n') {
            endRow();
            ++line;
            row.line = line;
        } else if (c == u'"') {
            if (fieldStarted || fieldWasQuoted) {
                breakRow(QCoreApplication::translate(
                             "CsvReader",
                             "A double quote (\") appears inside a value. Enclose the whole value in double quotes "
                             "and write each quote inside it twice (\"\")."),
                         u"stray quote at line %1"_s.arg(line));
                field.append(c);
            } else {
                inQuotes = true;
                quoteLine = line;
            }
        } else {
            if (fieldWasQuoted) {
                breakRow(QCoreApplication::translate(
                             "CsvReader",
                             "There are characters after the closing double quote of a value. Enclose the whole "
                             "value in double quotes."),
                         u"text after closing quote at line %1"_s.arg(line));
            }
            fieldStarted = true;
            field.append(c);
        }
    }
    if (inQuotes) {
        doc.errors.append(
            {quoteLine,
             QCoreApplication::translate(
                 "CsvReader", "A value that starts with a double quote (\") is never closed. Add the closing "
                              "double quote."),
             u"unterminated quoted field opened at line %1"_s.arg(quoteLine)});
        return doc;
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || fieldWasQuoted)
        endRow();
    return doc;
}

} // namespace madoguchi::registry
