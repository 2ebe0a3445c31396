// What each procedure prints: the printing template and its data, from the visit's forms, registry and card.
#pragma once

#include "visit/VisitPorts.h"

#include <QJsonObject>

namespace madoguchi::counter {

struct PrintOrder {
    int form = -1;      // which of the visit's forms it prints
    QString templateId; // printing/ template id
    QJsonObject data;
    bool certificate = false; // needs a serial and a verification code from the issuance
    QString title;            // for the clerk's list, Japanese
};

// Every document the visit prints, in form order: a certificate's request form (証明書交付請求書) and the
// certificate itself; a notice's or claim's filled form. `today` and `addressee` ("○○市長　あて") go on every form.
QList<PrintOrder> printOrders(const visit::IssueRequest& request, const QList<visit::RegistryPerson>& household,
                              const QDate& today, const QString& addressee, const QString& issuerTitle);

// Procedures that have a printed form in this build.
bool hasPrintout(const QString& procedureId);

} // namespace madoguchi::counter
