#include "reconciliationpage.h"

#include "reconciliationmodel.h"
#include "reconciliationrows.h"

#include "common/async.h"
#include "common/uistyle.h"
#include "context/appcontext.h"
#include "foundation/money.h"
#include "onboarding/connectionservice.h"
#include "payments/paymentstext.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

namespace dp::ui {

using namespace reconrows;

ReconciliationPage::ReconciliationPage(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
{
    setObjectName(QStringLiteral("reconciliationPage"));
    buildLayout();
    updateButtons();
}

QTableView* ReconciliationPage::makeTable(ReconTableModel* model, QSortFilterProxyModel* proxy,
                                          const QString& objectName, bool multiSelect)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto* table = new QTableView;
    setupPaymentTable(table, objectName);
    table->setModel(proxy);
    table->sortByColumn(0, Qt::AscendingOrder);
    if (multiSelect)
        table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReconciliationPage::updateButtons);
    return table;
}

void ReconciliationPage::buildLayout()
{
    // The day: date, rooftop, and what can be done with it.
    m_date = new QDateEdit(QDate::currentDate().addDays(-1));
    m_date->setObjectName(QStringLiteral("businessDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_rooftop = new QComboBox;
    m_rooftop->setObjectName(QStringLiteral("rooftopBox"));
    m_rooftop->addItem(tr("All rooftops"), qint64(0));
    for (const Rooftop& r : m_ctx.connections().rooftops()) {
        if (!r.accountId.isEmpty())
            m_rooftop->addItem(r.name, r.id);
    }
    m_importDms = new QPushButton(tr("Import DMS file…"));
    m_importDms->setObjectName(QStringLiteral("importDmsButton"));
    m_importBank = new QPushButton(tr("Import bank statement…"));
    m_importBank->setObjectName(QStringLiteral("importBankButton"));
    m_export = new QPushButton(tr("Export journal…"));
    m_export->setObjectName(QStringLiteral("exportJournalButton"));
    m_close = new QPushButton(tr("Close day"));
    m_close->setObjectName(QStringLiteral("closeDayButton"));
    m_reopen = new QPushButton(tr("Reopen day…"));
    m_reopen->setObjectName(QStringLiteral("reopenDayButton"));
    connect(m_date, &QDateEdit::dateChanged, this, &ReconciliationPage::reload);
    connect(m_rooftop, &QComboBox::currentIndexChanged, this, &ReconciliationPage::reload);
    connect(m_importDms, &QPushButton::clicked, this, &ReconciliationPage::chooseDmsFile);
    connect(m_importBank, &QPushButton::clicked, this, &ReconciliationPage::chooseBankFile);
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::chooseJournalFile);
    connect(m_close, &QPushButton::clicked, this, &ReconciliationPage::closeDay);
    connect(m_reopen, &QPushButton::clicked, this, &ReconciliationPage::openReopenDialog);

    auto* dayRow = new QHBoxLayout;
    dayRow->addWidget(new QLabel(tr("Business day:")));
    dayRow->addWidget(m_date);
    dayRow->addSpacing(8);
    dayRow->addWidget(new QLabel(tr("Rooftop:")));
    dayRow->addWidget(m_rooftop);
    dayRow->addSpacing(8);
    dayRow->addWidget(m_importDms);
    dayRow->addWidget(m_importBank);
    dayRow->addStretch(1);
    dayRow->addWidget(m_export);
    dayRow->addWidget(m_close);
    dayRow->addWidget(m_reopen);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("dayStateLabel"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("daySummaryLabel"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reconProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reconMessage"));
    m_message->setWordWrap(true);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_summary, 1);
    stateRow->addWidget(m_progress);

    // Not matched: the DMS lines on the left, the card payments and refunds on the right.
    m_dmsModel = new ReconTableModel(dmsHeaders(), {DmsAmount}, this);
    m_dmsProxy = new QSortFilterProxyModel(this);
    m_dmsTable = makeTable(m_dmsModel, m_dmsProxy, QStringLiteral("unmatchedDmsTable"), false);
    m_paymentsModel = new ReconTableModel(paymentHeaders(), {PayAmount}, this);
    m_paymentsProxy = new QSortFilterProxyModel(this);
    m_paymentsTable = makeTable(m_paymentsModel, m_paymentsProxy, QStringLiteral("unmatchedPaymentsTable"), true);
    m_dmsTotal = new QLabel;
    m_dmsTotal->setObjectName(QStringLiteral("unmatchedDmsTotal"));
    m_paymentsTotal = new QLabel;
    m_paymentsTotal->setObjectName(QStringLiteral("unmatchedPaymentsTotal"));
    auto side = [](const QString& title, QTableView* table, QLabel* total) {
        auto* box = new QGroupBox(title);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(table, 1);
        layout->addWidget(total);
        return box;
    };
    m_match = new QPushButton(tr("Match…"));
    m_match->setObjectName(QStringLiteral("matchButton"));
    m_match->setToolTip(tr("Match the selected DMS line with the selected card payments, with a note."));
    connect(m_match, &QPushButton::clicked, this, &ReconciliationPage::openMatchDialog);
    auto* unmatchedRow = new QSplitter(Qt::Horizontal);
    unmatchedRow->setChildrenCollapsible(false);
    unmatchedRow->addWidget(side(tr("DMS lines not matched"), m_dmsTable, m_dmsTotal));
    unmatchedRow->addWidget(side(tr("Card payments and refunds not matched"), m_paymentsTable, m_paymentsTotal));
    auto* unmatched = new QWidget;
    auto* unmatchedLayout = new QVBoxLayout(unmatched);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    unmatchedLayout->addWidget(unmatchedRow, 1);
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(makeHintLabel(tr("Lines in amber are on both sides with different amounts.")), 1);
    matchRow->addWidget(m_match);
    unmatchedLayout->addLayout(matchRow);

    // Matched, and the payouts with their bank deposits.
    m_matchedModel = new ReconTableModel(matchHeaders(), {MatchDms, MatchPayments}, this);
    m_matchedProxy = new QSortFilterProxyModel(this);
    m_matchedTable = makeTable(m_matchedModel, m_matchedProxy, QStringLiteral("matchedTable"), false);
    m_matchedTotal = new QLabel;
    m_matchedTotal->setObjectName(QStringLiteral("matchedTotal"));
    m_unmatch = new QPushButton(tr("Unmatch…"));
    m_unmatch->setObjectName(QStringLiteral("unmatchButton"));
    connect(m_unmatch, &QPushButton::clicked, this, &ReconciliationPage::openUnmatchDialog);
    auto* matchedPage = new QWidget;
    auto* matchedLayout = new QVBoxLayout(matchedPage);
    matchedLayout->setContentsMargins(6, 6, 6, 6);
    matchedLayout->addWidget(m_matchedTable, 1);
    auto* matchedFooter = new QHBoxLayout;
    matchedFooter->addWidget(m_matchedTotal, 1);
    matchedFooter->addWidget(m_unmatch);
    matchedLayout->addLayout(matchedFooter);
    m_payoutsModel = new ReconTableModel(payoutHeaders(), {PayoutAmount, PayoutDepositAmount}, this);
    m_payoutsProxy = new QSortFilterProxyModel(this);
    m_payoutsTable = makeTable(m_payoutsModel, m_payoutsProxy, QStringLiteral("payoutsTable"), false);
    m_payoutsTotal = new QLabel;
    m_payoutsTotal->setObjectName(QStringLiteral("payoutsTotal"));
    auto* payoutsPage = new QWidget;
    auto* payoutsLayout = new QVBoxLayout(payoutsPage);
    payoutsLayout->setContentsMargins(6, 6, 6, 6);
    payoutsLayout->addWidget(m_payoutsTable, 1);
    payoutsLayout->addWidget(m_payoutsTotal);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reconTabs"));
    m_tabs->addTab(matchedPage, tr("Matched"));
    m_tabs->addTab(payoutsPage, tr("Payouts and bank deposits"));

    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(unmatched);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    layout->addWidget(makeHeading(tr("Reconciliation"), 2));
    layout->addLayout(dayRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    const QString money = formatMoney(-1234567, QStringLiteral("usd"));
    const QString time = localTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch());
    const QString date = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    fitColumns(m_dmsTable, {{DmsTime, time}, {DmsRo, QStringLiteral("DEP-5200000")}, {DmsCustomer, QStringLiteral("Elizabeth Rodriguez")},
                            {DmsAmount, money}});
    fitColumns(m_paymentsTable, {{PayTime, time}, {PayRo, QStringLiteral("DEP-5200000")},
                                 {PayCustomer, QStringLiteral("Elizabeth Rodriguez")}, {PayAmount, money}});
    fitColumns(m_matchedTable, {{MatchHow, longestRuleText()},
                                {MatchRo, QStringLiteral("DEP-5200000")}, {MatchCustomer, QStringLiteral("Elizabeth Rodriguez")},
                                {MatchDms, money}, {MatchPayments, matchedPaymentsText(-1234567, QStringLiteral("usd"), 2)}});
    fitColumns(m_payoutsTable, {{PayoutRooftop, QStringLiteral("Northside Auto Group")}, {PayoutArrival, date},
                                {PayoutAmount, money}, {PayoutDeposit, date}, {PayoutDepositAmount, money}});
}

void ReconciliationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_busy)
        reload();
}

