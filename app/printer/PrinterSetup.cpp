// Which CUPS queue and tray each kind of paper goes to, read from the settings (printer/*).
#include "PrinterSetup.h"

#include "Settings.h"

#include <QCoreApplication>

namespace madoguchi::printer {

PrinterSetup PrinterSetup::fromSettings(const Settings& settings) {
    const auto destination = [&](const char* kind) {
        return Destination{settings.value(QStringLiteral("printer/%1_queue").arg(QLatin1String(kind))).trimmed(),
                           settings.value(QStringLiteral("printer/%1_tray").arg(QLatin1String(kind))).trimmed()};
    };
    return {settings.value(QStringLiteral("printer/server")).trimmed(), destination("certificate"), destination("form"),
            destination("ticket")};
}

const Destination& PrinterSetup::destination(PaperKind kind) const {
    switch (kind) {
    case PaperKind::Certificate:
        return certificate;
    case PaperKind::Form:
        return form;
    case PaperKind::Ticket:
        break;
    }
    return ticket;
}

QString paperKindName(PaperKind kind) {
    switch (kind) {
    case PaperKind::Certificate:
        return QStringLiteral("certificate");
    case PaperKind::Form:
        return QStringLiteral("form");
    case PaperKind::Ticket:
        break;
    }
    return QStringLiteral("ticket");
}

bool paperKindFromName(const QString& name, PaperKind* kind) {
    for (PaperKind k : {PaperKind::Certificate, PaperKind::Form, PaperKind::Ticket}) {
        if (name == paperKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString paperKindLabel(PaperKind kind) {
    switch (kind) {
    case PaperKind::Certificate:
        return QCoreApplication::translate("printer", "certificate");
    case PaperKind::Form:
        return QCoreApplication::translate("printer", "form");
    case PaperKind::Ticket:
        break;
    }
    return QCoreApplication::translate("printer", "ticket");
}

} // namespace madoguchi::printer
