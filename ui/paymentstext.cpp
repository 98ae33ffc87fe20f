#include "paymentstext.h"

#include "services/appcontext.h"
#include "services/connectionservice.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

namespace dp::ui {

namespace {
QString t(const char* text)
{
    return QCoreApplication::translate("PaymentsText", text);
}
}

QString paymentStateText(const QString& state)
{
    if (state == QLatin1String("succeeded"))
        return t("Paid");
    if (state == QLatin1String("partially_refunded"))
        return t("Partially refunded");
    if (state == QLatin1String("refunded"))
        return t("Refunded");
    if (state == QLatin1String("failed"))
        return t("Failed");
    return t("Pending");
}

Tone paymentStateTone(const QString& state)
{
    if (state == QLatin1String("succeeded"))
        return Tone::Success;
    if (state == QLatin1String("partially_refunded"))
        return Tone::Warning;
    if (state == QLatin1String("failed"))
        return Tone::Danger;
    return Tone::Neutral;
}

QList<QPair<QString, QString>> paymentStateChoices()
{
    QList<QPair<QString, QString>> out;
    for (const char* key : {"succeeded", "partially_refunded", "refunded", "failed", "pending"})
        out.append({QLatin1String(key), paymentStateText(QLatin1String(key))});
    return out;
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
    const QString name = names.value(brand.toLower(), brand.isEmpty() ? t("Card") : brand);
    return last4.isEmpty() ? name : t("%1 •••• %2").arg(name, last4);
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

QLabel* makeNoticeLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("background: #e8f1fb; color: #0d3c61; padding: 6px 8px; border-radius: 4px;"));
    label->hide();
    return label;
}

void showNotice(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace dp::ui
