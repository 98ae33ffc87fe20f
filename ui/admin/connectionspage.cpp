#include "connectionspage.h"

#include "connectionsbox.h"
#include "common/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dp::ui {

ConnectionsPage::ConnectionsPage(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
{
    auto* connections = new ConnectionsBox(ctx, session);
    connect(connections, &ConnectionsBox::refreshed, this, &ConnectionsPage::refreshed);

    // A column of readable width: on a wide screen the status stays next to the feature it describes.
    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(makeHintLabel(tr("Connect each rooftop to payments, then choose when payouts reach your bank "
                                       "and how the charge appears on your customers' statements.")));
    layout->addWidget(connections);
    layout->addStretch(1);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 12, 8, 12);
    row->addWidget(column, 1);
    row->addStretch(0);
}

} // namespace dp::ui
