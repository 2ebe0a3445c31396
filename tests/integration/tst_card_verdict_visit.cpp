// The card's authenticity verdict is recorded with the visit: a whole counter visit per persona through the real
// pcscd + vpcd + the virtual card, the counter's services over real stores, and the issued visit's row read back from
// the local store and from its outbox payload (what the centre receives). A refused card prefills nothing; the visit
// then goes on with an identity document and still records the refused card's verdict.
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "Settings.h"
#include "TestServices.h"
#include "counter/CounterServices.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using madoguchi::test::TestServices;
using Step = visit::VisitWorkflow::Step;
using Stage = visit::VisitWorkflow::IdentifyStage;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");

bool cardPresent() {
    const card::ReaderSnapshot snap = card::ReaderMonitor::probeOnce();
    const card::ReaderInfo* r = snap.reader(kReader);
    return r != nullptr && r->cardPresent;
}

bool insertCard(const QString& persona) {
    return TestServices::control({QStringLiteral("card-remove")}) &&
           TestServices::waitUntil([] { return !cardPresent(); }) &&
           TestServices::control({QStringLiteral("card-insert"), QStringLiteral("--persona"), persona}) &&
           TestServices::waitUntil(cardPresent);
}

QString trustFile() {
    return qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") +
           QStringLiteral("/resources/demo/test-hierarchy/test-trust.json");
}

struct Persona {
    QString id;
    QByteArray pin;
    QString name; // as the registry is searched for it when the card is refused
    QDate birthDate;
};

QList<Persona> personas() {
    return {{QStringLiteral("yamada-taro"), "1234", QStringLiteral("山田　太郎"), QDate(1980, 2, 17)},
            {QStringLiteral("forged-altered-data"), "1111", QStringLiteral("山田　太郎"), QDate(1980, 2, 17)},
            {QStringLiteral("forged-untrusted-issuer"), "2222", QStringLiteral("山田　花子"), QDate(1982, 7, 3)},
            {QStringLiteral("cloned-chip"), "3333", QStringLiteral("𠮷田　髙志"), QDate(1958, 11, 3)}};
}
} // namespace

class TestCardVerdictVisit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPcscd(), "must run through tests/harness/with-services.sh --pcscd");
        qputenv("MADOGUCHI_ALLOW_TEST_HIERARCHY", "1"); // the virtual card behind vpcd is a "real reader"
        QVERIFY(m_dir.isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
        m_config = m_dir.filePath(QStringLiteral("madoguchi.ini"));
        {
            Settings settings(m_config);
            QVERIFY(settings.setValue(QStringLiteral("terminal/id"), QStringLiteral("T-CARD")));
            QVERIFY(settings.setValue(QStringLiteral("card/simulated"), QStringLiteral("never")));
        }
        const QString cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY2(!cli.isEmpty(), "run through ctest");
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(cli, QStringList{QStringLiteral("--config"), m_config} + args);
            QVERIFY(p.waitForStarted());
            p.write(input);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        };
        run({QStringLiteral("db"), QStringLiteral("init")});
        run({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
             QStringLiteral("--name"), QStringLiteral("管理　一郎"), QStringLiteral("--role"), QStringLiteral("admin")},
            "admin-pass-1\n");
        const QStringList asAdmin{QStringLiteral("--as"), QStringLiteral("admin1")};
        run(QStringList{QStringLiteral("registry"), QStringLiteral("import"),
                        qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/resources/demo/registry.csv")} +
                asAdmin,
            "admin-pass-1\n");
        run(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                        QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("窓口　花子"),
                        QStringLiteral("--role"), QStringLiteral("clerk")} +
                asAdmin,
            "admin-pass-1\ncounter-pass-1\n");
        run({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY(TestServices::waitUntil(cardPresent));
    }

    void cleanupTestCase() { qunsetenv("MADOGUCHI_DATA_DIR"); }

    // Every persona, checked under the test hierarchy: the verdict on the visit's row is the card's.
    void verdictStoredWithTheVisit_data() {
        QTest::addColumn<int>("persona");
        QTest::addColumn<QString>("verdict");
        const QStringList verdicts{QStringLiteral("genuine"), QStringLiteral("data_altered"),
                                   QStringLiteral("issuer_not_trusted"), QStringLiteral("copied_chip")};
        const QList<Persona> all = personas();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).id)) << i << verdicts.at(i);
    }

    void verdictStoredWithTheVisit() {
        QFETCH(int, persona);
        QFETCH(QString, verdict);
        QVERIFY(setCard(trustFile(), QStringLiteral("warn")));
        runVisit(personas().at(persona), verdict, verdict != QLatin1String("genuine"));
    }

    // Without a trust file every card is "not checkable": the city's card/not_checkable decides whether the card is
    // used (warn) or refused (stop); either way the verdict is recorded.
    void notCheckableIsRecordedUnderWarnAndStop_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("stops");
        QTest::newRow("warn") << QStringLiteral("warn") << false;
        QTest::newRow("stop") << QStringLiteral("stop") << true;
    }

    void notCheckableIsRecordedUnderWarnAndStop() {
        QFETCH(QString, setting);
        QFETCH(bool, stops);
        QVERIFY(setCard(QString(), setting));
        runVisit(personas().at(0), QStringLiteral("not_checkable"), stops);
    }

