#include "admintab.h"

#include "connectionsbox.h"
#include "uistyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dp::ui {

AdminTab::AdminTab(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
{
    auto* connections = new ConnectionsBox(ctx, session);
    connect(connections, &ConnectionsBox::refreshed, this, &AdminTab::refreshed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 12);
    layout->setSpacing(16);
    layout->addWidget(makeHintLabel(tr("Connect each rooftop to payments, then choose when payouts reach your bank "
                                       "and how the charge appears on your customers' statements.")));
    layout->addWidget(connections);
    layout->addStretch(1);
}

} // namespace dp::ui
