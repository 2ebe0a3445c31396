// The card protocol through the real pcscd + vpcd + the virtual card: reads with the PIN and 照合番号B, tries that
// drop by exactly one and survive a remove/insert, refusal at one try left, a locked card, a card pulled out
// mid-read, exclusive access and unpowering, and pcscd killed and restarted while the application keeps running.
#include "MyNumberCard.h"
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "TestServices.h"

#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

using namespace madoguchi::card;
using madoguchi::test::TestServices;
using Kind = CardError::Kind;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");

bool cardPresent() {
    const ReaderSnapshot snap = ReaderMonitor::probeOnce();
    const ReaderInfo* r = snap.reader(kReader);
    return r != nullptr && r->cardPresent;
}

// Takes the card out and puts in the one described by `args` (vpcd-card options).
bool insertCard(const QStringList& args) {
    if (!TestServices::control({QStringLiteral("card-remove")}))
        return false;
    if (!TestServices::waitUntil([] { return !cardPresent(); }))
        return false;
    if (!TestServices::control(QStringList{QStringLiteral("card-insert")} + args))
        return false;
    return TestServices::waitUntil([] { return cardPresent(); });
}

// A raw PC/SC look at the card, beside our transport.
struct RawCard {
    SCARDCONTEXT context = 0;
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    LONG connect(DWORD share) {
        SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        const QByteArray name = kReader.toUtf8();
        return SCardConnect(context, name.constData(), share, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle,
                            &protocol);
    }
    QByteArray transmit(const QByteArray& command) {
        unsigned char response[300];
        DWORD length = sizeof response;
        if (SCardTransmit(handle, protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1,
                          reinterpret_cast<const unsigned char*>(command.constData()),
                          static_cast<DWORD>(command.size()), nullptr, response, &length) != SCARD_S_SUCCESS)
            return {};
        return QByteArray(reinterpret_cast<const char*>(response), static_cast<qsizetype>(length));
    }
    ~RawCard() {
        if (handle != 0)
            SCardDisconnect(handle, SCARD_LEAVE_CARD);
        if (context != 0)
            SCardReleaseContext(context);
    }
};
} // namespace

