#include "workarea.h"

#include "admintab.h"
#include "comingsoonpage.h"
#include "services/appcontext.h"
#include "services/userservice.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dp::ui {

WorkArea::WorkArea(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("workArea"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    QLabel* org = makeHeading(ctx.users().organizationName(), 2);
    org->setObjectName(QStringLiteral("orgNameLabel"));
    header->addWidget(org, 1);
    auto* user = new QLabel(tr("Signed in as <b>%1</b> · %2")
                                .arg(session.name.toHtmlEscaped(), roleDisplayName(session.role).toHtmlEscaped()));
    user->setObjectName(QStringLiteral("userLabel"));
    header->addWidget(user);
    auto* signOut = new QPushButton(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("signOutButton"));
    header->addWidget(signOut);
    connect(signOut, &QPushButton::clicked, this, &WorkArea::signOutRequested);

    const TabVisibility tabs = tabsFor(session.role, session.inPaymentTeam);
    if (tabs.admin) {
        auto* admin = new AdminTab(ctx, session);
        connect(admin, &AdminTab::refreshed, this, &WorkArea::refreshed);
        auto* scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("adminTab"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(admin);
        m_tabs->addTab(scroll, tr("Admin"));
    }
    if (tabs.manage) {
        auto* manage = new ComingSoonPage(
            QStyle::SP_FileDialogDetailedView, tr("Staff and teams"),
            tr("Invite staff, assign roles and teams, choose who receives payout e-mails — coming in the next "
               "release."));
        manage->setObjectName(QStringLiteral("manageTab"));
        m_tabs->addTab(manage, tr("Manage"));
    }
    if (tabs.payments) {
        const QString text = tabs.paymentsOwnRequestsOnly
            ? tr("Text a secure payment link to a customer and follow your own requests from sent to paid — coming "
                 "in the next release.")
            : tr("All payments side by side, receipts, refunds, payouts, reports and the daily reconciliation with "
                 "your dealer management system — coming in the next release.");
        auto* payments = new ComingSoonPage(QStyle::SP_DialogApplyButton,
                                            tabs.paymentsOwnRequestsOnly ? tr("Payment requests") : tr("Payments"),
                                            text);
        payments->setObjectName(QStringLiteral("paymentsTab"));
        m_tabs->addTab(payments, tr("Payments"));
    }
    if (m_tabs->count() == 0) {
        auto* none = new ComingSoonPage(QStyle::SP_MessageBoxInformation, tr("Nothing to show yet"),
                                        tr("Your role has no tab yet. Ask your administrator to add you to a team "
                                           "that takes payments."));
        none->setObjectName(QStringLiteral("noTab"));
        m_tabs->addTab(none, tr("Welcome"));
    }
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

} // namespace dp::ui
