// What each procedure prints: the printouts its catalogue entry declares, or the generic application form.
#pragma once

#include "visit/VisitPorts.h"

#include <QJsonObject>

namespace madoguchi::counter {

struct PrintOrder {
    int form = -1;      // which of the visit's forms it prints
    QString templateId; // printing/ template id
    QJsonObject data;
    bool certificate = false; // a certificate: needs a verification code besides its serial
    QString title;            // for the clerk's list, Japanese
};

struct PrintOffice {
    QDate today;
    QString addressee;   // "○○市長　あて", on every form
    QString issuerTitle; // under every certificate
};

// The template id of the generic application form a procedure without declared printouts prints through.
QString genericFormTemplate();

// What a printout's declared data is evaluated against (docs/templates.md, "Binding"): the visit, the office, the
// form being printed (values and choice labels), every form of the visit by procedure id, the resident, the
// household and the people concerned.
QJsonObject printContext(const visit::IssueRequest& request, int form, const QList<visit::RegistryPerson>& household,
                         const PrintOffice& office);

// Every document the visit prints, in form order. A form whose catalogue entry declares printouts prints those
// (a printout with "when" only when it holds); any other form prints the generic application form laid out from its
// fields. Problems in the declared data are listed in `errors` (nothing should then be printed).
QList<PrintOrder> printOrders(const visit::IssueRequest& request, const QList<visit::RegistryPerson>& household,
                              const PrintOffice& office, QStringList* errors);

} // namespace madoguchi::counter
