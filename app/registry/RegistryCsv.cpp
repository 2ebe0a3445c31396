// Registry CSV import (docs/registry-csv.md): one header row, a `record` column per row, every value and every
// reference between rows checked; any error means the caller imports nothing.
#include "RegistryCsv.h"

#include "CoreLogging.h"
#include "CsvReader.h"
#include "Settings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {

constexpr qsizetype kMaxErrors = 500; // a wrong file gives thousands; the first few hundred say enough
constexpr qsizetype kMaxTextLength = 200;

enum class Kind { Household, Resident, Seal, Tax };

struct KindSpec {
    Kind kind;
    QString name;
    QStringList required;
    QStringList optional;
};

const std::array<KindSpec, 4>& kindSpecs() {
    static const std::array<KindSpec, 4> specs{{
        {Kind::Household, u"household"_s, {u"id"_s, u"head_resident_id"_s, u"postal_code"_s, u"address"_s}, {}},
        {Kind::Resident,
         u"resident"_s,
         {u"id"_s, u"household_id"_s, u"family_name"_s, u"family_name_kana"_s, u"birth_date"_s, u"sex"_s,
          u"relationship"_s, u"resident_since"_s},
         {u"given_name"_s, u"given_name_kana"_s, u"previous_address"_s, u"honseki"_s, u"hittousha"_s, u"status"_s}},
        {Kind::Seal, u"seal"_s, {u"resident_id"_s, u"registration_number"_s, u"registered_on"_s}, {}},
        {Kind::Tax,
         u"tax"_s,
         {u"resident_id"_s, u"fiscal_year"_s, u"income"_s, u"resident_tax"_s, u"resident_tax_paid"_s},
         {u"light_vehicle_tax"_s, u"light_vehicle_tax_paid"_s, u"vehicle_plate"_s}},
    }};
    return specs;
}

