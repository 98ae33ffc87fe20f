#include "requestsview.h"

#include "common/async.h"
#include "common/messagebox.h"
#include "manage/managecommon.h"
#include "paymentstext.h"
#include "requestsmodel.h"
#include "context/appcontext.h"
#include "common/uistyle.h"
#include "common/urlopener.h"
#include "foundation/money.h"
#include "foundation/phone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
bool isOpen(RequestState state)
{
    return state != RequestState::Paid && state != RequestState::Expired && state != RequestState::Canceled;
}
}

RequestsView::RequestsView(AppContext& ctx, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_model(new RequestsModel(ctx.payments(), session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_notice(makeNoticeLabel(QStringLiteral("requestsNotice")))
    , m_error(makeErrorLabel(QStringLiteral("requestsError")))
    , m_resend(makeButton(tr("Resend"), QStringLiteral("resendButton")))
    , m_cancel(makeButton(tr("Cancel request"), QStringLiteral("cancelRequestButton")))
    , m_copy(makeButton(tr("Copy link"), QStringLiteral("copyLinkButton")))
    , m_receipt(makeButton(tr("Receipt…"), QStringLiteral("requestReceiptButton")))
{
    setObjectName(QStringLiteral("requestsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RequestsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    setupPaymentTable(m_table, QStringLiteral("requestsTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(RequestsModel::Created, Qt::DescendingOrder);
    m_table->setColumnHidden(RequestsModel::Consultant, !session.can(Permission::ViewAllPayments));
    const QString money = formatMoney(4'999'999, QStringLiteral("usd"));
    fitColumns(m_table, {{RequestsModel::Created, sampleDateTime()},
                         {RequestsModel::Customer, QStringLiteral("Alexandra Richardson")},
                         {RequestsModel::Mobile, QStringLiteral("(514) 555-0199")},
                         {RequestsModel::RoNumber, QStringLiteral("DEP-1000000")},
                         {RequestsModel::Amount, money},
                         {RequestsModel::Fee, formatMoney(162'530, QStringLiteral("usd"))},
                         {RequestsModel::Kept, QStringLiteral("−") + money},
                         {RequestsModel::State, requestStateText(RequestState::Challenged)},
                         {RequestsModel::Rooftop, QStringLiteral("Main Street Motors West")}});

    m_search->setObjectName(QStringLiteral("requestsSearch"));
    m_search->setPlaceholderText(tr("Search customer, mobile, RO number…"));
    m_search->setClearButtonEnabled(true);
    setMinimumTextWidth(m_search, 44);
    m_count->setObjectName(QStringLiteral("requestsCount"));
    m_resend->setToolTip(tr("Send the same link again by text message or e-mail."));
    m_cancel->setToolTip(tr("Expire the link so that it can no longer be paid."));
    m_copy->setToolTip(tr("Copy the payment link, to paste it in a chat or an e-mail."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_count, 1);
    top->addWidget(m_resend);
    top->addWidget(m_cancel);
    top->addWidget(m_copy);
    top->addWidget(m_receipt);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestsView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestsView::updateActions);
    connect(m_resend, &QPushButton::clicked, this, &RequestsView::resend);
    connect(m_cancel, &QPushButton::clicked, this, &RequestsView::cancelRequest);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const PaymentRequest* r = current()) {
            copyToClipboard(r->url);
            setNotice(tr("Link copied: %1").arg(r->url));
        }
    });
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        if (const PaymentRequest* r = current(); r && !r->chargeId.isEmpty())
            emit receiptRequested(r->chargeId);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const PaymentRequest* r = current(); r && !r->chargeId.isEmpty())
            emit receiptRequested(r->chargeId);
    });
    reload();
}

const PaymentRequest* RequestsView::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->requestAt(m_proxy->mapToSource(rows.first()).row());
}

void RequestsView::reload()
{
    const PaymentRequest* selected = current();
    const qint64 selectedId = selected ? selected->id : 0;
    auto listed = m_ctx.requests().list(m_session);
    showError(m_error, listed.ok() ? QString() : listed.error().message);
    m_model->setRequests(listed.ok() ? listed.value() : QList<PaymentRequest>());
    const int total = m_model->rowCount();
    m_count->setText(total == 0   ? tr("No payment requests yet")
                     : total == 1 ? tr("1 request")
                                  : tr("%1 requests").arg(QLocale().toString(total)));
    if (selectedId)
        select(selectedId);
    updateActions();
}

void RequestsView::select(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void RequestsView::setNotice(const QString& text)
{
    showPlainNotice(m_notice, text);
}

void RequestsView::updateActions()
{
    const PaymentRequest* r = current();
    const bool open = r && isOpen(r->state);
    m_resend->setEnabled(open && !r->url.isEmpty());
    m_cancel->setEnabled(open);
    m_copy->setEnabled(r && !r->url.isEmpty() && open);
    m_receipt->setEnabled(r && r->state == RequestState::Paid && !r->chargeId.isEmpty());
}

void RequestsView::resend()
{
    const PaymentRequest* r = current();
    if (!r)
        return;
    const qint64 id = r->id;
    const QString to = r->mobile.isEmpty() ? r->email : phone::format(r->mobile);
    setBusy(m_resend, true, tr("Sending…"));
    PaymentRequestService& requests = m_ctx.requests();
    const Session who = m_session;
    runAsync<Result<PaymentRequest>>(this, [&requests, who, id] { return requests.resend(who, id); },
                                     [this, to](Result<PaymentRequest> result) {
                                         setBusy(m_resend, false);
                                         finishAction(result, tr("The payment link was sent again to %1.").arg(to));
                                     });
}

void RequestsView::cancelRequest()
{
    const PaymentRequest* r = current();
    if (!r)
        return;
    const QString question = tr("Cancel the request of %1 to %2 for RO %3? The link stops working at once.")
                                 .arg(formatMoney(r->amount, r->currency), r->customerName, r->roNumber);
    if (MessageBox::question(this, tr("Cancel payment request"), question) != QMessageBox::Yes)
        return;
    const qint64 id = r->id;
    setBusy(m_cancel, true, tr("Canceling…"));
    PaymentRequestService& requests = m_ctx.requests();
    const Session who = m_session;
    runAsync<Result<PaymentRequest>>(this, [&requests, who, id] { return requests.cancel(who, id); },
                                     [this](Result<PaymentRequest> result) {
                                         setBusy(m_cancel, false);
                                         finishAction(result, tr("The request was canceled; its link no longer "
                                                                 "works."));
                                     });
}

void RequestsView::finishAction(const Result<PaymentRequest>& result, const QString& doneText)
{
    reload();
    if (!result.ok()) {
        showPlainNotice(m_notice, {});
        showError(m_error, result.error().message);
        return;
    }
    showError(m_error, {});
    setNotice(doneText);
}

} // namespace dp::ui
