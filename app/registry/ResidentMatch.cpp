// Card ↔ registry matching: compares each field in two steps (same, then same after folding notation).
#include "ResidentMatch.h"

#include "ComparableText.h"
#include "NameVariants.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {

// The card's side of every comparison, normalised once per call rather than once per resident.
struct CardForms {
    CardForms(const CardIdentity& card, const NameVariants& variants) {
        // The card puts U+3000 between family and given name (a typed name may use any space); the parts are
        // compared separately, so that 山田　太郎 never equals 山田太　郎.
        const qsizetype split =
            std::find_if(card.name.cbegin(), card.name.cend(), [](QChar c) { return c.isSpace(); }) -
            card.name.cbegin();
        family = comparableName(card.name.left(split));
        given = comparableName(card.name.mid(split + 1));
        familyFolded = variants.fold(family);
        givenFolded = variants.fold(given);
        address = comparableName(card.address);
        addressFolded = foldedAddress(card.address, variants);
    }
    QString family, given, familyFolded, givenFolded, address, addressFolded;
};

FieldMatch compareNames(const CardForms& card, const Resident& r, const NameVariants& variants) {
    const QString family = comparableName(r.familyName);
    const QString given = comparableName(r.givenName);
    if (card.family == family && card.given == given)
        return FieldMatch::Same;
    if (card.familyFolded == variants.fold(family) && card.givenFolded == variants.fold(given))
        return FieldMatch::Equivalent;
    return FieldMatch::Different;
}

FieldMatch compareAddresses(const CardForms& card, const QString& registry, const NameVariants& variants) {
    if (registry.isEmpty())
        return FieldMatch::Different;
    if (card.address == comparableName(registry))
        return FieldMatch::Same;
    if (card.addressFolded == foldedAddress(registry, variants))
        return FieldMatch::Equivalent;
    return FieldMatch::Different;
}

int rank(const MatchCandidate& c) {
    int sames = 0;
    for (FieldMatch f : {c.name, c.address, c.birthDate, c.sex})
        sames += f == FieldMatch::Same ? 1 : 0;
    return int(c.confidence) * 10 - sames;
}

} // namespace

QStringList MatchCandidate::differingFields() const {
    QStringList fields;
    if (name == FieldMatch::Different)
        fields << u"name"_s;
    if (address == FieldMatch::Different)
        fields << u"address"_s;
    if (birthDate == FieldMatch::Different)
        fields << u"birth_date"_s;
    if (sex == FieldMatch::Different)
        fields << u"sex"_s;
    return fields;
}

const MatchCandidate* MatchResult::unique() const {
    const MatchCandidate* found = nullptr;
    for (const MatchCandidate& c : candidates) {
        if (c.confidence == MatchConfidence::Weak)
            continue;
        if (found)
            return nullptr;
        found = &c;
    }
    return found;
}

MatchResult matchCard(const CardIdentity& card, const QList<Resident>& residents, const QList<Household>& households) {
    return matchCard(card, residents, households, NameVariants::shipped());
}

MatchResult matchCard(const CardIdentity& card, const QList<Resident>& residents, const QList<Household>& households,
                      const NameVariants& variants) {
    QHash<QString, QString> addresses;
    for (const Household& h : households)
        addresses.insert(h.id, h.address);

    const CardForms forms(card, variants);
    MatchResult result;
    for (const Resident& r : residents) {
        MatchCandidate c;
        c.name = compareNames(forms, r, variants);
        c.birthDate =
            card.birthDate.isValid() && card.birthDate == r.birthDate ? FieldMatch::Same : FieldMatch::Different;
        if (c.name == FieldMatch::Different && c.birthDate == FieldMatch::Different)
            continue; // already two fields apart: skip the costlier address comparison
        c.registryAddress = addresses.value(r.householdId);
        c.address = compareAddresses(forms, c.registryAddress, variants);
        c.sex = !card.sex.isEmpty() && card.sex == r.sex ? FieldMatch::Same : FieldMatch::Different;
        // Two fields or more apart is another person: a shared name (or birthday) alone is never a candidate.
        const QStringList differing = c.differingFields();
        if (differing.size() >= 2)
            continue;
        const bool allSame = c.name == FieldMatch::Same && c.address == FieldMatch::Same &&
                             c.birthDate == FieldMatch::Same && c.sex == FieldMatch::Same;
        c.confidence = !differing.isEmpty() ? MatchConfidence::Weak
                       : allSame            ? MatchConfidence::Exact
                                            : MatchConfidence::Strong;
        c.resident = r;
        result.candidates.append(c);
    }
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const MatchCandidate& a, const MatchCandidate& b) { return rank(a) < rank(b); });
    return result;
}

} // namespace madoguchi::registry
