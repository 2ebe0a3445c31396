// The PIN (暗証番号) or 照合番号B a resident types: held in one buffer that is wiped when it dies or is moved from.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace madoguchi::card {

// The PIN type of the card API. Move-only: the digits exist in exactly one place, are never copied into a QString,
// never printed, and are zeroed when the object is destroyed, moved from or wipe()d. The card protocol takes it by
// value, so the caller's copy is gone once a read returns.
class CardSecret final {
public:
    enum class Kind { Pin, CodeB };

    // The 4-digit PIN of the 券面事項入力補助AP.
    static CardSecret pin(QByteArrayView digits);
    // 照合番号B: birth date YYMMDD in the Japanese era + expiry year YYYY + 4-digit security code (14 digits).
    static CardSecret codeB(QByteArrayView digits);
    // From typed text (a line read from a terminal or a widget); the QString is not kept.
    static CardSecret fromText(Kind kind, const QString& text);

    CardSecret(CardSecret&& other) noexcept;
    CardSecret& operator=(CardSecret&& other) noexcept;
    CardSecret(const CardSecret&) = delete;
    CardSecret& operator=(const CardSecret&) = delete;
    ~CardSecret();

    Kind kind() const { return m_kind; }
    // Right length, digits only (and, for 照合番号B, a plausible month, day and expiry year).
    bool isWellFormed() const;
    bool isEmpty() const { return m_size == 0; }
    // The bytes for the VERIFY command; valid until the secret is wiped.
    QByteArrayView bytes() const { return {m_bytes.data(), static_cast<qsizetype>(m_size)}; }
    void wipe();

private:
    CardSecret(Kind kind, QByteArrayView digits);

    static constexpr int kCapacity = 32; // longer input is refused as not well-formed
    Kind m_kind;
    std::array<char, kCapacity> m_bytes{};
    int m_size = 0;
    bool m_overflow = false;
};

// Zeroes memory in a way the optimiser may not remove. The one place secrets are wiped: everything else calls this.
void secureZero(void* data, size_t size);
// Zeroes a buffer that held a secret (a PIN, a My Number, a password, a key) and empties it.
void secureWipe(QByteArray& secret);
void secureWipe(QString& secret);

} // namespace madoguchi::card
