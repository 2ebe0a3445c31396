// Issued certificates at the counter (取消・再交付): the clerk types a serial or scans the QR code printed on the paper
// (a scanner types its text), sees the certificate as the centre holds it, and asks for a void with a reason, or —
// signed in as a supervisor — voids it or reissues it under a new serial. The core decides who may and audits.
#pragma once

#include "CounterPorts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi::ui {

class IssuedDocumentDialog final : public QDialog {
    Q_OBJECT
public:
    IssuedDocumentDialog(counter::DocumentDesk& desk, QWidget* parent = nullptr);

    // Empties every field (the next clerk does not see the last certificate) and puts the focus on the serial.
    void reset();

    QLineEdit* lookupEdit() const { return m_lookup; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* requestButton() const { return m_request; }
    QPushButton* voidButton() const { return m_void; }
    QPushButton* reissueButton() const { return m_reissue; }
    // The certificate found last (serial empty: none), and how the screen shows it.
    const supervisor::DocumentInfo& document() const { return m_document; }
    QString detailsText() const;
    // The last answer as the clerk reads it, and whether it was done.
    QString resultText() const;
    bool lastOk() const { return m_lastOk; }
    bool busy() const { return m_busy; }
    const supervisor::Reissued& lastReissue() const { return m_reissued; }

Q_SIGNALS:
    void answered(bool ok);
    // A reissue whose new paper was rendered (its PDF in `reissued.pdfPath`): the window sends it to the printer.
    void reissuedPaper(const supervisor::Reissued& reissued);

private:
    void find();
    void refind();
    void requestVoid();
    void voidDirectly();
    void reissue();
    void showDocument(const supervisor::DocumentInfo& document);
    void showAnswer(const Outcome& outcome, const QString& done);
    void setBusy(bool busy, const QString& what = {});

    counter::DocumentDesk& m_desk;
    QLineEdit* m_lookup = nullptr;
    QLabel* m_details = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_request = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_reissue = nullptr;
    QLabel* m_result = nullptr;
    supervisor::DocumentInfo m_document;
    supervisor::Reissued m_reissued;
    bool m_lastOk = false;
    bool m_busy = false;
};

} // namespace madoguchi::ui
