// `madoguchi-cli verify-code CODE`: is the certificate carrying this code genuine, and is it still valid (not void)?
#include "CliStores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>

namespace madoguchi::cli {

namespace {
// People read codes out with spaces or lowercase, and confuse O/0 and I/L/1: Crockford's rules fold those.
QString normalise(const QString& code) {
    QString result;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
    }
    if (result.size() != 16)
        return {};
    for (int i = 12; i > 0; i -= 4)
        result.insert(i, QLatin1Char('-'));
    return result;
}
} // namespace

int runVerifyCode(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("code"),
        QCoreApplication::translate("cli", "The verification code printed on the certificate."));
    parser.addOption({QStringLiteral("central"),
                      QCoreApplication::translate("cli", "Central store URL (default: from the settings)."),
                      QStringLiteral("URL")});
    const int early = parseCommandLine(context, parser,
                                       QCoreApplication::translate("cli", "Check a certificate's verification code."));
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QCoreApplication::translate("cli", "Give one verification code."), UsageError);
    const QString code = normalise(parser.positionalArguments().first());
    if (code.isEmpty())
        return context.fail(QCoreApplication::translate(
                                "cli", "A verification code has 16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS."),
                            UsageError);
    std::optional<privacy::KeyRing> keys = loadKeys(context);
    if (!keys)
        return Failure;
    std::optional<store::Connection> central = openCentralStore(context, parser.value(QStringLiteral("central")));
    if (!central)
        return Failure;
    QSqlQuery q(central->db());
    q.prepare(QStringLiteral("SELECT serial, document_type, issued_at, content_digest, voided_at, void_reason "
                             "FROM issued_documents WHERE verification_code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return refuse(
            context, Outcome::failure(QCoreApplication::translate("cli", "The central database could not be searched."),
                                      QString()));
    if (!q.next())
        return context.fail(QCoreApplication::translate(
                                "cli",
                                "No certificate with the code %1 is known. It may not be synced yet, or it is not "
                                "genuine.")
                                .arg(code));
    const QString serial = q.value(0).toString();
    // The row must also carry a code this office's key would have made, so a row written by hand does not pass.
    if (keys->verificationCode(serial, q.value(3).toString().toLatin1()) != code)
        return context.fail(
            QCoreApplication::translate("cli", "The record for %1 does not match its code. It is not genuine.")
                .arg(serial));
    if (!q.value(4).isNull()) {
        return context.fail(QCoreApplication::translate("cli", "Certificate %1 (%2) was voided on %3: %4.")
                                .arg(serial, q.value(1).toString(), q.value(4).toString(), q.value(5).toString()));
    }
    context.out << QCoreApplication::translate("cli", "Genuine and valid: certificate %1 (%2), issued %3.")
                       .arg(serial, q.value(1).toString(), q.value(2).toString())
                << Qt::endl;
    return Success;
}

} // namespace madoguchi::cli
