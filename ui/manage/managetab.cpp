#include "managetab.h"

#include "invitationsbox.h"
#include "invitebox.h"
#include "mailserverdialog.h"
#include "managecommon.h"
#include "payoutrecipientsbox.h"
#include "context/appcontext.h"
#include "notify/mailserver.h"
#include "staff/staffservice.h"
#include "staffbox.h"
#include "teamsbox.h"
#include "common/uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dp::ui {

ManageTab::ManageTab(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_error(makeErrorLabel(QStringLiteral("manageError")))
    , m_mailStatus(new QLabel)
    , m_invite(new InviteBox(ctx, session))
    , m_invitations(new InvitationsBox(ctx, session))
    , m_staff(new StaffBox(ctx, session))
    , m_teams(new TeamsBox(ctx, session))
    , m_recipients(new PayoutRecipientsBox(ctx, session))
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("manageContent"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1);
    m_pages->setObjectName(QStringLiteral("managePages"));

    // Staff: who works here and their roles, who receives the payout e-mails, and the mail server they go through.
    auto* staffPage = addPage(QStringLiteral("staffPage"));
    auto* mailRow = new QHBoxLayout;
    m_mailStatus->setObjectName(QStringLiteral("mailServerStatus"));
    m_mailStatus->setWordWrap(true);
    auto* mailButton = makeButton(tr("Mail server…"), QStringLiteral("mailServerButton"));
    mailRow->addWidget(m_mailStatus, 1);
    mailRow->addWidget(mailButton);
    connect(mailButton, &QPushButton::clicked, this, &ManageTab::editMailServer);
    staffPage->addWidget(m_staff);
    staffPage->addWidget(m_recipients);
    staffPage->addLayout(mailRow);
    staffPage->addStretch(1);

    // Teams: the teams, their members and whether they take payments.
    auto* teamsPage = addPage(QStringLiteral("teamsPage"));
    teamsPage->addWidget(m_teams);
    teamsPage->addStretch(1);

    // Invitations: invite someone, and the invitations sent with their state.
    auto* invitationsPage = addPage(QStringLiteral("invitationsPage"));
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_invite, 2);
    top->addWidget(m_invitations, 3);
    invitationsPage->addLayout(top);
    invitationsPage->addStretch(1);
    showPage(Page::Staff);

    // Queued: a box's own widgets may be rebuilt by the reload that its signal starts.
    connect(m_invite, &InviteBox::invited, this, &ManageTab::reload, Qt::QueuedConnection);
    connect(m_invitations, &InvitationsBox::changed, this, &ManageTab::reload, Qt::QueuedConnection);
    connect(m_staff, &StaffBox::changed, this, &ManageTab::reload, Qt::QueuedConnection);
    connect(m_teams, &TeamsBox::changed, this, &ManageTab::reload, Qt::QueuedConnection);
    connect(m_recipients, &PayoutRecipientsBox::changed, this, &ManageTab::reload, Qt::QueuedConnection);
    reload();
}

QVBoxLayout* ManageTab::addPage(const QString& objectName)
{
    auto* page = new QWidget;
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_pages->addWidget(page);
    return layout;
}

void ManageTab::showPage(Page page)
{
    const QString name = page == Page::Teams         ? QStringLiteral("teamsPage")
                         : page == Page::Invitations ? QStringLiteral("invitationsPage")
                                                     : QStringLiteral("staffPage");
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* widget = m_pages->widget(i);
        const bool current = widget->objectName() == name;
        // The hidden pages take no room: the scroll area fits the page shown.
        widget->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                              current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        if (current)
            m_pages->setCurrentWidget(widget);
    }
    m_pages->updateGeometry();
}

void ManageTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // invitations accepted meanwhile, changes from another workstation
}

void ManageTab::reload()
{
    auto staff = m_ctx.staff().staff(m_session);
    auto teams = m_ctx.staff().teams(m_session);
    if (!staff.ok() || !teams.ok()) {
        showError(m_error, (staff.ok() ? teams.error() : staff.error()).message);
        return;
    }
    showError(m_error, {});
    const MailServerSettings mail = mailserver::current(m_ctx);
    m_mailStatus->setText(mail.host.isEmpty()
                              ? tr("E-mail is not set up: invitations go by text message only, and payout e-mails "
                                   "wait. Enter your mail server to send them.")
                              : tr("E-mail goes out through %1 (port %2) from %3.")
                                    .arg(mail.host, QString::number(mail.port), mail.fromAddress));
    m_invite->setTeams(teams.value());
    m_invitations->reload();
    m_staff->setData(staff.value(), teams.value());
    m_teams->setData(staff.value(), teams.value());
    m_recipients->setData(staff.value());
}

void ManageTab::editMailServer()
{
    auto* dialog = new MailServerDialog(m_ctx, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ManageTab::reload);
    dialog->open();
}

} // namespace dp::ui
