// The registry (住民基本台帳) in the central store: imported whole in one transaction, looked up one resident at a
// time on demand (never copied onto terminals), every lookup leaving an audit event on the terminal.
#include "RegistryStore.h"

#include "DataLogging.h"
#include "store/Connection.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::store {

using registry::Resident;

namespace {
QVariant date(const QDate& value) {
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString statusName(Resident::Status status) {
    switch (status) {
    case Resident::Status::Active:
        return QStringLiteral("active");
    case Resident::Status::MovedOut:
        return QStringLiteral("moved_out");
    case Resident::Status::Deceased:
        return QStringLiteral("deceased");
    }
    return {};
}

Resident::Status parseStatus(const QString& name) {
    if (name == QLatin1String("moved_out"))
        return Resident::Status::MovedOut;
    if (name == QLatin1String("deceased"))
        return Resident::Status::Deceased;
    return Resident::Status::Active;
}

TableColumns spec(const char* table, const char* key, const char* columns) {
    return {QString::fromLatin1(table), QString::fromLatin1(key), QString::fromLatin1(columns).split(QLatin1Char(','))};
}

const char* const kResidentColumns = "id,household_id,family_name,given_name,family_name_kana,given_name_kana,"
                                     "birth_date,sex,relationship,resident_since,previous_address,honseki,hittousha,"
                                     "status";

Resident residentFrom(const QSqlQuery& q) {
    Resident r;
    r.id = q.value(0).toString();
    r.householdId = q.value(1).toString();
    r.familyName = q.value(2).toString();
    r.givenName = q.value(3).toString();
    r.familyNameKana = q.value(4).toString();
    r.givenNameKana = q.value(5).toString();
    r.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.sex = q.value(7).toString();
    r.relationship = q.value(8).toString();
    r.residentSince = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.previousAddress = q.value(10).toString();
    r.honseki = q.value(11).toString();
    r.hittousha = q.value(12).toString();
    r.status = parseStatus(q.value(13).toString());
    return r;
}

Outcome lookupFailed(const QString& detail) {
    qCWarning(lcStore) << "registry lookup failed:" << detail;
    return Outcome::failure(QCoreApplication::translate(
                                "registry", "The registry cannot be searched right now. Try again, or ask IT staff."),
                            detail);
}
} // namespace

Result<RegistryCounts> importRegistry(const Connection& central, const registry::RegistryImport& parsed,
                                      const staff::Principal& who) {
    if (Outcome allowed = staff::authorize(who, staff::Action::ImportRegistry); !allowed)
        return Result<RegistryCounts>::refused(allowed);
    return importRegistry(central, parsed);
}

namespace {
QVariantList householdRow(const registry::Household& h) {
    return {h.id, notNull(h.headResidentId), notNull(h.postalCode), notNull(h.address)};
}
QVariantList residentRow(const Resident& r) {
    return {r.id,
            r.householdId,
            notNull(r.familyName),
            notNull(r.givenName),
            notNull(r.familyNameKana),
            notNull(r.givenNameKana),
            date(r.birthDate),
            notNull(r.sex),
            notNull(r.relationship),
            date(r.residentSince),
            notNull(r.previousAddress),
            notNull(r.honseki),
            notNull(r.hittousha),
            statusName(r.status)};
}
QVariantList sealRow(const registry::SealRegistration& s) {
    return {s.residentId, s.registrationNumber, date(s.registeredOn)};
}
QVariantList taxRow(const registry::TaxSummary& t) {
    return {t.residentId,          t.fiscalYear,           t.income,
            t.residentTax,         t.residentTaxPaid,      t.lightVehicleTax,
            t.lightVehicleTaxPaid, notNull(t.vehiclePlate)};
}

const TableColumns& householdSpec() {
    static const TableColumns s = spec("households", "id", "id,head_resident_id,postal_code,address");
    return s;
}
const TableColumns& residentSpec() {
    static const TableColumns s = spec("residents", "id", kResidentColumns);
    return s;
}
const TableColumns& sealSpec() {
    static const TableColumns s =
        spec("seal_registrations", "resident_id, registration_number", "resident_id,registration_number,registered_on");
    return s;
}
const TableColumns& taxSpec() {
    static const TableColumns s = spec("tax_summaries", "resident_id, fiscal_year",
                                       "resident_id,fiscal_year,income,resident_tax,resident_tax_paid,"
                                       "light_vehicle_tax,light_vehicle_tax_paid,vehicle_plate");
    return s;
}

template <typename T> QList<QVariantList> rowsOf(const QList<T>& records, QVariantList (*row)(const T&)) {
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const T& record : records)
        rows.append(row(record));
    return rows;
}

Result<RegistryCounts> parseErrors(qsizetype count) {
    const int errorCount = static_cast<int>(count);
    return Result<RegistryCounts>::refused(Outcome::failure(
        QCoreApplication::translate("registry", "The file has %n error(s); nothing was imported.", nullptr, errorCount),
        QStringLiteral("%1 parse errors").arg(errorCount)));
}

Result<RegistryCounts> storeFailed(const QString& detail) {
    qCWarning(lcStore) << "registry import failed:" << detail;
    return Result<RegistryCounts>::refused(Outcome::failure(
        QCoreApplication::translate("registry", "The registry could not be stored; nothing was imported."), detail));
}
} // namespace

