// `madoguchi-cli card …` through the real pcscd + vpcd + virtual card: what a help-desk person or a script sees,
// exit codes, the JSON object, and that neither the PIN nor the My Number leaks into stderr, the log or the trace.
#include "ReaderMonitor.h"
#include "Settings.h"
#include "TestServices.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::card::ReaderMonitor;
using madoguchi::card::ReaderSnapshot;
using madoguchi::test::TestServices;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");
// Every command that reads the card's resident data signs a staff member in first; the clerk's password then comes
// before the PIN on standard input.
const QString kAsClerk[] = {QStringLiteral("--as"), QStringLiteral("clerk1")};

struct Run {
    int code = -1;
    QString out;
    QString err;
};

bool cardPresent() {
    const ReaderSnapshot snap = ReaderMonitor::probeOnce();
    const auto* r = snap.reader(kReader);
    return r != nullptr && r->cardPresent;
}

bool insertCard(const QStringList& args) {
    return TestServices::control({QStringLiteral("card-remove")}) &&
           TestServices::waitUntil([] { return !cardPresent(); }) &&
           TestServices::control(QStringList{QStringLiteral("card-insert")} + args) &&
           TestServices::waitUntil(cardPresent);
}
} // namespace

class TestCardCli : public QObject {
    Q_OBJECT

