// A software model of the My Number card (個人番号カード) with a fictitious holder, for demo mode and tests.
#pragma once

#include "CardPersona.h"
#include "VirtualCard.h"

#include <QByteArrayView>

#include <memory>
#include <optional>

namespace madoguchi::card {

// Models what the card reader code relies on, as far as public sources describe the card:
// - 券面事項入力補助AP (text AP): EF 0001 My Number (PIN or 照合番号A), EF 0002 basic 4 info (PIN or 照合番号B),
//   key EFs 0011 PIN, 0014 照合番号A, 0015 照合番号B; SELECT EF, and the short-file-id forms of VERIFY
//   (P2 = 80|SFI) and READ BINARY (P1 = 80|SFI), which a card may refuse with 6A 86 (Behaviour).
// - tries: VERIFY without data answers 63 Cx and consumes nothing; a wrong secret 63 Cx, the exhausting one 63 C0,
//   later ones 69 84; a right one resets the counter. `69 82` for a protected EF before VERIFY, `6B 00` past the end.
// - power off clears the verified state and the selection; the counters survive (counters()/setCounters()).
// - JPKI AP: EF 0006 token info "JPKIAPICCTOKEN2" (no PIN).
// - authenticity, signed like a real card with the TEST hierarchy (resources/demo/test-hierarchy): text AP EF 0003
//   integrity record, EF 0004 CV certificate (no PIN), EF 0007 signed card key; visual AP (券面事項確認AP) EF 0002 card
//   face with a synthetic JPEG 2000 photo (照合番号B at EF 0012 or A at EF 0013; the counters are shared with the text
//   AP's) and EF 0004; GET CHALLENGE and 80 2A 00 00 (the card signs a DigestInfo, after a GET CHALLENGE). READ BINARY
//   takes an extended Le (00 + 2 bytes) unless Behaviour says not. The persona's `forgery` makes the card lie in one
//   way. The records are signed on first use, not at construction.
class VirtualMyNumberCard final : public VirtualCard {
public:
    static constexpr int kPinMaxTries = 3;
    // 照合番号A/B: soltia48/myna-card reports 10 for B; nothing public confirms either. Assumed 10 for both.
    static constexpr int kCodeMaxTries = 10;

    struct Counters {
        int pin = kPinMaxTries;
        int codeA = kCodeMaxTries;
        int codeB = kCodeMaxTries;
        friend bool operator==(const Counters&, const Counters&) = default;
    };
    struct Behaviour {
        bool acceptsShortFileIds = true;   // false: SFI forms answer 6A 86, as some card generations may
        bool acceptsExtendedLength = true; // false: READ BINARY with an extended Le answers 67 00
    };

    explicit VirtualMyNumberCard(CardPersona persona);
    VirtualMyNumberCard(CardPersona persona, Behaviour behaviour);

    QByteArray atr() const override;
    void powerOn() override;
    void powerOff() override;
    QByteArray transmit(const QByteArray& commandApdu) override;

    Counters counters() const { return m_counters; }
    void setCounters(const Counters& counters) { m_counters = counters; }
    const CardPersona& persona() const { return m_persona; }

private:
    enum class Application { None, TextAp, VisualAp, JpkiAp };
    enum CredentialBit { PinBit = 1, CodeABit = 2, CodeBBit = 4, VisualCodeABit = 8, VisualCodeBBit = 16 };

    QByteArray select(quint8 p1, QByteArrayView data);
    QByteArray verify(quint8 p2, const QByteArray& apdu);
    QByteArray readBinary(quint8 p1, quint8 p2, const QByteArray& apdu);
    QByteArray getChallenge(const QByteArray& apdu);
    QByteArray internalSign(quint8 p1, quint8 p2, const QByteArray& apdu);
    std::optional<QByteArray> file(quint16 fid);
    bool isKeyFile(quint16 fid) const;
    bool isOpen(quint16 fid) const;
    void ensureSigned();

    CardPersona m_persona;
    Behaviour m_behaviour;
    Counters m_counters;
    Application m_application = Application::None;
    quint16 m_currentFile = 0;
    int m_verified = 0;
    QByteArray m_basicInfo;
    QByteArray m_myNumber;
    bool m_challengeIssued = false;
    struct Signed;
    std::shared_ptr<Signed> m_signed; // built on first use
};

} // namespace madoguchi::card
