// Opens "the configured reader": a PC/SC reader or the simulated card, as the settings card/reader, card/simulated
// and card/persona say. The counter workflow's one way to a card.
#include "CardAccess.h"

#include "CardAuthenticity.h"
#include "CardPersona.h"
#include "CoreLogging.h"
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "Settings.h"
#include "SimulatedTransport.h"
#include "VirtualMyNumberCard.h"

namespace madoguchi {

using card::CardError;
using card::CardResult;
using card::CardTransport;

struct CardAccess::Shared {
    std::mutex mutex;
    std::shared_ptr<card::SimulatedReader> simulated; // made on first use
};

CardAccess::CardAccess(const Settings& settings)
    : CardAccess(settings, {}) {}

CardAccess::CardAccess(const Settings& settings, const QString& readerOverride)
    : m_reader(readerOverride.isEmpty() ? settings.preferredReader() : readerOverride)
    , m_simulated(settings.simulatedCard())
    , m_persona(settings.value(QStringLiteral("card/persona")))
    , m_shared(std::make_shared<Shared>()) {
    if (m_simulated != QLatin1String("auto") && m_simulated != QLatin1String("always") &&
        m_simulated != QLatin1String("never")) {
        qCWarning(lcCore).noquote() << "card/simulated =" << m_simulated << "is not auto|always|never; using auto";
        m_simulated = QStringLiteral("auto");
    }
}

CardAccess::~CardAccess() = default;

std::shared_ptr<const card::AuthenticityConfig> CardAccess::authenticityConfig(const Settings& settings) {
    // Shared by every read of this process: a CV certificate verified once is not read again until restart.
    static const auto cache = std::make_shared<card::CvCertificateCache>();
    auto config = std::make_shared<card::AuthenticityConfig>();
    config->cache = cache;
    const QString photo = settings.value(QStringLiteral("card/face_photo"));
    if (photo == QLatin1String("code_a"))
        config->photo = card::PhotoCode::CodeA;
    else if (photo == QLatin1String("off"))
        config->photo = card::PhotoCode::None;
    else {
        if (photo != QLatin1String("code_b"))
            qCWarning(lcCore).noquote() << "card/face_photo =" << photo << "is not code_b|code_a|off; using code_b";
        config->photo = card::PhotoCode::CodeB;
    }
    QString error;
    const QString file = settings.value(QStringLiteral("card/trust_file"));
    if (file.isEmpty()) {
        config->anchorsProblem = QStringLiteral("no trust file configured (card/trust_file)");
    } else if (auto anchors = card::TrustAnchors::load(file, card::TrustAnchors::Use::RealReader, &error)) {
        config->anchors = std::make_shared<const card::TrustAnchors>(std::move(*anchors));
        if (config->anchors->isTestHierarchy())
            qCWarning(lcCore).noquote() << "card/trust_file" << file
                                        << "is the TEST hierarchy (allowed by MADOGUCHI_ALLOW_TEST_HIERARCHY)";
    } else {
        config->anchorsProblem = error;
        qCWarning(lcCore).noquote() << "card authenticity not checkable:" << error;
    }
    if (auto test = card::TrustAnchors::load(card::TrustAnchors::testHierarchyFile(),
                                             card::TrustAnchors::Use::SimulatedCard, &error))
        config->simulatedAnchors = std::make_shared<const card::TrustAnchors>(std::move(*test));
    else
        qCWarning(lcCore).noquote() << "simulated card: no test hierarchy:" << error;
    return config;
}

bool CardAccess::stopWhenNotCheckable(const Settings& settings) {
    const QString value = settings.value(QStringLiteral("card/not_checkable"));
    if (value != QLatin1String("warn") && value != QLatin1String("stop"))
        qCWarning(lcCore).noquote() << "card/not_checkable =" << value << "is not warn|stop; using warn";
    return value == QLatin1String("stop");
}

CardAccess::Source CardAccess::nextSource(QString* why) const {
    auto say = [why](const QString& text) {
        if (why != nullptr)
            *why = text;
    };
    if (m_simulated == QLatin1String("always")) {
        say(QStringLiteral("card/simulated = always"));
        return Source::Simulated;
    }
    if (m_simulated == QLatin1String("never")) {
        say(QStringLiteral("card/simulated = never"));
        return Source::Pcsc;
    }
    const card::ReaderSnapshot snapshot = card::ReaderMonitor::probeOnce();
    if (snapshot.service == card::ReaderSnapshot::Service::Running && !snapshot.readers.isEmpty()) {
        say(QStringLiteral("card/simulated = auto, %1 reader(s) attached").arg(snapshot.readers.size()));
        return Source::Pcsc;
    }
    say(QStringLiteral("card/simulated = auto, no reader attached (%1)").arg(card::describe(snapshot)));
    return Source::Simulated;
}

CardResult<std::unique_ptr<CardTransport>> CardAccess::openTransport() const {
    QString why;
    if (nextSource(&why) == Source::Pcsc) {
        qCDebug(lcCore).noquote() << "card: PC/SC," << why;
        return std::unique_ptr<CardTransport>(std::make_unique<card::PcscTransport>(m_reader));
    }
    std::lock_guard lock(m_shared->mutex);
    if (!m_shared->simulated) {
        QString error;
        const auto persona = card::CardPersona::find(card::CardPersona::builtInFile(), m_persona, &error);
        if (!persona)
            return CardError(CardError::Kind::NoReader, QStringLiteral("simulated card: %1").arg(error));
        m_shared->simulated =
            std::make_shared<card::SimulatedReader>(std::make_shared<card::VirtualMyNumberCard>(*persona));
    }
    qCDebug(lcCore).noquote() << "card: simulated," << why;
    return std::unique_ptr<CardTransport>(std::make_unique<card::SimulatedTransport>(m_shared->simulated));
}

card::AsyncCardReader::TransportFactory CardAccess::transportFactory() const {
    // A copy of the settings and the shared simulated card: the factory may outlive nothing it needs.
    return [self = *this]() { return self.openTransport(); };
}

} // namespace madoguchi
