// The visit's issuance port: check the printouts, record the visit in one transaction, render the PDFs.
#include "CounterIssuance.h"

#include "CounterDocuments.h"
#include "FileModes.h"
#include "Renderer.h"
#include "issuance/Issuance.h"
#include "visit/VisitLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace madoguchi::counter {
namespace {

// Gives lupdate and the translator the same context.
class IssuanceText {
    Q_DECLARE_TR_FUNCTIONS(CounterIssuance)
};

domain::Payment::Method methodOf(const QString& name) {
    domain::Payment::Method method = domain::Payment::Method::Cash;
    domain::parseMethod(name, &method);
    return method;
}

// The form as stored with the request: every field but a My Number (which goes, sealed, into its own column).
QString formData(const visit::FormDraft& form) {
    QJsonObject object;
    for (const visit::FormField& field : form.fields)
        if (field.spec.kind != visit::FieldKind::MyNumber && !field.value.isEmpty())
            object.insert(field.spec.key, field.value);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString myNumberOf(const visit::FormDraft& form, const QString& fromCard) {
    for (const visit::FormField& field : form.fields)
        if (field.spec.kind == visit::FieldKind::MyNumber && field.spec.prefill == QLatin1String("card.my_number"))
            return field.value.isEmpty() ? fromCard : field.value;
    return fromCard;
}

} // namespace

CounterIssuance::CounterIssuance(const store::Connection& local, const privacy::KeyRing& keys,
                                 const print::Renderer& renderer, const visit::Clock& clock, Office office)
    : m_local(local)
    , m_keys(keys)
    , m_renderer(renderer)
    , m_clock(clock)
    , m_office(std::move(office)) {}

QByteArray CounterIssuance::printedContent(const QString& templateId, const QJsonObject& data, bool certificate) {
    return QJsonDocument(QJsonObject{{QStringLiteral("template"), templateId},
                                     {QStringLiteral("certificate"), certificate},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

QString CounterIssuance::renderReissue(const QByteArray& printed, const QString& visitId, const QString& serial,
                                       const QString& verificationCode, bool* certificate, QString* problem) const {
    const QJsonObject content = QJsonDocument::fromJson(printed).object();
    const QString templateId = content.value(QStringLiteral("template")).toString();
    *certificate = content.value(QStringLiteral("certificate")).toBool();
    if (templateId.isEmpty()) {
        *problem = IssuanceText::tr("What the certificate printed was not kept (it was issued before this version), "
                                    "so no new paper can be printed.");
        return {};
    }
    const QDate today = m_clock.now().toLocalTime().date();
    const QString dir = QDir(m_office.documentDir).filePath(today.toString(Qt::ISODate));
    files::makeOwnerOnlyDir(m_office.documentDir);
    files::makeOwnerOnlyDir(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-reissue-%2-%3.pdf").arg(visitId, serial, templateId));
    const auto written = m_renderer.renderToFile(
        {templateId, content.value(QStringLiteral("data")).toObject(), serial, verificationCode}, path);
    if (!written.ok() || !files::makeOwnerOnlyFile(path)) {
        qCWarning(lcVisit) << "rendering the reissue" << serial << "failed:" << written.error().detail;
        *problem = IssuanceText::tr("The new paper could not be written as PDF: %1").arg(written.error().message);
        return {};
    }
    return path;
}

visit::PreviewOutcome CounterIssuance::previewNow(const visit::IssueRequest& request) const {
    visit::PreviewOutcome outcome;
    const QDate today = m_clock.now().toLocalTime().date();
    QStringList errors;
    const QList<PrintOrder> orders =
        printOrders(request, request.household, {today, m_office.addressee, m_office.issuerTitle}, &errors);
    if (!errors.isEmpty()) {
        outcome.detail = errors.join(QStringLiteral("; "));
        return outcome;
    }
    for (const PrintOrder& order : orders) {
        // Where the serial and the verification code will be, the preview says 見本 (sample).
        const auto pdf = m_renderer.render(
            {order.templateId, order.data, QStringLiteral("見本-000000"), QStringLiteral("SAMPLE-0000")});
        if (!pdf.ok()) {
            outcome.detail = QStringLiteral("%1: %2").arg(order.templateId, pdf.error().detail);
            return outcome;
        }
        outcome.pdfs.append(pdf.value());
    }
    outcome.ok = true;
    return outcome;
}

visit::IssueOutcome CounterIssuance::issueNow(const visit::IssueRequest& request) {
    visit::IssueOutcome outcome;
    const QDate today = m_clock.now().toLocalTime().date();
    // The household as the registry gave it when the resident was matched in this visit.
    const QList<visit::RegistryPerson>& household = request.household;
    QStringList bindingErrors;
    const QList<PrintOrder> orders =
        printOrders(request, household, {today, m_office.addressee, m_office.issuerTitle}, &bindingErrors);
    if (!bindingErrors.isEmpty()) {
        // The catalogue's declared data is wrong: a fault of the installation, not of the clerk's input.
        outcome.message = IssuanceText::tr("The printouts declared in the procedures catalogue have errors; nothing "
                                           "was recorded. Tell the administrator: the log names the procedure and "
                                           "the place.");
        qCWarning(lcVisit) << "catalogue printouts do not evaluate:" << bindingErrors.join(QStringLiteral("; "));
        outcome.detail = bindingErrors.join(QStringLiteral("; "));
        return outcome;
    }
    // Each procedure's document with a serial: its certificate, or its first printout when it has none.
    QList<int> serialled;
    QSet<int> formsWithSerial;
    for (int n = 0; n < orders.size(); ++n)
        if (orders.at(n).certificate) {
            serialled << n;
            formsWithSerial.insert(orders.at(n).form);
        }
    for (int n = 0; n < orders.size(); ++n)
        if (!formsWithSerial.contains(orders.at(n).form)) {
            serialled << n;
            formsWithSerial.insert(orders.at(n).form);
        }
    std::sort(serialled.begin(), serialled.end());

    // Every printout must fit its template before anything is recorded: no visit without its papers.
    for (const PrintOrder& order : orders) {
        const auto checked = m_renderer.layout({order.templateId, order.data, QStringLiteral("CHECK-00000000-000000"),
                                                QStringLiteral("CHCK-CHCK-CHCK-CHCK")});
        if (!checked.ok()) {
            QStringList fields;
            for (const print::FieldError& e : checked.error().fields)
                fields << QStringLiteral("%1: %2").arg(e.field, e.message);
            outcome.message = IssuanceText::tr("%1 cannot be printed: %2 %3")
                                  .arg(order.title, checked.error().message, fields.join(QStringLiteral("; ")));
            if (!request.residentId.isEmpty() && household.isEmpty())
                outcome.message += QLatin1Char(' ') + IssuanceText::tr("The registry did not give the household; "
                                                                       "nothing was recorded, try again when the "
                                                                       "registry is back.");
            outcome.detail = checked.error().detail;
            return outcome;
        }
    }

    issuance::VisitRecord record;
    record.visit.receptionNumber = request.receptionNumber;
    record.visit.channel = domain::Channel::Counter;
    record.visit.language = request.language;
    record.visit.staffId = m_actor.staffId;
    record.visit.residentId = request.residentId;
    record.visit.cardVerdict = request.cardVerdict;
    record.visit.interpreterLanguage = request.interpreterLanguage;
    record.visit.interpreterMinutes = request.interpreterLanguage.isEmpty() ? 0 : request.interpreterMinutes;
    record.visit.identifiedAt = m_clock.now();
    record.visit.confirmedAt = m_clock.now();
    qint64 total = 0;
    for (int i = 0; i < request.forms.size(); ++i) {
        const visit::FormDraft& form = request.forms.at(i);
        domain::ProcedureRequest r;
        r.procedureId = form.procedureId;
        r.formData = formData(form);
        // What the counter filled for the resident against what had to be typed (the handwriting avoided).
        r.fieldsPrefilled = 0;
        r.fieldsTyped = 0;
        for (const visit::FormField& field : form.fields) {
            if (field.value.isEmpty())
                continue;
            if (field.source == visit::FieldSource::Typed || field.source == visit::FieldSource::Missing)
                ++r.fieldsTyped;
            else
                ++r.fieldsPrefilled;
        }
        r.status = domain::ProcedureRequest::Status::Submitted;
        const bool lawful = std::any_of(form.fields.begin(), form.fields.end(), [](const visit::FormField& f) {
            return f.spec.kind == visit::FieldKind::MyNumber;
        });
        if (lawful && request.myNumber) {
            r.myNumber = myNumberOf(form, request.myNumber->digits());
            r.myNumberLawful = true;
        }
        record.requests.append(r);
        total += request.fees.value(i);
    }
    // A resident moving in is not in the registry yet: their documents are filed under the visit's reception.
    const QString residentId =
        request.residentId.isEmpty() ? QStringLiteral("new:") + request.receptionNumber : request.residentId;
    for (const int n : std::as_const(serialled)) {
        const PrintOrder& order = orders.at(n);
        issuance::DocumentOrder d;
        d.requestIndex = order.form;
        d.documentType = request.forms.at(order.form).procedureId;
        d.residentId = residentId;
        d.copies = request.copies.value(order.form, 1);
        d.fee = request.fees.value(order.form);
        d.content = QJsonDocument(order.data).toJson(QJsonDocument::Compact);
        d.printed = printedContent(order.templateId, order.data, order.certificate);
        record.documents.append(d);
    }
    if (total > 0) {
        domain::Payment payment;
        payment.amount = total;
        payment.method = methodOf(request.paymentMethod);
        payment.reference = request.paymentReference;
        record.payments.append(payment);
    }

    issuance::Issuance issuance(m_local, m_keys, m_actor);
    issuance.setClock([this] { return m_clock.now(); });
    const auto receipt = issuance.record(std::move(record));
    if (!receipt) {
        outcome.message = receipt.outcome.message;
        outcome.detail = receipt.outcome.detail;
        return outcome;
    }
    outcome.ok = true;
    outcome.visitId = receipt->visit.id;

    const QString dir = QDir(m_office.documentDir).filePath(today.toString(Qt::ISODate));
    files::makeOwnerOnlyDir(m_office.documentDir);
    files::makeOwnerOnlyDir(dir);
    for (int n = 0; n < orders.size(); ++n) {
        const PrintOrder& order = orders.at(n);
        visit::IssuedPdf pdf;
        pdf.procedureId = request.forms.at(order.form).procedureId;
        pdf.templateId = order.templateId;
        pdf.certificate = order.certificate;
        if (const qsizetype at = serialled.indexOf(n); at >= 0 && at < receipt->documents.size()) {
            pdf.serial = receipt->documents.at(at).serial;
            pdf.verificationCode = receipt->documents.at(at).verificationCode;
        }
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1-%2-%3.pdf").arg(receipt->visit.id).arg(n + 1).arg(order.templateId));
        const auto written =
            m_renderer.renderToFile({order.templateId, order.data, pdf.serial, pdf.verificationCode}, path);
        if (written.ok() && files::makeOwnerOnlyFile(path)) {
            pdf.pdfPath = path;
        } else {
            // Recorded already: the clerk can print again from the supervisor's reissue; say so rather than hide it.
            qCWarning(lcVisit) << "rendering" << order.templateId
                               << "failed after recording:" << written.error().detail;
            outcome.message = IssuanceText::tr("The visit is recorded, but %1 could not be written as PDF: %2")
                                  .arg(order.title, written.error().message);
        }
        outcome.documents.append(pdf);
    }
    return outcome;
}

} // namespace madoguchi::counter
