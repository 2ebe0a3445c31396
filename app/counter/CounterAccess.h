// Audit events for resident data the counter touches outside the issuance, and staff sign-in.
#pragma once

#include "CounterPorts.h"
#include "audit/AuditTrail.h"
#include "staff/StaffSignIn.h"
#include "visit/VisitPorts.h"

#include <functional>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::counter {

// The counter's audit of resident data it touches outside the issuance (card reads, PIN failures, My Number revealed,
// visits cancelled), each appended to the terminal's hash-chained trail under the signed-in clerk, and the role
// check for the signed-in clerk (refusals audited too).
class CounterAccess final : public visit::AccessLog {
public:
    CounterAccess(const store::Connection& local, audit::AuditTrail& trail);
    void setActor(const audit::Actor& actor) { m_actor = actor; }
    void setPrincipal(const staff::Principal& principal) { m_principal = principal; }
    void record(const QString& action, const QString& subject, const QString& reason) override;
    Outcome authorize(staff::Action action) override;

private:
    const store::Connection& m_local;
    audit::AuditTrail& m_trail;
    audit::Actor m_actor;
    staff::Principal m_principal;
};

// Staff sign-in at the counter (staff::StaffSignIn: the central store's accounts when it answers, else the copy the
// sync keeps on this terminal; back-off, lockout, audit). Only a role that may serve visits opens the counter.
// `changed` is called with every sign-in and sign-out, so the core acts for whoever is signed in.
class CounterStaff final : public StaffDirectory {
public:
    CounterStaff(const store::Connection* central, const store::Connection& local, audit::AuditTrail& trail,
                 QString terminalId, staff::SignInPolicy policy, std::function<void(const SignIn&)> changed);
    SignIn signIn(const QString& login, const QString& password) override;
    void signOut(const QString& reason) override;
    void lock() override;
    SignIn unlock(const QString& login, const QString& password) override;

private:
    void record(const staff::Principal& who, const QString& action, const QString& subject, const QString& reason);

    staff::StaffSignIn m_signIn;
    const store::Connection& m_local;
    audit::AuditTrail& m_trail;
    QString m_terminalId;
    std::function<void(const SignIn&)> m_changed;
    staff::Principal m_current;
};

} // namespace madoguchi::counter