Result<RegistryCounts> importRegistry(const Connection& central, const registry::RegistryImport& parsed) {
    if (!parsed.ok())
        return parseErrors(parsed.errors.size());
    QString detail;
    Transaction transaction(central);
    const bool ok = transaction.isOpen() &&
                    upsertRows(central, householdSpec(), rowsOf(parsed.households, householdRow), true, &detail) &&
                    upsertRows(central, residentSpec(), rowsOf(parsed.residents, residentRow), true, &detail) &&
                    upsertRows(central, sealSpec(), rowsOf(parsed.seals, sealRow), true, &detail) &&
                    upsertRows(central, taxSpec(), rowsOf(parsed.taxes, taxRow), true, &detail) && transaction.commit();
    if (!ok)
        return storeFailed(detail);
    return Result<RegistryCounts>::of({static_cast<int>(parsed.households.size()),
                                       static_cast<int>(parsed.residents.size()), static_cast<int>(parsed.seals.size()),
                                       static_cast<int>(parsed.taxes.size())});
}

Result<RegistryCounts> importRegistry(const Connection& central, const registry::StagedRegistry& staged,
                                      const staff::Principal& who) {
    if (Outcome allowed = staff::authorize(who, staff::Action::ImportRegistry); !allowed)
        return Result<RegistryCounts>::refused(allowed);
    // 32 rows a batch, one statement each (upsertRows): SQLite's parser looks each placeholder up among those
    // before it, so preparing a statement costs the square of its placeholders; 32 rows (128 to 448 values) keep
    // that small against the work of the insert, and the memory of a batch to a few hundred KB.
    constexpr qsizetype kBatch = 32;
    QString detail;
    RegistryCounts counts;
    const auto writer = [&](const TableColumns& table, int& counted, auto row) {
        return [&, row](const auto& records) {
            counted += static_cast<int>(records.size());
            return upsertRows(central, table, rowsOf(records, row), true, &detail);
        };
    };
    Transaction transaction(central);
    const bool ok = transaction.isOpen() &&
                    staged.readHouseholds(writer(householdSpec(), counts.households, &householdRow), kBatch, &detail) &&
                    staged.readResidents(writer(residentSpec(), counts.residents, &residentRow), kBatch, &detail) &&
                    staged.readSeals(writer(sealSpec(), counts.seals, &sealRow), kBatch, &detail) &&
                    staged.readTaxes(writer(taxSpec(), counts.taxes, &taxRow), kBatch, &detail) && transaction.commit();
    if (!ok)
        return storeFailed(detail);
    return Result<RegistryCounts>::of(counts);
}

RegistryLookup::RegistryLookup(const Connection& central, audit::AuditTrail& trail, audit::Actor actor)
    : m_central(central)
    , m_trail(trail)
    , m_actor(std::move(actor)) {}

RegistryLookup::~RegistryLookup() {
    QString detail;
    if (!commitAudit(&detail))
        qCWarning(lcStore) << "registry reads not audited:" << detail;
}

bool RegistryLookup::audit(const QString& action, const QString& subject, QString* detail) {
    if (m_gather) {
        m_gathered.append({action, subject});
        return true;
    }
    return m_trail.append(m_actor, action, subject, detail);
}

bool RegistryLookup::commitAudit(QString* detail) {
    const QList<audit::AuditTrail::Entry> events = std::exchange(m_gathered, {});
    return m_trail.appendAll(m_actor, events, detail);
}

Result<std::optional<Resident>> RegistryLookup::resident(const QString& residentId) {
    using R = Result<std::optional<Resident>>;
    QString detail;
    if (!audit(QStringLiteral("registry.read"), residentId, &detail))
        return R::refused(lookupFailed(detail));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT %1 FROM residents WHERE id = ?").arg(QLatin1String(kResidentColumns)));
    q.addBindValue(residentId);
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    return R::of(q.next() ? std::optional<Resident>(residentFrom(q)) : std::nullopt);
}

