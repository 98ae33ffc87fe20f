#include "payoutrecipientsbox.h"

#include "managecommon.h"
#include "notify/messenger.h"
#include "context/appcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

PayoutRecipientsBox::PayoutRecipientsBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Payout e-mails"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_list(new QListWidget)
    , m_save(makeButton(tr("Save recipients"), QStringLiteral("saveRecipientsButton")))
    , m_mailWarning(makeNoticeLabel(QStringLiteral("mailNotConfigured")))
    , m_notice(makeNoticeLabel(QStringLiteral("recipientsNotice")))
{
    setObjectName(QStringLiteral("payoutRecipientsBox"));
    m_list->setObjectName(QStringLiteral("payoutRecipientsList"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("When a bank payout is paid, the people checked here receive one e-mail with "
                                       "its amount, arrival date and number of payments.")));
    layout->addWidget(m_mailWarning);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notice);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PayoutRecipientsBox::save);
    connect(m_list, &QListWidget::itemChanged, this, [this] { showNotice(m_notice, {}, Tone::Neutral); });
}

void PayoutRecipientsBox::setData(const QList<StaffMember>& staff)
{
    showNotice(m_mailWarning,
               m_ctx.messenger().mailConfigured()
                   ? QString()
                   : tr("E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail server."),
               Tone::Warning);
    const auto chosen = m_ctx.staff().payoutRecipients(m_session);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StaffMember& m : staff) {
        if (!m.active)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 <%2>").arg(m.name, m.email));
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.ok() && chosen->contains(m.id) ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
}

void PayoutRecipientsBox::save()
{
    QList<qint64> ids;
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
            names.append(m_list->item(i)->text().section(QStringLiteral(" <"), 0, 0));
        }
    }
    const Status saved = m_ctx.staff().setPayoutRecipients(m_session, ids);
    if (!saved.ok())
        showNotice(m_notice, saved.error().message.toHtmlEscaped(), Tone::Danger);
    else if (ids.isEmpty())
        showNotice(m_notice, tr("Nobody receives payout e-mails."), Tone::Neutral);
    else
        showNotice(m_notice, tr("Payout e-mails go to %1.").arg(names.join(QStringLiteral(", ")).toHtmlEscaped()),
                   Tone::Success);
    emit changed();
}

} // namespace dp::ui
