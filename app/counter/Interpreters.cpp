// The city's interpreting services, read from its JSON file.
#include "Interpreters.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace madoguchi::counter {

namespace {
Outcome refusal(const QString& origin, const QString& why) {
    return Outcome::failure(
        QCoreApplication::translate("counter", "The interpreting services in %1 were not taken: %2").arg(origin, why),
        QStringLiteral("%1: %2").arg(origin, why));
}
} // namespace

Result<InterpreterServices> InterpreterServices::load(const QString& path) {
    using R = Result<InterpreterServices>;
    if (path.isEmpty())
        return R::of({});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::refused(refusal(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<InterpreterServices> InterpreterServices::parse(const QByteArray& json, const QString& origin) {
    using R = Result<InterpreterServices>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::refused(refusal(origin, error.errorString()));
    InterpreterServices services;
    QSet<QString> seen;
    const QJsonArray list = doc.object().value(QStringLiteral("services")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        InterpreterService s;
        s.language = o.value(QStringLiteral("language")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        const QString url = o.value(QStringLiteral("url")).toString();
        for (const QJsonValue& part : o.value(QStringLiteral("command")).toArray())
            s.command << part.toString();
        if (s.language.isEmpty())
            return R::refused(refusal(origin, QCoreApplication::translate("counter", "a service names no language")));
        if (seen.contains(s.language))
            return R::refused(
                refusal(origin, QCoreApplication::translate("counter", "%1 is named twice").arg(s.language)));
        if (url.isEmpty() == s.command.isEmpty() || (!s.command.isEmpty() && s.command.first().isEmpty()))
            return R::refused(refusal(
                origin, QCoreApplication::translate("counter", "the service for %1 needs either a url or a command")
                            .arg(s.language)));
        if (!url.isEmpty()) {
            s.url = QUrl(url, QUrl::StrictMode);
            if (!s.url.isValid() || s.url.scheme().isEmpty())
                return R::refused(refusal(
                    origin, QCoreApplication::translate("counter", "the url for %1 is not valid").arg(s.language)));
        }
        seen.insert(s.language);
        services.m_services.append(s);
    }
    return R::of(services);
}

std::optional<InterpreterService> InterpreterServices::forLanguage(const QString& language) const {
    for (const InterpreterService& s : m_services)
        if (s.language == language)
            return s;
    return std::nullopt;
}

} // namespace madoguchi::counter
