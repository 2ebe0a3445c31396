// One resident's visit (来庁) and what it produced: procedure requests, issued documents (交付台帳), payments.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace madoguchi::domain {

enum class Channel { Counter, Kiosk };

struct Visit {
    QString id; // UUID made by the terminal, so a visit keeps its identity through any number of syncs
    QString terminalId;
    QString receptionNumber; // 受付番号 printed on the ticket
    Channel channel = Channel::Counter;
    QString language = QStringLiteral("ja"); // the resident's screen language
    QString staffId;                         // clerk at the counter, empty at a kiosk
    QString residentId;                      // registry id once identified
    QDateTime receivedAt;                    // every step's time, UTC
    QDateTime identifiedAt;
    QDateTime confirmedAt;
    QDateTime issuedAt;
    QDateTime completedAt;
    // The card's authenticity verdict (docs/card-authenticity.md: "genuine", "data_altered", …) of the last card read
    // in this visit; empty when no card was checked.
    QString cardVerdict;
    // An interpreter called through the city's service during the visit (docs/languages.md): the language, empty
    // when none, and the minutes of the calls.
    QString interpreterLanguage;
    int interpreterMinutes = 0;

    friend bool operator==(const Visit&, const Visit&) = default;
};

struct ProcedureRequest {
    enum class Status { Draft, Submitted, Completed, Cancelled };

    QString id;
    QString procedureId; // catalogue id, e.g. "juminhyo"
    QString formData;    // the filled form, compact JSON
    Status status = Status::Submitted;
    // The My Number, only when the catalogue says this procedure lawfully needs it; sealed before it is stored and
    // never logged. Left empty otherwise.
    QString myNumber;
    bool myNumberLawful = false;
    // Fields of the form filled for the resident (card, registry, earlier answers) and fields typed; -1: not counted.
    int fieldsPrefilled = -1;
    int fieldsTyped = -1;

    friend bool operator==(const ProcedureRequest&, const ProcedureRequest&) = default;
};

struct IssuedDocument {
    QString id;
    QString serial; // "<terminal>-<yyyymmdd>-<nnnnnn>": unique across terminals because terminal ids are
    QString visitId;
    QString requestId;
    QString documentType; // catalogue id of the certificate
    QString residentId;
    int copies = 1;
    qint64 fee = 0; // yen, all copies
    QString contentDigest;
    QString verificationCode;
    QDateTime issuedAt;
    QDateTime voidedAt;
    QString voidReason;
    QString voidedBy;

    bool isVoided() const { return voidedAt.isValid(); }
    friend bool operator==(const IssuedDocument&, const IssuedDocument&) = default;
};

struct Payment {
    enum class Method { Cash, Credit, EMoney, Qr, Exempt };

    QString id;
    qint64 amount = 0; // yen
    Method method = Method::Cash;
    QDateTime paidAt;
    // Cashless: the reference the reader or the acquirer gave (IC transaction number, QR payment id, credit slip
    // number), for the reconciliation; empty for cash and exempt.
    QString reference;

    friend bool operator==(const Payment&, const Payment&) = default;
};

QString channelName(Channel channel);
QString statusName(ProcedureRequest::Status status);
QString methodName(Payment::Method method);
bool parseMethod(const QString& name, Payment::Method* method);

} // namespace madoguchi::domain
