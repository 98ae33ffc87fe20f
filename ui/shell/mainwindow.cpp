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

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace dp::ui {

MainWindow::MainWindow(AppContext& ctx, QWidget* parent)
    : MainWindow(parent)
{
    setContext(ctx);
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget)
    , m_modeLabel(new QLabel)
    , m_refreshLabel(new QLabel)
    , m_quit(new QAction(tr("&Quit"), this))
    , m_about(new QAction(tr("&About DealerPay"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_stack);

    // Until the context is ready: a progress page (the demo's users, passwords and rooftops are being prepared).
    m_preparing = new QWidget;
    m_preparing->setObjectName(QStringLiteral("preparingPage"));
    m_preparingText = makeHeading(tr("Preparing the demo…"), 2);
    m_preparingText->setObjectName(QStringLiteral("preparingText"));
    m_preparingText->setAlignment(Qt::AlignCenter);
    auto* progress = new QProgressBar;
    progress->setObjectName(QStringLiteral("preparingProgress"));
    progress->setRange(0, 0); // busy: the steps take an unknown time
    progress->setTextVisible(false);
    progress->setAccessibleName(tr("Preparing"));
    progress->setFixedWidth(fontMetrics().averageCharWidth() * 40);
    auto* column = new QVBoxLayout(m_preparing);
    column->addStretch(1);
    column->addWidget(m_preparingText);
    column->addWidget(progress, 0, Qt::AlignHCenter);
    column->addStretch(2);
    m_stack->addWidget(m_preparing);

    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    // The status bar takes what the window leaves: a long translation or sync message never widens the window.
    m_modeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));
    statusBar()->addWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);

    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    addAction(m_quit);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    resize(1280, 760); // the payments table with its filters and the navigation, in French too
    setWindowTitle(QStringLiteral("DealerPay"));
    rebuildMenus();
}

MainWindow::~MainWindow()
{
    // Calls still running hold references to the services; let them finish before the context goes away.
    if (m_ctx)
        m_ctx->jobs().stop();
    waitForPendingWork();
}

bool MainWindow::jobsIdle() const
{
    return !m_ctx || m_ctx->jobs().isIdle();
}

void MainWindow::showPreparing(const QString& text)
{
    if (!m_preparingText)
        return; // ready already
    m_preparingText->setText(text);
    if (!m_ctx)
        m_stack->setCurrentWidget(m_preparing);
}

void MainWindow::setContext(AppContext& ctx)
{
    if (m_ctx)
        return;
    m_ctx = &ctx;
    buildPages();
    m_stack->removeWidget(m_preparing);
    m_preparing->deleteLater();
    m_preparing = nullptr;
    m_preparingText = nullptr;
    if (ctx.config().sandbox)
        setBadge(m_modeLabel, tr("Sandbox — test data, no real money moves"), Tone::Warning);
    else
        setBadge(m_modeLabel, tr("Live"), Tone::Success);
    m_modeLabel->setToolTip(m_modeLabel->text());
    showStart();
    emit contextSet();
}

void MainWindow::buildPages()
{
    AppContext& ctx = *m_ctx;
    m_firstRun = new FirstRunPage(ctx);
    m_login = new LoginPage(ctx);
    m_acceptInvite = new AcceptInvitePage(ctx);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_acceptInvite);

    connect(m_firstRun, &FirstRunPage::created, this, &MainWindow::enter);
    connect(m_login, &LoginPage::signedIn, this, &MainWindow::enter);
    connect(m_acceptInvite, &AcceptInvitePage::signedIn, this, &MainWindow::enter);
    connect(m_acceptInvite, &AcceptInvitePage::back, this, &MainWindow::showStart);
    auto showInvitation = [this] { openInvitation({}); };
    connect(m_login, &LoginPage::invitationCodeRequested, this, showInvitation);
    connect(m_firstRun, &FirstRunPage::invitationCodeRequested, this, showInvitation);
}

void MainWindow::rebuildMenus()
{
    QMenuBar* bar = menuBar();
    // The old menus go once the action that may have started this (Sign out) has returned.
    const auto old = bar->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    bar->clear();
    for (QMenu* menu : old) {
        menu->setObjectName(QString());
        menu->deleteLater();
    }
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    if (m_work) {
        m_work->addFileActions(file);
        file->addSeparator();
    }
    file->addAction(m_quit);
    if (m_work)
        m_work->addMenus(bar);
    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_about);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About DealerPay"),
                                tr("<h3>DealerPay %1</h3><p>Payments for dealerships: text-to-pay links, the "
                                   "payments of every rooftop, refunds and payouts.</p>")
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openInvitation(const QString& code)
{
    if (!m_ctx)
        return;
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
    if (m_ctx->users().hasOrganization()) {
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
    m_ctx->settings().setValue(Settings::Key::LastUserEmail, session.email);
    m_work = new WorkArea(*m_ctx, m_session);
    connect(m_work, &WorkArea::signOutRequested, this, &MainWindow::signOut);
    connect(m_work, &WorkArea::refreshed, this, &MainWindow::showRefreshed);
    m_stack->addWidget(m_work);
    m_stack->setCurrentWidget(m_work);
    rebuildMenus();
    updateTitle();
    m_ctx->jobs().start(); // sync, payout e-mails and refund recovery run while someone is signed in
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
    if (m_ctx)
        m_ctx->jobs().stop();
    rebuildMenus();
    showStart();
}

void MainWindow::updateTitle()
{
    const QString org = m_ctx->users().hasOrganization() ? m_ctx->users().organizationName() : QString();
    setWindowTitle(org.isEmpty() ? QStringLiteral("DealerPay") : tr("DealerPay — %1").arg(org));
}

void MainWindow::showRefreshed(const QDateTime& when)
{
    m_refreshLabel->setText(tr("Last refreshed %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
}

} // namespace dp::ui
