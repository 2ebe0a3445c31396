// One resident's visit (来庁) and what it produced: procedure requests, issued documents (交付台帳), payments.
#include "Visit.h"

namespace madoguchi::domain {

QString channelName(Channel channel) {
    return channel == Channel::Kiosk ? QStringLiteral("kiosk") : QStringLiteral("counter");
}

QString statusName(ProcedureRequest::Status status) {
    switch (status) {
    case ProcedureRequest::Status::Draft:
        return QStringLiteral("draft");
    case ProcedureRequest::Status::Submitted:
        return QStringLiteral("submitted");
    case ProcedureRequest::Status::Completed:
        return QStringLiteral("completed");
    case ProcedureRequest::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

namespace {
const std::pair<Payment::Method, const char*> kMethods[] = {{Payment::Method::Cash, "cash"},
                                                            {Payment::Method::Credit, "credit"},
                                                            {Payment::Method::EMoney, "emoney"},
                                                            {Payment::Method::Qr, "qr"},
                                                            {Payment::Method::Exempt, "exempt"}};
}

QString methodName(Payment::Method method) {
    for (const auto& [value, name] : kMethods) {
        if (value == method)
            return QString::fromLatin1(name);
    }
    return {};
}

bool parseMethod(const QString& name, Payment::Method* method) {
    for (const auto& [value, text] : kMethods) {
        if (name == QLatin1String(text)) {
            *method = value;
            return true;
        }
    }
    return false;
}

} // namespace madoguchi::domain
