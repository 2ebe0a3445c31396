// Card authenticity through the real pcscd + vpcd + the virtual card, one persona at a time: the genuine card passes
// (9 APDUs, then 8 with the CV certificate cached), each forgery gets its own verdict, the face photo comes with
// 照合番号B, a card without extended APDUs is still checked, and the counter's card port hands nothing of a failed
// card to the visit.
#include "CardAccess.h"
#include "CardAuthenticity.h"
#include "MyNumberCard.h"
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "TestServices.h"
#include "counter/CounterCard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::card;
using madoguchi::test::TestServices;
using Verdict = AuthenticityResult::Verdict;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");

bool cardPresent() {
    const ReaderSnapshot snap = ReaderMonitor::probeOnce();
    const ReaderInfo* r = snap.reader(kReader);
    return r != nullptr && r->cardPresent;
}

bool insertCard(const QStringList& args) {
    if (!TestServices::control({QStringLiteral("card-remove")}))
        return false;
    if (!TestServices::waitUntil([] { return !cardPresent(); }))
        return false;
    if (!TestServices::control(QStringList{QStringLiteral("card-insert")} + args))
        return false;
    return TestServices::waitUntil([] { return cardPresent(); });
}

QString trustFile() {
    return qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") +
           QStringLiteral("/resources/demo/test-hierarchy/test-trust.json");
}
} // namespace

