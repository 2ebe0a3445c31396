// Staff sign-in: one Argon2id check on every path, back-off and lockout per login, staff accounts and the bootstrap
// of the first admin, every attempt in the audit trail.
#include "Settings.h"
#include "audit/AuditTrail.h"
#include "privacy/KeyRing.h"
#include "privacy/StaffPassword.h"
#include "staff/StaffAccounts.h"
#include "staff/StaffSignIn.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using domain::Role;

class TestStaffSignIn : public QObject {
    Q_OBJECT

    int events(const QString& action) const {
        return m_local.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"), {action}).toInt();
    }
    staff::SignInResult attempt(staff::StaffSignIn& signIn, const QString& login, const char* password) {
        QString typed = QString::fromUtf8(password);
        staff::SignInResult result = signIn.signIn(login, typed);
        m_wiped = m_wiped && typed.isEmpty();
        return result;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_local = {};
        m_central = {};
        QFile::remove(m_dir.filePath(QStringLiteral("local.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("central.sqlite")));
        auto local = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("local.sqlite")));
        auto central = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("central.sqlite")));
        QVERIFY(local && central);
        m_local = std::move(*local.value);
        m_central = std::move(*central.value);
        QVERIFY(store::Migrations::migrate(m_local, store::Schema::Local));
        QVERIFY(store::Migrations::migrate(m_central, store::Schema::Central));
        auto keys = privacy::KeyRing::load(m_dir.filePath(QStringLiteral("keys/office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
        m_trail.emplace(m_local, *m_keys);
        m_now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        m_wiped = true;

        // The first admin: the only account added without a sign-in, and only into an empty table.
        QString password = QStringLiteral("admin-pass-1");
        const auto admin =
            staff::addAccount(m_central, {}, {QStringLiteral("admin1"), QStringLiteral("管理"), Role::Admin}, password);
        QVERIFY2(admin, qPrintable(admin.outcome.detail));
        QVERIFY(admin->bootstrap);
        QVERIFY(password.isEmpty());
        m_admin = {admin->id, QStringLiteral("admin1"), Role::Admin, true};
    }

    void cleanup() {
        m_trail.reset();
        m_keys.reset();
    }

    void bootstrapOnlyIntoAnEmptyTable() {
        QString password = QStringLiteral("second-admin");
        QVERIFY(
            !staff::addAccount(m_central, {}, {QStringLiteral("mallory"), QStringLiteral("x"), Role::Admin}, password));
        // A first account that is not an admin is refused too (fresh table).
        QVERIFY(m_central.exec(QStringLiteral("DELETE FROM staff")));
        password = QStringLiteral("clerk-pass-1");
        const auto clerk =
            staff::addAccount(m_central, {}, {QStringLiteral("clerk1"), QStringLiteral("x"), Role::Clerk}, password);
        QVERIFY(!clerk);
        QVERIFY(clerk.outcome.message.contains(QLatin1String("admin")));
        QVERIFY(password.isEmpty());
    }

    // Only an admin adds accounts: every other role, and nobody, is refused.
    void onlyAnAdminAddsAccounts() {
        for (Role role : {Role::Clerk, Role::Supervisor, Role::Kiosk}) {
            QString password = QStringLiteral("some password");
            const staff::Principal who{QStringLiteral("x"), QStringLiteral("x"), role, true};
            const auto added =
                staff::addAccount(m_central, who, {QStringLiteral("new1"), QStringLiteral("x"), Role::Admin}, password);
            QVERIFY2(!added, qPrintable(domain::roleName(role)));
        }
        QString password = QStringLiteral("some password");
        QVERIFY(staff::addAccount(m_central, m_admin, {QStringLiteral("new1"), QStringLiteral("x"), Role::Clerk},
                                  password));
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT count(*) FROM staff")).toInt(), 2);
    }

    void fieldsAreValidated() {
        const QStringList badLogins{QString(),
                                    QStringLiteral("a"),
                                    QStringLiteral("Admin"),
                                    QStringLiteral("-x"),
                                    QStringLiteral("a b"),
                                    QStringLiteral("ｓａｔｏ"),
                                    QString(33, QLatin1Char('a')),
                                    QStringLiteral("x'; DROP TABLE staff;--")};
        for (const QString& login : badLogins)
            QVERIFY2(!staff::validateAccount({login, QStringLiteral("名前"), Role::Clerk}), qPrintable(login));
        const QStringList badNames{QString(),
                                   QStringLiteral(" "),
                                   QString(65, QChar(0x3042)),
                                   QStringLiteral("a\nb"),
                                   QStringLiteral("a\u202Eb"),
                                   QStringLiteral(" 前後 ")};
        for (const QString& name : badNames)
            QVERIFY(!staff::validateAccount({QStringLiteral("sato"), name, Role::Clerk}));
        QVERIFY(staff::validateAccount({QStringLiteral("sato.k-2"), QStringLiteral("佐藤　𠮷子"), Role::Clerk}));
        for (const QString& password :
             {QStringLiteral("short"), QString(8, QLatin1Char(' ')), QString(257, QLatin1Char('x'))})
            QVERIFY(!staff::validatePassword(password));
        QVERIFY(staff::validatePassword(QStringLiteral("long enough")));
    }

    // The same work for every refusal: exactly one Argon2id verification whether the login is unknown, the password
    // wrong or the account disabled, so timing does not tell which logins exist.
    void everyAttemptCostsOneVerification() {
        QString password = QStringLiteral("old-clerk-1");
        QVERIFY(staff::addAccount(m_central, m_admin, {QStringLiteral("gone1"), QStringLiteral("x"), Role::Clerk},
                                  password));
        QVERIFY(m_central.exec(QStringLiteral("UPDATE staff SET active = 0 WHERE login = 'gone1'")));
        staff::StaffSignIn signIn(&m_central, m_local, *m_trail, QStringLiteral("T1"), {}, [this] { return m_now; });
        const struct {
            const char* login;
            const char* password;
            bool ok;
        } cases[] = {{"nobody", "admin-pass-1", false},
                     {"admin1", "wrong-password", false},
                     {"gone1", "old-clerk-1", false},
                     {"admin1", "admin-pass-1", true}};
        for (const auto& c : cases) {
            const long long before = privacy::passwordVerifications();
            const auto result = attempt(signIn, QString::fromLatin1(c.login), c.password);
            QCOMPARE(privacy::passwordVerifications() - before, 1);
            QCOMPARE(result.ok(), c.ok);
            QCOMPARE(result.principal.signedIn, c.ok);
            if (!c.ok) // the same words for all three: nothing says which part was wrong
                QCOMPARE(result.outcome.message, QStringLiteral("Staff ID or password is wrong."));
        }
        QVERIFY(m_wiped);
        QCOMPARE(events(QStringLiteral("staff.sign_in_refused")), 3);
        QCOMPARE(events(QStringLiteral("staff.sign_in")), 1);
        // The typed login of an unknown account is not stored, only a digest of it.
        QCOMPARE(m_local
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE subject LIKE '%nobody%' OR "
                                            "reason LIKE '%nobody%'"))
                     .toInt(),
                 0);
        QVERIFY(audit::AuditTrail::verify(m_local, *m_keys).intact());
    }

