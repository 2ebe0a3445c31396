// CardAccess: the settings card/simulated, card/reader and card/persona lead to the simulated card or PC/SC, the
// simulated card keeps its tries across reads, and the async reader runs through the same factory.
#include "AsyncCardReader.h"
#include "CardAccess.h"
#include "CardTransport.h"
#include "MyNumberCard.h"
#include "Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using card::CardError;
using card::CardSecret;

class TestCardAccess : public QObject {
    Q_OBJECT

    std::unique_ptr<Settings> settingsWith(const QString& simulated, const QString& persona = {}) {
        auto settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(++m_files)));
        settings->setValue(QStringLiteral("card/simulated"), simulated);
        if (!persona.isEmpty())
            settings->setValue(QStringLiteral("card/persona"), persona);
        return settings;
    }

private Q_SLOTS:
    void initTestCase() {
        // No pcscd for this process: pcsc-lite reads the socket path once, at its first use.
        qputenv("PCSCLITE_CSOCK_NAME", "/nonexistent/madoguchi/pcscd.comm");
        QVERIFY(m_dir.isValid());
    }

    void alwaysSimulated() {
        const auto settings = settingsWith(QStringLiteral("always"));
        const CardAccess access(*settings);
        QString why;
        QCOMPARE(access.nextSource(&why), CardAccess::Source::Simulated);
        QVERIFY(why.contains(QLatin1String("always")));
        auto transport = access.openTransport();
        QVERIFY(transport.ok());
        QVERIFY(transport.value()->description().contains(QLatin1String("yamada-taro")));
        card::MyNumberCard card(*transport.value());
        const auto r = card.readWithPin(CardSecret::pin("1234"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().name, QStringLiteral("山田　太郎"));
    }

    void simulatedCardKeepsItsTriesAcrossReads() {
        const auto settings = settingsWith(QStringLiteral("always"));
        const CardAccess access(*settings);
        {
            auto transport = access.openTransport();
            card::MyNumberCard card(*transport.value());
            QCOMPARE(card.readWithPin(CardSecret::pin("0000")).error().triesLeft(), 2);
        }
        auto transport = access.openTransport();
        card::MyNumberCard card(*transport.value());
        QCOMPARE(card.readTriesLeft().value().pin, 2);
    }

    void personaFromSettings() {
        const auto settings = settingsWith(QStringLiteral("always"), QStringLiteral("brown-emily"));
        auto transport = CardAccess(*settings).openTransport();
        card::MyNumberCard card(*transport.value());
        QCOMPARE(card.readWithPin(CardSecret::pin("1357")).value().sex, QStringLiteral("2"));
    }

    void unknownPersonaIsAClearError() {
        const auto settings = settingsWith(QStringLiteral("always"), QStringLiteral("nobody"));
        const auto transport = CardAccess(*settings).openTransport();
        QVERIFY(!transport.ok());
        QCOMPARE(transport.error().kind(), CardError::Kind::NoReader);
        QVERIFY(transport.error().detail().contains(QLatin1String("nobody")));
    }

    void neverSimulatedWithoutPcscd() {
        const auto settings = settingsWith(QStringLiteral("never"));
        const CardAccess access(*settings);
        QCOMPARE(access.nextSource(), CardAccess::Source::Pcsc);
        auto transport = access.openTransport();
        QVERIFY(transport.ok());
        card::MyNumberCard card(*transport.value());
        QCOMPARE(card.readWithPin(CardSecret::pin("1234")).error().kind(), CardError::Kind::NoService);
    }

    void autoFallsBackToTheSimulatedCard() {
        const auto settings = settingsWith(QStringLiteral("auto"));
        QString why;
        QCOMPARE(CardAccess(*settings).nextSource(&why), CardAccess::Source::Simulated);
        QVERIFY2(why.contains(QLatin1String("no reader")), qPrintable(why));
        const auto odd = settingsWith(QStringLiteral("sometimes"));
        QCOMPARE(CardAccess(*odd).simulatedSetting(), QStringLiteral("auto"));
    }

    void readerOverride() {
        const auto settings = settingsWith(QStringLiteral("never"));
        settings->setValue(QStringLiteral("card/reader"), QStringLiteral("Reader A"));
        QCOMPARE(CardAccess(*settings).readerSetting(), QStringLiteral("Reader A"));
        QCOMPARE(CardAccess(*settings, QStringLiteral("Reader B")).readerSetting(), QStringLiteral("Reader B"));
    }

    void asyncReadThroughTheFactory() {
        const auto settings = settingsWith(QStringLiteral("always"));
        const CardAccess access(*settings);
        card::AsyncCardReader reader(access.transportFactory());
        QSignalSpy read(&reader, &card::AsyncCardReader::cardRead);
        QVERIFY(reader.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true}));
        QVERIFY(read.wait(5000));
        const auto result = read.first().first().value<card::CardResult<card::CardData>>();
        QVERIFY(result.ok());
        QVERIFY(result.value().myNumber.has_value());
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestCardAccess)
#include "tst_cardaccess.moc"
