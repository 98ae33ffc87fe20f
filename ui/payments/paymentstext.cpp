#include "paymentstext.h"

#include "manage/managecommon.h"
#include "context/appcontext.h"
#include "onboarding/connectionservice.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace dp::ui {

Tone paymentStateTone(PaymentState state)
{
    switch (state) {
    case PaymentState::Succeeded: return Tone::Success;
    case PaymentState::PartiallyRefunded: return Tone::Warning;
    case PaymentState::Failed: return Tone::Danger;
    case PaymentState::Refunded:
    case PaymentState::Pending: break;
    }
    return Tone::Neutral;
}

Tone requestStateTone(RequestState state)
{
    switch (state) {
    case RequestState::Paid: return Tone::Success;
    case RequestState::Challenged: return Tone::Warning;
    case RequestState::Failed: return Tone::Danger;
    default: return Tone::Neutral;
    }
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Success: return QColor(0x1b, 0x5e, 0x20);
    case Tone::Warning: return QColor(0x8a, 0x5a, 0x00);
    case Tone::Danger: return QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral: break;
    }
    return QColor(0x42, 0x42, 0x42);
}

QString localDateTime(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime(), QLocale::ShortFormat);
}

QString localDate(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().date(), QLocale::ShortFormat);
}

QString cardText(const QString& brand, const QString& last4)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("visa"), QStringLiteral("Visa")},
        {QStringLiteral("mastercard"), QStringLiteral("Mastercard")},
        {QStringLiteral("amex"), QStringLiteral("American Express")},
        {QStringLiteral("discover"), QStringLiteral("Discover")},
        {QStringLiteral("diners"), QStringLiteral("Diners Club")},
        {QStringLiteral("jcb"), QStringLiteral("JCB")},
        {QStringLiteral("unionpay"), QStringLiteral("UnionPay")},
    };
    if (brand.isEmpty() && last4.isEmpty())
        return {};
    const QString name = names.value(brand.toLower(), brand.isEmpty() ? QCoreApplication::translate("PaymentsText", "Card") : brand);
    return last4.isEmpty() ? name : QCoreApplication::translate("PaymentsText", "%1 •••• %2").arg(name, last4);
}

QHash<QString, QString> rooftopNames(AppContext& ctx)
{
    QHash<QString, QString> names;
    for (const Rooftop& r : ctx.connections().rooftops()) {
        if (!r.accountId.isEmpty())
            names.insert(r.accountId, r.name);
    }
    return names;
}

void setupPaymentTable(QTableView* table, const QString& objectName)
{
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
}

void fitColumns(QTableView* table, const QList<QPair<int, QString>>& samples)
{
    const QFontMetrics cell = table->fontMetrics();
    const QFontMetrics header = table->horizontalHeader()->fontMetrics();
    const int sortIndicator = table->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 12;
    for (const auto& [column, sample] : samples) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(cell.horizontalAdvance(sample) + 16, header.horizontalAdvance(title) + sortIndicator);
        table->setColumnWidth(column, width);
    }
}

QString sampleDateTime()
{
    return localDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)).toSecsSinceEpoch());
}

void showPlainNotice(QLabel* notice, const QString& text)
{
    showNotice(notice, text.toHtmlEscaped(), Tone::Neutral);
}

} // namespace dp::ui
