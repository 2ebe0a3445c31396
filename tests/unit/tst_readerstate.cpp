// Reader snapshots and the virtual card's application selection.
#include "ReaderMonitor.h"
#include "ReaderState.h"
#include "VirtualMyNumberCard.h"

#include <QTest>

using namespace madoguchi::card;

class TestReaderState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describesForTheLog() {
        ReaderSnapshot snap{ReaderSnapshot::Service::Running,
                            {{QStringLiteral("R1"), true, false, false, QByteArray::fromHex("3BE0")},
                             {QStringLiteral("R2"), false, false, false, {}}},
                            {}};
        QCOMPARE(describe(snap), QStringLiteral("pcscd running; 2 reader(s); R1: card 3BE0; R2: empty"));
        QVERIFY(snap.anyCardPresent());
        QVERIFY(snap.reader(QStringLiteral("R2")) != nullptr);
        QVERIFY(snap.reader(QStringLiteral("R3")) == nullptr);
        ReaderSnapshot down{ReaderSnapshot::Service::Unreachable, {}, QStringLiteral("SCARD_E_NO_SERVICE")};
        QCOMPARE(describe(down), QStringLiteral("pcscd unreachable: SCARD_E_NO_SERVICE"));
        QVERIFY(!(snap == down));
    }

    void probeWithoutPcscdSaysUnreachable() {
        // pcsc-lite's client reads the socket path from the environment once, at its first use in the process.
        qputenv("PCSCLITE_CSOCK_NAME", "/nonexistent/madoguchi/pcscd.comm");
        const ReaderSnapshot snap = ReaderMonitor::probeOnce();
        QCOMPARE(snap.service, ReaderSnapshot::Service::Unreachable);
        QVERIFY2(snap.detail.startsWith(QLatin1String("SCARD_E_NO_SERVICE")), qPrintable(snap.detail));
        QVERIFY(snap.readers.isEmpty());
    }

    void virtualCardSelectsKnownApplicationsOnly() {
        madoguchi::card::CardPersona persona;
        persona.id = QStringLiteral("test");
        persona.name = QStringLiteral("試験　太郎");
        persona.birthDate = QDate(1980, 1, 1);
        persona.sex = QStringLiteral("9");
        persona.pin = "1234";
        persona.myNumber = "952601815908";
        persona.codeB = "55010120352285";
        VirtualMyNumberCard card(persona);
        card.powerOn();
        QCOMPARE(card.transmit(QByteArray::fromHex("00A4040C0AD3921000310001010408")), QByteArray::fromHex("9000"));
        QCOMPARE(card.transmit(QByteArray::fromHex("00A4040C0AD392F000260100000001")), QByteArray::fromHex("9000"));
        QCOMPARE(card.transmit(QByteArray::fromHex("00A4040C0AA0000000000000000000")), QByteArray::fromHex("6A82"));
        QCOMPARE(card.transmit(QByteArray::fromHex("00A4040C0A")), QByteArray::fromHex("6700"));
        QCOMPARE(card.transmit(QByteArray::fromHex("00")), QByteArray::fromHex("6700"));
    }
};

QTEST_GUILESS_MAIN(TestReaderState)
#include "tst_readerstate.moc"
