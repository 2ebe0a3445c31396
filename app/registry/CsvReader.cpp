// RFC 4180 CSV tokenizing: quoted fields with "" escapes, CRLF or LF line ends, line numbers kept for messages.
// One physical line at a time: UTF-8 never holds a 0x0A inside a character, so each line decodes on its own and
// the line that holds invalid bytes can be named.
#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {
constexpr int kMaxEncodingErrors = 20;
} // namespace

CsvStream::CsvStream(QIODevice& in, const CsvLimits& limits)
    : m_in(in)
    , m_limits(limits) {
    m_row.line = 1;
}

void CsvStream::stop(int line, const QString& message, const QString& detail) {
    m_errors.append({line, message, detail});
    m_stopped = true;
}

bool CsvStream::readLine(QByteArray* line) {
    if (m_in.atEnd())
        return false;
    // One buffer for every line, one byte larger than a line may be so that a line over the limit shows.
    // (QIODevice::readLine(qint64) would allocate that much anew for every line.)
    if (m_buffer.size() != m_limits.maxLineBytes + 2)
        m_buffer.resize(m_limits.maxLineBytes + 2);
    const qint64 read = m_in.readLine(m_buffer.data(), m_buffer.size());
    if (read <= 0)
        return false;
    *line = QByteArray(m_buffer.constData(), read);
    m_bytesRead += line->size();
    const int lineNumber = m_physicalLine + 1;
    if (m_limits.maxBytes >= 0 && m_bytesRead > m_limits.maxBytes) {
        stop(lineNumber,
             QCoreApplication::translate("CsvReader",
                                         "The file is larger than %1 MiB, more than an import may hold. Check that "
                                         "this is the right file, or split it.")
                 .arg(m_limits.maxBytes / (1024 * 1024)),
             u"input over %1 bytes at line %2"_s.arg(m_limits.maxBytes).arg(lineNumber));
        return false;
    }
    if (line->size() > m_limits.maxLineBytes) {
        stop(lineNumber,
             QCoreApplication::translate("CsvReader",
                                         "This line is longer than %1 KiB. Check that this is the right file and that "
                                         "its lines end with line breaks.")
                 .arg(m_limits.maxLineBytes / 1024),
             u"line %1 over %2 bytes"_s.arg(lineNumber).arg(m_limits.maxLineBytes));
        return false;
    }
    return true;
}

bool CsvStream::advance() {
    while (m_ready.isEmpty() && m_errors.isEmpty()) {
        if (m_atEnd || m_stopped)
            return false;
        QByteArray bytes;
        if (!readLine(&bytes)) {
            if (!m_stopped) {
                m_atEnd = true;
                if (!m_badEncoding)
                    finish();
            }
            continue;
        }
        if (m_physicalLine == 0 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        ++m_physicalLine;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            m_badEncoding = true;
            m_errors.append(
                {m_physicalLine,
                 QCoreApplication::translate(
                     "CsvReader", "The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again."),
                 u"invalid UTF-8 byte sequence on line %1"_s.arg(m_physicalLine), true});
            m_ready.clear();
            if (++m_badLines >= kMaxEncodingErrors)
                m_stopped = true;
            continue;
        }
        if (!m_badEncoding)
            tokenize(text);
    }
    return !(m_atEnd || m_stopped);
}

void CsvStream::endField() {
    // A broken row is never returned: its values are not kept, so it cannot grow past one value.
    if (!m_rowBroken) {
        if (m_row.fields.size() >= kMaxFields) {
            breakRow(QCoreApplication::translate("CsvReader", "This row has more than %1 values.").arg(kMaxFields),
                     u"more than %1 fields at line %2"_s.arg(kMaxFields).arg(m_row.line), m_row.line);
        } else {
            m_row.fields.append(m_field);
        }
    }
    m_field.clear();
    m_fieldWasQuoted = false;
    m_fieldStarted = false;
    m_fieldTooLong = false;
}

void CsvStream::endRow() {
    endField();
    const bool blank = m_row.fields.size() == 1 && m_row.fields.first().isEmpty();
    if (!m_rowBroken && !blank)
        m_ready.append(m_row);
    m_row = CsvRow{};
    m_rowBroken = false;
}

void CsvStream::breakRow(const QString& message, const QString& detail, int line) {
    if (!m_rowBroken)
        m_errors.append({line > 0 ? line : m_line, message, detail});
    m_rowBroken = true;
    m_row.fields.clear();
}

void CsvStream::appendToField(QChar c) {
    if (m_fieldTooLong)
        return;
    if (m_field.size() >= m_limits.maxFieldChars) {
        m_fieldTooLong = true;
        breakRow(QCoreApplication::translate("CsvReader", "A value is longer than %1 characters.")
                     .arg(m_limits.maxFieldChars),
                 u"value over %1 characters in the row of line %2"_s.arg(m_limits.maxFieldChars).arg(m_row.line),
                 m_row.line);
        m_field.clear();
        return;
    }
    if (!m_rowBroken)
        m_field.append(c);
}

void CsvStream::tokenize(const QString& text) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (m_inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    appendToField(u'"');
                    ++i;
                } else {
                    m_inQuotes = false;
                    m_fieldWasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                appendToField(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // CRLF: the LF ends the row
        } else if (c == u'\n') {
            endRow();
            ++m_line;
            m_row.line = m_line;
        } else if (c == u'"') {
            if (m_fieldStarted || m_fieldWasQuoted) {
                breakRow(QCoreApplication::translate(
                             "CsvReader",
                             "A double quote (\") appears inside a value. Enclose the whole value in double quotes "
                             "and write each quote inside it twice (\"\")."),
                         u"stray quote at line %1"_s.arg(m_line));
                appendToField(c);
            } else {
                m_inQuotes = true;
                m_quoteLine = m_line;
            }
        } else {
            if (m_fieldWasQuoted) {
                breakRow(QCoreApplication::translate(
                             "CsvReader",
                             "There are characters after the closing double quote of a value. Enclose the whole "
                             "value in double quotes."),
                         u"text after closing quote at line %1"_s.arg(m_line));
            }
            m_fieldStarted = true;
            appendToField(c);
        }
    }
}

void CsvStream::finish() {
    if (m_inQuotes) {
        m_errors.append(
            {m_quoteLine,
             QCoreApplication::translate(
                 "CsvReader", "A value that starts with a double quote (\") is never closed. Add the closing "
                              "double quote."),
             u"unterminated quoted field opened at line %1"_s.arg(m_quoteLine)});
        return;
    }
    if (!m_field.isEmpty() || !m_row.fields.isEmpty() || m_fieldWasQuoted || m_rowBroken)
        endRow();
}

} // namespace madoguchi::registry
