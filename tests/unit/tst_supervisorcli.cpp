// `madoguchi-cli supervisor …` end to end on real SQLite stores (the embedded central file): the day, a visit's story,
// void requests and their answers, direct voids and reissues; every other role refused by the core; a voided serial
// fails verify-code.
#include "staff/Authorization.h"
#include "store/Connection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

const QByteArray kBoss = "boss-pass-1\n";
const QByteArray kClerk = "clerk-pass-1\n";
const QByteArray kAdmin = "admin-pass-1\n";
const QByteArray kKiosk = "kiosk-pass-1\n";
} // namespace

class TestSupervisorCli : public QObject {
    Q_OBJECT

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), m_dir.filePath(QStringLiteral("no-pcscd.comm")));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run supervisor(const QStringList& args, const char* login, const QByteArray& password) {
        return cli(QStringList{QStringLiteral("supervisor")} + args +
                       QStringList{QStringLiteral("--as"), QString::fromLatin1(login)},
                   password);
    }

    store::Connection central() {
        Result<store::Connection> c = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("central.sqlite")));
        if (!c)
            qFatal("central store");
        return std::move(*c.value);
    }

    QString serial(int index) {
        const store::Connection c = central();
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("SELECT serial FROM issued_documents WHERE reissue_of IS NULL ORDER BY serial"));
        for (int i = 0; i <= index; ++i) {
            if (!q.next())
                return {};
        }
        return q.value(0).toString();
    }

    QString codeOf(const QString& serialNumber) {
        return central()
            .scalar(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = ?"), {serialNumber})
            .toString();
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
        QFile ini(m_dir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[terminal]\nid=T07\n[database]\ncentral_sqlite=" +
                  m_dir.filePath(QStringLiteral("central.sqlite")).toUtf8() + "\n");
        ini.close();
        const auto add = [&](const char* login, const char* role, const QByteArray& input, bool asAdmin) {
            QStringList args{QStringLiteral("staff"),    QStringLiteral("add"),    QStringLiteral("--login"),
                             QString::fromLatin1(login), QStringLiteral("--name"), QString::fromLatin1(login),
                             QStringLiteral("--role"),   QString::fromLatin1(role)};
            if (asAdmin)
                args << QStringLiteral("--as") << QStringLiteral("admin1");
            const Run r = cli(args, input);
            return r.code == 0 ? QString() : r.err;
        };
        QCOMPARE(add("admin1", "admin", kAdmin, false), QString());
        QCOMPARE(add("boss1", "supervisor", kAdmin + kBoss, true), QString());
        QCOMPARE(add("clerk1", "clerk", kAdmin + kClerk, true), QString());
        QCOMPARE(add("kiosk1", "kiosk", kAdmin + kKiosk, true), QString());
        Run r = cli({QStringLiteral("simulate"), QStringLiteral("--visits"), QStringLiteral("12"),
                     QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--date"),
                     QStringLiteral("2026-04-01"), QStringLiteral("--as"), QStringLiteral("clerk1")},
                    kClerk);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!serial(2).isEmpty());
    }

    void dayMatchesTheCentralTables() {
        const Run r = supervisor(
            {QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-04-01"), QStringLiteral("--json")},
            "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        const store::Connection c = central();
        QCOMPARE(rows.size(),
                 c.scalar(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = '2026-04-01'")).toInt());
        qint64 paid = 0;
        int documents = 0;
        for (const QJsonValue& row : rows) {
            paid += row.toObject().value(QStringLiteral("paid")).toInteger();
            documents += row.toObject().value(QStringLiteral("documents")).toInt();
        }
        QCOMPARE(paid, c.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE business_date = "
                                               "'2026-04-01'"))
                           .toLongLong());
        QCOMPARE(documents, c.scalar(QStringLiteral("SELECT count(*) FROM issued_documents WHERE business_date = "
                                                    "'2026-04-01'"))
                                .toInt());
    }

    // Every role but the supervisor is refused by the core, for every subcommand; nothing changes at the centre.
    void otherRolesAreRefused_data() {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("clerk") << QStringLiteral("clerk1") << kClerk;
        QTest::newRow("admin") << QStringLiteral("admin1") << kAdmin;
        QTest::newRow("kiosk") << QStringLiteral("kiosk1") << kKiosk;
    }

    void otherRolesAreRefused() {
        QFETCH(QString, login);
        QFETCH(QByteArray, password);
        const QString target = serial(0);
        const QList<QStringList> commands{
            {QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-04-01")},
            {QStringLiteral("void"), QStringLiteral("direct"), target, QStringLiteral("--reason"), QStringLiteral("x")},
            {QStringLiteral("reissue"), target, QStringLiteral("--reason"), QStringLiteral("x")},
            {QStringLiteral("void"), QStringLiteral("approve"), QStringLiteral("no-such-request"),
             QStringLiteral("--reason"), QStringLiteral("x")},
        };
        for (const QStringList& command : commands) {
            const Run r = supervisor(command, qPrintable(login), password);
            QVERIFY2(r.code == 1, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.out));
            QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));
        }
        QCOMPARE(central()
                     .scalar(QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL OR "
                                            "reissue_of IS NOT NULL"))
                     .toInt(),
                 0);
        // Without a sign-in nothing happens at all.
        const Run r = cli({QStringLiteral("supervisor"), QStringLiteral("void"), QStringLiteral("direct"), target,
                           QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("--as LOGIN")));
    }

    // `simulate` writes visits and audit events: before, with no sign-in, as the first clerk. Now every role meets
    // the table's serve_visit (clerk and supervisor record, as themselves; admin and kiosk are refused), and without
    // --as nothing is written.
    void simulateNeedsASignInThatMayServe_data() {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("role");
        QTest::newRow("clerk") << QStringLiteral("clerk1") << kClerk << int(domain::Role::Clerk);
        QTest::newRow("supervisor") << QStringLiteral("boss1") << kBoss << int(domain::Role::Supervisor);
        QTest::newRow("admin") << QStringLiteral("admin1") << kAdmin << int(domain::Role::Admin);
        QTest::newRow("kiosk") << QStringLiteral("kiosk1") << kKiosk << int(domain::Role::Kiosk);
    }

    void simulateNeedsASignInThatMayServe() {
        QFETCH(QString, login);
        QFETCH(QByteArray, password);
        QFETCH(int, role);
        const QString day = QStringLiteral("2026-06-0%1").arg(role + 1);
        const auto visitsOn = [&] {
            Result<store::Connection> local =
                store::Connection::openSqlite(m_dir.filePath(QStringLiteral("terminal.sqlite")));
            return local ? local->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"), {day})
                               .toInt()
                         : -1;
        };
        const QStringList simulate{QStringLiteral("simulate"), QStringLiteral("--visits"), QStringLiteral("3"),
                                   QStringLiteral("--date"), day};
        const Run unsigned_ = cli(simulate);
        QCOMPARE(unsigned_.code, 1);
        QVERIFY2(unsigned_.err.contains(QLatin1String("--as LOGIN")), qPrintable(unsigned_.err));
        QCOMPARE(visitsOn(), 0);

        const Run r = cli(simulate + QStringList{QStringLiteral("--as"), login}, password);
        const bool may = staff::allowed(static_cast<domain::Role>(role), staff::Action::ServeVisit);
        QCOMPARE(r.code, may ? 0 : 1);
        QCOMPARE(visitsOn(), may ? 3 : 0);
        if (!may) {
            QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));
            return;
        }
        // Recorded as the signed-in member's: the counter visits name them, and so does every audit event.
        Result<store::Connection> local =
            store::Connection::openSqlite(m_dir.filePath(QStringLiteral("terminal.sqlite")));
        QVERIFY(local);
        const QString id = central().scalar(QStringLiteral("SELECT id FROM staff WHERE login = ?"), {login}).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(local
                     ->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ? AND channel = "
                                             "'counter' AND staff_id <> ?"),
                              {day, id})
                     .toInt(),
                 0);
    }

    void requestApproveAndVerifyCode() {
        const QString target = serial(1);
        const QString code = codeOf(target);
        QVERIFY(cli({QStringLiteral("verify-code"), code}).code == 0);
        Run r = supervisor({QStringLiteral("void"), QStringLiteral("request"), target, QStringLiteral("--reason"),
                            QStringLiteral("宛名の誤り")},
                           "clerk1", kClerk);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = supervisor({QStringLiteral("void"), QStringLiteral("list"), QStringLiteral("--state"),
                        QStringLiteral("pending"), QStringLiteral("--json")},
                       "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray pending = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first()[QStringLiteral("serial")].toString(), target);
        QCOMPARE(pending.first()[QStringLiteral("reason")].toString(), QStringLiteral("宛名の誤り"));
        const QString id = pending.first()[QStringLiteral("id")].toString();
        // A clerk cannot answer their own request.
        r = supervisor(
            {QStringLiteral("void"), QStringLiteral("approve"), id, QStringLiteral("--reason"), QStringLiteral("ok")},
            "clerk1", kClerk);
        QCOMPARE(r.code, 1);
        r = supervisor({QStringLiteral("void"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                        QStringLiteral("確認済み")},
                       "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("verify-code"), code});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("was voided")) && r.err.contains(QStringLiteral("宛名の誤り")),
                 qPrintable(r.err));
    }

    void reissueGivesAValidCodeAndTheStoryShowsIt() {
        const QString target = serial(2);
        Run r = supervisor({QStringLiteral("reissue"), target, QStringLiteral("--reason"), QStringLiteral("汚損"),
                            QStringLiteral("--json")},
                           "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject fresh = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(fresh[QStringLiteral("reissue_of")].toString(), target);
        // `simulate` renders nothing, so nothing was kept to print again: said, and no file (tst_visitscripts
        // reissues real papers).
        QVERIFY(fresh[QStringLiteral("pdf")].toString().isEmpty());
        QVERIFY(!fresh[QStringLiteral("print_problem")].toString().isEmpty());
        const QString newSerial = fresh[QStringLiteral("serial")].toString();
        r = cli({QStringLiteral("verify-code"), fresh[QStringLiteral("verification_code")].toString()});
        QVERIFY2(r.code == 0 && r.out.contains(newSerial), qPrintable(r.out + r.err));
        QCOMPARE(cli({QStringLiteral("verify-code"), codeOf(target)}).code, 1);
        // The supervisor's own events reach the centre with this terminal's sync; then the story holds them.
        QVERIFY(cli({QStringLiteral("sync"), QStringLiteral("--once")}).code == 0);
        const QString visitId = fresh[QStringLiteral("visit_id")].toString();
        r = supervisor({QStringLiteral("visit"), visitId, QStringLiteral("--json")}, "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject story = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(story[QStringLiteral("intact")].toBool());
        QStringList actions;
        for (const QJsonValue& e : story[QStringLiteral("events")].toArray())
            actions << e[QStringLiteral("action")].toString();
        QVERIFY2(actions.contains(QStringLiteral("document.issue")), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY(actions.contains(QStringLiteral("document.reissue")) ||
                actions.contains(QStringLiteral("document.void")));
        QStringList serials;
        for (const QJsonValue& d : story[QStringLiteral("documents")].toArray())
            serials << d[QStringLiteral("serial")].toString() + QLatin1Char('=') +
                           d[QStringLiteral("state")].toString();
        QVERIFY2(serials.contains(target + QStringLiteral("=reissued")), qPrintable(serials.join(QLatin1Char(','))));
        QVERIFY(serials.contains(newSerial + QStringLiteral("=issued")));
        // An edited event at the centre shows as a break in the story.
        QVERIFY(central().exec(QStringLiteral("UPDATE audit_events SET reason = 'edited' WHERE action = "
                                              "'document.issue' AND subject = ?"),
                               {target}));
        r = supervisor({QStringLiteral("visit"), visitId, QStringLiteral("--json")}, "boss1", kBoss);
        QCOMPARE(r.code, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("intact")].toBool());
    }

    void reconcileCloseAndReopen() {
        const QStringList day{QStringLiteral("--date"), QStringLiteral("2026-04-01")};
        // The cash taken less the cash given back for certificates voided without a reissue.
        const qint64 expected =
            central()
                .scalar(QStringLiteral(
                    "SELECT coalesce((SELECT sum(amount) FROM payments WHERE business_date = '2026-04-01' AND method "
                    "= 'cash'), 0) - coalesce((SELECT sum(d.fee) FROM issued_documents d WHERE d.business_date = "
                    "'2026-04-01' AND d.voided_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issued_documents r WHERE "
                    "r.reissue_of = d.serial) AND (SELECT min(p.method) FROM payments p WHERE p.visit_id = "
                    "d.visit_id) = 'cash'), 0)"))
                .toLongLong();
        Run r = supervisor(QStringList{QStringLiteral("reconcile"), QStringLiteral("--json")} + day, "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject cash = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(cash[QStringLiteral("terminals")].toArray().first()[QStringLiteral("expected_cash")].toInteger(),
                 expected);
        // 1,000 yen too much, counted note by note and coin by coin.
        qint64 rest = expected + 1000;
        QStringList pieces;
        for (int denomination : {10000, 5000, 1000, 500, 100, 50, 10, 5, 1}) {
            if (rest / denomination > 0)
                pieces << QStringLiteral("%1=%2").arg(denomination).arg(rest / denomination);
            rest %= denomination;
        }
        const QStringList count{QStringLiteral("reconcile"), QStringLiteral("--terminal"), QStringLiteral("T07"),
                                QStringLiteral("--count"), pieces.join(QLatin1Char(','))};
        r = supervisor(count + day, "boss1", kBoss);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("give the reason")), qPrintable(r.err));
        r = supervisor(count + day + QStringList{QStringLiteral("--reason"), QStringLiteral("釣銭の渡し忘れ")},
                       "clerk1", kClerk);
        QCOMPARE(r.code, 1);
        r = supervisor(
            count + day +
                QStringList{QStringLiteral("--reason"), QStringLiteral("釣銭の渡し忘れ"), QStringLiteral("--json")},
            "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        cash = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject t07 = cash[QStringLiteral("terminals")].toArray().first().toObject();
        QCOMPARE(t07[QStringLiteral("difference")].toInteger(), 1000);
        QCOMPARE(t07[QStringLiteral("reason")].toString(), QStringLiteral("釣銭の渡し忘れ"));

        // Closing keeps the figures, prints the 日報 and locks the day.
        r = supervisor(
            QStringList{QStringLiteral("close"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("nippo"))} +
                day,
            "clerk1", kClerk);
        QCOMPARE(r.code, 1);
        r = supervisor(
            QStringList{QStringLiteral("close"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("nippo"))} +
                day,
            "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdf(m_dir.filePath(QStringLiteral("nippo/nippo-2026-04-01-T07.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        r = supervisor(count + day + QStringList{QStringLiteral("--reason"), QStringLiteral("再計数")}, "boss1", kBoss);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("closed")), qPrintable(r.err));
        r = supervisor({QStringLiteral("void"), QStringLiteral("direct"), serial(3), QStringLiteral("--reason"),
                        QStringLiteral("x")},
                       "boss1", kBoss);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("closed")), qPrintable(r.err));

        // Reopening needs a reason and is audited; then the day takes changes again.
        r = supervisor(QStringList{QStringLiteral("reopen")} + day, "boss1", kBoss);
        QCOMPARE(r.code, 1);
        r = supervisor(QStringList{QStringLiteral("reopen"), QStringLiteral("--reason"), QStringLiteral("計数の誤り")} +
                           day,
                       "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Result<store::Connection> local =
            store::Connection::openSqlite(m_dir.filePath(QStringLiteral("terminal.sqlite")));
        QVERIFY(local);
        QCOMPARE(local
                     ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'day.reopen' AND "
                                             "subject = '2026-04-01' AND reason = ?"),
                              {QStringLiteral("計数の誤り")})
                     .toInt(),
                 1);
        r = supervisor(count + day + QStringList{QStringLiteral("--reason"), QStringLiteral("再計数")}, "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // The open data read back with Python's csv module matches plain SQL on the same store, cell for cell; nothing
    // under the threshold, nothing personal.
    void openDataMatchesPlainSql() {
        Run r = cli({QStringLiteral("simulate"), QStringLiteral("--visits"), QStringLiteral("400"),
                     QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--date"),
                     QStringLiteral("2026-04-02"), QStringLiteral("--as"), QStringLiteral("boss1")},
                    kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(cli({QStringLiteral("sync"), QStringLiteral("--once")}).code == 0);
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                 QStringLiteral("--to"),   QStringLiteral("2026-04-02"),
                                 QStringLiteral("--out"),  m_dir.filePath(QStringLiteral("open"))};
        r = supervisor(QStringList{QStringLiteral("export")} + period, "clerk1", kClerk);
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("open/132039_counter_procedures.csv"))));
        r = supervisor(QStringList{QStringLiteral("export")} + period, "boss1", kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString csvPath = m_dir.filePath(QStringLiteral("open/132039_counter_procedures.csv"));
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import csv, json, sys\n"
                                     "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))\n"
                                     "print(json.dumps(rows, ensure_ascii=False))"),
                      csvPath});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QVERIFY(rows.size() > 1);
        const QJsonArray header = rows.first().toArray();
        QCOMPARE(header.first().toString(), QStringLiteral("全国地方公共団体コード"));
        for (const QJsonValue& column : header) {
            for (const char* personal : {"氏名", "住所", "生年月日", "個人番号", "住民", "番号", "resident"})
                QVERIFY2(!column.toString().contains(QString::fromUtf8(personal)) ||
                             column.toString() == QStringLiteral("全国地方公共団体コード"),
                         qPrintable(column.toString()));
        }
        const store::Connection c = central();
        const QString perCell = QStringLiteral(
            "SELECT count(DISTINCT v.id), count(*) FROM visits v JOIN procedure_requests r ON r.visit_id = v.id "
            "WHERE v.business_date = ? AND r.procedure_id = ? AND v.channel = ?");
        const QString copiesPerCell = QStringLiteral(
            "SELECT coalesce(sum(d.copies), 0) FROM issued_documents d JOIN procedure_requests r ON r.id = "
            "d.request_id JOIN visits v ON v.id = r.visit_id WHERE d.voided_at IS NULL AND v.business_date = ? AND "
            "r.procedure_id = ? AND v.channel = ?");
        int published = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonArray row = rows.at(i).toArray();
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0).toString(), QStringLiteral("132039"));
            QCOMPARE(row.at(1).toString(), QStringLiteral("武蔵野市"));
            const QString channel =
                row.at(4).toString() == QStringLiteral("窓口") ? QStringLiteral("counter") : QStringLiteral("kiosk");
            const QVariantList key{row.at(2).toString(), row.at(3).toString(), channel};
            QSqlQuery q(c.db());
            q.prepare(perCell);
            for (const QVariant& v : key)
                q.addBindValue(v);
            QVERIFY(q.exec() && q.next());
            QVERIFY(q.value(0).toInt() >= 10);
            QCOMPARE(row.at(5).toString(), q.value(0).toString());
            QCOMPARE(row.at(6).toString(), q.value(1).toString());
            QCOMPARE(row.at(7).toString(), c.scalar(copiesPerCell, key).toString());
            ++published;
        }
        // Every cell of ten visits or more is there, and only those.
        const int expected =
            c.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM visits v JOIN procedure_requests r ON "
                                    "r.visit_id = v.id WHERE v.business_date BETWEEN '2026-04-01' AND '2026-04-02' "
                                    "GROUP BY v.business_date, r.procedure_id, v.channel HAVING count(DISTINCT v.id) "
                                    ">= 10) cells"))
                .toInt();
        QCOMPARE(published, expected);
        QFile json(m_dir.filePath(QStringLiteral("open/132039_counter_procedures.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray objects = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(objects.size(), published);
        QVERIFY(objects.first().toObject().value(QStringLiteral("来庁件数")).isDouble());
    }

    void kpisMatchPlainSql() {
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-04-02"), QStringLiteral("--json")};
        QCOMPARE(supervisor(QStringList{QStringLiteral("kpi")} + period, "clerk1", kClerk).code, 1);
        QCOMPARE(supervisor(QStringList{QStringLiteral("kpi")} + period, "kiosk1", kKiosk).code, 1);
        const store::Connection c = central();
        const QString inPeriod = QStringLiteral(" WHERE business_date BETWEEN '2026-04-01' AND '2026-04-02'");
        const qint64 visits = c.scalar(QStringLiteral("SELECT count(*) FROM visits") + inPeriod).toLongLong();
        const qint64 requests = c.scalar(QStringLiteral("SELECT count(*) FROM procedure_requests r JOIN visits v ON "
                                                        "v.id = r.visit_id WHERE v.business_date BETWEEN "
                                                        "'2026-04-01' AND '2026-04-02'"))
                                    .toLongLong();
        QVERIFY(visits > 400);
        // Interpreters called in some visits (the counter records language and minutes on the visit).
        for (const auto& [language, count, minutes] : {std::tuple{"vi", 3, 7}, std::tuple{"ne", 2, 4}}) {
            QVERIFY(c.exec(QStringLiteral("UPDATE visits SET interpreter_language = ?, interpreter_minutes = ? WHERE "
                                          "id IN (SELECT id FROM visits%1 AND interpreter_language IS NULL ORDER BY "
                                          "id LIMIT %2)")
                               .arg(inPeriod)
                               .arg(count),
                           {QString::fromLatin1(language), minutes}));
        }
        const QJsonArray interpreted{QJsonObject{{QStringLiteral("language"), QStringLiteral("vi")},
                                                 {QStringLiteral("visits"), 3},
                                                 {QStringLiteral("minutes"), 21}},
                                     QJsonObject{{QStringLiteral("language"), QStringLiteral("ne")},
                                                 {QStringLiteral("visits"), 2},
                                                 {QStringLiteral("minutes"), 8}}};
        const auto total = [](const QJsonArray& rows, const char* field) {
            qint64 sum = 0;
            for (const QJsonValue& row : rows)
                sum += row[QLatin1String(field)].toInteger();
            return sum;
        };
        for (const char* by : {"hour", "day", "month"}) {
            const Run r = supervisor(
                QStringList{QStringLiteral("kpi"), QStringLiteral("--by"), QLatin1String(by)} + period, "boss1", kBoss);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject k = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(k[QStringLiteral("visits")].toInteger(), visits);
            QCOMPARE(k[QStringLiteral("procedures")].toInteger(), requests);
            QCOMPARE(k[QStringLiteral("interpreters")].toArray(), interpreted);
            QCOMPARE(total(k[QStringLiteral("by_period")].toArray(), "visits"), visits);
            QCOMPARE(total(k[QStringLiteral("by_period")].toArray(), "procedures"), requests);
            QCOMPARE(total(k[QStringLiteral("by_channel")].toArray(), "visits"), visits);
            QCOMPARE(total(k[QStringLiteral("by_age_band")].toArray(), "visits"), visits);
            QCOMPARE(total(k[QStringLiteral("by_procedure")].toArray(), "procedures"), requests);
            for (const QJsonValue& band : k[QStringLiteral("by_age_band")].toArray())
                QVERIFY2(QRegularExpression(QStringLiteral("^([0-9]+-[0-9]+|unknown)$"))
                             .match(band[QStringLiteral("key")].toString())
                             .hasMatch(),
                         qPrintable(band[QStringLiteral("key")].toString()));
            if (qstrcmp(by, "day") == 0) {
                for (const QJsonValue& day : k[QStringLiteral("by_period")].toArray())
                    QCOMPARE(day[QStringLiteral("visits")].toInteger(),
                             c.scalar(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"),
                                      {day[QStringLiteral("key")].toString()})
                                 .toLongLong());
            }
            if (qstrcmp(by, "month") == 0)
                QCOMPARE(k[QStringLiteral("by_period")].toArray().size(), 1);
        }
        QCOMPARE(supervisor(QStringList{QStringLiteral("kpi")} + period, "admin1", kAdmin).code, 0);
    }

private:
    QString m_cli;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSupervisorCli)
#include "tst_supervisorcli.moc"
