// The central database's least privilege on a real PostgreSQL 15: `madoguchi-cli central init`, terminals and a
// supervisor in two offices, the real sync as a terminal's role, then what PostgreSQL refuses to each role (UPDATE or
// DELETE of audit rows, another terminal's or office's rows); and a restore of a dump into a new cluster whose audit
// chains verify and whose counts match. The kiosks' staff PIN distributed to one office (kiosk set-staff-pin
// --office-wide): only that office's terminals see it and pull it with their sync, none may write it, and a
// revocation reaches them the same way.
#include "TestServices.h"
#include "central/CentralSetup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace madoguchi;

namespace {
const QByteArray kAdminPassword = "admin-pass-1\n";
const QByteArray kClerkPassword = "clerk-pass-1\n";
const QStringList kTables = {QStringLiteral("visits"), QStringLiteral("procedure_requests"),
                             QStringLiteral("issued_documents"), QStringLiteral("payments"),
                             QStringLiteral("audit_events")};
} // namespace

class TestCentralRoles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void terminalsSyncWithTheirOwnRole();
    void terminalCannotAlterAuditOrOthersRows();
    void supervisorReadsAndVoidsOnlyTheOffice();
    void kioskStaffPinReachesItsOfficeOnly();
    void auditRowsAreAppendOnlyEvenForTheOwner();
    void initAgainIsHarmless();
    void dumpRestoredIntoANewClusterVerifies();
    void cleanupTestCase();

private:
    int cli(const QString& dataDir, const QString& config, const QStringList& args, const QByteArray& input = {},
            QString* output = nullptr);
    QString roleUrl(const QString& role, const QString& base = {}) const;
    QSqlDatabase connect(const QString& name, const QString& role, int port = 0);
    QString terminalConfig(const QString& terminal);
    static int count(QSqlDatabase& db, const QString& sql);
    static QString refusal(QSqlDatabase& db, const QString& sql);
    bool runAsPostgres(const QStringList& command, QString* output = nullptr);

    QTemporaryDir m_dir;
    QString m_admin;
    QStringList m_connections;
    int m_restorePort = 0;
    QString m_restoreData;
};

int TestCentralRoles::cli(const QString& dataDir, const QString& config, const QStringList& args,
                          const QByteArray& input, QString* output) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("MADOGUCHI_CLI"),
            QStringList{QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--config"), config} + args);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return -1;
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = text;
    if (p.exitCode() != 0)
        qWarning().noquote() << args.join(QLatin1Char(' ')) << "→" << text;
    return p.exitCode();
}

QString TestCentralRoles::roleUrl(const QString& role, const QString& base) const {
    // The password never goes into the URL (it would sit in the INI file and on command lines; Madoguchi refuses
    // it): it comes from a 0600 passfile, as docs/operations.md tells IT staff to set it up.
    const QString passfile = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(passfile);
    const QByteArray line = "*:*:*:" + role.toUtf8() + ":pw-" + role.toUtf8() + "\n";
    if (file.open(QIODevice::ReadOnly) && file.readAll().contains(line)) {
        file.close();
    } else {
        file.close();
        if (file.open(QIODevice::Append))
            file.write(line);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QUrl url(base.isEmpty() ? m_admin : base);
    url.setUserName(role);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("passfile"), passfile);
    url.setQuery(query);
    return url.toString();
}

QSqlDatabase TestCentralRoles::connect(const QString& name, const QString& role, int port) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(test::TestServices::postgresHost());
    db.setPort(port ? port : test::TestServices::postgresPort());
    db.setDatabaseName(QStringLiteral("postgres"));
    db.setUserName(role);
    db.setPassword(QStringLiteral("pw-") + role);
    m_connections << name;
    return db;
}

