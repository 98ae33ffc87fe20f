#include "payoutdetaildialog.h"

#include "common/async.h"
#include "common/uistyle.h"
#include "foundation/money.h"
#include "payments/payoutservice.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dp::ui {

namespace {

QString arrivalText(qint64 t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date(), QLocale::LongFormat);
}

} // namespace

PayoutDetailDialog::PayoutDetailDialog(PayoutService& service, const Session& session,
                                       const store::PayoutListRow& payout, QWidget* parent)
    : QDialog(parent)
    , m_payout(payout)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_status(makeHintLabel(tr("Reading the payout's contents…")))
    , m_lines(new QTableWidget(0, 4))
    , m_totals(new QLabel)
    , m_total(new QLabel)
    , m_check(new QLabel)
{
    setObjectName(QStringLiteral("payoutDetailDialog"));
    setWindowTitle(tr("Payout of %1").arg(formatMoney(payout.amount, payout.currency)));
    m_lines->setObjectName(QStringLiteral("payoutDetailLines"));
    m_totals->setObjectName(QStringLiteral("payoutDetailTotals"));
    m_total->setObjectName(QStringLiteral("payoutDetailTotal"));
    m_check->setObjectName(QStringLiteral("payoutDetailCheck"));
    m_status->setObjectName(QStringLiteral("payoutDetailStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(makeHeading(payout.rooftopName.isEmpty() ? payout.accountId : payout.rooftopName, 2));
    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->addRow(tr("Amount:"), new QLabel(formatMoney(payout.amount, payout.currency)));
    facts->addRow(tr("Status:"), new QLabel(payoutStatusText(payout.status)));
    facts->addRow(tr("Arrival date:"), new QLabel(arrivalText(payout.arrivalDate)));
    auto* id = makeHintLabel(payout.id);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->addRow(tr("Payout id:"), id);
    layout->addLayout(facts);
    layout->addWidget(m_status);

    m_lines->setHorizontalHeaderLabels({tr("Date"), tr("Type"), tr("Description"), tr("Amount")});
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
    layout->addWidget(m_check);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumTextWidth(this, 110);
    resize(sizeHint().width(), qMax(sizeHint().height(), 560));

    const QString account = payout.accountId;
    const QString payoutId = payout.id;
    auto cancel = m_cancel;
    PayoutService* svc = &service;
    runAsync<std::shared_ptr<Result<PayoutDetail>>>(
        this,
        [svc, session, account, payoutId, cancel] {
            return std::make_shared<Result<PayoutDetail>>(svc->detail(session, account, payoutId, cancel.get()));
        },
        [this](std::shared_ptr<Result<PayoutDetail>> result) {
            if (!*result) {
                m_status->setText(result->error().message);
                emit loaded(false);
                return;
            }
            showDetail(result->value());
            emit loaded(true);
        });
}

PayoutDetailDialog::~PayoutDetailDialog()
{
    m_cancel->store(true); // a read still running stops at its next page
}

void PayoutDetailDialog::showDetail(const PayoutDetail& detail)
{
    const QLocale locale;
    m_lines->setRowCount(int(detail.lines.size()));
    for (int i = 0; i < detail.lines.size(); ++i) {
        const PayoutLine& line = detail.lines.at(i);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(line.created).toLocalTime();
        QString description = line.description;
        if (line.kind == PayoutLine::Kind::Fee)
            description = tr("Processing fee of %1").arg(line.description.isEmpty() ? line.source : line.description);
        const QStringList cells{locale.toString(when, QLocale::ShortFormat), payoutLineKindText(line.kind),
                                description, formatMoney(line.amount, line.currency, locale)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 2)
                item->setToolTip(line.source);
            m_lines->setItem(i, c, item);
        }
    }
    const QString currency = detail.payout.currency;
    m_status->setText(tr("%n line(s): each payment, refund, fee and adjustment this payout contains.", nullptr,
                         int(detail.lines.size())));
    QStringList parts{tr("%n payment(s): %1", nullptr, detail.paymentCount).arg(formatMoney(detail.payments, currency, locale)),
                      tr("Refunds: %1").arg(formatMoney(detail.refunds, currency, locale)),
                      tr("Fees: %1").arg(formatMoney(detail.fees, currency, locale))};
    if (detail.adjustments != 0)
        parts.append(tr("Adjustments: %1").arg(formatMoney(detail.adjustments, currency, locale)));
    if (detail.other != 0)
        parts.append(tr("Other: %1").arg(formatMoney(detail.other, currency, locale)));
    m_totals->setText(parts.join(QStringLiteral("   ·   ")));
    m_total->setText(tr("Total: %1").arg(formatMoney(detail.total, currency, locale)));
    if (detail.balanced()) {
        setBadge(m_check, tr("Equals the payout amount of %1").arg(formatMoney(detail.payout.amount, currency, locale)),
                 Tone::Success);
    } else {
        setBadge(m_check,
                 tr("Differs from the payout amount of %1 by %2")
                     .arg(formatMoney(detail.payout.amount, currency, locale),
                          formatMoney(detail.total - detail.payout.amount, currency, locale)),
                 Tone::Danger);
    }
}

} // namespace dp::ui
