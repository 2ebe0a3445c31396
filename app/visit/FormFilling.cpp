// Building a visit's forms from what is already known — card, registry, wizard answers — so nothing held is typed.
#include "FormFilling.h"

#include "FieldValidation.h"
#include "registry/ComparableText.h"
#include "registry/NameVariants.h"

#include <algorithm>

namespace madoguchi::visit {
namespace {

// The value a prefill path names, and where it came from; empty when nothing holds it.
QString lookup(const QString& path, const PrefillSources& s, FieldSource* source, const QString& procedure = {}) {
    const QString key = path.section(QLatin1Char('.'), 1);
    if (path.startsWith(QLatin1String("card."))) {
        // On the no-card path the registry holds the same 基本4情報 the card would have given.
        if (s.haveCard) {
            *source = FieldSource::Card;
            if (key == QLatin1String("name"))
                return s.card.name;
            if (key == QLatin1String("address"))
                return s.card.address;
            if (key == QLatin1String("birth_date"))
                return s.card.birthDate.toString(Qt::ISODate);
            if (key == QLatin1String("sex"))
                return s.card.sex;
            if (key == QLatin1String("my_number"))
                return s.card.myNumberDigits();
            return {};
        }
        if (s.haveRegistry) {
            *source = FieldSource::Registry;
            if (key == QLatin1String("name"))
                return s.registry.name;
            if (key == QLatin1String("address"))
                return s.registry.address;
            if (key == QLatin1String("birth_date"))
                return s.registry.birthDate.toString(Qt::ISODate);
            if (key == QLatin1String("sex"))
                return s.registry.sex;
        }
        return {};
    }
    if (path.startsWith(QLatin1String("registry."))) {
        if (key == QLatin1String("household_members"))
            return lookup(QStringLiteral("visit.members"), s, source);
        if (!s.haveRegistry) {
            // A resident moving in lives at the new address the clerk typed on the move-in notice.
            if (key == QLatin1String("address") && !s.typedByKey.value(QStringLiteral("new_address")).isEmpty()) {
                *source = FieldSource::Answer;
                return s.typedByKey.value(QStringLiteral("new_address"));
            }
            return {};
        }
        *source = FieldSource::Registry;
        if (key == QLatin1String("kana"))
            return s.registry.kana;
        if (key == QLatin1String("postal_code"))
            return s.registry.postalCode.size() == 7
                       ? s.registry.postalCode.left(3) + QLatin1Char('-') + s.registry.postalCode.mid(3)
                       : s.registry.postalCode;
        if (key == QLatin1String("household_head"))
            return s.registry.householdHead;
        if (key == QLatin1String("relationship"))
            return s.registry.relationship;
        if (key == QLatin1String("address"))
            return s.registry.address;
        if (key == QLatin1String("name"))
            return s.registry.name;
        if (key == QLatin1String("seal_number"))
            return s.registry.sealNumber;
        if (key == QLatin1String("income")) // the latest fiscal year's
            return s.registry.taxes.isEmpty() ? QString() : QString::number(s.registry.taxes.first().income);
        return {};
    }
    if (path.startsWith(QLatin1String("answer."))) {
        *source = FieldSource::Answer;
        return s.answers.contains(key) ? s.answers.value(key) : s.typedByKey.value(key);
    }
    if (path == QLatin1String("visit.copies")) {
        *source = FieldSource::Visit;
        return QString::number(s.copies.value(procedure, 1));
    }
    if (path == QLatin1String("visit.members")) {
        if (s.members.isEmpty())
            return {};
        const bool allHeld = std::all_of(s.members.begin(), s.members.end(), [](const Member& m) {
            return m.source == FieldSource::Card || m.source == FieldSource::Registry;
        });
        *source = allHeld ? (s.haveCard ? FieldSource::Card : FieldSource::Registry) : FieldSource::Answer;
        return membersText(s.members);
    }
    if (path == QLatin1String("visit.household_head")) {
        if (s.haveRegistry && !s.registry.householdHead.isEmpty()) {
            *source = FieldSource::Registry;
            return s.registry.householdHead;
        }
        for (const Member& m : s.members) {
            if (m.relationship == QStringLiteral("世帯主")) {
                *source = m.source == FieldSource::Card ? FieldSource::Card : FieldSource::Answer;
                return m.name;
            }
        }
        return {};
    }
    if (path.startsWith(QLatin1String("person."))) {
        // Another person of the household, once the clerk chose who (the deceased, the spouse); typed otherwise.
        const auto it = s.persons.constFind(key.section(QLatin1Char('.'), 0, 0));
        if (it == s.persons.constEnd())
            return {};
        const QString item = key.section(QLatin1Char('.'), 1);
        *source = FieldSource::Registry;
        if (item == QLatin1String("name"))
            return it->name;
        if (item == QLatin1String("kana"))
            return it->kana;
        if (item == QLatin1String("birth_date"))
            return it->birthDate.toString(Qt::ISODate);
        if (item == QLatin1String("sex"))
            return it->sex;
        if (item == QLatin1String("address"))
            return it->address;
        if (item == QLatin1String("relationship"))
            return it->relationship;
        return {};
    }
    if (path == QLatin1String("visit.date")) {
        *source = FieldSource::Visit;
        return s.today.toString(Qt::ISODate);
    }
    return {};
}

} // namespace

QString prefillValue(const QString& path, const PrefillSources& sources, FieldSource* source,
                     const QString& procedureId) {
    return lookup(path, sources, source, procedureId);
}

FormDraft fillForm(const ProcedureSpec& procedure, const PrefillSources& sources) {
    FormDraft form;
    form.procedureId = procedure.id;
    form.templateId = procedure.templateId;
    form.title = procedure.name;
    form.printouts = procedure.printouts;
    for (const FieldSpec& spec : procedure.fields) {
        FormField field;
        field.spec = spec;
        FieldSource source = FieldSource::Missing;
        const QString held = spec.prefill.isEmpty() ? QString() : lookup(spec.prefill, sources, &source, procedure.id);
        if (!held.isEmpty()) {
            field.value = held;
            field.source = source;
        } else {
            const QString typed = sources.typed.value(procedure.id + QLatin1Char('/') + spec.key);
            if (!typed.isEmpty()) {
                const FieldCheck check = checkField(spec.kind, typed, sources.today, spec.options);
                field.value = check.ok ? check.value : typed;
                field.error = check.reason;
                field.source = FieldSource::Typed;
            }
        }
        form.fields.append(field);
    }
    return form;
}

QStringList personRoles(const ProcedureSpec& procedure) {
    QStringList roles;
    for (const FieldSpec& field : procedure.fields) {
        if (!field.prefill.startsWith(QLatin1String("person.")))
            continue;
        const QString role = field.prefill.section(QLatin1Char('.'), 1, 1);
        if (!roles.contains(role))
            roles << role;
    }
    return roles;
}

QString membersText(const QList<Member>& members) {
    QStringList parts;
    for (const Member& m : members)
        parts << QStringLiteral("%1（%2・%3）").arg(m.name, m.birthDate.toString(Qt::ISODate), m.relationship);
    return parts.join(QStringLiteral("、"));
}

QString comparable(const QString& text) {
    // The registry matcher's own folding, so the match page never contradicts the matcher.
    return registry::foldedAddress(text, registry::NameVariants::shipped());
}

QList<MatchLine> compareWithRegistry(const CardFace& card, const RegistryPerson& person) {
    const registry::NameVariants& variants = registry::NameVariants::shipped();
    auto line = [](const char* field, const QString& cardValue, const QString& registryValue, bool differs) {
        return MatchLine{QString::fromLatin1(field), cardValue, registryValue, differs};
    };
    return {
        line("name", card.name, person.name,
             registry::foldedName(card.name, variants) != registry::foldedName(person.name, variants)),
        line("birth_date", card.birthDate.toString(Qt::ISODate), person.birthDate.toString(Qt::ISODate),
             card.birthDate != person.birthDate),
        line("address", card.address, person.address,
             registry::foldedAddress(card.address, variants) != registry::foldedAddress(person.address, variants)),
        line("sex", card.sex, person.sex, card.sex.trimmed() != person.sex.trimmed()),
    };
}

} // namespace madoguchi::visit