QDate ReconciliationPage::businessDate() const
{
    return m_date->date();
}

qint64 ReconciliationPage::rooftopId() const
{
    return m_rooftop->currentData().toLongLong();
}

void ReconciliationPage::setBusinessDate(const QDate& date)
{
    if (date.isValid())
        m_date->setDate(date); // reloads when it changes
}

void ReconciliationPage::setRooftop(qint64 rooftopId)
{
    const int index = m_rooftop->findData(rooftopId);
    if (index >= 0)
        m_rooftop->setCurrentIndex(index);
}

QString ReconciliationPage::suggestedFolder() const
{
    const QString demo =
        QFileInfo(m_ctx.config().settingsPath).dir().filePath(QStringLiteral("demo-files"));
    if (m_ctx.config().sandbox && QFileInfo(demo).isDir())
        return demo;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

recon::DayKey ReconciliationPage::dayKey() const
{
    return {m_date->date(), rooftopId(), QString::fromUtf8(QTimeZone::systemTimeZoneId())};
}

void ReconciliationPage::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setToolTip(text);
    if (busy)
        showMessage(text);
    m_date->setEnabled(!busy);
    m_rooftop->setEnabled(!busy);
    updateButtons();
    emit busyChanged(busy);
}

void ReconciliationPage::showMessage(const QString& text)
{
    showPlainNotice(m_message, text);
    emit messageShown(text);
}