    // A password-guessing run: free tries, then waits that double, then a lockout that even the right password does
    // not open; after it, the right password works and the count starts again.
    void backOffThenLockout() {
        const staff::SignInPolicy policy{3, 2, 6, 15};
        staff::StaffSignIn signIn(&m_central, m_local, *m_trail, QStringLiteral("T1"), policy,
                                  [this] { return m_now; });
        for (int failure = 1; failure <= 6; ++failure) {
            const auto r = attempt(signIn, QStringLiteral("admin1"), "guess");
            QVERIFY(!r.ok());
            QCOMPARE(r.retryAfterSeconds, policy.waitSeconds(failure));
            if (failure >= 3) {
                // Trying again at once is refused without even checking the password.
                const long long before = privacy::passwordVerifications();
                const auto early = attempt(signIn, QStringLiteral("admin1"), "admin-pass-1");
                QVERIFY(!early.ok());
                QVERIFY(early.retryAfterSeconds > 0);
                QCOMPARE(privacy::passwordVerifications(), before);
                m_now = m_now.addSecs(early.retryAfterSeconds);
            }
        }
        QCOMPARE(policy.waitSeconds(3), 2);
        QCOMPARE(policy.waitSeconds(4), 4);
        QCOMPARE(policy.waitSeconds(6), 15 * 60);
        // Locked: 15 minutes have passed only now (the loop waited them out), so the right password opens it.
        const auto opened = attempt(signIn, QStringLiteral("admin1"), "admin-pass-1");
        QVERIFY2(opened.ok(), qPrintable(opened.outcome.detail));
        QCOMPARE(m_local.scalar(QStringLiteral("SELECT count(*) FROM sign_in_failures")).toInt(), 0);
        QVERIFY(events(QStringLiteral("staff.sign_in_refused")) >= 10);
        QVERIFY(m_wiped);
    }

