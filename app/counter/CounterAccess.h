// Audit events for resident data the counter touches outside the issuance, and staff sign-in.
#pragma once

#include "CounterPorts.h"
#include "audit/AuditTrail.h"
#include "visit/VisitPorts.h"

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::counter {

// The counter's audit of resident data it touches outside the issuance (card reads, PIN failures, My Number revealed,
// visits cancelled), each appended to the terminal's hash-chained trail under the signed-in clerk.
class CounterAccess final : public visit::AccessLog {
public:
    CounterAccess(const store::Connection& local, audit::AuditTrail& trail);
    void setActor(const audit::Actor& actor) { m_actor = actor; }
    void record(const QString& action, const QString& subject, const QString& reason) override;

private:
    const store::Connection& m_local;
    audit::AuditTrail& m_trail;
    audit::Actor m_actor;
};

// Staff sign-in against the staff accounts (Argon2id hashes): the central store's when it answers, else the copy
// the sync keeps on this terminal, so a counter can open while the line to the centre is down.
class CounterStaff final : public StaffDirectory {
public:
    CounterStaff(const store::Connection* central, const store::Connection& local);
    SignIn signIn(const QString& staffId, const QString& password) override;

private:
    const store::Connection* m_central;
    const store::Connection& m_local;
};

} // namespace madoguchi::counter
