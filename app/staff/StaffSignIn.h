// Staff sign-in (サインイン): the central staff table or this terminal's synced copy, back-off and lockout, audited.
#pragma once

#include "Authorization.h"
#include "audit/AuditTrail.h"

#include <QDateTime>

#include <functional>

namespace madoguchi {
class Settings;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::staff {

// How hard repeated failures are made for the next try, counted per login on this terminal.
struct SignInPolicy {
    int freeFailures = 3;       // wrong passwords in a row before any wait
    int backoffSeconds = 2;     // the first wait; it doubles with every further failure
    int lockoutFailures = 10;   // failures in a row that lock the login
    int lockoutMinutes = 15;    // how long a locked login stays locked (also the longest back-off)
    int offlineCopyMaxDays = 7; // the terminal's staff copy answers only if a sync refreshed it this recently

    // staff/sign_in_free_failures, staff/sign_in_backoff_seconds, staff/lockout_failures, staff/lockout_minutes,
    // staff/offline_copy_max_days.
    static SignInPolicy fromSettings(const Settings& settings);
    // Seconds to wait after `failures` failures in a row (0: none).
    int waitSeconds(int failures) const;
};

struct SignInResult {
    Outcome outcome;           // refused: the message for the person at the terminal, the detail for the log
    Principal principal;       // signedIn only when ok
    QString displayName;       // as shown on the screens
    int retryAfterSeconds = 0; // refused because of the back-off or the lockout: how long to wait
    bool ok() const { return outcome.ok; }
};

// Checks a login and password against the staff accounts (Argon2id hashes): the central store's when it answers,
// otherwise the copy the sync keeps on this terminal. Every attempt costs one Argon2id verification, whether the
// login exists, is disabled or is typed wrong, so timing does not tell which logins exist. Failures in a row are
// counted per login in the local store (by a digest, never the typed text); after `freeFailures` each try must
// wait longer, after `lockoutFailures` the login is locked for `lockoutMinutes`, right password or not. The local
// copy answers only while its last refresh from the centre is at most `offlineCopyMaxDays` old (never refreshed:
// refused), so an account removed centrally cannot sign in offline for ever on a terminal that stopped syncing.
// Sign-in, sign-out and every refusal are appended to the terminal's audit trail.
class StaffSignIn final {
public:
    using Clock = std::function<QDateTime()>;

    StaffSignIn(const store::Connection* central, const store::Connection& local, audit::AuditTrail& trail,
                QString terminalId, SignInPolicy policy = {}, Clock clock = {});

    // The password is wiped before this returns; it is never stored or logged.
    SignInResult signIn(const QString& login, QString& password);
    // Audits the end of a session (reason: "signed out", "idle lock", …).
    void signOut(const Principal& who, const QString& reason);

private:
    bool record(const QString& staffId, const QString& action, const QString& subject, const QString& reason,
                int failures, const QString& failureKey);

    const store::Connection* m_central;
    const store::Connection& m_local;
    audit::AuditTrail& m_trail;
    QString m_terminalId;
    SignInPolicy m_policy;
    Clock m_clock;
};

} // namespace madoguchi::staff
