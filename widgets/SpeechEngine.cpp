// Qt TextToSpeech on a thread of its own behind a watchdog: an engine that never answers cannot freeze a window.
#include "SpeechEngine.h"

#include "UiLogging.h"

#include <QPointer>
#include <QTextToSpeech>
#include <QThread>
#include <QTimer>

namespace madoguchi::ui {

namespace {
constexpr int kStopWaitMs = 3000;
// While one text is being said and more wait, their turn may come later than the watchdog's usual answer time.
constexpr int kSpeakingFactor = 6;

QLocale voiceFor(const QList<QLocale>& locales, const QLocale& wanted, bool* found) {
    QLocale chosen;
    *found = false;
    for (const QLocale& l : locales) {
        if (l.language() != wanted.language())
            continue;
        if (!*found || l.territory() == wanted.territory())
            chosen = l;
        *found = true;
    }
    return chosen;
}

QString noVoice(const QLocale& locale, const QString& engine, qsizetype voices) {
    return QStringLiteral("no voice for %1 with engine %2 (voices for %3 locales)")
        .arg(locale.name(), engine)
        .arg(voices);
}
} // namespace

// The engine's side: created, used and deleted on the engine's thread only.
struct SpeechEngine::Voice final : QObject {
    struct Request {
        QString text;
        QLocale locale;
    };
    QString engine;
    QPointer<SpeechEngine> owner;
    QTextToSpeech* tts = nullptr;
    QList<Request> queue;
    Request current;
    bool busy = false;

    template <typename F> void tell(F&& f) {
        if (owner)
            QMetaObject::invokeMethod(owner.data(), std::forward<F>(f), Qt::QueuedConnection);
    }

    void init() {
        // This is where speechd may wait on speech-dispatcher for ever: here, never on a window's thread.
        tts = engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this);
        const QString name = tts->engine();
        if (tts->state() == QTextToSpeech::Error) {
            const QString why = QStringLiteral("speech engine \"%1\" unusable: %2").arg(name, tts->errorString());
            delete tts;
            tts = nullptr;
            queue.clear();
            tell([o = owner, why] {
                if (o)
                    o->unavailable(why);
            });
            return;
        }
        const QList<QLocale> locales = tts->availableLocales();
        connect(tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) { changed(state); });
        tell([o = owner, name, locales] {
            if (!o)
                return;
            o->m_engineName = name;
            o->m_locales = locales;
            if (locales.isEmpty()) {
                o->unavailable(QStringLiteral("speech engine \"%1\" has no voices").arg(name));
                return;
            }
            qCInfo(lcUi).noquote() << "speech: engine" << name << "ready with voices for" << locales.size()
                                   << "locales";
            o->setStatus(Status::Ready);
            if (o->m_pending == 0)
                o->m_watchdog->stop();
        });
        next();
    }

    void enqueue(const Request& request) {
        queue.append(request);
        next();
    }

    void next() {
        if (!tts || busy)
            return;
        while (!queue.isEmpty()) {
            const Request request = queue.takeFirst();
            bool found = false;
            const QLocale chosen = voiceFor(tts->availableLocales(), request.locale, &found);
            if (!found) {
                const QString why = noVoice(request.locale, tts->engine(), tts->availableLocales().size());
                tell([o = owner, why] {
                    if (o)
                        o->requestFailed(why);
                });
                continue;
            }
            if (tts->locale() != chosen)
                tts->setLocale(chosen);
            current = request;
            busy = true;
            tts->say(request.text);
            if (tts->state() == QTextToSpeech::Error) {
                busy = false;
                const QString why = QStringLiteral("speaking failed: %1").arg(tts->errorString());
                tell([o = owner, why] {
                    if (o)
                        o->requestFailed(why);
                });
                continue;
            }
            return;
        }
        tell([o = owner] {
            if (o)
                o->allSaid();
        });
    }

    void changed(QTextToSpeech::State state) {
        if (state == QTextToSpeech::Speaking) {
            tell([o = owner, r = current] {
                if (o)
                    o->started(r.text, r.locale);
            });
        } else if (state == QTextToSpeech::Error) {
            busy = false;
            const QString why = QStringLiteral("speaking failed: %1").arg(tts->errorString());
            tell([o = owner, why] {
                if (o)
                    o->requestFailed(why);
            });
            next();
        } else if (state == QTextToSpeech::Ready && busy) {
            busy = false;
            next();
        }
    }

    void stopAll() {
        queue.clear();
        busy = false;
        if (tts)
            tts->stop();
    }
};

