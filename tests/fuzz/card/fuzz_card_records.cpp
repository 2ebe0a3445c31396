// libFuzzer target: the text AP record parsers (BER-TLV, basic 4 info, My Number record) and the card protocol's
// handling of arbitrary card answers (status words, 61xx/6Cxx chains, short and overlong responses).
#include "Apdu.h"
#include "CardTransport.h"
#include "MyNumberCard.h"
#include "TextApRecords.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace madoguchi::card;

namespace {
// A card whose every answer comes from the fuzz input: one length byte, then that many bytes (data + SW).
class FuzzedCard final : public CardTransport {
public:
    explicit FuzzedCard(QByteArrayView input)
        : m_input(input) {}
    CardOutcome beginSession(Access) override { return std::monostate{}; }
    CardResult<QByteArray> transmit(const QByteArray&) override {
        if (m_pos >= m_input.size())
            return CardError(CardError::Kind::CardRemoved, QStringLiteral("input exhausted"));
        const qsizetype n = static_cast<quint8>(m_input.at(m_pos++));
        const QByteArray answer = m_input.sliced(m_pos, std::min(n, m_input.size() - m_pos)).toByteArray();
        m_pos += answer.size();
        return answer;
    }
    void endSession() override {}
    QString description() const override { return QStringLiteral("fuzzed card"); }
    QByteArray atr() const override { return {}; }

private:
    QByteArrayView m_input;
    qsizetype m_pos = 0;
};
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // The APDU trace would turn every run into a flood of log lines; the fuzzer is after crashes, not logs.
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (size == 0)
        return 0;
    // The first byte chooses the target, so one corpus covers all of them.
    const QByteArrayView rest = input.sliced(1);
    switch (static_cast<quint8>(input.at(0)) % 4) {
    case 0: {
        const auto parsed = textap::parseBasicInfo(rest);
        if (parsed.ok()) { // what parses must survive a round trip
            const QByteArray again = textap::encodeBasicInfo(parsed.value().name, parsed.value().address,
                                                             parsed.value().birthDate, parsed.value().sex);
            if (!textap::parseBasicInfo(again).ok())
                __builtin_trap();
        }
        break;
    }
    case 1:
        (void)textap::parseMyNumberRecord(rest);
        for (qsizetype pos = 0; pos < rest.size() && pos < 64; ++pos)
            (void)textap::readTlvHeader(rest, pos);
        break;
    case 2: {
        FuzzedCard transport(rest);
        MyNumberCard card(transport);
        (void)card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true, .lastTryConfirmed = true});
        break;
    }
    case 3: {
        FuzzedCard transport(rest);
        MyNumberCard card(transport);
        (void)card.readTriesLeft();
        (void)apdu::traceResponse(ApduResponse::fromRaw(rest.toByteArray()), false);
        (void)statusWordText(
            static_cast<quint16>(rest.size() >= 2 ? (quint8(rest.at(0)) << 8) | quint8(rest.at(1)) : 0));
        break;
    }
    }
    return 0;
}
