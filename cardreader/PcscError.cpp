// Turning PC/SC return codes into text for the log.
#include "PcscError.h"

#include <winscard.h>

namespace madoguchi::card {

namespace {
const char* pcscErrorName(long code) {
    switch (static_cast<LONG>(code)) {
    case SCARD_S_SUCCESS:
        return "SCARD_S_SUCCESS";
    case SCARD_E_CANCELLED:
        return "SCARD_E_CANCELLED";
    case SCARD_E_INVALID_HANDLE:
        return "SCARD_E_INVALID_HANDLE";
    case SCARD_E_NO_SERVICE:
        return "SCARD_E_NO_SERVICE";
    case SCARD_E_SERVICE_STOPPED:
        return "SCARD_E_SERVICE_STOPPED";
    case SCARD_E_NO_READERS_AVAILABLE:
        return "SCARD_E_NO_READERS_AVAILABLE";
    case SCARD_E_READER_UNAVAILABLE:
        return "SCARD_E_READER_UNAVAILABLE";
    case SCARD_E_UNKNOWN_READER:
        return "SCARD_E_UNKNOWN_READER";
    case SCARD_E_TIMEOUT:
        return "SCARD_E_TIMEOUT";
    case SCARD_E_SHARING_VIOLATION:
        return "SCARD_E_SHARING_VIOLATION";
    case SCARD_E_NO_SMARTCARD:
        return "SCARD_E_NO_SMARTCARD";
    case SCARD_E_PROTO_MISMATCH:
        return "SCARD_E_PROTO_MISMATCH";
    case SCARD_E_NOT_TRANSACTED:
        return "SCARD_E_NOT_TRANSACTED";
    case SCARD_E_INSUFFICIENT_BUFFER:
        return "SCARD_E_INSUFFICIENT_BUFFER";
    case SCARD_E_COMM_DATA_LOST:
        return "SCARD_E_COMM_DATA_LOST";
    case SCARD_F_COMM_ERROR:
        return "SCARD_F_COMM_ERROR";
    case SCARD_W_REMOVED_CARD:
        return "SCARD_W_REMOVED_CARD";
    case SCARD_W_RESET_CARD:
        return "SCARD_W_RESET_CARD";
    case SCARD_W_UNPOWERED_CARD:
        return "SCARD_W_UNPOWERED_CARD";
    case SCARD_W_UNRESPONSIVE_CARD:
        return "SCARD_W_UNRESPONSIVE_CARD";
    case SCARD_W_UNSUPPORTED_CARD:
        return "SCARD_W_UNSUPPORTED_CARD";
    default:
        return "SCARD_?";
    }
}
} // namespace

QString pcscErrorText(long code) {
    return QStringLiteral("%1 (0x%2): %3")
        .arg(QLatin1String(pcscErrorName(code)))
        .arg(static_cast<quint32>(code), 8, 16, QLatin1Char('0'))
        .arg(QString::fromUtf8(pcsc_stringify_error(static_cast<LONG>(code))));
}

bool pcscServiceLost(long code) {
    const auto rv = static_cast<LONG>(code);
    return rv == SCARD_E_NO_SERVICE || rv == SCARD_E_SERVICE_STOPPED || rv == SCARD_E_INVALID_HANDLE ||
           rv == SCARD_F_COMM_ERROR;
}

} // namespace madoguchi::card
