// The counter's audit of resident data outside the issuance, and staff sign-in.
#include "CounterAccess.h"

#include "staff/AccessGuard.h"
#include "store/Connection.h"
#include "visit/VisitLogging.h"

namespace madoguchi::counter {

CounterAccess::CounterAccess(const store::Connection& local, audit::AuditTrail& trail)
    : m_local(local)
    , m_trail(trail) {}

void CounterAccess::record(const QString& action, const QString& subject, const QString& reason) {
    audit::Actor actor = m_actor;
    actor.reason = reason;
    store::Transaction transaction(m_local);
    QString detail;
    if (!transaction.isOpen() || !m_trail.append(actor, action, subject, &detail) || !transaction.commit())
        qCCritical(lcVisit) << "audit event" << action << "could not be written:" << detail;
}

Outcome CounterAccess::authorize(staff::Action action) {
    return staff::authorizeAudited(m_principal, action, m_local, m_trail, m_actor.terminalId);
}

CounterStaff::CounterStaff(const store::Connection* central, const store::Connection& local, audit::AuditTrail& trail,
                           QString terminalId, staff::SignInPolicy policy, std::function<void(const SignIn&)> changed)
    : m_signIn(central, local, trail, terminalId, policy)
    , m_local(local)
    , m_trail(trail)
    , m_terminalId(std::move(terminalId))
    , m_changed(std::move(changed)) {}

SignIn CounterStaff::signIn(const QString& login, const QString& password) {
    QString typed = password;
    staff::SignInResult checked = m_signIn.signIn(login, typed);
    SignIn result;
    if (!checked.ok()) {
        qCInfo(lcVisit).noquote() << checked.outcome.detail;
        result.message = checked.outcome.message;
        return result;
    }
    // An admin or a kiosk account has nothing to do at a counter: signed in, refused (audited), signed out.
    if (Outcome allowed = staff::authorizeAudited(checked.principal, staff::Action::ServeVisit, m_local, m_trail,
                                                  m_terminalId, QStringLiteral("counter"));
        !allowed) {
        m_signIn.signOut(checked.principal, QStringLiteral("role may not serve at the counter"));
        result.message = allowed.message;
        return result;
    }
    if (m_current.signedIn)
        m_signIn.signOut(m_current, QStringLiteral("another staff member signed in"));
    m_current = checked.principal;
    result.ok = true;
    result.staffId = checked.principal.staffId;
    result.displayName = checked.displayName;
    result.principal = checked.principal;
    if (m_changed)
        m_changed(result);
    return result;
}

void CounterStaff::signOut(const QString& reason) {
    if (!m_current.signedIn)
        return;
    m_signIn.signOut(m_current, reason);
    m_current = {};
    if (m_changed)
        m_changed({});
}

} // namespace madoguchi::counter
