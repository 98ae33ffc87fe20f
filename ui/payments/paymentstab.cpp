#include "paymentstab.h"

#include "common/async.h"
#include "paymentssync.h"
#include "manage/managecommon.h"
#include "paymentstext.h"
#include "paymentsview.h"
#include "receiptview.h"
#include "refunddialog.h"
#include "requestdialog.h"
#include "requestsview.h"
#include "context/appcontext.h"
#include "payments/refundservice.h"
#include "common/uistyle.h"
#include "foundation/money.h"
#include "foundation/phone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dp::ui {

namespace {
// Opens a dialog without blocking (the sync timer and tests keep running) and deletes it when closed.
void openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
}

PaymentsTab::PaymentsTab(AppContext& ctx, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_session(session)
    , m_sync(new PaymentsSync(ctx))
    , m_notice(makeNoticeLabel(QStringLiteral("paymentsNotice")))
    , m_pages(new QStackedWidget)
    , m_requests(new RequestsView(ctx, session))
{
    setObjectName(QStringLiteral("paymentsTab"));
    const TabVisibility tabs = tabsFor(session.role, session.inPaymentTeam);

    auto* request = new QPushButton(tr("Request payment…"));
    request->setObjectName(QStringLiteral("requestPaymentButton"));
    request->setToolTip(tr("Text a secure payment link to a customer."));
    request->setVisible(session.can(Permission::RequestPayment));
    auto* syncNow = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Sync now"));
    syncNow->setObjectName(QStringLiteral("syncNowButton"));
    syncNow->setToolTip(tr("Fetch the latest payments, refunds and request states now. This also happens every "
                           "minute."));

    auto* header = new QHBoxLayout;
    header->addWidget(request);
    header->addWidget(syncNow);
    header->addStretch(1);
    header->addWidget(m_sync); // moves to the main window's status bar once shown there

    m_pages->setObjectName(QStringLiteral("paymentsPages"));
    m_pages->addWidget(m_requests); // the navigation names it "My requests" for Consultants
    if (!tabs.paymentsOwnRequestsOnly && session.can(Permission::ViewAllPayments)) {
        m_payments = new PaymentsView(ctx, session);
        m_payments->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // until shown
        m_pages->addWidget(m_payments);
        connect(m_payments, &PaymentsView::receiptRequested, this, &PaymentsTab::openReceipt);
        connect(m_payments, &PaymentsView::refundRequested, this, &PaymentsTab::openRefund);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_pages, 1);

    connect(request, &QPushButton::clicked, this, &PaymentsTab::openRequestDialog);
    connect(syncNow, &QPushButton::clicked, m_sync.data(), &PaymentsSync::start);
    connect(m_sync.data(), &PaymentsSync::started, this, [syncNow] { syncNow->setEnabled(false); });
    connect(m_sync.data(), &PaymentsSync::finished, this, [syncNow] { syncNow->setEnabled(true); });
    connect(m_sync.data(), &PaymentsSync::finished, this, &PaymentsTab::syncFinished);
    connect(m_requests, &RequestsView::receiptRequested, this, &PaymentsTab::openReceipt);

    QTimer::singleShot(0, m_sync.data(), &PaymentsSync::start);
}

PaymentsTab::~PaymentsTab()
{
    if (m_syncDocked)
        delete m_sync.data(); // it lives in the main window's status bar, which outlives this tab
}

PaymentsSync* PaymentsTab::sync() const
{
    return m_sync.data();
}

void PaymentsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    dockSync();
}

void PaymentsTab::showPage(Page page)
{
    QWidget* widget = page == Page::AllPayments && m_payments ? static_cast<QWidget*>(m_payments) : m_requests;
    if (m_pages->currentWidget() == widget)
        return;
    for (QWidget* page : {static_cast<QWidget*>(m_requests), static_cast<QWidget*>(m_payments)}) {
        if (page) // only the page shown sets the minimum size
            page->setSizePolicy(page == widget ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                page == widget ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->setCurrentWidget(widget);
    emit pageShown(widget == m_requests ? Page::Requests : Page::AllPayments);
}

bool PaymentsTab::canRefundSelected() const
{
    // The table's Refund button is enabled exactly when the selected payment can be refunded.
    const auto* button = m_payments ? m_payments->findChild<QPushButton*>(QStringLiteral("refundButton")) : nullptr;
    return button && button->isVisible() && button->isEnabled() && m_pages->currentWidget() == m_payments;
}

void PaymentsTab::refundSelected()
{
    if (canRefundSelected())
        openRefund(m_payments->selectedCharge());
}

void PaymentsTab::startSync()
{
    if (m_sync && !m_sync->isRunning())
        m_sync->start();
}

void PaymentsTab::dockSync()
{
    if (m_syncDocked || !m_sync)
        return;
    if (auto* main = qobject_cast<QMainWindow*>(window())) {
        main->statusBar()->addPermanentWidget(m_sync);
        m_syncDocked = true;
    }
}

void PaymentsTab::setNotice(const QString& text)
{
    showPlainNotice(m_notice, text);
}

void PaymentsTab::openRequestDialog()
{
    auto* dialog = new RequestDialog(m_ctx, m_session, this);
    connect(dialog, &RequestDialog::sent, this, &PaymentsTab::requestSent);
    connect(dialog, &RequestDialog::requestsChanged, m_requests, &RequestsView::reload);
    openDialog(dialog);
}

void PaymentsTab::requestSent(const PaymentRequest& request)
{
    m_requests->reload();
    m_requests->select(request.id);
    showPage(Page::Requests);
    QStringList to;
    if (!request.mobile.isEmpty())
        to.append(phone::format(request.mobile));
    if (!request.email.isEmpty())
        to.append(request.email);
    m_requests->setNotice(tr("Payment link for %1 sent to %2 (%3). Its state follows here as the customer opens and "
                             "pays it.")
                              .arg(formatMoney(request.amount, request.currency), request.customerName,
                                   to.join(QStringLiteral(", "))));
}

void PaymentsTab::openReceipt(const QString& chargeId)
{
    if (chargeId.isEmpty())
        return;
    if (m_receipt)
        m_receipt->close();
    m_receipt = new ReceiptView(m_ctx, m_session, chargeId, this);
    connect(m_receipt, &ReceiptView::refundRequested, this, &PaymentsTab::openRefund);
    openDialog(m_receipt);
}

void PaymentsTab::openRefund(const QString& chargeId)
{
    if (chargeId.isEmpty() || !m_session.can(Permission::Refund))
        return; // the button is not offered; core refuses anyway
    QWidget* parent = m_receipt && m_receipt->isVisible() ? static_cast<QWidget*>(m_receipt) : this;
    auto* dialog = new RefundDialog(m_ctx, m_session, chargeId, parent);
    connect(dialog, &RefundDialog::refunded, this, [this](const RefundRecord& refund) {
        reloadAll();
        if (m_payments)
            m_payments->selectCharge(refund.chargeId);
        setNotice(tr("Refund of %1 sent: %2.")
                      .arg(formatMoney(refund.amount, refund.currency), refundStatusText(refund.status).toLower()));
    });
    openDialog(dialog);
}

void PaymentsTab::reloadAll()
{
    m_requests->reload();
    if (m_payments)
        m_payments->reload();
    if (m_receipt)
        m_receipt->reload();
}

void PaymentsTab::syncFinished(bool ok, bool changed)
{
    Q_UNUSED(ok)
    m_requests->reload(); // delivery reports change request states without new payments
    if (changed) {
        if (m_payments)
            m_payments->reload();
        if (m_receipt)
            m_receipt->reload();
    }
}

} // namespace dp::ui
