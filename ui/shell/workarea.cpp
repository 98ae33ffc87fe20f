#include "workarea.h"

#include "admin/admintab.h"
#include "changepassworddialog.h"
#include "common/comingsoonpage.h"
#include "manage/managetab.h"
#include "payments/paymentstab.h"
#include "context/appcontext.h"
#include "auth/userservice.h"
#include "common/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
// A tab whose content scrolls when the window is smaller than it.
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

    const TabVisibility tabs = tabsFor(session.role, session.inPaymentTeam);
    if (tabs.admin) {
        auto* admin = new AdminTab(ctx, session);
        connect(admin, &AdminTab::refreshed, this, &WorkArea::refreshed);
        m_tabs->addTab(scrolled(admin, QStringLiteral("adminTab")), tr("Admin"));
    }
    if (tabs.manage) {
        m_tabs->addTab(scrolled(new ManageTab(ctx, session), QStringLiteral("manageTab")), tr("Manage"));
    }
    if (tabs.payments) // Consultants: their own requests; Managers in a payment team and Admins: all payments
        m_tabs->addTab(new PaymentsTab(ctx, session), tr("Payments"));
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
