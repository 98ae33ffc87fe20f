#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QWidget>

class QTabWidget;

namespace dp {
class AppContext;
}

namespace dp::ui {

// What a signed-in user sees: a header (organization, user and role, Sign out) and the tabs of their role.
class WorkArea : public QWidget
{
    Q_OBJECT
public:
    // `session` is owned by the main window and outlives this widget.
    WorkArea(AppContext& ctx, Session& session, QWidget* parent = nullptr);

signals:
    void signOutRequested();
    void refreshed(const QDateTime& when);

private:
    QTabWidget* m_tabs;
};

} // namespace dp::ui