Result<QList<Resident>> RegistryLookup::search(const QString& familyNameKana, const QDate& birthDate) {
    using R = Result<QList<Resident>>;
    QString detail;
    if (!audit(QStringLiteral("registry.search"), QStringLiteral("kana+birth_date"),
               &detail)) { // the search terms are personal data: not in the trail
        return R::refused(lookupFailed(detail));
    }
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT %1 FROM residents WHERE family_name_kana = ? AND birth_date = ? ORDER BY id "
                             "LIMIT 20")
                  .arg(QLatin1String(kResidentColumns)));
    q.addBindValue(familyNameKana);
    q.addBindValue(birthDate.toString(Qt::ISODate));
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    QList<Resident> found;
    while (q.next()) {
        found.append(residentFrom(q));
        // Each resident shown to the clerk is a read of that resident's data.
        if (!audit(QStringLiteral("registry.read"), found.last().id, &detail))
            return R::refused(lookupFailed(detail));
    }
    return R::of(found);
}

Result<std::optional<registry::Household>> RegistryLookup::household(const QString& householdId) {
    using R = Result<std::optional<registry::Household>>;
    QString detail;
    if (!audit(QStringLiteral("registry.household"), householdId, &detail))
        return R::refused(lookupFailed(detail));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT id, head_resident_id, postal_code, address FROM households WHERE id = ?"));
    q.addBindValue(householdId);
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    if (!q.next())
        return R::of(std::nullopt);
    return R::of(registry::Household{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString()});
}

Result<QList<Resident>> RegistryLookup::bornOn(const QDate& birthDate, QList<registry::Household>* households) {
    using R = Result<QList<Resident>>;
    QString detail;
    if (!audit(QStringLiteral("registry.search"), QStringLiteral("card birth_date"), &detail))
        return R::refused(lookupFailed(detail));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT %1 FROM residents WHERE birth_date = ? ORDER BY id LIMIT 50")
                  .arg(QLatin1String(kResidentColumns)));
    q.addBindValue(birthDate.toString(Qt::ISODate));
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    QList<Resident> found;
    while (q.next())
        found.append(residentFrom(q));
    for (const Resident& r : std::as_const(found)) {
        const auto household = this->household(r.householdId);
        if (!household)
            return R::refused(household.outcome);
        if (household->has_value())
            households->append(**household);
    }
    return R::of(found);
}

Result<QList<Resident>> RegistryLookup::members(const QString& householdId) {
    using R = Result<QList<Resident>>;
    QString detail;
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT %1 FROM residents WHERE household_id = ? ORDER BY id LIMIT 60")
                  .arg(QLatin1String(kResidentColumns)));
    q.addBindValue(householdId);
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    QList<Resident> found;
    while (q.next()) {
        found.append(residentFrom(q));
        if (!audit(QStringLiteral("registry.read"), found.last().id, &detail))
            return R::refused(lookupFailed(detail));
    }
    return R::of(found);
}

Result<QList<registry::SealRegistration>> RegistryLookup::seals(const QString& residentId) {
    using R = Result<QList<registry::SealRegistration>>;
    QString detail;
    if (!audit(QStringLiteral("registry.read_seal"), residentId, &detail))
        return R::refused(lookupFailed(detail));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT registration_number, registered_on FROM seal_registrations WHERE resident_id = ? "
                             "ORDER BY registered_on DESC"));
    q.addBindValue(residentId);
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    QList<registry::SealRegistration> found;
    while (q.next())
        found.append({residentId, q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    return R::of(found);
}

Result<QList<registry::TaxSummary>> RegistryLookup::taxes(const QString& residentId) {
    using R = Result<QList<registry::TaxSummary>>;
    QString detail;
    if (!audit(QStringLiteral("registry.read_tax"), residentId, &detail))
        return R::refused(lookupFailed(detail));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT fiscal_year, income, resident_tax, resident_tax_paid, light_vehicle_tax, "
                             "light_vehicle_tax_paid, vehicle_plate FROM tax_summaries WHERE resident_id = ? "
                             "ORDER BY fiscal_year DESC"));
    q.addBindValue(residentId);
    if (!q.exec())
        return R::refused(lookupFailed(q.lastError().text()));
    QList<registry::TaxSummary> found;
    while (q.next()) {
        registry::TaxSummary t;
        t.residentId = residentId;
        t.fiscalYear = q.value(0).toInt();
        t.income = q.value(1).toLongLong();
        t.residentTax = q.value(2).toLongLong();
        t.residentTaxPaid = q.value(3).toLongLong();
        t.lightVehicleTax = q.value(4).toLongLong();
        t.lightVehicleTaxPaid = q.value(5).toLongLong();
        t.vehiclePlate = q.value(6).toString();
        found.append(t);
    }
    return R::of(found);
}

} // namespace madoguchi::store
