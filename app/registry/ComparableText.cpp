// Normalising names and addresses for comparison; see ComparableText.h for the forms that compare equal.
#include "ComparableText.h"

#include "NameVariants.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {

QString withoutSpaces(QString text) {
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

int kanjiDigit(QChar c) {
    static const QString digits = u"〇一二三四五六七八九"_s;
    const qsizetype i = digits.indexOf(c);
    return i < 0 ? (c == u'零' ? 0 : -1) : int(i);
}

// 一 → 1, 十二 → 12, 二十 → 20, 百五 → 105, 一〇 → 10 (positional). Returns -1 for anything else.
int kanjiNumber(const QString& text) {
    if (text.contains(u'十') || text.contains(u'百')) {
        int total = 0;
        int pending = -1;
        for (QChar c : text) {
            if (c == u'百' || c == u'十') {
                total += (pending < 0 ? 1 : pending) * (c == u'百' ? 100 : 10);
                pending = -1;
            } else {
                const int d = kanjiDigit(c);
                if (d < 0 || pending >= 0)
                    return -1;
                pending = d;
            }
        }
        return total + (pending < 0 ? 0 : pending);
    }
    int value = 0;
    for (QChar c : text) {
        const int d = kanjiDigit(c);
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

} // namespace

QString comparableName(const QString& name) {
    return withoutSpaces(name.normalized(QString::NormalizationForm_KC));
}

QString foldedName(const QString& name, const NameVariants& variants) {
    return variants.fold(comparableName(name));
}

QString comparableAddress(const QString& address) {
    QString text = withoutSpaces(address.normalized(QString::NormalizationForm_KC));

    // Kanji numerals that count 丁目, 番地, 番 or 号 (not those in place names such as 八幡町 or 三鷹).
    static const QRegularExpression kanjiCount(u"([〇零一二三四五六七八九十百]+)(?=丁目|丁|番地|番|号|地割)"_s);
    QString converted;
    qsizetype last = 0;
    for (auto it = kanjiCount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int n = kanjiNumber(m.captured(1));
        converted += text.mid(last, m.capturedStart(1) - last);
        converted += n < 0 ? m.captured(1) : QString::number(n);
        last = m.capturedEnd(1);
    }
    converted += text.mid(last);
    text = converted;

    // 号室 is part of a room number, not of the block-lot-number triple: protect it.
    text.replace(u"号室"_s, u"\x01"_s);
    static const QRegularExpression markers(u"(\\d)(?:丁目|丁|番地の|番地|番の|番|号の|号|の)"_s);
    text.replace(markers, u"\\1-"_s);
    static const QRegularExpression hyphens(u"(\\d)[-‐‑‒–—―−ー](?=\\d)"_s);
    text.replace(hyphens, u"\\1-"_s);
    // A separator left before a non-digit or at the end ("3号" → "3-") says nothing.
    static const QRegularExpression dangling(u"-(?!\\d)"_s);
    text.replace(dangling, QString());
    text.replace(u"\x01"_s, u"号室"_s);
    return text;
}

QString foldedAddress(const QString& address, const NameVariants& variants) {
    return variants.fold(comparableAddress(address));
}

} // namespace madoguchi::registry
