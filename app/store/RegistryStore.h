// The registry (住民基本台帳) in the central store: imported whole in one transaction, looked up one resident at a
// time on demand (never copied onto terminals), every lookup leaving an audit event on the terminal.
#pragma once

#include "Outcome.h"
#include "audit/AuditTrail.h"
#include "registry/RegistryCsv.h"
#include "staff/Authorization.h"

#include <optional>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::store {

struct RegistryCounts {
    int households = 0;
    int residents = 0;
    int seals = 0;
    int taxes = 0;
};

// Stores a parsed import in one central transaction: all of it or, on any refusal, nothing. Rows with the same id
// replace what is there (a newer extract of the same registry).
// This form is for the installation itself (the embedded store's demo seed); people go through the next one.
Result<RegistryCounts> importRegistry(const Connection& central, const registry::RegistryImport& parsed);
// The import a person runs: refused unless `who` may load the registry (staff::Action::ImportRegistry).
Result<RegistryCounts> importRegistry(const Connection& central, const registry::RegistryImport& parsed,
                                      const staff::Principal& who);
// The same from a staged import (registry::stageRegistryCsv): read back and written a batch at a time within the
// one transaction, households first (the residents refer to them), so memory does not grow with the file.
Result<RegistryCounts> importRegistry(const Connection& central, const registry::StagedRegistry& staged,
                                      const staff::Principal& who);

// Reads from the central registry. Every read of a resident writes an audit event to the terminal's chain first:
// a lookup that cannot be audited is not made.
class RegistryLookup final {
public:
    RegistryLookup(const Connection& central, audit::AuditTrail& trail, audit::Actor actor);
    // Writes any events still gathered: a read is never left unaudited.
    ~RegistryLookup();
    RegistryLookup(const RegistryLookup&) = delete;
    RegistryLookup& operator=(const RegistryLookup&) = delete;

    // Several reads that make one access (the household view, the candidates of a card): from here on each read's
    // event is gathered instead of written, and commitAudit() writes them all at once (one local commit). The caller
    // shows nothing it read unless commitAudit() succeeded.
    void gatherAudit() { m_gather = true; }
    bool commitAudit(QString* detail = nullptr);

    Result<std::optional<registry::Resident>> resident(const QString& residentId);
    // By kana and birth date, the way a clerk asks a resident without a card. At most 20.
    Result<QList<registry::Resident>> search(const QString& familyNameKana, const QDate& birthDate);
    Result<std::optional<registry::Household>> household(const QString& householdId);
    // Everyone born on `birthDate` with their households: the candidates a card is matched against. At most 50.
    Result<QList<registry::Resident>> bornOn(const QDate& birthDate, QList<registry::Household>* households);
    // The members of a household (the counter's 世帯 view), each read audited.
    Result<QList<registry::Resident>> members(const QString& householdId);
    // What the certificates of a resident are made from: the seal registration (印鑑登録) and the tax records, newest
    // fiscal year first. Each read audited.
    Result<QList<registry::SealRegistration>> seals(const QString& residentId);
    Result<QList<registry::TaxSummary>> taxes(const QString& residentId);

private:
    bool audit(const QString& action, const QString& subject, QString* detail);

    const Connection& m_central;
    audit::AuditTrail& m_trail;
    audit::Actor m_actor;
    bool m_gather = false;
    QList<audit::AuditTrail::Entry> m_gathered;
};

} // namespace madoguchi::store
