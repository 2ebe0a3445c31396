// The 12-digit individual number (個人番号) read from the card: held so it can be wiped, masked by default.
#include "MyNumber.h"

#include "CardSecret.h"

#include <algorithm>

namespace madoguchi::card {

int MyNumber::checkDigit(QByteArrayView first11) {
    if (first11.size() != 11 ||
        !std::all_of(first11.begin(), first11.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
    // P_n is the n-th digit counted from the right of the first eleven; Q_n = n+1 (n<=6), n-5 (n>=7).
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = first11.at(11 - n) - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
}

bool MyNumber::hasValidCheckDigit(QByteArrayView digits) {
    if (digits.size() != 12)
        return false;
    const int check = checkDigit(digits.first(11));
    return check >= 0 && digits.at(11) >= '0' && digits.at(11) <= '9' && digits.at(11) - '0' == check;
}

std::optional<MyNumber> MyNumber::fromDigits(QByteArrayView digits) {
    if (!hasValidCheckDigit(digits))
        return std::nullopt;
    MyNumber number;
    std::copy(digits.begin(), digits.end(), number.m_digits.begin());
    return number;
}

MyNumber::~MyNumber() {
    wipe();
}

QString MyNumber::digits() const {
    return QString::fromLatin1(m_digits.data(), isWiped() ? 0 : 12);
}

void MyNumber::wipe() {
    secureZero(m_digits.data(), m_digits.size());
}

} // namespace madoguchi::card
