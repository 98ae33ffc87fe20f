#pragma once

#include <QWidget>

class QVBoxLayout;

namespace dp::ui {

// A page whose content sits in a centred column of readable width (first run, sign in).
class CenteredCard : public QWidget
{
    Q_OBJECT
public:
    // widthInChars: the column's maximum width in average characters of the current font.
    explicit CenteredCard(int widthInChars, QWidget* parent = nullptr);
    QVBoxLayout* column() const { return m_column; }
    // The application icon and name above a subtitle.
    void addBrandHeader(const QString& subtitle);

private:
    QVBoxLayout* m_column;
};

} // namespace dp::ui
