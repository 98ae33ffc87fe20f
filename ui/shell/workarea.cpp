#include "workarea.h"

#include "admin/connectionspage.h"
#include "admin/upcomingpages.h"
#include "changepassworddialog.h"
#include "common/comingsoonpage.h"
#include "manage/managetab.h"
#include "navigation.h"
#include "payments/paymentstab.h"
#include "payments/paymentsview.h"
#include "payments/reconciliationpage.h"
#include "payments/payoutspage.h"
#include "payments/reportspage.h"
#include "context/appcontext.h"
#include "auth/roles.h"
#include "auth/userservice.h"
#include "common/uistyle.h"
#include "foundation/settings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
// A page whose content scrolls when the window is smaller than it.
QScrollArea* scrolled(QWidget* content, const QString& objectName)
{
    auto* scroll = new QScrollArea;
    scroll->setObjectName(objectName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}
}

WorkArea::WorkArea(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_nav(new Navigation)
{
    setObjectName(QStringLiteral("workArea"));
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    QLabel* org = makeHeading(ctx.users().organizationName(), 2);
    org->setObjectName(QStringLiteral("orgNameLabel"));
    header->addWidget(org, 1);
    auto* user = new QLabel(tr("Signed in as <b>%1</b> · %2")
                                .arg(session.name.toHtmlEscaped(), roleDisplayName(session.role).toHtmlEscaped()));
    user->setObjectName(QStringLiteral("userLabel"));
    header->addWidget(user);
    auto* password = new QPushButton(tr("Change password…"));
    password->setObjectName(QStringLiteral("changePasswordButton"));
    header->addWidget(password);
    connect(password, &QPushButton::clicked, this, [this, &ctx, &session] {
        auto* dialog = new ChangePasswordDialog(ctx.staff(), session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* signOut = new QPushButton(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("signOutButton"));
    header->addWidget(signOut);
    connect(signOut, &QPushButton::clicked, this, &WorkArea::signOutRequested);

    buildPages();
    buildActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->addLayout(header);
    layout->addWidget(m_nav, 1);

    const QStringList pages = m_nav->pages();
    const std::optional<Page> landing = landingPage(session.role, session.inPaymentTeam);
    const QString remembered = rememberedPage();
    if (pages.contains(remembered))
        m_nav->setCurrentPage(remembered);
    else if (landing)
        m_nav->setCurrentPage(pageKey(*landing));
    connect(m_nav, &Navigation::currentPageChanged, this, &WorkArea::rememberPage);
    connect(m_nav, &Navigation::currentPageChanged, this, &WorkArea::updateActions);
    updateActions();
}

void WorkArea::buildPages()
{
    const QList<Page> pages = pagesFor(m_session.role, m_session.inPaymentTeam);
    const TabVisibility areas = tabsFor(m_session.role, m_session.inPaymentTeam);
    if (areas.admin) {
        m_nav->addArea(tr("Admin"));
        auto* connections = new ConnectionsPage(m_ctx, m_session);
        connect(connections, &ConnectionsPage::refreshed, this, &WorkArea::refreshed);
        m_nav->addPage(pageKey(Page::Connections), tr("Connections"), scrolled(connections, QStringLiteral("adminTab")));
        m_nav->addPage(pageKey(Page::Billing), tr("Billing"), new BillingPage);
        m_nav->addPage(pageKey(Page::Financing), tr("Financing"), new FinancingPage);
    }
    if (areas.manage) {
        m_nav->addArea(tr("Manage"));
        m_manage = new ManageTab(m_ctx, m_session);
        QScrollArea* host = scrolled(m_manage, QStringLiteral("manageTab"));
        ManageTab* manage = m_manage;
        m_nav->addPage(pageKey(Page::Staff), tr("Staff"), host, [manage] { manage->showPage(Page::Staff); });
        m_nav->addPage(pageKey(Page::Teams), tr("Teams"), host, [manage] { manage->showPage(Page::Teams); });
        m_nav->addPage(pageKey(Page::Invitations), tr("Invitations"), host,
                       [manage] { manage->showPage(Page::Invitations); });
    }
    if (areas.payments) { // Consultants: their own requests; Managers in a payment team and Admins: all payments
        m_nav->addArea(tr("Payments"));
        m_payments = new PaymentsTab(m_ctx, m_session);
        PaymentsTab* payments = m_payments;
        m_nav->addPage(pageKey(Page::Requests), areas.paymentsOwnRequestsOnly ? tr("My requests") : tr("Requests"),
                       payments, [payments] { payments->showPage(Page::Requests); });
        if (pages.contains(Page::AllPayments))
            m_nav->addPage(pageKey(Page::AllPayments), tr("All payments"), payments,
                           [payments] { payments->showPage(Page::AllPayments); });
        if (pages.contains(Page::Payouts))
            m_nav->addPage(pageKey(Page::Payouts), tr("Payouts"), new PayoutsPage(m_ctx, m_session));
        if (pages.contains(Page::Reconciliation))
            m_nav->addPage(pageKey(Page::Reconciliation), tr("Reconciliation"), new ReconciliationPage(m_ctx, m_session));
        if (pages.contains(Page::Reports))
            m_nav->addPage(pageKey(Page::Reports), tr("Reports"), new ReportsPage(m_ctx, m_session));
        connect(payments, &PaymentsTab::pageShown, this, [this](Page page) { m_nav->setCurrentPage(pageKey(page)); });
    }
    if (pages.isEmpty()) {
        auto* none = new ComingSoonPage(QStyle::SP_MessageBoxInformation, tr("Nothing to show yet"),
                                        tr("Your role has no page yet. Ask your administrator to add you to a team "
                                           "that takes payments."));
        none->setObjectName(QStringLiteral("noTab"));
        m_nav->addPage(QStringLiteral("welcome"), tr("Welcome"), none);
        m_nav->setCurrentPage(QStringLiteral("welcome"));
    }
}

QAction* WorkArea::makeAction(const QString& text, const QString& objectName)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    addAction(action); // its shortcut works wherever the focus is in the window, menu bar shown or not
    m_actions.insert(objectName, action);
    return action;
}

void WorkArea::buildActions()
{
    QAction* sync = makeAction(tr("&Sync now"), QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence(Qt::Key_F5)); // not QKeySequence::Refresh: Ctrl+R on some desktops
    sync->setVisible(m_payments != nullptr);
    sync->setStatusTip(tr("Fetch the latest payments, refunds and request states now."));
    if (m_payments)
        connect(sync, &QAction::triggered, m_payments, &PaymentsTab::startSync);

    QAction* exportAction = makeAction(tr("&Export…"), QStringLiteral("exportAction"));
    exportAction->setEnabled(false); // arrives with Reports
    exportAction->setStatusTip(tr("Exports for your accounting office arrive with the Reports page."));

    QAction* signOut = makeAction(tr("Sign &out"), QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &WorkArea::signOutRequested);

    QAction* find = makeAction(tr("&Find"), QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the requests or payments shown."));
    connect(find, &QAction::triggered, this, &WorkArea::focusSearch);

    QAction* request = makeAction(tr("&New payment request…"), QStringLiteral("newRequestAction"));
    request->setShortcut(QKeySequence::New);
    request->setVisible(m_payments && m_session.can(Permission::RequestPayment));
    request->setStatusTip(tr("Text a secure payment link to a customer."));
    if (m_payments)
        connect(request, &QAction::triggered, m_payments, &PaymentsTab::openRequestDialog);

    QAction* refund = makeAction(tr("&Refund…"), QStringLiteral("refundAction"));
    refund->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refund->setVisible(m_payments && m_payments->paymentsView() && m_session.can(Permission::Refund));
    refund->setStatusTip(tr("Refund all or part of the selected payment."));
    if (m_payments) {
        connect(refund, &QAction::triggered, m_payments, &PaymentsTab::refundSelected);
        if (PaymentsView* view = m_payments->paymentsView()) {
            // The table's Refund button follows the selection; the action follows the button.
            if (auto* table = view->findChild<QAbstractItemView*>(QStringLiteral("paymentsTable"))) {
                connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                        &WorkArea::updateActions, Qt::QueuedConnection);
                connect(table->model(), &QAbstractItemModel::modelReset, this, &WorkArea::updateActions,
                        Qt::QueuedConnection);
            }
        }
    }

    auto* group = new QActionGroup(this);
    const QStringList pages = m_nav->pages();
    for (int i = 0; i < pages.size(); ++i) {
        const QString key = pages.at(i);
        QAction* view = makeAction(m_nav->pageTitle(key), QStringLiteral("viewAction_") + key);
        view->setCheckable(true);
        view->setActionGroup(group);
        if (i < 9)
            view->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(view, &QAction::triggered, this, [this, key] { m_nav->setCurrentPage(key); });
        m_viewActions.append(view);
    }
}

void WorkArea::addFileActions(QMenu* file)
{
    file->addAction(m_actions.value(QStringLiteral("syncAction")));
    file->addAction(m_actions.value(QStringLiteral("exportAction")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("signOutAction")));
}

void WorkArea::addMenus(QMenuBar* bar)
{
    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_actions.value(QStringLiteral("findAction")));
    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_viewActions);
    if (m_payments) {
        QMenu* payments = bar->addMenu(tr("&Payments"));
        payments->setObjectName(QStringLiteral("paymentsMenu"));
        payments->addAction(m_actions.value(QStringLiteral("newRequestAction")));
        payments->addAction(m_actions.value(QStringLiteral("refundAction")));
        connect(payments, &QMenu::aboutToShow, this, &WorkArea::updateActions);
    }
}

void WorkArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_payments)
        m_payments->dockSync(); // the sync status belongs in the status bar whichever page is shown
}

