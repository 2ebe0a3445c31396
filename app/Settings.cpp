// The terminal's configuration: one table of keys with defaults, stored in an INI file an administrator can edit.
#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace madoguchi {

namespace {
const QList<SettingKey> kKeys = {
    {"database/local", "@data/terminal.sqlite", "This terminal's own store (SQLite)"},
    {"database/central", "", "Central store URL (postgresql://user@host:port/db); empty = embedded SQLite"},
    {"database/central_sqlite", "@data/central.sqlite", "Embedded central store used when no server is set"},
    {"card/reader", "", "Name of the PC/SC reader to use when several are attached"},
    {"card/simulated", "auto", "auto: simulated card when no reader is attached; always; never"},
    {"card/persona", "yamada-taro", "Fictitious holder of the simulated card (resources/demo/card-personas.json)"},
    {"card/trust_file", "", "Trust file of the card issuers' keys (docs/card-authenticity.md); empty = not checkable"},
    {"card/not_checkable", "warn", "A card whose authenticity cannot be checked: warn (clerk decides) or stop"},
    {"card/face_photo", "code_b",
     "Chip's face photo for the clerk: code_b (照合番号B reads), code_a (also PIN reads), off"},
    {"ui/language", "ja", "Clerk interface language (ja, en)"},
    {"terminal/id", "", "This terminal's identifier (empty: derived from the host name)"},
    {"privacy/key_file", "@config/keys/mynumber.key",
     "Office key file that seals My Numbers at rest; default beside the settings file, outside the data folder"},
    {"municipality/dir", "",
     "The municipality's own files: catalogue/*.json and templates/*.json, read before the installed copies"},
    {"print/template_dir", "", "Document templates edited by the municipality (empty: the installed templates)"},
    {"print/document_dir", "@data/documents", "Where the counter writes the PDFs it issues, one folder per day"},
    {"print/retention_days", "90",
     "Days an issued PDF is kept for reprinting before the counter deletes it (0 = keep; the records stay)"},
    {"office/addressee", "武蔵野市長　あて", "Addressee printed on notices and requests (○○市長　あて)"},
    {"office/municipality_code", "13203",
     "The municipality's five-digit code (全国地方公共団体コード without its check digit), for open data"},
    {"office/municipality_name", "武蔵野市", "The municipality's name, for open data"},
    {"office/issuer", "武蔵野市長　見本　一郎", "Issuer printed under certificates"},
    {"staff/sign_in_free_failures", "3", "Wrong staff passwords in a row before each next try must wait"},
    {"staff/sign_in_backoff_seconds", "2", "The first wait after those; it doubles with every further failure"},
    {"staff/lockout_failures", "10", "Wrong staff passwords in a row that lock the login on this terminal"},
    {"staff/lockout_minutes", "15", "How long a locked login stays locked (also the longest wait)"},
    {"staff/idle_lock_minutes", "5",
     "Minutes without input after which the clerk's screen locks, the visit kept behind it (1 to 120)"},
    {"staff/offline_copy_max_days", "7",
     "Days since the last sync after which this terminal's staff copy no longer signs anyone in offline"},
    {"sync/set_aside_after", "3",
     "Refusals of one record by the central database before it is set aside so later visits keep flowing (1 to 100)"},
    {"registry/max_file_mib", "512",
     "Largest registry import file in MiB; a larger one is refused unread (1 to 16384)"},
    {"registry/max_rows", "2000000", "Most records in one registry import (1 to 50000000)"},
    {"registry/max_field_chars", "1000",
     "Longest value in a registry import, also across lines inside quotes (200 to 1000000)"},
    {"supervisor/stale_sync_minutes", "15",
     "Minutes without a sync round after which the supervisor screen names a terminal (1 to 1440)"},
    {"log/max_kib", "10240", "Size in KiB at which madoguchi.log is rotated (64 to 1048576)"},
    {"log/keep", "5", "How many rotated logs (madoguchi.log.1 …) are kept (1 to 100)"},
    {"printer/server", "", "CUPS server (host[:port] or socket path); empty: the system's (CUPS_SERVER, client.conf)"},
    {"printer/certificate_queue", "", "CUPS queue for certificates; empty: PDFs only, printed by hand"},
    {"printer/certificate_tray", "", "Tray (InputSlot) with the security paper for certificates"},
    {"printer/form_queue", "", "CUPS queue for filled-in forms (plain paper); empty: PDFs only"},
    {"printer/form_tray", "", "Tray (InputSlot) for forms; empty: the queue's default"},
    {"printer/ticket_queue", "", "CUPS queue of the receipt printer for tickets; empty: not printed"},
    {"printer/ticket_tray", "", "Tray or roll (InputSlot) for tickets; empty: the queue's default"},
    {"queue/counter", "", "This counter's name on the lobby display and in the queue (empty: the terminal id)"},
    {"queue/groups", "", "Counter groups this counter calls, comma-separated ids (empty: all groups)"},
    {"queue/walk_in_group", "", "Group a resident without a ticket is numbered in at F3 (empty: the first served)"},
    {"queue/absent_minutes", "10", "A called ticket marked absent is back in line after this many minutes"},
    {"queue/absent_limit", "2", "Marked absent this many times, a ticket is dropped from the line"},
    {"kiosk/inactivity_seconds", "60", "The kiosk forgets the resident after this long untouched (10 s warning first)"},
    {"kiosk/warning_seconds", "10", "How long the kiosk's inactivity warning is shown before everything is cleared"},
    {"kiosk/staff_pin_hash", "",
     "Argon2id hash (crypto_pwhash_str) of the staff PIN that leaves kiosk mode; empty: no way out"},
    {"kiosk/congestion_url", "", "The congestion page (queue publish) the ticket's QR code points to; empty: no link"},
    {"interpreter/services", "",
     "JSON file of the city's interpreting services, a URL or a command per language (docs/languages.md); empty: none"},
};

QString defaultConfigFile() {
    const QString env = qEnvironmentVariable("MADOGUCHI_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("madoguchi/madoguchi.ini"));
}

QString defaultDataDir() {
    const QString env = qEnvironmentVariable("MADOGUCHI_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("madoguchi"));
}
} // namespace

Settings::Settings(const QString& configFile)
    : m_settings(
          std::make_unique<QSettings>(configFile.isEmpty() ? defaultConfigFile() : configFile, QSettings::IniFormat))
    , m_dataDir(defaultDataDir()) {}

Settings::~Settings() = default;

const QList<SettingKey>& Settings::keys() {
    return kKeys;
}

bool Settings::isKnown(const QString& key) {
    return std::any_of(kKeys.cbegin(), kKeys.cend(), [&](const SettingKey& k) { return key == QLatin1String(k.name); });
}

QString Settings::expand(const QString& value) const {
    if (value.startsWith(QLatin1String("@data/")))
        return QDir(m_dataDir).filePath(value.mid(6));
    if (value.startsWith(QLatin1String("@config/")))
        return QFileInfo(configFile()).absoluteDir().filePath(value.mid(8));
    return value;
}

QString Settings::value(const QString& key) const {
    for (const SettingKey& k : kKeys) {
        if (key == QLatin1String(k.name))
            return expand(m_settings->value(key, QString::fromUtf8(k.defaultValue)).toString());
    }
    return {};
}

bool Settings::setValue(const QString& key, const QString& value) {
    if (!isKnown(key))
        return false;
    m_settings->setValue(key, value);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::configFile() const {
    return m_settings->fileName();
}

QString Settings::dataDir() const {
    return m_dataDir;
}

QString Settings::logDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("logs"));
}

QString Settings::localDatabasePath() const {
    return value(QStringLiteral("database/local"));
}

QString Settings::centralDatabaseUrl() const {
    return value(QStringLiteral("database/central"));
}

QString Settings::centralSqlitePath() const {
    return value(QStringLiteral("database/central_sqlite"));
}

QString Settings::preferredReader() const {
    return value(QStringLiteral("card/reader"));
}

QString Settings::simulatedCard() const {
    return value(QStringLiteral("card/simulated"));
}

QString Settings::language() const {
    return value(QStringLiteral("ui/language"));
}

} // namespace madoguchi
