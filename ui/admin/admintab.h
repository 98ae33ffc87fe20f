#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QWidget>

namespace dp {
class AppContext;
}

namespace dp::ui {

// The Admin tab: the Connections box (ONB-1..9) and, in later releases, billing and the financing program.
class AdminTab : public QWidget
{
    Q_OBJECT
public:
    AdminTab(AppContext& ctx, Session& session, QWidget* parent = nullptr);

signals:
    void refreshed(const QDateTime& when);
};

} // namespace dp::ui
