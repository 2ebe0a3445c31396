// The one door to a card: open a session, send C-APDUs, get R-APDUs, end the session with the card unpowered.
#pragma once

#include "CardError.h"

#include <QByteArray>
#include <QString>

namespace madoguchi::card {

// Implementations: PcscTransport (a real reader through pcscd), SimulatedTransport (the in-process virtual card, for
// demo mode and GUI tests) and ScriptedTransport (unit tests: exact APDU bytes expected, canned answers).
// A transport is used from one thread at a time; AsyncCardReader runs it off the GUI thread.
class CardTransport {
public:
    // Exclusive: no other process may talk to the card until the session ends (held while a PIN is verified).
    enum class Access { Shared, Exclusive };

    virtual ~CardTransport();

    // Connects to the card (powering it on). Errors: NoService, NoReader, NoCard, ReaderBusy, CommunicationError.
    virtual CardOutcome beginSession(Access access) = 0;
    // One short C-APDU out, the raw R-APDU (data + SW1 SW2) back. Errors: CardRemoved, Timeout, NoService,
    // CommunicationError. 61xx / 6Cxx are not handled here but in ApduChannel.
    virtual CardResult<QByteArray> transmit(const QByteArray& command) = 0;
    // Ends the session and powers the card off, so no verified state survives it. Safe to call twice.
    virtual void endSession() = 0;

    // For the log and the diag report: "PC/SC reader 'X'", "simulated card (yamada-taro)".
    virtual QString description() const = 0;
    // The ATR of the card in the current session (for diag only: the card is never identified by it).
    virtual QByteArray atr() const = 0;
    // The in-process simulated card (its authenticity is checked against the test hierarchy, never a city's trust).
    virtual bool isSimulated() const { return false; }
};

// Ends the session when it goes out of scope, whichever way a read ends.
class CardSession final {
public:
    CardSession(CardTransport& transport, CardTransport::Access access)
        : m_transport(transport)
        , m_outcome(transport.beginSession(access)) {}
    ~CardSession() { m_transport.endSession(); }
    CardSession(const CardSession&) = delete;
    CardSession& operator=(const CardSession&) = delete;

    bool isOpen() const { return m_outcome.ok(); }
    const CardError& error() const { return m_outcome.error(); }

private:
    CardTransport& m_transport;
    CardOutcome m_outcome;
};

} // namespace madoguchi::card
