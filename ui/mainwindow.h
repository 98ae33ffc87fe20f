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
    WorkArea* m_work = nullptr;
    QLabel* m_modeLabel;
    QLabel* m_refreshLabel;
};

} // namespace dp::ui