int TestCentralRoles::count(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning().noquote() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

QString TestCentralRoles::refusal(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    const QString text = q.lastError().databaseText();
    return text.isEmpty() ? QStringLiteral("refused") : text;
}

QString TestCentralRoles::terminalConfig(const QString& terminal) {
    const QString dir = m_dir.filePath(terminal);
    QDir().mkpath(dir);
    const QString config = dir + QStringLiteral("/madoguchi.ini");
    QFile f(config);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QStringLiteral("[terminal]\nid=%1\n[database]\ncentral=\"%2\"\n")
                    .arg(terminal, roleUrl(central::terminalRoleName(terminal)))
                    .toUtf8());
    }
    return config;
}

void TestCentralRoles::initTestCase() {
    QVERIFY2(test::TestServices::hasPostgres(), "run through ctest (with-services.sh --postgres)");
    QVERIFY(m_dir.isValid());
    m_admin = test::TestServices::postgresUrl();
    const QString adminConfig = m_dir.filePath(QStringLiteral("admin.ini"));
    const QString adminData = m_dir.filePath(QStringLiteral("admin"));
    QString out;
    QCOMPARE(cli(adminData, adminConfig,
                 {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--central"), m_admin}, {}, &out),
             0);
    QVERIFY2(out.contains(QLatin1String(central::kTerminalRole)), qPrintable(out));
    const auto add = [&](const QStringList& args, const QString& role) {
        return cli(adminData, adminConfig,
                   QStringList{QStringLiteral("central")} + args + QStringList{QStringLiteral("--central"), m_admin},
                   (QStringLiteral("pw-") + role + QLatin1Char('\n')).toUtf8());
    };
    QCOMPARE(add({QStringLiteral("add-terminal"), QStringLiteral("--terminal"), QStringLiteral("T01"),
                  QStringLiteral("--office"), QStringLiteral("131016")},
                 central::terminalRoleName(QStringLiteral("T01"))),
             0);
    QCOMPARE(add({QStringLiteral("add-terminal"), QStringLiteral("--terminal"), QStringLiteral("T02"),
                  QStringLiteral("--office"), QStringLiteral("132012")},
                 central::terminalRoleName(QStringLiteral("T02"))),
             0);
    QCOMPARE(add({QStringLiteral("add-supervisor"), QStringLiteral("--login"), QStringLiteral("suzuki"),
                  QStringLiteral("--office"), QStringLiteral("131016")},
                 central::supervisorRoleName(QStringLiteral("suzuki"))),
             0);
    // The accounts staff sign in with: the first admin (the bootstrap, on an empty table), then a clerk, whose sign-in
    // `simulate` needs to record visits.
    QCOMPARE(cli(adminData, adminConfig,
                 {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin"),
                  QStringLiteral("--name"), QStringLiteral("管理者"), QStringLiteral("--role"), QStringLiteral("admin"),
                  QStringLiteral("--central"), m_admin},
                 kAdminPassword),
             0);
    QCOMPARE(
        cli(adminData, adminConfig,
            {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("tanaka"),
             QStringLiteral("--name"), QStringLiteral("田中 窓口"), QStringLiteral("--role"), QStringLiteral("clerk"),
             QStringLiteral("--central"), m_admin, QStringLiteral("--as"), QStringLiteral("admin")},
            kAdminPassword + kClerkPassword),
        0);
    // A password on the command line is not how it works: without standard input the command refuses.
    QCOMPARE(cli(adminData, adminConfig,
                 {QStringLiteral("central"), QStringLiteral("add-terminal"), QStringLiteral("--terminal"),
                  QStringLiteral("T03"), QStringLiteral("--office"), QStringLiteral("1"), QStringLiteral("--central"),
                  m_admin}),
             2);
}

void TestCentralRoles::terminalsSyncWithTheirOwnRole() {
    for (const auto& [terminal, visits] : {std::pair{QStringLiteral("T01"), 4}, std::pair{QStringLiteral("T02"), 3}}) {
        const QString config = terminalConfig(terminal);
        const QString data = m_dir.filePath(terminal) + QStringLiteral("/data");
        QCOMPARE(cli(data, config,
                     {QStringLiteral("simulate"), QStringLiteral("--visits"), QString::number(visits),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--as"), QStringLiteral("tanaka")},
                     kClerkPassword),
                 0);
        QString out;
        QCOMPARE(cli(data, config, {QStringLiteral("sync"), QStringLiteral("--once")}, {}, &out), 0);
        QVERIFY2(!out.contains(QStringLiteral("cannot")), qPrintable(out));
    }
    QSqlDatabase admin = connect(QStringLiteral("admin"), QStringLiteral("postgres"));
    QVERIFY(admin.open());
    QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM visits WHERE terminal_id = 'T01'")), 4);
    QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM visits WHERE terminal_id = 'T02'")), 3);
    QVERIFY(count(admin, QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = 'T01'")) > 0);
}

void TestCentralRoles::terminalCannotAlterAuditOrOthersRows() {
    QSqlDatabase t1 = connect(QStringLiteral("t1"), central::terminalRoleName(QStringLiteral("T01")));
    QVERIFY2(t1.open(), qPrintable(t1.lastError().text()));
    QCOMPARE(count(t1, QStringLiteral("SELECT count(*) FROM visits")), 4); // its own only
    QCOMPARE(count(t1, QStringLiteral("SELECT count(*) FROM visits WHERE terminal_id = 'T02'")), 0);
    QVERIFY(count(t1, QStringLiteral("SELECT count(*) FROM residents")) >= 0); // reference data is readable
    for (const QString& sql :
         {QStringLiteral("UPDATE audit_events SET reason = 'edited'"), QStringLiteral("DELETE FROM audit_events"),
          QStringLiteral("TRUNCATE audit_events"), QStringLiteral("DELETE FROM visits"),
          QStringLiteral("UPDATE visits SET language = 'x'"),
          QStringLiteral("UPDATE residents SET status = 'deceased'"),
          QStringLiteral("SELECT * FROM madoguchi_db_roles"), QStringLiteral("CREATE TABLE sneaky (x int)"),
          // Re-enrolment is IT's (the owner's): a terminal neither swaps its registered key nor retires one.
          QStringLiteral("UPDATE terminal_keys SET public_key = 'forged'"), QStringLiteral("DELETE FROM terminal_keys"),
          QStringLiteral("INSERT INTO terminal_retired_keys (terminal_id, epoch, public_key, first_seq, last_seq, "
                         "last_hash, retired_at, retired_by) VALUES ('T01', 9, 'k', 1, 1, 'h', 'x', 'x')"),
          QStringLiteral("UPDATE queue_pre_entries SET terminal_id = 'x'")}) {
        const QString why = refusal(t1, sql);
        QVERIFY2(why.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(" → ") + why));
    }
    // Row-level security: a visit in another terminal's name is refused even though INSERT is granted.
    const QString why = refusal(
        t1, QStringLiteral("INSERT INTO visits (id, terminal_id, reception_number, channel, language, business_date, "
                           "received_at) VALUES ('forged', 'T02', 'A-9999', 'counter', 'ja', '2026-12-01', "
                           "'2026-12-01T00:00:00Z')"));
    QVERIFY2(why.contains(QStringLiteral("row-level security")), qPrintable(why));
    const QString audit = refusal(
        t1, QStringLiteral("INSERT INTO audit_events (terminal_id, seq, id, at, actor, action, subject, reason, "
                           "prev_hash, hash) VALUES ('T02', 999, 'forged', 'x', 'x', 'x', 'x', 'x', 'x', 'x')"));
    QVERIFY2(audit.contains(QStringLiteral("row-level security")), qPrintable(audit));
}

void TestCentralRoles::supervisorReadsAndVoidsOnlyTheOffice() {
    QSqlDatabase s = connect(QStringLiteral("s"), central::supervisorRoleName(QStringLiteral("suzuki")));
    QVERIFY2(s.open(), qPrintable(s.lastError().text()));
    QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM visits")), 4); // office 131016 = T01 only
    QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM visits WHERE terminal_id = 'T02'")), 0);
    const int t1Documents = count(s, QStringLiteral("SELECT count(*) FROM issued_documents"));
    QVERIFY(t1Documents > 0);
    QSqlQuery voiding(s);
    QVERIFY2(voiding.exec(QStringLiteral("UPDATE issued_documents SET voided_at = '2026-12-02T00:00:00Z', void_reason "
                                         "= 'test', voided_by = 'suzuki' WHERE voided_at IS NULL")),
             qPrintable(voiding.lastError().text()));
    QCOMPARE(voiding.numRowsAffected(), t1Documents);
    for (const QString& sql :
         {QStringLiteral("UPDATE audit_events SET reason = 'edited'"), QStringLiteral("DELETE FROM audit_events"),
          QStringLiteral("DELETE FROM visits"), QStringLiteral("UPDATE issued_documents SET fee = 0"),
          QStringLiteral("INSERT INTO payments (id, visit_id, amount, method, paid_at) VALUES "
                         "('p', 'v', 1, 'cash', 'x')")}) {
        const QString why = refusal(s, sql);
        QVERIFY2(why.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(" → ") + why));
    }
    QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
    QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM issued_documents d JOIN visits v ON v.id = d.visit_id "
                                         "WHERE v.terminal_id = 'T02' AND d.voided_at IS NOT NULL")),
             0);
}

