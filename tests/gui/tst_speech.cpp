// Read aloud with a real voice: a private speech-dispatcher started by the test (espeak-ng, its audio to libao's null
// driver, so no sound card is needed), reached through SPEECHD_ADDRESS, and the speechd engine behind SpeechEngine as
// the resident's screen and the lobby display use it. The engine must report that it speaks.
// Every language of resources/languages.json is tried: spoken where the engine has a voice for it, refused at once
// with a logged reason where not; which is which is asked of the engine and checked against espeak-ng's own data,
// never listed here.
// espeak-ng's data is given without its ~70 voice variants (ESPEAK_DATA_PATH): Qt 6.4's speechd lists every voice
// when it starts, ~7000 with the variants, 8 s in a plain build and well past a minute under ASan; ~100 without.
#include "ResidentLanguages.h"
#include "SpeechEngine.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void everyShippedLanguageIsSpokenOrRefused();

private:
    void write(const QString& path, const QByteArray& content);
    QSet<QLocale::Language> espeakLanguages() const;

    QTemporaryDir m_dir;
    QString m_espeakData; // the data the test's espeak-ng module reads
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
    m_espeakData = data;
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
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY(failed.isEmpty());
}

// The languages espeak-ng's data has a voice for, as speech-dispatcher's espeak-ng module offers them: each voice
// file of espeak-ng-data/lang under its first `language` line (cmn for Mandarin, although zh follows).
QSet<QLocale::Language> TestSpeech::espeakLanguages() const {
    QSet<QLocale::Language> languages;
    QDirIterator it(m_espeakData + QStringLiteral("/lang"), QDir::Files,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    static const QRegularExpression line(QStringLiteral("^language\\s+(\\S+)"), QRegularExpression::MultilineOption);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QRegularExpressionMatch first = line.match(QString::fromUtf8(file.readAll()));
        const QLocale l(first.captured(1));
        if (first.hasMatch() && l.language() != QLocale::C && l.language() != QLocale::AnyLanguage)
            languages.insert(l.language());
    }
    return languages;
}

void TestSpeech::everyShippedLanguageIsSpokenOrRefused() {
    // Every language a resident may choose, from the data the product ships.
    QFile file(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/resources/languages.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "MADOGUCHI_SOURCE_DIR/resources/languages.json (run through ctest)");
    const QJsonArray shipped =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("languages")).toArray();
    QVERIFY(shipped.size() >= 12);
    const counter::ResidentLanguages languages;

    ui::SpeechEngine engine(QStringLiteral("speechd"), 20000);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.status(), ui::SpeechEngine::Status::Ready, 30000);
    // Which languages have a voice: asked of the engine, and checked against espeak-ng's own voice files.
    QSet<QLocale::Language> voiced;
    for (const QLocale& l : engine.locales())
        voiced.insert(l.language());
    const QSet<QLocale::Language> espeak = espeakLanguages();
    QVERIFY2(!espeak.isEmpty(), qPrintable(m_espeakData));

    QSignalSpy speaking(&engine, &ui::SpeechEngine::speaking);
    QSignalSpy failed(&engine, &ui::SpeechEngine::failed);
    QStringList expected; // what must be said, in order
    QStringList spoken, refused;
    for (const QJsonValue& value : shipped) {
        const QString code = value.toObject().value(QStringLiteral("code")).toString();
        const QLocale locale(value.toObject().value(QStringLiteral("locale")).toString());
        QVERIFY2(locale.language() != QLocale::C, qPrintable(code));
        QVERIFY2(!languages.language(code).code.isEmpty(), qPrintable(code + QStringLiteral(" is not offered")));
        const bool hasVoice = voiced.contains(locale.language());
        QCOMPARE(engine.hasVoiceFor(locale), hasVoice);
        // The engine offers what espeak-ng has: a language espeak-ng lists and the engine does not is an error.
        QVERIFY2(hasVoice == espeak.contains(locale.language()),
                 qPrintable(QStringLiteral("%1: engine %2 a voice, espeak-ng's data %3 one")
                                .arg(code, hasVoice ? QStringLiteral("has") : QStringLiteral("has no"),
                                     espeak.contains(locale.language()) ? QStringLiteral("lists")
                                                                        : QStringLiteral("lists no"))));
        // What the read-aloud button says: a resident page's text in that language, readings for ruby.
        const QString text =
            counter::ResidentLanguages::spoken(languages.text(code, "ResidentWindow", "Please wait a moment"));
        QVERIFY(!text.isEmpty());
        if (hasVoice) {
            QVERIFY2(engine.say(text, locale), qPrintable(code));
            expected << text;
            spoken << code;
        } else {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral("^speech: no voice for %1 with engine speechd")
                                                        .arg(QRegularExpression::escape(locale.name()))));
            QVERIFY2(!engine.say(text, locale), qPrintable(code));
            refused << code;
        }
    }
    qInfo("spoken: %s; refused (no espeak-ng voice): %s", qPrintable(spoken.join(QLatin1Char(' '))),
          qPrintable(refused.join(QLatin1Char(' '))));
    QVERIFY(!spoken.isEmpty());
    // Each said after the one before, in the language it was asked in.
    QTRY_VERIFY_WITH_TIMEOUT(speaking.count() >= expected.size() || !failed.isEmpty(), 30000 + 5000 * expected.size());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(speaking.count(), expected.size());
    int i = 0;
    for (const QJsonValue& value : shipped) {
        const QLocale locale(value.toObject().value(QStringLiteral("locale")).toString());
        if (!voiced.contains(locale.language()))
            continue;
        QCOMPARE(speaking.at(i).at(0).toString(), expected.at(i));
        QCOMPARE(speaking.at(i).at(1).value<QLocale>().language(), locale.language());
        ++i;
    }
    QTest::qWait(300); // nothing refused is said after all
    QCOMPARE(speaking.count(), expected.size());
}

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
