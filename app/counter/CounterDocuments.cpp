// What each procedure prints: the catalogue's declared printouts evaluated against the visit, or the generic form.
#include "CounterDocuments.h"

#include "catalogue/PrintBinding.h"

#include <QJsonArray>

#include <algorithm>

namespace madoguchi::counter {
namespace {

QString documentName(const QString& kind) {
    static const QMap<QString, QString> names{{QStringLiteral("driving_licence"), QStringLiteral("運転免許証")},
                                              {QStringLiteral("passport"), QStringLiteral("旅券（パスポート）")},
                                              {QStringLiteral("residence_card"), QStringLiteral("在留カード")},
                                              {QStringLiteral("two_documents"), QStringLiteral("健康保険証等２点")}};
    return names.value(kind, kind);
}

// The templates print 男 / 女; the registry and the card hold the code.
QString sexText(const QString& code) {
    return code == QLatin1String("2") ? QStringLiteral("女") : QStringLiteral("男");
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int ageOn(const QDate& birth, const QDate& today) {
    if (!birth.isValid())
        return -1;
    int age = today.year() - birth.year();
    if (today < birth.addYears(age))
        --age;
    return age;
}

// What a field shows on paper: a choice's Japanese label, はい / いいえ, never a My Number (the form says where it
// was checked instead, so no PDF on disk holds it).
QString shown(const visit::FormField& field) {
    using visit::FieldKind;
    if (field.value.isEmpty())
        return {};
    switch (field.spec.kind) {
    case FieldKind::Choice: {
        const int option = int(field.spec.options.indexOf(field.value));
        return option >= 0 && option < field.spec.optionLabels.size() ? field.spec.optionLabels.at(option).in({})
                                                                      : field.value;
    }
    case FieldKind::YesNo:
        return field.value == QLatin1String("yes") ? QStringLiteral("はい") : QStringLiteral("いいえ");
    case FieldKind::MyNumber:
        return QStringLiteral("（個人番号カードで確認）");
    default:
        return field.value;
    }
}

QJsonObject taxObject(const visit::TaxYear& t) {
    return {{QStringLiteral("fiscal_year"), t.fiscalYear},
            {QStringLiteral("income"), t.income},
            {QStringLiteral("resident_tax"), t.residentTax},
            {QStringLiteral("resident_tax_paid"), t.residentTaxPaid},
            {QStringLiteral("resident_tax_unpaid"), t.residentTax - t.residentTaxPaid},
            {QStringLiteral("light_vehicle_tax"), t.lightVehicleTax},
            {QStringLiteral("light_vehicle_tax_paid"), t.lightVehicleTaxPaid},
            {QStringLiteral("light_vehicle_tax_unpaid"), t.lightVehicleTax - t.lightVehicleTaxPaid},
            {QStringLiteral("vehicle_plate"), t.vehiclePlate}};
}

QJsonObject personObject(const visit::RegistryPerson& p, const QDate& today) {
    QJsonArray taxes;
    for (const visit::TaxYear& t : p.taxes)
        taxes.append(taxObject(t));
    return {{QStringLiteral("resident_id"), p.residentId},
            {QStringLiteral("seal_number"), p.sealNumber},
            {QStringLiteral("seal_registered_on"), isoDate(p.sealRegisteredOn)},
            {QStringLiteral("taxes"), taxes},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kana"), p.kana},
            {QStringLiteral("birth_date"), isoDate(p.birthDate)},
            {QStringLiteral("age"), ageOn(p.birthDate, today)},
            {QStringLiteral("sex"), p.sex.isEmpty() ? QString() : sexText(p.sex)},
            {QStringLiteral("sex_code"), p.sex},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("postal_code"), p.postalCode},
            {QStringLiteral("relationship"), p.relationship},
            {QStringLiteral("household_head"), p.householdHead},
            {QStringLiteral("resident_since"), isoDate(p.residentSince)},
            {QStringLiteral("previous_address"), p.previousAddress}};
}

QJsonObject valuesOf(const visit::FormDraft& form) {
    QJsonObject values;
    for (const visit::FormField& field : form.fields)
        if (field.spec.kind != visit::FieldKind::MyNumber && !field.value.isEmpty())
            values.insert(field.spec.key, field.value);
    return values;
}

// The generic application form's rows: the applicant's block (what the card and the registry filled, and the
// phone typed with it), then the procedure's own content, each field with its catalogue label.
QJsonArray genericRows(const visit::FormDraft& form) {
    QJsonArray rows;
    bool applicant = true;
    QString lastSection;
    for (const visit::FormField& field : form.fields) {
        const QString& prefill = field.spec.prefill;
        const bool personal =
            (prefill.startsWith(QLatin1String("card.")) || prefill.startsWith(QLatin1String("registry."))) &&
            prefill != QLatin1String("registry.household_members");
        applicant = applicant && (personal || field.spec.kind == visit::FieldKind::Phone);
        const QString section = applicant ? QStringLiteral("届出人・申請者") : QStringLiteral("申請・届出の内容");
        // A list of people gets a row per person: a household does not fit one row.
        const bool people =
            prefill == QLatin1String("visit.members") || prefill == QLatin1String("registry.household_members");
        const QStringList values =
            people ? shown(field).split(QStringLiteral("、"), Qt::SkipEmptyParts) : QStringList{shown(field)};
        for (int i = 0; i < std::max<qsizetype>(values.size(), 1); ++i) {
            rows.append(QJsonObject{
                {QStringLiteral("section"), section == lastSection ? QString() : section},
                {QStringLiteral("label"), i == 0 ? field.spec.label.in(QStringLiteral("ja")) : QStringLiteral("〃")},
                {QStringLiteral("value"), values.value(i)}});
            lastSection = section;
        }
    }
    return rows;
}

// The generic application form as a declared printout, in the same language as the catalogue's.
QJsonObject genericPrintout() {
    return {{QStringLiteral("template"), genericFormTemplate()},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("form_title")},
                         {QStringLiteral("submitted_on"), QStringLiteral("visit.today")},
                         {QStringLiteral("addressee"), QStringLiteral("office.addressee")},
                         {QStringLiteral("reception"), QStringLiteral("visit.reception")},
                         {QStringLiteral("rows"), QStringLiteral("form_rows")},
                         {QStringLiteral("confirmation"),
                          QJsonObject{{QStringLiteral("$text"), QStringLiteral("上記の内容に相違ありません。")}}}}}};
}

} // namespace

