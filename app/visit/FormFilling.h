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
    QMap<QString, QString> typed; // "procedure/key" → value the clerk typed earlier in this visit (kept on back)
};

// One form: card and registry values win over typed ones; what nothing holds stays Missing and editable.
FormDraft fillForm(const ProcedureSpec& procedure, const PrefillSources& sources);

// The side-by-side comparison of the card and a registry record; `differs` after normalising spaces and digits.
QList<MatchLine> compareWithRegistry(const CardFace& card, const RegistryPerson& person);

// For comparing names and addresses as a clerk would: width, spaces and 丁目/番/号 digit forms ignored.
QString comparable(const QString& text);

} // namespace madoguchi::visit
