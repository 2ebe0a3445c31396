// The card's authenticity and the chip's face photo, for the clerk only: one verdict with what to do next, and the
// photo painted straight from the visit's wiped buffer.
#pragma once

#include "visit/VisitWorkflow.h"

#include <QWidget>

class QLabel;

namespace madoguchi::ui {

// Paints the face photo without copying its pixels (a QImage over the shared buffer, made per paint). Empty when the
// visit has no photo; the buffer is the visit's, so wiping it with the visit leaves nothing here either.
class FacePhotoView final : public QWidget {
    Q_OBJECT
public:
    explicit FacePhotoView(QWidget* parent = nullptr);
    void setPhoto(const card::FacePhoto& photo);
    bool hasPhoto() const { return !m_photo.isNull(); }
    QSize sizeHint() const override { return {144, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    card::FacePhoto m_photo;
};

// The verdict banner (green genuine, red failed, amber not checkable), the next step, and the photo beside them.
class CardCheckPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CardCheckPanel(visit::VisitWorkflow& visit, QWidget* parent = nullptr);
    void refresh();
    QString verdictText() const;
    bool showsPhoto() const;

private:
    visit::VisitWorkflow& m_visit;
    QLabel* m_verdict = nullptr;
    QLabel* m_next = nullptr;
    FacePhotoView* m_photo = nullptr;
};

} // namespace madoguchi::ui