    Run cli(const QStringList& args, const QByteArray& input = {}, bool trace = false) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   trace ? QStringLiteral("madoguchi.*.debug=true") : QStringLiteral("madoguchi.*.debug=false"));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The actors of this terminal's audit events of `action`, oldest first ("" for nobody signed in).
    QStringList auditActors(const QString& action) {
        QStringList actors;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
            db.setDatabaseName(
                madoguchi::Settings(m_dir.filePath(QStringLiteral("madoguchi.ini"))).localDatabasePath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT actor FROM audit_events WHERE action = ? ORDER BY seq"));
                q.addBindValue(action);
                if (q.exec())
                    while (q.next())
                        actors << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return actors;
    }

    // The staff id behind a login, from the (embedded) central staff table.
    QString staffId(const QString& login) {
        QString id;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("staff"));
            db.setDatabaseName(
                madoguchi::Settings(m_dir.filePath(QStringLiteral("madoguchi.ini"))).centralSqlitePath());
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

    QString log() {
        QFile f(m_dir.filePath(QStringLiteral("logs/madoguchi.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPcscd(), "must run through tests/harness/with-services.sh --pcscd");
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8()); // for the Settings that find the stores below
        QFile ini(m_dir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[card]\nsimulated=never\n"); // the real pcscd, never the in-process card
        ini.close();
        QVERIFY(TestServices::waitUntil(cardPresent));
        // Reading the My Number needs a staff sign-in: the first admin, then a supervisor and a clerk.
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

    void init() { QVERIFY(insertCard({QStringLiteral("--state"), m_dir.filePath(QStringLiteral("card.json"))})); }
    void cleanup() { QFile::remove(m_dir.filePath(QStringLiteral("card.json"))); }

    void readers() {
        const Run r = cli({QStringLiteral("card"), QStringLiteral("readers")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Virtual PCD 00 00: card present")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Virtual PCD 00 01: no card")));
    }

    void status() {
        const Run r = cli({QStringLiteral("card"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("PIN tries left: 3")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Verification code B tries left: 10")));
    }

    void readJson() {
        const Run r =
            cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--json"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n1234\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("山田　太郎"));
        QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("東京都武蔵野市緑町一丁目２番３号"));
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1980-02-17"));
        QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("1"));
        QVERIFY(!o.contains(QStringLiteral("my_number")));
        QCOMPARE(o.size(), 4);
    }

    void myNumberNeedsSignInAndIsMaskedForAClerk() {
        // No --as: refused before the card is touched.
        Run r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--with-my-number")}, "1234\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--as LOGIN")), qPrintable(r.err));
        QVERIFY(
            cli({QStringLiteral("card"), QStringLiteral("status")}).out.contains(QStringLiteral("PIN tries left: 3")));
        // A clerk reads it masked; asking for it unmasked is refused by the core, before the PIN is used.
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--with-my-number"),
                 QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("clerk1")},
                "clerk-pass-1\n1234\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("my_number")).toString(),
                 QStringLiteral("********5908"));
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--with-my-number"),
                 QStringLiteral("--reveal"), QStringLiteral("--as"), QStringLiteral("clerk1")},
                "clerk-pass-1\n1234\n");
        QCOMPARE(r.code, 1);
        QVERIFY(!r.out.contains(QStringLiteral("952601815908")));
        QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
        // A wrong staff password: refused, the card untouched.
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--with-my-number"),
                 QStringLiteral("--as"), QStringLiteral("clerk1")},
                "not-the-password\n1234\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(
            cli({QStringLiteral("card"), QStringLiteral("status")}).out.contains(QStringLiteral("PIN tries left: 3")));
    }

    // The hole: `card read` without --with-my-number and `card verify` read the name, address, birth date and sex off
    // the card with no sign-in and no audit event. Now both are refused before the card is touched, and a signed-in
    // read or check is audited under the staff member.
    void basicFourAndVerifyNeedSignIn() {
        const QStringList refusedBefore = auditActors(QStringLiteral("access.refused"));
        for (const QString& sub : {QStringLiteral("read"), QStringLiteral("verify")}) {
            const Run r = cli({QStringLiteral("card"), sub, QStringLiteral("--json")}, "1234\n");
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("--as LOGIN")), qPrintable(r.err));
            QVERIFY(!r.out.contains(QStringLiteral("山田")) && !r.out.contains(QStringLiteral("1980-02-17")));
            QVERIFY(cli({QStringLiteral("card"), QStringLiteral("status")})
                        .out.contains(QStringLiteral("PIN tries left: 3")));
        }
        // Both refusals are in the audit trail, with nobody ("system") as the actor.
        const QStringList refused = auditActors(QStringLiteral("access.refused"));
        QCOMPARE(refused.size(), refusedBefore.size() + 2);
        QCOMPARE(refused.mid(refusedBefore.size()), (QStringList{QStringLiteral("system"), QStringLiteral("system")}));

        const QString clerk = staffId(QStringLiteral("clerk1"));
        QVERIFY(!clerk.isEmpty());
        const qsizetype readsBefore = auditActors(QStringLiteral("card.read")).size();
        Run r =
            cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--json"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n1234\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList reads = auditActors(QStringLiteral("card.read"));
        QCOMPARE(reads.size(), readsBefore + 1);
        QCOMPARE(reads.last(), clerk);

        QVERIFY(auditActors(QStringLiteral("card.verify")).isEmpty());
        r = cli({QStringLiteral("card"), QStringLiteral("verify"), QStringLiteral("--json"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n1234\n");
        QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("verdict")),
                 qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(QStringLiteral("山田")));
        QCOMPARE(auditActors(QStringLiteral("card.verify")), QStringList{clerk});
    }

    void readWithMyNumberLeaksNothingElsewhere() {
        const Run r = cli({QStringLiteral("--verbose"), QStringLiteral("card"), QStringLiteral("read"),
                           QStringLiteral("--with-my-number"), QStringLiteral("--reveal"), QStringLiteral("--json"),
                           QStringLiteral("--as"), QStringLiteral("boss1")},
                          "boss-pass-1\n1234\n", true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("my_number")).toString() == QLatin1String("952601815908"));
        // The trace was on: VERIFY masked, the My Number record withheld, in stderr and in the log file.
        QVERIFY2(r.err.contains(QStringLiteral("00 20 00 91 04 ** ** ** **")), "APDU trace missing");
        QVERIFY(r.err.contains(QStringLiteral("bytes withheld")));
        for (const QString& text : {r.err, log()}) {
            QVERIFY(!text.contains(QStringLiteral("31 32 33 34")));
            QVERIFY(!text.contains(QStringLiteral("1234")));
            QVERIFY(!text.contains(QStringLiteral("952601815908")));
            QVERIFY(!text.contains(QStringLiteral("39 35 32 36")));
        }
    }

    // The hole: with --verbose the APDU trace wrote the basic four items' record (name, address, birth date, sex) as
    // hex into stderr and the log. Now that record is withheld like the My Number's, on a PIN read and on a 照合番号B
    // read (which also reads the visual AP's face record); what the read printed is what is searched for.
    void verboseTraceWithholdsTheBasicFour() {
        struct Case {
            const char* persona;
            QStringList extra;
            QByteArray input;
        };
        const Case cases[] = {
            {"yamada-taro", {}, "clerk-pass-1\n1234\n"},
            {"nakamura-sho", {QStringLiteral("--code-b")}, "clerk-pass-1\n11123120343391\n"},
        };
        for (const Case& c : cases) {
            QVERIFY(insertCard({QStringLiteral("--persona"), QString::fromLatin1(c.persona)}));
            QFile::remove(m_dir.filePath(QStringLiteral("logs/madoguchi.log")));
            const Run r = cli(QStringList{QStringLiteral("--verbose"), QStringLiteral("card"), QStringLiteral("read"),
                                          QStringLiteral("--json"), kAsClerk[0], kAsClerk[1]} +
                                  c.extra,
                              c.input, true);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QByteArray items[] = {
                o.value(QStringLiteral("name")).toString().toUtf8(),
                o.value(QStringLiteral("address")).toString().toUtf8(),
                o.value(QStringLiteral("birth_date")).toString().remove(QLatin1Char('-')).toLatin1()};
            const QString logText = log();
            for (const QString& text : {r.err, logText})
                QVERIFY2(text.contains(QStringLiteral("C: ")) && text.contains(QStringLiteral("R: ")),
                         "APDU trace missing");
            for (const QByteArray& item : items) {
                QVERIFY(item.size() >= 8);
                const QString hex = QString::fromLatin1(item.toHex(' ').toUpper());
                for (const QString& text : {r.err, logText}) {
                    QVERIFY2(!text.contains(hex), c.persona);
                    QVERIFY2(!text.contains(QString::fromUtf8(item)), c.persona);
                }
            }
            QVERIFY(r.err.contains(QStringLiteral("bytes withheld")));
        }
    }

    void wrongPinCostsOneTryAndSaysHowManyRemain() {
        const Run r =
            cli({QStringLiteral("card"), QStringLiteral("read"), kAsClerk[0], kAsClerk[1]}, "clerk-pass-1\n9999\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("The PIN is wrong. Tries left: 2.")), qPrintable(r.err));
        const Run s = cli({QStringLiteral("card"), QStringLiteral("status")});
        QVERIFY(s.out.contains(QStringLiteral("PIN tries left: 2")));
    }

    void lastTryNeedsTheFlag() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("takahashi-keiko")}));
        Run r =
            cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--json"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n7777\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Only one PIN try is left")), qPrintable(r.err));
        QVERIFY(
            cli({QStringLiteral("card"), QStringLiteral("status")}).out.contains(QStringLiteral("PIN tries left: 1")));
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--json"), QStringLiteral("--last-try"),
                 kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n7777\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("高橋　恵子"));
    }

    void lockedCardAndCodeB() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("nakamura-sho")}));
        Run r = cli(
            {QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--last-try"), kAsClerk[0], kAsClerk[1]},
            "clerk-pass-1\n0000\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The PIN is locked")), qPrintable(r.err));
        // 照合番号B on standard input, after the staff password.
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--code-b"), QStringLiteral("--json"),
                 kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n11123120343391\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("1999-12-31"));
        r = cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--code-b"),
                 QStringLiteral("--with-my-number"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n11123120343391\n");
        QCOMPARE(r.code, 2);
    }

    // The hole: 照合番号B (birth date, expiry year, security code) was taken from argv, where the process list and the
    // shell history show it. Digits on the command line are refused before anything is read, and say so; nothing of
    // them is echoed back.
    void codeBIsNeverTakenFromTheCommandLine() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("nakamura-sho")}));
        const QString before = cli({QStringLiteral("card"), QStringLiteral("status")}).out;
        QVERIFY2(before.contains(QStringLiteral("Verification code B tries left: 10")), qPrintable(before));
        for (const QStringList& args :
             {QStringList{QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--code-b"),
                          QStringLiteral("11123120343391"), kAsClerk[0], kAsClerk[1]},
              QStringList{QStringLiteral("card"), QStringLiteral("--code-b"), QStringLiteral("11123120343391"),
                          QStringLiteral("verify"), kAsClerk[0], kAsClerk[1]},
              QStringList{QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--code-b=11123120343391"),
                          kAsClerk[0], kAsClerk[1]}}) {
            const Run r = cli(args, "clerk-pass-1\n");
            QCOMPARE(r.code, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(!r.err.contains(QStringLiteral("11123120343391")), qPrintable(r.err));
            QVERIFY(!log().contains(QStringLiteral("11123120343391")));
        }
        // No code on standard input: said, nothing sent to the card.
        const Run r =
            cli({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--code-b"), kAsClerk[0], kAsClerk[1]},
                "clerk-pass-1\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("verification code B")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("card"), QStringLiteral("status")}).out, before);
    }

    void japaneseMessages() {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        process.setProcessEnvironment(env);
        process.start(m_cli, {QStringLiteral("--language"), QStringLiteral("ja"), QStringLiteral("card"),
                              QStringLiteral("read"), kAsClerk[0], kAsClerk[1]});
        process.write("clerk-pass-1\n9999\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("暗証番号が違います。残り2回")), qPrintable(err));
    }

    void noPinOnStdin() {
        const Run r = cli({QStringLiteral("card"), QStringLiteral("read"), kAsClerk[0], kAsClerk[1]}, "clerk-pass-1\n");
        QCOMPARE(r.code, 2);
        QVERIFY(
            cli({QStringLiteral("card"), QStringLiteral("status")}).out.contains(QStringLiteral("PIN tries left: 3")));
    }

    void diag() {
        const Run r = cli({QStringLiteral("card"), QStringLiteral("diag")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("PC/SC service (pcscd): reachable")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("ATR: 3B E0 00 FF 81 31 FE 45 14")));
        QVERIFY(r.out.contains(QStringLiteral("SELECT D3921000310001010408 券面事項入力補助AP (text): 9000 success")));
        QVERIFY(r.out.contains(QStringLiteral("JPKI token: JPKIAPICCTOKEN2")));
        QVERIFY(r.out.contains(QStringLiteral("Verdict: My Number card")));
        QVERIFY(r.out.contains(QStringLiteral("Virtual PCD 00 01")));
    }

    void cardRemovedAndNoService() {
        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QVERIFY(TestServices::waitUntil([] { return !cardPresent(); }));
        Run r = cli({QStringLiteral("card"), QStringLiteral("read"), kAsClerk[0], kAsClerk[1]}, "clerk-pass-1\n1234\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No card is on the reader")), qPrintable(r.err));
        QVERIFY(TestServices::control({QStringLiteral("pcscd-stop")}));
        r = cli({QStringLiteral("card"), QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("pcscd")));
        r = cli({QStringLiteral("card"), QStringLiteral("diag")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("not reachable")));
        QVERIFY(TestServices::control({QStringLiteral("pcscd-start")}));
        QVERIFY(TestServices::control({QStringLiteral("card-insert")}));
        QVERIFY(TestServices::waitUntil(cardPresent, 15000));
    }

private:
    QString m_cli;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCardCli)
#include "tst_card_cli.moc"
