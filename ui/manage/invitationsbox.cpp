#include "invitationsbox.h"

#include "common/async.h"
#include "managecommon.h"
#include "common/messagebox.h"
#include "context/appcontext.h"
#include "foundation/clock.h"
#include "foundation/phone.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dp::ui {

namespace {

enum Column { NameColumn, RoleColumn, DeliveryColumn, StateColumn, WhenColumn, ColumnCount };

QColor stateColour(InvitationState state)
{
    switch (state) {
    case InvitationState::Pending: return QColor(0x7a, 0x4f, 0x00);
    case InvitationState::Accepted: return QColor(0x1b, 0x5e, 0x20);
    case InvitationState::Expired:
    case InvitationState::Revoked: return QColor(0x6b, 0x6b, 0x6b);
    }
    return {};
}

QString dateText(qint64 secs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

InvitationsBox::InvitationsBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Invitations"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_resend(makeButton(tr("Resend"), QStringLiteral("resendInvitationButton")))
    , m_revoke(makeButton(tr("Revoke"), QStringLiteral("revokeInvitationButton")))
    , m_notice(makeNoticeLabel(QStringLiteral("invitationsNotice")))
{
    setObjectName(QStringLiteral("invitationsBox"));
    m_table->setObjectName(QStringLiteral("invitationsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Sent to"), tr("State"), tr("Expires")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeliveryColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    m_table->setWordWrap(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resend);
    buttons->addWidget(m_revoke);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InvitationsBox::updateButtons);
    connect(m_resend, &QPushButton::clicked, this, &InvitationsBox::resendSelected);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsBox::revokeSelected);
    updateButtons();
}

void InvitationsBox::reload()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto listed = m_ctx.staff().invitations(m_session);
    if (!listed.ok()) {
        showNotice(m_notice, listed.error().message.toHtmlEscaped(), Tone::Danger);
        return;
    }
    m_invitations = listed.value();
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_invitations.size()));
    for (int row = 0; row < m_invitations.size(); ++row) {
        const Invitation& inv = m_invitations[row];
        auto set = [this, row](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_table->setItem(row, column, item);
            return item;
        };
        set(NameColumn, inv.name, tr("Invited by %1 on %2").arg(inv.invitedBy, dateText(inv.createdAt)));
        set(RoleColumn, roleDisplayName(inv.role));
        QString delivery = inv.email + QStringLiteral(" · ") + phone::format(inv.mobile);
        QStringList problems;
        if (!inv.textError.isEmpty())
            problems.append(tr("Text not sent: %1").arg(inv.textError));
        if (!inv.mailError.isEmpty())
            problems.append(tr("E-mail not sent: %1").arg(inv.mailError));
        QTableWidgetItem* sent = set(DeliveryColumn, problems.isEmpty() ? delivery : QStringLiteral("⚠ ") + delivery,
                                     problems.isEmpty() ? delivery : problems.join(QLatin1Char('\n')));
        if (!problems.isEmpty())
            sent->setForeground(QColor(0x8e, 0x1b, 0x24));
        QTableWidgetItem* state = set(StateColumn, invitationStateText(inv.state));
        state->setForeground(stateColour(inv.state));
        QFont bold = state->font();
        bold.setBold(true);
        state->setFont(bold);
        set(WhenColumn, inv.state == InvitationState::Accepted ? tr("Accepted %1").arg(dateText(inv.acceptedAt))
                                                               : dateText(inv.expiresAt));
        if (inv.id == keep)
            m_table->selectRow(row);
    }
    updateButtons();
}

const Invitation* InvitationsBox::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_invitations.size() ? &m_invitations[row] : nullptr;
}

void InvitationsBox::updateButtons()
{
    const Invitation* inv = selected();
    const bool open = inv && (inv->state == InvitationState::Pending || inv->state == InvitationState::Expired);
    m_resend->setEnabled(open);
    m_revoke->setEnabled(open);
}

void InvitationsBox::resendSelected()
{
    const Invitation* inv = selected();
    if (!inv)
        return;
    showNotice(m_notice, {}, Tone::Neutral);
    setBusy(m_resend, true, tr("Sending…"));
    StaffService& staff = m_ctx.staff();
    const Session who = m_session;
    const qint64 id = inv->id;
    runAsync<Result<InviteDelivery>>(
        this, [&staff, who, id] { return staff.resend(who, id); },
        [this](Result<InviteDelivery> result) {
            setBusy(m_resend, false);
            if (!result.ok()) {
                showNotice(m_notice, result.error().message.toHtmlEscaped(), Tone::Danger);
            } else {
                const InviteDelivery& d = result.value();
                const QString name = d.invitation.name.toHtmlEscaped();
                if (d.textSent && d.mailSent)
                    showNotice(m_notice, tr("A new invitation went to %1 by text and e-mail. The previous code no "
                                            "longer works.").arg(name), Tone::Success);
                else
                    showNotice(m_notice, tr("Not every message went out (see the list). %1 can also enter this "
                                            "code in DealerPay: <b>%2</b>").arg(name, d.code.toHtmlEscaped()),
                               Tone::Warning);
            }
            reload();
            emit changed();
        });
}

void InvitationsBox::revokeSelected()
{
    const Invitation* inv = selected();
    if (!inv)
        return;
    const QString name = inv->name;
    if (MessageBox::question(this, tr("Revoke invitation"),
                             tr("Revoke the invitation of %1? The link and code they received will stop working.")
                                 .arg(name))
        != QMessageBox::Yes)
        return;
    const Status revoked = m_ctx.staff().revoke(m_session, inv->id);
    if (revoked.ok())
        showNotice(m_notice, tr("The invitation of %1 is revoked.").arg(name.toHtmlEscaped()), Tone::Neutral);
    else
        showNotice(m_notice, revoked.error().message.toHtmlEscaped(), Tone::Danger);
    reload();
    emit changed();
}

} // namespace dp::ui
