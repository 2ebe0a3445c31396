// The first window, in Japanese, shows the live reader state from a real pcscd and the database state.
#include "Settings.h"
#include "StatusWindow.h"
#include "TerminalStatus.h"
#include "TestServices.h"
#include "Translations.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using madoguchi::test::TestServices;

class TestStatusWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(TestServices::hasPcscd());
        QVERIFY(m_dir.isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir.path().toUtf8());
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    }

    void showsReaderCardAndDatabasesInJapanese() {
        Settings settings(m_dir.filePath(QStringLiteral("madoguchi.ini")));
        TerminalStatus status(settings);
        ui::StatusWindow window(status, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("窓口 — 端末の状態"));
        status.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.readerLines().contains(QStringLiteral("Virtual PCD 00 00: カードあり")), 10000);
        QCOMPARE(window.serviceText(),
                 QStringLiteral("カードリーダーのサービスは動作中です。接続されたリーダー: 2 台"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.localDatabaseText().startsWith(QStringLiteral("この端末のデータベース: 利用できます")), 10000);
        QTRY_VERIFY(window.centralDatabaseText().startsWith(QStringLiteral("中央データベース（内蔵）: 利用できます")));

        QVERIFY(TestServices::control({QStringLiteral("card-remove")}));
        QTRY_VERIFY_WITH_TIMEOUT(window.readerLines().contains(QStringLiteral("Virtual PCD 00 00: カードなし")), 10000);
        QVERIFY(TestServices::control({QStringLiteral("pcscd-stop")}));
        QTRY_VERIFY_WITH_TIMEOUT(window.serviceText().contains(QStringLiteral("pcscd")), 10000);
        QVERIFY(window.readerLines().isEmpty());
        status.stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStatusWindow)
#include "tst_statuswindow.moc"
