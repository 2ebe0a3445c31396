// Announcing a call in the lobby: a chime, then the number and counter spoken in Japanese and in English.
#pragma once

#include "queue/LobbyWatch.h"

#include <QObject>
#include <QStringList>

class QSoundEffect;

namespace madoguchi::ui {

class SignageWindow;
class SpeechEngine;

// Every new call is announced with a two-tone chime (Qt Multimedia, a WAV made here) and then spoken, Japanese first,
// through the speech engine's own thread. No audio device, no engine or no voice: logged once, and the display goes
// on showing the calls.
class SignageAnnouncer final : public QObject {
    Q_OBJECT
public:
    // `engine` empty: Qt's default (speechd). `chime` false: speech only (tests, a display without speakers).
    // The engine is started at once (on its thread): listing espeak-ng's voices takes a while, the first call should
    // not wait for it. `watchdogMs`: how long the engine may take to answer before it counts as unavailable.
    SignageAnnouncer(const SignageWindow& window, const QString& engine, bool chime, int watchdogMs = 15000,
                     QObject* parent = nullptr);
    ~SignageAnnouncer() override;

    void announce(const queue::LobbyCall& call);

    SpeechEngine& speech() const { return *m_speech; }
    bool chimeAvailable() const { return m_chime != nullptr; }
    // The texts handed to the speech engine so far, in order (for tests).
    QStringList asked() const { return m_asked; }

    // The chime as a WAV file's bytes (16-bit mono PCM).
    static QByteArray chimeWav();

private:
    void speak(const queue::LobbyCall& call);

    const SignageWindow& m_window;
    SpeechEngine* m_speech = nullptr;
    QSoundEffect* m_chime = nullptr;
    QString m_chimeFile;
    QStringList m_asked;
};

} // namespace madoguchi::ui
