#include "comingsoonpage.h"

#include "uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dp::ui {

ComingSoonPage::ComingSoonPage(QStyle::StandardPixmap icon, const QString& title, const QString& text,
                               QWidget* parent)
    : QWidget(parent)
{
    auto* iconLabel = new QLabel;
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);

    QLabel* heading = makeHeading(title, 2);
    heading->setAlignment(Qt::AlignCenter);
    auto* body = new QLabel(text);
    body->setObjectName(QStringLiteral("comingSoonText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    QLabel* badge = new QLabel;
    setBadge(badge, tr("Coming in the next release"), Tone::Neutral);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(iconLabel);
    column->addWidget(heading);
    column->addWidget(body);
    column->addWidget(badge, 0, Qt::AlignHCenter);

    auto* inner = new QWidget;
    inner->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    inner->setLayout(column);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(inner, 3);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace dp::ui
