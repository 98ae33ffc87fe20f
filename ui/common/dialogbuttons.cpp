#include "dialogbuttons.h"

#include <QDialog>
#include <QPushButton>

namespace dp::ui {

QDialogButtonBox* makeDialogButtons(QDialog* dialog, QDialogButtonBox::StandardButtons standard,
                                    QDialogButtonBox::StandardButton main)
{
    auto* box = new QDialogButtonBox(standard, dialog);
    if (main != QDialogButtonBox::NoButton) {
        if (QPushButton* button = box->button(main))
            setMainButton(button);
    }
    return box;
}

void setMainButton(QPushButton* button)
{
    Q_ASSERT(qobject_cast<QDialog*>(button->window()));
    button->setAutoDefault(true);
    if (button->isDefault())
        button->setDefault(false); // so that the dialog hears the next call even when the flag was set too early
    button->setDefault(true);
}

} // namespace dp::ui
