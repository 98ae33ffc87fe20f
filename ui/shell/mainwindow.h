#pragma once

#include "auth/session.h"

#include <QDateTime>
#include <QMainWindow>

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

// The application window: first run, sign in, then the work area of the signed-in user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(dp::AppContext& ctx, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    // The "I have an invitation code" page with this code filled in and checked (a dealerpay://register?code=...
    // link, MNG-2). Whoever is signed in is signed out first.
    void openInvitation(const QString& code);

private:
    void showStart();
    void enter(const Session& session);
    void signOut();
    void updateTitle();
    void showRefreshed(const QDateTime& when);

    AppContext& m_ctx;
    Session m_session;
    QStackedWidget* m_stack;
    FirstRunPage* m_firstRun;
    LoginPage* m_login;
    AcceptInvitePage* m_acceptInvite;
    WorkArea* m_work = nullptr;
    QLabel* m_modeLabel;
    QLabel* m_refreshLabel;
};

} // namespace dp::ui
