// The authenticity check step by step with the scripted transport: exact APDUs, every verdict and every failure kind
// (altered records, an untrusted or forged issuer, a copied chip, a card or reader that cannot carry the check),
// truncated and malformed records, the CV certificate cache, trust files, and the face photo's JPEG 2000 round trip.
#include "Apdu.h"
#include "AuthenticityRecords.h"
#include "CardAuthenticity.h"
#include "CardCrypto.h"
#include "FacePhoto.h"
#include "MyNumberCard.h"
#include "ScriptedTransport.h"
#include "TextApRecords.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi::card;
using Verdict = AuthenticityResult::Verdict;
using State = AuthenticityStep::State;

namespace {
crypto::RsaPrivateKey testKey(const char* name) {
    QFile f(QStringLiteral(":/madoguchi/demo/test-hierarchy/%1.key.pem").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return crypto::RsaPrivateKey::fromPem(f.readAll());
}

const QByteArray kOk = QByteArray::fromHex("9000");
QByteArray hex(const char* text) {
    return QByteArray::fromHex(QByteArray(text).replace(' ', QByteArray()));
}

// Everything a text AP card holds, built from the test hierarchy; each test breaks one thing.
struct Card {
    QByteArray basic =
        textap::encodeBasicInfo(QStringLiteral("山田　太郎"), QStringLiteral("東京都武蔵野市緑町一丁目２番３号"),
                                QDate(1980, 2, 17), QStringLiteral("1"));
    QByteArray number = textap::encodeMyNumberRecord("952601815908");
    QByteArray signedBasic; // what the issuer signed (defaults to `basic`)
    QByteArray ef3;
    QByteArray ef4;
    QByteArray ef7;
    const char* chipKey = "test-card";
    QByteArray issuerKeyId = "TEST-6000033/001";
    const char* caKey = "test-text-ca";

    void sign() {
        const crypto::RsaPrivateKey ca = testKey(caKey);
        const crypto::RsaPrivateKey issuer = testKey("test-text-ap-issuer");
        const QByteArray body = records::encodeCvCertificateBody(issuerKeyId, "TEST-AP-TEXT/001", issuer.publicKey());
        ef4 = records::encodeCvCertificate(body, ca.signSha256(body));
        const QByteArray vouched = signedBasic.isEmpty() ? basic : signedBasic;
        const QByteArray part = records::encodeIntegritySignedPart(
            crypto::sha256(number), crypto::sha256(records::basicInfoDigestedPart(vouched)));
        ef3 = records::encodeIntegrityRecord(part, issuer.signSha256(part));
        const QByteArray keyPart = records::encodeSignedKeyPart(testKey("test-card").publicKey());
        ef7 = records::encodeSignedPublicKey(keyPart, issuer.signSha256(keyPart));
    }
};

std::shared_ptr<const TrustAnchors> testAnchors() {
    QString error;
    auto anchors = TrustAnchors::load(TrustAnchors::testHierarchyFile(), TrustAnchors::Use::SimulatedCard, &error);
    return anchors ? std::make_shared<const TrustAnchors>(*anchors) : nullptr;
}

std::shared_ptr<AuthenticityConfig> config(std::shared_ptr<CvCertificateCache> cache = {}) {
    auto c = std::make_shared<AuthenticityConfig>();
    c->anchors = testAnchors();
    c->cache = std::move(cache);
    return c;
}

// SELECT, tries left, VERIFY with PIN 1234, READ BINARY EF 0002 (what every PIN read sends first).
void scriptBasicRead(ScriptedTransport& t, const Card& card) {
    t.expect("00A4040C0AD3921000310001010408", "9000")
        .expect("00200091", "63C3")
        .expect("002000910431323334", "9000")
        .expectBytes(hex("00B0820000"), card.basic + kOk);
}

// The card signs whatever DigestInfo it gets with `keyName` (the test checks what was signed separately).
std::function<QByteArray(const QByteArray&)> signer(const char* keyName) {
    return [keyName](const QByteArray& command) {
        const int lc = static_cast<quint8>(command.at(4));
        return testKey(keyName).signDigestInfo(command.mid(5, lc)) + kOk;
    };
}

const AuthenticityStep* step(const AuthenticityResult& r, const char* id) {
    for (const AuthenticityStep& s : r.steps) {
        if (s.id == QLatin1String(id))
            return &s;
    }
    return nullptr;
}
} // namespace

class TestCardAuthenticity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theTestHierarchyLoads() {
        QVERIFY(!testKey("test-card").isNull());
        const auto anchors = testAnchors();
        QVERIFY(anchors);
        QCOMPARE(anchors->size(), 2);
        QVERIFY(anchors->isTestHierarchy());
        QVERIFY(anchors->find(QByteArray("TEST-6000033/001")));
        QVERIFY(!anchors->find(QByteArray("ROGUE-6000033/01")));
    }

