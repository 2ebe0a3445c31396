// The visit's registry port over the central store: card matching, the no-card search, the household.
#pragma once

#include "audit/AuditTrail.h"
#include "visit/VisitPorts.h"

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::counter {

// The registry over the central store: card matching with the registry matcher, the no-card search, and the
// household; every read audited by the store under the signed-in clerk. Blocking: the counter calls it on its worker
// thread (CounterBackground), the CLI directly.
class CounterRegistry final {
public:
    // `central` may be null: the registry is then reported unreachable, never silently empty.
    CounterRegistry(const store::Connection* central, audit::AuditTrail& trail);

    void setActor(const audit::Actor& actor) { m_actor = actor; }

    visit::LookupOutcome matchCard(const visit::CardFace& face);
    visit::LookupOutcome search(const visit::RegistrySearch& search);
    visit::HouseholdOutcome household(const QString& residentId);

private:
    visit::LookupOutcome unreachable(const QString& detail) const;

    const store::Connection* m_central;
    audit::AuditTrail& m_trail;
    audit::Actor m_actor;
};

} // namespace madoguchi::counter
