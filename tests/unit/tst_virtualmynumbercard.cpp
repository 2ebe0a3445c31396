// The virtual My Number card against the card protocol, in-process: every persona reads back as the persona file
// says, tries and locking behave like the card, access rules hold, and AsyncCardReader reports by signal.
#include "AsyncCardReader.h"
#include "CardPersona.h"
#include "MyNumberCard.h"
#include "SimulatedTransport.h"
#include "VirtualMyNumberCard.h"

#include <QSignalSpy>
#include <QTest>

using namespace madoguchi::card;
using Kind = CardError::Kind;

namespace {
CardPersona persona(const QString& id) {
    QString error;
    const auto p = CardPersona::find(CardPersona::builtInFile(), id, &error);
    if (!p)
        qFatal("persona %s: %s", qPrintable(id), qPrintable(error));
    return *p;
}

struct Rig {
    explicit Rig(const QString& id, VirtualMyNumberCard::Behaviour behaviour = {})
        : card(std::make_shared<VirtualMyNumberCard>(persona(id), behaviour))
        , reader(std::make_shared<SimulatedReader>(card))
        , transport(reader)
        , protocol(transport) {}
    std::shared_ptr<VirtualMyNumberCard> card;
    std::shared_ptr<SimulatedReader> reader;
    SimulatedTransport transport;
    MyNumberCard protocol;
};

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}
} // namespace

class TestVirtualMyNumberCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void personasLoadFromTheOneList() {
        QString error;
        const QList<CardPersona> personas = CardPersona::load(CardPersona::builtInFile(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(personas.size(), 9); // six genuine cards and three forgeries
        QCOMPARE(
            std::count_if(personas.begin(), personas.end(), [](const CardPersona& p) { return !p.forgery.isEmpty(); }),
            3);
        QVERIFY(!CardPersona::find(CardPersona::builtInFile(), QStringLiteral("nobody"), &error));
        QVERIFY(error.contains(QLatin1String("nobody")));
        QVERIFY(CardPersona::load(QStringLiteral("/nonexistent.json"), &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("cannot open")));
    }

    void everyPersonaReadsBack_data() {
        QTest::addColumn<QString>("id");
        QString error;
        for (const CardPersona& p : CardPersona::load(CardPersona::builtInFile(), &error)) {
            if (p.pinTriesLeft >= 2)
                QTest::newRow(qPrintable(p.id)) << p.id;
        }
    }

    void everyPersonaReadsBack() {
        QFETCH(QString, id);
        Rig rig(id);
        const CardPersona& p = rig.card->persona();
        const auto r = rig.protocol.readWithPin(CardSecret::pin(p.pin), {.withMyNumber = true});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(r.value().name, p.name);
        QCOMPARE(r.value().address, p.address);
        QCOMPARE(r.value().birthDate, p.birthDate);
        QCOMPARE(r.value().sex, p.sex);
        QVERIFY(r.value().myNumber && r.value().myNumber->digits().toLatin1() == p.myNumber);
        QVERIFY(rig.protocol.lastExchangeCount() <= 5);

        const auto byCode = rig.protocol.readWithCodeB(CardSecret::codeB(p.codeB));
        QVERIFY(byCode.ok());
        QCOMPARE(byCode.value().name, p.name);
        QVERIFY(!byCode.value().myNumber);
    }

    void wrongPinCostsExactlyOneTry() {
        Rig rig(QStringLiteral("yamada-taro"));
        QCOMPARE(rig.protocol.readTriesLeft().value().pin, 3);
        QCOMPARE(rig.protocol.readTriesLeft().value().pin, 3); // asking is free
        const auto r = rig.protocol.readWithPin(CardSecret::pin("9999"));
        QCOMPARE(r.error().kind(), Kind::WrongSecret);
        QCOMPARE(r.error().triesLeft(), 2);
        QCOMPARE(rig.protocol.readTriesLeft().value().pin, 2);
        QVERIFY(rig.protocol.readWithPin(CardSecret::pin("1234")).ok()); // a right PIN resets the counter
        QCOMPARE(rig.protocol.readTriesLeft().value().pin, 3);
    }

    void lastTryNeedsConfirmationThenLocks() {
        Rig rig(QStringLiteral("takahashi-keiko"));
        QCOMPARE(rig.card->counters().pin, 1);
        auto r = rig.protocol.readWithPin(CardSecret::pin("0000"));
        QCOMPARE(r.error().kind(), Kind::LastTryNeedsConfirmation);
        QCOMPARE(rig.card->counters().pin, 1); // nothing consumed
        r = rig.protocol.readWithPin(CardSecret::pin("0000"), {.lastTryConfirmed = true});
        QCOMPARE(r.error().kind(), Kind::Locked);
        QCOMPARE(rig.card->counters().pin, 0);
        r = rig.protocol.readWithPin(CardSecret::pin("7777"), {.lastTryConfirmed = true});
        QCOMPARE(r.error().kind(), Kind::Locked); // even the right PIN: the card is blocked
        QVERIFY(rig.protocol.readWithCodeB(CardSecret::codeB(rig.card->persona().codeB)).ok());
    }

    void lockedCardStillReadsWithCodeB() {
        Rig rig(QStringLiteral("nakamura-sho"));
        QCOMPARE(rig.protocol.readWithPin(CardSecret::pin("0000")).error().kind(), Kind::Locked);
        const auto tries = rig.protocol.readTriesLeft();
        QCOMPARE(tries.value().pin, 0);
        QCOMPARE(tries.value().codeB, VirtualMyNumberCard::kCodeMaxTries);
        const auto r = rig.protocol.readWithCodeB(CardSecret::codeB("11123120343391"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("中村　翔"));
    }

    void wrongCodeB() {
        Rig rig(QStringLiteral("yamada-taro"));
        const auto r = rig.protocol.readWithCodeB(CardSecret::codeB("55021720352286"));
        QCOMPARE(r.error().kind(), Kind::WrongSecret);
        QCOMPARE(r.error().credential(), CardError::Credential::CodeB);
        QCOMPARE(r.error().triesLeft(), VirtualMyNumberCard::kCodeMaxTries - 1);
    }

    void cardWithoutShortIdsReadsThroughSelectFile() {
        Rig rig(QStringLiteral("brown-emily"), {.acceptsShortFileIds = false});
        const auto r = rig.protocol.readWithPin(CardSecret::pin("1357"), {.withMyNumber = true});
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("ブラウン　エミリー　シャーロット"));
        QVERIFY(rig.protocol.lastExchangeCount() > 5);
    }

    void accessRulesOfTheModel() {
        VirtualMyNumberCard card(persona(QStringLiteral("yamada-taro")));
        card.powerOn();
        QCOMPARE(card.transmit(hex("00A4040C0AD3921000310001010408")), hex("9000"));
        QCOMPARE(card.transmit(hex("00B0820000")), hex("6982")); // not verified
        QCOMPARE(card.transmit(hex("00B0810011")), hex("6982"));
        QCOMPARE(card.transmit(hex("00B0000000")), hex("6986"));                  // a refused read selects nothing
        QCOMPARE(card.transmit(hex("002000940C") + "952601815908"), hex("9000")); // 照合番号A opens EF 0001 only
        QCOMPARE(card.transmit(hex("00B0810011")).right(2), hex("9000"));
        QCOMPARE(card.transmit(hex("00B0820000")), hex("6982"));
        QCOMPARE(card.transmit(hex("00B0810020")).right(2), hex("6282")); // Le beyond the end: what there is
        QCOMPARE(card.transmit(hex("00B0811100")), hex("6B00"));          // offset past the end
        QCOMPARE(card.transmit(hex("00B08B0000")), hex("6A82"));          // no such EF
        QCOMPARE(card.transmit(hex("00B0910000")), hex("6981"));          // a key EF is not readable
        QCOMPARE(card.transmit(hex("00A4020C020099")), hex("6A82"));
        QCOMPARE(card.transmit(hex("00A40000")), hex("6700"));
        QCOMPARE(card.transmit(hex("00A4000C00")), hex("6A86"));           // "select MF" is not something to rely on
        QCOMPARE(card.transmit(hex("00CA5F5100")), hex("6D00"));           // GET DATA is not modelled
        QCOMPARE(card.transmit(hex("802A0000040102030400")), hex("6985")); // signs only after GET CHALLENGE
        QCOMPARE(card.transmit(hex("0084000008")).size(), 10);
        QCOMPARE(card.transmit(hex("0084000008")).right(2), hex("9000"));
        QCOMPARE(card.transmit(hex("00B08400000000")).size(), 568 + 2); // EF 0004 needs nothing, whole by extended Le
        QCOMPARE(card.transmit(hex("00B08400000000")).right(2), hex("9000"));
        QCOMPARE(card.transmit(hex("80A4040C00")), hex("6E00"));
        card.powerOff(); // unpowering forgets the verification
        card.powerOn();
        QCOMPARE(card.transmit(hex("00A4040C0AD3921000310001010408")), hex("9000"));
        QCOMPARE(card.transmit(hex("00B0810011")), hex("6982"));
        QCOMPARE(card.transmit(hex("00A4040C0AD3921000310001019999")), hex("6A82"));
    }

    void exhaustingAttemptAnswers63C0ThenBlocked() {
        VirtualMyNumberCard card(persona(QStringLiteral("yamada-taro")));
        card.powerOn();
        card.transmit(hex("00A4040C0AD3921000310001010408"));
        QCOMPARE(card.transmit(hex("002000910439393939")), hex("63C2"));
        QCOMPARE(card.transmit(hex("002000910439393939")), hex("63C1"));
        QCOMPARE(card.transmit(hex("002000910439393939")), hex("63C0"));
        QCOMPARE(card.transmit(hex("002000910431323334")), hex("6984"));
        QCOMPARE(card.transmit(hex("00200091")), hex("6984"));
        QCOMPARE(card.counters().pin, 0);
    }

    void jpkiTokenAndProbe() {
        Rig rig(QStringLiteral("yamada-taro"));
        const auto probe = rig.protocol.probe();
        QVERIFY(probe.ok());
        QCOMPARE(probe.value().jpkiToken, QStringLiteral("JPKIAPICCTOKEN2"));
        QCOMPARE(probe.value().applications.size(), 4);
        QCOMPARE(probe.value().applications.at(0).sw, 0x9000);
        QCOMPARE(probe.value().applications.at(2).sw, 0x9000);
        QCOMPARE(probe.value().atr, hex("3BE000FF8131FE4514"));
    }

    void removalMidReadGivesNoData_data() {
        QTest::addColumn<int>("after");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(QStringLiteral("after %1 APDUs").arg(i))) << i;
    }

