#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace dp::ui {

namespace {
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
};

const char* const kWeekdayKeys[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
}

Tone statusTone(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected:
        return Tone::Neutral;
    case ConnectionStatus::OnboardingIncomplete:
        return Tone::Warning;
    case ConnectionStatus::Connected:
        return Tone::Success;
    case ConnectionStatus::Restricted:
        return Tone::Danger;
    }
    return Tone::Neutral;
}

QList<QPair<QString, QString>> countryChoices()
{
    return {{QStringLiteral("US"), DisplayText::tr("United States")},
            {QStringLiteral("CA"), DisplayText::tr("Canada")}};
}

QString countryName(const QString& code)
{
    for (const auto& [key, name] : countryChoices()) {
        if (key == code)
            return name;
    }
    return code;
}

QList<QPair<QString, QString>> canadianProvinces()
{
    return {
        {QStringLiteral("AB"), DisplayText::tr("Alberta")},
        {QStringLiteral("BC"), DisplayText::tr("British Columbia")},
        {QStringLiteral("MB"), DisplayText::tr("Manitoba")},
        {QStringLiteral("NB"), DisplayText::tr("New Brunswick")},
        {QStringLiteral("NL"), DisplayText::tr("Newfoundland and Labrador")},
        {QStringLiteral("NS"), DisplayText::tr("Nova Scotia")},
        {QStringLiteral("NT"), DisplayText::tr("Northwest Territories")},
        {QStringLiteral("NU"), DisplayText::tr("Nunavut")},
        {QStringLiteral("ON"), DisplayText::tr("Ontario")},
        {QStringLiteral("PE"), DisplayText::tr("Prince Edward Island")},
        {QStringLiteral("QC"), DisplayText::tr("Québec")},
        {QStringLiteral("SK"), DisplayText::tr("Saskatchewan")},
        {QStringLiteral("YT"), DisplayText::tr("Yukon")},
    };
}

QList<QPair<QString, QString>> weekdays()
{
    QList<QPair<QString, QString>> days;
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        QString name = locale.standaloneDayName(i + 1, QLocale::LongFormat);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        days.append({QString::fromLatin1(kWeekdayKeys[i]), name});
    }
    return days;
}

QString weekdayName(const QString& key)
{
    for (const auto& [day, name] : weekdays()) {
        if (day == key)
            return name;
    }
    return key;
}

QString payoutScheduleText(const api::PayoutSchedule& schedule)
{
    const QString delay = DisplayText::tr("%n-day delay", nullptr, schedule.delayDays);
    if (schedule.interval == QLatin1String("daily"))
        return DisplayText::tr("Daily, %1").arg(delay);
    if (schedule.interval == QLatin1String("weekly"))
        return DisplayText::tr("Weekly on %1, %2").arg(weekdayName(schedule.weeklyAnchor), delay);
    if (schedule.interval == QLatin1String("monthly"))
        return DisplayText::tr("Monthly on day %1, %2").arg(schedule.monthlyAnchor).arg(delay);
    if (schedule.interval == QLatin1String("manual"))
        return DisplayText::tr("Manual — payouts are sent only when requested");
    return schedule.interval;
}

} // namespace dp::ui
