// Read aloud with a real voice: a private speech-dispatcher started by the test (espeak-ng, its audio to libao's null
// driver, so no sound card is needed), reached through SPEECHD_ADDRESS, and the speechd engine behind SpeechEngine as
// the resident's screen and the lobby display use it. The engine must report that it speaks.
// espeak-ng's data is given without its ~70 voice variants (ESPEAK_DATA_PATH): Qt 6.4's speechd lists every voice
// when it starts, ~7000 with the variants, 8 s in a plain build and well past a minute under ASan; ~100 without.
#include "SpeechEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

class TestSpeech final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void speechdSpeaksWithEspeakNg();
    void aLanguageWithoutAVoiceIsRefused();

private:
    void write(const QString& path, const QByteArray& content);

    QTemporaryDir m_dir;
    QProcess m_server;
};

void TestSpeech::write(const QString& path, const QByteArray& content) {
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

void TestSpeech::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString server = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    QVERIFY2(!server.isEmpty(), "speech-dispatcher is not installed (installer/install-deps.sh installs it)");
    QVERIFY2(QFile::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")),
             "speech-dispatcher-espeak-ng is not installed");
    // Its own configuration, runtime folder and home: nothing of the machine's (or a desktop's) speech-dispatcher.
    const QString conf = m_dir.filePath(QStringLiteral("conf"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString run = m_dir.filePath(QStringLiteral("run"));
    for (const QString& d : {conf, home, run})
        QVERIFY(QDir().mkpath(d));
    QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    write(conf + QStringLiteral("/speechd.conf"), "AudioOutputMethod \"libao\"\n"
                                                  "DefaultModule espeak-ng\n"
                                                  "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\n"
                                                  "DefaultLanguage \"en\"\n");
    write(home + QStringLiteral("/.libao"), "default_driver=null\n"); // libao's null device: no sound card
    // espeak-ng's own data, every file but the voice variants (voices/!v left empty).
    const QString installed = QStringLiteral("/usr/lib/x86_64-linux-gnu/espeak-ng-data");
    const QString data = m_dir.filePath(QStringLiteral("espeak/espeak-ng-data"));
    QVERIFY(QDir().mkpath(data + QStringLiteral("/voices/!v")));
    for (const QFileInfo& entry : QDir(installed).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot))
        if (entry.fileName() != QLatin1String("voices"))
            QVERIFY(QFile::link(entry.filePath(), data + QLatin1Char('/') + entry.fileName()));
    QVERIFY(QFile::link(installed + QStringLiteral("/voices/mb"), data + QStringLiteral("/voices/mb")));
    const QString socket = run + QStringLiteral("/speechd.sock");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("ESPEAK_DATA_PATH"), m_dir.filePath(QStringLiteral("espeak"))); // read by the module
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.setStandardOutputFile(QProcess::nullDevice());
    m_server.start(server, {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
                            QStringLiteral("--config-dir"), conf, QStringLiteral("--communication-method"),
                            QStringLiteral("unix_socket"), QStringLiteral("--socket-path"), socket,
                            QStringLiteral("--log-dir"), m_dir.filePath(QStringLiteral("log")),
                            QStringLiteral("--pid-file"), m_dir.filePath(QStringLiteral("speechd.pid"))});
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 15000);
    // libspeechd (inside Qt's speechd plugin) connects here instead of autospawning one of its own.
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + socket.toUtf8());
}

void TestSpeech::cleanupTestCase() {
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

void TestSpeech::speechdSpeaksWithEspeakNg() {
    ui::SpeechEngine engine(QStringLiteral("speechd"), 20000);
    QSignalSpy speaking(&engine, &ui::SpeechEngine::speaking);
    QSignalSpy finished(&engine, &ui::SpeechEngine::finished);
    QSignalSpy failed(&engine, &ui::SpeechEngine::failed);
    QElapsedTimer clock;
    clock.start();
    const QString english = QStringLiteral("Please take your ticket. Number one hundred and twelve.");
    QVERIFY(engine.say(english, QLocale(QLocale::English, QLocale::UnitedStates)));
    QTRY_VERIFY_WITH_TIMEOUT(
        speaking.count() >= 1 || !failed.isEmpty() || engine.status() == ui::SpeechEngine::Status::Unavailable, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString() + engine.problem()));
    QCOMPARE(speaking.count(), 1);
    QCOMPARE(speaking.at(0).at(0).toString(), english);
    qInfo("speechd: speaking %lld ms after the first request (engine start included)",
          static_cast<long long>(clock.elapsed()));
    QCOMPARE(engine.engineName(), QStringLiteral("speechd"));
    // espeak-ng's voices, as the engine reports them: most of the resident languages.
    for (const char* code : {"en", "ja", "ko", "vi", "ne", "es", "pt", "id"})
        QVERIFY2(engine.hasVoiceFor(QLocale(QString::fromLatin1(code))), code);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    // A second language on the same engine: said after the first, in its own voice.
    const QString vietnamese = QStringLiteral("Vui lòng đợi một chút.");
    QVERIFY(engine.say(vietnamese, QLocale(QLocale::Vietnamese, QLocale::Vietnam)));
    QTRY_COMPARE_WITH_TIMEOUT(speaking.count(), 2, 30000);
    QCOMPARE(speaking.at(1).at(0).toString(), vietnamese);
    QCOMPARE(speaking.at(1).at(1).value<QLocale>().language(), QLocale::Vietnamese);
    QVERIFY(failed.isEmpty());
}

void TestSpeech::aLanguageWithoutAVoiceIsRefused() {
    ui::SpeechEngine engine(QStringLiteral("speechd"), 20000);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.status(), ui::SpeechEngine::Status::Ready, 30000);
    // espeak-ng has no Filipino (Tagalog) voice: refused at once, nothing said.
    QVERIFY(!engine.hasVoiceFor(QLocale(QLocale::Filipino, QLocale::Philippines)));
    QSignalSpy speaking(&engine, &ui::SpeechEngine::speaking);
    QVERIFY(!engine.say(QStringLiteral("Sandali lang po."), QLocale(QLocale::Filipino, QLocale::Philippines)));
    QTest::qWait(300);
    QCOMPARE(speaking.count(), 0);
}

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
