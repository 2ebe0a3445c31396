// What each procedure prints: template and data from the visit's forms, the registry and the card.
#include "CounterDocuments.h"

#include <QJsonArray>

namespace madoguchi::counter {
namespace {

QString value(const visit::FormDraft& form, const QString& key) {
    const int i = form.indexOf(key);
    return i < 0 ? QString() : form.fields.at(i).value;
}

// A choice as the template spells it: the catalogue's Japanese label unless the template names it differently.
QString choiceLabel(const visit::FormDraft& form, const QString& key,
                    const QMap<QString, QString>& templateNames = {}) {
    const int i = form.indexOf(key);
    if (i < 0)
        return {};
    const visit::FormField& field = form.fields.at(i);
    if (templateNames.contains(field.value))
        return templateNames.value(field.value);
    const int option = int(field.spec.options.indexOf(field.value));
    return option >= 0 && option < field.spec.optionLabels.size() ? field.spec.optionLabels.at(option).in({})
                                                                  : field.value;
}

QString documentName(const QString& kind) {
    static const QMap<QString, QString> names{{QStringLiteral("driving_licence"), QStringLiteral("運転免許証")},
                                              {QStringLiteral("passport"), QStringLiteral("旅券（パスポート）")},
                                              {QStringLiteral("residence_card"), QStringLiteral("在留カード")},
                                              {QStringLiteral("two_documents"), QStringLiteral("健康保険証等２点")}};
    return names.value(kind, kind);
}

QString sexText(const QString& code) {
    return code == QLatin1String("2") ? QStringLiteral("女") : QStringLiteral("男");
}

QJsonObject residentCertificate(const visit::FormDraft& form, const visit::IssueRequest& request,
                                const QList<visit::RegistryPerson>& household, const QDate& today,
                                const QString& issuerTitle) {
    const bool wholeHousehold = value(form, QStringLiteral("scope")) != QLatin1String("some");
    QJsonArray members;
    for (const visit::RegistryPerson& p : household) {
        if (!wholeHousehold && p.residentId != request.resident.residentId)
            continue;
        QJsonObject m{{QStringLiteral("name"), p.name},
                      {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)},
                      {QStringLiteral("sex"), sexText(p.sex)},
                      {QStringLiteral("relationship"), p.relationship},
                      {QStringLiteral("resident_since"), p.residentSince.toString(Qt::ISODate)}};
        if (!p.previousAddress.isEmpty())
            m.insert(QStringLiteral("previous_address"), p.previousAddress);
        members.append(m);
    }
    return {{QStringLiteral("address"), request.resident.address},
            {QStringLiteral("household_head"), request.resident.householdHead},
            {QStringLiteral("show_honseki"), value(form, QStringLiteral("include_honseki")) == QLatin1String("yes")},
            {QStringLiteral("show_previous_address"), false},
            {QStringLiteral("members"), members},
            {QStringLiteral("issue_date"), today.toString(Qt::ISODate)},
            {QStringLiteral("issuer_title"), issuerTitle}};
}

QJsonObject certificateRequest(const visit::FormDraft& form, const visit::IssueRequest& request, int copies,
                               const QDate& today, const QString& addressee) {
    static const QMap<QString, QString> purposes{{QStringLiteral("employment"), QStringLiteral("勤務先提出")},
                                                 {QStringLiteral("pension"), QStringLiteral("年金手続")},
                                                 {QStringLiteral("vehicle"), QStringLiteral("自動車登録")}};
    const QString purposeValue = value(form, QStringLiteral("purpose"));
    const bool other = !purposes.contains(purposeValue);
    QJsonObject data{{QStringLiteral("submitted_on"), today.toString(Qt::ISODate)},
                     {QStringLiteral("addressee"), addressee},
                     {QStringLiteral("requester_address"), value(form, QStringLiteral("requester_address"))},
                     {QStringLiteral("requester_name"), value(form, QStringLiteral("requester_name"))},
                     {QStringLiteral("requester_birth_date"), value(form, QStringLiteral("requester_birth_date"))},
                     {QStringLiteral("relation"), QStringLiteral("本人")},
                     {QStringLiteral("subject_name"), value(form, QStringLiteral("requester_name"))},
                     {QStringLiteral("purpose"), other ? QStringLiteral("その他") : purposes.value(purposeValue)},
                     {QStringLiteral("identity_document"), request.identitySource == visit::IdentitySource::NoCard
                                                               ? documentName(request.idCheck.documentKind)
                                                               : QStringLiteral("マイナンバーカード")},
                     {QStringLiteral("documents"),
                      QJsonArray{QJsonObject{{QStringLiteral("kind"), form.title.in(QStringLiteral("ja"))},
                                             {QStringLiteral("copies"), copies}}}}};
    if (other)
        data.insert(QStringLiteral("purpose_detail"), choiceLabel(form, QStringLiteral("purpose")));
    const QString phone = value(form, QStringLiteral("requester_phone"));
    if (!phone.isEmpty())
        data.insert(QStringLiteral("phone"), phone);
    return data;
}

QJsonObject moveNotice(const visit::FormDraft& form, const visit::IssueRequest& request, const QDate& today,
                       const QString& addressee) {
    const QString kind = form.procedureId == QLatin1String("move-in")       ? QStringLiteral("転入")
                         : form.procedureId == QLatin1String("move-within") ? QStringLiteral("転居")
                                                                            : QStringLiteral("転出");
    QJsonArray members;
    for (const visit::Member& m : request.members)
        members.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate)},
                                   {QStringLiteral("sex"), sexText(m.sex)},
                                   {QStringLiteral("relationship"), m.relationship},
                                   {QStringLiteral("has_card"), m.source == visit::FieldSource::Card}});
    const QString moved = value(form, QStringLiteral("move_in_date")) + value(form, QStringLiteral("move_date")) +
                          value(form, QStringLiteral("move_out_date"));
    QString oldAddress = value(form, QStringLiteral("previous_address"));
    if (oldAddress.isEmpty())
        oldAddress = value(form, QStringLiteral("notifier_address"));
    QString head = value(form, QStringLiteral("head_of_household"));
    if (head.isEmpty())
        head = request.resident.householdHead;
    QJsonObject data{{QStringLiteral("submitted_on"), today.toString(Qt::ISODate)},
                     {QStringLiteral("addressee"), addressee},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("moved_on"), moved},
                     {QStringLiteral("new_address"), value(form, QStringLiteral("new_address"))},
                     {QStringLiteral("old_address"), oldAddress},
                     {QStringLiteral("household_head"), head},
                     {QStringLiteral("members"), members},
                     {QStringLiteral("notifier"), value(form, QStringLiteral("notifier_name"))}};
    const QString phone = value(form, QStringLiteral("notifier_phone"));
    if (!phone.isEmpty())
        data.insert(QStringLiteral("phone"), phone);
    return data;
}

