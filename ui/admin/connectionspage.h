#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QWidget>

namespace dp {
class AppContext;
}

namespace dp::ui {

// The Connections page of the Admin area: the Connections box (ONB-1..9), with its payout settings.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    ConnectionsPage(AppContext& ctx, Session& session, QWidget* parent = nullptr);

signals:
    void refreshed(const QDateTime& when);
};

} // namespace dp::ui
