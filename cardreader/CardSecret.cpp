// The PIN (暗証番号) or 照合番号B a resident types: held in one buffer that is wiped when it dies or is moved from.
#include "CardSecret.h"

#include <algorithm>
#include <cstring>

namespace madoguchi::card {

void secureZero(void* data, size_t size) {
    auto* p = static_cast<volatile unsigned char*>(data);
    while (size-- > 0)
        *p++ = 0;
}

void secureWipe(QByteArray& secret) {
    if (!secret.isEmpty()) {
        secret.detach();
        secureZero(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

void secureWipe(QString& secret) {
    if (!secret.isEmpty()) {
        secret.detach();
        secureZero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    }
    secret.clear();
}

CardSecret::CardSecret(Kind kind, QByteArrayView digits)
    : m_kind(kind) {
    if (digits.size() > kCapacity) {
        m_overflow = true;
        return;
    }
    std::copy(digits.begin(), digits.end(), m_bytes.begin());
    m_size = static_cast<int>(digits.size());
}

CardSecret CardSecret::pin(QByteArrayView digits) {
    return {Kind::Pin, digits};
}

CardSecret CardSecret::codeB(QByteArrayView digits) {
    return {Kind::CodeB, digits};
}

CardSecret CardSecret::fromText(Kind kind, const QString& text) {
    std::array<char, kCapacity> latin{};
    const qsizetype n = text.size();
    CardSecret secret(kind, {});
    if (n > kCapacity) {
        secret.m_overflow = true;
        return secret;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        latin[static_cast<size_t>(i)] = c < 0x80 ? static_cast<char>(c) : '?';
    }
    std::copy(latin.begin(), latin.begin() + n, secret.m_bytes.begin());
    secret.m_size = static_cast<int>(n);
    secureZero(latin.data(), latin.size());
    return secret;
}

CardSecret::CardSecret(CardSecret&& other) noexcept
    : m_kind(other.m_kind)
    , m_bytes(other.m_bytes)
    , m_size(other.m_size)
    , m_overflow(other.m_overflow) {
    other.wipe();
}

CardSecret& CardSecret::operator=(CardSecret&& other) noexcept {
    if (this != &other) {
        wipe();
        m_kind = other.m_kind;
        m_bytes = other.m_bytes;
        m_size = other.m_size;
        m_overflow = other.m_overflow;
        other.wipe();
    }
    return *this;
}

CardSecret::~CardSecret() {
    wipe();
}

void CardSecret::wipe() {
    secureZero(m_bytes.data(), m_bytes.size());
    m_size = 0;
}

bool CardSecret::isWellFormed() const {
    if (m_overflow)
        return false;
    const int wanted = m_kind == Kind::Pin ? 4 : 14;
    if (m_size != wanted)
        return false;
    if (!std::all_of(m_bytes.begin(), m_bytes.begin() + m_size, [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    if (m_kind == Kind::CodeB) {
        auto number = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (m_bytes[static_cast<size_t>(i)] - '0');
            return v;
        };
        const int month = number(2, 2);
        const int day = number(4, 2);
        const int expiry = number(6, 4);
        // The era year (00-99) cannot be checked without the era; the rest can.
        if (month < 1 || month > 12 || day < 1 || day > 31 || expiry < 2015 || expiry > 2099)
            return false;
    }
    return true;
}

} // namespace madoguchi::card
