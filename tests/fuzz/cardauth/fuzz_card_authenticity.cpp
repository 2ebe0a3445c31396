// libFuzzer target: the parsers of the card's signature records (EF 0003, EF 0004, EF 0007, the visual AP's card
// face), the JPEG 2000 photo decoder, and the whole authenticity check of a read over arbitrary card answers.
#include "AuthenticityRecords.h"
#include "CardAuthenticity.h"
#include "CardTransport.h"
#include "FacePhoto.h"
#include "MyNumberCard.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace madoguchi::card;

namespace {
// A card whose every answer comes from the fuzz input: a 2-byte length, then that many bytes (data + SW).
class FuzzedCard final : public CardTransport {
public:
    explicit FuzzedCard(QByteArrayView input)
        : m_input(input) {}
    CardOutcome beginSession(Access) override { return std::monostate{}; }
    CardResult<QByteArray> transmit(const QByteArray&) override {
        if (m_pos + 2 > m_input.size())
            return CardError(CardError::Kind::CardRemoved, QStringLiteral("input exhausted"));
        const qsizetype n = (quint8(m_input.at(m_pos)) << 8) | quint8(m_input.at(m_pos + 1));
        m_pos += 2;
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

std::shared_ptr<AuthenticityConfig> g_config;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    QString error;
    g_config = std::make_shared<AuthenticityConfig>();
    if (auto anchors = TrustAnchors::load(TrustAnchors::testHierarchyFile(), TrustAnchors::Use::SimulatedCard, &error))
        g_config->anchors = std::make_shared<const TrustAnchors>(*anchors);
    g_config->cache = std::make_shared<CvCertificateCache>();
    g_config->photo = PhotoCode::CodeB;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArrayView rest = input.sliced(1);
    switch (static_cast<quint8>(input.at(0)) % 6) {
    case 0:
        (void)records::parseIntegrityRecord(rest);
        (void)records::basicInfoDigestedPart(rest);
        break;
    case 1:
        (void)records::parseCvCertificate(rest);
        break;
    case 2:
        (void)records::parseSignedPublicKey(rest);
        break;
    case 3: {
        const auto face = records::parseCardFace(rest);
        if (face.ok()) // what parses must carry a photo of at least one byte and a signature
            if (face.value().photoJp2.isEmpty() || face.value().signature.size() < 256)
                __builtin_trap();
        break;
    }
    case 4:
        if (rest.size() < 4096) // the card's photo is a few kilobytes; bigger inputs only slow the run
            (void)FacePhoto::decodeJpeg2000(rest);
        break;
    case 5: {
        FuzzedCard transport(rest);
        MyNumberCard card(transport);
        (void)card.readWithCodeB(CardSecret::codeB("55021720352285"), {.authenticity = g_config});
        break;
    }
    }
    return 0;
}
