// Staff sign-in (サインイン): the central staff table or this terminal's synced copy, back-off and lockout, audited.
#include "StaffSignIn.h"

#include "DataLogging.h"
#include "Settings.h"
#include "privacy/StaffPassword.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::staff {

namespace {

int settingOr(const Settings& settings, const char* key, int fallback, int low, int high) {
    bool ok = false;
    const int value = settings.value(QString::fromLatin1(key)).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

// The key failures are counted under: a digest of the login as typed, so the local store never holds a mistyped
// password someone entered into the login field.
QString failureKey(const QString& login) {
    return QString::fromLatin1(QCryptographicHash::hash(login.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

struct Account {
    bool found = false;
    QString id;
    QString displayName;
    QString passwordHash;
    bool active = false;
    domain::Role role = domain::Role::Clerk;
    bool roleKnown = false;
};

bool lookUp(const store::Connection& connection, const QString& login, Account* account, QString* detail) {
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT id, display_name, password_hash, active, role FROM staff WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    if (q.next()) {
        account->found = true;
        account->id = q.value(0).toString();
        account->displayName = q.value(1).toString();
        account->passwordHash = q.value(2).toString();
        account->active = q.value(3).toBool();
        account->roleKnown = domain::parseRole(q.value(4).toString(), &account->role);
    }
    return true;
}

QString waitText(int seconds, bool locked) {
    if (locked)
        return QCoreApplication::translate(
            "staff",
            "Too many wrong attempts: this login is locked. Try again in %n minute(s) or ask an administrator.",
            nullptr, (seconds + 59) / 60);
    return QCoreApplication::translate("staff", "Too many wrong attempts. Wait %n second(s) and try again.", nullptr,
                                       seconds);
}

} // namespace

SignInPolicy SignInPolicy::fromSettings(const Settings& settings) {
    SignInPolicy policy;
    policy.freeFailures = settingOr(settings, "staff/sign_in_free_failures", policy.freeFailures, 1, 100);
    policy.backoffSeconds = settingOr(settings, "staff/sign_in_backoff_seconds", policy.backoffSeconds, 1, 3600);
    policy.lockoutFailures =
        settingOr(settings, "staff/lockout_failures", policy.lockoutFailures, policy.freeFailures, 1000);
    policy.lockoutMinutes = settingOr(settings, "staff/lockout_minutes", policy.lockoutMinutes, 1, 24 * 60);
    policy.offlineCopyMaxDays = settingOr(settings, "staff/offline_copy_max_days", policy.offlineCopyMaxDays, 1, 365);
    return policy;
}

int SignInPolicy::waitSeconds(int failures) const {
    const int lockout = lockoutMinutes * 60;
    if (failures >= lockoutFailures)
        return lockout;
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 20);
    return static_cast<int>(std::min<qint64>(qint64(backoffSeconds) << doublings, lockout));
}

StaffSignIn::StaffSignIn(const store::Connection* central, const store::Connection& local, audit::AuditTrail& trail,
                         QString terminalId, SignInPolicy policy, Clock clock)
    : m_central(central)
    , m_local(local)
    , m_trail(trail)
    , m_terminalId(std::move(terminalId))
    , m_policy(policy)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

SignInResult StaffSignIn::signIn(const QString& login, QString& password) {
    SignInResult result;
    const QString key = failureKey(login);
    const QDateTime now = m_clock();

    // The back-off and the lockout come first: while they last, not even the right password opens the account.
    int failures = 0;
    {
        QSqlQuery q(m_local.db());
        q.prepare(QStringLiteral("SELECT failures, last_failure_at FROM sign_in_failures WHERE login_key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next()) {
            failures = q.value(0).toInt();
            const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            const int wait = m_policy.waitSeconds(failures);
            const qint64 left = last.isValid() ? now.secsTo(last.addSecs(wait)) : 0;
            if (wait > 0 && left > 0) {
                privacy::wipePassword(password);
                result.retryAfterSeconds = static_cast<int>(left);
                result.outcome = Outcome::failure(
                    waitText(result.retryAfterSeconds, failures >= m_policy.lockoutFailures),
                    QStringLiteral("sign-in refused: %1 failures in a row, %2 s left").arg(failures).arg(left));
                record({}, QStringLiteral("staff.sign_in_refused"), QStringLiteral("login:") + key,
                       failures >= m_policy.lockoutFailures ? QStringLiteral("locked out")
                                                            : QStringLiteral("backing off"),
                       -1, key);
                return result;
            }
        }
    }

    Account account;
    QString detail;
    bool asked = false;
    QString source = QStringLiteral("central");
    if (m_central && m_central->isOpen()) {
        asked = lookUp(*m_central, login, &account, &detail);
        if (!asked)
            qCWarning(lcStore) << "central staff lookup failed, using this terminal's copy:" << detail;
    }
    if (!asked) {
        source = QStringLiteral("local copy");
        // A copy no sync has refreshed lately may still hold accounts the centre removed or disabled: refused for
        // every login alike, after the same one Argon2id check, so neither the login nor the password is told.
        const QDateTime pulled = QDateTime::fromString(
            m_local.scalar(QStringLiteral("SELECT pulled_at FROM staff_copy WHERE id = 1")).toString(),
            Qt::ISODateWithMs);
        const qint64 ageSeconds = pulled.isValid() ? pulled.secsTo(now) : -1;
        const qint64 ageDays = ageSeconds / 86400;
        if (!pulled.isValid() || ageSeconds > qint64(m_policy.offlineCopyMaxDays) * 86400) {
            privacy::checkAgainstDummy(password);
            const QString age =
                pulled.isValid() ? QStringLiteral("%1 days old").arg(ageDays) : QStringLiteral("never refreshed");
            result.outcome =
                Outcome::failure(QCoreApplication::translate(
                                     "staff", "The central database is not reachable and this terminal's copy of the "
                                              "staff accounts is too old to sign in with. Ask IT staff to restore the "
                                              "connection."),
                                 QStringLiteral("sign-in refused: staff copy %1 (limit %2 days)")
                                     .arg(age)
                                     .arg(m_policy.offlineCopyMaxDays));
            record({}, QStringLiteral("staff.sign_in_refused"), QStringLiteral("login:") + key,
                   QStringLiteral("offline staff copy too old (%1)").arg(age), -1, key);
            qCInfo(lcStore).noquote() << result.outcome.detail;
            return result;
        }
        account = {};
        asked = lookUp(m_local, login, &account, &detail);
    }
    if (!asked) {
        privacy::checkAgainstDummy(password);
        result.outcome = Outcome::failure(
            QCoreApplication::translate(
                "staff", "Staff accounts cannot be checked: the central database is not reachable. Ask IT staff."),
            QStringLiteral("staff lookup failed: %1").arg(detail));
        return result;
    }

    // Exactly one Argon2id verification on every path, so an unknown or disabled login answers as slowly as a
    // wrong password.
    bool passwordRight = false;
    if (account.found)
        passwordRight = privacy::checkStaffPassword(account.passwordHash, password);
    else
        privacy::checkAgainstDummy(password);

    QString why;
    if (!account.found)
        why = QStringLiteral("unknown login");
    else if (!passwordRight)
        why = QStringLiteral("wrong password");
    else if (!account.active)
        why = QStringLiteral("account disabled");
    else if (!account.roleKnown)
        why = QStringLiteral("account has no known role");
    if (!why.isEmpty()) {
        ++failures;
        result.outcome = Outcome::failure(QCoreApplication::translate("staff", "Staff ID or password is wrong."),
                                          QStringLiteral("sign-in refused (%1, %2 failures in a row, from the %3)")
                                              .arg(why)
                                              .arg(failures)
                                              .arg(source));
        result.retryAfterSeconds = m_policy.waitSeconds(failures);
        if (result.retryAfterSeconds > 0)
            result.outcome.message +=
                QLatin1Char(' ') + waitText(result.retryAfterSeconds, failures >= m_policy.lockoutFailures);
        record({}, QStringLiteral("staff.sign_in_refused"), account.found ? account.id : QStringLiteral("login:") + key,
               why, failures, key);
        qCInfo(lcStore).noquote() << result.outcome.detail;
        return result;
    }

    // A session nobody could trace is not opened.
    if (!record(account.id, QStringLiteral("staff.sign_in"), account.id,
                QStringLiteral("%1 signed in (%2)").arg(domain::roleName(account.role), source), 0, key)) {
        result.outcome = Outcome::failure(
            QCoreApplication::translate("staff", "The sign-in could not be recorded in the audit trail. Ask IT staff."),
            QStringLiteral("sign-in not audited"));
        return result;
    }
    result.principal = Principal{account.id, login, account.role, true};
    result.displayName = account.displayName;
    return result;
}

void StaffSignIn::signOut(const Principal& who, const QString& reason) {
    if (!who.signedIn || who.staffId.isEmpty())
        return;
    record(who.staffId, QStringLiteral("staff.sign_out"), who.staffId, reason, -1, {});
}

// failures > 0: store the count; 0: clear it (signed in); -1: leave it as it is.
bool StaffSignIn::record(const QString& staffId, const QString& action, const QString& subject, const QString& reason,
                         int failures, const QString& failureKey) {
    store::Transaction transaction(m_local);
    QString detail;
    bool ok = transaction.isOpen();
    if (ok && failures > 0) {
        ok = m_local.exec(QStringLiteral("INSERT INTO sign_in_failures (login_key, failures, last_failure_at) "
                                         "VALUES (?, ?, ?) ON CONFLICT (login_key) DO UPDATE SET "
                                         "failures = excluded.failures, last_failure_at = excluded.last_failure_at"),
                          {failureKey, failures, m_clock().toUTC().toString(Qt::ISODateWithMs)}, &detail);
    } else if (ok && failures == 0) {
        ok = m_local.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE login_key = ?"), {failureKey}, &detail);
    }
    ok = ok && m_trail.append({staffId, m_terminalId, reason}, action, subject, &detail) && transaction.commit();
    if (!ok)
        qCCritical(lcAudit) << "sign-in event" << action << "could not be recorded:" << detail;
    return ok;
}

} // namespace madoguchi::staff
