// The card protocol over a scripted transport: the exact APDUs of every path, every status word's meaning, the PIN
// rules (no retry, last try needs confirmation, locked), fallbacks, 61xx/6Cxx, and no partial data on failure.
#include "Apdu.h"
#include "MyNumberCard.h"
#include "ScriptedTransport.h"
#include "TextApRecords.h"

#include <QTest>

using namespace madoguchi::card;
using Kind = CardError::Kind;

Q_DECLARE_METATYPE(madoguchi::card::CardError::Kind)

namespace {
const char* kSelectText = "00A4040C0AD3921000310001010408";
const char* kOk = "9000";
const QByteArray kVector = QByteArray::fromHex("ff2065df2108000e002000590064"
                                               "df220fe9bb92e6a190e38080e5b9b9e4b99f"
                                               "df2336e69db1e4baace983bde6b885e780ace5b882e8a6b3e5b883e5ad90e58d97"
                                               "efbc91efbc92efbc8defbc97efbc8defbc92efbc90efbc92"
                                               "df24083139383030323137"
                                               "df250131");
// EF 0002 as a card returns it to READ BINARY Le=256: the record, then filler.
const QByteArray kBasicInfoFile = (kVector + QByteArray(256 - kVector.size(), '\xFF')).toHex() + "9000";
const QByteArray kMyNumberFile = (QByteArray::fromHex("ff100c") + "537686677188" + "\xFF\xFF").toHex() + "9000";

#define VERIFY_SCRIPT(t) QVERIFY2((t).finished(), qPrintable((t).problem()))
} // namespace

class TestMyNumberCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pinAndMyNumberInFiveApdus() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", kBasicInfoFile.constData())
            .expect("00B0810011", kMyNumberFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("黒桐　幹也"));
        QCOMPARE(r.value().birthDate, QDate(1980, 2, 17));
        QVERIFY(r.value().myNumber.has_value());
        QVERIFY(r.value().myNumber->digits() == QLatin1String("537686677188")); // QVERIFY: a failure prints nothing
        QCOMPARE(card.lastExchangeCount(), 5);
        QCOMPARE(t.lastAccess(), CardTransport::Access::Exclusive);
        QCOMPARE(t.sessionsEnded(), 1);
    }

    void basicInfoWithoutMyNumberInFourApdus() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", kBasicInfoFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QVERIFY(!r.value().myNumber.has_value());
        QCOMPARE(card.lastExchangeCount(), 4);
    }

    void codeBReadsBasicInfo() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200095", "63CA")
            .expect("002000950E3535303231373230333532323835", kOk)
            .expect("00B0820000", kBasicInfoFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithCodeB(CardSecret::codeB("55021720352285"));
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().sex, QStringLiteral("1"));
        QCOMPARE(t.lastAccess(), CardTransport::Access::Exclusive);
    }

    void codeBNeverReadsTheMyNumber() {
        ScriptedTransport t;
        MyNumberCard card(t);
        const auto r = card.readWithCodeB(CardSecret::codeB("55021720352285"), {.withMyNumber = true});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Kind::InvalidInput);
        QCOMPARE(t.sent(), 0);
    }

    void triesLeftConsumesNothing() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk).expect("00200091", "63C2").expect("00200094", "63CA").expect("00200095", "6984");
        MyNumberCard card(t);
        const auto r = card.readTriesLeft();
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().pin, 2);
        QCOMPARE(r.value().codeA, 10);
        QCOMPARE(r.value().codeB, 0);
        QCOMPARE(t.lastAccess(), CardTransport::Access::Shared);
        QCOMPARE(t.sessionsEnded(), 1);
    }

    void fallsBackToSelectFileWhenShortIdsAreRefused_data() {
        QTest::addColumn<QString>("refusal");
        for (const char* sw : {"6A86", "6A81", "6D00", "6A82", "6A88", "6981"})
            QTest::newRow(sw) << QString::fromLatin1(sw);
    }

    void fallsBackToSelectFileWhenShortIdsAreRefused() {
        QFETCH(QString, refusal);
        const QByteArray sw = refusal.toLatin1();
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", sw.constData())
            .expect("00A4020C020011", kOk)
            .expect("00200080", "63C3")
            .expect("002000800431323334", kOk)
            .expect("00A4020C020002", kOk)
            .expect("00B0000000", kBasicInfoFile.constData())
            .expect("00A4020C020001", kOk)
            .expect("00B0000011", kMyNumberFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("黒桐　幹也"));
    }

    void readRefusedAfterVerifyFallsBackToo() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", "6A86")
            .expect("00A4020C020002", kOk)
            .expect("00B0000000", kBasicInfoFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
    }

    void readsALongRecordInChunks() {
        const QString address = QString(120, QChar(0x6771)); // 120 × 東: 360 bytes, record beyond 256
        const QByteArray record =
            textap::encodeBasicInfo(QStringLiteral("山田　太郎"), address, QDate(1980, 2, 17), QStringLiteral("1"));
        QVERIFY(record.size() > 256);
        const QByteArray first = record.left(256).toHex() + "9000";
        const QByteArray rest = record.mid(256).toHex() + "9000";
        const QByteArray second = "00B00100" + QByteArray::number(record.size() - 256, 16).rightJustified(2, '0');
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", first.constData())
            .expect(second.constData(), rest.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().address, address);
    }

    void getResponseAndWrongLeAreHandledInOnePlace() {
        const QByteArray part1 = kVector.left(100).toHex() + "6104";
        const QByteArray part2 = kVector.mid(100).toHex() + "9000";
        const QByteArray number = (QByteArray::fromHex("ff100c") + "537686677188" + "\xFF\xFF").toHex() + "9000";
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", part1.constData())
            .expect("00C0000004", part2.constData())
            .expect("00B0810011", "6C11")
            .expect("00B0810011", number.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        VERIFY_SCRIPT(t);
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("黒桐　幹也"));
    }

    void wrongLeIsCorrected() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", "6C68")
            .expect("00B0820068", (kVector.toHex() + "9000").constData());
        MyNumberCard card(t);
        QVERIFY(card.readWithPin(CardSecret::pin("1234")).ok());
        VERIFY_SCRIPT(t);
    }

    // What the answer to VERIFY means; the query before it said 3 tries left.
    void verifyStatusWords_data() {
        QTest::addColumn<QString>("sw");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("triesLeft");
        QTest::newRow("9000 success") << "9000" << true << Kind::CardRefused << -1;
        QTest::newRow("63C2 wrong, 2 left") << "63C2" << false << Kind::WrongSecret << 2;
        QTest::newRow("63C1 wrong, 1 left") << "63C1" << false << Kind::WrongSecret << 1;
        QTest::newRow("63C0 this attempt locked it") << "63C0" << false << Kind::Locked << 0;
        QTest::newRow("6984 blocked") << "6984" << false << Kind::Locked << 0;
        QTest::newRow("6983 blocked") << "6983" << false << Kind::Locked << 0;
        QTest::newRow("6300 wrong, no counter") << "6300" << false << Kind::WrongSecret << -1;
        QTest::newRow("6700 wrong length") << "6700" << false << Kind::CardRefused << -1;
        QTest::newRow("6982 security status") << "6982" << false << Kind::CardRefused << -1;
        QTest::newRow("6985 conditions") << "6985" << false << Kind::CardRefused << -1;
        QTest::newRow("6F00 no diagnosis") << "6F00" << false << Kind::CardRefused << -1;
    }

    void verifyStatusWords() {
        QFETCH(QString, sw);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        QFETCH(int, triesLeft);
        const QByteArray answer = sw.toLatin1();
        ScriptedTransport t;
        t.expect(kSelectText, kOk).expect("00200091", "63C3").expect("002000910431323334", answer.constData());
        if (ok)
            t.expect("00B0820000", kBasicInfoFile.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t); // never a second VERIFY: a PIN is not retried
        QCOMPARE(r.ok(), ok);
        QCOMPARE(t.sessionsEnded(), 1);
        if (!ok) {
            QCOMPARE(r.error().kind(), kind);
            QCOMPARE(r.error().triesLeft(), triesLeft);
            QCOMPARE(r.error().credential(),
                     kind == Kind::CardRefused ? CardError::Credential::None : CardError::Credential::Pin);
            QVERIFY(!r.error().clerkMessage().isEmpty());
            QVERIFY(!r.error().detail().contains(QLatin1String("1234")));
        }
    }

    // What the answer to the tries-left query means before any VERIFY is sent.
    void queryStatusWords_data() {
        QTest::addColumn<QString>("sw");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("verifySent");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("63C3") << "63C3" << false << true << Kind::CardRefused;
        QTest::newRow("63C2") << "63C2" << false << true << Kind::CardRefused;
        QTest::newRow("63C1 unconfirmed") << "63C1" << false << false << Kind::LastTryNeedsConfirmation;
        QTest::newRow("63C1 confirmed") << "63C1" << true << true << Kind::CardRefused;
        QTest::newRow("63C0 locked") << "63C0" << true << false << Kind::Locked;
        QTest::newRow("6984 locked") << "6984" << true << false << Kind::Locked;
        QTest::newRow("6983 locked") << "6983" << true << false << Kind::Locked;
        QTest::newRow("6300 no counter") << "6300" << false << true << Kind::CardRefused;
        QTest::newRow("6F00 refused") << "6F00" << true << false << Kind::CardRefused;
    }

    void queryStatusWords() {
        QFETCH(QString, sw);
        QFETCH(bool, confirmed);
        QFETCH(bool, verifySent);
        QFETCH(Kind, kind);
        const QByteArray answer = sw.toLatin1();
        ScriptedTransport t;
        t.expect(kSelectText, kOk).expect("00200091", answer.constData());
        if (verifySent) // the VERIFY is answered 6F00, so the read stops there with CardRefused
            t.expect("002000910431323334", "6F00");
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.lastTryConfirmed = confirmed});
        VERIFY_SCRIPT(t);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), kind);
        QCOMPARE(t.sessionsEnded(), 1);
    }

    void selectStatusWords_data() {
        QTest::addColumn<QString>("sw");
        for (const char* sw : {"6A82", "6A86", "6D00", "6E00", "6F00", "6999"})
            QTest::newRow(sw) << QString::fromLatin1(sw);
    }

    void selectStatusWords() {
        QFETCH(QString, sw);
        const QByteArray answer = sw.toLatin1();
        ScriptedTransport t;
        t.expect(kSelectText, answer.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t);
        QCOMPARE(r.error().kind(), Kind::NotMyNumberCard);
    }

    void readStatusWords_data() {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("6282 end of file, data complete")
            << QString::fromLatin1(kVector.toHex() + "6282") << true << Kind::CardRefused;
        QTest::newRow("6982 not verified") << QStringLiteral("6982") << false << Kind::CardRefused;
        QTest::newRow("6B00 empty file") << QStringLiteral("6B00") << false << Kind::MalformedData;
        QTest::newRow("6700") << QStringLiteral("6700") << false << Kind::CardRefused;
        QTest::newRow("9000 but garbage") << QStringLiteral("00009000") << false << Kind::MalformedData;
        QTest::newRow("6581 memory failure") << QStringLiteral("6581") << false << Kind::CardRefused;
    }

    void readStatusWords() {
        QFETCH(QString, answer);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        const QByteArray response = answer.toLatin1();
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", response.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        VERIFY_SCRIPT(t);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QCOMPARE(r.error().kind(), kind);
    }

    void statusWordText_data() {
        QTest::addColumn<int>("sw");
        QTest::addColumn<QString>("text");
        QTest::newRow("9000") << 0x9000 << QStringLiteral("9000 success");
        QTest::newRow("6110") << 0x6110 << QStringLiteral("6110 16 more bytes available (GET RESPONSE)");
        QTest::newRow("6C11") << 0x6C11 << QStringLiteral("6C11 wrong Le, the card offers 17 bytes");
        QTest::newRow("63C2") << 0x63C2 << QStringLiteral("63C2 verification failed or counter query, 2 tries left");
        QTest::newRow("6282") << 0x6282 << QStringLiteral("6282 end of file reached before Le bytes");
        QTest::newRow("6300") << 0x6300 << QStringLiteral("6300 verification failed, no counter");
        QTest::newRow("6700") << 0x6700 << QStringLiteral("6700 wrong length");
        QTest::newRow("6981") << 0x6981 << QStringLiteral("6981 command incompatible with file structure");
        QTest::newRow("6982") << 0x6982 << QStringLiteral("6982 security status not satisfied (not verified)");
        QTest::newRow("6983") << 0x6983 << QStringLiteral("6983 authentication method blocked");
        QTest::newRow("6984") << 0x6984 << QStringLiteral("6984 reference data blocked");
        QTest::newRow("6986") << 0x6986 << QStringLiteral("6986 command not allowed (no current EF)");
        QTest::newRow("6A81") << 0x6A81 << QStringLiteral("6A81 function not supported");
        QTest::newRow("6A82") << 0x6A82 << QStringLiteral("6A82 file or application not found");
        QTest::newRow("6A86") << 0x6A86 << QStringLiteral("6A86 incorrect P1 P2");
        QTest::newRow("6A88") << 0x6A88 << QStringLiteral("6A88 referenced data not found");
        QTest::newRow("6B00") << 0x6B00 << QStringLiteral("6B00 offset beyond the end of the file");
        QTest::newRow("6D00") << 0x6D00 << QStringLiteral("6D00 instruction not supported");
        QTest::newRow("6E00") << 0x6E00 << QStringLiteral("6E00 class not supported");
        QTest::newRow("6F00") << 0x6F00 << QStringLiteral("6F00 no precise diagnosis");
        QTest::newRow("1234") << 0x1234 << QStringLiteral("1234 unknown status");
    }

    void statusWordText() {
        QFETCH(int, sw);
        QFETCH(QString, text);
        QCOMPARE(madoguchi::card::statusWordText(static_cast<quint16>(sw)), text);
    }

    void cardRemovedMidReadGivesNoData_data() {
        QTest::addColumn<int>("step"); // which command fails
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(QStringLiteral("at command %1").arg(i + 1))) << i;
    }

    void cardRemovedMidReadGivesNoData() {
        QFETCH(int, step);
        const char* commands[] = {kSelectText, "00200091", "002000910431323334", "00B0820000", "00B0810011"};
        const char* answers[] = {kOk, "63C3", kOk, kBasicInfoFile.constData(), kMyNumberFile.constData()};
        ScriptedTransport t;
        for (int i = 0; i < step; ++i)
            t.expect(commands[i], answers[i]);
        t.expectFailure(commands[step], CardError(Kind::CardRemoved, QStringLiteral("removed")));
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        VERIFY_SCRIPT(t);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Kind::CardRemoved);
        QCOMPARE(t.sessionsEnded(), 1);
        QVERIFY(!t.inSession());
    }

    void sessionErrorsPassThrough_data() {
        QTest::addColumn<Kind>("kind");
        for (Kind k : {Kind::NoService, Kind::NoReader, Kind::NoCard, Kind::ReaderBusy, Kind::Timeout})
            QTest::newRow(qPrintable(CardError::kindName(k))) << k;
    }

    void sessionErrorsPassThrough() {
        QFETCH(Kind, kind);
        ScriptedTransport t;
        t.failSessionWith(CardError(kind, QStringLiteral("test")));
        MyNumberCard card(t);
        QCOMPARE(card.readWithPin(CardSecret::pin("1234")).error().kind(), kind);
        QCOMPARE(card.readTriesLeft().error().kind(), kind);
        QCOMPARE(t.sent(), 0);
    }

    void malformedPinIsRefusedBeforeTheCard() {
        ScriptedTransport t;
        MyNumberCard card(t);
        for (const char* pin : {"", "123", "12345", "12a4"}) {
            const auto r = card.readWithPin(CardSecret::pin(pin));
            QCOMPARE(r.error().kind(), Kind::InvalidInput);
            QCOMPARE(r.error().credential(), CardError::Credential::Pin);
        }
        QCOMPARE(card.readWithCodeB(CardSecret::codeB("5502172035228")).error().kind(), Kind::InvalidInput);
        QCOMPARE(card.readWithPin(CardSecret::codeB("55021720352285")).error().kind(), Kind::InvalidInput);
        QCOMPARE(t.sessionsBegun(), 0);
        QCOMPARE(t.sent(), 0);
    }

    void malformedMyNumberRecordGivesNoData() {
        const QByteArray bad = (QByteArray::fromHex("ff100c") + "537686677189" + "\xFF\xFF").toHex() + "9000";
        ScriptedTransport t;
        t.expect(kSelectText, kOk)
            .expect("00200091", "63C3")
            .expect("002000910431323334", kOk)
            .expect("00B0820000", kBasicInfoFile.constData())
            .expect("00B0810011", bad.constData());
        MyNumberCard card(t);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        VERIFY_SCRIPT(t);
        QCOMPARE(r.error().kind(), Kind::MalformedData);
        QVERIFY(!r.error().detail().contains(QLatin1String("53768667718")));
    }

    void everyErrorHasAClerkMessage() {
        for (int k = 0; k <= static_cast<int>(Kind::CommunicationError); ++k) {
            for (auto credential :
                 {CardError::Credential::None, CardError::Credential::Pin, CardError::Credential::CodeB}) {
                const CardError e(static_cast<Kind>(k), QStringLiteral("d"), credential, 2);
                QVERIFY(!e.clerkMessage().isEmpty());
                QVERIFY(!CardError::kindName(e.kind()).isEmpty());
            }
        }
    }

    void scriptedMismatchMasksThePin() {
        ScriptedTransport t;
        t.expect(kSelectText, kOk).expect("00200091", "63C3").expect("002000910439393939", kOk);
        MyNumberCard card(t);
        QVERIFY(!card.readWithPin(CardSecret::pin("1234")).ok());
        QVERIFY(!t.finished());
        QVERIFY(t.problem().contains(QLatin1String("** ** ** **")));
        QVERIFY(!t.problem().contains(QLatin1String("31 32 33 34")));
        QVERIFY(!t.problem().contains(QLatin1String("39 39")));
    }
};

QTEST_GUILESS_MAIN(TestMyNumberCard)
#include "tst_mynumbercard.moc"
