#include "uistyle.h"

#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
void scaleFont(QLabel* label, double factor, bool bold)
{
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}
}

QLabel* makeErrorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty() && qobject_cast<QDialog*>(label->window()))
        growToFit(label->window());
}

QLabel* makeHintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    scaleFont(label, 0.92, false);
    return label;
}

QLabel* makeHeading(const QString& text, int level, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    scaleFont(label, level <= 1 ? 1.6 : (level == 2 ? 1.25 : 1.0), true);
    return label;
}

void setBadge(QLabel* label, const QString& text, Tone tone)
{
    static const char* const styles[] = {
        "background: #e6e6e6; color: #424242;",
        "background: #fff1c2; color: #7a4f00;",
        "background: #d8f0dd; color: #1b5e20;",
        "background: #fbd9dc; color: #8e1b24;",
    };
    label->setText(text);
    label->setStyleSheet(QString::fromLatin1(styles[static_cast<int>(tone)])
                         + QStringLiteral("border-radius: 9px; padding: 2px 10px; font-weight: bold;"));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

QWidget* withError(QWidget* input, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(error);
    return box;
}

QWidget* makeSeparator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

void setMinimumTextWidth(QWidget* widget, int chars)
{
    widget->setMinimumWidth(widget->fontMetrics().averageCharWidth() * chars);
}

void growToFit(QWidget* window)
{
    if (!window || !window->layout())
        return;
    window->layout()->activate();
    const int width = qMax(window->width(), window->minimumSizeHint().width());
    const int height = window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height();
    if (width > window->width() || height > window->height())
        window->resize(width, qMax(height, window->height()));
}

} // namespace dp::ui
