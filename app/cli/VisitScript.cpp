// Scripted visits: the script read and checked against the catalogue, then each visit driven through VisitWorkflow.
#include "VisitScript.h"

#include "CardPersona.h"
#include "CardSecret.h"
#include "visit/FieldValidation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

namespace madoguchi::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString text(const QJsonValue& value) {
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return value.toString();
}

bool digits(const QString& value, int length) {
    return value.size() == length &&
           std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString sourceName(visit::FieldSource source) {
    switch (source) {
    case visit::FieldSource::Card:
        return QStringLiteral("card");
    case visit::FieldSource::Registry:
        return QStringLiteral("registry");
    case visit::FieldSource::Answer:
        return QStringLiteral("answer");
    case visit::FieldSource::Visit:
        return QStringLiteral("visit");
    case visit::FieldSource::Typed:
        return QStringLiteral("typed");
    case visit::FieldSource::Missing:
        return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

QString stepName(visit::VisitWorkflow::Step step) {
    return QString::fromLatin1(QMetaEnum::fromType<visit::VisitWorkflow::Step>().valueToKey(int(step)));
}

const QStringList kVisitKeys{QStringLiteral("name"),        QStringLiteral("language"),   QStringLiteral("who"),
                             QStringLiteral("life_events"), QStringLiteral("procedures"), QStringLiteral("answers"),
                             QStringLiteral("members"),     QStringLiteral("follow_ups"), QStringLiteral("fields"),
                             QStringLiteral("copies"),      QStringLiteral("payment"),    QStringLiteral("confirm"),
                             QStringLiteral("persons")};
const QStringList kWhoKeys{QStringLiteral("card"),           QStringLiteral("pin"),
                           QStringLiteral("code_b"),         QStringLiteral("last_try"),
                           QStringLiteral("read_my_number"), QStringLiteral("id_document"),
                           QStringLiteral("name"),           QStringLiteral("birth_date"),
                           QStringLiteral("address"),        QStringLiteral("resident_id"),
                           QStringLiteral("new_resident")};

// Waits, handling events, until `ready` or the deadline. The workflow's answers arrive as queued calls.
bool waitUntil(const std::function<bool()>& ready, int milliseconds = 120000) {
    QDeadlineTimer deadline(milliseconds);
    QTimer heartbeat; // wakes the loop now and then, so the deadline is seen even when nothing answers
    heartbeat.start(100);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

QString ScriptError::line() const {
    QStringList where{file.isEmpty() ? QStringLiteral("-") : QFileInfo(file).fileName()};
    if (visit > 0)
        where << (visitName.isEmpty() ? tr("visit %1").arg(visit) : tr("visit %1 (%2)").arg(visit).arg(visitName));
    if (!field.isEmpty())
        where << field;
    return where.join(QStringLiteral(" / ")) + QStringLiteral(": ") + message;
}

QJsonObject ScriptError::toJson() const {
    QJsonObject o{
        {QStringLiteral("file"), file}, {QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
    if (visit > 0) {
        o.insert(QStringLiteral("visit"), visit);
        o.insert(QStringLiteral("visit_name"), visitName);
    }
    return o;
}

VisitScript readScript(const QString& path, QList<ScriptError>* errors) {
    VisitScript script;
    script.file = path;
    auto error = [&](int visit, const QString& name, const QString& field, const QString& message) {
        errors->append(ScriptError{path, visit, name, field, message});
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error(-1, {}, {}, tr("The script cannot be read: %1").arg(file.errorString()));
        return script;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        error(-1, {}, {}, tr("Not valid JSON at offset %1: %2").arg(parse.offset).arg(parse.errorString()));
        return script;
    }
    const QJsonArray visits = document.object().value(QStringLiteral("visits")).toArray();
    if (!document.isObject() || visits.isEmpty()) {
        error(-1, {}, QStringLiteral("visits"), tr("The script needs a \"visits\" list with at least one visit."));
        return script;
    }
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const int n = int(i) + 1;
        const QJsonObject o = visits.at(i).toObject();
        ScriptVisit v;
        v.name = o.value(QStringLiteral("name")).toString();
        auto bad = [&](const QString& field, const QString& message) { error(n, v.name, field, message); };
        if (!visits.at(i).isObject()) {
            bad({}, tr("A visit must be a JSON object."));
            continue;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!kVisitKeys.contains(it.key()))
                bad(it.key(), tr("Unknown key."));
        v.language = o.value(QStringLiteral("language")).toString(QStringLiteral("ja"));
        const QJsonObject who = o.value(QStringLiteral("who")).toObject();
        for (auto it = who.begin(); it != who.end(); ++it)
            if (!kWhoKeys.contains(it.key()))
                bad(QStringLiteral("who.") + it.key(), tr("Unknown key."));
        v.persona = who.value(QStringLiteral("card")).toString();
        v.pin = text(who.value(QStringLiteral("pin")));
        v.codeB = text(who.value(QStringLiteral("code_b")));
        v.confirmLastTry = who.value(QStringLiteral("last_try")).toBool();
        v.readMyNumber = who.value(QStringLiteral("read_my_number")).toBool();
        v.idDocument = who.value(QStringLiteral("id_document")).toString();
        v.searchName = who.value(QStringLiteral("name")).toString();
        v.searchBirthDate = text(who.value(QStringLiteral("birth_date")));
        v.searchAddress = who.value(QStringLiteral("address")).toString();
        v.residentId = who.value(QStringLiteral("resident_id")).toString();
        v.newResident = who.value(QStringLiteral("new_resident")).toBool();
        for (const QJsonValue& e : o.value(QStringLiteral("life_events")).toArray())
            v.lifeEvents << e.toString();
        for (const QJsonValue& e : o.value(QStringLiteral("procedures")).toArray())
            v.procedures << e.toString();
        const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            v.answers.insert(it.key(), text(it.value()));
        for (const QJsonValue& e : o.value(QStringLiteral("members")).toArray()) {
            const QJsonObject m = e.toObject();
            v.members.append(
                ScriptMember{m.value(QStringLiteral("name")).toString(), text(m.value(QStringLiteral("birth_date"))),
                             text(m.value(QStringLiteral("sex"))), m.value(QStringLiteral("relationship")).toString()});
        }
        const QJsonValue followUps = o.value(QStringLiteral("follow_ups"));
        auto decision = [&](const QString& field, const QString& value, bool* accept) {
            if (value != QLatin1String("accept") && value != QLatin1String("decline")) {
                bad(field, tr("Write \"accept\" or \"decline\"."));
                return false;
            }
            *accept = value == QLatin1String("accept");
            return true;
        };
        if (followUps.isString()) {
            bool accept = false;
            if (decision(QStringLiteral("follow_ups"), followUps.toString(), &accept))
                v.followUpPolicy = followUps.toString();
        } else {
            const QJsonObject each = followUps.toObject();
            for (auto it = each.begin(); it != each.end(); ++it) {
                bool accept = false;
                if (it.key() == QLatin1String("*")) {
                    if (decision(QStringLiteral("follow_ups.*"), it.value().toString(), &accept))
                        v.followUpPolicy = it.value().toString();
                } else if (decision(QStringLiteral("follow_ups.") + it.key(), it.value().toString(), &accept)) {
                    v.followUps.insert(it.key(), accept);
                }
            }
        }
        const QJsonObject persons = o.value(QStringLiteral("persons")).toObject();
        for (auto it = persons.begin(); it != persons.end(); ++it)
            v.persons.insert(it.key(), it.value().toString());
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject values = it.value().toObject();
            if (!it.value().isObject())
                bad(QStringLiteral("fields.") + it.key(),
                    tr("Give the fields of a procedure as an object: {\"field\": \"value\"}."));
            for (auto f = values.begin(); f != values.end(); ++f)
                v.fields[it.key()].insert(f.key(), text(f.value()));
        }
        const QJsonObject copies = o.value(QStringLiteral("copies")).toObject();
        for (auto it = copies.begin(); it != copies.end(); ++it)
            v.copies.insert(it.key(), it.value().toInt(-1));
        v.payment = o.value(QStringLiteral("payment")).toString();
        v.confirm = o.value(QStringLiteral("confirm")).toBool(true);
        script.visits.append(v);
    }
    return script;
}

QList<ScriptError> checkScript(const VisitScript& script, const visit::CataloguePort& catalogue, const QDate& today,
                               const QStringList& languages) {
    QList<ScriptError> errors;
    const QList<visit::LifeEventSpec> events = catalogue.lifeEvents();
    const QList<visit::ProcedureSpec> direct = catalogue.directProcedures();
    QString personaError;
    const QList<card::CardPersona> personas = card::CardPersona::load(card::CardPersona::builtInFile(), &personaError);
    for (int i = 0; i < script.visits.size(); ++i) {
        const ScriptVisit& v = script.visits.at(i);
        auto bad = [&](const QString& field, const QString& message) {
            errors.append(ScriptError{script.file, i + 1, v.name, field, message});
        };
        if (!languages.contains(v.language))
            bad(QStringLiteral("language"),
                tr("No such resident language: %1 (one of %2).").arg(v.language, languages.join(QStringLiteral(", "))));
        // who
        if (!v.persona.isEmpty()) {
            if (std::none_of(personas.begin(), personas.end(),
                             [&](const card::CardPersona& p) { return p.id == v.persona; }))
                bad(QStringLiteral("who.card"), tr("No simulated card has this persona: %1.").arg(v.persona));
            if (!v.codeB.isEmpty()) {
                if (!digits(v.codeB, 14))
                    bad(QStringLiteral("who.code_b"), tr("照合番号B has 14 digits."));
            } else if (!digits(v.pin, 4)) {
                bad(QStringLiteral("who.pin"), tr("The PIN has 4 digits (or give \"code_b\")."));
            }
            if (!v.idDocument.isEmpty() || !v.searchName.isEmpty())
                bad(QStringLiteral("who"), tr("Either a card or a registry search, not both."));
        } else {
            if (v.idDocument.trimmed().isEmpty())
                bad(QStringLiteral("who"),
                    tr("Say who comes: \"card\" with \"pin\" or \"code_b\", or \"id_document\" with \"name\" and "
                       "\"birth_date\" for a resident without a card."));
            else {
                if (v.searchName.trimmed().isEmpty())
                    bad(QStringLiteral("who.name"), tr("A resident without a card is searched by name."));
                QString reason;
                if (!visit::parseTypedDate(v.searchBirthDate, &reason).isValid())
                    bad(QStringLiteral("who.birth_date"), reason.isEmpty() ? tr("Not a date.") : reason);
            }
            if (v.newResident)
                bad(QStringLiteral("who.new_resident"),
                    tr("A resident who is not in the registry can only be served with their My Number card."));
        }
        // what they came for
        QList<visit::LifeEventSpec> chosen;
        for (int n = 0; n < v.lifeEvents.size(); ++n) {
            const auto it = std::find_if(events.begin(), events.end(),
                                         [&](const visit::LifeEventSpec& e) { return e.id == v.lifeEvents.at(n); });
            if (it == events.end())
                bad(QStringLiteral("life_events[%1]").arg(n), tr("No such life event: %1.").arg(v.lifeEvents.at(n)));
            else
                chosen << *it;
        }
        for (int n = 0; n < v.procedures.size(); ++n) {
            const QString& id = v.procedures.at(n);
            if (std::any_of(events.begin(), events.end(), [&](const visit::LifeEventSpec& e) { return e.id == id; }))
                bad(QStringLiteral("procedures[%1]").arg(n),
                    tr("%1 is a life event: list it under life_events.").arg(id));
            else if (std::none_of(direct.begin(), direct.end(),
                                  [&](const visit::ProcedureSpec& p) { return p.id == id; }))
                bad(QStringLiteral("procedures[%1]").arg(n), tr("No such procedure: %1.").arg(id));
        }
        if (v.lifeEvents.isEmpty() && v.procedures.isEmpty())
            bad(QStringLiteral("procedures"), tr("Choose a life event or at least one procedure."));
        QList<visit::Question> questions;
        for (const visit::LifeEventSpec& e : chosen)
            questions += e.questions;
        for (auto it = v.answers.begin(); it != v.answers.end(); ++it) {
            const QString field = QStringLiteral("answers.") + it.key();
            if (it.key() == QLatin1String("*")) {
                if (it.value() != QLatin1String("yes") && it.value() != QLatin1String("no"))
                    bad(field, tr("Answer \"yes\" or \"no\"."));
                continue;
            }
            const auto q = std::find_if(questions.begin(), questions.end(),
                                        [&](const visit::Question& x) { return x.id == it.key(); });
            if (q == questions.end()) {
                bad(field, tr("None of the visit's life events asks this question."));
                continue;
            }
            if (q->kind == visit::Question::Kind::YesNo && it.value() != QLatin1String("yes") &&
                it.value() != QLatin1String("no"))
                bad(field, tr("Answer \"yes\" or \"no\"."));
            const visit::FieldKind kind = q->kind == visit::Question::Kind::Count  ? visit::FieldKind::Count
                                          : q->kind == visit::Question::Kind::Date ? visit::FieldKind::Date
                                                                                   : visit::FieldKind::Text;
            if (const visit::FieldCheck check = visit::checkField(kind, it.value(), today); !check.ok)
                bad(field, check.reason);
        }
        const bool hasMembers =
            std::any_of(chosen.begin(), chosen.end(), [](const visit::LifeEventSpec& e) { return e.hasMembers; });
        if (!v.members.isEmpty() && !hasMembers)
            bad(QStringLiteral("members"), tr("None of the visit's life events lists the people it concerns."));
        for (int n = 0; n < v.members.size(); ++n) {
            const ScriptMember& m = v.members.at(n);
            const QString at = QStringLiteral("members[%1].").arg(n);
            if (m.name.trimmed().isEmpty())
                bad(at + QStringLiteral("name"), tr("Type the person's name."));
            const visit::FieldCheck birth = visit::checkField(visit::FieldKind::BirthDate, m.birthDate, today);
            if (!birth.ok || birth.value.isEmpty())
                bad(at + QStringLiteral("birth_date"), birth.ok ? tr("Type the person's birth date.") : birth.reason);
            if (m.sex != QLatin1String("1") && m.sex != QLatin1String("2") && m.sex != QLatin1String("9"))
                bad(at + QStringLiteral("sex"), tr("Sex is \"1\" (male), \"2\" (female) or \"9\"."));
            if (m.relationship.trimmed().isEmpty())
                bad(at + QStringLiteral("relationship"), tr("Type the relationship to the head of household (続柄)."));
        }
        for (auto it = v.followUps.begin(); it != v.followUps.end(); ++it) {
            visit::ProcedureSpec spec;
            if (!catalogue.procedure(it.key(), &spec))
                bad(QStringLiteral("follow_ups.") + it.key(), tr("No such procedure: %1.").arg(it.key()));
        }
        for (auto it = v.persons.begin(); it != v.persons.end(); ++it)
            if (it.key() != QLatin1String("deceased") && it.key() != QLatin1String("spouse"))
                bad(QStringLiteral("persons.") + it.key(), tr("A form is about \"deceased\" or \"spouse\"."));
        // typed fields: the procedure's own fields, each value as the field itself would check it
        for (auto it = v.fields.begin(); it != v.fields.end(); ++it) {
            QList<visit::ProcedureSpec> specs;
            if (it.key() == QLatin1String("*")) {
                for (const QString& id : v.lifeEvents + v.procedures + v.followUps.keys()) {
                    visit::ProcedureSpec spec;
                    if (catalogue.procedure(id, &spec))
                        specs << spec;
                }
                specs += direct; // a key of any procedure the visit may come to hold
            } else {
                visit::ProcedureSpec spec;
                if (!catalogue.procedure(it.key(), &spec)) {
                    bad(QStringLiteral("fields.") + it.key(), tr("No such procedure: %1.").arg(it.key()));
                    continue;
                }
                specs << spec;
            }
            for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                const QString field = QStringLiteral("fields.%1.%2").arg(it.key(), f.key());
                const visit::FieldSpec* found = nullptr;
                for (const visit::ProcedureSpec& spec : std::as_const(specs))
                    for (const visit::FieldSpec& s : spec.fields)
                        if (!found && s.key == f.key())
                            found = &s;
                if (!found) {
                    bad(field, tr("No such field in this procedure's form."));
                    continue;
                }
                if (const visit::FieldCheck check = visit::checkField(found->kind, f.value(), today, found->options);
                    !check.ok)
                    bad(field, check.reason);
            }
        }
        for (auto it = v.copies.begin(); it != v.copies.end(); ++it) {
            visit::ProcedureSpec spec;
            if (!catalogue.procedure(it.key(), &spec) || !spec.certificate)
                bad(QStringLiteral("copies.") + it.key(), tr("Copies are only for certificates."));
            else if (it.value() < 1 || it.value() > 10)
                bad(QStringLiteral("copies.") + it.key(), tr("From 1 to 10 copies."));
        }
        if (!v.payment.isEmpty() && !visit::VisitWorkflow::paymentMethods().contains(v.payment))
            bad(QStringLiteral("payment"),
                tr("Pay by one of: %1.").arg(visit::VisitWorkflow::paymentMethods().join(QStringLiteral(", "))));
    }
    return errors;
}

QJsonObject VisitReport::toJson() const {
    QJsonArray formList;
    for (const FormReport& f : forms) {
        QJsonArray fieldList;
        for (const FieldReport& field : f.fields)
            fieldList.append(QJsonObject{{QStringLiteral("key"), field.key},
                                         {QStringLiteral("value"), field.value},
                                         {QStringLiteral("source"), field.source}});
        formList.append(QJsonObject{{QStringLiteral("procedure"), f.procedureId},
                                    {QStringLiteral("template"), f.templateId},
                                    {QStringLiteral("fee"), f.fee},
                                    {QStringLiteral("copies"), f.copies},
                                    {QStringLiteral("fields"), fieldList}});
    }
    QJsonArray documentList;
    for (const DocumentReport& d : documents)
        documentList.append(QJsonObject{{QStringLiteral("procedure"), d.procedureId},
                                        {QStringLiteral("template"), d.templateId},
                                        {QStringLiteral("serial"), d.serial},
                                        {QStringLiteral("verification_code"), d.verificationCode},
                                        {QStringLiteral("pdf"), d.pdfPath},
                                        {QStringLiteral("fee"), d.fee},
                                        {QStringLiteral("certificate"), d.certificate}});
    QJsonArray errorList;
    for (const ScriptError& e : errors)
        errorList.append(e.toJson());
    QJsonObject personList;
    for (auto it = persons.begin(); it != persons.end(); ++it)
        personList.insert(it.key(), it.value());
    return {{QStringLiteral("visit"), index},
            {QStringLiteral("name"), name},
            {QStringLiteral("reception"), receptionNumber},
            {QStringLiteral("step"), step},
            {QStringLiteral("done"), done()},
            {QStringLiteral("visit_id"), visitId},
            {QStringLiteral("resident_id"), residentId},
            {QStringLiteral("procedures"), QJsonArray::fromStringList(procedures)},
            {QStringLiteral("follow_ups_accepted"), QJsonArray::fromStringList(followUpsAccepted)},
            {QStringLiteral("follow_ups_declined"), QJsonArray::fromStringList(followUpsDeclined)},
            {QStringLiteral("persons"), personList},
            {QStringLiteral("forms"), formList},
            {QStringLiteral("documents"), documentList},
            {QStringLiteral("total_fee"), totalFee},
            {QStringLiteral("payment"), payment},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("errors"), errorList}};
}

VisitReport runScriptVisit(visit::VisitWorkflow& workflow, const VisitScript& script, int index,
                           const QString& receptionNumber, const std::function<void(const QString&)>& useCard) {
    using Step = visit::VisitWorkflow::Step;
    using Stage = visit::VisitWorkflow::IdentifyStage;
    using Waiting = visit::VisitWorkflow::Waiting;
    const ScriptVisit& v = script.visits.at(index);
    VisitReport report;
    report.index = index + 1;
    report.name = v.name;
    report.receptionNumber = receptionNumber;
    auto fail = [&](const QString& field, const QString& message) {
        report.errors.append(ScriptError{script.file, index + 1, v.name, field, message});
        return false;
    };
    auto idle = [&] { return workflow.waiting() == Waiting::None; };
    auto notice = [&] { return workflow.lastNotice(); };

    const bool ran = [&]() -> bool {
        if (!workflow.start(receptionNumber))
            return fail({}, notice());
        workflow.setLanguage(v.language);
        workflow.setReadMyNumber(v.readMyNumber);
        // 1. identify
        if (!v.persona.isEmpty()) {
            useCard(v.persona);
            workflow.useCard();
            if (!waitUntil([&] { return workflow.identifyStage() != Stage::CheckingCard; }))
                return fail(QStringLiteral("who.card"), tr("The card did not answer."));
            if (!v.codeB.isEmpty()) {
                workflow.useCodeB();
                card::CardSecret codeB = card::CardSecret::codeB(v.codeB.toLatin1());
                if (!workflow.submitCodeB(std::move(codeB)))
                    return fail(QStringLiteral("who.code_b"), notice());
            } else {
                if (workflow.identifyStage() == Stage::Locked)
                    return fail(QStringLiteral("who.pin"), notice());
                if (workflow.identifyStage() == Stage::ConfirmLastTry) {
                    if (!v.confirmLastTry)
                        return fail(QStringLiteral("who.last_try"),
                                    tr("One PIN try is left: the resident must confirm the last try (\"last_try\": "
                                       "true). Nothing was sent to the card."));
                    workflow.confirmLastTry();
                }
                if (workflow.identifyStage() != Stage::PinEntry)
                    return fail(QStringLiteral("who.card"), notice());
                // Handed to the card once: a wrong PIN is reported, never tried again.
                if (!workflow.submitPin(card::CardSecret::pin(v.pin.toLatin1())))
                    return fail(QStringLiteral("who.pin"), notice());
            }
            if (!waitUntil(
                    [&] { return workflow.step() != Step::Identify || workflow.identifyStage() != Stage::Reading; }) ||
                !waitUntil(idle))
                return fail(QStringLiteral("who.card"), tr("The card did not answer."));
            // One 照合番号B try left: nothing was sent; the clerk confirms (F6) and types it again.
            if (!v.codeB.isEmpty() && workflow.step() == Step::Identify &&
                workflow.identifyStage() == Stage::ConfirmLastCodeBTry) {
                if (!v.confirmLastTry)
                    return fail(QStringLiteral("who.last_try"), notice());
                workflow.useCodeB();
                if (!workflow.submitCodeB(card::CardSecret::codeB(v.codeB.toLatin1())))
                    return fail(QStringLiteral("who.code_b"), notice());
                if (!waitUntil([&] {
                        return workflow.step() != Step::Identify || workflow.identifyStage() != Stage::Reading;
                    }) ||
                    !waitUntil(idle))
                    return fail(QStringLiteral("who.card"), tr("The card did not answer."));
            }
            if (workflow.step() != Step::Match)
                return fail(v.codeB.isEmpty() ? QStringLiteral("who.pin") : QStringLiteral("who.code_b"), notice());
        } else {
            workflow.useNoCard();
            if (!workflow.recordIdCheck(visit::IdDocumentCheck{v.idDocument, QStringLiteral("scripted visit")}))
                return fail(QStringLiteral("who.id_document"), notice());
            QString reason;
            const visit::RegistrySearch search{v.searchName, visit::parseTypedDate(v.searchBirthDate, &reason),
                                               v.searchAddress};
            if (!workflow.searchRegistry(search) || !waitUntil(idle) || workflow.step() != Step::Match)
                return fail(QStringLiteral("who.name"), notice());
        }
        // 2. match
        if (!workflow.registryReachable() && !v.newResident)
            return fail(QStringLiteral("who"), notice());
        if (v.newResident || workflow.candidates().isEmpty()) {
            if (!v.newResident)
                return fail(QStringLiteral("who"), tr("The resident is not in the registry; a move-in is served with "
                                                      "\"new_resident\": true."));
            if (!workflow.proceedAsNewResident())
                return fail(QStringLiteral("who.new_resident"), notice());
        } else {
            if (!v.residentId.isEmpty()) {
                const QList<visit::RegistryCandidate> candidates = workflow.candidates();
                const auto it =
                    std::find_if(candidates.begin(), candidates.end(), [&](const visit::RegistryCandidate& c) {
                        return c.person.residentId == v.residentId;
                    });
                if (it == candidates.end())
                    return fail(QStringLiteral("who.resident_id"),
                                tr("The registry search did not find %1.").arg(v.residentId));
                workflow.chooseCandidate(int(it - candidates.begin()));
            }
            if (!workflow.acceptMatch() || !waitUntil(idle) || workflow.step() != Step::Choose)
                return fail(QStringLiteral("who"), notice());
        }
        report.residentId = workflow.resident().residentId;
        // 3. choose
        for (int n = 0; n < v.lifeEvents.size(); ++n)
            if (!workflow.addLifeEvent(v.lifeEvents.at(n)))
                return fail(QStringLiteral("life_events[%1]").arg(n), notice());
        for (int n = 0; n < v.members.size(); ++n) {
            const ScriptMember& m = v.members.at(n);
            if (!workflow.addMember(m.name, m.birthDate, m.sex, m.relationship))
                return fail(QStringLiteral("members[%1]").arg(n), notice());
        }
        for (const visit::Question& q : workflow.questions()) {
            const QString answer = v.answers.value(
                q.id, q.kind == visit::Question::Kind::YesNo ? v.answers.value(QStringLiteral("*")) : QString());
            if (answer.isEmpty())
                return fail(QStringLiteral("answers.") + q.id,
                            tr("The question \"%1\" is not answered.").arg(q.text.in(QStringLiteral("ja"))));
            if (!workflow.setAnswer(q.id, answer))
                return fail(QStringLiteral("answers.") + q.id, notice());
        }
        if (!v.procedures.isEmpty() && !workflow.chooseProcedures(v.procedures))
            return fail(QStringLiteral("procedures"), notice());
        QStringList proposed;
        for (const visit::FollowUp& f : workflow.followUps()) {
            proposed << f.procedureId;
            const bool accept = v.followUps.value(f.procedureId, v.followUpPolicy == QLatin1String("accept"));
            workflow.decideFollowUp(f.procedureId, accept);
            (accept ? report.followUpsAccepted : report.followUpsDeclined) << f.procedureId;
        }
        for (auto it = v.followUps.begin(); it != v.followUps.end(); ++it)
            if (!proposed.contains(it.key()))
                return fail(QStringLiteral("follow_ups.") + it.key(),
                            tr("Not proposed in this visit (proposed: %1).")
                                .arg(proposed.isEmpty() ? QStringLiteral("-") : proposed.join(QStringLiteral(", "))));
        if (!workflow.confirmChoice())
            return fail(QStringLiteral("procedures"), notice());
        // 4. forms: who they are about besides the resident, then the script's values where the form still needs
        // them; what the card or registry holds stays
        for (auto it = v.persons.begin(); it != v.persons.end(); ++it) {
            if (!workflow.personRoles().contains(it.key()))
                report.warnings << tr("persons.%1: no form of this visit asks for this person.").arg(it.key());
            else if (!workflow.choosePerson(it.key(), it.value()))
                return fail(QStringLiteral("persons.") + it.key(), notice());
        }
        const QList<visit::FormDraft> forms = workflow.forms();
        QStringList inVisit{QStringLiteral("*")};
        for (const visit::FormDraft& form : forms)
            inVisit << form.procedureId;
        for (auto it = v.fields.begin(); it != v.fields.end(); ++it)
            if (!inVisit.contains(it.key()))
                report.warnings << tr("fields.%1: not a form of this visit; not typed.").arg(it.key());
        for (int i = 0; i < forms.size(); ++i) {
            const QString procedure = workflow.forms().at(i).procedureId;
            QMap<QString, QString> values = v.fields.value(QStringLiteral("*"));
            const QMap<QString, QString> own = v.fields.value(procedure);
            for (auto it = own.begin(); it != own.end(); ++it)
                values.insert(it.key(), it.value());
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QString where = QStringLiteral("fields.%1.%2").arg(procedure, it.key());
                const visit::FormDraft form = workflow.forms().at(i);
                const int at = form.indexOf(it.key());
                if (at < 0) {
                    if (own.contains(it.key()))
                        return fail(where, tr("No such field in this procedure's form."));
                    continue; // a "*" value for the forms that have this field
                }
                const visit::FormField& field = form.fields.at(at);
                if (!field.editable()) {
                    if (own.contains(it.key()))
                        report.warnings << tr("%1: filled from %2; not typed.").arg(where, sourceName(field.source));
                    continue;
                }
                if (field.source == visit::FieldSource::Typed && field.error.isEmpty() &&
                    visit::checkField(field.spec.kind, it.value(), QDate::currentDate(), field.spec.options).value ==
                        field.value)
                    continue; // typed once already, in another form of this visit
                const visit::FieldCheck check = workflow.setField(i, it.key(), it.value());
                if (!check.ok)
                    return fail(where, check.reason);
            }
        }
        for (const visit::FormDraft& form : workflow.forms())
            for (const visit::FormField& field : form.fields)
                if (!field.complete())
                    fail(QStringLiteral("fields.%1.%2").arg(form.procedureId, field.spec.key),
                         field.error.isEmpty() ? tr("Missing: the form needs this field (%1).")
                                                     .arg(field.spec.label.in(QStringLiteral("ja")))
                                               : field.error);
        if (!report.errors.isEmpty())
            return false;
        if (!workflow.confirmForms())
            return fail(QStringLiteral("fields"), notice());
        // 5. documents, copies, payment
        for (int i = 0; i < workflow.documents().size(); ++i)
            workflow.setDocumentChecked(i, true);
        for (auto it = v.copies.begin(); it != v.copies.end(); ++it) {
            int form = -1;
            for (int i = 0; i < workflow.forms().size(); ++i)
                if (workflow.forms().at(i).procedureId == it.key())
                    form = i;
            if (form < 0 || !workflow.setCopies(form, it.value()))
                return fail(QStringLiteral("copies.") + it.key(),
                            form < 0 ? tr("Not a form of this visit.") : notice());
        }
        if (workflow.totalFee() > 0) {
            if (v.payment.isEmpty())
                return fail(QStringLiteral("payment"),
                            tr("The fee is %L1 yen: say how it is paid (\"payment\").").arg(workflow.totalFee()));
            workflow.setPaymentMethod(v.payment);
        }
        if (!workflow.confirmDocuments())
            return fail(QStringLiteral("payment"), notice());
        // 6. review, 7. issue
        if (!v.confirm) {
            report.warnings << tr("The resident did not confirm (\"confirm\": false): nothing was issued.");
            return true;
        }
        workflow.confirmByResident();
        if (!workflow.issue() && workflow.step() != Step::Issuing)
            return fail(QStringLiteral("confirm"), notice());
        if (!waitUntil([&] { return workflow.step() != Step::Issuing; }) || workflow.step() != Step::Done)
            return fail({}, notice());
        return true;
    }();

    report.step = stepName(workflow.step());
    for (const QString& role : workflow.personRoles())
        report.persons.insert(role, workflow.chosenPerson(role));
    for (int i = 0; i < workflow.forms().size(); ++i) {
        const visit::FormDraft& form = workflow.forms().at(i);
        report.procedures << form.procedureId;
        FormReport f{form.procedureId, form.templateId, workflow.fee(i), workflow.copies(i), {}};
        for (const visit::FormField& field : form.fields)
            f.fields.append(FieldReport{field.spec.key,
                                        field.spec.kind == visit::FieldKind::MyNumber && !field.value.isEmpty()
                                            ? QStringLiteral("************")
                                            : field.value,
                                        sourceName(field.source)});
        report.forms.append(f);
    }
    report.totalFee = workflow.totalFee();
    report.payment = report.totalFee > 0 ? workflow.paymentMethod() : QString();
    if (ran && workflow.step() == Step::Done) {
        report.visitId = workflow.visitId();
        QStringList feeGiven;
        for (const visit::IssuedPdf& pdf : workflow.issued()) {
            DocumentReport d{pdf.procedureId, pdf.templateId, pdf.serial, pdf.verificationCode, pdf.pdfPath, 0,
                             pdf.certificate};
            if (!feeGiven.contains(pdf.procedureId)) {
                feeGiven << pdf.procedureId;
                for (const FormReport& f : std::as_const(report.forms))
                    if (f.procedureId == pdf.procedureId)
                        d.fee = f.fee;
            }
            if (pdf.pdfPath.isEmpty())
                fail(QStringLiteral("documents"), notice());
            report.documents.append(d);
        }
        workflow.finish();
    } else if (workflow.step() != Step::Idle) {
        workflow.cancel(QStringLiteral("scripted visit stopped"));
    }
    return report;
}

} // namespace madoguchi::cli