    void lockoutHoldsAgainstTheRightPassword() {
        const staff::SignInPolicy policy{1, 1, 2, 15};
        staff::StaffSignIn signIn(&m_central, m_local, *m_trail, QStringLiteral("T1"), policy,
                                  [this] { return m_now; });
        QVERIFY(!attempt(signIn, QStringLiteral("admin1"), "guess1").ok());
        m_now = m_now.addSecs(1);
        QVERIFY(!attempt(signIn, QStringLiteral("admin1"), "guess2").ok());
        m_now = m_now.addSecs(14 * 60);
        const auto locked = attempt(signIn, QStringLiteral("admin1"), "admin-pass-1");
        QVERIFY(!locked.ok());
        QCOMPARE(locked.retryAfterSeconds, 60);
        QVERIFY(locked.outcome.message.contains(QLatin1String("locked")));
        // Another login is not affected by someone else's lockout.
        QString password = QStringLiteral("boss-pass-1");
        QVERIFY(staff::addAccount(m_central, m_admin, {QStringLiteral("boss1"), QStringLiteral("x"), Role::Supervisor},
                                  password));
        const auto boss = attempt(signIn, QStringLiteral("boss1"), "boss-pass-1");
        QVERIFY(boss.ok());
        QCOMPARE(boss.principal.role, Role::Supervisor);
        m_now = m_now.addSecs(60);
        QVERIFY(attempt(signIn, QStringLiteral("admin1"), "admin-pass-1").ok());
    }

