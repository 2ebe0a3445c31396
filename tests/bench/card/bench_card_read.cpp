// Reading basic 4 info + My Number through pcscd + vpcd: Madoguchi's read against a raw SCardTransmit loop of the
// same APDUs in the same run, with the APDU count and the overhead ratio; and the same for basic 4 info +
// authenticity + internal authentication with the CV certificate cached (8 APDUs), whose CPU time on our thread is
// the verification's cost (pcscd and the card are other processes). with-services: pcscd
#include "AuthenticityRecords.h"
#include "CardAuthenticity.h"
#include "CardCrypto.h"
#include "CardPersona.h"
#include "CardSecret.h"
#include "MyNumberCard.h"
#include "PcscTransport.h"
#include "ReaderMonitor.h"
#include "VirtualMyNumberCard.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QThread>

#include <benchmark/benchmark.h>
#include <winscard.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace madoguchi::card;

namespace {
const char* kReader = "Virtual PCD 00 00";

// What MyNumberCard sends for a PIN read with the My Number (yamada-taro's fictitious PIN 1234).
const QByteArray kApdus[] = {
    QByteArray::fromHex("00A4040C0AD3921000310001010408"), // SELECT 券面事項入力補助AP
    QByteArray::fromHex("00200091"),                       // tries left
    QByteArray::fromHex("002000910431323334"),             // VERIFY
    QByteArray::fromHex("00B0820000"),                     // READ BINARY EF 0002
    QByteArray::fromHex("00B0810011"),                     // READ BINARY EF 0001
};

// The same card read with the authenticity check, 照合番号 not needed: basic 4 info + EF 0003 + EF 0007 + GET CHALLENGE
// + internal signature (the CV certificate is cached by a first read outside the timing).
const QByteArray kAuthenticApdus[] = {
    QByteArray::fromHex("00A4040C0AD3921000310001010408"), // SELECT 券面事項入力補助AP
    QByteArray::fromHex("00200091"),                       // tries left
    QByteArray::fromHex("002000910431323334"),             // VERIFY
    QByteArray::fromHex("00B0820000"),                     // READ BINARY EF 0002
    QByteArray::fromHex("00B08300000000"),                 // READ BINARY EF 0003, extended Le
    QByteArray::fromHex("00B08700000000"),                 // READ BINARY EF 0007, extended Le
    QByteArray::fromHex("0084000008"),                     // GET CHALLENGE
    QByteArray::fromHex("802A000033") + madoguchi::card::crypto::digestInfoSha256("challenge") +
        QByteArray(1, '\0'), // internal signature
};

std::shared_ptr<const AuthenticityConfig> authenticityConfig() {
    static const std::shared_ptr<const AuthenticityConfig> config = [] {
        qputenv("MADOGUCHI_ALLOW_TEST_HIERARCHY", "1");
        QString error;
        auto c = std::make_shared<AuthenticityConfig>();
        const QString file = qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") +
                             QStringLiteral("/resources/demo/test-hierarchy/test-trust.json");
        if (auto anchors = TrustAnchors::load(file, TrustAnchors::Use::RealReader, &error))
            c->anchors = std::make_shared<const TrustAnchors>(*anchors);
        else
            std::fprintf(stderr, "no trust anchors: %s\n", qPrintable(error));
        c->cache = std::make_shared<CvCertificateCache>();
        return c;
    }();
    return config;
}

void madoguchiReadAuthentic(benchmark::State& state) {
    PcscTransport transport(QString::fromLatin1(kReader));
    MyNumberCard card(transport);
    const auto config = authenticityConfig();
    const auto first = card.readWithPin(CardSecret::pin("1234"), {.authenticity = config}); // caches EF 0004
    if (!first.ok() || first.value().authenticity->verdict != AuthenticityResult::Verdict::Genuine) {
        state.SkipWithError("the first read is not genuine");
        return;
    }
    int apdus = 0;
    for (auto _ : state) {
        auto r = card.readWithPin(CardSecret::pin("1234"), {.authenticity = config});
        if (!r.ok() || r.value().authenticity->verdict != AuthenticityResult::Verdict::Genuine) {
            state.SkipWithError("a read is not genuine");
            break;
        }
        apdus = card.lastExchangeCount();
        benchmark::DoNotOptimize(r);
    }
    state.counters["apdus"] = apdus;
}

// The floor for the authentic read: the same 8 APDUs, nothing parsed or verified.
void rawTransmitLoopAuthentic(benchmark::State& state) {
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS) {
        state.SkipWithError("no pcscd");
        return;
    }
    std::vector<unsigned char> response(MAX_BUFFER_SIZE_EXTENDED);
    for (auto _ : state) {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        if (SCardConnect(context, kReader, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle,
                         &protocol) != SCARD_S_SUCCESS) {
            state.SkipWithError("SCardConnect failed");
            break;
        }
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        for (const QByteArray& apdu : kAuthenticApdus) {
            DWORD length = static_cast<DWORD>(response.size());
            SCardTransmit(handle, pci, reinterpret_cast<const unsigned char*>(apdu.constData()),
                          static_cast<DWORD>(apdu.size()), nullptr, response.data(), &length);
            benchmark::DoNotOptimize(response.data());
        }
        SCardDisconnect(handle, SCARD_UNPOWER_CARD);
    }
    state.counters["apdus"] = static_cast<double>(std::size(kAuthenticApdus));
    SCardReleaseContext(context);
}