const KindSpec* specFor(const QString& name) {
    for (const KindSpec& spec : kindSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QSet<QString> knownColumns() {
    QSet<QString> columns{u"record"_s};
    for (const KindSpec& spec : kindSpecs()) {
        for (const QString& c : spec.required)
            columns.insert(c);
        for (const QString& c : spec.optional)
            columns.insert(c);
    }
    return columns;
}

// Values of these columns carry no personal data and may appear in the log.
bool mayEcho(const QString& column) {
    static const QSet<QString> columns{u"record"_s,           u"id"_s,  u"household_id"_s, u"resident_id"_s,
                                       u"head_resident_id"_s, u"sex"_s, u"status"_s,       u"fiscal_year"_s};
    return columns.contains(column);
}

// A row's cells by column name, and where to report problems.
class RowReader final {
public:
    RowReader(const CsvRow& row, const QHash<QString, qsizetype>& columns, QList<RegistryCsvError>& errors)
        : m_row(row)
        , m_columns(columns)
        , m_errors(errors) {}

    int line() const { return m_row.line; }
    bool failed() const { return m_failed; }

    QString cell(const QString& column) const {
        const auto it = m_columns.constFind(column);
        return it == m_columns.constEnd() ? QString() : m_row.fields.at(*it).trimmed();
    }

    void error(const QString& column, const QString& message, const QString& detail) {
        m_failed = true;
        if (m_errors.size() < kMaxErrors)
            m_errors.append({m_row.line, column, message, detail});
    }

    void errorValue(const QString& column, const QString& message, const QString& what) {
        const QString value = mayEcho(column) ? u" '%1'"_s.arg(cell(column).left(40)) : QString();
        error(column, message, u"line %1, column %2: %3%4"_s.arg(m_row.line).arg(column, what, value));
    }

    QString required(const QString& column) {
        const QString value = cell(column);
        if (value.isEmpty())
            errorValue(column, QCoreApplication::translate("RegistryCsv", "This item is required. Enter a value."),
                       u"missing value"_s);
        return value;
    }

private:
    const CsvRow& m_row;
    const QHash<QString, qsizetype>& m_columns;
    QList<RegistryCsvError>& m_errors;
    bool m_failed = false;
};

bool hasControlCharacter(const QString& value) {
    for (char32_t c : value.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Control || cat == QChar::Other_Surrogate || cat == QChar::Other_NotAssigned ||
            c == 0xFEFF)
            return true;
    }
    return false;
}

// Spreadsheets run a cell starting with these as a formula: refuse them so an export can never carry one.
bool startsLikeFormula(const QString& value) {
    return !value.isEmpty() && QStringView(u"=+-@").contains(value.front());
}

QString checkText(RowReader& row, const QString& column, const QString& value) {
    if (value.isEmpty())
        return value;
    if (hasControlCharacter(value)) {
        row.errorValue(column,
                       QCoreApplication::translate(
                           "RegistryCsv", "This item contains a control character or an invalid character. Remove it."),
                       u"control or unassigned character"_s);
    } else if (startsLikeFormula(value)) {
        row.errorValue(column,
                       QCoreApplication::translate("RegistryCsv", "This item must not start with =, +, - or @."),
                       u"leading formula character"_s);
    } else if (value.size() > kMaxTextLength) {
        row.errorValue(column,
                       QCoreApplication::translate("RegistryCsv", "This item is too long (200 characters at most)."),
                       u"%1 UTF-16 units"_s.arg(value.size()));
    }
    return value;
}

// Names: letters of any script (kanji incl. outside the BMP such as 𠮷, kana, Latin), marks, and the few
// punctuation marks real names use.
QString checkName(RowReader& row, const QString& column, const QString& value) {
    if (value.isEmpty())
        return value;
    checkText(row, column, value);
    if (row.failed())
        return value;
    for (char32_t c : value.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        const bool mark = cat >= QChar::Mark_NonSpacing && cat <= QChar::Mark_Enclosing;
        const bool letter = cat >= QChar::Letter_Uppercase && cat <= QChar::Letter_Other;
        const bool punct =
            c == U' ' || c == U'\u3000' || c == U'\u30FB' || c == U'-' || c == U'.' || c == U'\'' || c == U'\u3006';
        if (!letter && !mark && !punct) {
            row.errorValue(
                column,
                QCoreApplication::translate("RegistryCsv",
                                            "A name may contain only letters, kana and kanji (no digits or symbols)."),
                u"character U+%1 not allowed in a name"_s.arg(uint(c), 4, 16, QChar(u'0')));
            break;
        }
    }
    return value;
}

QString checkKana(RowReader& row, const QString& column, const QString& value) {
    if (value.isEmpty())
        return value;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool katakana =
            (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC || u == 0x30FB || u == 0x30FD || u == 0x30FE || u == 0x3000;
        if (!katakana) {
            row.errorValue(column,
                           QCoreApplication::translate(
                               "RegistryCsv", "Enter the reading in full-width katakana (for example ヤマダ)."),
                           u"character U+%1 is not full-width katakana"_s.arg(uint(u), 4, 16, QChar(u'0')));
            break;
        }
    }
    return value;
}

QDate checkDate(RowReader& row, const QString& column, const QString& value) {
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (value.isEmpty())
        return {};
    const QDate date = iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        row.errorValue(
            column,
            QCoreApplication::translate("RegistryCsv", "Enter a valid date as YYYY-MM-DD (for example 1980-02-17)."),
            u"not an ISO date or no such day"_s);
    } else if (date < QDate(1880, 1, 1)) {
        row.errorValue(column, QCoreApplication::translate("RegistryCsv", "This date is too far in the past."),
                       u"before 1880-01-01"_s);
        return {};
    }
    return date;
}

