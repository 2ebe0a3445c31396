// The counter's audit of resident data outside the issuance, and staff sign-in.
#include "CounterAccess.h"

#include "DataLogging.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"
#include "visit/VisitLogging.h"

#include <QCoreApplication>

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

void CounterStaff::record(const staff::Principal& who, const QString& action, const QString& subject,
                          const QString& reason) {
    store::Transaction transaction(m_local);
    QString detail;
    if (!transaction.isOpen() || !m_trail.append({who.staffId, m_terminalId, reason}, action, subject, &detail) ||
        !transaction.commit())
        qCCritical(lcAudit) << "audit event" << action << "could not be written:" << detail;
}

void CounterStaff::lock() {
    if (m_current.signedIn)
        record(m_current, QStringLiteral("staff.screen_locked"), m_current.staffId, QStringLiteral("idle"));
}

SignIn CounterStaff::unlock(const QString& login, const QString& password) {
    SignIn result;
    if (!m_current.signedIn) {
        result.message = QCoreApplication::translate("CounterStaff", "Nobody is signed in at this counter.");
        return result;
    }
    QString typed = password;
    staff::SignInResult checked = m_signIn.signIn(login, typed);
    if (!checked.ok()) {
        qCInfo(lcVisit).noquote() << checked.outcome.detail;
        result.message = checked.outcome.message;
        return result;
    }
    const bool same = checked.principal.staffId == m_current.staffId;
    if (!same && checked.principal.role != domain::Role::Supervisor) {
        // Signed in a moment to find out who it is: out again, and the counter stays locked for its clerk.
        m_signIn.signOut(checked.principal, QStringLiteral("may not open another staff member's locked counter"));
        record(checked.principal, QStringLiteral("staff.unlock_refused"), m_current.staffId,
               QStringLiteral("neither the signed-in staff member nor a supervisor"));
        result.message = QCoreApplication::translate(
            "CounterStaff", "Only the staff member who is signed in, or a supervisor, can open this counter.");
        return result;
    }
    if (same) {
        // The check made a session of its own: the one that was locked goes on.
        m_signIn.signOut(checked.principal, QStringLiteral("unlocked the screen"));
        record(m_current, QStringLiteral("staff.screen_unlocked"), m_current.staffId,
               QStringLiteral("by the same staff member"));
    } else {
        // A supervisor takes the counter over, the visit included; the clerk's session ends here.
        m_signIn.signOut(m_current, QStringLiteral("screen unlocked by a supervisor"));
        record(checked.principal, QStringLiteral("staff.screen_unlocked"), m_current.staffId,
               QStringLiteral("by a supervisor, who takes the counter over"));
        m_current = checked.principal;
    }
    result.ok = true;
    result.staffId = m_current.staffId;
    result.displayName = same ? QString() : checked.displayName;
    result.principal = m_current;
    if (!same && m_changed)
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