SpeechEngine::SpeechEngine(QString engine, int watchdogMs, QObject* parent, int startMs)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_watchdogMs(watchdogMs)
    , m_startMs(startMs > 0 ? startMs : watchdogMs) {
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (m_status == Status::Starting) {
            unavailable(QStringLiteral("speech engine \"%1\" did not answer within %2 ms")
                            .arg(m_engine.isEmpty() ? QStringLiteral("default") : m_engine)
                            .arg(m_startMs));
            return;
        }
        // Started, but a request was never begun: drop what waits, so the next announcement is not held up.
        const int dropped = std::exchange(m_pending, 0);
        QMetaObject::invokeMethod(
            m_voice, [voice = m_voice] { voice->stopAll(); }, Qt::QueuedConnection);
        const QString why = QStringLiteral("the speech engine did not begin speaking within %1 ms; %2 request(s) "
                                           "dropped")
                                .arg(m_watchdogMs)
                                .arg(dropped);
        qCWarning(lcUi).noquote() << "speech:" << why;
        setStatus(Status::Ready);
        Q_EMIT failed(why);
    });
}

SpeechEngine::~SpeechEngine() {
    if (!m_thread)
        return;
    m_voice->deleteLater(); // the engine is deleted on its own thread, before that thread ends
    m_thread->quit();
    if (m_thread->wait(kStopWaitMs)) {
        delete m_thread;
        return;
    }
    // Still inside the engine (speech-dispatcher never answered): the process's end takes the thread with it.
    qCWarning(lcUi) << "speech: the engine's thread did not stop; left to the end of the process";
}

void SpeechEngine::setStatus(Status status) {
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SpeechEngine::unavailable(const QString& why) {
    m_watchdog->stop();
    m_problem = why;
    if (!m_logged)
        qCWarning(lcUi).noquote() << "speech:" << why << "- the screen carries on without speech";
    m_logged = true;
    setStatus(Status::Unavailable);
    if (std::exchange(m_pending, 0) > 0)
        Q_EMIT failed(why);
}

void SpeechEngine::armWatchdog() {
    if (!m_watchdog->isActive())
        m_watchdog->start(m_status == Status::Starting   ? m_startMs
                          : m_status == Status::Speaking ? m_watchdogMs * kSpeakingFactor
                                                         : m_watchdogMs);
}

void SpeechEngine::start() {
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("speech"));
    m_voice = new Voice;
    m_voice->engine = m_engine;
    m_voice->owner = this;
    m_voice->moveToThread(m_thread);
    m_thread->start();
    setStatus(Status::Starting);
    m_watchdog->start(m_startMs);
    QMetaObject::invokeMethod(
        m_voice, [voice = m_voice] { voice->init(); }, Qt::QueuedConnection);
}

bool SpeechEngine::hasVoiceFor(const QLocale& locale) const {
    bool found = false;
    voiceFor(m_locales, locale, &found);
    return found;
}

bool SpeechEngine::say(const QString& text, const QLocale& locale) {
    if (m_status == Status::Unavailable)
        return false;
    if ((m_status == Status::Ready || m_status == Status::Speaking) && !hasVoiceFor(locale)) {
        // Refused at once; the reason is logged (once per language), as when the engine finds out itself.
        const QString why = noVoice(locale, m_engineName, m_locales.size());
        if (!m_loggedReasons.contains(why))
            qCWarning(lcUi).noquote() << "speech:" << why;
        m_loggedReasons.insert(why);
        return false;
    }
    start();
    ++m_pending;
    armWatchdog();
    QMetaObject::invokeMethod(
        m_voice, [voice = m_voice, request = Voice::Request{text, locale}] { voice->enqueue(request); },
        Qt::QueuedConnection);
    return true;
}

void SpeechEngine::stop() {
    if (!m_voice)
        return;
    m_pending = 0;
    m_watchdog->stop();
    QMetaObject::invokeMethod(
        m_voice, [voice = m_voice] { voice->stopAll(); }, Qt::QueuedConnection);
}

void SpeechEngine::started(const QString& text, const QLocale& locale) {
    m_pending = std::max(0, m_pending - 1);
    m_watchdog->stop();
    setStatus(Status::Speaking);
    if (m_pending > 0)
        armWatchdog();
    Q_EMIT speaking(text, locale);
}

void SpeechEngine::requestFailed(const QString& why) {
    m_pending = std::max(0, m_pending - 1);
    m_watchdog->stop();
    if (m_pending > 0)
        armWatchdog();
    if (!m_loggedReasons.contains(why))
        qCWarning(lcUi).noquote() << "speech:" << why;
    m_loggedReasons.insert(why);
    Q_EMIT failed(why);
}

void SpeechEngine::allSaid() {
    if (m_status == Status::Speaking)
        setStatus(Status::Ready);
    if (m_pending == 0)
        m_watchdog->stop();
    Q_EMIT finished();
}

} // namespace madoguchi::ui
