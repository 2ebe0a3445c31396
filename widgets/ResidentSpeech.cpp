// Reading a resident-facing page aloud in the resident's language (Qt TextToSpeech), where a voice exists.
#include "ResidentSpeech.h"

#include "UiLogging.h"

#include <QTextToSpeech>

namespace madoguchi::ui {

ResidentSpeech::ResidentSpeech(QString engine, QObject* parent)
    : QObject(parent)
    , m_engine(std::move(engine)) {}

ResidentSpeech::~ResidentSpeech() = default;

bool ResidentSpeech::ensureEngine() {
    if (m_speech)
        return true;
    if (m_engineFailed)
        return false;
    m_speech = m_engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engine, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcUi) << "read aloud: speech engine" << m_speech->engine() << "unusable:" << m_speech->errorString();
        delete m_speech;
        m_speech = nullptr;
        m_engineFailed = true;
        return false;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error)
            qCWarning(lcUi) << "read aloud: speech failed:" << m_speech->errorString();
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            Q_EMIT finished();
    });
    return true;
}

bool ResidentSpeech::speak(const QString& text, const QLocale& locale) {
    if (!ensureEngine()) {
        qCWarning(lcUi) << "read aloud: no speech engine; nothing read for" << locale.name();
        return false;
    }
    QLocale chosen;
    bool found = false;
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QLocale& l : locales) {
        if (l.language() != locale.language())
            continue;
        if (!found || l.territory() == locale.territory())
            chosen = l;
        found = true;
    }
    if (!found) {
        qCWarning(lcUi) << "read aloud: no voice for" << locale.name() << "with engine" << m_speech->engine()
                        << "- voices exist for" << locales.size() << "locales";
        return false;
    }
    m_speech->setLocale(chosen);
    m_speech->say(text);
    qCInfo(lcUi) << "read aloud:" << text.size() << "characters in" << chosen.name();
    return m_speech->state() != QTextToSpeech::Error;
}

void ResidentSpeech::stop() {
    if (m_speech)
        m_speech->stop();
}

bool ResidentSpeech::speaking() const {
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}

} // namespace madoguchi::ui
