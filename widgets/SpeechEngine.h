// Qt TextToSpeech on a thread of its own behind a watchdog: an engine that never answers cannot freeze a window.
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QString>

class QThread;
class QTimer;

namespace madoguchi::ui {

// Speech for the resident's read-aloud button and the lobby display's announcements. QTextToSpeech is created and
// used only on the engine's own thread: speechd's constructor connects to speech-dispatcher, and one that accepts
// and never answers would hold the thread that asked for ever. Every request is answered by the watchdog if the
// engine does not answer in time; a missing engine, voice or audio device is logged once and reported, and the
// caller carries on. Texts are said one after the other (Qt 6.4's say() would cut the previous one off).
class SpeechEngine final : public QObject {
    Q_OBJECT
public:
    enum class Status { Idle, Starting, Ready, Speaking, Unavailable };
    Q_ENUM(Status)

    // `engine` empty: Qt's default (speechd on Debian: speech-dispatcher + espeak-ng); "flite" speaks en_US only.
    // `startMs`: how long the engine may take to start (0: `watchdogMs`). Qt 6.4's speechd lists every voice when it
    // starts, and espeak-ng offers each of its ~100 languages in ~70 variants: some 8 s on the 2-core machine for
    // ~7000 voices (32 ms without the variants), longer under ASan. It runs on the engine's thread, so a long start
    // holds nothing up.
    explicit SpeechEngine(QString engine = {}, int watchdogMs = 8000, QObject* parent = nullptr, int startMs = 0);
    ~SpeechEngine() override; // a thread stuck in the engine is given a moment, then left to the process's end

    // Starts the engine on its thread (once; say() does it too).
    void start();
    // Queues `text` for a voice of `locale`'s language. False at once when that is known to be impossible (no engine,
    // no voice for the language: the reason logged once); otherwise true, and the outcome comes as speaking() or
    // failed().
    bool say(const QString& text, const QLocale& locale);
    void stop();

    Status status() const { return m_status; }
    QString engineName() const { return m_engineName; }
    QString problem() const { return m_problem; }
    // Known once the engine is ready: whether it has a voice for the language of `locale`.
    bool hasVoiceFor(const QLocale& locale) const;
    QList<QLocale> locales() const { return m_locales; }

Q_SIGNALS:
    void statusChanged(madoguchi::ui::SpeechEngine::Status status);
    // The engine reports it is speaking `text`.
    void speaking(const QString& text, const QLocale& locale);
    // Everything queued has been said (or dropped).
    void finished();
    // A request could not be said: no voice, the engine failed, or it did not answer in time.
    void failed(const QString& why);

private:
    struct Voice;
    void setStatus(Status status);
    void unavailable(const QString& why);
    void armWatchdog();
    void started(const QString& text, const QLocale& locale);
    void requestFailed(const QString& why);
    void allSaid();

    QString m_engine;
    int m_watchdogMs;
    int m_startMs;
    QThread* m_thread = nullptr;
    Voice* m_voice = nullptr; // lives on m_thread
    QTimer* m_watchdog = nullptr;
    Status m_status = Status::Idle;
    QString m_engineName;
    QString m_problem;
    QList<QLocale> m_locales;
    int m_pending = 0; // requests sent and not yet answered
    bool m_logged = false;
    QSet<QString> m_loggedReasons; // each missing voice is logged once
};

} // namespace madoguchi::ui