    // The centre away: the terminal's synced copy answers; sign-out is audited.
    void offlineCopyAndSignOut() {
        // The copy as the sync leaves it: the central rows, column for column.
        QSqlQuery q(m_central.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, login, display_name, role, password_hash, active, updated_at FROM "
                                      "staff")));
        while (q.next()) {
            QVERIFY(m_local.exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, "
                                                "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6)}));
        }
        // Refreshed by a sync six days ago: within the default week.
        QVERIFY(m_local.exec(QStringLiteral("INSERT INTO staff_copy (id, pulled_at) VALUES (1, ?)"),
                             {m_now.addDays(-6).toString(Qt::ISODateWithMs)}));
        staff::StaffSignIn signIn(nullptr, m_local, *m_trail, QStringLiteral("T1"), {}, [this] { return m_now; });
        const auto result = attempt(signIn, QStringLiteral("admin1"), "admin-pass-1");
        QVERIFY2(result.ok(), qPrintable(result.outcome.detail));
        QCOMPARE(result.principal.staffId, m_admin.staffId);
        QVERIFY(m_local.scalar(QStringLiteral("SELECT reason FROM audit_events WHERE action = 'staff.sign_in'"))
                    .toString()
                    .contains(QLatin1String("local copy")));
        signIn.signOut(result.principal, QStringLiteral("idle lock"));
        QCOMPARE(events(QStringLiteral("staff.sign_out")), 1);
    }

    // The hole: a terminal that stopped syncing kept signing in, offline, accounts the centre had long removed. A
    // copy older than staff/offline_copy_max_days (or never refreshed) is refused for every login alike, audited,
    // with the same one Argon2id check; a setting widens the window; the next refresh opens it again.
    void offlineCopyTooOldIsRefused() {
        QSqlQuery q(m_central.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, login, display_name, role, password_hash, active, updated_at FROM "
                                      "staff")));
        while (q.next()) {
            QVERIFY(m_local.exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, "
                                                "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6)}));
        }
        const auto refusedNow = [&](staff::StaffSignIn& signIn) {
            const long long before = privacy::passwordVerifications();
            const int refusals = events(QStringLiteral("staff.sign_in_refused"));
            // The right password, a wrong one and an unknown login: the same answer, one verification each.
            QStringList messages;
            for (const auto& [login, password] :
                 {std::pair{"admin1", "admin-pass-1"}, std::pair{"admin1", "wrong-pass"},
                  std::pair{"nobody", "whatever-1"}}) {
                const auto r = attempt(signIn, QString::fromLatin1(login), password);
                if (r.ok())
                    return false;
                messages << r.outcome.message;
            }
            return privacy::passwordVerifications() == before + 3 && messages.count(messages.first()) == 3 &&
                   messages.first().contains(QLatin1String("too old")) &&
                   events(QStringLiteral("staff.sign_in_refused")) == refusals + 3;
        };
        // Never refreshed (a copy from before this check, or written by hand): refused.
        staff::StaffSignIn defaults(nullptr, m_local, *m_trail, QStringLiteral("T1"), {}, [this] { return m_now; });
        QVERIFY(refusedNow(defaults));
        QVERIFY(m_local
                    .scalar(QStringLiteral("SELECT reason FROM audit_events WHERE action = 'staff.sign_in_refused' "
                                           "ORDER BY seq DESC LIMIT 1"))
                    .toString()
                    .contains(QLatin1String("never refreshed")));
        // Refreshed eight days ago: past the default week.
        QVERIFY(m_local.exec(QStringLiteral("INSERT INTO staff_copy (id, pulled_at) VALUES (1, ?)"),
                             {m_now.addDays(-8).toString(Qt::ISODateWithMs)}));
        QVERIFY(refusedNow(defaults));
        QVERIFY(m_local
                    .scalar(QStringLiteral("SELECT reason FROM audit_events WHERE action = 'staff.sign_in_refused' "
                                           "ORDER BY seq DESC LIMIT 1"))
                    .toString()
                    .contains(QLatin1String("8 days old")));
        // The setting: a month allowed on this terminal.
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(settings.setValue(QStringLiteral("staff/offline_copy_max_days"), QStringLiteral("30")));
        const staff::SignInPolicy month = staff::SignInPolicy::fromSettings(settings);
        QCOMPARE(month.offlineCopyMaxDays, 30);
        QCOMPARE(staff::SignInPolicy::fromSettings(Settings(settingsDir.filePath(QStringLiteral("other.ini"))))
                     .offlineCopyMaxDays,
                 7);
        staff::StaffSignIn lenient(nullptr, m_local, *m_trail, QStringLiteral("T1"), month, [this] { return m_now; });
        QVERIFY(attempt(lenient, QStringLiteral("admin1"), "admin-pass-1").ok());
        // With the centre answering, the age of the copy does not matter.
        staff::StaffSignIn online(&m_central, m_local, *m_trail, QStringLiteral("T1"), {}, [this] { return m_now; });
        QVERIFY(attempt(online, QStringLiteral("admin1"), "admin-pass-1").ok());
        // A fresh refresh opens the offline sign-in again.
        QVERIFY(m_local.exec(QStringLiteral("UPDATE staff_copy SET pulled_at = ?"),
                             {m_now.addSecs(-60).toString(Qt::ISODateWithMs)}));
        QVERIFY(attempt(defaults, QStringLiteral("admin1"), "admin-pass-1").ok());
        QVERIFY(m_wiped);
    }

private:
    QTemporaryDir m_dir;
    store::Connection m_local;
    store::Connection m_central;
    std::optional<privacy::KeyRing> m_keys;
    std::optional<audit::AuditTrail> m_trail;
    QDateTime m_now;
    staff::Principal m_admin;
    bool m_wiped = true;
};

QTEST_GUILESS_MAIN(TestStaffSignIn)
#include "tst_staffsignin.moc"
