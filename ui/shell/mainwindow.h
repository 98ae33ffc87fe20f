#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace dp {
class AppContext;
}

namespace dp::ui {

class AcceptInvitePage;
class FirstRunPage;
class LoginPage;
class WorkArea;

// The application window: first run, sign in, then the work area of the signed-in user, with the menu bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(dp::AppContext& ctx, QWidget* parent = nullptr);
    // A window shown before the context exists (the demo is being prepared): a progress page until setContext().
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The progress page's text ("Preparing the demo…"); shown until setContext().
    void showPreparing(const QString& text);
    // The context is ready: the first-run or sign-in page replaces the progress page. Once only.
    void setContext(dp::AppContext& ctx);
    bool hasContext() const { return m_ctx != nullptr; }
    bool jobsIdle() const; // no background job (sync, payout e-mails, refund recovery) is running

    const Session& session() const { return m_session; }
    WorkArea* workArea() const { return m_work; }
    // The "I have an invitation code" page with this code filled in and checked (a dealerpay://register?code=...
    // link, MNG-2). Whoever is signed in is signed out first.
    void openInvitation(const QString& code);

signals:
    void contextSet();

private:
    void buildPages();
    void rebuildMenus();
    void showAbout();
    void showStart();
    void enter(const Session& session);
    void signOut();
    void updateTitle();
    void showRefreshed(const QDateTime& when);

    AppContext* m_ctx = nullptr;
    Session m_session;
    QStackedWidget* m_stack;
    QWidget* m_preparing = nullptr;
    QLabel* m_preparingText = nullptr;
    FirstRunPage* m_firstRun = nullptr;
    LoginPage* m_login = nullptr;
    AcceptInvitePage* m_acceptInvite = nullptr;
    WorkArea* m_work = nullptr;
    QLabel* m_modeLabel;
    QLabel* m_refreshLabel;
    QAction* m_quit;
    QAction* m_about;
};

} // namespace dp::ui