QString checkId(RowReader& row, const QString& column, const QString& value) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,32}$"_s);
    if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
        row.error(column,
                  QCoreApplication::translate(
                      "RegistryCsv",
                      "An identifier may contain only half-width letters, digits, - and _ (32 characters at most)."),
                  u"line %1, column %2: malformed identifier"_s.arg(row.line()).arg(column));
    }
    return value;
}

qint64 checkAmount(RowReader& row, const QString& column, const QString& value) {
    static const QRegularExpression digits(u"^\\d{1,12}$"_s);
    if (value.isEmpty())
        return 0;
    if (!digits.match(value).hasMatch()) {
        row.errorValue(
            column,
            QCoreApplication::translate("RegistryCsv", "Enter the amount in yen as half-width digits without commas."),
            u"not a non-negative integer of at most 12 digits"_s);
        return 0;
    }
    return value.toLongLong();
}

struct Located {
    int line = 0;
    qsizetype index = 0;
};

class RegistryCsvParser final {
public:
    RegistryImport run(QIODevice& in, const RegistryLimits& limits);

private:
    void readHeader(const CsvRow& header);
    void readRow(const CsvRow& row);
    void readHousehold(RowReader& row);
    void readResident(RowReader& row);
    void readSeal(RowReader& row);
    void readTax(RowReader& row);
    void checkReferences();
    void addError(int line, const QString& column, const QString& message, const QString& detail) {
        if (m_result.errors.size() < kMaxErrors)
            m_result.errors.append({line, column, message, detail});
    }

    RegistryImport m_result;
    QHash<QString, qsizetype> m_columns;
    qsizetype m_headerWidth = 0;
    int m_lastLine = 0;
    QHash<QString, Located> m_households;
    QHash<QString, Located> m_residents;
    QHash<QString, int> m_sealNumbers;
    QHash<QString, int> m_sealResidents;
    QHash<QString, int> m_taxYears;     // resident id + year
    QHash<QString, int> m_residentKeys; // household + name + birth date: the same person twice
    QList<int> m_sealLines;
    QList<int> m_taxLines;
};

RegistryImport RegistryCsvParser::run(QIODevice& in, const RegistryLimits& limits) {
    if (!in.isSequential() && in.size() > limits.maxFileBytes) {
        addError(1, QString(),
                 QCoreApplication::translate("RegistryCsv",
                                             "The file is larger than %1 MiB, more than an import may hold. Check "
                                             "that this is the right file, or split it.")
                     .arg(limits.maxFileBytes / (1024 * 1024)),
                 u"file of %1 bytes over the limit of %2"_s.arg(in.size()).arg(limits.maxFileBytes));
        return std::move(m_result);
    }
    CsvStream stream(in, {limits.maxFileBytes, limits.maxFieldChars, 1024 * 1024});
    QList<RegistryCsvError> encodingErrors;
    qint64 rows = 0;
    bool headerRead = false;
    bool stopped = false; // by a limit or the error cap: the file was not read to its end
    for (;;) {
        const bool more = stream.advance();
        for (const CsvSyntaxError& e : stream.takeErrors()) {
            if (e.encoding)
                encodingErrors.append({e.line, QString(), e.message, e.detail});
            else
                addError(e.line, QString(), e.message, e.detail);
        }
        while (stream.hasRow() && !stopped) {
            const CsvRow row = stream.takeRow();
            m_lastLine = row.line;
            if (!headerRead) {
                headerRead = true;
                readHeader(row);
                if (!m_result.errors.isEmpty() && !m_columns.contains(u"record"_s))
                    return std::move(m_result);
                continue;
            }
            if (++rows > limits.maxRows) {
                m_result.errors.append(
                    {row.line, QString(),
                     QCoreApplication::translate(
                         "RegistryCsv", "The file has more than %1 records, more than an import may hold. Check that "
                                        "this is the right file, or split it.")
                         .arg(limits.maxRows),
                     u"more than %1 records at line %2"_s.arg(limits.maxRows).arg(row.line)});
                stopped = true;
                break;
            }
            readRow(row);
            stopped = m_result.errors.size() >= kMaxErrors;
        }
        if (stopped || !more)
            break;
        if (m_result.errors.size() >= kMaxErrors) {
            stopped = true;
            break;
        }
    }
    if (!encodingErrors.isEmpty()) {
        // Read as UTF-8, a file in Shift_JIS gives nonsense errors everywhere: only say where the bad bytes are.
        m_result = RegistryImport{};
        m_result.errors = encodingErrors;
        return std::move(m_result);
    }
    if (!headerRead) {
        if (m_result.errors.isEmpty())
            addError(1, QString(),
                     QCoreApplication::translate("RegistryCsv",
                                                 "The file is empty. It needs a header row and at least one record."),
                     u"no rows"_s);
        return std::move(m_result);
    }
    if (rows == 0)
        addError(1, QString(), QCoreApplication::translate("RegistryCsv", "The file has a header row but no records."),
                 u"no data rows"_s);
    if (!stopped)
        checkReferences();
    if (m_result.errors.size() >= kMaxErrors) {
        m_result.errors.append(
            {m_lastLine, QString(),
             QCoreApplication::translate("RegistryCsv",
                                         "There are too many errors; only the first 500 are shown. Check that this is "
                                         "the right file."),
             u"error list truncated"_s});
    }
    std::stable_sort(m_result.errors.begin(), m_result.errors.end(),
                     [](const RegistryCsvError& a, const RegistryCsvError& b) { return a.line < b.line; });
    if (!m_result.ok()) {
        qCInfo(lcCore) << "registry CSV refused:" << m_result.errors.size()
                       << "error(s); first:" << m_result.errors.first().detail;
        // Nothing partial: a refused file yields no records at all.
        m_result.households.clear();
        m_result.residents.clear();
        m_result.seals.clear();
        m_result.taxes.clear();
    }
    return std::move(m_result);
}

