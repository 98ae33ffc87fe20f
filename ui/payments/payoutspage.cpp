#include "payoutspage.h"

#include "payoutdetaildialog.h"

#include "common/async.h"
#include "common/uistyle.h"
#include "context/appcontext.h"
#include "foundation/money.h"
#include "jobs/jobrunner.h"
#include "jobs/syncjob.h"
#include "onboarding/connectionservice.h"
#include "payments/payoutservice.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(dp::store::PayoutListRow)

namespace dp::ui {

namespace {

enum Column
{
    ArrivalColumn,
    RooftopColumn,
    StatusColumn,
    AmountColumn,
    CreatedColumn,
    ColumnCount
};
constexpr int kSortRole = Qt::UserRole;
constexpr int kRowRole = Qt::UserRole + 1; // index into m_rows

using Rows = QList<store::PayoutListRow>;

QStandardItem* cell(const QString& text, const QVariant& sortKey)
{
    auto* item = new QStandardItem(text);
    item->setData(sortKey, kSortRole);
    item->setEditable(false);
    return item;
}

} // namespace

PayoutsPage::PayoutsPage(AppContext& ctx, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_service(std::make_unique<PayoutService>(ctx.api(), ctx.database(), ctx.authorizer()))
    , m_rooftop(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_open(new QPushButton(tr("Show contents…")))
    , m_summary(new QLabel)
    , m_error(makeErrorLabel(QStringLiteral("payoutsError")))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("payoutsPage"));
    m_rooftop->setObjectName(QStringLiteral("payoutsRooftop"));
    m_from->setObjectName(QStringLiteral("payoutsFrom"));
    m_to->setObjectName(QStringLiteral("payoutsTo"));
    m_refresh->setObjectName(QStringLiteral("payoutsRefresh"));
    m_open->setObjectName(QStringLiteral("payoutsOpen"));
    m_summary->setObjectName(QStringLiteral("payoutsSummary"));
    m_table->setObjectName(QStringLiteral("payoutsTable"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeading(tr("Payouts"), 1));
    auto* intro = makeHintLabel(tr("Every payout to your rooftops' bank accounts. Open one to see the payments, "
                                   "refunds and fees it contains."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_rooftop->addItem(tr("All rooftops"), QVariant());
    for (const Rooftop& r : ctx.connections().rooftops()) {
        if (!r.accountId.isEmpty() && (r.payoutsEnabled || r.chargesEnabled))
            m_rooftop->addItem(r.name, r.id);
    }
    m_rooftop->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today.addDays(7)); // payouts on their way arrive in the coming days
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    auto* rooftopLabel = new QLabel(tr("Rooftop:"));
    rooftopLabel->setBuddy(m_rooftop);
    auto* fromLabel = new QLabel(tr("Arriving from:"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to:"));
    toLabel->setBuddy(m_to);
    filters->addWidget(rooftopLabel);
    filters->addWidget(m_rooftop);
    filters->addSpacing(16);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);
    layout->addWidget(m_error);

    m_model->setHorizontalHeaderLabels(
        {tr("Arrival date"), tr("Rooftop"), tr("Status"), tr("Amount"), tr("Created")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArrivalColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RooftopColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_open);
    layout->addLayout(bottom);
    m_open->setEnabled(false);

    connect(m_refresh, &QPushButton::clicked, this, &PayoutsPage::reload);
    connect(m_rooftop, &QComboBox::currentIndexChanged, this, &PayoutsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &PayoutsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &PayoutsPage::reload);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openDetail(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openDetail(rows.first().row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    // The list is what the sync stored: read it again after each sync run that was shown.
    connect(&ctx.jobs(), &jobs::JobRunner::finished, this, [this](const QString& name) {
        if (name == jobs::SyncJob::jobName() && m_shownOnce)
            reload();
    });
}

PayoutsPage::~PayoutsPage() = default;

void PayoutsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        reload();
    }
}

void PayoutsPage::reload()
{
    const QVariant rooftop = m_rooftop->currentData();
    const std::optional<qint64> rooftopId = rooftop.isValid() ? std::optional<qint64>(rooftop.toLongLong())
                                                              : std::nullopt;
    // Arrival dates are days (midnight UTC of the arrival day).
    const qint64 from = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    PayoutService* service = m_service.get();
    const Session session = m_session;
    setBusy(m_refresh, true, tr("Loading…"));
    runAsync<QVariant>(
        this,
        [service, session, from, to, rooftopId]() -> QVariant {
            auto rows = service->list(session, from, to, rooftopId);
            if (!rows)
                return rows.error().message;
            return QVariant::fromValue(rows.value());
        },
        [this](QVariant result) {
            setBusy(m_refresh, false);
            fill(result);
        });
}

void PayoutsPage::fill(const QVariant& result)
{
    if (result.typeId() == QMetaType::QString) {
        showError(m_error, result.toString());
        return;
    }
    showError(m_error, {});
    const Rows rows = result.value<Rows>();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    QMap<QString, qint64> totals;
    for (int i = 0; i < rows.size(); ++i) {
        const store::PayoutListRow& r = rows.at(i);
        const QDate arrival = QDateTime::fromSecsSinceEpoch(r.arrivalDate, QTimeZone::utc()).date();
        const QDateTime created = QDateTime::fromSecsSinceEpoch(r.created).toLocalTime();
        QList<QStandardItem*> items{
            cell(locale.toString(arrival, QLocale::ShortFormat), r.arrivalDate),
            cell(r.rooftopName.isEmpty() ? r.accountId : r.rooftopName, r.rooftopName),
            cell(payoutStatusText(r.status), r.status),
            cell(formatMoney(r.amount, r.currency, locale), r.amount),
            cell(locale.toString(created, QLocale::ShortFormat), r.created)};
        items[AmountColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.status == QLatin1String("failed"))
            items[StatusColumn]->setForeground(QColor(0xb3, 0x26, 0x1e));
        items[ArrivalColumn]->setData(QVariant::fromValue(r), kRowRole);
        m_model->appendRow(items);
        if (r.status != QLatin1String("failed") && r.status != QLatin1String("canceled"))
            totals[r.currency] += r.amount;
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(formatMoney(it.value(), it.key(), locale));
    m_summary->setText(rows.isEmpty()
                           ? tr("No payouts arrive in these days. Payouts appear here once the sync has read them.")
                           : tr("%n payout(s), %1 in all (failed payouts not counted).", nullptr, int(rows.size()))
                                 .arg(sums.join(QStringLiteral(" + "))));
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
    emit loaded(int(rows.size()));
}

void PayoutsPage::openDetail(int row)
{
    const QModelIndex index = m_proxy->index(row, ArrivalColumn);
    if (!index.isValid())
        return;
    const auto payout = index.data(kRowRole).value<store::PayoutListRow>();
    auto* dialog = new PayoutDetailDialog(*m_service, m_session, payout, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    emit detailOpened(dialog);
}

} // namespace dp::ui
