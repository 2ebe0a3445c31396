// A fictitious card holder for the virtual card, loaded from resources/demo/card-personas.json (the one list).
#include "CardPersona.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::card {

QList<CardPersona> CardPersona::load(const QString& file, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(file, f.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull()) {
        *error = QStringLiteral("%1 is not JSON: %2").arg(file, parseError.errorString());
        return {};
    }
    QList<CardPersona> personas;
    const QJsonArray list = doc.object().value(QStringLiteral("personas")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        CardPersona p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.address = o.value(QStringLiteral("address")).toString();
        p.birthDate = QDate::fromString(o.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        p.sex = o.value(QStringLiteral("sex")).toString();
        p.pin = o.value(QStringLiteral("pin")).toString().toLatin1();
        p.pinTriesLeft = o.value(QStringLiteral("pin_tries_left")).toInt(-1);
        p.myNumber = o.value(QStringLiteral("my_number")).toString().toLatin1();
        p.codeB = o.value(QStringLiteral("code_b")).toString().toLatin1();
        p.expiryYear = o.value(QStringLiteral("expiry_year")).toInt(0);
        p.forgery = o.value(QStringLiteral("forgery")).toString();
        p.signedAddress = o.value(QStringLiteral("signed_address")).toString();
        const bool knownForgery = p.forgery.isEmpty() || p.forgery == QLatin1String("untrusted-issuer") ||
                                  p.forgery == QLatin1String("copied-chip") ||
                                  (p.forgery == QLatin1String("altered-data") && !p.signedAddress.isEmpty());
        if (p.id.isEmpty() || p.name.isEmpty() || !p.birthDate.isValid() || p.pin.size() != 4 ||
            p.myNumber.size() != 12 || p.codeB.size() != 14 || p.pinTriesLeft < 0 || p.pinTriesLeft > 3 ||
            p.expiryYear < 2000 || !knownForgery) {
            *error = QStringLiteral("%1: persona '%2' is incomplete").arg(file, p.id);
            return {};
        }
        personas << p;
    }
    if (personas.isEmpty())
        *error = QStringLiteral("%1 holds no personas").arg(file);
    return personas;
}

std::optional<CardPersona> CardPersona::find(const QString& file, const QString& id, QString* error) {
    const QList<CardPersona> personas = load(file, error);
    for (const CardPersona& p : personas) {
        if (p.id == id)
            return p;
    }
    if (!personas.isEmpty())
        *error = QStringLiteral("no persona '%1' in %2").arg(id, file);
    return std::nullopt;
}

} // namespace madoguchi::card