void WorkArea::updateActions()
{
    const QString page = m_nav->currentPage();
    for (QAction* view : std::as_const(m_viewActions))
        view->setChecked(view->objectName() == QStringLiteral("viewAction_") + page);
    m_actions.value(QStringLiteral("findAction"))
        ->setEnabled(page == pageKey(Page::Requests) || page == pageKey(Page::AllPayments));
    m_actions.value(QStringLiteral("refundAction"))->setEnabled(m_payments && m_payments->canRefundSelected());
}

void WorkArea::focusSearch()
{
    QWidget* page = m_nav->currentWidget();
    const auto edits = page ? page->findChildren<QLineEdit*>() : QList<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->objectName().endsWith(QLatin1String("Search")) && edit->isVisible()) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

void WorkArea::rememberPage(const QString& key)
{
    QJsonObject pages = QJsonDocument::fromJson(m_ctx.settings().string(Settings::Key::UiLastPages).toUtf8()).object();
    pages.insert(m_session.email, key);
    m_ctx.settings().setValue(Settings::Key::UiLastPages,
                              QString::fromUtf8(QJsonDocument(pages).toJson(QJsonDocument::Compact)));
}

QString WorkArea::rememberedPage() const
{
    const QJsonObject pages =
        QJsonDocument::fromJson(m_ctx.settings().string(Settings::Key::UiLastPages).toUtf8()).object();
    return pages.value(m_session.email).toString();
}

} // namespace dp::ui
