// Terminals (real madoguchi-cli processes, each with its own SQLite store) against a real PostgreSQL 15: schema
// migrations from every version, a sync round trip, the server stopped and restarted mid-batch, kill -9 at random
// points, twenty terminals at once, hostile text, malformed registry CSV, a tampered audit row.
#include "TestServices.h"
#include "audit/AuditTrail.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "store/SupervisorDay.h"
#include "sync/SyncRound.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace madoguchi;
using madoguchi::test::TestServices;

namespace {
const QByteArray kAdminPassword = "admin password 1";
const QString kClerkLogin = QStringLiteral("simclerk");
const QByteArray kClerkPassword = "clerk password 1";

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QString databaseUrl(const QString& name) {
    QString url = TestServices::postgresUrl();
    return url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

bool createDatabase(const QString& name) {
    Result<store::Connection> admin = store::Connection::openPostgres(TestServices::postgresUrl());
    return admin && admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) &&
           admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
}

// One terminal: a data directory, a config naming its id and the central server, the office's shared key file.
class Terminal {
public:
    Terminal(const QString& root, const QString& id, const QString& centralUrl, const QString& keyFile)
        : m_dir(QDir(root).filePath(id))
        , m_id(id) {
        QDir().mkpath(m_dir);
        QSettings ini(config(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("terminal/id"), id);
        ini.setValue(QStringLiteral("database/central"), centralUrl);
        ini.setValue(QStringLiteral("privacy/key_file"), keyFile);
        ini.sync();
    }

    QString id() const { return m_id; }
    QString localPath() const { return m_dir + QStringLiteral("/terminal.sqlite"); }

    QProcess* start(const QStringList& args) const {
        auto* process = new QProcess;
        prepare(*process);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(qEnvironmentVariable("MADOGUCHI_CLI"),
                       QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process->waitForStarted();
        return process;
    }

    // `simulate` records visits as a signed-in clerk's (the clerk added in initTestCase).
    Run simulate(const QStringList& args) const {
        return run(QStringList{QStringLiteral("simulate")} + args + QStringList{QStringLiteral("--as"), kClerkLogin},
                   kClerkPassword + "\n");
    }
    QProcess* startSimulate(const QStringList& args) const {
        QProcess* process =
            start(QStringList{QStringLiteral("simulate")} + args + QStringList{QStringLiteral("--as"), kClerkLogin});
        process->write(kClerkPassword + "\n");
        process->closeWriteChannel();
        return process;
    }

    Run run(const QStringList& args, const QByteArray& input = {}) const {
        QProcess process;
        prepare(process);
        process.start(qEnvironmentVariable("MADOGUCHI_CLI"),
                      QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    int localCount(const QString& sql) const {
        Result<store::Connection> local = store::Connection::openSqlite(localPath());
        return local ? local->scalar(sql).toInt() : -1;
    }

private:
    QString config() const { return m_dir + QStringLiteral("/madoguchi.ini"); }
    void prepare(QProcess& process) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir);
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), config());
        process.setProcessEnvironment(env);
    }

    QString m_dir;
    QString m_id;
};

// A fresh connection per question: the test itself must survive the server going away.
int centralCount(const QString& sql, const QVariantList& values = {}) {
    Result<store::Connection> central = store::Connection::openPostgres(databaseUrl(QStringLiteral("central")));
    if (!central)
        return -1;
    const QVariant value = central->scalar(sql, values);
    return value.isValid() ? value.toInt() : -1;
}

int centralVisits(const QString& terminal) {
    return centralCount(QStringLiteral("SELECT count(*) FROM visits WHERE terminal_id = ?"), {terminal});
}

// Exactly once: what the terminal recorded is at the centre, row for row, and nothing else from it.
void compareTerminalWithCentre(const Terminal& t) {
    const QString v = QStringLiteral("(SELECT id FROM visits WHERE terminal_id = '%1')").arg(t.id());
    QCOMPARE(centralVisits(t.id()), t.localCount(QStringLiteral("SELECT count(*) FROM visits")));
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM procedure_requests WHERE visit_id IN %1").arg(v)),
             t.localCount(QStringLiteral("SELECT count(*) FROM procedure_requests")));
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM issued_documents WHERE visit_id IN %1").arg(v)),
             t.localCount(QStringLiteral("SELECT count(*) FROM issued_documents")));
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM payments WHERE visit_id IN %1").arg(v)),
             t.localCount(QStringLiteral("SELECT count(*) FROM payments")));
    QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

QStringList postgresSchema(const QString& database) {
    Result<store::Connection> c = store::Connection::openPostgres(databaseUrl(database));
    QStringList result;
    if (!c)
        return result;
    QSqlQuery q(c->db());
    q.exec(QStringLiteral("SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
                          "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1"));
    while (q.next())
        result.append(q.value(0).toString());
    q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}
} // namespace

class TestSyncPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPostgres(), "must run through with-services.sh --postgres");
        QVERIFY(!qEnvironmentVariableIsEmpty("MADOGUCHI_CLI"));
        QVERIFY(m_root.isValid());
        m_keyFile = m_root.filePath(QStringLiteral("office.key"));
        QVERIFY(createDatabase(QStringLiteral("central")));
        m_admin = std::make_unique<Terminal>(m_root.path(), QStringLiteral("ADMIN"),
                                             databaseUrl(QStringLiteral("central")), m_keyFile);
        const Run migrated = m_admin->run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--central"),
                                           databaseUrl(QStringLiteral("central"))});
        QVERIFY2(migrated.code == 0, qPrintable(migrated.err));
        QVERIFY(migrated.out.contains(
            QStringLiteral("→ %1").arg(store::Migrations::latestVersion(store::Schema::Central))));
        // The installation's first admin: the one account added without signing in, while the table is empty.
        const Run first = m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                        QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("管理者"),
                                        QStringLiteral("--role"), QStringLiteral("admin")},
                                       kAdminPassword + "\n");
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QLatin1String("first admin")));
        // The clerk whose sign-in `simulate` needs on every terminal of this test.
        const Run clerk =
            m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), kClerkLogin,
                          QStringLiteral("--name"), QStringLiteral("模擬 窓口"), QStringLiteral("--role"),
                          QStringLiteral("clerk"), QStringLiteral("--as"), QStringLiteral("admin")},
                         kAdminPassword + "\n" + kClerkPassword + "\n");
        QVERIFY2(clerk.code == 0, qPrintable(clerk.err));
        QCOMPARE(m_admin->localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                    "'staff.bootstrap'")),
                 1);
        // A second account without --as is refused now that an admin exists, and the refusal is audited.
        const Run second = m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                         QStringLiteral("mallory"), QStringLiteral("--name"), QStringLiteral("x"),
                                         QStringLiteral("--role"), QStringLiteral("admin")},
                                        "mallory-password\n");
        QCOMPARE(second.code, 1);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM staff WHERE login = 'mallory'")), 0);
        QCOMPARE(m_admin->localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                    "'access.refused'")),
                 1);
    }

    void migrationsOnPostgresFromEveryVersion() {
        QVERIFY(createDatabase(QStringLiteral("fresh")));
        const Run fresh = m_admin->run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--central"),
                                        databaseUrl(QStringLiteral("fresh"))});
        QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
        const QStringList expected = postgresSchema(QStringLiteral("fresh"));
        QVERIFY(expected.contains(QStringLiteral("visits.business_date text NO")));
        QVERIFY(expected.join(QLatin1Char('\n')).contains(QLatin1String("visits_by_day_terminal")));
        const int latest = store::Migrations::latestVersion(store::Schema::Central);
        for (int from = 0; from < latest; ++from) {
            const QString name = QStringLiteral("from_%1").arg(from);
            QVERIFY(createDatabase(name));
            const Run old = m_admin->run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--central"),
                                          databaseUrl(name), QStringLiteral("--to"), QString::number(from)});
            QVERIFY2(old.code == 0, qPrintable(old.err));
            if (from >= 1) {
                Result<store::Connection> c = store::Connection::openPostgres(databaseUrl(name));
                QVERIFY(c && c->exec(QStringLiteral("INSERT INTO visits (id, terminal_id, reception_number, channel, "
                                                    "language, business_date, received_at) VALUES ('v1', 'T1', 'A-1', "
                                                    "'counter', 'ja', '2026-04-01', '2026-04-01T00:00:00Z')")));
            }
            const Run upgraded = m_admin->run(
                {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--central"), databaseUrl(name)});
            QVERIFY2(upgraded.code == 0, qPrintable(upgraded.err));
            QCOMPARE(postgresSchema(name), expected);
            Result<store::Connection> c = store::Connection::openPostgres(databaseUrl(name));
            QVERIFY(c);
            QCOMPARE(store::Migrations::currentVersion(*c), latest);
            QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt(), from >= 1 ? 1 : 0);
        }
        // A terminal refuses a server whose schema is behind instead of changing it.
        Result<store::Connection> behind = store::Connection::openPostgres(databaseUrl(QStringLiteral("from_0")));
        QVERIFY(behind && behind->exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {latest}));
        Terminal t(m_root.path(), QStringLiteral("BEHIND"), databaseUrl(QStringLiteral("from_0")), m_keyFile);
        const Run refused = t.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("db migrate --central")), qPrintable(refused.err));
    }

    void syncRoundTripAndReferenceDataFlowsDown() {
        Terminal t(m_root.path(), QStringLiteral("T-ROUND"), databaseUrl(QStringLiteral("central")), m_keyFile);
        const Run staff = m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                        QStringLiteral("sato"), QStringLiteral("--name"), QStringLiteral("佐藤 窓口"),
                                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--as"),
                                        QStringLiteral("admin")},
                                       kAdminPassword + "\nlong enough password\n");
        QVERIFY2(staff.code == 0, qPrintable(staff.err));
        const Run again = m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                        QStringLiteral("sato"), QStringLiteral("--name"), QStringLiteral("x"),
                                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--as"),
                                        QStringLiteral("admin")},
                                       kAdminPassword + "\nanother password\n");
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already")));

        // Before any sync the terminal knows no staff; one sync brings the account down.
        QVERIFY(t.run({QStringLiteral("db"), QStringLiteral("init")}).code == 0);
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM staff")), 0);
        QCOMPARE(t.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM staff WHERE login = 'sato' AND "
                                             "password_hash LIKE '$argon2id$%'")),
                 1);
        // The catalogue's version and fees, published by `db migrate --central`, came down with it.
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM reference_data WHERE key IN ('catalogue', 'fees')")),
                 2);
        {
            Result<store::Connection> local = store::Connection::openSqlite(t.localPath());
            QVERIFY(local);
            const QJsonObject fees =
                QJsonDocument::fromJson(
                    local->scalar(QStringLiteral("SELECT value FROM reference_data WHERE key = 'fees'"))
                        .toString()
                        .toUtf8())
                    .object();
            QCOMPARE(
                fees.value(QStringLiteral("resident-certificate")).toObject().value(QStringLiteral("amount")).toInt(),
                300);
        }

        const Run simulated = t.run({QStringLiteral("simulate"), QStringLiteral("--visits"), QStringLiteral("40"),
                                     QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--date"),
                                     QStringLiteral("2026-04-01"), QStringLiteral("--as"), QStringLiteral("sato")},
                                    "long enough password\n");
        QVERIFY2(simulated.code == 0, qPrintable(simulated.err));
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'visit'")), 40);
        QCOMPARE(centralVisits(t.id()), 0);
        const Run synced =
            t.run({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--batch"), QStringLiteral("7")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QVERIFY2(synced.out.contains(QLatin1String("Sent 40 visit(s)")), qPrintable(synced.out));
        compareTerminalWithCentre(t);
        // The supervisor's terminal-day shows every visit with its fees, adding up to what the terminal took.
        {
            Result<store::Connection> central = store::Connection::openPostgres(databaseUrl(QStringLiteral("central")));
            QVERIFY(central);
            const auto day = store::supervisorDay(*central, QDate(2026, 4, 1), t.id());
            QVERIFY2(day, qPrintable(day.outcome.detail));
            QCOMPARE(day->size(), 40);
            qint64 fees = 0;
            qint64 paid = 0;
            for (const store::VisitSummary& v : *day) {
                fees += v.fees;
                paid += v.paid;
                QCOMPARE(v.terminalId, t.id());
            }
            QCOMPARE(fees, t.localCount(QStringLiteral("SELECT sum(fee) FROM issued_documents")));
            QCOMPARE(paid, fees);
            QVERIFY(std::is_sorted(day->cbegin(), day->cend(),
                                   [](const auto& a, const auto& b) { return a.receivedAt < b.receivedAt; }));
            QVERIFY(store::supervisorDay(*central, QDate(2026, 4, 2), t.id())->isEmpty());
        }
        // The signed-in clerk's id travels with the visits.
        QVERIFY(centralCount(QStringLiteral("SELECT count(*) FROM visits v JOIN staff s ON s.id = v.staff_id WHERE "
                                            "v.terminal_id = 'T-ROUND' AND s.login = 'sato'")) > 0);

        // A printed code checks out centrally; a wrong one does not.
        Result<store::Connection> local = store::Connection::openSqlite(t.localPath());
        QVERIFY(local);
        const QString code =
            local->scalar(QStringLiteral("SELECT verification_code FROM issued_documents LIMIT 1")).toString();
        const Run genuine = t.run({QStringLiteral("verify-code"), code.toLower()});
        QVERIFY2(genuine.code == 0 && genuine.out.contains(QLatin1String("Genuine")), qPrintable(genuine.err));
        QCOMPARE(t.run({QStringLiteral("verify-code"), QStringLiteral("0000-0000-0000-0000")}).code, 1);
        QCOMPARE(t.run({QStringLiteral("verify-code"), QStringLiteral("short")}).code, 2);

        // The central copy of the audit trail verifies with the office key.
        const Run verified = t.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"),
                                    databaseUrl(QStringLiteral("central"))});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));

        // Statistics: aggregates only, adding up to what was issued, no resident ids or serials.
        // A clerk may not export: signed in, refused by the core, refusal audited under the clerk.
        const Run byClerk = t.run({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--as"),
                                   QStringLiteral("sato")},
                                  "long enough password\n");
        QCOMPARE(byClerk.code, 1);
        QVERIFY(byClerk.out.isEmpty());
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM audit_events e JOIN staff s ON s.id = e.actor "
                                             "WHERE e.action = 'access.refused' AND s.login = 'sato'")),
                 1);
        const Run exported = t.run({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--as"),
                                    QStringLiteral("admin")},
                                   kAdminPassword + "\n");
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY(exported.out.startsWith(QLatin1String("date,terminal,channel,document_type,visits,documents")));
        QVERIFY(!exported.out.contains(QLatin1String("R00000")));
        QVERIFY(!exported.out.contains(QLatin1String("T-ROUND-2026")));
        int documents = 0;
        for (const QString& line : exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
            if (line.section(QLatin1Char(','), 1, 1) == QLatin1String("T-ROUND"))
                documents += line.section(QLatin1Char(','), 5, 5).toInt();
        }
        QCOMPARE(documents, t.localCount(QStringLiteral("SELECT count(*) FROM issued_documents")));
        QCOMPARE(t.run({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-04-02"),
                        QStringLiteral("--to"), QStringLiteral("2026-04-01")})
                     .code,
                 2);
    }

    void hostileTextReachesPostgresIntact() {
        const QString hostile = QStringLiteral("'); DROP TABLE visits; -- 𠮷野\"髙﨑\\ $1 %_");
        QTemporaryDir dir;
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_keyFile);
        QVERIFY(keys);
        Result<store::Connection> local = store::Connection::openSqlite(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(local && store::Migrations::migrate(*local, store::Schema::Local));
        issuance::Issuance issuance(*local, *keys, {hostile, QStringLiteral("T-HOSTILE"), hostile});
        issuance::VisitRecord record;
        record.visit.receptionNumber = hostile;
        record.visit.language = hostile;
        record.visit.staffId = hostile;
        record.visit.residentId = hostile;
        domain::ProcedureRequest request;
        request.procedureId = hostile;
        request.formData = QString::fromUtf8(QJsonDocument(QJsonObject{{hostile, hostile}}).toJson());
        request.myNumber = QStringLiteral("952601815908");
        request.myNumberLawful = true;
        record.requests.append(request);
        record.documents.append({0, hostile, hostile, 1, 300, hostile.toUtf8(), {}});
        record.payments.append({{}, 300, domain::Payment::Method::Qr, {}, {}});
        const auto receipt = issuance.record(record);
        QVERIFY2(receipt, qPrintable(receipt.outcome.detail));
        QVERIFY(issuance.voidDocument({hostile, hostile, domain::Role::Supervisor, true},
                                      receipt->documents.first().serial, hostile));
        Result<store::Connection> central = store::Connection::openPostgres(databaseUrl(QStringLiteral("central")));
        QVERIFY(central);
        const auto report = sync::syncOnce(*local, *central, {QStringLiteral("T-HOSTILE"), 200, -1});
        QVERIFY2(report, qPrintable(report.outcome.detail));
        QSqlQuery q(central->db());
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT v.reception_number, v.language, v.staff_id, v.resident_id, r.procedure_id, d.document_type, "
            "d.resident_id, d.void_reason, d.voided_by, r.form_data, r.my_number_sealed, r.id, r.visit_id FROM visits "
            "v "
            "JOIN procedure_requests r ON r.visit_id = v.id JOIN issued_documents d ON d.visit_id = v.id "
            "WHERE v.terminal_id = ?")));
        q.addBindValue(QStringLiteral("T-HOSTILE"));
        QVERIFY(q.exec() && q.next());
        for (int i = 0; i < 9; ++i)
            QCOMPARE(q.value(i).toString(), hostile);
        QCOMPARE(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object().value(hostile).toString(), hostile);
        // The My Number is at the centre only sealed, and opens with the office key.
        const QByteArray sealed = q.value(10).toByteArray();
        QVERIFY(!sealed.contains("952601815908"));
        QCOMPARE(keys->unsealMyNumber(sealed,
                                      privacy::SealPlace::myNumberOf(q.value(11).toString(), q.value(12).toString())),
                 QStringLiteral("952601815908"));
        QVERIFY(central->scalar(QStringLiteral("SELECT count(*) FROM visits")).toInt() > 0);
        QVERIFY(audit::AuditTrail::verify(*central, *keys, QStringLiteral("T-HOSTILE")).intact());
    }

    void serverStoppedAndRestartedMidBatch() {
        Terminal t(m_root.path(), QStringLiteral("T-RESTART"), databaseUrl(QStringLiteral("central")), m_keyFile);
        const int visits = 600;
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QString::number(visits)}).code, 0);
        std::unique_ptr<QProcess> sync(t.start({QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("5"),
                                                QStringLiteral("--interval"), QStringLiteral("0.1")}));
        QVERIFY(TestServices::waitUntil([&] { return centralVisits(t.id()) > 0; }, 30000));
        QVERIFY(TestServices::control({QStringLiteral("pg-stop")}));
        const int beforeRestart = t.localCount(QStringLiteral("SELECT count(*) FROM outbox"));
        QVERIFY2(beforeRestart > 0, "the backlog was sent before the server could be stopped");
        QTest::qWait(1500);
        QCOMPARE(sync->state(), QProcess::Running); // offline is a state, not a crash
        QVERIFY(TestServices::control({QStringLiteral("pg-start")}));
        QVERIFY(TestServices::waitUntil([&] { return centralVisits(t.id()) == visits; }, 90000));
        QVERIFY(TestServices::waitUntil(
            [&] { return t.localCount(QStringLiteral("SELECT count(*) FROM outbox")) == 0; }, 30000));
        sync->terminate();
        QVERIFY(sync->waitForFinished(10000));
        compareTerminalWithCentre(t);
    }

    void killNineAtRandomPointsLosesAndDuplicatesNothing() {
        Terminal t(m_root.path(), QStringLiteral("T-KILL"), databaseUrl(QStringLiteral("central")), m_keyFile);
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("300")}).code, 0);
        QRandomGenerator random(20261121);
        for (int round = 0; round < 8; ++round) {
            // Sometimes the terminal is recording when it dies, sometimes it is syncing.
            const bool recording = round % 3 == 2;
            std::unique_ptr<QProcess> process(
                recording ? t.startSimulate({QStringLiteral("--visits"), QStringLiteral("200")})
                          : t.start({QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("7"),
                                     QStringLiteral("--interval"), QStringLiteral("0.05")}));
            QTest::qWait(150 + static_cast<int>(random.bounded(600)));
            process->kill(); // SIGKILL
            QVERIFY(process->waitForFinished(10000));
        }
        const Run last = t.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(last.code == 0, qPrintable(last.err));
        compareTerminalWithCentre(t);
        QVERIFY(t.localCount(QStringLiteral("SELECT count(*) FROM visits")) >= 300);
        QCOMPARE(t.run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        QCOMPARE(t.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"),
                        databaseUrl(QStringLiteral("central"))})
                     .code,
                 0);
    }

    // A terminal reinstalled under its id (the disk replaced: a new local store, the same terminal id and office
    // key), killed -9 during its syncs before and after: nothing it sent is lost or stored twice, nothing of the new
    // installation reaches the centre half-sent, and no serial repeats at the centre although the new installation
    // starts the same business day's numbers again.
    void reinstalledTerminalKilledDuringSyncLosesRepeatsAndCollidesNothing() {
        const QString url = databaseUrl(QStringLiteral("central"));
        const QStringList day{QStringLiteral("--date"), QStringLiteral("2026-06-01")};
        const auto killDuringSync = [](const Terminal& t, int rounds, quint32 seed) {
            QRandomGenerator random(seed);
            for (int round = 0; round < rounds; ++round) {
                std::unique_ptr<QProcess> process(
                    t.start({QStringLiteral("sync"), QStringLiteral("--batch"), QStringLiteral("5"),
                             QStringLiteral("--interval"), QStringLiteral("0.05")}));
                QTest::qWait(100 + static_cast<int>(random.bounded(500)));
                process->kill(); // SIGKILL
                process->waitForFinished(10000);
            }
        };
        const auto serials = [](const Terminal& t) {
            QStringList list;
            Result<store::Connection> local = store::Connection::openSqlite(t.localPath());
            if (!local)
                return list;
            QSqlQuery q(local->db());
            q.exec(QStringLiteral("SELECT serial FROM issued_documents ORDER BY serial"));
            while (q.next())
                list << q.value(0).toString();
            return list;
        };

        Terminal first(m_root.path(), QStringLiteral("T-REIN"), url, m_keyFile);
        QCOMPARE(first.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("120")} + day).code, 0);
        killDuringSync(first, 4, 20261203);
        const Run synced = first.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        compareTerminalWithCentre(first);
        const int firstVisits = first.localCount(QStringLiteral("SELECT count(*) FROM visits"));
        const QStringList firstSerials = serials(first);
        QVERIFY(firstVisits >= 120 && !firstSerials.isEmpty());

        // The disk replaced: a new store under the same id; it issues on the same business day again.
        Terminal second(m_root.filePath(QStringLiteral("reinstalled")), QStringLiteral("T-REIN"), url, m_keyFile);
        QCOMPARE(second.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("60")} + day).code, 0);
        const QStringList secondSerials = serials(second);
        QVERIFY(!secondSerials.isEmpty());
        QVERIFY(secondSerials.first().endsWith(QLatin1String("-000001"))); // the day's numbers start again…
        for (const QString& serial : secondSerials)
            QVERIFY2(!firstSerials.contains(serial), qPrintable(serial)); // …under another installation's id
        killDuringSync(second, 3, 7);
        // Its history is not the one the centre holds for T-REIN (another chain, another signing key): sync stops
        // with an alarm instead of mixing the two, until IT decides; the visits wait on the terminal.
        const Run refused = second.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(refused.code, 1);
        QVERIFY(centralCount(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE terminal_id = 'T-REIN' AND "
                                            "cleared_at IS NULL")) >= 1);
        // Nothing lost, nothing twice: the first installation's visits, each once, and none of the second's.
        QCOMPARE(centralVisits(QStringLiteral("T-REIN")), firstVisits);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(DISTINCT id) FROM visits WHERE terminal_id = 'T-REIN'")),
                 firstVisits);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM issued_documents WHERE serial LIKE 'T-REIN-%'")),
                 int(firstSerials.size()));
        QCOMPARE(second.localCount(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'visit'")),
                 second.localCount(QStringLiteral("SELECT count(*) FROM visits")));
        for (const QString& serial : secondSerials)
            QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM issued_documents WHERE serial = ?"), {serial}),
                     0);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(DISTINCT serial) - count(*) FROM issued_documents")), 0);
        // The first installation's chain at the centre is intact: the second one forged nothing into it.
        QCOMPARE(first.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"), url}).code,
                 0);
    }

    // IT brings the reinstalled terminal back: `central re-enrol-terminal` on it records its new signing key as epoch
    // 2 of the id's chain (the first installation's key kept for the numbers it signed) and its own events continue
    // after the centre's last one. Only an admin may; sync then resumes, and both parts of the chain verify.
    void reinstalledTerminalIsReEnrolledAndSyncResumes() {
        const QString url = databaseUrl(QStringLiteral("central"));
        const QStringList day{QStringLiteral("--date"), QStringLiteral("2026-06-02")};
        Terminal first(m_root.path(), QStringLiteral("T-BACK"), url, m_keyFile);
        QCOMPARE(first.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("12")} + day).code, 0);
        QCOMPARE(first.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        compareTerminalWithCentre(first);
        const int firstVisits = first.localCount(QStringLiteral("SELECT count(*) FROM visits"));
        const int firstEvents = first.localCount(QStringLiteral("SELECT count(*) FROM audit_events"));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = 'T-BACK'")),
                 firstEvents);
        const QString firstKey = [&] {
            Result<store::Connection> local = store::Connection::openSqlite(first.localPath());
            return local ? local->scalar(QStringLiteral("SELECT public_key FROM terminal_identity")).toString()
                         : QString();
        }();
        QVERIFY(!firstKey.isEmpty());

        Terminal second(m_root.filePath(QStringLiteral("back")), QStringLiteral("T-BACK"), url, m_keyFile);
        QCOMPARE(second.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("8")} + day).code, 0);
        const int secondVisits = second.localCount(QStringLiteral("SELECT count(*) FROM visits"));
        QCOMPARE(second.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 1); // the other key: stopped
        const auto openChainAlarms = [] {
            return centralCount(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE terminal_id = 'T-BACK' AND "
                                               "cleared_at IS NULL AND kind = 'audit_key_mismatch'"));
        };
        QCOMPARE(openChainAlarms(), 1);

        const QStringList reEnrol{QStringLiteral("central"), QStringLiteral("re-enrol-terminal"),
                                  QStringLiteral("--terminal"), QStringLiteral("T-BACK"), QStringLiteral("--as")};
        // Every role but admin is refused by the core, audited, nothing changed at the centre.
        const Run boss = m_admin->run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                       QStringLiteral("backboss"), QStringLiteral("--name"), QStringLiteral("係長"),
                                       QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--as"),
                                       QStringLiteral("admin")},
                                      kAdminPassword + "\nsupervisor password 1\n");
        QVERIFY2(boss.code == 0, qPrintable(boss.err));
        const QList<std::pair<QString, QByteArray>> others{{kClerkLogin, kClerkPassword},
                                                           {QStringLiteral("backboss"), "supervisor password 1"}};
        for (const auto& [login, password] : others) {
            const Run refused = second.run(reEnrol + QStringList{login}, password + "\n");
            QCOMPARE(refused.code, 1);
        }
        QCOMPARE(second.localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'access.refused' "
                                                  "AND subject LIKE '%re-enrol terminal T-BACK%'")),
                 2);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM terminal_retired_keys WHERE terminal_id = "
                                             "'T-BACK'")),
                 0);
        // Run on another terminal than the one named: refused before anything is touched.
        QCOMPARE(first
                     .run({QStringLiteral("central"), QStringLiteral("re-enrol-terminal"), QStringLiteral("--terminal"),
                           QStringLiteral("T-OTHER"), QStringLiteral("--as"), QStringLiteral("admin")},
                          kAdminPassword + "\n")
                     .code,
                 2);

        const Run done = second.run(reEnrol + QStringList{QStringLiteral("admin")}, kAdminPassword + "\n");
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("epoch 2")), qPrintable(done.out));
        QCOMPARE(centralCount(QStringLiteral("SELECT epoch FROM terminal_keys WHERE terminal_id = 'T-BACK'")), 2);
        QCOMPARE(centralCount(QStringLiteral("SELECT first_seq FROM terminal_keys WHERE terminal_id = 'T-BACK'")),
                 firstEvents + 1);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM terminal_retired_keys WHERE terminal_id = 'T-BACK' "
                                             "AND epoch = 1 AND public_key = ? AND first_seq = 1 AND last_seq = ?"),
                              {firstKey, firstEvents}),
                 1);
        QCOMPARE(openChainAlarms(), 0);
        // Its own events now follow the centre's: the first local number is the one after the first installation's.
        QCOMPARE(second.localCount(QStringLiteral("SELECT min(seq) FROM audit_events")), firstEvents + 1);
        QCOMPARE(second.localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                  "'terminal.re_enrolled'")),
                 1);
        QCOMPARE(second.run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        // Once is enough.
        QCOMPARE(second.run(reEnrol + QStringList{QStringLiteral("admin")}, kAdminPassword + "\n").code, 1);

        // Sync resumes: every visit of both installations at the centre once, no serial twice, the whole chain
        // (epoch 1 with the old key, epoch 2 with the new one) verifies, and the re-enrolment is at the centre.
        const Run resumed = second.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QCOMPARE(centralVisits(QStringLiteral("T-BACK")), firstVisits + secondVisits);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(DISTINCT serial) - count(*) FROM issued_documents")), 0);
        QCOMPARE(second.localCount(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'visit'")), 0);
        QVERIFY(centralCount(QStringLiteral("SELECT max(seq) FROM audit_events WHERE terminal_id = 'T-BACK'")) >
                firstEvents);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = 'T-BACK' AND "
                                             "action = 'terminal.re_enrolled' AND actor <> 'admin' AND "
                                             "length(actor) = 36")),
                 1);
        const Run verified =
            second.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"), url});
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QCOMPARE(first.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"), url}).code,
                 0);
        // The old installation, if it came back to life, is refused now: its key is retired.
        QCOMPARE(first.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("1")} + day).code, 0);
        QCOMPARE(first.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 1);
        QCOMPARE(centralVisits(QStringLiteral("T-BACK")), firstVisits + secondVisits);
        // A second sync of the re-enrolled terminal goes on as usual.
        QCOMPARE(second.simulate(QStringList{QStringLiteral("--visits"), QStringLiteral("2")} + day).code, 0);
        const Run again = second.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(centralVisits(QStringLiteral("T-BACK")), firstVisits + secondVisits + 2);
    }

    void twentyTerminalsSyncAtOnce() {
        std::vector<std::unique_ptr<Terminal>> terminals;
        for (int i = 1; i <= 20; ++i) {
            terminals.push_back(std::make_unique<Terminal>(m_root.path(),
                                                           QStringLiteral("T%1").arg(i, 2, 10, QLatin1Char('0')),
                                                           databaseUrl(QStringLiteral("central")), m_keyFile));
            QCOMPARE(terminals.back()
                         ->simulate({QStringLiteral("--visits"), QStringLiteral("15"), QStringLiteral("--date"),
                                     QStringLiteral("2026-05-01")})
                         .code,
                     0);
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const auto& t : terminals)
            processes.emplace_back(t->start(
                {QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--batch"), QStringLiteral("4")}));
        for (const auto& p : processes) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        for (const auto& t : terminals)
            compareTerminalWithCentre(*t);
        // Serial numbers carry the terminal: the same day's number 1 exists twenty times, each serial once.
        QCOMPARE(centralCount(QStringLiteral(
                     "SELECT count(*) FROM issued_documents WHERE serial LIKE 'T__-20260501-___-000001'")),
                 20);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(DISTINCT serial) - count(*) FROM issued_documents")), 0);
    }

    void malformedRegistryCsvImportsNothing() {
        const QByteArray header = "record,id,household_id,head_resident_id,postal_code,address,family_name,given_name,"
                                  "family_name_kana,given_name_kana,birth_date,sex,relationship,resident_since\n";
        const QByteArray good = "household,H9001,,R9001,180-0001,東京都武蔵野市緑町一丁目2番3号,,,,,,,,\n"
                                "resident,R9001,H9001,,,,𠮷田,髙志,ヨシダ,タカシ,1958-11-03,1,世帯主,1990-04-01\n"
                                "resident,R9002,H9001,,,,𠮷田,花子,ヨシダ,ハナコ,1960-01-01,2,妻,1990-04-01\n";
        const QByteArray bad = "resident,R9003,H9001,,,,Robert'); DROP TABLE residents;--,,ロバート,,1970-13-45,7,妻,"
                               "2020-01-01\n"
                               "resident,R9004,H-NONE,,,,山田,\"unclosed,ヤマダ,,1970-01-01,1,子,2020-01-01\n";
        const QString badPath = m_root.filePath(QStringLiteral("bad.csv"));
        const QString goodPath = m_root.filePath(QStringLiteral("good.csv"));
        QFile badFile(badPath);
        QVERIFY(badFile.open(QIODevice::WriteOnly) && badFile.write(header + good + bad) > 0);
        badFile.close();
        QFile goodFile(goodPath);
        QVERIFY(goodFile.open(QIODevice::WriteOnly) && goodFile.write(header + good) > 0);
        goodFile.close();

        const int before = centralCount(QStringLiteral("SELECT count(*) FROM residents"));
        const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin")};
        const QByteArray adminPassword = kAdminPassword + "\n";
        const Run refused = m_admin->run(
            QStringList{QStringLiteral("registry"), QStringLiteral("import"), badPath} + asAdmin, adminPassword);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("line 5")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("nothing was imported")));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM residents")), before);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM households WHERE id = 'H9001'")), 0);

        // Without a sign-in the import is refused before the file is read.
        QCOMPARE(m_admin->run({QStringLiteral("registry"), QStringLiteral("import"), goodPath}).code, 1);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM residents")), before);
        const Run imported = m_admin->run(
            QStringList{QStringLiteral("registry"), QStringLiteral("import"), goodPath} + asAdmin, adminPassword);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM residents")), before + 2);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM residents WHERE family_name = '𠮷田' AND "
                                             "given_name = '髙志'")),
                 1);
        // Audited under the admin who signed in (the account's id), not a made-up name.
        QCOMPARE(m_admin->localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                    "'registry.import' AND actor <> 'admin' AND length(actor) = 36")),
                 1);
        QCOMPARE(m_admin
                     ->run(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                                       m_root.filePath(QStringLiteral("missing.csv"))} +
                               asAdmin,
                           adminPassword)
                     .code,
                 1);
    }

    void tamperedAuditRowIsDetected() {
        Terminal t(m_root.path(), QStringLiteral("T-AUDIT"), databaseUrl(QStringLiteral("central")), m_keyFile);
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("5")}).code, 0);
        QCOMPARE(t.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        const Run intact = t.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(intact.code == 0 && intact.out.contains(QLatin1String("intact")), qPrintable(intact.err));
        {
            Result<store::Connection> local = store::Connection::openSqlite(t.localPath());
            QVERIFY(local &&
                    local->exec(QStringLiteral("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 3")));
        }
        const Run broken = t.run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QLatin1String("event 3")), qPrintable(broken.err));
        // The central copy was sent before the edit: it is still intact, and becomes broken when edited there too.
        const QStringList central{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"),
                                  databaseUrl(QStringLiteral("central"))};
        QCOMPARE(t.run(central).code, 0);
        Result<store::Connection> c = store::Connection::openPostgres(databaseUrl(QStringLiteral("central")));
        QVERIFY(c && c->exec(QStringLiteral("DELETE FROM audit_events WHERE terminal_id = 'T-AUDIT' AND seq = 2")));
        const Run centralBroken = t.run(central);
        QCOMPARE(centralBroken.code, 1);
        QVERIFY2(centralBroken.err.contains(QLatin1String("event 2")), qPrintable(centralBroken.err));
    }

    // The attack of the trust review, through the CLI on PostgreSQL: delete the newest audit events after the centre
    // saw them, go on working, sync. Before: exit 0, the new events never reached the centre, both chains intact.
    // Now: the sync stops with a non-zero exit, the supervisor's alarm is in the central store.
    void truncatedTrailStopsSyncWithAnAlarm() {
        Terminal t(m_root.path(), QStringLiteral("T-TRUNC"), databaseUrl(QStringLiteral("central")), m_keyFile);
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("3")}).code, 0);
        QCOMPARE(t.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        const int atCentre =
            centralCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = 'T-TRUNC'"));
        QVERIFY(atCentre > 2);
        {
            Result<store::Connection> local = store::Connection::openSqlite(t.localPath());
            QVERIFY(local && local->exec(QStringLiteral("DELETE FROM audit_events WHERE seq > ?"), {atCentre - 2}));
        }
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("1")}).code, 0);
        const Run sync = t.run({QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(sync.code, 1);
        QVERIFY2(sync.err.contains(QLatin1String("supervisor")), qPrintable(sync.err));
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE terminal_id = 'T-TRUNC' AND "
                                             "kind = 'audit_truncated' AND cleared_at IS NULL")),
                 1);
        QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = 'T-TRUNC'")),
                 atCentre);
        QCOMPARE(
            t.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--central"),
                   databaseUrl(QStringLiteral("central")), QStringLiteral("--terminal"), QStringLiteral("T-TRUNC")})
                .code,
            0);
    }

    // Last, as it re-seals every copy at the centre: `keys rotate-central` on PostgreSQL. A terminal with its own
    // sealing key (after its keys rotate) and every other terminal of the test (the office's shared key 0) have sent
    // sealed My Numbers; the centre's copies all move under the centre's own key in one transaction, for an admin only.
    void centralCopiesAreResealedUnderTheCentresKey() {
        const QString url = databaseUrl(QStringLiteral("central"));
        const QString ownKey = m_root.filePath(QStringLiteral("t-seal.key"));
        QVERIFY(QFile::copy(m_keyFile, ownKey));
        QVERIFY(QFile::setPermissions(ownKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        Terminal t(m_root.path(), QStringLiteral("T-SEAL"), url, ownKey);
        // The simulated mix is random and a lawful My Number comes with about one request in fifteen: thirty visits
        // carry none about one run in nine, which left the rotation below nothing of this terminal's to seal again.
        // Simulate until some visit carried one.
        const QString localSealed =
            QStringLiteral("SELECT count(*) FROM procedure_requests WHERE my_number_sealed IS NOT NULL");
        for (int round = 0; round < 10 && t.localCount(localSealed) == 0; ++round)
            QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("30")}).code, 0);
        QVERIFY(t.localCount(localSealed) > 0);
        const Run rotated =
            t.run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--as"), QStringLiteral("admin")},
                  kAdminPassword + "\n");
        QVERIFY2(rotated.code == 0, qPrintable(rotated.err));
        QCOMPARE(t.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        const QString sealedRows = QStringLiteral("SELECT count(*) FROM procedure_requests WHERE my_number_sealed IS "
                                                  "NOT NULL");
        const int total = centralCount(sealedRows);
        QVERIFY(centralCount(sealedRows + QStringLiteral(" AND visit_id IN (SELECT id FROM visits WHERE terminal_id = "
                                                         "'T-SEAL')")) > 0);
        QVERIFY(total > centralCount(sealedRows + QStringLiteral(" AND visit_id IN (SELECT id FROM visits WHERE "
                                                                 "terminal_id = 'T-SEAL')")));
        const auto digest = [] {
            Result<store::Connection> central = store::Connection::openPostgres(databaseUrl(QStringLiteral("central")));
            return central ? central
                                 ->scalar(QStringLiteral("SELECT md5(string_agg(encode(my_number_sealed, 'hex'), ',' "
                                                         "ORDER BY id)) FROM procedure_requests"))
                                 .toString()
                           : QString();
        };
        const QString before = digest();
        QVERIFY(!before.isEmpty());
        const QStringList rotateCentral{QStringLiteral("keys"), QStringLiteral("rotate-central"),
                                        QStringLiteral("--as")};
        const QString centreKeyFile = m_root.filePath(QStringLiteral("T-SEAL/keys/central.key"));

        // A clerk: refused by the core, audited on the terminal, nothing changed at the centre.
        QCOMPARE(t.run(rotateCentral + QStringList{kClerkLogin}, kClerkPassword + "\n").code, 1);
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'access.refused' AND "
                                             "subject LIKE '%keys rotate-central%'")),
                 1);
        QCOMPARE(digest(), before);
        // The admin, without the key file the other terminals sealed with: one value does not open, nothing changes.
        const Run refused = t.run(rotateCentral + QStringList{QStringLiteral("admin")}, kAdminPassword + "\n");
        QCOMPARE(refused.code, 1);
        QCOMPARE(digest(), before);
        QVERIFY(!QFile::exists(centreKeyFile));
        // With it: every copy at the centre sealed again, under the centre's own key only.
        const Run done =
            t.run(rotateCentral + QStringList{QStringLiteral("admin"), QStringLiteral("--open-with"), m_keyFile},
                  kAdminPassword + "\n");
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("%1 request(s)").arg(total)), qPrintable(done.out));
        QVERIFY(digest() != before);
        Result<privacy::KeyRing> centre = privacy::KeyRing::load(centreKeyFile);
        Result<privacy::KeyRing> office = privacy::KeyRing::load(m_keyFile);
        Result<privacy::KeyRing> own = privacy::KeyRing::load(ownKey);
        QVERIFY(centre && office && own);
        {
            Result<store::Connection> central = store::Connection::openPostgres(url);
            QVERIFY(central);
            QSqlQuery q(central->db());
            QVERIFY(q.exec(QStringLiteral("SELECT id, visit_id, my_number_sealed FROM procedure_requests WHERE "
                                          "my_number_sealed IS NOT NULL")));
            int opened = 0;
            while (q.next()) {
                const auto place = privacy::SealPlace::myNumberOf(q.value(0).toString(), q.value(1).toString());
                const QByteArray sealed = q.value(2).toByteArray();
                QVERIFY(!centre->unsealMyNumber(sealed, place).isEmpty());
                QVERIFY(office->unsealMyNumber(sealed, place).isEmpty());
                QVERIFY(own->unsealMyNumber(sealed, place).isEmpty());
                ++opened;
            }
            QCOMPARE(opened, total);
        }
        QCOMPARE(t.localCount(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                             "'keys.central_rotated' AND actor <> 'admin' AND length(actor) = 36")),
                 1);
        // Sync goes on under the terminal's key; the next rotation takes the new copies with the old ones.
        QCOMPARE(t.simulate({QStringLiteral("--visits"), QStringLiteral("10")}).code, 0);
        QCOMPARE(t.run({QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        const Run again = t.run(rotateCentral + QStringList{QStringLiteral("admin")}, kAdminPassword + "\n");
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("%1 request(s)").arg(centralCount(sealedRows))),
                 qPrintable(again.out));
    }

private:
    QTemporaryDir m_root;
    QString m_keyFile;
    std::unique_ptr<Terminal> m_admin;
};

QTEST_GUILESS_MAIN(TestSyncPostgres)
#include "tst_sync_postgres.moc"
