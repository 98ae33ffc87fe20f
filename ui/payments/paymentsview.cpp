#include "paymentsview.h"

#include "paymentsmodel.h"
#include "paymentstext.h"
#include "context/appcontext.h"
#include "common/uistyle.h"
#include "foundation/money.h"
#include "payments/paymentqueries.h"
#include "payments/refundeligibility.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace dp::ui {

namespace {
enum class Range
{
    Any, Today, Last7, Last30, ThisMonth, LastMonth, Custom
};

QComboBox* makeCombo(const QString& objectName, const QString& allText)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(allText, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Replaces the choices after the first ("All …"), keeping the selected value when it still exists.
void setChoices(QComboBox* combo, const QList<QPair<QString, QString>>& choices)
{
    const QSignalBlocker blocker(combo);
    const QString selected = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto& [value, text] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

qint64 startOf(const QDate& day)
{
    return day.startOfDay().toSecsSinceEpoch(); // local midnight
}
}

PaymentsView::PaymentsView(AppContext& ctx, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_model(new PaymentsModel(ctx.payments(), session, this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_state(makeCombo(QStringLiteral("stateFilter"), tr("All states")))
    , m_dates(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_team(makeCombo(QStringLiteral("teamFilter"), tr("All teams")))
    , m_consultant(makeCombo(QStringLiteral("consultantFilter"), tr("All consultants")))
    , m_rooftop(makeCombo(QStringLiteral("rooftopFilter"), tr("All rooftops")))
    , m_count(new QLabel)
    , m_error(makeErrorLabel(QStringLiteral("paymentsError")))
    , m_receipt(new QPushButton(tr("Receipt…")))
    , m_refund(new QPushButton(tr("Refund…")))
{
    setObjectName(QStringLiteral("paymentsView"));
    setupPaymentTable(m_table, QStringLiteral("paymentsTable"));
    m_model->setRooftopNames(rooftopNames(ctx));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // a million rows of one height
    m_table->installEventFilter(this);
    const QString money = formatMoney(4'999'999, QStringLiteral("usd"));
    fitColumns(m_table, {{PaymentsModel::Date, sampleDateTime()},
                         {PaymentsModel::Customer, QStringLiteral("Alexandra Richardson")},
                         {PaymentsModel::RoNumber, QStringLiteral("DEP-1000000")},
                         {PaymentsModel::Amount, money},
                         {PaymentsModel::Fee, formatMoney(162'530, QStringLiteral("usd"))},
                         {PaymentsModel::Refunded, money},
                         {PaymentsModel::Kept, QStringLiteral("−") + money},
                         {PaymentsModel::State, paymentStateText(PaymentState::PartiallyRefunded)},
                         {PaymentsModel::Consultant, QStringLiteral("Chloe Tremblay-Lambert")},
                         {PaymentsModel::Team, QStringLiteral("Service cashiers")},
                         {PaymentsModel::Rooftop, QStringLiteral("Main Street Motors West")},
                         {PaymentsModel::Payout, QStringLiteral("po_1OaBcDeFgHiJkLmNoPqRsTuV")}});

    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_count->setObjectName(QStringLiteral("paymentsCount"));
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    buildFilters(grid);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &PaymentsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_state, m_team, m_consultant, m_rooftop})
        connect(combo, &QComboBox::currentIndexChanged, this, &PaymentsView::applyFilter);
    connect(m_dates, &QComboBox::currentIndexChanged, this, &PaymentsView::dateRangeChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PaymentsView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentsView::applyFilter);
    connect(m_model, &PaymentsModel::totalChanged, this, &PaymentsView::showCount);
    connect(m_model, &PaymentsModel::failed, this, [this](const QString& message) { showError(m_error, message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsView::updateActions);
    connect(m_model, &PaymentsModel::loaded, this, [this] { // a reload keeps the selected payment selected
        if (!m_reselect.isEmpty())
            selectCharge(std::exchange(m_reselect, QString()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (!selectedCharge().isEmpty())
            emit receiptRequested(selectedCharge());
    });
    connect(m_receipt, &QPushButton::clicked, this, [this] { emit receiptRequested(selectedCharge()); });
    connect(m_refund, &QPushButton::clicked, this, [this] { emit refundRequested(selectedCharge()); });

    fillChoices();
    m_model->setFilter(currentFilter());
    m_table->horizontalHeader()->setSortIndicator(PaymentsModel::Date, Qt::DescendingOrder); // the store's order
    updateActions();
}

void PaymentsView::buildFilters(QGridLayout* grid)
{
    m_search->setObjectName(QStringLiteral("paymentsSearch"));
    m_search->setPlaceholderText(tr("Search customer, RO number, consultant, e-mail, description…"));
    m_search->setClearButtonEnabled(true);
    setMinimumTextWidth(m_search, 40);
    for (PaymentState state : allPaymentStates())
        m_state->addItem(paymentStateText(state), int(state));

    m_dates->setObjectName(QStringLiteral("dateFilter"));
    const std::pair<Range, QString> ranges[] = {
        {Range::Any, tr("Any date")},          {Range::Today, tr("Today")},
        {Range::Last7, tr("Last 7 days")},     {Range::Last30, tr("Last 30 days")},
        {Range::ThisMonth, tr("This month")},  {Range::LastMonth, tr("Last month")},
        {Range::Custom, tr("Between…")},
    };
    for (const auto& [range, text] : ranges)
        m_dates->addItem(text, int(range));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(edit == m_from ? today.addDays(-30) : today);
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    auto* dateRow = new QHBoxLayout;
    dateRow->setSpacing(6);
    dateRow->addWidget(m_dates);
    dateRow->addWidget(m_from);
    dateRow->addWidget(m_to);
    dateRow->addStretch(1);

    auto* clear = new QPushButton(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, this, &PaymentsView::clearFilters);
    m_refund->setVisible(m_session.can(Permission::Refund));
    m_refund->setToolTip(tr("Refund all or part of the selected payment."));

    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    first->addSpacing(8);
    first->addWidget(new QLabel(tr("State:")));
    first->addWidget(m_state);
    first->addSpacing(8);
    first->addWidget(new QLabel(tr("Date:")));
    first->addLayout(dateRow, 2);
    auto* second = new QHBoxLayout;
    for (const auto& [label, combo] : {std::pair{tr("Team:"), m_team}, std::pair{tr("Consultant:"), m_consultant},
                                       std::pair{tr("Rooftop:"), m_rooftop}}) {
        second->addWidget(new QLabel(label));
        second->addWidget(combo);
        second->addSpacing(8);
    }
    second->addWidget(clear);
    second->addStretch(1);
    second->addWidget(m_count);
    second->addSpacing(12);
    second->addWidget(m_receipt);
    second->addWidget(m_refund);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
}

void PaymentsView::fillChoices()
{
    auto plain = [](const QStringList& values) {
        QList<QPair<QString, QString>> out;
        for (const QString& v : values)
            out.append({v, v});
        return out;
    };
    PaymentQueries& payments = m_ctx.payments();
    const auto values = [&](const QString& column) { // within the session's scope: no other team's names
        auto listed = payments.distinctValues(m_session, column);
        if (!listed)
            showError(m_error, listed.error().message);
        return listed ? listed.value() : QStringList();
    };
    setChoices(m_team, plain(values(QStringLiteral("team"))));
    setChoices(m_consultant, plain(values(QStringLiteral("consultant"))));
    const QHash<QString, QString> names = rooftopNames(m_ctx);
    QList<QPair<QString, QString>> rooftops; // every rooftop with an account, and any account payments name
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        rooftops.append({it.key(), it.value()});
    for (const QString& account : values(QStringLiteral("account_id"))) {
        if (!names.contains(account))
            rooftops.append({account, tr("Unknown rooftop")});
    }
    std::sort(rooftops.begin(), rooftops.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    setChoices(m_rooftop, rooftops);
    m_model->setRooftopNames(names);
}

store::PaymentFilter PaymentsView::currentFilter() const
{
    store::PaymentFilter f = m_model->filter(); // keeps the sort order
    f.search = m_search->text().trimmed();
    const QVariant state = m_state->currentData();
    f.states.clear();
    if (m_state->currentIndex() > 0)
        f.states.append(PaymentState(state.toInt()));
    f.team = m_team->currentData().toString();
    f.consultant = m_consultant->currentData().toString();
    f.accountId = m_rooftop->currentData().toString();
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    QDate from, to; // [from, to) in local days
    switch (Range(m_dates->currentData().toInt())) {
    case Range::Any: break;
    case Range::Today: from = today, to = today.addDays(1); break;
    case Range::Last7: from = today.addDays(-6), to = today.addDays(1); break;
    case Range::Last30: from = today.addDays(-29), to = today.addDays(1); break;
    case Range::ThisMonth: from = month, to = month.addMonths(1); break;
    case Range::LastMonth: from = month.addMonths(-1), to = month; break;
    case Range::Custom: from = qMin(m_from->date(), m_to->date()), to = qMax(m_from->date(), m_to->date()).addDays(1); break;
    }
    f.from = from.isValid() ? startOf(from) : 0;
    f.to = to.isValid() ? startOf(to) : 0;
    return f;
}

void PaymentsView::applyFilter()
{
    m_searchTimer.stop();
    showError(m_error, {});
    m_model->setFilter(currentFilter());
}

void PaymentsView::dateRangeChanged()
{
    const bool custom = Range(m_dates->currentData().toInt()) == Range::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    applyFilter();
}

void PaymentsView::clearFilters()
{
    {
        const QSignalBlocker b1(m_search), b2(m_state), b3(m_dates), b4(m_team), b5(m_consultant), b6(m_rooftop);
        m_search->clear();
        for (QComboBox* combo : {m_state, m_dates, m_team, m_consultant, m_rooftop})
            combo->setCurrentIndex(0);
    }
    m_from->hide();
    m_to->hide();
    applyFilter();
}

bool PaymentsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_End && key->modifiers().testFlag(Qt::ControlModifier))
            m_model->showAllRows(); // the table then moves to the last row; only the rows shown are read
    }
    return QWidget::eventFilter(watched, event);
}

void PaymentsView::reload()
{
    m_reselect = selectedCharge(); // selected again when the rows arrive
    fillChoices();
    m_model->refresh();
}

const store::PaymentRow* PaymentsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

QString PaymentsView::selectedCharge() const
{
    const store::PaymentRow* row = selectedRow();
    return row ? row->id : QString();
}

void PaymentsView::selectCharge(const QString& chargeId)
{
    const int row = m_model->rowOf(chargeId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void PaymentsView::updateActions()
{
    const store::PaymentRow* row = selectedRow();
    m_receipt->setEnabled(row && isSettled(row->state));
    // Core decides (payments/refundeligibility.h); it checks again, with the role re-read, before anything is sent.
    const RefundEligibility refund = row ? canRefund(m_session, *row) : RefundEligibility{};
    m_refund->setEnabled(row && refund.allowed());
    m_refund->setToolTip(row && !refund.allowed() ? refund.reason : tr("Refund all or part of the selected payment."));
}

void PaymentsView::showCount(qint64 total)
{
    m_count->setText(total == 1 ? tr("1 payment") : tr("%1 payments").arg(QLocale().toString(total)));
}

} // namespace dp::ui
