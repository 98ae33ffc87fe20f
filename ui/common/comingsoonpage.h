#pragma once

#include <QStyle>
#include <QWidget>

namespace dp::ui {

// A tab whose features arrive in a later release: an icon, a title and what will come there.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    ComingSoonPage(QStyle::StandardPixmap icon, const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace dp::ui
