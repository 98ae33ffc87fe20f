#pragma once

#include "api/objects.h"
#include "onboarding/connectionservice.h"
#include "uistyle.h"

#include <QList>
#include <QPair>
#include <QString>

// How the UI words and colours values that come from core (presentation only, translated).
namespace dp::ui {

Tone statusTone(ConnectionStatus status);
QString countryName(const QString& code);                 // "US" -> "United States"
QList<QPair<QString, QString>> countryChoices();          // (code, name) of every country DealerPay can offer
QList<QPair<QString, QString>> canadianProvinces();       // (code, name)
QList<QPair<QString, QString>> weekdays();                // ("monday", localized name), Monday first
QString weekdayName(const QString& key);
QString payoutScheduleText(const api::PayoutSchedule& schedule); // "Weekly on Friday, 2-day delay"

} // namespace dp::ui