    void removalMidReadGivesNoData() {
        QFETCH(int, after);
        Rig rig(QStringLiteral("yamada-taro"));
        rig.reader->removeCardAfter(after);
        const auto r = rig.protocol.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Kind::CardRemoved);
        QCOMPARE(rig.protocol.readWithPin(CardSecret::pin("1234")).error().kind(), Kind::NoCard);
        rig.reader->setCardPresent(true);
        QCOMPARE(rig.card->counters().pin, 3); // a removal is not a wrong PIN
        QVERIFY(rig.protocol.readWithPin(CardSecret::pin("1234")).ok());
    }

    void asyncReaderReportsBySignal() {
        auto card = std::make_shared<VirtualMyNumberCard>(persona(QStringLiteral("yamada-taro")));
        auto reader = std::make_shared<SimulatedReader>(card);
        AsyncCardReader async([reader]() -> CardResult<std::unique_ptr<CardTransport>> {
            return std::unique_ptr<CardTransport>(std::make_unique<SimulatedTransport>(reader));
        });
        QSignalSpy tries(&async, &AsyncCardReader::triesLeftRead);
        QSignalSpy read(&async, &AsyncCardReader::cardRead);
        QVERIFY(async.readTriesLeft());
        QVERIFY(tries.wait(5000));
        QCOMPARE(tries.first().first().value<CardResult<TriesLeft>>().value().pin, 3);

        QVERIFY(async.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true}));
        QVERIFY(!async.readWithPin(CardSecret::pin("1234"), {})); // busy: refused, never queued
        QVERIFY(read.wait(5000));
        QCOMPARE(read.size(), 1);
        const auto result = read.first().first().value<CardResult<CardData>>();
        QVERIFY(result.ok());
        QCOMPARE(result.value().name, QStringLiteral("山田　太郎"));
        QVERIFY(result.value().myNumber.has_value());
        QCOMPARE(card->counters().pin, 3); // the refused second request sent nothing
    }

    void asyncReaderReportsTransportErrors() {
        AsyncCardReader async([]() -> CardResult<std::unique_ptr<CardTransport>> {
            return CardError(Kind::NoReader, QStringLiteral("none"));
        });
        QSignalSpy read(&async, &AsyncCardReader::cardRead);
        QVERIFY(async.readWithCodeB(CardSecret::codeB("55021720352285"), {}));
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().value<CardResult<CardData>>().error().kind(), Kind::NoReader);
    }
};

QTEST_GUILESS_MAIN(TestVirtualMyNumberCard)
#include "tst_virtualmynumbercard.moc"
