// Building a visit's forms from what is already known — card, registry, wizard answers — so nothing held is typed.
#include "FormFilling.h"

#include "FieldValidation.h"

namespace madoguchi::visit {
namespace {

// The value a prefill path names, and where it came from; empty when nothing holds it.
QString lookup(const QString& path, const PrefillSources& s, FieldSource* source) {
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
                return s.card.myNumber;
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
        if (!s.haveRegistry)
            return {};
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
        return {};
    }
    if (path.startsWith(QLatin1String("answer."))) {
        *source = FieldSource::Answer;
        return s.answers.value(key);
    }
    if (path == QLatin1String("visit.date")) {
        *source = FieldSource::Visit;
        return s.today.toString(Qt::ISODate);
    }
    return {};
}

} // namespace

FormDraft fillForm(const ProcedureSpec& procedure, const PrefillSources& sources) {
    FormDraft form;
    form.procedureId = procedure.id;
    form.templateId = procedure.templateId;
    form.title = procedure.name;
    for (const FieldSpec& spec : procedure.fields) {
        FormField field;
        field.spec = spec;
        FieldSource source = FieldSource::Missing;
        const QString held = spec.prefill.isEmpty() ? QString() : lookup(spec.prefill, sources, &source);
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

QString comparable(const QString& text) {
    QString out;
    for (QChar c : normaliseTyped(text))
        if (!c.isSpace())
            out.append(c);
    return out;
}

QList<MatchLine> compareWithRegistry(const CardFace& card, const RegistryPerson& person) {
    auto line = [](const char* field, const QString& cardValue, const QString& registryValue) {
        return MatchLine{QString::fromLatin1(field), cardValue, registryValue,
                         comparable(cardValue) != comparable(registryValue)};
    };
    return {
        line("name", card.name, person.name),
        line("birth_date", card.birthDate.toString(Qt::ISODate), person.birthDate.toString(Qt::ISODate)),
        line("address", card.address, person.address),
        line("sex", card.sex, person.sex),
    };
}

} // namespace madoguchi::visit