QJsonObject childAllowanceClaim(const visit::FormDraft& form, const visit::IssueRequest& request, const QDate& today,
                                const QString& addressee) {
    static const QMap<QString, QString> pensions{{QStringLiteral("employees"), QStringLiteral("厚生年金")},
                                                 {QStringLiteral("national"), QStringLiteral("国民年金")},
                                                 {QStringLiteral("mutual"), QStringLiteral("共済組合")}};
    QJsonArray children;
    for (const visit::Member& m : request.members)
        if (m.birthDate.addYears(15) > today) // the claim lists the children it is for: those under 15
            children.append(QJsonObject{{QStringLiteral("name"), m.name},
                                        {QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate)},
                                        {QStringLiteral("relationship"), m.relationship},
                                        {QStringLiteral("lives_with"), true}});
    QJsonObject data{{QStringLiteral("submitted_on"), today.toString(Qt::ISODate)},
                     {QStringLiteral("addressee"), addressee},
                     {QStringLiteral("claimant_name"), value(form, QStringLiteral("claimant_name"))},
                     {QStringLiteral("claimant_birth_date"), value(form, QStringLiteral("claimant_birth_date"))},
                     {QStringLiteral("address"), value(form, QStringLiteral("claimant_address"))},
                     {QStringLiteral("pension"), choiceLabel(form, QStringLiteral("pension"), pensions)},
                     {QStringLiteral("bank"), value(form, QStringLiteral("bank_name"))},
                     {QStringLiteral("branch"), value(form, QStringLiteral("bank_branch"))},
                     {QStringLiteral("account_type"), choiceLabel(form, QStringLiteral("account_type"))},
                     {QStringLiteral("account_number"), value(form, QStringLiteral("account_number"))},
                     {QStringLiteral("children"), children}};
    const QString phone = value(form, QStringLiteral("claimant_phone"));
    if (!phone.isEmpty())
        data.insert(QStringLiteral("phone"), phone);
    return data;
}

} // namespace

bool hasPrintout(const QString& procedureId) {
    static const QStringList printed{QStringLiteral("resident-certificate"), QStringLiteral("move-in"),
                                     QStringLiteral("move-within"), QStringLiteral("move-out"),
                                     QStringLiteral("child-allowance-claim")};
    return printed.contains(procedureId);
}

QList<PrintOrder> printOrders(const visit::IssueRequest& request, const QList<visit::RegistryPerson>& household,
                              const QDate& today, const QString& addressee, const QString& issuerTitle) {
    QList<PrintOrder> orders;
    for (int i = 0; i < request.forms.size(); ++i) {
        const visit::FormDraft& form = request.forms.at(i);
        const QString title = form.title.in(QStringLiteral("ja"));
        if (form.procedureId == QLatin1String("resident-certificate")) {
            const int copies = request.copies.value(i, 1);
            orders.append({i, QStringLiteral("shomeisho-seikyu"),
                           certificateRequest(form, request, copies, today, addressee), false,
                           QStringLiteral("証明書交付請求書")});
            orders.append({i, QStringLiteral("juminhyo"),
                           residentCertificate(form, request, household, today, issuerTitle), true, title});
        } else if (form.procedureId == QLatin1String("move-in") || form.procedureId == QLatin1String("move-within") ||
                   form.procedureId == QLatin1String("move-out")) {
            orders.append(
                {i, QStringLiteral("idou-todoke"), moveNotice(form, request, today, addressee), false, title});
        } else if (form.procedureId == QLatin1String("child-allowance-claim")) {
            orders.append(
                {i, QStringLiteral("jido-teate"), childAllowanceClaim(form, request, today, addressee), false, title});
        }
    }
    return orders;
}

} // namespace madoguchi::counter