    void aRealReaderRefusesTheTestHierarchy() {
        QString error;
        qunsetenv("MADOGUCHI_ALLOW_TEST_HIERARCHY");
        QVERIFY(!TrustAnchors::load(TrustAnchors::testHierarchyFile(), TrustAnchors::Use::RealReader, &error));
        QVERIFY(error.contains(QLatin1String("test hierarchy")));
        qputenv("MADOGUCHI_ALLOW_TEST_HIERARCHY", "1");
        QVERIFY(TrustAnchors::load(TrustAnchors::testHierarchyFile(), TrustAnchors::Use::RealReader, &error));
        qunsetenv("MADOGUCHI_ALLOW_TEST_HIERARCHY");
    }

    void badTrustFiles_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray pem = "-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\\n";
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("no anchors") << QByteArray(R"({"anchors": []})") << QStringLiteral("holds no anchors");
        QTest::newRow("short key id") << QByteArray(R"({"anchors": [{"key_id": "ABC", "public_key": ""}]})")
                                      << QStringLiteral("16-byte key id");
        QTest::newRow("bad hex key id") << QByteArray(R"({"anchors": [{"key_id_hex": "zz", "public_key": ""}]})")
                                        << QStringLiteral("16-byte key id");
        QTest::newRow("bad pem") << QByteArray(R"({"anchors": [{"key_id": "TEST-6000033/001", "public_key": ")") + pem +
                                        QByteArray(R"("}]})")
                                 << QStringLiteral("PEM");
    }

    void badTrustFiles() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("trust.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        QVERIFY(!TrustAnchors::load(file, TrustAnchors::Use::RealReader, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(
            !TrustAnchors::load(dir.filePath(QStringLiteral("missing.json")), TrustAnchors::Use::RealReader, &error));
        QVERIFY(error.contains(QLatin1String("cannot open")));
    }

    void signaturesRoundTripAndTamperingFails() {
        const crypto::RsaPrivateKey key = testKey("test-card");
        const QByteArray message("a fresh challenge");
        QByteArray signature = key.signSha256(message);
        QCOMPARE(signature.size(), 256);
        QVERIFY(crypto::verifyPkcs1Sha256(key.publicKey(), message, signature));
        // The card's 80 2A: PKCS#1 v1.5 over the DigestInfo as given is the same signature.
        QCOMPARE(key.signDigestInfo(crypto::digestInfoSha256(message)), signature);
        QVERIFY(!crypto::verifyPkcs1Sha256(testKey("test-clone").publicKey(), message, signature));
        QVERIFY(!crypto::verifyPkcs1Sha256(key.publicKey(), QByteArray("another"), signature));
        signature[100] = static_cast<char>(signature.at(100) ^ 0x01);
        QVERIFY(!crypto::verifyPkcs1Sha256(key.publicKey(), message, signature));
        QVERIFY(!crypto::verifyPkcs1Sha256(key.publicKey(), message, signature.left(255)));
        QVERIFY(!crypto::verifyPkcs1Sha256({QByteArray(128, '\x7f'), hex("010001")}, message, signature)); // 1023 bits
        QVERIFY(!crypto::verifyPkcs1Sha256({}, message, signature));
    }

    void recordsRoundTrip() {
        Card card;
        card.sign();
        const auto cv = records::parseCvCertificate(card.ef4);
        QVERIFY2(cv.ok(), qPrintable(cv.ok() ? QString() : cv.error().detail()));
        QCOMPARE(cv.value().issuerKeyId, QByteArray("TEST-6000033/001"));
        QCOMPARE(cv.value().subjectKey, testKey("test-text-ap-issuer").publicKey());
        QCOMPARE(card.ef4.size(), 568); // 7F21 82 0233, as the card's EF 0004
        const auto integrity = records::parseIntegrityRecord(card.ef3);
        QVERIFY(integrity.ok());
        QCOMPARE(card.ef3.size(), 336); // FF30 82 014B, as the card's EF 0003
        QCOMPARE(integrity.value().basicInfoDigest, crypto::sha256(records::basicInfoDigestedPart(card.basic)));
        const auto key = records::parseSignedPublicKey(card.ef7);
        QVERIFY(key.ok());
        QCOMPARE(key.value().key, testKey("test-card").publicKey());
        // DF32 covers EF 0002 from DF22: the header and the offset table are not in it.
        QCOMPARE(records::basicInfoDigestedPart(card.basic), card.basic.mid(14));
    }

    void truncatedAndMalformedRecordsAreRefused_data() {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 4; ++i)
            QTest::newRow(std::array{"EF 0003", "EF 0004", "EF 0007", "card face"}[size_t(i)]) << i;
    }

    void truncatedAndMalformedRecordsAreRefused() {
        QFETCH(int, which);
        Card card;
        card.sign();
        const crypto::RsaPrivateKey issuer = testKey("test-visual-ap-issuer");
        const QByteArray photo = FacePhoto::encodeJpeg2000(FacePhoto::syntheticFace(7, 48, 60), 48, 60);
        const QByteArray facePart = records::encodeCardFaceSignedPart(
            QDate(1980, 2, 17), "1", testKey("test-card").publicKey(), "png", "png", photo);
        const QByteArray face = records::encodeCardFace(facePart, issuer.signSha256(facePart), QDate(2035, 2, 17));
        const QByteArray record = std::array{card.ef3, card.ef4, card.ef7, face}[size_t(which)];
        auto parses = [which](QByteArrayView bytes) {
            switch (which) {
            case 0:
                return records::parseIntegrityRecord(bytes).ok();
            case 1:
                return records::parseCvCertificate(bytes).ok();
            case 2:
                return records::parseSignedPublicKey(bytes).ok();
            default:
                return records::parseCardFace(bytes).ok();
            }
        };
        QVERIFY(parses(record));
        QVERIFY(parses(record + QByteArray(64, '\xFF'))); // filler after the record is fine
        for (qsizetype n = 0; n < record.size(); ++n)
            QVERIFY2(!parses(record.left(n)), qPrintable(QStringLiteral("parsed a %1-byte prefix").arg(n)));
        // Every single-byte change of the first 40 bytes (tags, lengths, key ids) either still parses or is refused:
        // never a crash, and a changed outer tag is always refused.
        for (qsizetype i = 0; i < std::min<qsizetype>(40, record.size()); ++i) {
            QByteArray changed = record;
            changed[i] = static_cast<char>(changed.at(i) ^ 0x5A);
            const bool ok = parses(changed);
            if (i < 2)
                QVERIFY(!ok);
        }
    }

    void genuineCardWithTheCertificateReadOnce() {
        Card card;
        card.sign();
        auto cache = std::make_shared<CvCertificateCache>();
        const auto cfg = config(cache);
        for (int visit = 0; visit < 2; ++visit) {
            ScriptedTransport t;
            scriptBasicRead(t, card);
            t.expectBytes(hex("00B08300000000"), card.ef3 + kOk).expectBytes(hex("00B08700000000"), card.ef7 + kOk);
            if (visit == 0)
                t.expectBytes(hex("00B08400000000"), card.ef4 + kOk);
            t.expect("0084000008", "0102030405060708 9000").expectComputed("802A000033", signer("test-card"));
            MyNumberCard protocol(t);
            const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.authenticity = cfg});
            QVERIFY2(t.finished(), qPrintable(t.problem()));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
            QVERIFY(r.value().authenticity);
            const AuthenticityResult& a = *r.value().authenticity;
            QCOMPARE(a.verdict, Verdict::Genuine);
            QCOMPARE(a.certificateCached, visit == 1);
            QCOMPARE(protocol.lastExchangeCount(), visit == 0 ? 9 : 8);
            QCOMPARE(cache->size(), 1);
            QCOMPARE(r.value().name, QStringLiteral("山田　太郎"));
            for (const QString& id : AuthenticityResult::stepIds()) {
                if (id == QLatin1String("photo"))
                    continue;
                const AuthenticityStep* s = step(a, qPrintable(id));
                QVERIFY2(s, qPrintable(id));
                QCOMPARE(s->state, id == QLatin1String("my_number_digest") ? State::Skipped : State::Passed);
            }
            QVERIFY(!r.value().myNumber);
        }
    }

    void theChallengeIsFreshAndIncludesTheTerminalsNonce() {
        Card card;
        card.sign();
        QList<QByteArray> signedDigests;
        for (int i = 0; i < 2; ++i) {
            ScriptedTransport t;
            scriptBasicRead(t, card);
            t.expectBytes(hex("00B08300000000"), card.ef3 + kOk)
                .expectBytes(hex("00B08700000000"), card.ef7 + kOk)
                .expectBytes(hex("00B08400000000"), card.ef4 + kOk)
                .expect("0084000008", "0102030405060708 9000")
                .expectComputed("802A000033", [&](const QByteArray& command) {
                    signedDigests << command.mid(5, 0x33);
                    return signer("test-card")(command);
                });
            MyNumberCard protocol(t);
            QCOMPARE(
                protocol.readWithPin(CardSecret::pin("1234"), {.authenticity = config()}).value().authenticity->verdict,
                Verdict::Genuine);
        }
        // The card gave the same challenge twice (a replaying chip would); the terminal's nonce still differs.
        QCOMPARE(signedDigests.size(), 2);
        QVERIFY(signedDigests.at(0) != signedDigests.at(1));
        QVERIFY(signedDigests.at(0).startsWith(hex("3031300d060960864801650304020105000420")));
    }

    void withTheMyNumberBothDigestsAreChecked() {
        Card card;
        card.sign();
        ScriptedTransport t;
        scriptBasicRead(t, card);
        t.expectBytes(hex("00B0810011"), card.number + kOk)
            .expectBytes(hex("00B08300000000"), card.ef3 + kOk)
            .expectBytes(hex("00B08700000000"), card.ef7 + kOk)
            .expectBytes(hex("00B08400000000"), card.ef4 + kOk)
            .expect("0084000008", "0102030405060708 9000")
            .expectComputed("802A000033", signer("test-card"));
        MyNumberCard protocol(t);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true, .authenticity = config()});
        QVERIFY2(t.finished(), qPrintable(t.problem()));
        QCOMPARE(r.value().authenticity->verdict, Verdict::Genuine);
        QCOMPARE(step(*r.value().authenticity, "my_number_digest")->state, State::Passed);
        QVERIFY(r.value().myNumber);
    }

    // One thing wrong at a time: the verdict, the step that found it, and where the conversation stops.
    void everyFailureKind_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("failedStep");
        const auto row = [](const char* fault, Verdict v, const char* stepId) {
            QTest::newRow(fault) << QString::fromLatin1(fault) << int(v) << QString::fromLatin1(stepId);
        };
        row("address rewritten", Verdict::DataAltered, "basic_info_digest");
        row("my number replaced", Verdict::DataAltered, "my_number_digest");
        row("integrity signature", Verdict::DataAltered, "integrity_signature");
        row("card key not signed", Verdict::DataAltered, "ap_key");
        row("no integrity record", Verdict::DataAltered, "integrity_record");
        row("malformed integrity record", Verdict::DataAltered, "integrity_record");
        row("truncated signed key", Verdict::DataAltered, "signed_key");
        row("malformed certificate", Verdict::DataAltered, "cv_certificate");
        row("unknown issuer", Verdict::IssuerNotTrusted, "cv_certificate");
        row("forged certificate", Verdict::IssuerNotTrusted, "cv_certificate");
        row("copied chip", Verdict::CopiedChip, "internal_authentication");
        row("chip refuses to sign", Verdict::CopiedChip, "internal_authentication");
        row("no GET CHALLENGE", Verdict::CopiedChip, "internal_authentication");
        row("reader cannot carry the signature", Verdict::NotCheckable, "internal_authentication");
    }

    void everyFailureKind() {
        QFETCH(QString, fault);
        QFETCH(int, verdict);
        QFETCH(QString, failedStep);
        Card card;
        const bool withNumber = fault == QLatin1String("my number replaced");
        if (fault == QLatin1String("address rewritten")) {
            card.signedBasic = card.basic;
            card.basic = textap::encodeBasicInfo(QStringLiteral("山田　太郎"),
                                                 QStringLiteral("東京都武蔵野市緑町一丁目９番９号"), QDate(1980, 2, 17),
                                                 QStringLiteral("1"));
        }
        if (fault == QLatin1String("unknown issuer")) {
            card.issuerKeyId = "ROGUE-6000033/01";
            card.caKey = "test-rogue-ca";
        }
        if (fault == QLatin1String("forged certificate"))
            card.caKey = "test-rogue-ca"; // names the trusted issuer, signed by another key
        card.sign();
        if (withNumber)
            card.number = textap::encodeMyNumberRecord("983016613189"); // valid, but not the one signed
        if (fault == QLatin1String("integrity signature"))
            card.ef3[card.ef3.size() - 1] = static_cast<char>(card.ef3.at(card.ef3.size() - 1) ^ 0x01);
        if (fault == QLatin1String("card key not signed"))
            card.ef7[card.ef7.size() - 1] = static_cast<char>(card.ef7.at(card.ef7.size() - 1) ^ 0x01);
        if (fault == QLatin1String("malformed integrity record"))
            card.ef3[0] = '\xEE';
        if (fault == QLatin1String("truncated signed key"))
            card.ef7.truncate(card.ef7.size() - 10);
        if (fault == QLatin1String("malformed certificate"))
            card.ef4 = card.ef4.left(40);

        ScriptedTransport t;
        scriptBasicRead(t, card);
        if (withNumber)
            t.expectBytes(hex("00B0810011"), card.number + kOk);
        const int stop = AuthenticityResult::stepIds().indexOf(failedStep);
        auto reaches = [&](const char* id) { return AuthenticityResult::stepIds().indexOf(QLatin1String(id)) <= stop; };
        if (fault == QLatin1String("no integrity record")) {
            t.expect("00B08300000000", "6A82").expect("00A4020C020003", "6A82"); // not by SFI, not by SELECT
        } else {
            t.expectBytes(hex("00B08300000000"), card.ef3 + kOk);
            if (reaches("signed_key")) {
                t.expectBytes(hex("00B08700000000"), card.ef7 + kOk);
                if (fault == QLatin1String("truncated signed key")) {
                    t.expectBytes(apdu::readBinary(quint16(card.ef7.size()), 10), hex("6B00"));
                }
            }
            if (reaches("cv_certificate")) {
                t.expectBytes(hex("00B08400000000"), card.ef4 + kOk);
                if (fault == QLatin1String("malformed certificate"))
                    t.expectBytes(apdu::readBinary(40, 256), hex("6B00"));
            }
        }
        if (failedStep == QLatin1String("internal_authentication")) {
            if (fault == QLatin1String("no GET CHALLENGE")) {
                t.expect("0084000008", "6D00");
            } else {
                t.expect("0084000008", "A1A2A3A4A5A6A7A8 9000");
                if (fault == QLatin1String("copied chip"))
                    t.expectComputed("802A000033", signer("test-clone"));
                else if (fault == QLatin1String("chip refuses to sign"))
                    t.expectComputed("802A000033", [](const QByteArray&) { return hex("6985"); });
                else
                    t.expectComputed("802A000033", [](const QByteArray&) { return hex("6700"); });
            }
        }
        MyNumberCard protocol(t);
        const auto r =
            protocol.readWithPin(CardSecret::pin("1234"), {.withMyNumber = withNumber, .authenticity = config()});
        QVERIFY2(t.finished(), qPrintable(t.problem()));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        const AuthenticityResult& a = *r.value().authenticity;
        QCOMPARE(int(a.verdict), verdict);
        QVERIFY2(a.detail.startsWith(failedStep), qPrintable(a.detail));
        const AuthenticityStep* s = step(a, qPrintable(failedStep));
        QVERIFY(s);
        QCOMPARE(s->state, State::Failed);
        QVERIFY(!s->detail.isEmpty());
        QCOMPARE(a.failed(), Verdict(verdict) != Verdict::NotCheckable);
        QVERIFY(a.stopsPrefill(true));
        QCOMPARE(a.stopsPrefill(false), a.failed());
        QVERIFY(!a.clerkMessage().isEmpty());
        QVERIFY(!a.nextStep().isEmpty());
        QVERIFY(r.value().photo.isNull());
    }

    void noTrustAnchorCostsNoApdu() {
        Card card;
        ScriptedTransport t;
        scriptBasicRead(t, card);
        auto cfg = std::make_shared<AuthenticityConfig>();
        cfg->anchorsProblem = QStringLiteral("no trust file configured (card/trust_file)");
        MyNumberCard protocol(t);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.authenticity = cfg});
        QVERIFY2(t.finished(), qPrintable(t.problem()));
        QCOMPARE(protocol.lastExchangeCount(), 4);
        QCOMPARE(r.value().authenticity->verdict, Verdict::NotCheckable);
        QVERIFY(r.value().authenticity->detail.contains(QLatin1String("card/trust_file")));
        QVERIFY(!r.value().authenticity->stopsPrefill(false));
        QVERIFY(r.value().authenticity->stopsPrefill(true));
    }

    void offMeansThePlainRead() {
        Card card;
        ScriptedTransport t;
        scriptBasicRead(t, card);
        MyNumberCard protocol(t);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"));
        QVERIFY2(t.finished(), qPrintable(t.problem()));
        QCOMPARE(protocol.lastExchangeCount(), 4);
        QVERIFY(!r.value().authenticity);
    }

    void aReaderWithoutExtendedLengthReadsInChunks() {
        Card card;
        card.sign();
        ScriptedTransport t;
        scriptBasicRead(t, card);
        t.expect("00B08300000000", "6700") // refused once: short chunks for the rest of the session
            .expectBytes(hex("00B0830000"), card.ef3.left(256) + kOk)
            .expectBytes(apdu::readBinary(256, int(card.ef3.size() - 256)), card.ef3.mid(256) + kOk)
            .expectBytes(hex("00B0870000"), card.ef7.left(256) + kOk)
            .expectBytes(apdu::readBinary(256, 256), card.ef7.mid(256, 256) + kOk)
            .expectBytes(apdu::readBinary(512, int(card.ef7.size() - 512)), card.ef7.mid(512) + kOk)
            .expectBytes(hex("00B0840000"), card.ef4.left(256) + kOk)
            .expectBytes(apdu::readBinary(256, 256), card.ef4.mid(256, 256) + kOk)
            .expectBytes(apdu::readBinary(512, int(card.ef4.size() - 512)), card.ef4.mid(512) + kOk)
            .expect("0084000008", "0102030405060708 9000")
            .expectComputed("802A000033", signer("test-card"));
        MyNumberCard protocol(t);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.authenticity = config()});
        QVERIFY2(t.finished(), qPrintable(t.problem()));
        QCOMPARE(r.value().authenticity->verdict, Verdict::Genuine);
    }

    void cardPulledDuringTheCheckFailsTheWholeRead() {
        Card card;
        card.sign();
        ScriptedTransport t;
        scriptBasicRead(t, card);
        t.expectBytes(hex("00B08300000000"), card.ef3 + kOk)
            .expectFailure("00B08700000000",
                           CardError(CardError::Kind::CardRemoved, QStringLiteral("card left the reader")));
        MyNumberCard protocol(t);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.authenticity = config()});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), CardError::Kind::CardRemoved);
        QCOMPARE(t.sessionsEnded(), 1);
    }

    void photoRoundTripsThroughJpeg2000() {
        const QByteArray grey = FacePhoto::syntheticFace(42, 96, 120);
        const QByteArray jp2 = FacePhoto::encodeJpeg2000(grey, 96, 120);
        QVERIFY(jp2.size() > 200);
        QVERIFY(jp2.size() < 8000);
        const auto photo = FacePhoto::decodeJpeg2000(jp2);
        QVERIFY2(photo.ok(), qPrintable(photo.ok() ? QString() : photo.error().detail()));
        QCOMPARE(photo.value().width(), 96);
        QCOMPARE(photo.value().height(), 120);
        // Lossy, but close: the mean absolute error stays small.
        qint64 error = 0;
        for (int i = 0; i < grey.size(); ++i)
            error += std::abs(int(quint8(grey.at(i))) - int(photo.value().pixels()[i]));
        QVERIFY2(error / grey.size() < 12, qPrintable(QString::number(error / grey.size())));
        QVERIFY(FacePhoto::syntheticFace(1, 96, 120) != FacePhoto::syntheticFace(2, 96, 120));
    }

    void brokenPhotosAreRefused() {
        const QByteArray jp2 = FacePhoto::encodeJpeg2000(FacePhoto::syntheticFace(3, 64, 80), 64, 80);
        QCOMPARE(FacePhoto::decodeJpeg2000("not an image").error().kind(), CardError::Kind::MalformedData);
        QCOMPARE(FacePhoto::decodeJpeg2000(jp2.left(12)).error().kind(), CardError::Kind::MalformedData);
        // Cut anywhere: refused or decoded, never an overrun (ASan would stop the test); never larger than encoded.
        for (int n = 0; n < jp2.size(); n += 37) {
            const auto cut = FacePhoto::decodeJpeg2000(jp2.left(n));
            QVERIFY(!cut.ok() || (cut.value().width() == 64 && cut.value().height() == 80));
        }
        QVERIFY(FacePhoto::decodeJpeg2000(jp2).ok());
    }

    void wipingAPhotoZeroesEveryCopy() {
        FacePhoto photo = FacePhoto::fromGrey(QByteArray(96 * 120, '\xA5'), 96, 120);
        const FacePhoto copy = photo; // the screen's copy shares the buffer
        QVERIFY(!copy.isNull());
        const unsigned char* pixels = copy.pixels();
        photo.wipe();
        QVERIFY(photo.isNull());
        QVERIFY(copy.isNull());
        QVERIFY(std::all_of(pixels, pixels + 96 * 120, [](unsigned char b) { return b == 0; }));
    }
};

QTEST_GUILESS_MAIN(TestCardAuthenticity)
#include "tst_cardauthenticity.moc"