class TestCardAuthenticityPcsc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPcscd(), "must run through tests/harness/with-services.sh --pcscd");
        // The virtual card behind vpcd is a "real reader" to the application: only this switch lets the test
        // hierarchy be trusted there.
        qputenv("MADOGUCHI_ALLOW_TEST_HIERARCHY", "1");
        QString error;
        auto anchors = TrustAnchors::load(trustFile(), TrustAnchors::Use::RealReader, &error);
        QVERIFY2(anchors, qPrintable(error));
        m_config = std::make_shared<AuthenticityConfig>();
        m_config->anchors = std::make_shared<const TrustAnchors>(*anchors);
        m_config->cache = std::make_shared<CvCertificateCache>();
        m_config->photo = PhotoCode::CodeB;
        QVERIFY(TestServices::waitUntil(cardPresent));
    }

    void genuineCardPassesAndTheCertificateIsCached() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("yamada-taro")}));
        m_config->cache->clear();
        PcscTransport transport(kReader);
        MyNumberCard card(transport);
        for (int visit = 0; visit < 2; ++visit) {
            const auto r = card.readWithPin(CardSecret::pin("1234"), {.authenticity = m_config});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
            QCOMPARE(r.value().authenticity->verdict, Verdict::Genuine);
            QVERIFY(r.value().authenticity->testHierarchy);
            QCOMPARE(r.value().authenticity->certificateCached, visit == 1);
            QCOMPARE(card.lastExchangeCount(), visit == 0 ? 9 : 8);
            QVERIFY(r.value().photo.isNull()); // PIN read, card/face_photo = code_b: no photo
            QCOMPARE(r.value().name, QStringLiteral("山田　太郎"));
        }
    }

    void eachForgeryGetsItsOwnResult_data() {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("step");
        QTest::newRow("genuine") << QStringLiteral("yoshida-takashi") << QByteArray("2580") << int(Verdict::Genuine)
                                 << QString();
        QTest::newRow("altered data") << QStringLiteral("forged-altered-data") << QByteArray("1111")
                                      << int(Verdict::DataAltered) << QStringLiteral("basic_info_digest");
        QTest::newRow("untrusted issuer") << QStringLiteral("forged-untrusted-issuer") << QByteArray("2222")
                                          << int(Verdict::IssuerNotTrusted) << QStringLiteral("cv_certificate");
        QTest::newRow("copied chip") << QStringLiteral("cloned-chip") << QByteArray("3333") << int(Verdict::CopiedChip)
                                     << QStringLiteral("internal_authentication");
    }

    void eachForgeryGetsItsOwnResult() {
        QFETCH(QString, persona);
        QFETCH(QByteArray, pin);
        QFETCH(int, verdict);
        QFETCH(QString, step);
        QVERIFY(insertCard({QStringLiteral("--persona"), persona}));
        PcscTransport transport(kReader);
        MyNumberCard card(transport);
        const auto r = card.readWithPin(CardSecret::pin(pin), {.withMyNumber = true, .authenticity = m_config});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        const AuthenticityResult& a = *r.value().authenticity;
        QCOMPARE(int(a.verdict), verdict);
        if (!step.isEmpty())
            QVERIFY2(a.detail.startsWith(step), qPrintable(a.detail));
        else
            QCOMPARE(a.steps.size(), AuthenticityResult::stepIds().size() - 1);
    }

    void photoWithCodeB_data() {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QByteArray>("codeB");
        QTest::addColumn<bool>("photo");
        QTest::newRow("genuine") << QStringLiteral("yamada-taro") << QByteArray("55021720352285") << true;
        QTest::newRow("copied chip") << QStringLiteral("cloned-chip") << QByteArray("33110320314417") << false;
    }

    void photoWithCodeB() {
        QFETCH(QString, persona);
        QFETCH(QByteArray, codeB);
        QFETCH(bool, photo);
        QVERIFY(insertCard({QStringLiteral("--persona"), persona}));
        PcscTransport transport(kReader);
        MyNumberCard card(transport);
        const auto r = card.readWithCodeB(CardSecret::codeB(codeB), {.authenticity = m_config});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(r.value().authenticity->photoVerified, photo);
        QCOMPARE(!r.value().photo.isNull(), photo);
        if (photo) {
            QCOMPARE(r.value().photo.width(), 96);
            QCOMPARE(r.value().photo.height(), 120);
            QCOMPARE(r.value().authenticity->verdict, Verdict::Genuine);
        }
    }

    void cardWithoutExtendedLengthIsStillChecked() {
        QVERIFY(insertCard(
            {QStringLiteral("--persona"), QStringLiteral("yamada-taro"), QStringLiteral("--no-extended-length")}));
        PcscTransport transport(kReader);
        MyNumberCard card(transport);
        const auto r = card.readWithCodeB(CardSecret::codeB("55021720352285"), {.authenticity = m_config});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(r.value().authenticity->verdict, Verdict::Genuine);
        QVERIFY(!r.value().photo.isNull());
        QVERIFY(card.lastExchangeCount() > 10);
    }

    // What the visit receives from a failed card: no name, no address, no photo, a verdict that stops the prefill.
    void nothingOfAFailedCardReachesTheVisit_data() {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("genuine") << QStringLiteral("yamada-taro") << QByteArray("1234") << QStringLiteral("genuine");
        QTest::newRow("altered data") << QStringLiteral("forged-altered-data") << QByteArray("1111")
                                      << QStringLiteral("data_altered");
        QTest::newRow("untrusted issuer")
            << QStringLiteral("forged-untrusted-issuer") << QByteArray("2222") << QStringLiteral("issuer_not_trusted");
        QTest::newRow("copied chip") << QStringLiteral("cloned-chip") << QByteArray("3333")
                                     << QStringLiteral("copied_chip");
    }

    void nothingOfAFailedCardReachesTheVisit() {
        QFETCH(QString, persona);
        QFETCH(QByteArray, pin);
        QFETCH(QString, verdict);
        QVERIFY(insertCard({QStringLiteral("--persona"), persona}));
        counter::CounterCard port([]() -> CardResult<std::unique_ptr<CardTransport>> {
            return std::unique_ptr<CardTransport>(std::make_unique<PcscTransport>(kReader));
        });
        port.setAuthenticity(m_config, false);
        std::optional<visit::CardOutcome> outcome;
        port.readWithPin(CardSecret::pin(pin), false, false, [&](visit::CardOutcome o) { outcome = std::move(o); });
        QVERIFY(TestServices::waitUntil([&] {
            QCoreApplication::processEvents();
            return outcome.has_value();
        }));
        QVERIFY2(outcome->ok(), qPrintable(outcome->detail));
        QCOMPARE(outcome->check.verdict, verdict);
        const bool genuine = verdict == QLatin1String("genuine");
        QCOMPARE(outcome->check.stopsPrefill, !genuine);
        QCOMPARE(outcome->face.isEmpty(), !genuine);
        QVERIFY(!outcome->face.myNumber.has_value());
        QVERIFY(outcome->photo.isNull());
        QVERIFY(!outcome->check.message.isEmpty());
        QVERIFY(!outcome->check.nextStep.isEmpty());
    }

    // `madoguchi-cli card verify --json` through the same pcscd: one result per persona, each step listed, exit 0
    // only for a genuine card, and no resident data in the output.
    void cliVerifyPerPersona_data() {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("genuine") << QStringLiteral("yamada-taro") << QByteArray("1234") << QStringLiteral("genuine");
        QTest::newRow("altered data") << QStringLiteral("forged-altered-data") << QByteArray("1111")
                                      << QStringLiteral("data_altered");
        QTest::newRow("untrusted issuer")
            << QStringLiteral("forged-untrusted-issuer") << QByteArray("2222") << QStringLiteral("issuer_not_trusted");
        QTest::newRow("copied chip") << QStringLiteral("cloned-chip") << QByteArray("3333")
                                     << QStringLiteral("copied_chip");
    }

    void cliVerifyPerPersona() {
        QFETCH(QString, persona);
        QFETCH(QByteArray, pin);
        QFETCH(QString, verdict);
        QVERIFY(insertCard({QStringLiteral("--persona"), persona}));
        if (!m_cliReady) {
            // The check reads the card's resident data, so it needs a staff sign-in: the first admin, then a clerk.
            QVERIFY(m_cliDir.isValid());
            QFile ini(m_cliDir.filePath(QStringLiteral("madoguchi.ini")));
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write(QStringLiteral("[card]\nsimulated=never\ntrust_file=%1\n").arg(trustFile()).toUtf8());
            ini.close();
            const QStringList add{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login")};
            QCOMPARE(runCli(add + QStringList{QStringLiteral("admin1"), QStringLiteral("--name"), QStringLiteral("A"),
                                              QStringLiteral("--role"), QStringLiteral("admin")},
                            "admin-pass-1\n"),
                     0);
            QCOMPARE(runCli(add + QStringList{QStringLiteral("clerk1"), QStringLiteral("--name"), QStringLiteral("C"),
                                              QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--as"),
                                              QStringLiteral("admin1")},
                            "admin-pass-1\nclerk-pass-1\n"),
                     0);
            m_cliReady = true;
        }
        QByteArray out;
        const int code = runCli({QStringLiteral("card"), QStringLiteral("verify"), QStringLiteral("--json"),
                                 QStringLiteral("--as"), QStringLiteral("clerk1")},
                                "clerk-pass-1\n" + pin + '\n', &out);
        QCOMPARE(code, verdict == QLatin1String("genuine") ? 0 : 1);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), verdict);
        QVERIFY(o.value(QStringLiteral("test_hierarchy")).toBool());
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), AuthenticityResult::stepIds().size() - 1);
        QVERIFY(!o.value(QStringLiteral("next_step")).toString().isEmpty());
        QVERIFY(!out.contains("山田"));
        QVERIFY(!out.contains("𠮷田"));
        QVERIFY(!out.contains("952601815908"));
    }

private:
    // madoguchi-cli with this test's data folder and settings; `input` on standard input.
    int runCli(const QStringList& args, const QByteArray& input, QByteArray* out = nullptr) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_cliDir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_cliDir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("MADOGUCHI_ALLOW_TEST_HIERARCHY"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("MADOGUCHI_CLI"),
                      QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        if (!process.waitForStarted())
            return -1;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "→" << process.readAllStandardError();
        return process.exitCode();
    }

    std::shared_ptr<AuthenticityConfig> m_config;
    QTemporaryDir m_cliDir;
    bool m_cliReady = false;
};

QTEST_GUILESS_MAIN(TestCardAuthenticityPcsc)
#include "tst_card_authenticity_pcsc.moc"
