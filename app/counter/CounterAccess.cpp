// The counter's audit of resident data outside the issuance, and staff sign-in.
#include "CounterAccess.h"

#include "privacy/StaffPassword.h"
#include "store/Connection.h"
#include "visit/VisitLogging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

CounterStaff::CounterStaff(const store::Connection* central, const store::Connection& local)
    : m_central(central)
    , m_local(local) {}

SignIn CounterStaff::signIn(const QString& login, const QString& password) {
    QString typed = password;
    SignIn result;
    QSqlQuery q;
    bool asked = false;
    if (m_central && m_central->isOpen()) {
        q = QSqlQuery(m_central->db());
        q.prepare(QStringLiteral("SELECT id, display_name, password_hash, active FROM staff WHERE login = ?"));
        q.addBindValue(login);
        asked = q.exec();
        if (!asked)
            qCWarning(lcVisit) << "central staff lookup failed, using this terminal's copy:" << q.lastError().text();
    }
    if (!asked) {
        q = QSqlQuery(m_local.db());
        q.prepare(QStringLiteral("SELECT id, display_name, password_hash, active FROM staff WHERE login = ?"));
        q.addBindValue(login);
        asked = q.exec();
    }
    if (!asked) {
        result.message = QCoreApplication::translate(
            "CounterStaff", "Staff accounts cannot be checked: the central database is not reachable. Ask IT staff.");
        return result;
    }
    const bool found = q.next();
    const bool ok = found && q.value(3).toBool() && privacy::checkStaffPassword(q.value(2).toString(), typed);
    if (!ok) {
        qCInfo(lcVisit) << "sign-in refused for a login" << (found ? "with a wrong password or inactive" : "unknown");
        result.message = QCoreApplication::translate("CounterStaff", "Staff ID or password is wrong.");
        return result;
    }
    result.ok = true;
    result.staffId = q.value(0).toString();
    result.displayName = q.value(1).toString();
    return result;
}

} // namespace madoguchi::counter
