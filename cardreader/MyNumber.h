// The 12-digit individual number (個人番号) read from the card: held so it can be wiped, masked by default.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

namespace madoguchi::card {

// Inline storage (no heap copy to forget); every copy wipes its own digits when destroyed. Only digits() reveals the
// number, for the procedures that lawfully need it; logs and screens use masked().
class MyNumber final {
public:
    // nullopt unless exactly 12 ASCII digits with a valid check digit.
    static std::optional<MyNumber> fromDigits(QByteArrayView digits);
    // The check digit rule of the 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条.
    static bool hasValidCheckDigit(QByteArrayView digits);
    // The check digit of the first 11 digits (the one place this rule is written); -1 unless 11 ASCII digits.
    static int checkDigit(QByteArrayView first11);

    MyNumber(const MyNumber& other) = default;
    MyNumber& operator=(const MyNumber& other) = default;
    ~MyNumber();

    QString digits() const;
    static QString masked() { return QStringLiteral("**** **** ****"); }
    void wipe();
    bool isWiped() const { return m_digits[0] == 0; }

    friend bool operator==(const MyNumber& a, const MyNumber& b) { return a.m_digits == b.m_digits; }

private:
    MyNumber() = default;
    std::array<char, 12> m_digits{};
};

} // namespace madoguchi::card