void TestCentralRoles::kioskStaffPinReachesItsOfficeOnly() {
    const QString adminConfig = m_dir.filePath(QStringLiteral("admin.ini"));
    const QString adminData = m_dir.filePath(QStringLiteral("admin"));
    const QByteArray pin = "580417\n";
    const auto kiosk = [&](const QStringList& args, const QByteArray& input) {
        return cli(
            adminData, adminConfig,
            QStringList{QStringLiteral("kiosk")} + args +
                QStringList{QStringLiteral("--central"), m_admin, QStringLiteral("--as"), QStringLiteral("admin")},
            kAdminPassword + input);
    };
    // A server has many offices: one must be named, and one the centre knows.
    QCOMPARE(kiosk({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide")}, pin), 1);
    QCOMPARE(kiosk({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide"), QStringLiteral("--office"),
                    QStringLiteral("999999")},
                   pin),
             1);
    QCOMPARE(kiosk({QStringLiteral("set-staff-pin"), QStringLiteral("--office-wide"), QStringLiteral("--office"),
                    QStringLiteral("131016")},
                   pin),
             0);
    QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
    QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM kiosk_staff_pins WHERE office_code = '131016' AND "
                                         "pin_hash LIKE '$argon2id$%' AND revision = 1")),
             1);
    QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM kiosk_staff_pins WHERE pin_hash LIKE '%580417%'")), 0);
    // Row-level security: T01 (office 131016) sees its office's PIN, T02 (132012) none; neither may write it.
    QSqlDatabase t1 = QSqlDatabase::database(QStringLiteral("t1"));
    QSqlDatabase t2 = connect(QStringLiteral("t2"), central::terminalRoleName(QStringLiteral("T02")));
    QVERIFY2(t2.open(), qPrintable(t2.lastError().text()));
    QCOMPARE(count(t1, QStringLiteral("SELECT count(*) FROM kiosk_staff_pins")), 1);
    QCOMPARE(count(t2, QStringLiteral("SELECT count(*) FROM kiosk_staff_pins")), 0);
    for (QSqlDatabase* db : {&t1, &t2})
        for (const QString& sql :
             {QStringLiteral("UPDATE kiosk_staff_pins SET pin_hash = 'x'"),
              QStringLiteral("DELETE FROM kiosk_staff_pins"),
              QStringLiteral("INSERT INTO kiosk_staff_pins (office_code, pin_hash, revision, set_by, set_at) VALUES "
                             "('132012', 'x', 9, 'x', 'x')")}) {
            const QString why = refusal(*db, sql);
            QVERIFY2(why.contains(QStringLiteral("permission denied")), qPrintable(sql + QStringLiteral(" → ") + why));
        }
    // Pulled with the sync, as the staff accounts are: T01 has the copy, T02 has none.
    const auto pulled = [&](const QString& terminal) {
        QString copy;
        {
            QSqlDatabase local = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            local.setDatabaseName(m_dir.filePath(terminal + QStringLiteral("/data/terminal.sqlite")));
            if (local.open()) {
                QSqlQuery q(local);
                if (q.exec(QStringLiteral("SELECT version, value FROM reference_data WHERE key = "
                                          "'kiosk/office_staff_pin_hash'")) &&
                    q.next())
                    copy = q.value(0).toString() + QLatin1Char(' ') +
                           (q.value(1).toString().startsWith(QStringLiteral("$argon2id$")) ? QStringLiteral("hash")
                                                                                           : q.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        return copy;
    };
    const auto sync = [&](const QString& terminal) {
        return cli(m_dir.filePath(terminal) + QStringLiteral("/data"), terminalConfig(terminal),
                   {QStringLiteral("sync"), QStringLiteral("--once")});
    };
    QCOMPARE(sync(QStringLiteral("T01")), 0);
    QCOMPARE(sync(QStringLiteral("T02")), 0);
    QCOMPARE(pulled(QStringLiteral("T01")), QStringLiteral("1 hash"));
    QCOMPARE(pulled(QStringLiteral("T02")), QString());
    // Revoked: the next sync brings the empty hash of revision 2.
    QCOMPARE(kiosk({QStringLiteral("clear-staff-pin"), QStringLiteral("--office-wide"), QStringLiteral("--office"),
                    QStringLiteral("131016")},
                   {}),
             0);
    QCOMPARE(sync(QStringLiteral("T01")), 0);
    QCOMPARE(pulled(QStringLiteral("T01")), QStringLiteral("2 "));
}

void TestCentralRoles::auditRowsAreAppendOnlyEvenForTheOwner() {
    QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
    const QString why = refusal(admin, QStringLiteral("UPDATE audit_events SET reason = 'edited'"));
    QVERIFY2(why.contains(QStringLiteral("append-only")), qPrintable(why));
    QVERIFY(refusal(admin, QStringLiteral("DELETE FROM audit_events")).contains(QStringLiteral("append-only")));
    const QString config = terminalConfig(QStringLiteral("T01"));
    QString out;
    QCOMPARE(cli(m_dir.filePath(QStringLiteral("T01/data")), config,
                 {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"), m_admin,
                  QStringLiteral("--terminal"), QStringLiteral("T01")},
                 {}, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
}

void TestCentralRoles::initAgainIsHarmless() {
    const QString adminConfig = m_dir.filePath(QStringLiteral("admin.ini"));
    QCOMPARE(cli(m_dir.filePath(QStringLiteral("admin")), adminConfig,
                 {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--central"), m_admin}),
             0);
    QSqlDatabase t1 = QSqlDatabase::database(QStringLiteral("t1"));
    QCOMPARE(count(t1, QStringLiteral("SELECT count(*) FROM visits")), 4);
}

bool TestCentralRoles::runAsPostgres(const QStringList& command, QString* output) {
    QProcess p;
    p.setWorkingDirectory(QStringLiteral("/"));
    p.start(QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command);
    if (!p.waitForFinished(120000))
        return false;
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = text;
    if (p.exitCode() != 0)
        qWarning().noquote() << command.join(QLatin1Char(' ')) << text;
    return p.exitCode() == 0;
}

void TestCentralRoles::dumpRestoredIntoANewClusterVerifies() {
    const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
    const QString state = qEnvironmentVariable("MADOGUCHI_TEST_STATE");
    QVERIFY(!state.isEmpty());
    const QString work = state + QStringLiteral("/restore");
    QVERIFY(QDir().mkpath(work));
    QVERIFY(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), work}) == 0);
    const QString host = test::TestServices::postgresHost();
    const QString port = QString::number(test::TestServices::postgresPort());
    // The dump operations.md describes: the roles (cluster-wide) and the database in custom format.
    QVERIFY(runAsPostgres({bin + QStringLiteral("pg_dumpall"), QStringLiteral("-h"), host, QStringLiteral("-p"), port,
                           QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--roles-only"),
                           QStringLiteral("-f"), work + QStringLiteral("/roles.sql")}));
    QVERIFY(runAsPostgres({bin + QStringLiteral("pg_dump"), QStringLiteral("-h"), host, QStringLiteral("-p"), port,
                           QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-Fc"),
                           QStringLiteral("-f"), work + QStringLiteral("/central.dump"), QStringLiteral("postgres")}));
    m_restoreData = work + QStringLiteral("/data");
    m_restorePort = test::TestServices::postgresPort() + 1;
    QVERIFY(runAsPostgres({bin + QStringLiteral("initdb"), QStringLiteral("-D"), m_restoreData, QStringLiteral("-U"),
                           QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                           QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}));
    QVERIFY(runAsPostgres(
        {bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_restoreData, QStringLiteral("-l"),
         work + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"),
         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_restorePort).arg(work),
         QStringLiteral("start")}));
    const QString port2 = QString::number(m_restorePort);
    QVERIFY(runAsPostgres({bin + QStringLiteral("psql"), QStringLiteral("-h"), host, QStringLiteral("-p"), port2,
                           QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-q"), QStringLiteral("-f"),
                           work + QStringLiteral("/roles.sql"), QStringLiteral("postgres")}));
    QVERIFY(runAsPostgres({bin + QStringLiteral("pg_restore"), QStringLiteral("-h"), host, QStringLiteral("-p"), port2,
                           QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--clean"),
                           QStringLiteral("--if-exists"), QStringLiteral("--exit-on-error"), QStringLiteral("-d"),
                           QStringLiteral("postgres"), work + QStringLiteral("/central.dump")}));
    // The counts match, table by table, and each terminal's chain verifies in the restored copy.
    QSqlDatabase before = QSqlDatabase::database(QStringLiteral("admin"));
    QSqlDatabase after = connect(QStringLiteral("restored"), QStringLiteral("postgres"), m_restorePort);
    QVERIFY2(after.open(), qPrintable(after.lastError().text()));
    for (const QString& table : kTables) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        QVERIFY(count(before, sql) > 0);
        QCOMPARE(count(after, sql), count(before, sql));
    }
    QUrl restored(m_admin);
    restored.setPort(m_restorePort);
    for (const QString& terminal : {QStringLiteral("T01"), QStringLiteral("T02")}) {
        QString out;
        QCOMPARE(cli(m_dir.filePath(terminal + QStringLiteral("/data")), terminalConfig(terminal),
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"),
                      restored.toString(), QStringLiteral("--terminal"), terminal},
                     {}, &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
    }
    // The roles and row-level security came back with it.
    QSqlDatabase t1 =
        connect(QStringLiteral("t1-restored"), central::terminalRoleName(QStringLiteral("T01")), m_restorePort);
    QVERIFY(t1.open());
    QCOMPARE(count(t1, QStringLiteral("SELECT count(*) FROM visits")), 4);
    QVERIFY(refusal(t1, QStringLiteral("DELETE FROM audit_events")).contains(QStringLiteral("permission denied")));
}

void TestCentralRoles::cleanupTestCase() {
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!m_restoreData.isEmpty())
        runAsPostgres({QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"), QStringLiteral("-D"), m_restoreData,
                       QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
}

QTEST_GUILESS_MAIN(TestCentralRoles)
#include "tst_central_roles.moc"
