#pragma once

#include "payments/paymentrequests.h"
#include "payments/paymentstate.h"
#include "common/uistyle.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class QColor;
class QLabel;
class QTableView;

namespace dp {
class AppContext;
}

// How the Payments tab words, colours and lays out what core stores (presentation only, translated).
namespace dp::ui {

// Payment states: their text is core's paymentStateText() (payments/paymentstate.h); the UI adds the colour.
Tone paymentStateTone(PaymentState state);
Tone requestStateTone(RequestState state);
// The text colour of a tone, for table cells.
QColor toneColor(Tone tone);

// A moment (UTC seconds) in the user's local time zone, short date and time; empty for 0.
QString localDateTime(qint64 utcSecs);
QString localDate(qint64 utcSecs);
// "Visa •••• 4242"; empty when the brand is unknown.
QString cardText(const QString& brand, const QString& last4);

// account id -> rooftop name of every rooftop of the organization (never show an acct_ id where a name belongs).
QHash<QString, QString> rooftopNames(AppContext& ctx);

// The look of the tab's tables: whole rows selected one at a time, sortable headers, no row numbers.
void setupPaymentTable(QTableView* table, const QString& objectName);
// Column widths that fit a typical value (and the header) in the table's font: no fixed pixels, no truncation.
void fitColumns(QTableView* table, const QList<QPair<int, QString>>& samples);
// A date and time as wide as the widest one the table shows, for fitColumns().
QString sampleDateTime();
// A plain-text information line (blue, hidden while empty) in managecommon.h's notice label.
void showPlainNotice(QLabel* notice, const QString& text);

} // namespace dp::ui