private:
    bool setCard(const QString& trust, const QString& notCheckable) {
        Settings settings(m_config);
        return settings.setValue(QStringLiteral("card/trust_file"), trust) &&
               settings.setValue(QStringLiteral("card/not_checkable"), notCheckable);
    }

    // One 住民票の写し visit from the card read to the issued record; `refused`: the card is expected to be refused
    // and the resident identified with a driving licence and a registry search instead.
    void runVisit(const Persona& persona, const QString& verdict, bool refused) {
        QVERIFY(insertCard(persona.id));
        clearLocal();
        Settings settings(m_config);
        counter::CounterServices::Options options;
        options.cardTransport = []() -> card::CardResult<std::unique_ptr<card::CardTransport>> {
            return std::unique_ptr<card::CardTransport>(std::make_unique<card::PcscTransport>(kReader));
        };
        options.startSync = false;
        auto opened = counter::CounterServices::open(settings, std::move(options));
        QVERIFY2(opened, qPrintable(opened.outcome.detail));
        std::unique_ptr<counter::CounterServices> services = std::move(*opened.value);
        QVERIFY(services->staff().signIn(QStringLiteral("clerk1"), QStringLiteral("counter-pass-1")).ok);
        visit::VisitWorkflow& v = services->visit();

        QVERIFY(v.start(QStringLiteral("A-100")));
        v.useCard();
        QTRY_COMPARE_WITH_TIMEOUT(v.identifyStage(), Stage::PinEntry, 20000);
        QVERIFY(v.submitPin(card::CardSecret::pin(persona.pin)));
        QTRY_VERIFY_WITH_TIMEOUT(v.step() != Step::Identify || v.identifyStage() != Stage::Reading, 30000);
        QCOMPARE(v.cardCheck().verdict, verdict);
        if (refused) {
            QCOMPARE(v.cardCheck().stopsPrefill, true);
            QCOMPARE(v.identifyStage(), Stage::ChooseMethod);
            QVERIFY(v.cardFace().isEmpty()); // nothing of a refused card is used
            v.useNoCard();
            QVERIFY(v.recordIdCheck({QStringLiteral("driving_licence"), {}}));
            QVERIFY(v.searchRegistry({persona.name, persona.birthDate, {}}));
        }
        QTRY_COMPARE_WITH_TIMEOUT(v.step(), Step::Match, 20000);
        QCOMPARE(v.identitySource(), refused ? visit::IdentitySource::NoCard : visit::IdentitySource::CardPin);
        QVERIFY(v.acceptMatch());
        QTRY_COMPARE_WITH_TIMEOUT(v.step(), Step::Choose, 20000);
        QVERIFY(v.chooseProcedures({QStringLiteral("resident-certificate")}));
        QVERIFY(v.confirmChoice());
        QCOMPARE(v.step(), Step::Forms);
        const visit::FormDraft form = v.forms().at(0);
        QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("requester_name"))).source,
                 refused ? visit::FieldSource::Registry : visit::FieldSource::Card);
        QVERIFY(v.setField(0, QStringLiteral("purpose"), QStringLiteral("employment")).ok);
        QVERIFY(v.setField(0, QStringLiteral("scope"), QStringLiteral("all")).ok);
        QVERIFY2(v.confirmForms(), qPrintable(v.lastNotice()));
        QVERIFY(v.setDocumentChecked(0, true));
        QVERIFY(v.setPaymentMethod(QStringLiteral("cash")));
        if (!v.confirmDocuments()) // the proxy's letter is not ticked: the clerk is told once
            QVERIFY2(v.confirmDocuments(), qPrintable(v.lastNotice()));
        QCOMPARE(v.step(), Step::Review);
        QVERIFY(v.confirmByResident());
        QVERIFY(v.issue());
        QTRY_COMPARE_WITH_TIMEOUT(v.step(), Step::Done, 30000);
        const QString visitId = v.visitId();
        v.finish();
        services.reset(); // the audit events posted to the worker are written

        QCOMPARE(localScalar(QStringLiteral("SELECT count(*) FROM visits")).toInt(), 1);
        QCOMPARE(localScalar(QStringLiteral("SELECT card_verdict FROM visits WHERE id = '%1'").arg(visitId)).toString(),
                 verdict);
        const QJsonObject bundle =
            QJsonDocument::fromJson(
                localScalar(QStringLiteral("SELECT payload FROM outbox WHERE kind <> 'void'")).toString().toUtf8())
                .object();
        QCOMPARE(bundle.value(QStringLiteral("visit")).toObject().value(QStringLiteral("card_verdict")).toString(),
                 verdict);
        const QString audited =
            localScalar(QStringLiteral("SELECT reason FROM audit_events WHERE action = 'card.authenticity'"))
                .toString();
        QVERIFY2(audited.startsWith(verdict + QLatin1Char(':')), qPrintable(audited));
        QCOMPARE(localScalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'card.read'")).toInt(),
                 refused ? 0 : 1);
    }

    QVariant localScalar(const QString& sql) const {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(Settings(m_config).localDatabasePath());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
    }

    // Each visit starts from empty local records, so what a run asserts is what its visit wrote.
    void clearLocal() const {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reset"));
            db.setDatabaseName(Settings(m_config).localDatabasePath());
            if (db.open()) {
                for (const char* table :
                     {"payments", "issued_documents", "procedure_requests", "visits", "outbox", "audit_events"})
                    QSqlQuery(db).exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    }

    QTemporaryDir m_dir;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestCardVerdictVisit)
#include "tst_card_verdict_visit.moc"
