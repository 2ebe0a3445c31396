// The city's interpreting services (通訳), one per resident language: a video or phone service opened as a URL or
// started as a command. Data only (`interpreter/services` names the JSON file); nothing configured means no button.
#pragma once

#include "Outcome.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace madoguchi::counter {

struct InterpreterService {
    QString language;    // a resident language code of resources/languages.json ("vi", "ne", …)
    QString name;        // the provider as the city names it, for the clerk
    QUrl url;            // opened with the desktop (a video call page, a tel: link); or
    QStringList command; // a program and its arguments, started without a shell
};

class InterpreterServices {
public:
    InterpreterServices() = default;
    // The file holds {"services": [{"language": "vi", "name": "…", "url": "https://…"},
    // {"language": "ne", "name": "…", "command": ["/usr/bin/…", "--lang", "ne"]}]}. An empty path: none.
    // Refused (with the reason) when the file cannot be read, a service names no language, neither or both of url
    // and command, or a language twice.
    static Result<InterpreterServices> load(const QString& path);
    static Result<InterpreterServices> parse(const QByteArray& json, const QString& origin);

    bool isEmpty() const { return m_services.isEmpty(); }
    std::optional<InterpreterService> forLanguage(const QString& language) const;
    QList<InterpreterService> all() const { return m_services; }

private:
    QList<InterpreterService> m_services;
};

} // namespace madoguchi::counter
