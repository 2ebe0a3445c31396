// Numbers as Japanese documents write them: full-width digits (１２３), kanji numerals (百二十三), yen amounts.
#include "JapaneseNumerals.h"

#include <array>

namespace madoguchi::print {

QString JapaneseNumerals::toFullWidth(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ')
            result += QChar(u'　');
        else if (u >= 0x21 && u <= 0x7E)
            result += QChar(static_cast<char16_t>(u - 0x21 + 0xFF01)); // the FFxx block mirrors ASCII 21–7E
        else
            result += c;
    }
    return result;
}

QString JapaneseNumerals::toKanji(qint64 value) {
    static const std::array<const char16_t*, 10> digits = {u"〇", u"一", u"二", u"三", u"四",
                                                           u"五", u"六", u"七", u"八", u"九"};
    static const std::array<const char16_t*, 4> small = {u"", u"十", u"百", u"千"};
    static const std::array<const char16_t*, 4> large = {u"", u"万", u"億", u"兆"};
    if (value == 0)
        return QString::fromUtf16(digits[0]);
    QString result;
    if (value < 0) {
        result = QStringLiteral("マイナス");
        value = -value;
    }
    QString body;
    for (int group = 0; value > 0 && group < 4; ++group) {
        int part = static_cast<int>(value % 10000);
        value /= 10000;
        if (part == 0)
            continue;
        QString text;
        for (int position = 0; part > 0; ++position, part /= 10) {
            const int digit = part % 10;
            if (digit == 0)
                continue;
            // 十, 百, 千 stand alone for one (十 not 一十); 一千 is not used either.
            const QString d = (digit == 1 && position > 0) ? QString() : QString::fromUtf16(digits[digit]);
            text.prepend(d + QString::fromUtf16(small[position]));
        }
        body.prepend(text + QString::fromUtf16(large[group]));
    }
    return result + body;
}

QString JapaneseNumerals::grouped(qint64 value) {
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace madoguchi::print
