// Through the real pcscd: the vpcd reader is listed, the virtual card answers an APDU, the reader monitor sees the
// card leave and come back, and recovers when pcscd itself is restarted.
#include "ReaderMonitor.h"
#include "TestServices.h"

#include <QSignalSpy>
#include <QTest>

#include <winscard.h>

using madoguchi::card::ReaderMonitor;
using madoguchi::card::ReaderSnapshot;
using madoguchi::test::TestServices;

namespace {
const QString kReader = QStringLiteral("Virtual PCD 00 00");

bool cardPresent(const ReaderMonitor& monitor) {
    const ReaderSnapshot snap = monitor.snapshot();
    const auto* reader = snap.reader(kReader);
    return reader != nullptr && reader->cardPresent;
}
} // namespace

class TestPcscVpcd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TestServices::hasPcscd(), "must run through tests/harness/with-services.sh --pcscd");
    }

    void listsTheVirtualReaders() {
        ReaderSnapshot snap;
        QVERIFY(TestServices::waitUntil([&] {
            snap = ReaderMonitor::probeOnce();
            const auto* r = snap.reader(kReader);
            return r != nullptr && r->cardPresent;
        }));
        QCOMPARE(snap.service, ReaderSnapshot::Service::Running);
        QVERIFY(snap.reader(QStringLiteral("Virtual PCD 00 01")) != nullptr);
        QCOMPARE(snap.reader(kReader)->atr, QByteArray::fromHex("3BE000FF8131FE4514"));
    }

    void exchangesOneApdu() {
        SCARDCONTEXT ctx = 0;
        QCOMPARE(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx), SCARD_S_SUCCESS);
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        const QByteArray reader = kReader.toUtf8();
        QCOMPARE(SCardConnect(ctx, reader.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                              &protocol),
                 SCARD_S_SUCCESS);
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        const QByteArray select = QByteArray::fromHex("00A4040C0AD3921000310001010408"); // 券面事項入力補助AP
        unsigned char response[258];
        DWORD length = sizeof response;
        QCOMPARE(SCardTransmit(card, pci, reinterpret_cast<const unsigned char*>(select.constData()),
                               static_cast<DWORD>(select.size()), nullptr, response, &length),
                 SCARD_S_SUCCESS);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(response), static_cast<qsizetype>(length)),
                 QByteArray::fromHex("9000"));
        QCOMPARE(SCardDisconnect(card, SCARD_UNPOWER_CARD), SCARD_S_SUCCESS);
        SCardReleaseContext(ctx);
    }

    void monitorSeesTheCardLeaveAndReturn() {
        ReaderMonitor monitor;
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        monitor.start();
        QVERIFY(TestServices::waitUntil([&] { return cardPresent(monitor); }));
        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QVERIFY(TestServices::waitUntil([&] { return !removed.isEmpty(); }));
        QCOMPARE(removed.first().first().toString(), kReader);
        QVERIFY(!cardPresent(monitor));
        inserted.clear();
        QVERIFY(TestServices::control({QStringLiteral("card-insert")}));
        QVERIFY(TestServices::waitUntil([&] { return !inserted.isEmpty(); }));
        QCOMPARE(inserted.first().at(0).toString(), kReader);
        QCOMPARE(inserted.first().at(1).toByteArray(), QByteArray::fromHex("3BE000FF8131FE4514"));
        monitor.stop();
    }

    void monitorRecoversWhenPcscdRestarts() {
        ReaderMonitor monitor;
        monitor.start();
        QVERIFY(TestServices::waitUntil([&] { return cardPresent(monitor); }));
        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QVERIFY(TestServices::control({QStringLiteral("pcscd-stop")}));
        QVERIFY(TestServices::waitUntil(
            [&] { return monitor.snapshot().service == ReaderSnapshot::Service::Unreachable; }));
        QVERIFY(TestServices::control({QStringLiteral("pcscd-start")}));
        QVERIFY(TestServices::control({QStringLiteral("card-insert")}));
        QVERIFY(TestServices::waitUntil([&] { return cardPresent(monitor); }, 15000));
        monitor.stop();
        QVERIFY(!monitor.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPcscVpcd)
#include "tst_pcsc_vpcd.moc"
