#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QAction;
class QMenu;
class QMenuBar;

namespace dp {
class AppContext;
}

namespace dp::ui {

class ManageTab;
class Navigation;
class PaymentsTab;

// What a signed-in user sees: a header (organization, user and role, Sign out), the left navigation with the pages
// of their role (core's pagesFor()) and the menus' actions. Lands on the page the user used last, else on the one
// core names for their role (landingPage()).
class WorkArea : public QWidget
{
    Q_OBJECT
public:
    // `session` is owned by the main window and outlives this widget.
    WorkArea(AppContext& ctx, Session& session, QWidget* parent = nullptr);

    Navigation* navigation() const { return m_nav; }
    // Adds the actions of the File menu (before Quit) and the Edit, View and Payments menus.
    void addFileActions(QMenu* file);
    void addMenus(QMenuBar* bar);

signals:
    void signOutRequested();
    void refreshed(const QDateTime& when);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildPages();
    void buildActions();
    void updateActions();
    void focusSearch();
    void rememberPage(const QString& key);
    QString rememberedPage() const;
    QAction* makeAction(const QString& text, const QString& objectName);

    AppContext& m_ctx;
    Session& m_session;
    Navigation* m_nav;
    ManageTab* m_manage = nullptr;
    PaymentsTab* m_payments = nullptr;
    QHash<QString, QAction*> m_actions; // by object name
    QList<QAction*> m_viewActions;
};

} // namespace dp::ui