void RegistryCsvParser::readHeader(const CsvRow& header) {
    const QSet<QString> known = knownColumns();
    m_headerWidth = header.fields.size();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (!known.contains(name)) {
            addError(header.line, name,
                     QCoreApplication::translate("RegistryCsv",
                                                 "The header row has an unknown column name. See the import format."),
                     u"unknown column '%1' at position %2"_s.arg(name.left(40)).arg(i + 1));
        } else if (m_columns.contains(name)) {
            addError(header.line, name,
                     QCoreApplication::translate("RegistryCsv", "The header row names the same column twice."),
                     u"duplicate column '%1'"_s.arg(name));
        } else {
            m_columns.insert(name, i);
        }
    }
    if (!m_columns.contains(u"record"_s)) {
        addError(header.line, u"record"_s,
                 QCoreApplication::translate(
                     "RegistryCsv", "The header row has no \"record\" column. The first row must be the header row."),
                 u"missing column 'record'"_s);
    }
}

void RegistryCsvParser::readRow(const CsvRow& csvRow) {
    RowReader row(csvRow, m_columns, m_result.errors);
    if (csvRow.fields.size() != m_headerWidth) {
        row.error(QString(),
                  QCoreApplication::translate(
                      "RegistryCsv",
                      "This row has %1 values but the header row has %2 columns. Check for a missing or extra "
                      "comma.")
                      .arg(csvRow.fields.size())
                      .arg(m_headerWidth),
                  u"line %1: %2 fields, header has %3"_s.arg(csvRow.line).arg(csvRow.fields.size()).arg(m_headerWidth));
        return;
    }
    const QString record = row.cell(u"record"_s);
    const KindSpec* spec = specFor(record);
    if (!spec) {
        row.errorValue(
            u"record"_s,
            QCoreApplication::translate("RegistryCsv", "The record type must be household, resident, seal or tax."),
            u"unknown record type"_s);
        return;
    }
    // A value in a column that does not belong to this record type is a sign of a shifted row.
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.key() == u"record"_s || spec->required.contains(it.key()) || spec->optional.contains(it.key()))
            continue;
        if (!csvRow.fields.at(it.value()).trimmed().isEmpty()) {
            row.error(it.key(),
                      QCoreApplication::translate("RegistryCsv", "This column must be empty for this record type."),
                      u"line %1: column %2 not used by record '%3'"_s.arg(csvRow.line).arg(it.key(), record));
        }
    }
    switch (spec->kind) {
    case Kind::Household:
        readHousehold(row);
        break;
    case Kind::Resident:
        readResident(row);
        break;
    case Kind::Seal:
        readSeal(row);
        break;
    case Kind::Tax:
        readTax(row);
        break;
    }
}

