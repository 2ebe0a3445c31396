// The visit's issuance port: check every printout, record the visit in one transaction, render the PDFs.
#pragma once

#include "audit/AuditTrail.h"
#include "visit/VisitPorts.h"

#include <QJsonObject>

namespace madoguchi::print {
class Renderer;
}
namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::counter {

// The issuance: checks every printout first, then records the whole visit in one local transaction (requests,
// certificates with serials and verification codes, payments, audit, outbox) and renders the PDFs. Blocking: the
// counter runs it on its worker thread (CounterBackground), the CLI directly.
class CounterIssuance final {
public:
    struct Office {
        QString addressee;   // "武蔵野市長　あて"
        QString issuerTitle; // "武蔵野市長　…" as printed under a certificate
        QString documentDir; // where PDFs are written, one folder per day
    };

    CounterIssuance(const store::Connection& local, const privacy::KeyRing& keys, const print::Renderer& renderer,
                    const visit::Clock& clock, Office office);

    void setActor(const audit::Actor& actor) { m_actor = actor; }
    visit::IssueOutcome issueNow(const visit::IssueRequest& request);
    // The request's printouts rendered as they will come out, marked as previews; nothing recorded or written.
    visit::PreviewOutcome previewNow(const visit::IssueRequest& request) const;
    // A reissued certificate's new paper: what the old one printed (`printed`, as printedContent() made it) rendered
    // under the new serial and verification code into the day's folder. The PDF's path, or empty and `problem`.
    QString renderReissue(const QByteArray& printed, const QString& visitId, const QString& serial,
                          const QString& verificationCode, bool* certificate, QString* problem) const;

    // What is kept (sealed) of a printout so that a reissue prints the same content: its template, its data and
    // whether it goes on security paper, as compact JSON.
    static QByteArray printedContent(const QString& templateId, const QJsonObject& data, bool certificate);

private:
    const store::Connection& m_local;
    const privacy::KeyRing& m_keys;
    const print::Renderer& m_renderer;
    const visit::Clock& m_clock;
    Office m_office;
    audit::Actor m_actor;
};

} // namespace madoguchi::counter
