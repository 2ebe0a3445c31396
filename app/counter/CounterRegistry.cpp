// The visit's registry port over the central store.
#include "CounterRegistry.h"

#include "registry/ResidentMatch.h"
#include "store/RegistryStore.h"
#include "visit/FormFilling.h"

#include <QCoreApplication>

namespace madoguchi::counter {
namespace {

visit::RegistryPerson personOf(const registry::Resident& r, const QList<registry::Household>& households,
                               const QString& headName = {}) {
    visit::RegistryPerson p;
    p.residentId = r.id;
    p.householdId = r.householdId;
    p.name = r.fullName();
    p.kana = r.familyNameKana + QChar(0x3000) + r.givenNameKana;
    p.birthDate = r.birthDate;
    p.sex = r.sex;
    p.relationship = r.relationship;
    p.householdHead = headName;
    p.residentSince = r.residentSince;
    p.previousAddress = r.previousAddress;
    for (const registry::Household& h : households) {
        if (h.id == r.householdId) {
            p.address = h.address;
            p.postalCode = h.postalCode;
        }
    }
    return p;
}

int confidenceOf(registry::MatchConfidence confidence) {
    switch (confidence) {
    case registry::MatchConfidence::Exact:
        return 100;
    case registry::MatchConfidence::Strong:
        return 90;
    case registry::MatchConfidence::Weak:
        return 60;
    }
    return 0;
}

} // namespace

CounterRegistry::CounterRegistry(const store::Connection* central, audit::AuditTrail& trail)
    : m_central(central)
    , m_trail(trail) {}

visit::LookupOutcome CounterRegistry::unreachable(const QString& detail) const {
    visit::LookupOutcome outcome;
    outcome.reachable = false;
    outcome.message = QCoreApplication::translate(
        "CounterRegistry", "The registry cannot be reached right now. Press F5 to try again; a move-in can still be "
                           "taken with the card's details (F8); certificates need the registry.");
    outcome.detail = detail;
    return outcome;
}

visit::LookupOutcome CounterRegistry::matchCard(const visit::CardFace& face) {
    if (!m_central || !m_central->isOpen())
        return unreachable(QStringLiteral("no central store"));
    store::RegistryLookup lookup(*m_central, m_trail, m_actor);
    lookup.gatherAudit(); // the search and every household it read, audited in one write
    QList<registry::Household> households;
    const auto residents = lookup.bornOn(face.birthDate, &households);
    if (!residents)
        return unreachable(residents.outcome.detail);
    QString audited;
    if (!lookup.commitAudit(&audited))
        return unreachable(audited); // nothing read is shown unaudited
    QList<registry::Resident> active;
    for (const registry::Resident& r : *residents)
        if (r.status == registry::Resident::Status::Active)
            active.append(r);
    const registry::MatchResult match = registry::matchCard(
        registry::CardIdentity{face.name, face.address, face.birthDate, face.sex}, active, households);
    visit::LookupOutcome outcome;
    for (const registry::MatchCandidate& c : match.candidates) {
        QStringList reasons;
        for (const QString& field : c.differingFields())
            reasons << QCoreApplication::translate("CounterRegistry", "differs: %1").arg(field);
        outcome.candidates.append(
            visit::RegistryCandidate{personOf(c.resident, households), confidenceOf(c.confidence), reasons});
    }
    return outcome;
}

visit::LookupOutcome CounterRegistry::search(const visit::RegistrySearch& search) {
    if (!m_central || !m_central->isOpen())
        return unreachable(QStringLiteral("no central store"));
    store::RegistryLookup lookup(*m_central, m_trail, m_actor);
    lookup.gatherAudit();
    QList<registry::Household> households;
    const auto residents = lookup.bornOn(search.birthDate, &households);
    if (!residents)
        return unreachable(residents.outcome.detail);
    QString audited;
    if (!lookup.commitAudit(&audited))
        return unreachable(audited);
    const QString name = visit::comparable(search.name);
    const QString address = visit::comparable(search.address);
    visit::LookupOutcome outcome;
    for (const registry::Resident& r : *residents) {
        const visit::RegistryPerson p = personOf(r, households);
        const bool nameMatches = visit::comparable(p.name).contains(name) || visit::comparable(p.kana).contains(name);
        const bool addressMatches = address.isEmpty() || visit::comparable(p.address).contains(address);
        if (r.status == registry::Resident::Status::Active && nameMatches && addressMatches)
            outcome.candidates.append(visit::RegistryCandidate{p, address.isEmpty() ? 80 : 95, {}});
    }
    return outcome;
}

visit::HouseholdOutcome CounterRegistry::household(const QString& residentId) {
    visit::HouseholdOutcome outcome;
    if (residentId.isEmpty())
        return outcome;
    if (!m_central || !m_central->isOpen()) {
        const visit::LookupOutcome away = unreachable(QStringLiteral("no central store"));
        return {false, {}, away.message, away.detail};
    }
    store::RegistryLookup lookup(*m_central, m_trail, m_actor);
    // The resident, the household, each member, the seal and tax records: one access, audited in one write (one
    // disk flush instead of one per person) before any of it is returned.
    lookup.gatherAudit();
    const auto resident = lookup.resident(residentId);
    if (!resident) {
        const visit::LookupOutcome away = unreachable(resident.outcome.detail);
        return {false, {}, away.message, away.detail};
    }
    if (!resident->has_value())
        return outcome;
    const auto household = lookup.household((*resident)->householdId);
    const auto members = lookup.members((*resident)->householdId);
    if (!household || !household->has_value() || !members)
        return outcome;
    QString headName;
    for (const registry::Resident& r : *members)
        if (r.id == (*household)->headResidentId)
            headName = r.fullName();
    for (const registry::Resident& r : *members)
        if (r.status == registry::Resident::Status::Active)
            outcome.people.append(personOf(r, {**household}, headName));
    // The seal registration and the tax records of the resident themself (not the household's): what their seal and
    // tax certificates are made from.
    const auto seals = lookup.seals(residentId);
    const auto taxes = lookup.taxes(residentId);
    if (!seals || !taxes)
        return {false,
                {},
                unreachable(QStringLiteral("seal or tax lookup failed")).message,
                !seals ? seals.outcome.detail : taxes.outcome.detail};
    for (visit::RegistryPerson& p : outcome.people) {
        if (p.residentId != residentId)
            continue;
        if (!seals->isEmpty()) {
            p.sealNumber = seals->first().registrationNumber;
            p.sealRegisteredOn = seals->first().registeredOn;
        }
        for (const registry::TaxSummary& t : *taxes)
            p.taxes.append({t.fiscalYear, t.income, t.residentTax, t.residentTaxPaid, t.lightVehicleTax,
                            t.lightVehicleTaxPaid, t.vehiclePlate});
    }
    QString audited;
    if (!lookup.commitAudit(&audited)) {
        const visit::LookupOutcome away = unreachable(audited);
        return {false, {}, away.message, away.detail};
    }
    return outcome;
}

} // namespace madoguchi::counter
