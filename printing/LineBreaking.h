// Where a line of Japanese text may break (禁則処理): never before 、。」 and the like, never after 「（.
#pragma once

#include <QString>

namespace madoguchi::print {

class LineBreaking {
public:
    // True when a line may end between `before` and `after` (both whole code points).
    static bool mayBreakBetween(char32_t before, char32_t after);
    // Characters that must not begin a line (行頭禁則).
    static bool noLineStart(char32_t c);
    // Characters that must not end a line (行末禁則).
    static bool noLineEnd(char32_t c);
};

} // namespace madoguchi::print