void RegistryCsvParser::readHousehold(RowReader& row) {
    Household h;
    h.id = checkId(row, u"id"_s, row.required(u"id"_s));
    h.headResidentId = checkId(row, u"head_resident_id"_s, row.required(u"head_resident_id"_s));
    static const QRegularExpression postal(u"^(\\d{3})-?(\\d{4})$"_s);
    const QString postalCode = row.required(u"postal_code"_s);
    const QRegularExpressionMatch m = postal.match(postalCode);
    if (!postalCode.isEmpty() && !m.hasMatch()) {
        row.errorValue(
            u"postal_code"_s,
            QCoreApplication::translate(
                "RegistryCsv", "Enter the postal code as 7 half-width digits, for example 180-0001 or 1800001."),
            u"malformed postal code"_s);
    }
    h.postalCode = m.captured(1) + m.captured(2);
    h.address = checkText(row, u"address"_s, row.required(u"address"_s));
    if (row.failed())
        return;
    if (const auto it = m_households.constFind(h.id); it != m_households.constEnd()) {
        row.error(
            u"id"_s,
            QCoreApplication::translate("RegistryCsv", "This household ID is already used on line %1.").arg(it->line),
            u"duplicate household id %1 (first on line %2)"_s.arg(h.id).arg(it->line));
        return;
    }
    m_households.insert(h.id, {row.line(), m_result.households.size()});
    m_result.households.append(h);
}