// The verification's CPU alone, worst case (CV certificate not cached): parse EF 0003, 0007 and 0004 as the virtual
// card writes them, verify the CV certificate under its anchor, the card key, both digests' SHA-256, the integrity
// signature and an internal-authentication signature; no card, no PC/SC.
void verificationCpu(benchmark::State& state) {
    QString error;
    const auto persona = CardPersona::find(CardPersona::builtInFile(), QStringLiteral("yamada-taro"), &error);
    if (!persona) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    VirtualMyNumberCard card(*persona);
    card.powerOn();
    auto answer = [&card](const char* hex) {
        QByteArray r = card.transmit(QByteArray::fromHex(hex));
        r.chop(2);
        return r;
    };
    answer("00A4040C0AD3921000310001010408");
    answer("002000910431323334");
    const QByteArray basic = answer("00B0820000");
    const QByteArray ef3 = answer("00B08300000000");
    const QByteArray ef7 = answer("00B08700000000");
    const QByteArray ef4 = answer("00B08400000000");
    answer("0084000008");
    const QByteArray challenge = QByteArray("0123456789abcdef");
    const QByteArray signature =
        card.transmit(QByteArray::fromHex("802A000033") + crypto::digestInfoSha256(challenge) + QByteArray(1, '\0'))
            .chopped(2);
    const auto anchors = authenticityConfig()->anchors;
    if (!anchors) {
        state.SkipWithError("no trust anchors");
        return;
    }
    for (auto _ : state) {
        const auto integrity = records::parseIntegrityRecord(ef3);
        const auto key = records::parseSignedPublicKey(ef7);
        const auto cert = records::parseCvCertificate(ef4);
        const TrustAnchors::Anchor* anchor = anchors->find(cert.value().issuerKeyId);
        const bool ok =
            integrity.ok() && key.ok() && cert.ok() && anchor != nullptr &&
            crypto::verifyPkcs1Sha256(anchor->key, cert.value().body, cert.value().signature) &&
            crypto::verifyPkcs1Sha256(cert.value().subjectKey, key.value().signedPart, key.value().signature) &&
            crypto::sha256(records::basicInfoDigestedPart(basic)) == integrity.value().basicInfoDigest &&
            crypto::verifyPkcs1Sha256(cert.value().subjectKey, integrity.value().signedPart,
                                      integrity.value().signature) &&
            crypto::verifyPkcs1Sha256(key.value().key, challenge, signature);
        if (!ok) {
            state.SkipWithError("verification failed");
            break;
        }
        benchmark::DoNotOptimize(ok);
    }
}

void madoguchiRead(benchmark::State& state) {
    PcscTransport transport(QString::fromLatin1(kReader));
    MyNumberCard card(transport);
    int apdus = 0;
    for (auto _ : state) {
        auto r = card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true});
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.error().detail()));
            break;
        }
        apdus = card.lastExchangeCount();
        benchmark::DoNotOptimize(r);
    }
    state.counters["apdus"] = apdus;
}

