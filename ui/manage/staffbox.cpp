#include "staffbox.h"

#include "managecommon.h"
#include "common/messagebox.h"
#include "context/appcontext.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
enum Column { NameColumn, EmailColumn, RoleColumn, TeamsColumn, StatusColumn, ActionColumn, ColumnCount };
}

StaffBox::StaffBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Staff"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_notice(makeNoticeLabel(QStringLiteral("staffNotice")))
{
    setObjectName(QStringLiteral("staffBox"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Role"), tr("Teams"), tr("Status"), QString()});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeamsColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 10);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHintLabel(tr("A role change or a deactivation applies at the person's next action: a "
                                       "deactivated user is signed out and can no longer sign in.")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notice);
}

void StaffBox::setData(const QList<StaffMember>& staff, const QList<Team>& teams)
{
    QHash<qint64, QString> teamNames;
    for (const Team& team : teams)
        teamNames.insert(team.id, team.name);
    m_table->setRowCount(int(staff.size()));
    for (int row = 0; row < staff.size(); ++row) {
        const StaffMember& m = staff[row];
        const bool self = m.id == m_session.userId;
        auto set = [this, row, &m](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (!m.active)
                item->setForeground(QColor(0x8a, 0x8a, 0x8a));
            m_table->setItem(row, column, item);
        };
        set(NameColumn, self ? tr("%1 (you)").arg(m.name) : m.name);
        set(EmailColumn, m.email);
        QStringList names;
        for (qint64 id : m.teamIds)
            names.append(teamNames.value(id));
        names.sort(Qt::CaseInsensitive);
        set(TeamsColumn, names.isEmpty() ? tr("No team") : names.join(QStringLiteral(", ")));
        set(StatusColumn, m.active ? tr("Active") : tr("Deactivated"));

        auto* role = new QComboBox;
        role->setObjectName(QStringLiteral("roleCombo_%1").arg(m.id));
        for (Role r : {Role::Consultant, Role::Manager, Role::Admin})
            role->addItem(roleDisplayName(r), int(r));
        role->setCurrentIndex(role->findData(int(m.role)));
        role->setEnabled(!self && m.active);
        if (self)
            role->setToolTip(tr("Another Admin can change your role."));
        connect(role, &QComboBox::activated, this, [this, m, role] {
            const Role chosen = Role(role->currentData().toInt());
            if (chosen != m.role)
                changeRole(m, chosen);
        });
        m_table->setCellWidget(row, RoleColumn, role);

        auto* action = makeButton(m.active ? tr("Deactivate") : tr("Reactivate"),
                                  QStringLiteral("activeButton_%1").arg(m.id));
        action->setEnabled(!self);
        connect(action, &QPushButton::clicked, this, [this, m] { toggleActive(m); });
        m_table->setCellWidget(row, ActionColumn, action);
    }
    m_table->resizeRowsToContents();
}

void StaffBox::changeRole(const StaffMember& member, Role role)
{
    if (MessageBox::question(this, tr("Change role"),
                             tr("Make %1 a %2? %3").arg(member.name, roleDisplayName(role),
                                                        role == Role::Admin
                                                            ? tr("Admins can connect payments and manage the staff.")
                                                            : QString()))
        != QMessageBox::Yes) {
        emit changed(); // puts the combo back
        return;
    }
    report(m_ctx.staff().changeRole(m_session, member.id, role),
           tr("%1 is now %2.").arg(member.name, roleDisplayName(role)));
}

void StaffBox::toggleActive(const StaffMember& member)
{
    if (member.active
        && MessageBox::question(this, tr("Deactivate user"),
                                tr("Deactivate %1? They are signed out at their next action and can no longer sign "
                                   "in. You can reactivate them later.").arg(member.name))
               != QMessageBox::Yes)
        return;
    report(m_ctx.staff().setActive(m_session, member.id, !member.active),
           member.active ? tr("%1 is deactivated.").arg(member.name) : tr("%1 is active again.").arg(member.name));
}

void StaffBox::report(const Status& status, const QString& success)
{
    if (status.ok())
        showNotice(m_notice, success.toHtmlEscaped(), Tone::Success);
    else
        showNotice(m_notice, status.error().message.toHtmlEscaped(), Tone::Danger);
    emit changed();
}

} // namespace dp::ui
