// The terminal's configuration: one table of keys with defaults, stored in an INI file an administrator can edit.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace madoguchi {

// Every key the terminal reads, with its default. Keys not in this table are refused, so a typo in a deployment
// script is reported instead of silently ignored.
struct SettingKey {
    const char* name;
    const char* defaultValue; // "" = empty; "@data/..." = relative to the data directory, "@config/..." to the
                              // settings file's folder
    const char* description;
};

class Settings {
public:
    // `configFile` empty: $MADOGUCHI_CONFIG, else madoguchi.ini in the user's config directory.
    // The data directory: $MADOGUCHI_DATA_DIR, else the user's data directory (~/.local/share/madoguchi).
    explicit Settings(const QString& configFile = {});
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    static const QList<SettingKey>& keys();
    static bool isKnown(const QString& key);

    QString value(const QString& key) const;
    // Returns false (and changes nothing) for an unknown key.
    bool setValue(const QString& key, const QString& value);

    QString configFile() const;
    QString dataDir() const;
    QString logDir() const;
    QString localDatabasePath() const;
    QString centralDatabaseUrl() const; // empty = embedded central store (a local SQLite file)
    QString centralSqlitePath() const;
    QString preferredReader() const;
    QString simulatedCard() const; // "auto" | "always" | "never"
    QString language() const;      // "ja" | "en"

private:
    QString expand(const QString& value) const;

    std::unique_ptr<QSettings> m_settings;
    QString m_dataDir;
};

} // namespace madoguchi
