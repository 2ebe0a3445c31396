// The text AP's records as bytes: BER-TLV edge cases of the basic 4 info, the My Number record and its check digit,
// the PIN type, and the masked APDU trace.
#include "Apdu.h"
#include "CardSecret.h"
#include "MyNumber.h"
#include "TextApRecords.h"

#include <QTest>

using namespace madoguchi::card;

namespace {
// The public test vector of soltia48/myna-card (a JPKI test card with synthetic holder data), 104 bytes.
const QByteArray kVector = QByteArray::fromHex("ff2065df2108000e002000590064"
                                               "df220fe9bb92e6a190e38080e5b9b9e4b99f"
                                               "df2336e69db1e4baace983bde6b885e780ace5b882e8a6b3e5b883e5ad90e58d97"
                                               "efbc91efbc92efbc8defbc97efbc8defbc92efbc90efbc92"
                                               "df24083139383030323137"
                                               "df250131");

QByteArray withByte(QByteArray bytes, int at, char value) {
    bytes[at] = value;
    return bytes;
}
} // namespace

class TestTextApRecords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesThePublicVector() {
        QCOMPARE(kVector.size(), 104);
        const CardResult<CardData> r = textap::parseBasicInfo(kVector);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(r.value().name, QStringLiteral("黒桐　幹也"));
        QCOMPARE(r.value().address, QStringLiteral("東京都清瀬市観布子南１２－７－２０２"));
        QCOMPARE(r.value().birthDate, QDate(1980, 2, 17));
        QCOMPARE(r.value().sex, QStringLiteral("1"));
        QVERIFY(!r.value().myNumber.has_value());
    }

    void encodingReproducesThePublicVector() {
        QCOMPARE(textap::encodeBasicInfo(QStringLiteral("黒桐　幹也"),
                                         QStringLiteral("東京都清瀬市観布子南１２－７－２０２"), QDate(1980, 2, 17),
                                         QStringLiteral("1")),
                 kVector);
    }

    void basicInfo_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("detail"); // part of the log detail when invalid

        const QString longAddress = QStringLiteral("東京都武蔵野市西久保三丁目２４番１２号　グランドメゾン武蔵野西久保"
                                                   "ガーデンテラス　Ａ棟１２０３号室");
        const QByteArray longForm81 = textap::encodeBasicInfo(QStringLiteral("ブラウン　エミリー　シャーロット"),
                                                              longAddress, QDate(2001, 8, 8), QStringLiteral("2"));
        const QString veryLong = longAddress + longAddress + longAddress;
        const QByteArray longForm82 =
            textap::encodeBasicInfo(QStringLiteral("山田　太郎"), veryLong, QDate(1980, 2, 17), QStringLiteral("1"));
        const QString nonBmp = QStringLiteral("𠮷田　髙志");

        QTest::newRow("public vector") << kVector << true << QStringLiteral("黒桐　幹也")
                                       << QStringLiteral("東京都清瀬市観布子南１２－７－２０２") << QString();
        QTest::newRow("long form 81 xx") << longForm81 << true << QStringLiteral("ブラウン　エミリー　シャーロット")
                                         << longAddress << QString();
        QTest::newRow("long form 82 xx xx")
            << longForm82 << true << QStringLiteral("山田　太郎") << veryLong << QString();
        QTest::newRow("non-BMP name") << textap::encodeBasicInfo(nonBmp, QStringLiteral("東京都"), QDate(1958, 11, 3),
                                                                 QStringLiteral("1"))
                                      << true << nonBmp << QStringLiteral("東京都") << QString();
        QTest::newRow("empty address") << textap::encodeBasicInfo(QStringLiteral("山田　太郎"), QString(),
                                                                  QDate(1980, 2, 17), QStringLiteral("9"))
                                       << true << QStringLiteral("山田　太郎") << QString() << QString();
        QTest::newRow("FF filler after the record")
            << kVector + QByteArray(300, '\xFF') << true << QStringLiteral("黒桐　幹也")
            << QStringLiteral("東京都清瀬市観布子南１２－７－２０２") << QString();
        QTest::newRow("00 filler after the record")
            << kVector + QByteArray(7, '\0') << true << QStringLiteral("黒桐　幹也")
            << QStringLiteral("東京都清瀬市観布子南１２－７－２０２") << QString();

        QTest::newRow("offset table disagrees") << withByte(kVector, 7, 0x0F) << false << QString() << QString()
                                                << QStringLiteral("offset table says DF22 is at 15");
        QTest::newRow("offset table too short") << QByteArray::fromHex("ff2063df2106000e00200059") + kVector.mid(14)
                                                << false << QString() << QString() << QStringLiteral("DF21");
        QTest::newRow("truncated record")
            << kVector.left(60) << false << QString() << QString() << QStringLiteral("truncated");
        QTest::newRow("header only") << kVector.left(2) << false << QString() << QString() << QStringLiteral("FF20");
        QTest::newRow("empty") << QByteArray() << false << QString() << QString() << QStringLiteral("FF20");
        QTest::newRow("wrong outer tag") << withByte(kVector, 1, 0x10) << false << QString() << QString()
                                         << QStringLiteral("FF20");
        QTest::newRow("indefinite length")
            << withByte(kVector, 2, '\x80') << false << QString() << QString() << QStringLiteral("FF20");
        QTest::newRow("inner length overruns")
            << withByte(kVector, 16, 0x7F) << false << QString() << QString() << QStringLiteral("not valid BER");
        QTest::newRow("name not UTF-8") << withByte(kVector, 17, '\xC0') << false << QString() << QString()
                                        << QStringLiteral("DF22");
        QTest::newRow("birth date not a date")
            << textap::encodeBasicInfo(QStringLiteral("山田　太郎"), QStringLiteral("x"), QDate(1980, 2, 17),
                                       QStringLiteral("1"))
                   .replace("19800217", "19800230")
            << false << QString() << QString() << QStringLiteral("DF24");
        QTest::newRow("sex 3") << textap::encodeBasicInfo(QStringLiteral("山田　太郎"), QStringLiteral("x"),
                                                          QDate(1980, 2, 17), QStringLiteral("3"))
                               << false << QString() << QString() << QStringLiteral("DF25");
        QTest::newRow("sex missing") << QByteArray::fromHex("ff2061df2108000e002000590064") + kVector.mid(14, 86)
                                     << false << QString() << QString() << QStringLiteral("lacks tag DF25");
        QByteArray twice = kVector;
        twice.replace(QByteArray::fromHex("df250131"), QByteArray::fromHex("df220131"));
        QTest::newRow("tag twice") << twice << false << QString() << QString() << QStringLiteral("twice");
    }

    void basicInfo() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        const CardResult<CardData> r = textap::parseBasicInfo(bytes);
        QCOMPARE(r.ok(), valid);
        if (valid) {
            QFETCH(QString, name);
            QFETCH(QString, address);
            QCOMPARE(r.value().name, name);
            QCOMPARE(r.value().address, address);
        } else {
            QFETCH(QString, detail);
            QCOMPARE(r.error().kind(), CardError::Kind::MalformedData);
            QVERIFY2(r.error().detail().contains(detail), qPrintable(r.error().detail()));
            QVERIFY(!r.error().clerkMessage().isEmpty());
        }
    }

    void longFormsAreUsedWhereNeeded() {
        const QByteArray brown = textap::encodeBasicInfo(
            QStringLiteral("ブラウン　エミリー　シャーロット"),
            QStringLiteral(
                "東京都武蔵野市西久保三丁目２４番１２号　グランドメゾン武蔵野西久保ガーデンテラス　Ａ棟１２０３号室"),
            QDate(2001, 8, 8), QStringLiteral("2"));
        QCOMPARE(brown.left(3), QByteArray::fromHex("ff2081"));
        const auto header = textap::readTlvHeader(brown, 0);
        QVERIFY(header.has_value());
        QCOMPARE(header->headerSize, 4);
        QCOMPARE(header->totalSize(), brown.size());
    }

    void myNumberRecord_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("public vector with filler")
            << QByteArray::fromHex("ff100c") + "537686677188" + "\xFF\xFF" << true;
        QTest::newRow("exactly 15 bytes") << QByteArray::fromHex("ff100c") + "952601815908" << true;
        QTest::newRow("wrong check digit") << QByteArray::fromHex("ff100c") + "952601815907" << false;
        QTest::newRow("letters") << QByteArray::fromHex("ff100c") + "95260181590A" << false;
        QTest::newRow("11 digits") << QByteArray::fromHex("ff100b") + "95260181590" << false;
        QTest::newRow("truncated") << QByteArray::fromHex("ff100c") + "9526" << false;
        QTest::newRow("wrong tag") << QByteArray::fromHex("ff110c") + "952601815908" << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void myNumberRecord() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        const CardResult<MyNumber> r = textap::parseMyNumberRecord(bytes);
        QCOMPARE(r.ok(), valid);
        if (valid)
            QCOMPARE(r.value().digits(), QString::fromLatin1(bytes.mid(3, 12)));
        else
            QCOMPARE(r.error().kind(), CardError::Kind::MalformedData);
    }

    void checkDigit_data() {
        QTest::addColumn<QByteArray>("digits");
        QTest::addColumn<bool>("valid");
        // The fictitious personas' numbers (all valid), then near misses.
        for (const char* d : {"952601815908", "983016613189", "960913909961", "903082462813", "994821993518",
                              "981909378657", "537686677188"})
            QTest::newRow(d) << QByteArray(d) << true;
        QTest::newRow("remainder 0 or 1 gives 0") << QByteArray("000000000000") << true;
        QTest::newRow("last digit off by one") << QByteArray("952601815909") << false;
        QTest::newRow("two digits swapped") << QByteArray("925601815908") << false;
        QTest::newRow("13 digits") << QByteArray("9526018159080") << false;
        QTest::newRow("space") << QByteArray("95260181590 ") << false;
    }

    void checkDigit() {
        QFETCH(QByteArray, digits);
        QFETCH(bool, valid);
        QCOMPARE(MyNumber::hasValidCheckDigit(digits), valid);
        QCOMPARE(MyNumber::fromDigits(digits).has_value(), valid);
    }

    void myNumberWipes() {
        auto n = MyNumber::fromDigits("952601815908");
        QVERIFY(n.has_value());
        QVERIFY(!MyNumber::masked().contains(QLatin1Char('9')));
        n->wipe();
        QVERIFY(n->isWiped());
        QVERIFY(n->digits().isEmpty());
    }

    void secretForm_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wellFormed");
        const int pin = static_cast<int>(CardSecret::Kind::Pin);
        const int codeB = static_cast<int>(CardSecret::Kind::CodeB);
        QTest::newRow("pin") << pin << QStringLiteral("1234") << true;
        QTest::newRow("pin 3 digits") << pin << QStringLiteral("123") << false;
        QTest::newRow("pin 5 digits") << pin << QStringLiteral("12345") << false;
        QTest::newRow("pin letter") << pin << QStringLiteral("12a4") << false;
        QTest::newRow("pin full-width digits") << pin << QStringLiteral("１２３４") << false;
        QTest::newRow("pin huge") << pin << QString(100, QLatin1Char('1')) << false;
        QTest::newRow("code B") << codeB << QStringLiteral("55021720352285") << true;
        QTest::newRow("code B month 13") << codeB << QStringLiteral("55131720352285") << false;
        QTest::newRow("code B day 00") << codeB << QStringLiteral("55020020352285") << false;
        QTest::newRow("code B expiry 1999") << codeB << QStringLiteral("55021719992285") << false;
        QTest::newRow("code B 13 digits") << codeB << QStringLiteral("5502172035228") << false;
    }

    void secretForm() {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, wellFormed);
        const CardSecret secret = CardSecret::fromText(static_cast<CardSecret::Kind>(kind), text);
        QCOMPARE(secret.isWellFormed(), wellFormed);
    }

    void secretIsWipedWhenMovedAndWiped() {
        CardSecret a = CardSecret::pin("1234");
        const char* storage = a.bytes().data();
        CardSecret b = std::move(a);
        QVERIFY(a.isEmpty());
        QVERIFY(std::all_of(storage, storage + 4, [](char c) { return c == 0; }));
        QCOMPARE(b.bytes(), QByteArrayView("1234"));
        b.wipe();
        QVERIFY(b.isEmpty());
        QVERIFY(!b.isWellFormed());
    }

    void traceMasksSecrets() {
        QCOMPARE(apdu::traceCommand(apdu::verify(0x91, "1234")), QStringLiteral("00 20 00 91 04 ** ** ** **"));
        QCOMPARE(apdu::traceCommand(apdu::verify(0x95, "55021720352285")).count(QStringLiteral("**")), 14);
        QCOMPARE(apdu::traceCommand(apdu::triesLeftQuery(0x91)), QStringLiteral("00 20 00 91"));
        QCOMPARE(apdu::traceCommand(apdu::readBinarySfi(2, 0, 256)), QStringLiteral("00 B0 82 00 00"));
        const ApduResponse number{QByteArray::fromHex("ff100c") + "952601815908", 0x9000};
        const QString traced = apdu::traceResponse(number, true);
        QVERIFY(!traced.contains(QStringLiteral("39 35")));
        QCOMPARE(traced, QStringLiteral("<15 bytes withheld> 9000"));
    }

    void builders() {
        QCOMPARE(apdu::selectApplication(QByteArray::fromHex("D3921000310001010408")),
                 QByteArray::fromHex("00A4040C0AD3921000310001010408"));
        QCOMPARE(apdu::selectFile(0x0011), QByteArray::fromHex("00A4020C020011"));
        QCOMPARE(apdu::readBinary(0x0100, 44), QByteArray::fromHex("00B001002C"));
        QCOMPARE(apdu::readBinarySfi(1, 0, 17), QByteArray::fromHex("00B0810011"));
        QCOMPARE(apdu::getResponse(256), QByteArray::fromHex("00C0000000"));
        QCOMPARE(apdu::withLe(QByteArray::fromHex("00B0820000"), 0x68), QByteArray::fromHex("00B0820068"));
        QCOMPARE(apdu::withLe(QByteArray::fromHex("00A4020C020011"), 0x10), QByteArray::fromHex("00A4020C02001110"));
        QCOMPARE(ApduResponse::fromRaw(QByteArray::fromHex("01029000")).data, QByteArray::fromHex("0102"));
        QCOMPARE(ApduResponse::fromRaw(QByteArray::fromHex("63C2")).sw, 0x63C2);
    }
};

QTEST_GUILESS_MAIN(TestTextApRecords)
#include "tst_textaprecords.moc"