// The floor: one context for the whole run, then per read exactly what a PC/SC client must do — connect exclusively,
// transmit the same five APDUs, disconnect unpowering the card.
void rawTransmitLoop(benchmark::State& state) {
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS) {
        state.SkipWithError("no pcscd");
        return;
    }
    unsigned char response[300];
    for (auto _ : state) {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        if (SCardConnect(context, kReader, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle,
                         &protocol) != SCARD_S_SUCCESS) {
            state.SkipWithError("SCardConnect failed");
            break;
        }
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        for (const QByteArray& apdu : kApdus) {
            DWORD length = sizeof response;
            SCardTransmit(handle, pci, reinterpret_cast<const unsigned char*>(apdu.constData()),
                          static_cast<DWORD>(apdu.size()), nullptr, response, &length);
            benchmark::DoNotOptimize(response);
        }
        SCardDisconnect(handle, SCARD_UNPOWER_CARD);
    }
    state.counters["apdus"] = static_cast<double>(std::size(kApdus));
    SCardReleaseContext(context);
}

// The two reads alternated within each iteration (order swapped every time), so load from other processes on this
// shared machine hits both alike: the ratio of their summed times is the overhead figure to trust.
void pairedRatio(benchmark::State& state) {
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS) {
        state.SkipWithError("no pcscd");
        return;
    }
    PcscTransport transport(QString::fromLatin1(kReader));
    MyNumberCard card(transport);
    unsigned char response[300];
    auto raw = [&] {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        if (SCardConnect(context, kReader, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle,
                         &protocol) != SCARD_S_SUCCESS)
            return false;
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        for (const QByteArray& apdu : kApdus) {
            DWORD length = sizeof response;
            SCardTransmit(handle, pci, reinterpret_cast<const unsigned char*>(apdu.constData()),
                          static_cast<DWORD>(apdu.size()), nullptr, response, &length);
        }
        SCardDisconnect(handle, SCARD_UNPOWER_CARD);
        return true;
    };
    auto ours = [&] { return card.readWithPin(CardSecret::pin("1234"), {.withMyNumber = true}).ok(); };
    using Clock = std::chrono::steady_clock;
    Clock::duration rawTotal{};
    Clock::duration oursTotal{};
    bool oursFirst = false;
    for (auto _ : state) {
        oursFirst = !oursFirst;
        for (int half = 0; half < 2; ++half) {
            const bool runOurs = (half == 0) == oursFirst;
            const auto start = Clock::now();
            const bool ok = runOurs ? ours() : raw();
            (runOurs ? oursTotal : rawTotal) += Clock::now() - start;
            if (!ok) {
                state.SkipWithError("a read failed");
                SCardReleaseContext(context);
                return;
            }
        }
    }
    state.counters["raw_us"] = benchmark::Counter(std::chrono::duration<double, std::micro>(rawTotal).count(),
                                                  benchmark::Counter::kAvgIterations);
    state.counters["ours_us"] = benchmark::Counter(std::chrono::duration<double, std::micro>(oursTotal).count(),
                                                   benchmark::Counter::kAvgIterations);
    state.counters["ratio"] =
        std::chrono::duration<double>(oursTotal).count() / std::chrono::duration<double>(rawTotal).count();
    SCardReleaseContext(context);
}

