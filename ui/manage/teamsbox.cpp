#include "teamsbox.h"

#include "managecommon.h"
#include "context/appcontext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dp::ui {

TeamsBox::TeamsBox(AppContext& ctx, Session& session, QWidget* parent)
    : QGroupBox(tr("Teams"), parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_create(makeButton(tr("Create team"), QStringLiteral("createTeamButton")))
    , m_rename(makeButton(tr("Rename"), QStringLiteral("renameTeamButton")))
    , m_takesPayments(new QCheckBox(tr("Takes payments")))
    , m_membersTitle(new QLabel)
    , m_members(new QListWidget)
    , m_error(makeErrorLabel(QStringLiteral("teamError")))
{
    setObjectName(QStringLiteral("teamsBox"));
    m_list->setObjectName(QStringLiteral("teamsList"));
    m_name->setObjectName(QStringLiteral("teamNameEdit"));
    m_name->setPlaceholderText(tr("Team name, e.g. Service cashiers"));
    m_takesPayments->setObjectName(QStringLiteral("takesPaymentsCheck"));
    m_members->setObjectName(QStringLiteral("teamMembersList"));
    m_membersTitle->setWordWrap(true);
    QLabel* nameError = makeErrorLabel(QStringLiteral("teamNameError"));
    m_errors.add({QStringLiteral("team_name")}, m_name, nameError);
    m_errors.setGeneral(m_error);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_name);
    left->addWidget(nameError);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addStretch(1);
    left->addLayout(buttons);

    auto* right = new QVBoxLayout;
    right->addWidget(m_takesPayments, 0, Qt::AlignLeft);
    right->addWidget(makeHintLabel(tr("Managers in a team that takes payments see the Payments tab with the "
                                      "payments of their teams.")));
    right->addWidget(m_membersTitle);
    right->addWidget(m_members, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, &TeamsBox::showSelected);
    connect(m_create, &QPushButton::clicked, this, &TeamsBox::createTeam);
    connect(m_rename, &QPushButton::clicked, this, &TeamsBox::renameTeam);
    connect(m_name, &QLineEdit::returnPressed, this, &TeamsBox::createTeam);
    connect(m_takesPayments, &QCheckBox::clicked, this, &TeamsBox::setTakesPayments);
    connect(m_members, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        memberToggled(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    showSelected();
}

void TeamsBox::setData(const QList<StaffMember>& staff, const QList<Team>& teams)
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_staff = staff;
    m_teams = teams;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = teams.isEmpty() ? -1 : 0;
    for (int i = 0; i < teams.size(); ++i) {
        m_list->addItem(teams[i].takesPayments ? tr("%1 · takes payments").arg(teams[i].name) : teams[i].name);
        if (teams[i].id == keep)
            row = i;
    }
    m_list->setCurrentRow(row);
    showSelected();
}

const Team* TeamsBox::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_teams.size() ? &m_teams[row] : nullptr;
}

void TeamsBox::showSelected()
{
    const Team* team = selected();
    m_rename->setEnabled(team != nullptr);
    m_takesPayments->setEnabled(team != nullptr);
    m_members->setEnabled(team != nullptr);
    m_takesPayments->setChecked(team && team->takesPayments);
    m_membersTitle->setText(team ? tr("Members of %1:").arg(team->name) : tr("Create a team to add members."));
    const QSignalBlocker blocker(m_members);
    m_members->clear();
    if (!team)
        return;
    for (const StaffMember& m : m_staff) {
        if (!m.active && !team->memberIds.contains(m.id))
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(m.name, roleDisplayName(m.role)));
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(team->memberIds.contains(m.id) ? Qt::Checked : Qt::Unchecked);
        m_members->addItem(item);
    }
}

void TeamsBox::createTeam()
{
    m_errors.clear();
    auto created = m_ctx.staff().createTeam(m_session, m_name->text(), false);
    if (!created.ok()) {
        m_errors.show(created.error());
        return;
    }
    m_name->clear();
    m_teams.append(created.value()); // selected once the tab reloads
    m_list->addItem(created->name);
    m_list->setCurrentRow(m_list->count() - 1);
    emit changed();
}

void TeamsBox::renameTeam()
{
    const Team* team = selected();
    if (!team)
        return;
    m_errors.clear();
    const Status renamed = m_ctx.staff().renameTeam(m_session, team->id, m_name->text());
    if (renamed.ok())
        m_name->clear();
    report(renamed);
}

void TeamsBox::setTakesPayments(bool takes)
{
    if (const Team* team = selected())
        report(m_ctx.staff().setTakesPayments(m_session, team->id, takes));
}

void TeamsBox::memberToggled(qint64 userId, bool member)
{
    const Team* team = selected();
    if (!team)
        return;
    report(member ? m_ctx.staff().addMember(m_session, team->id, userId)
                  : m_ctx.staff().removeMember(m_session, team->id, userId));
}

void TeamsBox::report(const Status& status)
{
    if (!status.ok())
        m_errors.show(status.error());
    else
        m_errors.clear();
    emit changed();
}

} // namespace dp::ui
