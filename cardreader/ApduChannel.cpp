// Sends APDUs over a transport: the one place where 61xx (GET RESPONSE) and 6Cxx (resend with the right Le) are
// handled, and where the masked APDU trace is written.
#include "ApduChannel.h"

#include "CardLogging.h"
#include "CardTransport.h"

namespace madoguchi::card {

namespace {
// A card that keeps answering 61xx would otherwise loop forever; 16 × 256 bytes is far beyond any EF we read.
constexpr int kMaxChainedResponses = 16;
} // namespace

ApduChannel::ApduChannel(CardTransport& transport)
    : m_transport(transport) {}

CardResult<ApduResponse> ApduChannel::exchange(const QByteArray& command, Trace trace) {
    ++m_exchanges;
    qCDebug(lcCardApdu).noquote() << "C:" << apdu::traceCommand(command);
    CardResult<QByteArray> raw = m_transport.transmit(command);
    if (!raw.ok()) {
        qCDebug(lcCardApdu).noquote() << "R: (" << CardError::kindName(raw.error().kind()) << ")";
        return raw.error();
    }
    if (raw.value().size() < 2)
        return CardError(CardError::Kind::CommunicationError,
                         QStringLiteral("response of %1 bytes has no status word").arg(raw.value().size()));
    ApduResponse response = ApduResponse::fromRaw(raw.value());
    qCDebug(lcCardApdu).noquote() << "R:" << apdu::traceResponse(response, trace == Trace::SecretResponse);
    return response;
}

CardResult<ApduResponse> ApduChannel::send(const QByteArray& command, Trace trace) {
    CardResult<ApduResponse> first = exchange(command, trace);
    if (!first.ok())
        return first;
    ApduResponse response = first.value();
    if (response.sw1() == 0x6C) { // wrong Le: the card tells the right one; send the same command once more
        CardResult<ApduResponse> again =
            exchange(apdu::withLe(command, response.sw2() == 0 ? 256 : response.sw2()), trace);
        if (!again.ok())
            return again;
        response = again.value();
    }
    for (int i = 0; response.sw1() == 0x61; ++i) {
        if (i == kMaxChainedResponses)
            return CardError(CardError::Kind::CardRefused,
                             QStringLiteral("card kept answering 61xx after %1 GET RESPONSEs").arg(i));
        CardResult<ApduResponse> more = exchange(apdu::getResponse(response.sw2() == 0 ? 256 : response.sw2()), trace);
        if (!more.ok())
            return more;
        response.data.append(more.value().data);
        response.sw = more.value().sw;
    }
    return response;
}

} // namespace madoguchi::card
