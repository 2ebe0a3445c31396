// The kiosk's staff PIN: the rules a new PIN keeps, the role check in the core (kiosk::setStaffPin) for every role,
// and `madoguchi-cli kiosk set-staff-pin` end to end: the admin's password and the PIN from standard input, only the
// Argon2id hash in the settings, audited under the admin without the PIN, and the PIN in no log or audit row.
// tst_kiosk then leaves a running kiosk with the PIN this command set, and not with the one it replaced.
#include "Settings.h"
#include "kiosk/KioskStaffPin.h"
#include "privacy/StaffPassword.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

staff::Principal person(domain::Role role) {
    const QString name = domain::roleName(role);
    return {name + QStringLiteral("-id"), name, role, true};
}

// The PINs of the test: none of them occurs in anything the terminal writes unless the PIN leaked.
const QString kFirstPin = QStringLiteral("907362");
const QString kSecondPin = QStringLiteral("418205");
} // namespace

class TestKioskStaffPin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;

    QString config() const { return m_dir.filePath(QStringLiteral("madoguchi.ini")); }

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), config());
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run setPin(const char* login, const QByteArray& input) {
        QStringList args{QStringLiteral("kiosk"), QStringLiteral("set-staff-pin")};
        if (login)
            args << QStringLiteral("--as") << QString::fromLatin1(login);
        return cli(args, input);
    }

    QString storedHash() const { return Settings(config()).value(QStringLiteral("kiosk/staff_pin_hash")); }

    static bool verifies(const QString& hash, const QString& pin) {
        QString copy = pin;
        return !hash.isEmpty() && privacy::checkStaffPassword(hash, copy);
    }

    // Every audit row of this terminal as text (all columns), oldest first.
    QStringList auditRows() const {
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
            db.setDatabaseName(Settings(config()).localDatabasePath());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT actor, action, subject, reason FROM audit_events ORDER BY seq")))
                    while (q.next())
                        rows << QStringLiteral("%1|%2|%3|%4")
                                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return rows;
    }

    QString staffId(const QString& login) const {
        QString id;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("staff"));
            db.setDatabaseName(Settings(config()).centralSqlitePath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT id FROM staff WHERE login = ?"));
                q.addBindValue(login);
                if (q.exec() && q.next())
                    id = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("staff"));
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY2(!m_cli.isEmpty(), "run through ctest");
        QVERIFY(m_dir.isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        {
            Settings settings(config());
            QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("K07")));
        }
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init")}).code, 0);
        const auto add = [&](const char* login, const char* role, const QByteArray& input, bool asAdmin) {
            QStringList args{QStringLiteral("staff"),    QStringLiteral("add"),    QStringLiteral("--login"),
                             QString::fromLatin1(login), QStringLiteral("--name"), QString::fromLatin1(login),
                             QStringLiteral("--role"),   QString::fromLatin1(role)};
            if (asAdmin)
                args << QStringLiteral("--as") << QStringLiteral("admin1");
            const Run r = cli(args, input);
            return r.code == 0 ? QString() : r.err;
        };
        QCOMPARE(add("admin1", "admin", "admin-pass-1\n", false), QString());
        QCOMPARE(add("boss1", "supervisor", "admin-pass-1\nboss-pass-1\n", true), QString());
        QCOMPARE(add("clerk1", "clerk", "admin-pass-1\nclerk-pass-1\n", true), QString());
    }

    void rulesOfANewPin() {
        QVERIFY(kiosk::checkStaffPinRules(QStringLiteral("246810")));
        QVERIFY(kiosk::checkStaffPinRules(kFirstPin));
        for (const QString& bad :
             {QStringLiteral(""), QStringLiteral("24681"), QStringLiteral("2468101"), QStringLiteral("24a810"),
              QStringLiteral("24 810"), QStringLiteral("２４６８１０"), QStringLiteral("111111"),
              QStringLiteral("123456"), QStringLiteral("654321"), QStringLiteral("456789")}) {
            const Outcome o = kiosk::checkStaffPinRules(bad);
            QVERIFY2(!o, qPrintable(bad));
            // What is said names the rule, never the PIN.
            if (!bad.isEmpty()) {
                QVERIFY2(!o.message.contains(bad), qPrintable(o.message));
                QVERIFY2(!o.detail.contains(bad), qPrintable(o.detail));
            }
        }
    }

    void onlyAnAdminSetsItInTheCore() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("k.ini")));
        for (const domain::Role role :
             {domain::Role::Clerk, domain::Role::Supervisor, domain::Role::Kiosk, domain::Role::Admin}) {
            QString pin = kFirstPin;
            const bool may = staff::allowed(role, staff::Action::ManageKiosk);
            QCOMPARE(may, role == domain::Role::Admin);
            const QString before = settings.value(QStringLiteral("kiosk/staff_pin_hash"));
            QCOMPARE(bool(kiosk::setStaffPin(settings, person(role), pin)), may);
            QVERIFY2(pin.isEmpty(), "the PIN is wiped whatever the answer");
            const QString after = settings.value(QStringLiteral("kiosk/staff_pin_hash"));
            if (may) {
                QVERIFY(after.startsWith(QStringLiteral("$argon2id$")));
                QVERIFY(!after.contains(kFirstPin));
                QVERIFY(verifies(after, kFirstPin));
                QVERIFY(!verifies(after, kSecondPin));
            } else {
                QCOMPARE(after, before);
            }
        }
        // Nobody signed in: refused, nothing changed; a guessable PIN from an admin: refused, wiped, nothing changed.
        const QString kept = settings.value(QStringLiteral("kiosk/staff_pin_hash"));
        staff::Principal nobody = person(domain::Role::Admin);
        nobody.signedIn = false;
        QString pin = kSecondPin;
        QVERIFY(!kiosk::setStaffPin(settings, nobody, pin));
        QVERIFY(pin.isEmpty());
        pin = QStringLiteral("000000");
        QVERIFY(!kiosk::setStaffPin(settings, person(domain::Role::Admin), pin));
        QVERIFY(pin.isEmpty());
        QCOMPARE(settings.value(QStringLiteral("kiosk/staff_pin_hash")), kept);
    }

    void theCommandEndToEnd() {
        QCOMPARE(storedHash(), QString());
        // No sign-in, a wrong password, or a role other than admin: refused, nothing written.
        QCOMPARE(setPin(nullptr, kFirstPin.toLatin1() + "\n").code, 1);
        QCOMPARE(setPin("admin1", "wrong-pass\n" + kFirstPin.toLatin1() + "\n").code, 1);
        QCOMPARE(setPin("clerk1", "clerk-pass-1\n" + kFirstPin.toLatin1() + "\n").code, 1);
        QCOMPARE(setPin("boss1", "boss-pass-1\n" + kFirstPin.toLatin1() + "\n").code, 1);
        QCOMPARE(storedHash(), QString());
        // A PIN the pad cannot take, or one too easy, or none at all: refused with the rule.
        Run r = setPin("admin1", "admin-pass-1\n1234\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exactly 6 digits")), qPrintable(r.err));
        QCOMPARE(setPin("admin1", "admin-pass-1\n123456\n").code, 1);
        QCOMPARE(setPin("admin1", "admin-pass-1\n").code, 1);
        QCOMPARE(storedHash(), QString());
        // The PIN never on the command line: an extra argument is a usage error.
        QCOMPARE(cli({QStringLiteral("kiosk"), QStringLiteral("set-staff-pin"), kFirstPin, QStringLiteral("--as"),
                      QStringLiteral("admin1")},
                     "admin-pass-1\n" + kFirstPin.toLatin1() + "\n")
                     .code,
                 2);

        r = setPin("admin1", "admin-pass-1\n" + kFirstPin.toLatin1() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString first = storedHash();
        QVERIFY(first.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(verifies(first, kFirstPin));
        // Set again: the new PIN holds and the old one no longer does.
        r = setPin("admin1", "admin-pass-1\n" + kSecondPin.toLatin1() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString second = storedHash();
        QVERIFY(verifies(second, kSecondPin));
        QVERIFY(!verifies(second, kFirstPin));

        // Audited: two changes under the admin, the refusals under whoever signed in; no PIN in any row.
        const QStringList rows = auditRows();
        const QString admin = staffId(QStringLiteral("admin1"));
        QVERIFY(!admin.isEmpty());
        const QStringList set = rows.filter(QStringLiteral("|kiosk.staff_pin_set|"));
        QCOMPARE(set.size(), 2);
        for (const QString& row : set)
            QVERIFY2(row.startsWith(admin + QStringLiteral("|kiosk.staff_pin_set|kiosk/staff_pin_hash|")),
                     qPrintable(row));
        QVERIFY2(rows.filter(QStringLiteral("|access.refused|")).size() >= 3, qPrintable(rows.join(QLatin1Char('\n'))));
        for (const QString& row : rows) {
            QVERIFY2(!row.contains(kFirstPin) && !row.contains(kSecondPin), qPrintable(row));
        }
        // Nor in the settings file or any log the commands wrote.
        QFile ini(config());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.contains(kFirstPin.toLatin1()) && !text.contains(kSecondPin.toLatin1()));
        int logs = 0;
        QDirIterator it(Settings(config()).logDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile log(it.next());
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QByteArray content = log.readAll();
            ++logs;
            QVERIFY2(!content.contains(kFirstPin.toLatin1()) && !content.contains(kSecondPin.toLatin1()),
                     qPrintable(log.fileName()));
        }
        QVERIFY(logs > 0);
    }
};

QTEST_GUILESS_MAIN(TestKioskStaffPin)
#include "tst_kioskstaffpin.moc"
