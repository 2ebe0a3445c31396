// Opens "the configured reader": a PC/SC reader or the simulated card, as the settings card/reader, card/simulated
// and card/persona say. The counter workflow's one way to a card.
#pragma once

#include "AsyncCardReader.h"
#include "CardError.h"

#include <QString>

#include <memory>
#include <mutex>

namespace madoguchi {

class Settings;

namespace card {
class CardTransport;
class SimulatedReader;
} // namespace card

// card/simulated: "never" → always PC/SC; "always" → always the simulated card; "auto" (default) → PC/SC when pcscd
// lists at least one reader, else the simulated card. The choice is made each time a transport is opened, so a reader
// plugged in later is used from the next read on. The simulated card lives as long as this object, so its tries
// behave like one physical card's across reads.
//
//   CardAccess access(settings);
//   card::AsyncCardReader reader(access.transportFactory());
class CardAccess final {
public:
    enum class Source { Pcsc, Simulated };

    explicit CardAccess(const Settings& settings);
    // `readerOverride` non-empty: that PC/SC reader instead of card/reader (the CLI's --reader).
    CardAccess(const Settings& settings, const QString& readerOverride);
    ~CardAccess();

    // Where the next transport would go, and why (for the log and the diag report).
    Source nextSource(QString* why = nullptr) const;
    // A transport for one operation. Thread-safe; errors: NoReader when the persona of the simulated card is unknown.
    card::CardResult<std::unique_ptr<card::CardTransport>> openTransport() const;
    // For AsyncCardReader: opens a transport on its worker thread.
    card::AsyncCardReader::TransportFactory transportFactory() const;

    // What a read needs to check the card's authenticity, from card/trust_file and card/face_photo: the city's trust
    // anchors (a load problem is logged and kept as the reason "not checkable"), the simulated card's test hierarchy,
    // and one CV certificate cache for the whole process.
    static std::shared_ptr<const card::AuthenticityConfig> authenticityConfig(const Settings& settings);
    // card/not_checkable = stop: a card that could not be checked is not used for prefilling.
    static bool stopWhenNotCheckable(const Settings& settings);

    QString readerSetting() const { return m_reader; }
    QString simulatedSetting() const { return m_simulated; }
    QString personaSetting() const { return m_persona; }

private:
    QString m_reader;
    QString m_simulated;
    QString m_persona;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};

} // namespace madoguchi
