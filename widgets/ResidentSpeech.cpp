// Reading a resident-facing page aloud in the resident's language (Qt TextToSpeech), where a voice exists.
#include "ResidentSpeech.h"

#include "SpeechEngine.h"
#include "UiLogging.h"

namespace madoguchi::ui {

ResidentSpeech::ResidentSpeech(QString engine, QObject* parent)
    : QObject(parent)
    , m_engine(new SpeechEngine(std::move(engine), 8000, this, 60000)) {
    connect(m_engine, &SpeechEngine::finished, this, &ResidentSpeech::finished);
    connect(m_engine, &SpeechEngine::failed, this, [this](const QString& why) {
        qCWarning(lcUi).noquote() << "read aloud: no voice or engine for this text:" << why;
        Q_EMIT unavailable();
    });
}

ResidentSpeech::~ResidentSpeech() = default;

bool ResidentSpeech::speak(const QString& text, const QLocale& locale) {
    if (m_engine->status() == SpeechEngine::Status::Unavailable) {
        qCWarning(lcUi).noquote() << "read aloud: no speech engine; nothing read for" << locale.name() << "-"
                                  << m_engine->problem();
        return false;
    }
    if (!m_engine->say(text, locale)) {
        qCWarning(lcUi) << "read aloud: no voice for" << locale.name() << "with engine" << m_engine->engineName()
                        << "- voices exist for" << m_engine->locales().size() << "locales";
        return false;
    }
    qCInfo(lcUi) << "read aloud:" << text.size() << "characters in" << locale.name();
    return true;
}

void ResidentSpeech::stop() {
    m_engine->stop();
}

bool ResidentSpeech::speaking() const {
    return m_engine->status() == SpeechEngine::Status::Speaking;
}

} // namespace madoguchi::ui
