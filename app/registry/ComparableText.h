// Normalised forms of names and addresses, so that the card's spelling and the registry's can be compared.
#pragma once

#include <QString>

namespace madoguchi::registry {

class NameVariants;

// Names: NFKC (full-width Latin → half-width, half-width kana → full-width), spaces of any width removed.
QString comparableName(const QString& name);
// The same, with kanji variants folded (髙 → 高): equality here means "the same name, spelled differently".
QString foldedName(const QString& name, const NameVariants& variants);

// Addresses: NFKC (full-width digits → half-width), spaces removed, kanji numerals before 丁目/番地/番/号 turned
// into digits, and 丁目/番地/番/号/の and hyphen-like marks between numbers turned into one "-":
// 緑町一丁目２番３号 = 緑町1丁目2番3号 = 緑町1-2-3 = 緑町１－２－３ → "緑町1-2-3". Room numbers (号室) are kept.
QString comparableAddress(const QString& address);
QString foldedAddress(const QString& address, const NameVariants& variants);

} // namespace madoguchi::registry