void RegistryCsvParser::readResident(RowReader& row) {
    Resident r;
    r.id = checkId(row, u"id"_s, row.required(u"id"_s));
    r.householdId = checkId(row, u"household_id"_s, row.required(u"household_id"_s));
    r.familyName = checkName(row, u"family_name"_s, row.required(u"family_name"_s));
    r.givenName = checkName(row, u"given_name"_s, row.cell(u"given_name"_s));
    r.familyNameKana = checkKana(row, u"family_name_kana"_s, row.required(u"family_name_kana"_s));
    r.givenNameKana = checkKana(row, u"given_name_kana"_s, row.cell(u"given_name_kana"_s));
    if (!r.givenName.isEmpty() && r.givenNameKana.isEmpty())
        row.errorValue(u"given_name_kana"_s,
                       QCoreApplication::translate("RegistryCsv", "Enter the reading of the given name."),
                       u"missing value"_s);
    r.birthDate = checkDate(row, u"birth_date"_s, row.required(u"birth_date"_s));
    r.sex = row.required(u"sex"_s);
    if (!r.sex.isEmpty() && r.sex != u"1"_s && r.sex != u"2"_s && r.sex != u"9"_s) {
        row.errorValue(
            u"sex"_s,
            QCoreApplication::translate("RegistryCsv", "Sex must be 1 (male), 2 (female) or 9 (not applicable)."),
            u"not an ISO 5218 code used on the card"_s);
    }
    r.relationship = checkText(row, u"relationship"_s, row.required(u"relationship"_s));
    r.residentSince = checkDate(row, u"resident_since"_s, row.required(u"resident_since"_s));
    if (r.birthDate.isValid() && r.residentSince.isValid() && r.residentSince < r.birthDate) {
        row.error(
            u"resident_since"_s,
            QCoreApplication::translate("RegistryCsv", "The date of becoming a resident is before the date of birth."),
            u"line %1: resident_since before birth_date"_s.arg(row.line()));
    }
    r.previousAddress = checkText(row, u"previous_address"_s, row.cell(u"previous_address"_s));
    r.honseki = checkText(row, u"honseki"_s, row.cell(u"honseki"_s));
    r.hittousha = checkName(row, u"hittousha"_s, row.cell(u"hittousha"_s));
    const QString status = row.cell(u"status"_s);
    if (status.isEmpty() || status == u"active"_s) {
        r.status = Resident::Status::Active;
    } else if (status == u"moved_out"_s) {
        r.status = Resident::Status::MovedOut;
    } else if (status == u"deceased"_s) {
        r.status = Resident::Status::Deceased;
    } else {
        row.errorValue(u"status"_s,
                       QCoreApplication::translate(
                           "RegistryCsv", "The status must be active, moved_out or deceased (empty means active)."),
                       u"unknown status"_s);
    }
    if (row.failed())
        return;
    if (const auto it = m_residents.constFind(r.id); it != m_residents.constEnd()) {
        row.error(
            u"id"_s,
            QCoreApplication::translate("RegistryCsv", "This resident ID is already used on line %1.").arg(it->line),
            u"duplicate resident id %1 (first on line %2)"_s.arg(r.id).arg(it->line));
        return;
    }
    const QString key = r.householdId + u'\x1F' + r.fullName() + u'\x1F' + r.birthDate.toString(Qt::ISODate);
    if (const auto it = m_residentKeys.constFind(key); it != m_residentKeys.constEnd()) {
        row.error(QString(),
                  QCoreApplication::translate(
                      "RegistryCsv", "The same person (same household, name and date of birth) is already on line %1.")
                      .arg(*it),
                  u"line %1: resident %2 duplicates the person on line %3"_s.arg(row.line()).arg(r.id).arg(*it));
        return;
    }
    m_residentKeys.insert(key, row.line());
    m_residents.insert(r.id, {row.line(), m_result.residents.size()});
    m_result.residents.append(r);
}

void RegistryCsvParser::readSeal(RowReader& row) {
    SealRegistration s;
    s.residentId = checkId(row, u"resident_id"_s, row.required(u"resident_id"_s));
    s.registrationNumber = checkId(row, u"registration_number"_s, row.required(u"registration_number"_s));
    s.registeredOn = checkDate(row, u"registered_on"_s, row.required(u"registered_on"_s));
    if (row.failed())
        return;
    if (const auto it = m_sealNumbers.constFind(s.registrationNumber); it != m_sealNumbers.constEnd()) {
        row.error(
            u"registration_number"_s,
            QCoreApplication::translate("RegistryCsv", "This seal registration number is already used on line %1.")
                .arg(*it),
            u"duplicate seal registration number (first on line %1)"_s.arg(*it));
        return;
    }
    if (const auto it = m_sealResidents.constFind(s.residentId); it != m_sealResidents.constEnd()) {
        row.error(u"resident_id"_s,
                  QCoreApplication::translate(
                      "RegistryCsv",
                      "This resident already has a registered seal on line %1. A person can register one seal.")
                      .arg(*it),
                  u"second seal for resident %1 (first on line %2)"_s.arg(s.residentId).arg(*it));
        return;
    }
    m_sealNumbers.insert(s.registrationNumber, row.line());
    m_sealResidents.insert(s.residentId, row.line());
    m_sealLines.append(row.line());
    m_result.seals.append(s);
}

