#include "mainwindow.h"

#include "acceptinvitepage.h"
#include "common/async.h"
#include "firstrunpage.h"
#include "loginpage.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "foundation/settings.h"
#include "jobs/jobrunner.h"
#include "workarea.h"

#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>

namespace dp::ui {

MainWindow::MainWindow(AppContext& ctx, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_stack(new QStackedWidget)
    , m_firstRun(new FirstRunPage(ctx))
    , m_login(new LoginPage(ctx))
    , m_acceptInvite(new AcceptInvitePage(ctx))
    , m_modeLabel(new QLabel)
    , m_refreshLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_acceptInvite);
    setCentralWidget(m_stack);

    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    if (ctx.config().sandbox)
        setBadge(m_modeLabel, tr("Sandbox — test data, no real money moves"), Tone::Warning);
    else
        setBadge(m_modeLabel, tr("Live"), Tone::Success);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);

    connect(m_firstRun, &FirstRunPage::created, this, &MainWindow::enter);
    connect(m_login, &LoginPage::signedIn, this, &MainWindow::enter);
    connect(m_acceptInvite, &AcceptInvitePage::signedIn, this, &MainWindow::enter);
    connect(m_acceptInvite, &AcceptInvitePage::back, this, &MainWindow::showStart);
    auto showInvitation = [this] { openInvitation({}); };
    connect(m_login, &LoginPage::invitationCodeRequested, this, showInvitation);
    connect(m_firstRun, &FirstRunPage::invitationCodeRequested, this, showInvitation);

    resize(1200, 760);
    showStart();
}

MainWindow::~MainWindow()
{
    // Calls still running hold references to the services; let them finish before the context goes away.
    m_ctx.jobs().stop();
    waitForPendingWork();
}

void MainWindow::openInvitation(const QString& code)
{
    if (m_work)
        signOut();
    if (code.isEmpty())
        m_acceptInvite->reset();
    else
        m_acceptInvite->setCode(code);
    m_stack->setCurrentWidget(m_acceptInvite);
}

void MainWindow::showStart()
{
    if (m_ctx.users().hasOrganization()) {
        m_login->reload();
        m_stack->setCurrentWidget(m_login);
    } else {
        m_stack->setCurrentWidget(m_firstRun);
    }
    m_refreshLabel->clear();
    updateTitle();
}

void MainWindow::enter(const Session& session)
{
    m_session = session;
    m_ctx.settings().setValue(Settings::Key::LastUserEmail, session.email);
    m_work = new WorkArea(m_ctx, m_session);
    connect(m_work, &WorkArea::signOutRequested, this, &MainWindow::signOut);
    connect(m_work, &WorkArea::refreshed, this, &MainWindow::showRefreshed);
    m_stack->addWidget(m_work);
    m_stack->setCurrentWidget(m_work);
    updateTitle();
    m_ctx.jobs().start(); // sync, payout e-mails and refund recovery run while someone is signed in
}

void MainWindow::signOut()
{
    if (m_work) {
        m_stack->removeWidget(m_work);
        m_work->hide();
        m_work->deleteLater();
        m_work = nullptr;
    }
    m_session = Session();
    m_ctx.jobs().stop();
    showStart();
}

void MainWindow::updateTitle()
{
    const QString org = m_ctx.users().hasOrganization() ? m_ctx.users().organizationName() : QString();
    setWindowTitle(org.isEmpty() ? QStringLiteral("DealerPay") : tr("DealerPay — %1").arg(org));
}

void MainWindow::showRefreshed(const QDateTime& when)
{
    m_refreshLabel->setText(tr("Last refreshed %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
}

} // namespace dp::ui
