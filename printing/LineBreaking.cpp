// Where a line of Japanese text may break (禁則処理): never before 、。」 and the like, never after 「（.
#include "LineBreaking.h"

namespace madoguchi::print {

namespace {
bool isAsciiWordChar(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'-' || c == U'.' ||
           c == U',' || c == U'\'' || c == U'/' || c == U'@';
}
} // namespace

bool LineBreaking::noLineStart(char32_t c) {
    static const char32_t set[] =
        U"、。，．・：；？！゛゜ヽヾゝゞ々ー）］｝」』】〕〉》’”〜…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
        U",.)]}:;?!%";
    for (const char32_t s : set) {
        if (s != 0 && s == c)
            return true;
    }
    return false;
}

bool LineBreaking::noLineEnd(char32_t c) {
    static const char32_t set[] = U"（［｛「『【〔〈《‘“([{";
    for (const char32_t s : set) {
        if (s != 0 && s == c)
            return true;
    }
    return false;
}

bool LineBreaking::mayBreakBetween(char32_t before, char32_t after) {
    if (noLineStart(after) || noLineEnd(before))
        return false;
    // Latin words and numbers stay whole; a space between them is the break opportunity.
    if (isAsciiWordChar(before) && isAsciiWordChar(after))
        return false;
    return true;
}

} // namespace madoguchi::print