class TestCardPcsc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPcscd(), "must run through tests/harness/with-services.sh --pcscd");
        QVERIFY(m_dir.isValid());
        QVERIFY(TestServices::waitUntil(cardPresent));
    }

    void readsWithPinThroughPcscd() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("yamada-taro")}));
        PcscTransport transport;
        MyNumberCard card(transport);
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail()));
        QCOMPARE(r.value().name, QStringLiteral("山田　太郎"));
        QCOMPARE(r.value().address, QStringLiteral("東京都武蔵野市緑町一丁目２番３号"));
        QCOMPARE(r.value().birthDate, QDate(1980, 2, 17));
        QCOMPARE(r.value().sex, QStringLiteral("1"));
        QVERIFY(r.value().myNumber && r.value().myNumber->digits() == QLatin1String("952601815908"));
        QCOMPARE(card.lastExchangeCount(), 5);
        QCOMPARE(transport.readerInUse(), kReader);
    }

    void sessionEndsUnpowered() {
        QVERIFY(insertCard({}));
        PcscTransport transport(kReader);
        MyNumberCard card(transport);
        QVERIFY(card.readWithPin(CardSecret::pin("1234")).ok());
        // Had the session ended with SCARD_LEAVE_CARD, the card would still be verified and hand out EF 0002.
        RawCard raw;
        QCOMPARE(raw.connect(SCARD_SHARE_SHARED), SCARD_S_SUCCESS);
        QCOMPARE(raw.transmit(QByteArray::fromHex("00A4040C0AD3921000310001010408")), QByteArray::fromHex("9000"));
        QCOMPARE(raw.transmit(QByteArray::fromHex("00B0820000")), QByteArray::fromHex("6982"));
    }

    void exclusiveWhileVerifying() {
        QVERIFY(insertCard({}));
        PcscTransport transport(kReader);
        QVERIFY(transport.beginSession(CardTransport::Access::Exclusive).ok());
        {
            RawCard other;
            QCOMPARE(other.connect(SCARD_SHARE_SHARED), SCARD_E_SHARING_VIOLATION);
        }
        transport.endSession();
        RawCard after;
        QCOMPARE(after.connect(SCARD_SHARE_SHARED), SCARD_S_SUCCESS);
    }

    void wrongPinCostsExactlyOneTryAndTheCardRemembers() {
        const QString state = m_dir.filePath(QStringLiteral("tries.json"));
        const QStringList card{QStringLiteral("--persona"), QStringLiteral("yamada-taro"), QStringLiteral("--state"),
                               state};
        QVERIFY(insertCard(card));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        QCOMPARE(protocol.readTriesLeft().value().pin, 3);
        const auto r = protocol.readWithPin(CardSecret::pin("9999"));
        QCOMPARE(r.error().kind(), Kind::WrongSecret);
        QCOMPARE(r.error().triesLeft(), 2);
        QCOMPARE(protocol.readTriesLeft().value().pin, 2);
        QCOMPARE(protocol.readTriesLeft().value().pin, 2); // asking costs nothing
        QVERIFY(insertCard(card));                         // out and in again: a real card keeps its counter
        QCOMPARE(protocol.readTriesLeft().value().pin, 2);
        QVERIFY(protocol.readWithPin(CardSecret::pin("1234")).ok());
        QCOMPARE(protocol.readTriesLeft().value().pin, 3);
    }

    void refusesAtOneTryLeft() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("takahashi-keiko")}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        const auto r = protocol.readWithPin(CardSecret::pin("7777"));
        QCOMPARE(r.error().kind(), Kind::LastTryNeedsConfirmation);
        QCOMPARE(protocol.readTriesLeft().value().pin, 1);
        const auto confirmed = protocol.readWithPin(CardSecret::pin("7777"), {.lastTryConfirmed = true});
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed.value().name, QStringLiteral("高橋　恵子"));
    }

    void lockedCardReadsOnlyWithCodeB() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("nakamura-sho")}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        QCOMPARE(protocol.readWithPin(CardSecret::pin("0000"), {.lastTryConfirmed = true}).error().kind(),
                 Kind::Locked);
        const auto r = protocol.readWithCodeB(CardSecret::codeB("11123120343391"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().birthDate, QDate(1999, 12, 31));
        QVERIFY(!r.value().myNumber);
    }

    void codeBRead() {
        QVERIFY(insertCard({QStringLiteral("--persona"), QStringLiteral("yoshida-takashi")}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        const auto r = protocol.readWithCodeB(CardSecret::codeB("33110320314417"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("𠮷田　髙志"));
        QCOMPARE(protocol.lastExchangeCount(), 4);
    }

    void longRecordAndNoShortFileIds() {
        QVERIFY(insertCard(
            {QStringLiteral("--persona"), QStringLiteral("brown-emily"), QStringLiteral("--no-short-file-ids")}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        const auto r = protocol.readWithPin(CardSecret::pin("1357"), {.withMyNumber = true});
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("ブラウン　エミリー　シャーロット"));
        QVERIFY(r.value().address.endsWith(QStringLiteral("Ａ棟１２０３号室")));
    }

    void cardRemovedMidRead_data() {
        QTest::addColumn<int>("after");
        for (int i : {1, 2, 3, 4})
            QTest::newRow(qPrintable(QStringLiteral("after %1 APDUs").arg(i))) << i;
    }

    void cardRemovedMidRead() {
        QFETCH(int, after);
        const QString state = m_dir.filePath(QStringLiteral("vanish-%1.json").arg(after));
        QVERIFY(insertCard(
            {QStringLiteral("--state"), state, QStringLiteral("--vanish-after-apdus"), QString::number(after)}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        const auto r = protocol.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind() == Kind::CardRemoved, qPrintable(r.error().detail()));
        QVERIFY(!r.error().clerkMessage().isEmpty());
        QVERIFY(TestServices::waitUntil([] { return !cardPresent(); }));
        QCOMPARE(protocol.readWithPin(CardSecret::pin("1234")).error().kind(), Kind::NoCard);
        QVERIFY(insertCard({QStringLiteral("--state"), state}));
        QCOMPARE(protocol.readTriesLeft().value().pin, 3); // pulling the card is not a wrong PIN
        QVERIFY(protocol.readWithPin(CardSecret::pin("1234")).ok());
    }

    void readerErrors() {
        PcscTransport wrong(QStringLiteral("No Such Reader 00 00"));
        MyNumberCard a(wrong);
        QCOMPARE(a.readTriesLeft().error().kind(), Kind::NoReader);
        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QVERIFY(TestServices::waitUntil([] { return !cardPresent(); }));
        PcscTransport any;
        MyNumberCard b(any);
        QCOMPARE(b.readWithPin(CardSecret::pin("1234")).error().kind(), Kind::NoCard);
        PcscTransport named(kReader);
        MyNumberCard c(named);
        QCOMPARE(c.readWithPin(CardSecret::pin("1234")).error().kind(), Kind::NoCard);
        QVERIFY(insertCard({}));
    }

    void survivesPcscdRestart() {
        QVERIFY(insertCard({}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        QVERIFY(protocol.readWithPin(CardSecret::pin("1234")).ok());
        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QVERIFY(TestServices::control({QStringLiteral("pcscd-stop")}));
        const auto down = protocol.readWithPin(CardSecret::pin("1234"));
        QCOMPARE(down.error().kind(), Kind::NoService);
        QVERIFY(!down.error().clerkMessage().isEmpty());
        QVERIFY(TestServices::control({QStringLiteral("pcscd-start")}));
        QVERIFY(TestServices::control({QStringLiteral("card-insert")}));
        QVERIFY(TestServices::waitUntil(cardPresent, 15000));
        const auto again = protocol.readWithPin(CardSecret::pin("1234")); // same objects, no restart
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().detail()));
        QCOMPARE(again.value().name, QStringLiteral("山田　太郎"));
    }

    void probeSeesTheApplications() {
        QVERIFY(insertCard({}));
        PcscTransport transport;
        MyNumberCard protocol(transport);
        const auto probe = protocol.probe();
        QVERIFY(probe.ok());
        QCOMPARE(probe.value().atr, QByteArray::fromHex("3BE000FF8131FE4514"));
        QCOMPARE(probe.value().jpkiToken, QStringLiteral("JPKIAPICCTOKEN2"));
        QCOMPARE(probe.value().applications.first().sw, 0x9000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCardPcsc)
#include "tst_card_pcsc.moc"
