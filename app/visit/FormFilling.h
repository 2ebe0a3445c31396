// Building a visit's forms from what is already known — card, registry, wizard answers — so nothing held is typed.
#pragma once

#include "VisitData.h"

namespace madoguchi::visit {

// Everything a form may be prefilled from.
struct PrefillSources {
    CardFace card; // empty on the no-card path
    bool haveCard = false;
    RegistryPerson registry; // empty for a resident not in the registry yet
    bool haveRegistry = false;
    QMap<QString, QString> answers;
    QDate today;
    QMap<QString, QString> typed;      // "procedure/key" → value the clerk typed earlier in this visit (kept on back)
    QList<Member> members;             // the people the life event concerns
    QMap<QString, QString> typedByKey; // field id → value typed in any form of this visit ("answer.<id>" reads it)
    QMap<QString, int> copies;         // procedure → copies ("visit.copies")
    // Other people of the household the clerk chose for a form ("person.deceased.name"): role → person.
    QMap<QString, RegistryPerson> persons;
};

// The roles of other people ("deceased", "spouse") the procedure's fields are prefilled from.
QStringList personRoles(const ProcedureSpec& procedure);

// The value a prefill path ("card.name", "answer.move_in_date", ...) names, and its source; empty when nothing
// holds it yet.
QString prefillValue(const QString& path, const PrefillSources& sources, FieldSource* source,
                     const QString& procedureId = {});

// One form: card and registry values win over typed ones; what nothing holds stays Missing and editable.
FormDraft fillForm(const ProcedureSpec& procedure, const PrefillSources& sources);

// The side-by-side comparison of the card and a registry record; `differs` exactly when the registry matcher finds
// the field different (not merely spelled differently).
QList<MatchLine> compareWithRegistry(const CardFace& card, const RegistryPerson& person);

// The people of a life event as one line, for a form field and the resident's review.
QString membersText(const QList<Member>& members);

// For comparing names and addresses as the registry matcher does (registry/ComparableText.h): width, spaces,
// 丁目/番/号 and kanji-numeral forms and 髙/高-style variants folded.
QString comparable(const QString& text);

} // namespace madoguchi::visit