// The same pairing for the authentic read (8 APDUs, CV certificate cached by a first read outside the timing).
void pairedRatioAuthentic(benchmark::State& state) {
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS) {
        state.SkipWithError("no pcscd");
        return;
    }
    PcscTransport transport(QString::fromLatin1(kReader));
    MyNumberCard card(transport);
    std::vector<unsigned char> buffer(MAX_BUFFER_SIZE_EXTENDED);
    unsigned char* response = buffer.data();
    auto raw = [&] {
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        if (SCardConnect(context, kReader, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle,
                         &protocol) != SCARD_S_SUCCESS)
            return false;
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        for (const QByteArray& apdu : kAuthenticApdus) {
            DWORD length = static_cast<DWORD>(buffer.size());
            SCardTransmit(handle, pci, reinterpret_cast<const unsigned char*>(apdu.constData()),
                          static_cast<DWORD>(apdu.size()), nullptr, response, &length);
        }
        SCardDisconnect(handle, SCARD_UNPOWER_CARD);
        return true;
    };
    const auto config = authenticityConfig();
    (void)card.readWithPin(CardSecret::pin("1234"), {.authenticity = config}); // caches EF 0004
    auto ours = [&] {
        const auto r = card.readWithPin(CardSecret::pin("1234"), {.authenticity = config});
        return r.ok() && r.value().authenticity->verdict == AuthenticityResult::Verdict::Genuine &&
               card.lastExchangeCount() == 8;
    };
    using Clock = std::chrono::steady_clock;
    Clock::duration rawTotal{};
    Clock::duration oursTotal{};
    bool oursFirst = false;
    for (auto _ : state) {
        oursFirst = !oursFirst;
        for (int half = 0; half < 2; ++half) {
            const bool runOurs = (half == 0) == oursFirst;
            const auto start = Clock::now();
            const bool ok = runOurs ? ours() : raw();
            (runOurs ? oursTotal : rawTotal) += Clock::now() - start;
            if (!ok) {
                state.SkipWithError("a read failed");
                SCardReleaseContext(context);
                return;
            }
        }
    }
    state.counters["raw_us"] = benchmark::Counter(std::chrono::duration<double, std::micro>(rawTotal).count(),
                                                  benchmark::Counter::kAvgIterations);
    state.counters["ours_us"] = benchmark::Counter(std::chrono::duration<double, std::micro>(oursTotal).count(),
                                                   benchmark::Counter::kAvgIterations);
    state.counters["ratio"] =
        std::chrono::duration<double>(oursTotal).count() / std::chrono::duration<double>(rawTotal).count();
    SCardReleaseContext(context);
}

// Prints as usual and remembers each benchmark's time, to state the ratio at the end.
class RatioReporter final : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            const std::string name = run.benchmark_name();
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (median || (run.run_type == Run::RT_Iteration && !m_times.count(run.run_name.function_name)))
                m_times[run.run_name.function_name] = run.GetAdjustedRealTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }
    double time(const std::string& name) const {
        auto it = m_times.find(name);
        return it == m_times.end() ? 0 : it->second;
    }

private:
    std::map<std::string, double> m_times;
};
} // namespace

BENCHMARK(rawTransmitLoop)->Unit(benchmark::kMicrosecond);
BENCHMARK(madoguchiRead)->Unit(benchmark::kMicrosecond);
BENCHMARK(pairedRatio)->Unit(benchmark::kMicrosecond);
BENCHMARK(rawTransmitLoopAuthentic)->Unit(benchmark::kMicrosecond);
BENCHMARK(madoguchiReadAuthentic)->Unit(benchmark::kMicrosecond);
BENCHMARK(pairedRatioAuthentic)->Unit(benchmark::kMicrosecond);
BENCHMARK(verificationCpu)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv) {
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*=false"));
    benchmark::Initialize(&argc, argv);
    // The harness starts the card bridge without waiting for pcscd to see it.
    for (int i = 0; i < 200; ++i) {
        const ReaderSnapshot snapshot = ReaderMonitor::probeOnce();
        const ReaderInfo* reader = snapshot.reader(QString::fromLatin1(kReader));
        if (reader != nullptr && reader->cardPresent)
            break;
        QThread::msleep(50);
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double raw = reporter.time("rawTransmitLoop");
    const double ours = reporter.time("madoguchiRead");
    if (raw > 0 && ours > 0)
        std::printf("overhead ratio (madoguchiRead / rawTransmitLoop): %.3f\n", ours / raw);
    const double rawAuthentic = reporter.time("rawTransmitLoopAuthentic");
    const double oursAuthentic = reporter.time("madoguchiReadAuthentic");
    if (rawAuthentic > 0 && oursAuthentic > 0)
        std::printf("overhead ratio (madoguchiReadAuthentic / rawTransmitLoopAuthentic): %.3f\n",
                    oursAuthentic / rawAuthentic);
    benchmark::Shutdown();
    return 0;
}
