// Reading a resident-facing page aloud in the resident's language (Qt TextToSpeech), where a voice exists.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

namespace madoguchi::ui {

class SpeechEngine;

// The engine starts on first use (speech-dispatcher may have to be reached), never at start-up, and runs on its own
// thread (SpeechEngine): an engine that never answers cannot freeze the resident's screen. A language without a
// voice, or an engine that cannot start, is logged; speak() says so when it is already known, unavailable() when it
// turns out later.
class ResidentSpeech final : public QObject {
    Q_OBJECT
public:
    // `engine` empty: Qt's default (speechd on Debian: speech-dispatcher + espeak-ng); "flite" speaks en_US only.
    explicit ResidentSpeech(QString engine = {}, QObject* parent = nullptr);
    ~ResidentSpeech() override;

    // False when there is known to be no voice for the locale's language (or no engine); true when it was asked.
    bool speak(const QString& text, const QLocale& locale);
    void stop();
    bool speaking() const;

Q_SIGNALS:
    void finished();
    // What speak() accepted could not be read after all (no voice, the engine failed or did not answer).
    void unavailable();

private:
    SpeechEngine* m_engine = nullptr;
};

} // namespace madoguchi::ui
