#include "centeredcard.h"

#include "uistyle.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dp::ui {

CenteredCard::CenteredCard(int widthInChars, QWidget* parent)
    : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* canvas = new QWidget;
    auto* rows = new QVBoxLayout(canvas);
    auto* columns = new QHBoxLayout;
    auto* inner = new QWidget;
    inner->setMaximumWidth(fontMetrics().averageCharWidth() * widthInChars);
    m_column = new QVBoxLayout(inner);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(14);
    columns->addStretch(1);
    columns->addWidget(inner, 4);
    columns->addStretch(1);
    rows->addStretch(1);
    rows->addLayout(columns);
    rows->addStretch(2);
    scroll->setWidget(canvas);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void CenteredCard::addBrandHeader(const QString& subtitle)
{
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    const QIcon icon = QGuiApplication::windowIcon();
    if (!icon.isNull()) {
        auto* logo = new QLabel;
        logo->setPixmap(icon.pixmap(48, 48));
        header->addWidget(logo, 0, Qt::AlignTop);
    }
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(makeHeading(QStringLiteral("DealerPay"), 1));
    auto* sub = makeHintLabel(subtitle);
    sub->setObjectName(QStringLiteral("brandSubtitle"));
    titles->addWidget(sub);
    header->addLayout(titles, 1);
    m_column->addLayout(header);
}

} // namespace dp::ui
