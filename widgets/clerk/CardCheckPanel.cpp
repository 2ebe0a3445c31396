// The card's authenticity and the chip's face photo, for the clerk only.
#include "CardCheckPanel.h"

#include "ClerkPage.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace madoguchi::ui {

FacePhotoView::FacePhotoView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("facePhoto"));
    setAccessibleName(tr("Face photo from the card's chip"));
    setMinimumSize(96, 120);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(sizeHint());
}

void FacePhotoView::setPhoto(const card::FacePhoto& photo) {
    m_photo = photo;
    setVisible(!m_photo.isNull());
    update();
}

void FacePhotoView::paintEvent(QPaintEvent*) {
    if (m_photo.isNull())
        return;
    // Over the visit's buffer, no copy: the image lives for this paint only.
    const QImage image(m_photo.pixels(), m_photo.width(), m_photo.height(), m_photo.width(), QImage::Format_Grayscale8);
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter.drawImage(target, image);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}

CardCheckPanel::CardCheckPanel(visit::VisitWorkflow& visit, QWidget* parent)
    : QWidget(parent)
    , m_visit(visit) {
    setObjectName(QStringLiteral("cardCheck"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* texts = new QVBoxLayout;
    m_verdict = valueLabel({}, this);
    m_verdict->setObjectName(QStringLiteral("cardCheckVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSize(bold.pointSize() + 1);
    m_verdict->setFont(bold);
    m_next = valueLabel({}, this);
    m_next->setObjectName(QStringLiteral("cardCheckNext"));
    texts->addWidget(m_verdict);
    texts->addWidget(m_next);
    texts->addStretch();
    layout->addLayout(texts, 1);
    m_photo = new FacePhotoView(this);
    layout->addWidget(m_photo, 0, Qt::AlignTop);
    refresh();
}

void CardCheckPanel::refresh() {
    const visit::CardCheck check = m_visit.cardCheck();
    setVisible(!check.verdict.isEmpty());
    m_photo->setPhoto(m_visit.facePhoto());
    if (check.verdict.isEmpty())
        return;
    QString colour = QStringLiteral("#8a5a00"); // not checkable: amber
    if (check.isGenuine())
        colour = QStringLiteral("#1f6b1f");
    else if (check.verdict != QLatin1String("not_checkable"))
        colour = QStringLiteral("#a40000");
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_verdict->setText(check.message);
    m_next->setText(check.nextStep);
}

QString CardCheckPanel::verdictText() const {
    return m_verdict->text();
}

bool CardCheckPanel::showsPhoto() const {
    return m_photo->hasPhoto();
}

} // namespace madoguchi::ui