void RegistryCsvParser::readTax(RowReader& row) {
    TaxSummary t;
    t.residentId = checkId(row, u"resident_id"_s, row.required(u"resident_id"_s));
    static const QRegularExpression year(u"^\\d{4}$"_s);
    const QString fiscalYear = row.required(u"fiscal_year"_s);
    if (!fiscalYear.isEmpty()) {
        t.fiscalYear = year.match(fiscalYear).hasMatch() ? fiscalYear.toInt() : 0;
        if (t.fiscalYear < 1989 || t.fiscalYear > 2100) {
            row.errorValue(u"fiscal_year"_s,
                           QCoreApplication::translate(
                               "RegistryCsv", "Enter the fiscal year as a 4-digit Western year between 1989 and 2100."),
                           u"fiscal year out of range"_s);
        }
    }
    t.income = checkAmount(row, u"income"_s, row.required(u"income"_s));
    t.residentTax = checkAmount(row, u"resident_tax"_s, row.required(u"resident_tax"_s));
    t.residentTaxPaid = checkAmount(row, u"resident_tax_paid"_s, row.required(u"resident_tax_paid"_s));
    t.lightVehicleTax = checkAmount(row, u"light_vehicle_tax"_s, row.cell(u"light_vehicle_tax"_s));
    t.lightVehicleTaxPaid = checkAmount(row, u"light_vehicle_tax_paid"_s, row.cell(u"light_vehicle_tax_paid"_s));
    t.vehiclePlate = checkText(row, u"vehicle_plate"_s, row.cell(u"vehicle_plate"_s));
    if (row.failed())
        return;
    if (t.residentTaxPaid > t.residentTax) {
        row.error(u"resident_tax_paid"_s,
                  QCoreApplication::translate("RegistryCsv", "The amount paid is larger than the tax assessed."),
                  u"line %1: resident_tax_paid > resident_tax"_s.arg(row.line()));
    }
    if (t.lightVehicleTaxPaid > t.lightVehicleTax) {
        row.error(u"light_vehicle_tax_paid"_s,
                  QCoreApplication::translate("RegistryCsv", "The amount paid is larger than the tax assessed."),
                  u"line %1: light_vehicle_tax_paid > light_vehicle_tax"_s.arg(row.line()));
    }
    if (t.lightVehicleTax > 0 && t.vehiclePlate.isEmpty()) {
        row.error(u"vehicle_plate"_s,
                  QCoreApplication::translate("RegistryCsv",
                                              "Enter the vehicle's number plate when there is light vehicle tax."),
                  u"line %1: light_vehicle_tax without vehicle_plate"_s.arg(row.line()));
    }
    if (row.failed())
        return;
    const QString key = t.residentId + u'\x1F' + QString::number(t.fiscalYear);
    if (const auto it = m_taxYears.constFind(key); it != m_taxYears.constEnd()) {
        row.error(
            u"fiscal_year"_s,
            QCoreApplication::translate("RegistryCsv",
                                        "This resident already has a tax record for this fiscal year on line %1.")
                .arg(*it),
            u"duplicate tax year %1 for resident %2 (first on line %3)"_s.arg(t.fiscalYear).arg(t.residentId).arg(*it));
        return;
    }
    m_taxYears.insert(key, row.line());
    m_taxLines.append(row.line());
    m_result.taxes.append(t);
}

