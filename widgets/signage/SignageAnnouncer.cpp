// Announcing a call in the lobby: a chime, then the number and counter spoken in Japanese and in English.
#include "SignageAnnouncer.h"

#include "SignageWindow.h"
#include "SpeechEngine.h"
#include "UiLogging.h"

#include <QAudioDevice>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

#include <cmath>

namespace madoguchi::ui {

namespace {
constexpr int kSampleRate = 22050;
constexpr double kToneSeconds = 0.55;
constexpr int kSpeechAfterChimeMs = 1300; // the chime's length and a breath

void put16(QByteArray& out, quint16 v) {
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char*>(&le), 2);
}
void put32(QByteArray& out, quint32 v) {
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char*>(&le), 4);
}
} // namespace

QByteArray SignageAnnouncer::chimeWav() {
    // ピンポーン: E5 then C5, each fading out.
    QByteArray samples;
    const double tones[] = {659.25, 523.25};
    const double pi = std::acos(-1.0);
    for (double frequency : tones) {
        const int n = int(kSampleRate * kToneSeconds);
        for (int i = 0; i < n; ++i) {
            const double t = double(i) / kSampleRate;
            const double envelope = std::exp(-4.0 * t) * std::min(1.0, t * 200.0);
            const double value =
                envelope * (0.8 * std::sin(2 * pi * frequency * t) + 0.2 * std::sin(4 * pi * frequency * t));
            put16(samples, quint16(qint16(std::lround(value * 0.6 * 32767))));
        }
    }
    QByteArray wav;
    wav.append("RIFF");
    put32(wav, quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    put32(wav, 16);
    put16(wav, 1); // PCM
    put16(wav, 1); // mono
    put32(wav, kSampleRate);
    put32(wav, kSampleRate * 2);
    put16(wav, 2);
    put16(wav, 16);
    wav.append("data");
    put32(wav, quint32(samples.size()));
    wav.append(samples);
    return wav;
}

SignageAnnouncer::SignageAnnouncer(const SignageWindow& window, const QString& engine, bool chime, int watchdogMs,
                                   QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_speech(new SpeechEngine(engine, watchdogMs, this)) {
    connect(m_speech, &SpeechEngine::speaking, this, [](const QString& text, const QLocale& locale) {
        qCInfo(lcUi).noquote() << "signage: speaking in" << locale.name() << ":" << text;
    });
    m_speech->start();
    if (!chime)
        return;
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        qCWarning(lcUi) << "signage: no audio output device; calls are shown and not chimed";
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_chimeFile = QDir(dir).filePath(QStringLiteral("signage-chime.wav"));
    QFile file(m_chimeFile);
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(chimeWav()) < 0) {
        qCWarning(lcUi).noquote() << "signage: cannot write the chime to" << m_chimeFile << "- calls are not chimed";
        return;
    }
    file.close();
    m_chime = new QSoundEffect(output, this);
    m_chime->setSource(QUrl::fromLocalFile(m_chimeFile));
    connect(m_chime, &QSoundEffect::statusChanged, this, [this] {
        if (m_chime && m_chime->status() == QSoundEffect::Error) {
            qCWarning(lcUi) << "signage: the chime cannot be played on" << m_chime->audioDevice().description()
                            << "- calls are not chimed";
            m_chime->deleteLater();
            m_chime = nullptr;
        }
    });
}

SignageAnnouncer::~SignageAnnouncer() = default;

void SignageAnnouncer::announce(const queue::LobbyCall& call) {
    if (!m_chime) {
        speak(call);
        return;
    }
    m_chime->play();
    QTimer::singleShot(kSpeechAfterChimeMs, this, [this, call] { speak(call); });
}

void SignageAnnouncer::speak(const queue::LobbyCall& call) {
    // Japanese first, then English; a language without a voice is skipped (and logged once by the engine).
    const std::pair<const char*, const char*> languages[] = {{"ja", "ja_JP"}, {"en", "en_US"}};
    for (const auto& [code, locale] : languages) {
        const QString text = m_window.announcement(QLatin1String(code), call);
        m_asked.append(text);
        m_speech->say(text, QLocale(QLatin1String(locale)));
    }
}

} // namespace madoguchi::ui
