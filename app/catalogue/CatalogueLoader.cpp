// Reading and validating catalogue JSON: every key known, every value checked, every reference resolved; errors
// name the file, the procedure and the field.
#include "Catalogue.h"
#include "PrintBinding.h"

#include "CoreLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace madoguchi::catalogue {

const QString Catalogue::kShippedDirectory = u":/madoguchi/catalogue"_s;

namespace {

template <typename E> struct Named {
    const char16_t* name;
    E value;
};

const Named<Category> kCategories[] = {{u"life_event", Category::LifeEvent},
                                       {u"certificate", Category::Certificate},
                                       {u"childcare", Category::ChildCare},
                                       {u"care", Category::Care},
                                       {u"disaster", Category::Disaster}};
const Named<FieldType> kFieldTypes[] = {{u"text", FieldType::Text},
                                        {u"kana", FieldType::Kana},
                                        {u"date", FieldType::Date},
                                        {u"number", FieldType::Number},
                                        {u"yen", FieldType::Yen},
                                        {u"choice", FieldType::Choice},
                                        {u"bool", FieldType::Bool},
                                        {u"postal_code", FieldType::PostalCode},
                                        {u"phone", FieldType::Phone},
                                        {u"address", FieldType::Address},
                                        {u"my_number", FieldType::MyNumber},
                                        {u"member_list", FieldType::MemberList}};
const Named<FeeUnit> kFeeUnits[] = {
    {u"none", FeeUnit::None}, {u"copy", FeeUnit::PerCopy}, {u"request", FeeUnit::PerRequest}};
const Named<IdentityVerification> kIdentity[] = {{u"none", IdentityVerification::None},
                                                 {u"basic", IdentityVerification::Basic},
                                                 {u"photo_id", IdentityVerification::PhotoId},
                                                 {u"card_pin", IdentityVerification::CardPin},
                                                 {u"seal_card", IdentityVerification::SealCard}};
const Named<AgeCounting> kCounting[] = {{u"birthday", AgeCounting::Birthday},
                                        {u"day_before_birthday", AgeCounting::DayBeforeBirthday}};

template <typename E, size_t N> std::optional<E> lookup(const Named<E> (&table)[N], const QString& name) {
    for (const Named<E>& entry : table) {
        if (name == QStringView(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QString nameOf(const Named<E> (&table)[N], E value) {
    for (const Named<E>& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

// The keys each prefill source offers. Answers may name any field of the visit's forms.
const QSet<QString>& cardKeys() {
    static const QSet<QString> keys{u"name"_s, u"address"_s, u"birth_date"_s, u"sex"_s, u"my_number"_s};
    return keys;
}
const QSet<QString>& registryKeys() {
    static const QSet<QString> keys{
        u"name"_s,         u"kana"_s,      u"birth_date"_s,        u"sex"_s,     u"address"_s,   u"postal_code"_s,
        u"relationship"_s, u"head_name"_s, u"household_members"_s, u"honseki"_s, u"hittousha"_s, u"previous_address"_s,
        u"seal_number"_s,  u"income"_s,    u"resident_tax"_s};
    return keys;
}

// Another person of the household, chosen by the clerk: person.<role>.<item>.
const QSet<QString>& personRoles() {
    static const QSet<QString> roles{u"deceased"_s, u"spouse"_s};
    return roles;
}
const QSet<QString>& personItems() {
    static const QSet<QString> items{u"name"_s, u"kana"_s, u"birth_date"_s, u"sex"_s, u"address"_s, u"relationship"_s};
    return items;
}

const QRegularExpression& procedureIdPattern() {
    static const QRegularExpression pattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return pattern;
}
const QRegularExpression& fieldIdPattern() {
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
    return pattern;
}

} // namespace

// Reads one file's JSON into procedures and rules, reporting against the file/procedure/field being read.
class CatalogueLoader final {
public:
    explicit CatalogueLoader(QList<CatalogueError>& errors)
        : m_errors(errors) {}

    void readFile(const CatalogueFile& file, Catalogue& out);
    void checkReferences(Catalogue& catalogue);

private:
    void readProcedure(const QJsonObject& object, Catalogue& out);
    std::optional<ProcedureField> readField(const QJsonObject& object, const Procedure& procedure);
    void readValidation(const QJsonObject& object, ProcedureField& field);
    void readRule(const QJsonObject& object, Catalogue& out);
    std::optional<LocalizedText> readText(const QJsonValue& value);
    bool knownKeys(const QJsonObject& object, const QSet<QString>& keys);

    // "childcare.json", "childcare.json, procedure "x"" or "…, field "y"": where the problem is, for messages.
    QString where() const {
        if (m_procedure.isEmpty())
            return m_file;
        if (m_inRule && m_field.isEmpty())
            return QCoreApplication::translate("Catalogue", "%1, follow-up rule \"%2\"").arg(m_file, m_procedure);
        if (m_inRule)
            return QCoreApplication::translate("Catalogue", "%1, follow-up rule \"%2\", field \"%3\"")
                .arg(m_file, m_procedure, m_field);
        if (m_field.isEmpty())
            return QCoreApplication::translate("Catalogue", "%1, procedure \"%2\"").arg(m_file, m_procedure);
        return QCoreApplication::translate("Catalogue", "%1, procedure \"%2\", field \"%3\"")
            .arg(m_file, m_procedure, m_field);
    }
    void invalid(const QString& key, const QString& why) {
        report(QCoreApplication::translate("Catalogue", "In %1: \"%2\" is missing or not valid.").arg(where(), key),
               u"%1: %2"_s.arg(key, why));
    }
    void report(const QString& message, const QString& detail) {
        m_errors.append({m_file, m_procedure, m_field, message,
                         u"%1%2%3: %4"_s.arg(m_file, m_procedure.isEmpty() ? QString() : u" / "_s + m_procedure,
                                             m_field.isEmpty() ? QString() : u" / "_s + m_field, detail)});
    }

    QList<CatalogueError>& m_errors;
    QString m_file;
    QString m_procedure;
    QString m_field;
    bool m_inRule = false;   // m_procedure holds a follow-up rule's id
    QSet<QString> m_refused; // procedures with errors: rules naming them are not reported a second time
};

bool CatalogueLoader::knownKeys(const QJsonObject& object, const QSet<QString>& keys) {
    bool ok = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            report(QCoreApplication::translate("Catalogue", "In %1: \"%2\" is not a known item. Check the spelling.")
                       .arg(where(), it.key()),
                   u"unknown key '%1'"_s.arg(it.key()));
            ok = false;
        }
    }
    return ok;
}

std::optional<LocalizedText> CatalogueLoader::readText(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    LocalizedText text{object.value(u"ja"_s).toString().trimmed(), object.value(u"en"_s).toString().trimmed()};
    if (!value.isObject() || text.ja.isEmpty() || text.en.isEmpty() || object.size() != 2)
        return std::nullopt;
    return text;
}

void CatalogueLoader::readFile(const CatalogueFile& file, Catalogue& out) {
    m_file = file.name;
    m_procedure.clear();
    m_field.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.json, &parseError);
    if (!doc.isObject()) {
        report(QCoreApplication::translate("Catalogue", "The catalogue file %1 cannot be read as JSON.").arg(m_file),
               u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
        return;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s) != QJsonValue(1)) {
        report(QCoreApplication::translate("Catalogue",
                                           "The catalogue file %1 has an unsupported format. This version of "
                                           "Madoguchi reads format 1.")
                   .arg(m_file),
               u"\"format\" must be 1"_s);
        return;
    }
    knownKeys(root, {u"format"_s, u"version"_s, u"description"_s, u"procedures"_s, u"follow_ups"_s});
    const QString version = root.value(u"version"_s).toString();
    if (version.isEmpty())
        invalid(u"version"_s, u"a non-empty string such as \"2026.1\" is required"_s);
    out.m_versions.insert(m_file, version);
    if (!root.value(u"procedures"_s).isArray() && !root.value(u"follow_ups"_s).isArray())
        invalid(u"procedures"_s, u"a file needs a \"procedures\" or a \"follow_ups\" list"_s);
    for (const QJsonValue& value : root.value(u"procedures"_s).toArray())
        readProcedure(value.toObject(), out);
    m_procedure.clear();
    for (const QJsonValue& value : root.value(u"follow_ups"_s).toArray())
        readRule(value.toObject(), out);
    m_procedure.clear();
}

void CatalogueLoader::readProcedure(const QJsonObject& object, Catalogue& out) {
    m_field.clear();
    m_inRule = false;
    Procedure p;
    p.sourceFile = m_file;
    p.id = object.value(u"id"_s).toString();
    m_procedure = p.id;
    const qsizetype errorsBefore = m_errors.size();
    if (!procedureIdPattern().match(p.id).hasMatch()) {
        invalid(u"id"_s, u"lower-case letters, digits and single hyphens"_s);
        return;
    }
    knownKeys(object, {u"id"_s, u"name"_s, u"reading"_s, u"keywords"_s, u"category"_s, u"reference"_s, u"fee"_s,
                       u"identity_verification"_s, u"my_number_required"_s, u"documents"_s, u"fields"_s, u"printouts"_s,
                       u"needs"_s});
    if (const auto name = readText(object.value(u"name"_s)))
        p.name = *name;
    else
        invalid(u"name"_s, u"an object with non-empty \"ja\" and \"en\""_s);
    // The clerk finds a procedure by the reading of its name (じどう) and by keywords, in any language.
    static const QRegularExpression kana(u"^[\\x{3041}-\\x{3096}\\x{30A1}-\\x{30FA}\\x{30FC} ]+$"_s);
    if (object.contains(u"reading"_s)) {
        p.reading = object.value(u"reading"_s).toString();
        if (!kana.match(p.reading).hasMatch())
            invalid(u"reading"_s, u"the name's reading in hiragana or katakana"_s);
    }
    if (object.contains(u"keywords"_s)) {
        const QJsonValue keywords = object.value(u"keywords"_s);
        if (!keywords.isArray())
            invalid(u"keywords"_s, u"a list of words"_s);
        for (const QJsonValue& keyword : keywords.toArray()) {
            if (!keyword.isString() || keyword.toString().trimmed().isEmpty()) {
                invalid(u"keywords"_s, u"each keyword is a non-empty string"_s);
                break;
            }
            p.keywords.append(keyword.toString().trimmed());
        }
    }
    if (object.contains(u"needs"_s)) {
        static const QStringList kNeeds{u"seal_registration"_s, u"tax_record"_s, u"light_vehicle_tax"_s,
                                        u"child_in_household"_s};
        const QJsonValue needs = object.value(u"needs"_s);
        bool ok = needs.isArray();
        for (const QJsonValue& need : needs.toArray()) {
            ok = ok && kNeeds.contains(need.toString());
            if (ok && !p.needs.contains(need.toString()))
                p.needs.append(need.toString());
        }
        if (!ok)
            invalid(u"needs"_s, u"a list of: seal_registration, tax_record, light_vehicle_tax, child_in_household"_s);
    }
    if (const auto category = lookup(kCategories, object.value(u"category"_s).toString()))
        p.category = *category;
    else
        invalid(u"category"_s, u"one of life_event, certificate, childcare, care, disaster"_s);
    p.reference = object.value(u"reference"_s).toString();

    const QJsonObject fee = object.value(u"fee"_s).toObject();
    const QJsonValue amount = fee.value(u"amount"_s);
    const auto unit = lookup(kFeeUnits, fee.value(u"per"_s).toString());
    if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() < 0 || !unit ||
        fee.size() != 2 || (amount.toInteger() > 0) == (*unit == FeeUnit::None)) {
        invalid(u"fee"_s, u"{\"amount\": yen >= 0, \"per\": none|copy|request}; none exactly when the amount is 0"_s);
    } else {
        p.fee = {amount.toInteger(), *unit};
    }
    if (const auto identity = lookup(kIdentity, object.value(u"identity_verification"_s).toString()))
        p.identityVerification = *identity;
    else
        invalid(u"identity_verification"_s, u"one of none, basic, photo_id, card_pin, seal_card"_s);
    if (!object.value(u"my_number_required"_s).isBool())
        invalid(u"my_number_required"_s, u"true or false"_s);
    p.myNumberRequired = object.value(u"my_number_required"_s).toBool();

    const QJsonValue documents = object.value(u"documents"_s);
    if (!documents.isArray())
        invalid(u"documents"_s, u"a list of {\"ja\", \"en\"} (may be empty)"_s);
    for (const QJsonValue& document : documents.toArray()) {
        if (const auto text = readText(document))
            p.documents.append(*text);
        else
            invalid(u"documents"_s, u"each document is {\"ja\": ..., \"en\": ...}"_s);
    }

    // What it prints: declared data for printing templates (docs/templates.md); without it the generic form.
    for (const QString& problem : checkPrintouts(object.value(u"printouts"_s)))
        invalid(u"printouts"_s, problem);
    p.printouts = object.value(u"printouts"_s).toArray();

    const QJsonValue fields = object.value(u"fields"_s);
    if (!fields.isArray() || fields.toArray().isEmpty())
        invalid(u"fields"_s, u"a non-empty list of fields"_s);
    QSet<QString> fieldIds;
    for (const QJsonValue& value : fields.toArray()) {
        const auto field = readField(value.toObject(), p);
        if (!field)
            continue;
        if (fieldIds.contains(field->id)) {
            m_field = field->id;
            report(QCoreApplication::translate("Catalogue", "In %1, procedure \"%2\": the field ID \"%3\" is used more "
                                                            "than once.")
                       .arg(m_file, p.id, field->id),
                   u"duplicate field id"_s);
            m_field.clear();
            continue;
        }
        fieldIds.insert(field->id);
        p.fields.append(*field);
    }
    m_field.clear();

    if (out.procedure(p.id)) {
        report(QCoreApplication::translate("Catalogue", "In %1: the procedure ID \"%2\" is used more than once.")
                   .arg(m_file, p.id),
               u"duplicate procedure id (first in %1)"_s.arg(out.procedure(p.id)->sourceFile));
        return;
    }
    if (m_errors.size() == errorsBefore)
        out.m_procedures.append(p);
    else
        m_refused.insert(p.id);
}

std::optional<ProcedureField> CatalogueLoader::readField(const QJsonObject& object, const Procedure& procedure) {
    ProcedureField f;
    f.id = object.value(u"id"_s).toString();
    m_field = f.id;
    const qsizetype errorsBefore = m_errors.size();
    if (!fieldIdPattern().match(f.id).hasMatch()) {
        invalid(u"id"_s, u"lower-case letters, digits and underscores, starting with a letter"_s);
        return std::nullopt;
    }
    knownKeys(object, {u"id"_s, u"label"_s, u"type"_s, u"required"_s, u"prefill"_s, u"validation"_s});
    if (const auto label = readText(object.value(u"label"_s)))
        f.label = *label;
    else
        invalid(u"label"_s, u"an object with non-empty \"ja\" and \"en\""_s);
    if (const auto type = lookup(kFieldTypes, object.value(u"type"_s).toString()))
        f.type = *type;
    else
        invalid(u"type"_s, u"text, kana, date, number, yen, choice, bool, postal_code, phone, address, my_number, "
                           u"member_list"_s);
    if (!object.value(u"required"_s).isBool())
        invalid(u"required"_s, u"true or false"_s);
    f.required = object.value(u"required"_s).toBool();

    if (object.contains(u"prefill"_s)) {
        const QString prefill = object.value(u"prefill"_s).toString();
        const QString source = prefill.section(u'.', 0, 0);
        f.prefillKey = prefill.section(u'.', 1);
        bool ok = true;
        if (source == u"card"_s) {
            f.prefillSource = PrefillSource::Card;
            ok = cardKeys().contains(f.prefillKey);
        } else if (source == u"registry"_s) {
            f.prefillSource = PrefillSource::Registry;
            ok = registryKeys().contains(f.prefillKey);
        } else if (source == u"answer"_s) {
            f.prefillSource = PrefillSource::Answer;
            ok = fieldIdPattern().match(f.prefillKey).hasMatch();
        } else if (source == u"visit"_s) {
            f.prefillSource = PrefillSource::Visit;
            ok = f.prefillKey == u"date"_s;
        } else if (source == u"person"_s) {
            f.prefillSource = PrefillSource::Person;
            ok = personRoles().contains(f.prefillKey.section(u'.', 0, 0)) &&
                 personItems().contains(f.prefillKey.section(u'.', 1));
        } else {
            ok = false;
        }
        if (!ok)
            invalid(u"prefill"_s, u"card.<name|address|birth_date|sex|my_number>, registry.<key>, answer.<field id>, "
                                  u"person.<deceased|spouse>.<name|kana|birth_date|sex|address|relationship> "
                                  u"or visit.date"_s);
    }
    // Privacy by construction: the My Number is only ever asked for or read where the law requires it.
    if ((f.type == FieldType::MyNumber || (f.prefillSource == PrefillSource::Card && f.prefillKey == u"my_number"_s)) &&
        !procedure.myNumberRequired) {
        report(QCoreApplication::translate("Catalogue", "In %1, procedure \"%2\": a My Number field is allowed only "
                                                        "when the procedure lawfully requires the My Number "
                                                        "(my_number_required).")
                   .arg(m_file, procedure.id),
               u"my_number field in a procedure with my_number_required false"_s);
    }
    if (object.contains(u"validation"_s)) {
        if (!object.value(u"validation"_s).isObject())
            invalid(u"validation"_s, u"an object"_s);
        else
            readValidation(object.value(u"validation"_s).toObject(), f);
    }
    if (f.type == FieldType::Choice && f.validation.choices.isEmpty())
        invalid(u"choices"_s, u"a choice field needs a non-empty \"choices\" list in \"validation\""_s);
    const bool ok = m_errors.size() == errorsBefore;
    m_field.clear();
    if (!ok)
        return std::nullopt;
    return f;
}

void CatalogueLoader::readValidation(const QJsonObject& object, ProcedureField& f) {
    knownKeys(object, {u"max_length"_s, u"min"_s, u"max"_s, u"pattern"_s, u"choices"_s});
    const bool textual = f.type == FieldType::Text || f.type == FieldType::Kana || f.type == FieldType::Address ||
                         f.type == FieldType::Phone;
    const bool numeric = f.type == FieldType::Number || f.type == FieldType::Yen;
    if (object.contains(u"max_length"_s)) {
        const QJsonValue v = object.value(u"max_length"_s);
        if (!textual || !v.isDouble() || v.toInteger() < 1 || v.toInteger() > 10000)
            invalid(u"max_length"_s, u"a positive integer, for text, kana, address and phone fields only"_s);
        f.validation.maxLength = int(v.toInteger());
    }
    for (const QString& key : {u"min"_s, u"max"_s}) {
        if (!object.contains(key))
            continue;
        const QJsonValue v = object.value(key);
        if (!numeric || !v.isDouble() || v.toDouble() != double(v.toInteger()))
            invalid(key, u"an integer, for number and yen fields only"_s);
        (key == u"min"_s ? f.validation.min : f.validation.max) = v.toInteger();
    }
    if (f.validation.min && f.validation.max && *f.validation.min > *f.validation.max)
        invalid(u"min"_s, u"min is larger than max"_s);
    if (object.contains(u"pattern"_s)) {
        f.validation.pattern = object.value(u"pattern"_s).toString();
        if (!textual || f.validation.pattern.isEmpty() || !QRegularExpression(f.validation.pattern).isValid())
            invalid(u"pattern"_s, u"a valid regular expression, for text fields only"_s);
    }
    if (object.contains(u"choices"_s)) {
        QSet<QString> values;
        const QJsonArray choices = object.value(u"choices"_s).toArray();
        if (f.type != FieldType::Choice || choices.isEmpty())
            invalid(u"choices"_s, u"a non-empty list, for choice fields only"_s);
        for (const QJsonValue& value : choices) {
            const QJsonObject c = value.toObject();
            const QString v = c.value(u"value"_s).toString();
            const auto label = readText(c.value(u"label"_s));
            if (v.isEmpty() || !label || values.contains(v) || c.size() != 2) {
                invalid(u"choices"_s, u"each choice is {\"value\": unique non-empty string, \"label\": {ja, en}}"_s);
                continue;
            }
            values.insert(v);
            f.validation.choices.append({v, *label});
        }
    }
}

void CatalogueLoader::readRule(const QJsonObject& object, Catalogue& out) {
    FollowUpRule r;
    m_inRule = true;
    r.sourceFile = m_file;
    r.id = object.value(u"id"_s).toString();
    m_procedure = r.id;
    m_field.clear();
    const qsizetype errorsBefore = m_errors.size();
    if (!procedureIdPattern().match(r.id).hasMatch()) {
        invalid(u"id"_s, u"follow-up rule id: lower-case letters, digits and single hyphens"_s);
        return;
    }
    knownKeys(object, {u"id"_s, u"when"_s, u"propose"_s, u"if"_s, u"reason"_s});
    r.lifeEventId = object.value(u"when"_s).toString();
    r.proposedProcedureId = object.value(u"propose"_s).toString();
    if (r.lifeEventId.isEmpty())
        invalid(u"when"_s, u"the id of a life event"_s);
    if (r.proposedProcedureId.isEmpty())
        invalid(u"propose"_s, u"the id of a procedure"_s);
    if (const auto reason = readText(object.value(u"reason"_s)))
        r.reason = *reason;
    else
        invalid(u"reason"_s, u"an object with non-empty \"ja\" and \"en\""_s);
    const QJsonObject conditions = object.value(u"if"_s).toObject();
    if (object.contains(u"if"_s) && (!object.value(u"if"_s).isObject() || conditions.isEmpty()))
        invalid(u"if"_s, u"an object with \"member_age\" and/or \"answer\""_s);
    knownKeys(conditions, {u"member_age"_s, u"answer"_s});
    if (conditions.contains(u"member_age"_s)) {
        const QJsonObject age = conditions.value(u"member_age"_s).toObject();
        knownKeys(age, {u"min"_s, u"below"_s, u"counting"_s});
        for (const QString& key : {u"min"_s, u"below"_s}) {
            if (!age.contains(key))
                continue;
            const QJsonValue v = age.value(key);
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0 || v.toInteger() > 150)
                invalid(u"member_age"_s, u"\"%1\" must be a whole number of years, 0 to 150"_s.arg(key));
            else
                (key == u"min"_s ? r.minAge : r.belowAge) = int(v.toInteger());
        }
        if (!r.minAge && !r.belowAge)
            invalid(u"member_age"_s, u"needs \"min\" and/or \"below\""_s);
        if (r.minAge && r.belowAge && *r.minAge >= *r.belowAge)
            invalid(u"member_age"_s, u"\"min\" must be below \"below\""_s);
        if (age.contains(u"counting"_s)) {
            if (const auto counting = lookup(kCounting, age.value(u"counting"_s).toString()))
                r.counting = *counting;
            else
                invalid(u"member_age"_s, u"\"counting\" is birthday or day_before_birthday"_s);
        }
    }
    if (conditions.contains(u"answer"_s)) {
        const QJsonObject answer = conditions.value(u"answer"_s).toObject();
        knownKeys(answer, {u"field"_s, u"equals"_s});
        r.answerField = answer.value(u"field"_s).toString();
        const QJsonValue equals = answer.value(u"equals"_s);
        r.answerEquals = equals.isBool() ? (equals.toBool() ? u"true"_s : u"false"_s) : equals.toString();
        if (r.answerField.isEmpty() || r.answerEquals.isEmpty())
            invalid(u"answer"_s, u"{\"field\": a field of the life event, \"equals\": a value}"_s);
    }
    if (m_errors.size() == errorsBefore) {
        for (const FollowUpRule& existing : std::as_const(out.m_rules)) {
            if (existing.id == r.id) {
                invalid(u"id"_s, u"rule id used twice (first in %1)"_s.arg(existing.sourceFile));
                return;
            }
        }
        out.m_rules.append(r);
    }
}

void CatalogueLoader::checkReferences(Catalogue& catalogue) {
    // Rules may live in any file and name procedures of any file, so they are checked once all are read.
    for (const FollowUpRule& r : std::as_const(catalogue.m_rules)) {
        m_file = r.sourceFile;
        m_procedure = r.id;
        m_field.clear();
        m_inRule = true;
        if (m_refused.contains(r.lifeEventId) || m_refused.contains(r.proposedProcedureId))
            continue;
        const Procedure* event = catalogue.procedure(r.lifeEventId);
        if (!event || event->category != Category::LifeEvent) {
            report(QCoreApplication::translate("Catalogue", "In %1, follow-up rule \"%2\": there is no life event "
                                                            "\"%3\".")
                       .arg(m_file, r.id, r.lifeEventId),
                   u"\"when\" names no procedure of category life_event"_s);
            continue;
        }
        if (!catalogue.procedure(r.proposedProcedureId) || r.proposedProcedureId == r.lifeEventId) {
            report(QCoreApplication::translate("Catalogue", "In %1, follow-up rule \"%2\": there is no procedure "
                                                            "\"%3\".")
                       .arg(m_file, r.id, r.proposedProcedureId),
                   u"\"propose\" names no other procedure"_s);
        }
        if (!r.answerField.isEmpty()) {
            const ProcedureField* field = event->field(r.answerField);
            bool valid = field != nullptr;
            if (field && field->type == FieldType::Bool)
                valid = r.answerEquals == u"true"_s || r.answerEquals == u"false"_s;
            if (field && field->type == FieldType::Choice) {
                valid = std::any_of(field->validation.choices.cbegin(), field->validation.choices.cend(),
                                    [&](const Choice& c) { return c.value == r.answerEquals; });
            }
            if (!valid) {
                m_field = r.answerField;
                invalid(u"answer"_s, u"the life event has no such field, or the value is not one it can take"_s);
            }
        }
    }
}

CatalogueLoad loadCatalogue(const QList<CatalogueFile>& files) {
    CatalogueLoad load;
    CatalogueLoader loader(load.errors);
    for (const CatalogueFile& file : files)
        loader.readFile(file, load.catalogue);
    loader.checkReferences(load.catalogue);
    if (files.isEmpty()) {
        load.errors.append({QString(), QString(), QString(),
                            QCoreApplication::translate("Catalogue", "No catalogue files were found."),
                            u"no *.json files given"_s});
    }
    if (!load.ok()) {
        for (const CatalogueError& e : std::as_const(load.errors))
            qCWarning(lcCore).noquote() << "catalogue refused:" << e.detail;
        load.catalogue = Catalogue();
    }
    return load;
}

CatalogueFiles readCatalogueFiles(const QStringList& directories) {
    CatalogueFiles read;
    for (const QString& directory : directories) {
        const QDir dir(directory);
        if (directory.isEmpty() || !dir.exists())
            continue;
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            if (read.directoryOf.contains(name))
                continue; // an earlier directory's file of that name decides
            read.directoryOf.insert(name, directory);
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                read.unreadable.append(
                    {name, QString(), QString(),
                     QCoreApplication::translate("Catalogue", "The catalogue file %1 cannot be read.").arg(name),
                     u"%1: %2"_s.arg(file.fileName(), file.errorString())});
                continue;
            }
            read.files.append({name, file.readAll()});
        }
    }
    std::sort(read.files.begin(), read.files.end(),
              [](const CatalogueFile& a, const CatalogueFile& b) { return a.name < b.name; });
    return read;
}

