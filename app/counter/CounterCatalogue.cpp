// The visit's catalogue port over the procedures catalogue.
#include "CounterCatalogue.h"

namespace madoguchi::counter {
namespace {

visit::LocalText textOf(const catalogue::LocalizedText& text) {
    return visit::LocalText::of(text.ja, text.en);
}

visit::FieldKind kindOf(const catalogue::ProcedureField& field) {
    using catalogue::FieldType;
    switch (field.type) {
    case FieldType::Kana:
        return visit::FieldKind::Kana;
    case FieldType::Date:
        return field.id.contains(QLatin1String("birth")) ? visit::FieldKind::BirthDate : visit::FieldKind::Date;
    case FieldType::Number:
    case FieldType::Yen:
        return visit::FieldKind::Number;
    case FieldType::Choice:
        return visit::FieldKind::Choice;
    case FieldType::Bool:
        return visit::FieldKind::YesNo;
    case FieldType::PostalCode:
        return visit::FieldKind::PostalCode;
    case FieldType::Phone:
        return visit::FieldKind::Phone;
    case FieldType::MyNumber:
        return visit::FieldKind::MyNumber;
    case FieldType::Text:
    case FieldType::Address:
    case FieldType::MemberList:
        return visit::FieldKind::Text;
    }
    return visit::FieldKind::Text;
}

QString prefillOf(const catalogue::ProcedureField& field) {
    using catalogue::PrefillSource;
    if (field.type == catalogue::FieldType::MemberList)
        return QStringLiteral("visit.members");
    if (field.id == QLatin1String("copies"))
        return QStringLiteral("visit.copies");
    if (field.id == QLatin1String("head_of_household"))
        return QStringLiteral("visit.household_head"); // from the people concerned, or the registry
    switch (field.prefillSource) {
    case PrefillSource::None:
        return {};
    case PrefillSource::Card:
        return QStringLiteral("card.") + field.prefillKey;
    case PrefillSource::Registry:
        return QStringLiteral("registry.") + field.prefillKey;
    case PrefillSource::Answer:
        return QStringLiteral("answer.") + field.prefillKey;
    case PrefillSource::Visit:
        return QStringLiteral("visit.") + field.prefillKey;
    case PrefillSource::Person:
        return QStringLiteral("person.") + field.prefillKey;
    }
    return {};
}

} // namespace

CounterCatalogue::CounterCatalogue(catalogue::Catalogue catalogue)
    : m_catalogue(std::move(catalogue)) {
    // Every procedure's spec made once: the visit asks for them many times per visit (fees, forms, documents), and
    // the catalogue does not change under a CounterCatalogue (a reload makes a new one). Read-only from here on, so
    // the worker may read it too.
    for (const catalogue::Procedure& p : m_catalogue.procedures()) {
        visit::ProcedureSpec spec;
        if (makeSpec(p.id, &spec))
            m_specs.insert(p.id, spec);
    }
}

bool CounterCatalogue::procedure(const QString& id, visit::ProcedureSpec* spec) const {
    const auto it = m_specs.constFind(id);
    if (it == m_specs.constEnd())
        return false;
    *spec = *it;
    return true;
}

QStringList CounterCatalogue::questionFields(const QString& lifeEventId) const {
    QStringList ids;
    for (const catalogue::FollowUpRule& rule : m_catalogue.followUpRules())
        if (rule.lifeEventId == lifeEventId && !rule.answerField.isEmpty() && !ids.contains(rule.answerField))
            ids << rule.answerField;
    return ids;
}

QList<visit::LifeEventSpec> CounterCatalogue::lifeEvents() const {
    QList<visit::LifeEventSpec> events;
    for (const catalogue::Procedure& p : m_catalogue.lifeEvents()) {
        visit::LifeEventSpec event;
        event.id = p.id;
        event.name = textOf(p.name);
        event.reading = p.reading;
        event.keywords = p.keywords;
        event.procedures = {p.id};
        event.residentMayBeNew = p.id == QLatin1String("move-in");
        for (const catalogue::ProcedureField& field : p.fields)
            event.hasMembers = event.hasMembers || field.type == catalogue::FieldType::MemberList;
        for (const QString& id : questionFields(p.id)) {
            if (const catalogue::ProcedureField* field = p.field(id))
                event.questions.append(visit::Question{id, textOf(field->label),
                                                       field->type == catalogue::FieldType::Bool
                                                           ? visit::Question::Kind::YesNo
                                                           : visit::Question::Kind::Text});
        }
        events.append(event);
    }
    return events;
}

QList<visit::ProcedureSpec> CounterCatalogue::directProcedures() const {
    // Every procedure that is not a life event, certificates first (the most asked for at a counter).
    QList<visit::ProcedureSpec> specs;
    QList<visit::ProcedureSpec> others;
    for (const catalogue::Procedure& p : m_catalogue.procedures()) {
        visit::ProcedureSpec spec;
        if (p.category == catalogue::Category::LifeEvent || !procedure(p.id, &spec))
            continue;
        (spec.certificate ? specs : others).append(spec);
    }
    return specs + others;
}

bool CounterCatalogue::makeSpec(const QString& id, visit::ProcedureSpec* spec) const {
    const catalogue::Procedure* p = m_catalogue.procedure(id);
    if (!p)
        return false;
    const QStringList questions = p->category == catalogue::Category::LifeEvent ? questionFields(p->id) : QStringList();
    *spec = {};
    spec->id = p->id;
    spec->name = textOf(p->name);
    spec->category = catalogue::categoryName(p->category);
    spec->reading = p->reading;
    spec->keywords = p->keywords;
    spec->templateId = p->id;
    spec->certificate = p->category == catalogue::Category::Certificate;
    spec->feePerCopy = p->fee.amount;
    spec->needsMyNumber = p->myNumberRequired;
    spec->printouts = p->printouts;
    spec->needs = p->needs;
    for (const catalogue::LocalizedText& document : p->documents)
        spec->requiredDocuments.append(textOf(document));
    for (const catalogue::ProcedureField& field : p->fields) {
        visit::FieldSpec f;
        f.key = field.id;
        f.label = textOf(field.label);
        f.kind = kindOf(field);
        f.required = field.required;
        f.prefill = questions.contains(field.id) ? QStringLiteral("answer.") + field.id : prefillOf(field);
        for (const catalogue::Choice& choice : field.validation.choices) {
            f.options.append(choice.value);
            f.optionLabels.append(textOf(choice.label));
        }
        spec->fields.append(f);
    }
    return true;
}

QList<visit::FollowUp> CounterCatalogue::followUps(const QString& lifeEventId, const QMap<QString, QString>& answers,
                                                   const QList<visit::Member>& members, const QDate& today) const {
    catalogue::VisitFacts facts;
    facts.lifeEventId = lifeEventId;
    facts.visitDate = today;
    for (const visit::Member& m : members)
        facts.concernedBirthDates.append(m.birthDate);
    for (auto it = answers.begin(); it != answers.end(); ++it)
        facts.answers.insert(it.key(), it.value() == QLatin1String("yes")  ? QStringLiteral("true")
                                       : it.value() == QLatin1String("no") ? QStringLiteral("false")
                                                                           : it.value());
    QList<visit::FollowUp> proposals;
    for (const catalogue::FollowUpProposal& p : m_catalogue.followUps(facts))
        proposals.append(visit::FollowUp{p.procedureId, textOf(p.reason), visit::FollowUp::Decision::Undecided});
    return proposals;
}

} // namespace madoguchi::counter