QString genericFormTemplate() {
    return QStringLiteral("shinsei-ippan");
}

QJsonObject printContext(const visit::IssueRequest& request, int formIndex,
                         const QList<visit::RegistryPerson>& household, const PrintOffice& office) {
    const visit::FormDraft& form = request.forms.at(formIndex);
    QJsonObject labels;
    for (const visit::FormField& field : form.fields)
        if (const QString text = shown(field); !text.isEmpty())
            labels.insert(field.spec.key, text);
    QJsonObject forms;
    for (const visit::FormDraft& other : request.forms)
        if (!forms.contains(other.procedureId))
            forms.insert(other.procedureId, valuesOf(other));
    QJsonArray householdList;
    for (const visit::RegistryPerson& p : household)
        householdList.append(personObject(p, office.today));
    QJsonArray members;
    for (const visit::Member& m : request.members)
        members.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("birth_date"), isoDate(m.birthDate)},
                                   {QStringLiteral("age"), ageOn(m.birthDate, office.today)},
                                   {QStringLiteral("sex"), sexText(m.sex)},
                                   {QStringLiteral("sex_code"), m.sex},
                                   {QStringLiteral("relationship"), m.relationship},
                                   {QStringLiteral("has_card"), m.source == visit::FieldSource::Card}});
    const QJsonObject resident =
        request.resident.residentId.isEmpty() ? QJsonObject{} : personObject(request.resident, office.today);
    // The tax year the form asks about (its "fiscal_year" field), else the latest the registry holds.
    QJsonObject tax;
    const int asked = valuesOf(form).value(QStringLiteral("fiscal_year")).toString().toInt();
    for (const visit::TaxYear& t : request.resident.taxes)
        if (tax.isEmpty() && (asked == 0 || t.fiscalYear == asked))
            tax = taxObject(t);
    return {{QStringLiteral("visit"),
             QJsonObject{{QStringLiteral("today"), isoDate(office.today)},
                         {QStringLiteral("reception"), request.receptionNumber},
                         {QStringLiteral("copies"), request.copies.value(formIndex, 1)},
                         {QStringLiteral("fee"), request.fees.value(formIndex)},
                         {QStringLiteral("identity_document"), request.identitySource == visit::IdentitySource::NoCard
                                                                   ? documentName(request.idCheck.documentKind)
                                                                   : QStringLiteral("マイナンバーカード")}}},
            {QStringLiteral("office"), QJsonObject{{QStringLiteral("addressee"), office.addressee},
                                                   {QStringLiteral("issuer_title"), office.issuerTitle}}},
            {QStringLiteral("form"), valuesOf(form)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("form_title"), form.title.in(QStringLiteral("ja"))},
            {QStringLiteral("form_rows"), genericRows(form)},
            {QStringLiteral("forms"), forms},
            {QStringLiteral("resident"), resident},
            {QStringLiteral("tax"), tax},
            {QStringLiteral("household"), householdList},
            {QStringLiteral("members"), members}};
}

QList<PrintOrder> printOrders(const visit::IssueRequest& request, const QList<visit::RegistryPerson>& household,
                              const PrintOffice& office, QStringList* errors) {
    QList<PrintOrder> orders;
    for (int i = 0; i < request.forms.size(); ++i) {
        const visit::FormDraft& form = request.forms.at(i);
        const QString title = form.title.in(QStringLiteral("ja"));
        const QJsonObject context = printContext(request, i, household, office);
        const QJsonArray declared = form.printouts.isEmpty() ? QJsonArray{genericPrintout()} : form.printouts;
        for (int n = 0; n < declared.size(); ++n) {
            const QJsonObject printout = declared.at(n).toObject();
            const QString where = QStringLiteral("%1: printouts[%2]").arg(form.procedureId).arg(n);
            QStringList problems;
            if (printout.contains(QStringLiteral("when")) &&
                !catalogue::bindingHolds(printout.value(QStringLiteral("when")), context, &problems, where))
                continue;
            const QJsonValue data =
                catalogue::evaluateBinding(printout.value(QStringLiteral("data")), context, &problems, where);
            if (errors)
                *errors << problems;
            PrintOrder order;
            order.form = i;
            order.templateId = printout.value(QStringLiteral("template")).toString();
            order.data = data.toObject();
            order.certificate = printout.value(QStringLiteral("certificate")).toBool();
            order.title = printout.value(QStringLiteral("title")).toString(title);
            orders.append(order);
        }
    }
    return orders;
}

} // namespace madoguchi::counter
