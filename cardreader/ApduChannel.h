// Sends APDUs over a transport: the one place where 61xx (GET RESPONSE) and 6Cxx (resend with the right Le) are
// handled, and where the masked APDU trace is written.
#pragma once

#include "Apdu.h"
#include "CardError.h"

namespace madoguchi::card {

class CardTransport;

class ApduChannel final {
public:
    // `secret` responses (the My Number record) appear in the trace as a length only.
    enum class Trace { Plain, SecretResponse };

    explicit ApduChannel(CardTransport& transport);

    // The complete response: data from every GET RESPONSE appended, the final status word. Transport errors pass
    // through unchanged.
    CardResult<ApduResponse> send(const QByteArray& command, Trace trace = Trace::Plain);

    // Exchanges with the card so far, GET RESPONSEs and resends included (what the benchmark counts).
    int exchanges() const { return m_exchanges; }

private:
    CardResult<ApduResponse> exchange(const QByteArray& command, Trace trace);

    CardTransport& m_transport;
    int m_exchanges = 0;
};

} // namespace madoguchi::card
