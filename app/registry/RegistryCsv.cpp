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

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>

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

// One prepared statement of the staging database.
class Statement final {
public:
    Statement(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    Statement& bind(int index, const QString& value) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int index, qint64 value) {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    Statement& bind(int index, const QDate& value) { return bind(index, value.toString(Qt::ISODate)); }
    int step() { return sqlite3_step(m_stmt); } // SQLITE_ROW, SQLITE_DONE or an error
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    QString text(int column) const {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QDate date(int column) const { return QDate::fromString(text(column), Qt::ISODate); }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// The staging database (RegistryCsv.h): every record of the file with its line, unique keys as UNIQUE constraints,
// the checks between rows as queries. Private to this process: SQLite unlinks the file as it creates it.
class SqliteStaging final : public StagedRegistry {
public:
    ~SqliteStaging() override {
        m_statements.clear();
        sqlite3_close(m_db);
    }

    bool open(QString* detail) {
        if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            *detail = u"staging database: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        // A page cache of 4 MiB, temporary indexes and sorts on disk too: memory does not grow with the rows.
        return exec("PRAGMA cache_size = -4096; PRAGMA temp_store = FILE; PRAGMA journal_mode = OFF; "
                    "PRAGMA synchronous = OFF;"
                    "CREATE TABLE households (line INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, head TEXT NOT NULL,"
                    " postal_code TEXT NOT NULL, address TEXT NOT NULL);"
                    "CREATE TABLE residents (line INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                    " household_id TEXT NOT NULL, person TEXT NOT NULL UNIQUE, is_head INTEGER NOT NULL,"
                    " adult_day INTEGER NOT NULL, family_name TEXT, given_name TEXT, family_name_kana TEXT,"
                    " given_name_kana TEXT, birth_date TEXT, sex TEXT, relationship TEXT, resident_since TEXT,"
                    " previous_address TEXT, honseki TEXT, hittousha TEXT, status INTEGER);"
                    "CREATE TABLE seals (line INTEGER PRIMARY KEY, resident_id TEXT NOT NULL UNIQUE,"
                    " registration_number TEXT NOT NULL UNIQUE, registered_on TEXT NOT NULL,"
                    " registered_day INTEGER NOT NULL);"
                    "CREATE TABLE taxes (line INTEGER PRIMARY KEY, resident_id TEXT NOT NULL, fiscal_year INTEGER NOT"
                    " NULL, income INTEGER, resident_tax INTEGER, resident_tax_paid INTEGER, light_vehicle_tax INTEGER,"
                    " light_vehicle_tax_paid INTEGER, vehicle_plate TEXT, UNIQUE (resident_id, fiscal_year));"
                    "BEGIN",
                    detail);
    }

    bool exec(const char* sql, QString* detail) {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *detail = u"staging database: %1"_s.arg(QString::fromUtf8(message ? message : sqlite3_errmsg(m_db)));
        sqlite3_free(message);
        return false;
    }

    Statement& statement(const char* sql) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end())
            it = m_statements.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
        it->second->reset();
        return *it->second;
    }

    QString lastError() const { return u"staging database: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))); }

    enum class Insert { Inserted, Conflict, Failed };
    // Runs an INSERT OR IGNORE already bound: a row left out was a duplicate of one of the table's keys.
    Insert insert(Statement& s) {
        if (!s.ok() || s.step() != SQLITE_DONE)
            return Insert::Failed;
        return sqlite3_changes(m_db) == 1 ? Insert::Inserted : Insert::Conflict;
    }

    // The line of the row holding a key, or 0.
    int lineOf(const char* sql, const QString& key, qint64 second = -1) {
        Statement& s = statement(sql);
        s.bind(1, key);
        if (second >= 0)
            s.bind(2, second);
        return s.ok() && s.step() == SQLITE_ROW ? int(s.integer(0)) : 0;
    }

    qint64 count(const char* sql) const {
        Statement s(m_db, sql);
        return s.ok() && s.step() == SQLITE_ROW ? s.integer(0) : 0;
    }

    qint64 households() const override { return count("SELECT count(*) FROM households"); }
    qint64 residents() const override { return count("SELECT count(*) FROM residents"); }
    qint64 seals() const override { return count("SELECT count(*) FROM seals"); }
    qint64 taxes() const override { return count("SELECT count(*) FROM taxes"); }

    bool readHouseholds(const std::function<bool(const QList<Household>&)>& batch, qsizetype size,
                        QString* detail) const override {
        return read<Household>(
            "SELECT id, head, postal_code, address FROM households ORDER BY line",
            [](const Statement& s) {
                return Household{s.text(0), s.text(1), s.text(2), s.text(3)};
            },
            batch, size, detail);
    }
    bool readResidents(const std::function<bool(const QList<Resident>&)>& batch, qsizetype size,
                       QString* detail) const override {
        return read<Resident>(
            "SELECT id, household_id, family_name, given_name, family_name_kana, given_name_kana,"
            " birth_date, sex, relationship, resident_since, previous_address, honseki, hittousha,"
            " status FROM residents ORDER BY line",
            [](const Statement& s) {
                Resident r;
                r.id = s.text(0);
                r.householdId = s.text(1);
                r.familyName = s.text(2);
                r.givenName = s.text(3);
                r.familyNameKana = s.text(4);
                r.givenNameKana = s.text(5);
                r.birthDate = s.date(6);
                r.sex = s.text(7);
                r.relationship = s.text(8);
                r.residentSince = s.date(9);
                r.previousAddress = s.text(10);
                r.honseki = s.text(11);
                r.hittousha = s.text(12);
                r.status = static_cast<Resident::Status>(s.integer(13));
                return r;
            },
            batch, size, detail);
    }
    bool readSeals(const std::function<bool(const QList<SealRegistration>&)>& batch, qsizetype size,
                   QString* detail) const override {
        return read<SealRegistration>(
            "SELECT resident_id, registration_number, registered_on FROM seals ORDER BY line",
            [](const Statement& s) {
                return SealRegistration{s.text(0), s.text(1), s.date(2)};
            },
            batch, size, detail);
    }
    bool readTaxes(const std::function<bool(const QList<TaxSummary>&)>& batch, qsizetype size,
                   QString* detail) const override {
        return read<TaxSummary>(
            "SELECT resident_id, fiscal_year, income, resident_tax, resident_tax_paid,"
            " light_vehicle_tax, light_vehicle_tax_paid, vehicle_plate FROM taxes ORDER BY line",
            [](const Statement& s) {
                TaxSummary t;
                t.residentId = s.text(0);
                t.fiscalYear = int(s.integer(1));
                t.income = s.integer(2);
                t.residentTax = s.integer(3);
                t.residentTaxPaid = s.integer(4);
                t.lightVehicleTax = s.integer(5);
                t.lightVehicleTaxPaid = s.integer(6);
                t.vehiclePlate = s.text(7);
                return t;
            },
            batch, size, detail);
    }

    sqlite3* db() const { return m_db; }

private:
    template <typename T, typename Make>
    bool read(const char* sql, Make make, const std::function<bool(const QList<T>&)>& batch, qsizetype size,
              QString* detail) const {
        Statement s(m_db, sql);
        if (!s.ok()) {
            *detail = lastError();
            return false;
        }
        QList<T> records;
        records.reserve(size);
        int rc = SQLITE_ROW;
        while ((rc = s.step()) == SQLITE_ROW) {
            records.append(make(s));
            if (records.size() >= size) {
                if (!batch(records))
                    return false;
                records.clear();
            }
        }
        if (rc != SQLITE_DONE) {
            *detail = lastError();
            return false;
        }
        return records.isEmpty() || batch(records);
    }

    sqlite3* m_db = nullptr;
    std::map<const char*, std::unique_ptr<Statement>> m_statements; // by the SQL literal's address
};

class RegistryCsvParser final {
public:
    RegistryStaging run(QIODevice& in, const RegistryLimits& limits);

private:
    void readHeader(const CsvRow& header);
    void readRow(const CsvRow& row);
    void readHousehold(RowReader& row);
    void readResident(RowReader& row);
    void readSeal(RowReader& row);
    void readTax(RowReader& row);
    void checkReferences();
    void addError(int line, const QString& column, const QString& message, const QString& detail) {
        if (m_errors.size() < kMaxErrors)
            m_errors.append({line, column, message, detail});
    }
    bool full() const { return m_errors.size() >= kMaxErrors; }
    // The staging database failed (a full disk): the file cannot be checked, the reading stops.
    void stagingFailed(int line) {
        if (m_stagingFailed)
            return;
        m_stagingFailed = true;
        m_errors.append(
            {line, QString(),
             QCoreApplication::translate("RegistryCsv", "The file could not be checked: the temporary working space "
                                                        "failed. Check the free disk space and try again."),
             m_staging->lastError()});
    }

    QList<RegistryCsvError> m_errors;
    std::unique_ptr<SqliteStaging> m_staging;
    bool m_stagingFailed = false;
    QHash<QString, qsizetype> m_columns;
    qsizetype m_headerWidth = 0;
    int m_lastLine = 0;
};

RegistryStaging RegistryCsvParser::run(QIODevice& in, const RegistryLimits& limits) {
    const auto finish = [this] {
        RegistryStaging result;
        result.errors = std::move(m_errors);
        if (result.errors.isEmpty())
            result.staged = std::move(m_staging);
        return result;
    };
    if (!in.isSequential() && in.size() > limits.maxFileBytes) {
        addError(1, QString(),
                 QCoreApplication::translate("RegistryCsv",
                                             "The file is larger than %1 MiB, more than an import may hold. Check "
                                             "that this is the right file, or split it.")
                     .arg(limits.maxFileBytes / (1024 * 1024)),
                 u"file of %1 bytes over the limit of %2"_s.arg(in.size()).arg(limits.maxFileBytes));
        return finish();
    }
    m_staging = std::make_unique<SqliteStaging>();
    if (QString detail; !m_staging->open(&detail)) {
        addError(1, QString(),
                 QCoreApplication::translate("RegistryCsv",
                                             "The file could not be checked: the temporary working space failed. "
                                             "Check the free disk space and try again."),
                 detail);
        return finish();
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
                if (!m_errors.isEmpty() && !m_columns.contains(u"record"_s))
                    return finish();
                continue;
            }
            if (++rows > limits.maxRows) {
                m_errors.append(
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
            stopped = full() || m_stagingFailed;
        }
        if (stopped || !more)
            break;
        if (full()) {
            stopped = true;
            break;
        }
    }
    if (!encodingErrors.isEmpty()) {
        // Read as UTF-8, a file in Shift_JIS gives nonsense errors everywhere: only say where the bad bytes are.
        m_errors = encodingErrors;
        return finish();
    }
    if (!headerRead) {
        if (m_errors.isEmpty())
            addError(1, QString(),
                     QCoreApplication::translate("RegistryCsv",
                                                 "The file is empty. It needs a header row and at least one record."),
                     u"no rows"_s);
        return finish();
    }
    if (rows == 0)
        addError(1, QString(), QCoreApplication::translate("RegistryCsv", "The file has a header row but no records."),
                 u"no data rows"_s);
    if (!stopped)
        checkReferences();
    if (full()) {
        m_errors.append(
            {m_lastLine, QString(),
             QCoreApplication::translate("RegistryCsv",
                                         "There are too many errors; only the first 500 are shown. Check that this is "
                                         "the right file."),
             u"error list truncated"_s});
    }
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [](const RegistryCsvError& a, const RegistryCsvError& b) { return a.line < b.line; });
    if (!m_errors.isEmpty()) {
        // Nothing partial: a refused file yields no records at all (finish() drops the staging database).
        qCInfo(lcCore) << "registry CSV refused:" << m_errors.size() << "error(s); first:" << m_errors.first().detail;
    }
    return finish();
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
    RowReader row(csvRow, m_columns, m_errors);
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
    Statement& insert = m_staging->statement(
        "INSERT OR IGNORE INTO households (line, id, head, postal_code, address) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, qint64(row.line())).bind(2, h.id).bind(3, h.headResidentId).bind(4, h.postalCode).bind(5, h.address);
    const SqliteStaging::Insert inserted = m_staging->insert(insert);
    if (inserted == SqliteStaging::Insert::Failed)
        return stagingFailed(row.line());
    if (inserted == SqliteStaging::Insert::Conflict) {
        const int first = m_staging->lineOf("SELECT line FROM households WHERE id = ?", h.id);
        row.error(
            u"id"_s,
            QCoreApplication::translate("RegistryCsv", "This household ID is already used on line %1.").arg(first),
            u"duplicate household id %1 (first on line %2)"_s.arg(h.id).arg(first));
    }
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
    // Household + name + birth date: the same person twice under two ids.
    const QString key = r.householdId + u'\x1F' + r.fullName() + u'\x1F' + r.birthDate.toString(Qt::ISODate);
    Statement& insert = m_staging->statement(
        "INSERT OR IGNORE INTO residents (line, id, household_id, person, is_head, adult_day, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, relationship, resident_since, previous_address, honseki,"
        " hittousha, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const bool headRelationship = r.relationship == u"世帯主"_s || r.relationship == u"本人"_s;
    insert.bind(1, qint64(row.line())).bind(2, r.id).bind(3, r.householdId).bind(4, key);
    insert.bind(5, qint64(headRelationship)).bind(6, r.birthDate.addYears(15).toJulianDay());
    insert.bind(7, r.familyName).bind(8, r.givenName).bind(9, r.familyNameKana).bind(10, r.givenNameKana);
    insert.bind(11, r.birthDate).bind(12, r.sex).bind(13, r.relationship).bind(14, r.residentSince);
    insert.bind(15, r.previousAddress).bind(16, r.honseki).bind(17, r.hittousha).bind(18, qint64(r.status));
    const SqliteStaging::Insert inserted = m_staging->insert(insert);
    if (inserted == SqliteStaging::Insert::Failed)
        return stagingFailed(row.line());
    if (inserted == SqliteStaging::Insert::Inserted)
        return;
    if (const int first = m_staging->lineOf("SELECT line FROM residents WHERE id = ?", r.id)) {
        row.error(u"id"_s,
                  QCoreApplication::translate("RegistryCsv", "This resident ID is already used on line %1.").arg(first),
                  u"duplicate resident id %1 (first on line %2)"_s.arg(r.id).arg(first));
        return;
    }
    const int first = m_staging->lineOf("SELECT line FROM residents WHERE person = ?", key);
    row.error(QString(),
              QCoreApplication::translate(
                  "RegistryCsv", "The same person (same household, name and date of birth) is already on line %1.")
                  .arg(first),
              u"line %1: resident %2 duplicates the person on line %3"_s.arg(row.line()).arg(r.id).arg(first));
}

void RegistryCsvParser::readSeal(RowReader& row) {
    SealRegistration s;
    s.residentId = checkId(row, u"resident_id"_s, row.required(u"resident_id"_s));
    s.registrationNumber = checkId(row, u"registration_number"_s, row.required(u"registration_number"_s));
    s.registeredOn = checkDate(row, u"registered_on"_s, row.required(u"registered_on"_s));
    if (row.failed())
        return;
    Statement& insert = m_staging->statement("INSERT OR IGNORE INTO seals (line, resident_id, registration_number,"
                                             " registered_on, registered_day) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, qint64(row.line())).bind(2, s.residentId).bind(3, s.registrationNumber).bind(4, s.registeredOn);
    insert.bind(5, s.registeredOn.toJulianDay());
    const SqliteStaging::Insert inserted = m_staging->insert(insert);
    if (inserted == SqliteStaging::Insert::Failed)
        return stagingFailed(row.line());
    if (inserted == SqliteStaging::Insert::Inserted)
        return;
    if (const int first =
            m_staging->lineOf("SELECT line FROM seals WHERE registration_number = ?", s.registrationNumber)) {
        row.error(
            u"registration_number"_s,
            QCoreApplication::translate("RegistryCsv", "This seal registration number is already used on line %1.")
                .arg(first),
            u"duplicate seal registration number (first on line %1)"_s.arg(first));
        return;
    }
    const int first = m_staging->lineOf("SELECT line FROM seals WHERE resident_id = ?", s.residentId);
    row.error(
        u"resident_id"_s,
        QCoreApplication::translate(
            "RegistryCsv", "This resident already has a registered seal on line %1. A person can register one seal.")
            .arg(first),
        u"second seal for resident %1 (first on line %2)"_s.arg(s.residentId).arg(first));
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
    Statement& insert = m_staging->statement(
        "INSERT OR IGNORE INTO taxes (line, resident_id, fiscal_year, income, resident_tax, resident_tax_paid,"
        " light_vehicle_tax, light_vehicle_tax_paid, vehicle_plate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, qint64(row.line())).bind(2, t.residentId).bind(3, qint64(t.fiscalYear)).bind(4, t.income);
    insert.bind(5, t.residentTax).bind(6, t.residentTaxPaid).bind(7, t.lightVehicleTax);
    insert.bind(8, t.lightVehicleTaxPaid).bind(9, t.vehiclePlate);
    const SqliteStaging::Insert inserted = m_staging->insert(insert);
    if (inserted == SqliteStaging::Insert::Failed)
        return stagingFailed(row.line());
    if (inserted == SqliteStaging::Insert::Inserted)
        return;
    const int first = m_staging->lineOf("SELECT line FROM taxes WHERE resident_id = ? AND fiscal_year = ?",
                                        t.residentId, t.fiscalYear);
    row.error(
        u"fiscal_year"_s,
        QCoreApplication::translate("RegistryCsv",
                                    "This resident already has a tax record for this fiscal year on line %1.")
            .arg(first),
        u"duplicate tax year %1 for resident %2 (first on line %3)"_s.arg(t.fiscalYear).arg(t.residentId).arg(first));
}

void RegistryCsvParser::checkReferences() {
    // Residents point at households; heads of household point back; seals and taxes point at residents. Each
    // check is one query in file order over the staging database, read a row at a time up to the error cap.
    const auto each = [this](const char* sql, const std::function<void(const Statement&)>& report) {
        if (full() || m_stagingFailed)
            return;
        Statement& s = m_staging->statement(sql);
        int rc = SQLITE_ROW;
        while (!full() && s.ok() && (rc = s.step()) == SQLITE_ROW)
            report(s);
        if (!s.ok() || (rc != SQLITE_ROW && rc != SQLITE_DONE))
            stagingFailed(m_lastLine);
    };
    each("SELECT r.line, r.id, r.household_id FROM residents r"
         " WHERE NOT EXISTS (SELECT 1 FROM households h WHERE h.id = r.household_id) ORDER BY r.line",
         [this](const Statement& s) {
             const int line = int(s.integer(0));
             addError(line, u"household_id"_s,
                      QCoreApplication::translate("RegistryCsv", "There is no household with this ID in the file."),
                      u"line %1: resident %2 refers to unknown household %3"_s.arg(line).arg(s.text(1), s.text(2)));
         });
    each("SELECT h.line, h.id, h.head, r.line, r.household_id, r.is_head FROM households h"
         " LEFT JOIN residents r ON r.id = h.head"
         " WHERE r.id IS NULL OR r.household_id <> h.id OR r.is_head = 0 ORDER BY h.line",
         [this](const Statement& s) {
             const int line = int(s.integer(0));
             const QString id = s.text(1);
             const QString head = s.text(2);
             const int headLine = int(s.integer(3));
             if (headLine == 0) {
                 addError(line, u"head_resident_id"_s,
                          QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                          u"line %1: household %2 head %3 unknown"_s.arg(line).arg(id, head));
             } else if (s.text(4) != id) {
                 addError(line, u"head_resident_id"_s,
                          QCoreApplication::translate("RegistryCsv",
                                                      "The head of household must be a member of this household."),
                          u"line %1: head %2 belongs to household %3"_s.arg(line).arg(head, s.text(4)));
             } else {
                 addError(headLine, u"relationship"_s,
                          QCoreApplication::translate("RegistryCsv",
                                                      "The head of household's relationship must be 世帯主 or 本人."),
                          u"line %1: head of household %2 has another relationship"_s.arg(headLine).arg(head));
             }
         });
    each("SELECT r.line, r.id, r.household_id FROM residents r JOIN households h ON h.id = r.household_id"
         " WHERE r.is_head = 1 AND h.head <> r.id ORDER BY r.line",
         [this](const Statement& s) {
             const int line = int(s.integer(0));
             addError(line, u"relationship"_s,
                      QCoreApplication::translate(
                          "RegistryCsv", "Only the head of household can have the relationship 世帯主 or 本人."),
                      u"line %1: resident %2 is not the head of household %3"_s.arg(line).arg(s.text(1), s.text(2)));
         });
    // 印鑑登録 is open to residents aged 15 and over.
    each("SELECT s.line, s.resident_id, r.line FROM seals s LEFT JOIN residents r ON r.id = s.resident_id"
         " WHERE r.id IS NULL OR s.registered_day < r.adult_day ORDER BY s.line",
         [this](const Statement& s) {
             const int line = int(s.integer(0));
             if (s.integer(2) == 0) {
                 addError(line, u"resident_id"_s,
                          QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                          u"line %1: seal refers to unknown resident %2"_s.arg(line).arg(s.text(1)));
             } else {
                 addError(line, u"registered_on"_s,
                          QCoreApplication::translate(
                              "RegistryCsv",
                              "A seal can be registered only by a person aged 15 or over on the registration date."),
                          u"line %1: seal registered before the resident's 15th birthday"_s.arg(line));
             }
         });
    each("SELECT t.line, t.resident_id FROM taxes t"
         " WHERE NOT EXISTS (SELECT 1 FROM residents r WHERE r.id = t.resident_id) ORDER BY t.line",
         [this](const Statement& s) {
             const int line = int(s.integer(0));
             addError(line, u"resident_id"_s,
                      QCoreApplication::translate("RegistryCsv", "There is no resident with this ID in the file."),
                      u"line %1: tax record refers to unknown resident %2"_s.arg(line).arg(s.text(1)));
         });
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

RegistryStaging stageRegistryCsv(QIODevice& in, const RegistryLimits& limits) {
    RegistryCsvParser parser;
    return parser.run(in, limits);
}

RegistryImport parseRegistryCsv(QIODevice& in, const RegistryLimits& limits) {
    RegistryStaging staging = stageRegistryCsv(in, limits);
    RegistryImport result;
    result.errors = std::move(staging.errors);
    if (!staging.staged)
        return result;
    constexpr qsizetype kBatch = 1000;
    QString detail;
    const bool read = staging.staged->readHouseholds(
                          [&](const QList<Household>& b) {
                              result.households += b;
                              return true;
                          },
                          kBatch, &detail) &&
                      staging.staged->readResidents(
                          [&](const QList<Resident>& b) {
                              result.residents += b;
                              return true;
                          },
                          kBatch, &detail) &&
                      staging.staged->readSeals(
                          [&](const QList<SealRegistration>& b) {
                              result.seals += b;
                              return true;
                          },
                          kBatch, &detail) &&
                      staging.staged->readTaxes(
                          [&](const QList<TaxSummary>& b) {
                              result.taxes += b;
                              return true;
                          },
                          kBatch, &detail);
    if (!read) {
        result = RegistryImport{};
        result.errors.append(
            {1, QString(),
             QCoreApplication::translate("RegistryCsv", "The file could not be checked: the temporary working "
                                                        "space failed. Check the free disk space and try again."),
             detail});
    }
    return result;
}

RegistryImport parseRegistryCsv(const QByteArray& csv) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return parseRegistryCsv(buffer, RegistryLimits{});
}

} // namespace madoguchi::registry
