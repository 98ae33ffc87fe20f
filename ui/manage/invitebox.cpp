#include "invitebox.h"

#include "common/async.h"
#include "managecommon.h"
#include "context/appcontext.h"
#include "common/uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
QLineEdit* makeEdit(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}
}

InviteBox::InviteBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Invite consultant"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_name(makeEdit(QStringLiteral("inviteNameEdit"), tr("e.g. Marco Alvarez")))
    , m_email(makeEdit(QStringLiteral("inviteEmailEdit"), tr("name@dealership.com")))
    , m_mobile(makeEdit(QStringLiteral("inviteMobileEdit"), tr("(514) 555-0100")))
    , m_role(new QComboBox)
    , m_teams(new QListWidget)
    , m_send(makeButton(tr("Send invitation"), QStringLiteral("sendInvitationButton")))
    , m_notice(makeNoticeLabel(QStringLiteral("inviteNotice")))
{
    setObjectName(QStringLiteral("inviteBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("The new staff member receives a text and an e-mail with a link to register "
                                       "and choose a password. The invitation works once and expires after 7 days.")));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString& label, QWidget* input, const QStringList& fields,
                               const QString& errorName) {
        QLabel* error = makeErrorLabel(errorName);
        form->addRow(label, withError(input, error));
        m_errors.add(fields, input, error);
    };
    addRow(tr("Name:"), m_name, {QStringLiteral("name")}, QStringLiteral("inviteNameError"));
    addRow(tr("E-mail:"), m_email, {QStringLiteral("email")}, QStringLiteral("inviteEmailError"));
    addRow(tr("Mobile:"), m_mobile, {QStringLiteral("mobile"), QStringLiteral("phone")},
           QStringLiteral("inviteMobileError"));
    m_role->setObjectName(QStringLiteral("inviteRoleCombo"));
    for (Role role : {Role::Consultant, Role::Manager, Role::Admin})
        m_role->addItem(roleDisplayName(role), int(role));
    addRow(tr("Role:"), m_role, {QStringLiteral("role")}, QStringLiteral("inviteRoleError"));
    m_teams->setObjectName(QStringLiteral("inviteTeamsList"));
    m_teams->setMaximumHeight(m_teams->fontMetrics().height() * 6);
    addRow(tr("Teams:"), m_teams, {QStringLiteral("teams")}, QStringLiteral("inviteTeamsError"));
    layout->addLayout(form);

    QLabel* general = makeErrorLabel(QStringLiteral("inviteError"));
    m_errors.setGeneral(general);
    layout->addWidget(general);
    layout->addWidget(m_notice);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_send, &QPushButton::clicked, this, &InviteBox::submit);
    // Enter in a field sends the invitation, as in a dialog (the form is not one: no default button does it).
    for (QLineEdit* edit : {m_name, m_email, m_mobile}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_send->isEnabled())
                submit();
        });
    }
}

void InviteBox::setTeams(const QList<Team>& teams)
{
    QList<qint64> checked;
    for (int i = 0; i < m_teams->count(); ++i) {
        if (m_teams->item(i)->checkState() == Qt::Checked)
            checked.append(m_teams->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_teams->clear();
    for (const Team& team : teams) {
        auto* item = new QListWidgetItem(team.takesPayments ? tr("%1 (takes payments)").arg(team.name) : team.name);
        item->setData(Qt::UserRole, team.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(team.id) ? Qt::Checked : Qt::Unchecked);
        m_teams->addItem(item);
    }
    if (teams.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No team yet: create one under Teams."));
        item->setFlags(Qt::NoItemFlags);
        m_teams->addItem(item);
    }
}

void InviteBox::submit()
{
    m_errors.clear();
    m_notice->hide();
    InviteRequest request{m_name->text(), m_email->text(), m_mobile->text(), Role(m_role->currentData().toInt()), {}};
    for (int i = 0; i < m_teams->count(); ++i) {
        if (m_teams->item(i)->checkState() == Qt::Checked)
            request.teamIds.append(m_teams->item(i)->data(Qt::UserRole).toLongLong());
    }
    setBusy(m_send, true, tr("Sending…"));
    StaffService& staff = m_ctx.staff();
    const Session who = m_session;
    runAsync<Result<InviteDelivery>>(
        this, [&staff, who, request] { return staff.invite(who, request); },
        [this](Result<InviteDelivery> result) {
            setBusy(m_send, false);
            if (!result.ok()) {
                m_errors.show(result.error());
                return;
            }
            showOutcome(result.value());
            for (QLineEdit* edit : {m_name, m_email, m_mobile})
                edit->clear();
            m_role->setCurrentIndex(0);
            for (int i = 0; i < m_teams->count(); ++i) {
                if (m_teams->item(i)->flags() & Qt::ItemIsUserCheckable)
                    m_teams->item(i)->setCheckState(Qt::Unchecked);
            }
            emit invited();
        });
}

void InviteBox::showOutcome(const InviteDelivery& d)
{
    const QString name = d.invitation.name.toHtmlEscaped();
    QString text;
    Tone tone = Tone::Success;
    if (d.textSent && d.mailSent) {
        text = tr("Invitation sent to %1 by text and e-mail.").arg(name);
    } else {
        tone = Tone::Warning;
        QStringList problems;
        if (!d.textSent)
            problems.append(tr("The text message was not sent: %1").arg(d.invitation.textError.toHtmlEscaped()));
        if (!d.mailSent)
            problems.append(tr("The e-mail was not sent: %1").arg(d.invitation.mailError.toHtmlEscaped()));
        text = tr("The invitation for %1 is saved.").arg(name) + QStringLiteral("<br>") +
               problems.join(QStringLiteral("<br>")) + QStringLiteral("<br>") +
               tr("You can resend it from the list, or give %1 this code to enter in DealerPay: <b>%2</b>")
                   .arg(name, d.code.toHtmlEscaped());
    }
    showNotice(m_notice, text, tone);
}

} // namespace dp::ui
