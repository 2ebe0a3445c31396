// Reading a resident-facing page aloud in the resident's language (Qt TextToSpeech), where a voice exists.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTextToSpeech;

namespace madoguchi::ui {

// The engine starts on first use (speech-dispatcher may have to be reached), never at start-up. A language
// without a voice, or an engine that cannot start, is logged and reported by speak(); nothing else changes.
class ResidentSpeech final : public QObject {
    Q_OBJECT
public:
    // `engine` empty: Qt's default (speechd on Debian: speech-dispatcher + espeak-ng); "flite" speaks en_US only.
    explicit ResidentSpeech(QString engine = {}, QObject* parent = nullptr);
    ~ResidentSpeech() override;

    // True when speaking started; false when there is no voice for the locale's language (or no engine).
    bool speak(const QString& text, const QLocale& locale);
    void stop();
    bool speaking() const;

Q_SIGNALS:
    void finished();

private:
    bool ensureEngine();

    QString m_engine;
    QTextToSpeech* m_speech = nullptr;
    bool m_engineFailed = false;
};

} // namespace madoguchi::ui