CatalogueLoad loadCatalogue(const CatalogueFiles& read) {
    CatalogueLoad load = loadCatalogue(read.files);
    if (!read.unreadable.isEmpty()) {
        load.errors = read.unreadable + load.errors;
        load.catalogue = Catalogue();
    }
    return load;
}

CatalogueLoad loadCatalogueDirectory(const QString& directory) {
    const CatalogueFiles read = readCatalogueFiles({directory});
    CatalogueLoad load = loadCatalogue(read);
    if (read.files.isEmpty() && read.unreadable.isEmpty())
        load.errors.first().detail = u"no *.json files in %1"_s.arg(directory);
    return load;
}

QString categoryName(Category category) {
    return nameOf(kCategories, category);
}

QString fieldTypeName(FieldType type) {
    return nameOf(kFieldTypes, type);
}

QString feeUnitName(FeeUnit unit) {
    return nameOf(kFeeUnits, unit);
}

QString identityVerificationName(IdentityVerification identity) {
    return nameOf(kIdentity, identity);
}

QList<Procedure> Catalogue::procedures(Category category) const {
    QList<Procedure> found;
    for (const Procedure& p : m_procedures) {
        if (p.category == category)
            found.append(p);
    }
    return found;
}

const Procedure* Catalogue::procedure(const QString& id) const {
    for (const Procedure& p : m_procedures) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace madoguchi::catalogue
