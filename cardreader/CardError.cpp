// What went wrong with a card read, typed: one Japanese sentence for the clerk and one technical line for the log.
#include "CardError.h"

#include <QCoreApplication>

namespace madoguchi::card {

CardError::CardError(Kind kind, QString detail, Credential credential, int triesLeft)
    : m_kind(kind)
    , m_credential(credential)
    , m_triesLeft(triesLeft)
    , m_detail(std::move(detail)) {}

CardError CardError::wrongSecret(Credential credential, int triesLeft, QString detail) {
    return {Kind::WrongSecret, std::move(detail), credential, triesLeft};
}

QString CardError::clerkMessage() const {
    const bool codeB = m_credential == Credential::CodeB;
    switch (m_kind) {
    case Kind::NoService:
        return QCoreApplication::translate("CardError",
                                           "The card reader service (pcscd) is not running. Please contact IT staff.");
    case Kind::NoReader:
        return QCoreApplication::translate("CardError",
                                           "No card reader is connected. Please check the reader's cable.");
    case Kind::NoCard:
        return QCoreApplication::translate("CardError", "No card is on the reader. Please place the card.");
    case Kind::ReaderBusy:
        return QCoreApplication::translate("CardError",
                                           "Another program is using the card. Please close it and try again.");
    case Kind::NotMyNumberCard:
        return QCoreApplication::translate("CardError", "This card is not a My Number card. Please check the card.");
    case Kind::WrongSecret:
        if (m_triesLeft < 0)
            return codeB ? QCoreApplication::translate("CardError", "The verification code B does not match.")
                         : QCoreApplication::translate("CardError", "The PIN is wrong.");
        return codeB ? QCoreApplication::translate(
                           "CardError", "The verification code B does not match. Tries left: %n.", nullptr, m_triesLeft)
                     : QCoreApplication::translate("CardError", "The PIN is wrong. Tries left: %n.", nullptr,
                                                   m_triesLeft);
    case Kind::Locked:
        return codeB
                   ? QCoreApplication::translate("CardError",
                                                 "Verification code B is locked. Please guide the resident to the card "
                                                 "counter.")
                   : QCoreApplication::translate("CardError",
                                                 "The PIN is locked. Please guide the resident to the card counter to "
                                                 "reset it.");
    case Kind::LastTryNeedsConfirmation:
        return codeB ? QCoreApplication::translate(
                           "CardError", "Only one try of verification code B is left. Confirm before trying.")
                     : QCoreApplication::translate("CardError",
                                                   "Only one PIN try is left. A wrong PIN will lock the card. Confirm "
                                                   "with the resident before trying.");
    case Kind::CardRemoved:
        return QCoreApplication::translate(
            "CardError", "The card was removed during reading. Please place it again and read again.");
    case Kind::Timeout:
        return QCoreApplication::translate("CardError", "The card did not answer in time. Please place it again.");
    case Kind::MalformedData:
        return QCoreApplication::translate(
            "CardError", "The data on the card could not be read correctly. Please check the card face.");
    case Kind::InvalidInput:
        return codeB ? QCoreApplication::translate("CardError", "Verification code B must be 14 digits.")
                     : QCoreApplication::translate("CardError", "The PIN must be 4 digits.");
    case Kind::CardRefused:
        return QCoreApplication::translate("CardError",
                                           "The card refused the request. Please place it again and retry.");
    case Kind::CommunicationError:
        return QCoreApplication::translate("CardError",
                                           "Communication with the card reader failed. Please place the card again.");
    }
    return {};
}

QString CardError::kindName(Kind kind) {
    switch (kind) {
    case Kind::NoService:
        return QStringLiteral("no_service");
    case Kind::NoReader:
        return QStringLiteral("no_reader");
    case Kind::NoCard:
        return QStringLiteral("no_card");
    case Kind::ReaderBusy:
        return QStringLiteral("reader_busy");
    case Kind::NotMyNumberCard:
        return QStringLiteral("not_my_number_card");
    case Kind::WrongSecret:
        return QStringLiteral("wrong_secret");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::LastTryNeedsConfirmation:
        return QStringLiteral("last_try_needs_confirmation");
    case Kind::CardRemoved:
        return QStringLiteral("card_removed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedData:
        return QStringLiteral("malformed_data");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::CardRefused:
        return QStringLiteral("card_refused");
    case Kind::CommunicationError:
        return QStringLiteral("communication_error");
    }
    return {};
}

} // namespace madoguchi::card
