// What went wrong with a card read, typed: one Japanese sentence for the clerk and one technical line for the log.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace madoguchi::card {

// Every failure of a card session is one of these kinds; the counter workflow branches on kind(), shows
// clerkMessage() and logs detail(). detail() never contains a PIN, a 照合番号B or a My Number.
class CardError final {
public:
    enum class Kind {
        NoService,                // pcscd is not running or not answering
        NoReader,                 // no reader attached (or the configured one is missing)
        NoCard,                   // the reader is empty
        ReaderBusy,               // another program holds the card exclusively
        NotMyNumberCard,          // the card does not answer the My Number card's applications
        WrongSecret,              // wrong PIN or 照合番号B; triesLeft() says how many remain
        Locked,                   // the credential is blocked: only the card counter can reset it
        LastTryNeedsConfirmation, // one try left and the caller did not confirm: nothing was sent
        CardRemoved,              // the card left the reader during the session
        Timeout,                  // the reader or card did not answer in time
        MalformedData,            // the card answered, but the data breaks the format
        InvalidInput,             // the typed PIN / code has the wrong form: nothing was sent
        CardRefused,              // an unexpected status word
        CommunicationError,       // any other PC/SC failure
    };
    // Which secret a WrongSecret / Locked / LastTryNeedsConfirmation / InvalidInput is about.
    enum class Credential { None, Pin, CodeB };

    CardError(Kind kind, QString detail, Credential credential = Credential::None, int triesLeft = -1);

    static CardError wrongSecret(Credential credential, int triesLeft, QString detail);

    Kind kind() const { return m_kind; }
    Credential credential() const { return m_credential; }
    int triesLeft() const { return m_triesLeft; } // -1 when unknown or not applicable
    QString detail() const { return m_detail; }

    // Japanese (through tr) for the clerk: what happened and what to do next.
    QString clerkMessage() const;
    // Stable English identifier of the kind, for JSON and logs ("wrong_secret", "locked", ...).
    static QString kindName(Kind kind);

private:
    Kind m_kind;
    Credential m_credential;
    int m_triesLeft;
    QString m_detail;
};

// Either a value or a CardError, never both.
template <typename T> class CardResult {
public:
    // Only for Qt's meta-type system (queued signals): an empty result reads as a communication error.
    CardResult()
        : m_state(std::in_place_index<1>, CardError(CardError::Kind::CommunicationError, QStringLiteral("no result"))) {
    }
    CardResult(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    CardResult(CardError error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    const T& value() const { return std::get<0>(m_state); }
    T& value() { return std::get<0>(m_state); }
    const CardError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, CardError> m_state;
};

// For operations that only succeed or fail.
using CardOutcome = CardResult<std::monostate>;

} // namespace madoguchi::card
