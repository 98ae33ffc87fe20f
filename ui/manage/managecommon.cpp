#include "managecommon.h"

#include <QLabel>
#include <QPushButton>

namespace dp::ui {

QLabel* makeNoticeLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showNotice(QLabel* notice, const QString& html, Tone tone)
{
    static const char* const colours[] = {
        "background: #e8f1fb; color: #0d3c61;",
        "background: #fff1c2; color: #7a4f00;",
        "background: #d8f0dd; color: #1b5e20;",
        "background: #fbd9dc; color: #8e1b24;",
    };
    notice->setStyleSheet(QString::fromLatin1(colours[static_cast<int>(tone)])
                          + QStringLiteral("padding: 8px; border-radius: 4px;"));
    notice->setText(html);
    notice->setVisible(!html.isEmpty());
}

QPushButton* makeButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    return button;
}

} // namespace dp::ui
