// Finding a procedure as the clerk types: by its name (Japanese or English), its reading in kana and its keywords.
#pragma once

#include "LocalText.h"

#include <QString>
#include <QStringList>

namespace madoguchi::visit {

// The form both sides are compared in: full-width letters and digits made half-width, lower case, katakana as
// hiragana (ジドウ finds じどう), without spaces and the punctuation names carry (・（）／「」、).
QString searchKey(const QString& text);

// Every word of `query` (split at spaces) is found in the name, the reading or a keyword. An empty query matches.
bool matchesSearch(const LocalText& name, const QString& reading, const QStringList& keywords, const QString& query);

} // namespace madoguchi::visit
