// Matching the card's basic four details (基本4情報) to registry residents: candidates, confidence, differences.
#pragma once

#include "RegistryRecord.h"

#include <QList>

namespace madoguchi::registry {

class NameVariants;

// What the card's face data says, as read from the 券面事項入力補助AP. Never carries the My Number.
struct CardIdentity {
    QString name;    // family and given name separated by U+3000, e.g. "山田　太郎"
    QString address; // e.g. "東京都武蔵野市緑町一丁目２番３号"
    QDate birthDate;
    QString sex; // "1", "2", "9"
};

// How one field of the card compares with the registry.
enum class FieldMatch {
    Same,       // identical once spaces and character width are ignored
    Equivalent, // the same after folding notation: 丁目/番/号 vs hyphens, kanji numerals, 髙/高-style variants
    Different,
};

enum class MatchConfidence {
    Exact,  // every field Same
    Strong, // every field Same or Equivalent: the same person, spelled differently
    Weak,   // exactly one field Different (e.g. the card's address not yet updated): the clerk must check
};

struct MatchCandidate {
    Resident resident;
    QString registryAddress; // the household's address as the registry holds it
    MatchConfidence confidence = MatchConfidence::Weak;
    FieldMatch name = FieldMatch::Different;
    FieldMatch address = FieldMatch::Different;
    FieldMatch birthDate = FieldMatch::Different;
    FieldMatch sex = FieldMatch::Different;

    // The fields that are Different, by name: "name", "address", "birth_date", "sex".
    QStringList differingFields() const;
};

struct MatchResult {
    QList<MatchCandidate> candidates; // best first; never holds a resident with two or more fields Different

    // One Exact or Strong candidate and no other: the terminal may propose it. Anything else needs the clerk.
    const MatchCandidate* unique() const;
};

// Compares the card with each resident (the store first narrows the registry, e.g. to residents sharing the birth
// date or the name). Pure. Uses NameVariants::shipped() unless a table is given.
MatchResult matchCard(const CardIdentity& card, const QList<Resident>& residents, const QList<Household>& households);
MatchResult matchCard(const CardIdentity& card, const QList<Resident>& residents, const QList<Household>& households,
                      const NameVariants& variants);

} // namespace madoguchi::registry