void ReconciliationPage::reload()
{
    if (m_busy)
        return;
    setBusy(true, tr("Matching the day…"));
    recon::ReconciliationService* service = &m_ctx.reconciliation();
    const Session who = m_session;
    const recon::DayKey key = dayKey();
    runAsync<Result<recon::DayReport>>(
        this, [service, who, key] { return service->reconcile(who, key); },
        [this](Result<recon::DayReport> result) {
            setBusy(false);
            showMessage(std::exchange(m_pendingMessage, QString()));
            if (!result) {
                showMessage(result.error().message);
                return;
            }
            showDay(result.value());
        });
}

void ReconciliationPage::showDay(const recon::DayReport& report)
{
    m_report = report;
    m_loaded = true;
    const QString currency = report.totals.currency;
    m_dmsModel->setRows(unmatchedDms(report));
    m_paymentsModel->setRows(unmatchedPayments(report));
    m_matchedModel->setRows(matched(report));
    m_payoutsModel->setRows(payouts(report, rooftopNames(m_ctx)));
    m_dmsTotal->setText(totalText(m_dmsModel->rows(), currency));
    m_paymentsTotal->setText(totalText(m_paymentsModel->rows(), currency));
    m_matchedTotal->setText(totalText(m_matchedModel->rows(), currency));
    int missing = 0;
    for (const ReconRow& row : m_payoutsModel->rows())
        missing += row.tone ? 1 : 0;
    m_payoutsTotal->setText(missing == 0 ? tr("Every payout has its bank deposit.")
                                         : tr("%n payout(s) or deposit(s) not matched.", nullptr, missing));
    m_tabs->setTabText(0, tr("Matched (%1)").arg(m_matchedModel->rowCount()));
    m_tabs->setTabText(1, tr("Payouts and bank deposits (%1)").arg(m_payoutsModel->rowCount()));

    const recon::DayState& state = report.state;
    if (state.closed)
        setBadge(m_state, tr("Closed by %1 on %2").arg(state.closedByName, localDateTime(state.closedAt)), Tone::Neutral);
    else if (!state.reopenedByName.isEmpty())
        setBadge(m_state, tr("Reopened by %1: %2").arg(state.reopenedByName, state.reopenReason), Tone::Warning);
    else
        setBadge(m_state, tr("Open"), Tone::Success);
    const recon::DayTotals& t = report.totals;
    m_summary->setText(
        tr("DMS %1 · card payments %2 · refunds %3 · fees %4 · differences %5")
            .arg(formatMoney(t.dmsTotal, currency), formatMoney(t.paymentsTotal, currency),
                 formatMoney(-t.refundsTotal, currency), formatMoney(t.fees, currency),
                 formatMoney(t.differencesTotal, currency)));
    for (QTableView* table : {m_dmsTable, m_paymentsTable, m_matchedTable, m_payoutsTable})
        table->clearSelection();
    updateButtons();
    emit dayShown();
}

void ReconciliationPage::updateButtons()
{
    const bool open = m_loaded && !m_report.state.closed;
    const bool idle = !m_busy;
    const bool reconcile = m_session.can(Permission::Reconcile);
    m_importDms->setEnabled(idle && reconcile && (!m_loaded || open));
    m_importBank->setEnabled(idle && reconcile && (!m_loaded || open));
    m_export->setEnabled(idle && m_loaded);
    m_close->setVisible(reconcile && (!m_loaded || open));
    m_close->setEnabled(idle && open);
    m_reopen->setVisible(m_session.can(Permission::ReopenDay) && m_loaded && m_report.state.closed);
    m_reopen->setEnabled(idle);
    const int dmsSelected = int(m_dmsTable->selectionModel()->selectedRows().size());
    const int paymentsSelected = int(m_paymentsTable->selectionModel()->selectedRows().size());
    m_match->setEnabled(idle && open && reconcile && dmsSelected == 1 && paymentsSelected >= 1);
    m_unmatch->setEnabled(idle && open && reconcile && m_matchedTable->selectionModel()->hasSelection());
}

} // namespace dp::ui
