// `madoguchi-cli queue …` on the embedded central store: the JSON of every command as the issue gives it, exit 3
// when nobody waits, the sign-in and role checks, the notice, and the publication (nothing that names a person).
#include "queue/CounterGroups.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestQueueCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run queue(const QStringList& args, const char* login = nullptr, const QByteArray& password = {}) {
        QStringList all = QStringList{QStringLiteral("queue")} + args;
        if (login)
            all << QStringLiteral("--as") << QString::fromLatin1(login);
        return cli(all, password);
    }

    static QJsonDocument json(const Run& r) { return QJsonDocument::fromJson(r.out.toUtf8()); }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
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

    void groupsAreTheData() {
        const Run r = queue({QStringLiteral("groups"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray groups = json(r).array();
        QCOMPARE(groups.size(), queue::counterGroups().size());
        for (int i = 0; i < groups.size(); ++i) {
            const QJsonObject g = groups.at(i).toObject();
            QCOMPARE(g.keys(), QStringLiteral("id name").split(QLatin1Char(' ')));
            QCOMPARE(g.value(QStringLiteral("id")).toString(), queue::counterGroups().at(i).id);
            QCOMPARE(g.value(QStringLiteral("name")).toString(),
                     queue::counterGroups().at(i).name.in(QStringLiteral("ja")));
        }
    }

    void issueCallAndTheCountersActions() {
        // Nobody signed in, or the wrong password: refused, nothing issued.
        const QString group = queue::counterGroups().first().id;
        QCOMPARE(queue({QStringLiteral("issue"), QStringLiteral("--group"), group}).code, 1);
        QCOMPARE(queue({QStringLiteral("issue"), QStringLiteral("--group"), group}, "clerk1", "wrong\n").code, 1);
        QCOMPARE(queue({QStringLiteral("issue")}, "clerk1", "clerk-pass-1\n").code, 2);
        // The admin may not touch the queue (the role table).
        QCOMPARE(queue({QStringLiteral("issue"), QStringLiteral("--group"), group}, "admin1", "admin-pass-1\n").code,
                 1);
        QStringList numbers;
        for (const queue::CounterGroup& g : queue::counterGroups()) {
            const Run r = queue({QStringLiteral("issue"), QStringLiteral("--group"), g.id, QStringLiteral("--json")},
                                "clerk1", "clerk-pass-1\n");
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QJsonObject o = json(r).object();
            QCOMPARE(o.keys(), QStringLiteral("group ticket").split(QLatin1Char(' ')));
            QCOMPARE(o.value(QStringLiteral("group")).toString(), g.id);
            QCOMPARE(o.value(QStringLiteral("ticket")).toString(), g.prefix + QStringLiteral("-001"));
            numbers.append(o.value(QStringLiteral("ticket")).toString());
        }
        const Run listed = queue({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(json(listed).array().size(), numbers.size());
        for (const QJsonValue& v : json(listed).array()) {
            QVERIFY(numbers.contains(v.toObject().value(QStringLiteral("ticket")).toString()));
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        }
        const Run called = queue(
            {QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("3"), QStringLiteral("--json")},
            "clerk1", "clerk-pass-1\n");
        QVERIFY2(called.code == 0, qPrintable(called.err));
        QCOMPARE(json(called).object(), QJsonObject({{QStringLiteral("ticket"), numbers.first()},
                                                     {QStringLiteral("counter"), QStringLiteral("3")}}));
        const Run recalled = queue({QStringLiteral("recall"), QStringLiteral("--counter"), QStringLiteral("3"),
                                    QStringLiteral("--ticket"), numbers.first(), QStringLiteral("--json")},
                                   "clerk1", "clerk-pass-1\n");
        QCOMPARE(recalled.code, 0);
        QCOMPARE(json(recalled).object().value(QStringLiteral("state")).toString(), QStringLiteral("called"));
        const Run transferred = queue({QStringLiteral("transfer"), QStringLiteral("--counter"), QStringLiteral("3"),
                                       QStringLiteral("--ticket"), numbers.first(), QStringLiteral("--to-group"),
                                       queue::counterGroups().last().id, QStringLiteral("--json")},
                                      "clerk1", "clerk-pass-1\n");
        QCOMPARE(transferred.code, 0);
        QCOMPARE(json(transferred).object().value(QStringLiteral("group")).toString(),
                 queue::counterGroups().last().id);
        // Call everything; then the queue is empty: exit 3.
        for (int i = 0; i < numbers.size(); ++i) {
            const Run r = queue({QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("3")},
                                "clerk1", "clerk-pass-1\n");
            QCOMPARE(r.code, 0);
        }
        const Run empty = queue(
            {QStringLiteral("call-next"), QStringLiteral("--counter"), QStringLiteral("3"), QStringLiteral("--json")},
            "clerk1", "clerk-pass-1\n");
        QCOMPARE(empty.code, 3);
        QCOMPARE(empty.out, QString());
        const Run absent = queue({QStringLiteral("absent"), QStringLiteral("--counter"), QStringLiteral("3"),
                                  QStringLiteral("--ticket"), numbers.last(), QStringLiteral("--json")},
                                 "clerk1", "clerk-pass-1\n");
        QCOMPARE(absent.code, 0);
        QCOMPARE(json(absent).object().value(QStringLiteral("state")).toString(), QStringLiteral("absent"));
    }

    void noticeIsForSupervisors() {
        const QStringList set = {QStringLiteral("notice"), QStringLiteral("set"), QStringLiteral("--text"),
                                 QStringLiteral("本日は台風のため閉庁します")};
        QCOMPARE(queue(set, "clerk1", "clerk-pass-1\n").code, 1);
        QCOMPARE(queue(set).code, 1);
        const Run r = queue(set, "boss1", "boss-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(queue({QStringLiteral("notice"), QStringLiteral("clear")}, "boss1", "boss-pass-1\n").code, 0);
        QCOMPARE(queue({QStringLiteral("notice"), QStringLiteral("open")}, "boss1", "boss-pass-1\n").code, 2);
    }

    void publishHasNoPerson() {
        const QString out = m_dir.filePath(QStringLiteral("web"));
        const Run r = queue({QStringLiteral("publish"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(QDir(out).filePath(QStringLiteral("queue.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray groups = doc.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), queue::counterGroups().size());
        for (const QJsonValue& v : groups) {
            QCOMPARE(v.toObject().keys(),
                     QStringLiteral("calling estimated_minutes id name waiting").split(QLatin1Char(' ')));
            for (const QJsonValue& n : v.toObject().value(QStringLiteral("calling")).toArray())
                QVERIFY(n.toString().contains(QLatin1Char('-')));
        }
        QFile html(QDir(out).filePath(QStringLiteral("index.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        for (const queue::CounterGroup& g : queue::counterGroups())
            QVERIFY(page.contains(g.name.in(QStringLiteral("ja"))));
        // No staff login, no terminal id, no counter that could be matched with a visit record.
        QVERIFY(!page.contains(QStringLiteral("clerk1")) && !doc.contains(QStringLiteral("counter")));
        QVERIFY(html.permissions() & QFile::ReadOther);
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