void RegistryCsvParser::checkReferences() {
    // Residents point at households; heads of household point back; seals and taxes point at residents.
    for (const Resident& r : std::as_const(m_result.residents)) {
        const int line = m_residents.value(r.id).line;
        if (!m_households.contains(r.householdId)) {
            addError(line, u"household_id"_s,
                     QCoreApplication::translate("RegistryCsv", "There is no household with this ID in the file."),
                     u"line %1: resident %2 refers to unknown household %3"_s.arg(line).arg(r.id, r.householdId));
            continue;
        }
    }
    for (const Household& h : std::as_const(m_result.households)) {
        const int line = m_households.value(h.id).line;
        const auto head = m_residents.constFind(h.headResidentId);
        if (head == m_residents.constEnd()) {
            addError(line, u"head_resident_id"_s,
                     QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                     u"line %1: household %2 head %3 unknown"_s.arg(line).arg(h.id, h.headResidentId));
            continue;
        }
        const Resident& r = m_result.residents.at(head->index);
        if (r.householdId != h.id) {
            addError(
                line, u"head_resident_id"_s,
                QCoreApplication::translate("RegistryCsv", "The head of household must be a member of this household."),
                u"line %1: head %2 belongs to household %3"_s.arg(line).arg(r.id, r.householdId));
        } else if (r.relationship != u"世帯主"_s && r.relationship != u"本人"_s) {
            addError(head->line, u"relationship"_s,
                     QCoreApplication::translate("RegistryCsv",
                                                 "The head of household's relationship must be 世帯主 or 本人."),
                     u"line %1: head of household %2 has another relationship"_s.arg(head->line).arg(r.id));
        }
    }
    for (const Resident& r : std::as_const(m_result.residents)) {
        const auto h = m_households.constFind(r.householdId);
        if (h == m_households.constEnd())
            continue;
        const bool isHead = m_result.households.at(h->index).headResidentId == r.id;
        if (!isHead && (r.relationship == u"世帯主"_s || r.relationship == u"本人"_s)) {
            const int line = m_residents.value(r.id).line;
            addError(line, u"relationship"_s,
                     QCoreApplication::translate(
                         "RegistryCsv", "Only the head of household can have the relationship 世帯主 or 本人."),
                     u"line %1: resident %2 is not the head of household %3"_s.arg(line).arg(r.id, r.householdId));
        }
    }
    for (qsizetype i = 0; i < m_result.seals.size(); ++i) {
        const SealRegistration& s = m_result.seals.at(i);
        const int line = m_sealLines.at(i);
        const auto r = m_residents.constFind(s.residentId);
        if (r == m_residents.constEnd()) {
            addError(line, u"resident_id"_s,
                     QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                     u"line %1: seal refers to unknown resident %2"_s.arg(line).arg(s.residentId));
        } else if (s.registeredOn < m_result.residents.at(r->index).birthDate.addYears(15)) {
            // 印鑑登録 is open to residents aged 15 and over.
            addError(line, u"registered_on"_s,
                     QCoreApplication::translate(
                         "RegistryCsv",
                         "A seal can be registered only by a person aged 15 or over on the registration date."),
                     u"line %1: seal registered before the resident's 15th birthday"_s.arg(line));
        }
    }
    for (qsizetype i = 0; i < m_result.taxes.size(); ++i) {
        const TaxSummary& t = m_result.taxes.at(i);
        if (!m_residents.contains(t.residentId)) {
            const int line = m_taxLines.at(i);
            addError(line, u"resident_id"_s,
                     QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                     u"line %1: tax record refers to unknown resident %2"_s.arg(line).arg(t.residentId));
        }
    }
}

} // namespace

RegistryLimits RegistryLimits::fromSettings(const Settings& settings) {
    const auto number = [&](const char* key, qint64 fallback, qint64 low, qint64 high) {
        bool ok = false;
        const qint64 value = settings.value(QString::fromLatin1(key)).toLongLong(&ok);
        return ok ? qBound(low, value, high) : fallback;
    };
    const RegistryLimits defaults;
    RegistryLimits limits;
    limits.maxFileBytes =
        number("registry/max_file_mib", defaults.maxFileBytes / (1024 * 1024), 1, 16384) * 1024 * 1024;
    limits.maxRows = number("registry/max_rows", defaults.maxRows, 1, 50'000'000);
    limits.maxFieldChars = number("registry/max_field_chars", defaults.maxFieldChars, 200, 1'000'000);
    return limits;
}

RegistryImport parseRegistryCsv(QIODevice& in, const RegistryLimits& limits) {
    RegistryCsvParser parser;
    return parser.run(in, limits);
}

RegistryImport parseRegistryCsv(const QByteArray& csv) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return parseRegistryCsv(buffer, RegistryLimits{});
}

} // namespace madoguchi::registry
