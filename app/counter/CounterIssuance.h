// The visit's issuance port: check every printout, record the visit in one transaction, render the PDFs.
#pragma once

#include "audit/AuditTrail.h"
#include "visit/VisitPorts.h"

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

private:
    const store::Connection& m_local;
    const privacy::KeyRing& m_keys;
    const print::Renderer& m_renderer;
    const visit::Clock& m_clock;
    Office m_office;
    audit::Actor m_actor;
};

} // namespace madoguchi::counter
