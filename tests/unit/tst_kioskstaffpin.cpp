// The kiosk's staff PIN: the rules a new PIN keeps, the role check in the core (kiosk::setStaffPin) for every role,
// and `madoguchi-cli kiosk set-staff-pin` end to end: the admin's password and the PIN from standard input, only the
// Argon2id hash in the settings, audited under the admin without the PIN, and the PIN in no log or audit row.
// tst_kiosk then leaves a running kiosk with the PIN this command set, and not with the one it replaced.
// The office's PIN through the embedded central store: distributed and revoked only by an admin (in the core, every
// role), a new revision each time, pulled by `sync` into the terminal's copy, and the one in force at a kiosk (the
// centre's when it answers, the copy when it does not, the tablet's own when the office has none); clear-staff-pin.
// tst_central_roles does the same on PostgreSQL with an office per login role.
#include "Settings.h"
#include "kiosk/KioskStaffPin.h"
#include "privacy/StaffPassword.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

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
const QString kOfficePin = QStringLiteral("580417");
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

    Run kioskCommand(const QStringList& args, const QByteArray& input) {
        return cli(QStringList{QStringLiteral("kiosk")} + args +
                       QStringList{QStringLiteral("--as"), QStringLiteral("admin1")},
                   input);
    }

    // Everything the central store and this terminal's copy hold of the office's PIN, as text.
    QString centralRows() const {
        auto central = store::Connection::openSqlite(Settings(config()).centralSqlitePath());
        QString text;
        if (!central)
            return text;
        QSqlQuery q(central->db());
        if (q.exec(QStringLiteral("SELECT office_code, pin_hash, revision, set_by, set_at FROM kiosk_staff_pins")))
            while (q.next())
                for (int i = 0; i < 5; ++i)
                    text += q.value(i).toString() + QLatin1Char('|');
        return text;
    }

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

    void onlyAnAdminDistributesOrRevokesInTheCore() {
        QTemporaryDir dir;
        auto opened = store::Connection::openSqlite(dir.filePath(QStringLiteral("central.sqlite")));
        QVERIFY(opened);
        store::Connection central = std::move(*opened.value);
        QVERIFY(store::Migrations::migrate(central, store::Schema::Central));
        QVERIFY(kiosk::readOfficeStaffPin(central));
        QVERIFY(!kiosk::readOfficeStaffPin(central)->has_value());
        qint64 revision = 0;
        for (const domain::Role role :
             {domain::Role::Clerk, domain::Role::Supervisor, domain::Role::Kiosk, domain::Role::Admin}) {
            const bool may = staff::allowed(role, staff::Action::ManageKiosk);
            QString pin = kOfficePin;
            const Result<kiosk::OfficeStaffPin> set = kiosk::distributeStaffPin(central, person(role), {}, pin);
            QVERIFY2(pin.isEmpty(), "the PIN is wiped whatever the answer");
            QCOMPARE(bool(set), may);
            const Result<kiosk::OfficeStaffPin> revoked = kiosk::revokeStaffPin(central, person(role), {});
            QCOMPARE(bool(revoked), may);
            const auto row = kiosk::readOfficeStaffPin(central);
            QVERIFY(row);
            if (!may) {
                QCOMPARE(row->has_value(), revision > 0);
                if (revision > 0)
                    QCOMPARE((*row)->revision, revision);
                continue;
            }
            QCOMPARE(set->revision, revision + 1);
            QVERIFY(set->hash.startsWith(QStringLiteral("$argon2id$")) && verifies(set->hash, kOfficePin));
            QCOMPARE(revoked->revision, revision + 2);
            QVERIFY(revoked->hash.isEmpty());
            QVERIFY(row->has_value());
            QCOMPARE((*row)->revision, revision + 2);
            QVERIFY((*row)->hash.isEmpty());
            QCOMPARE((*row)->setBy, domain::roleName(role));
            revision += 2;
        }
        QCOMPARE(revision, 2);
        // Refused with nothing written: a guessable PIN, nobody signed in, an office the embedded store does not have.
        staff::Principal nobody = person(domain::Role::Admin);
        nobody.signedIn = false;
        for (const auto& [who, pin, office] :
             {std::tuple{person(domain::Role::Admin), QStringLiteral("111111"), QString()},
              std::tuple{nobody, kOfficePin, QString()},
              std::tuple{person(domain::Role::Admin), kOfficePin, QStringLiteral("131016")}}) {
            QString copy = pin;
            QVERIFY(!kiosk::distributeStaffPin(central, who, office, copy));
            QVERIFY(copy.isEmpty());
        }
        QVERIFY(!kiosk::revokeStaffPin(central, nobody, {}));
        QCOMPARE((*kiosk::readOfficeStaffPin(central))->revision, 2);
        // The tablet's own PIN is cleared by an admin only.
        Settings settings(dir.filePath(QStringLiteral("k.ini")));
        QString pin = kFirstPin;
        QVERIFY(kiosk::setStaffPin(settings, person(domain::Role::Admin), pin));
        for (const domain::Role role : {domain::Role::Clerk, domain::Role::Supervisor, domain::Role::Kiosk}) {
            QVERIFY(!kiosk::clearStaffPin(settings, person(role)));
            QVERIFY(!settings.value(QStringLiteral("kiosk/staff_pin_hash")).isEmpty());
        }
        QVERIFY(kiosk::clearStaffPin(settings, person(domain::Role::Admin)));
        QCOMPARE(settings.value(QStringLiteral("kiosk/staff_pin_hash")), QString());
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

    // After theCommandEndToEnd: the tablet has kSecondPin. The office's PIN through the embedded centre, the pull,
    // the PIN in force at the kiosk, the revocation and the tablet's own cleared, every change audited.
    void theOfficePinThroughTheEmbeddedCentre() {
        const QString tablet = storedHash();
        QVERIFY(verifies(tablet, kSecondPin));
        // Refused: not an admin, an office the embedded store does not have, --office without --office-wide.
        QCOMPARE(cli({QStringLiteral("kiosk"), QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide"),
                      QStringLiteral("--as"), QStringLiteral("boss1")},
                     "boss-pass-1\n" + kOfficePin.toLatin1() + "\n")
                     .code,
                 1);
        QCOMPARE(kioskCommand({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide"),
                               QStringLiteral("--office"), QStringLiteral("131016")},
                              "admin-pass-1\n" + kOfficePin.toLatin1() + "\n")
                     .code,
                 1);
        QCOMPARE(kioskCommand({QStringLiteral("set-staff-pin"), QStringLiteral("--office"), QStringLiteral("131016")},
                              "admin-pass-1\n" + kOfficePin.toLatin1() + "\n")
                     .code,
                 2);
        QCOMPARE(centralRows(), QString());

        Run r = kioskCommand({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide")},
                             "admin-pass-1\n" + kOfficePin.toLatin1() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("revision 1")), qPrintable(r.out));
        QCOMPARE(storedHash(), tablet); // the tablet's own is untouched
        const Settings settings(config());
        auto local = store::Connection::openSqlite(settings.localDatabasePath());
        auto central = store::Connection::openSqlite(settings.centralSqlitePath());
        QVERIFY(local && central);
        // The centre answers: the office's PIN is the one in force, the tablet's own no longer lets anyone out.
        kiosk::StaffPinInForce inForce = kiosk::staffPinInForce(*local, &*central, tablet);
        QCOMPARE(inForce.source, QStringLiteral("office"));
        QCOMPARE(inForce.revision, 1);
        QVERIFY(verifies(inForce.hash, kOfficePin) && !verifies(inForce.hash, kSecondPin));
        // Away from the centre before any sync: no copy yet, the tablet's own holds.
        QVERIFY(!kiosk::pulledOfficeStaffPin(*local));
        QCOMPARE(kiosk::staffPinInForce(*local, nullptr, tablet).source, QStringLiteral("kiosk"));
        // Pulled like the staff accounts: after a sync the copy holds while the centre does not answer.
        r = cli({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const std::optional<kiosk::OfficeStaffPin> copy = kiosk::pulledOfficeStaffPin(*local);
        QVERIFY(copy);
        QCOMPARE(copy->revision, 1);
        inForce = kiosk::staffPinInForce(*local, nullptr, tablet);
        QCOMPARE(inForce.source, QStringLiteral("office copy"));
        QVERIFY(verifies(inForce.hash, kOfficePin));

        // Revoked: at once where the centre answers, after the next sync where it does not; the tablet's own again.
        r = kioskCommand({QStringLiteral("clear-staff-pin"), QStringLiteral("--office-wide")}, "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        inForce = kiosk::staffPinInForce(*local, &*central, tablet);
        QCOMPARE(inForce.source, QStringLiteral("kiosk"));
        QVERIFY(!verifies(inForce.hash, kOfficePin));
        QCOMPARE(kiosk::staffPinInForce(*local, nullptr, tablet).source, QStringLiteral("office copy"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(kiosk::pulledOfficeStaffPin(*local)->revision, 2);
        QVERIFY(kiosk::pulledOfficeStaffPin(*local)->hash.isEmpty());
        inForce = kiosk::staffPinInForce(*local, nullptr, tablet);
        QCOMPARE(inForce.source, QStringLiteral("kiosk"));
        QVERIFY(verifies(inForce.hash, kSecondPin));
        // The tablet's own cleared too: nobody can leave.
        r = kioskCommand({QStringLiteral("clear-staff-pin")}, "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(storedHash(), QString());
        QVERIFY(
            kiosk::staffPinInForce(*local, &*central, Settings(config()).value(QStringLiteral("kiosk/staff_pin_hash")))
                .hash.isEmpty());

        // Audited under the admin, with the office's revision and never the PIN; the PIN nowhere at the centre.
        const QStringList rows = auditRows();
        const QString admin = staffId(QStringLiteral("admin1"));
        QCOMPARE(rows.filter(QStringLiteral("|kiosk.staff_pin_distributed|kiosk_staff_pins|")).size(), 1);
        QCOMPARE(rows.filter(QStringLiteral("|kiosk.staff_pin_revoked|kiosk_staff_pins|")).size(), 1);
        QCOMPARE(rows.filter(QStringLiteral("|kiosk.staff_pin_cleared|kiosk/staff_pin_hash|")).size(), 1);
        for (const QString& row : rows.filter(QStringLiteral("|kiosk.staff_pin_")))
            QVERIFY2(row.startsWith(admin + QLatin1Char('|')), qPrintable(row));
        QVERIFY(rows.filter(QStringLiteral("|kiosk.staff_pin_distributed|"))
                    .first()
                    .endsWith(QStringLiteral("revision 1")));
        QVERIFY(
            rows.filter(QStringLiteral("|kiosk.staff_pin_revoked|")).first().endsWith(QStringLiteral("revision 2")));
        QVERIFY2(rows.filter(QStringLiteral("|access.refused|")).filter(QStringLiteral("manage_kiosk")).size() >= 1,
                 qPrintable(rows.join(QLatin1Char('\n'))));
        for (const QString& row : rows)
            QVERIFY2(!row.contains(kOfficePin), qPrintable(row));
        const QString atCentre = centralRows();
        QVERIFY2(atCentre.contains(QStringLiteral("|2|admin1|")) && !atCentre.contains(kOfficePin),
                 qPrintable(atCentre));
    }
};

QTEST_GUILESS_MAIN(TestKioskStaffPin)
#include "tst_kioskstaffpin.moc"
