// ConnectionService: the words shown for statuses, requirements, descriptors and the accounting request.
#include "connectionservice.h"

#include <QCoreApplication>

namespace dp {
QString connectionStatusText(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected: return QCoreApplication::translate("ConnectionService", "Not connected");
    case ConnectionStatus::OnboardingIncomplete: return QCoreApplication::translate("ConnectionService", "Onboarding incomplete");
    case ConnectionStatus::Connected: return QCoreApplication::translate("ConnectionService", "Connected");
    case ConnectionStatus::Restricted: return QCoreApplication::translate("ConnectionService", "Restricted");
    }
    return {};
}

ConnectionStatus ConnectionService::statusOf(const api::Account& account)
{
    if (account.id.isEmpty())
        return ConnectionStatus::NotConnected;
    if (account.chargesEnabled && account.payoutsEnabled)
        return ConnectionStatus::Connected;
    const QString reason = account.requirements.disabledReason;
    if (reason.startsWith(QLatin1String("rejected")) || reason == QLatin1String("platform_paused") ||
        reason == QLatin1String("under_review") || reason == QLatin1String("listed") ||
        (account.detailsSubmitted && account.requirements.currentlyDue.isEmpty() &&
         account.requirements.pastDue.isEmpty()))
        return ConnectionStatus::Restricted;
    if (account.detailsSubmitted && !account.requirements.pastDue.isEmpty())
        return ConnectionStatus::Restricted;
    return ConnectionStatus::OnboardingIncomplete;
}

QString ConnectionService::describeRequirement(const QString& r)
{
    struct Entry { const char* prefix; const char* text; };
    static const Entry entries[] = {
        {"external_account", QT_TRANSLATE_NOOP("ConnectionService", "Bank account for payouts")},
        {"company.tax_id", QT_TRANSLATE_NOOP("ConnectionService", "Business tax ID (EIN, BN or NEQ)")},
        {"company.address", QT_TRANSLATE_NOOP("ConnectionService", "Billing address")},
        {"company.owners", QT_TRANSLATE_NOOP("ConnectionService", "Ownership structure")},
        {"company.directors", QT_TRANSLATE_NOOP("ConnectionService", "Ownership structure")},
        {"company.executives", QT_TRANSLATE_NOOP("ConnectionService", "Ownership structure")},
        {"owners", QT_TRANSLATE_NOOP("ConnectionService", "Ownership structure")},
        {"company.name", QT_TRANSLATE_NOOP("ConnectionService", "Legal business name")},
        {"company.phone", QT_TRANSLATE_NOOP("ConnectionService", "Business phone number")},
        {"business_profile.mcc", QT_TRANSLATE_NOOP("ConnectionService", "Industry")},
        {"business_profile.product_description", QT_TRANSLATE_NOOP("ConnectionService", "Product description")},
        {"business_profile.url", QT_TRANSLATE_NOOP("ConnectionService", "Business website")},
        {"business_type", QT_TRANSLATE_NOOP("ConnectionService", "Business type")},
        {"representative", QT_TRANSLATE_NOOP("ConnectionService", "Representative's personal details")},
        {"individual", QT_TRANSLATE_NOOP("ConnectionService", "Representative's personal details")},
        {"tos_acceptance", QT_TRANSLATE_NOOP("ConnectionService", "Acceptance of the terms of service")},
    };
    for (const Entry& e : entries) {
        if (r.startsWith(QLatin1String(e.prefix)))
            return QCoreApplication::translate("ConnectionService", e.text);
    }
    QString words = r;
    words.replace(QLatin1Char('.'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return words.isEmpty() ? words : words.left(1).toUpper() + words.mid(1);
}

QString ConnectionService::descriptorPreview(const QString& descriptor)
{
    // Card statements show the descriptor upper-case, Latin characters only, at most 22 characters.
    QString out;
    for (const QChar c : descriptor.trimmed().toUpper()) {
        if (c.unicode() < 128 && c.isPrint())
            out.append(c);
    }
    return out.left(22);
}

QString ConnectionService::accountingRequestSubject()
{
    return QCoreApplication::translate("ConnectionService", "Setting up customer payments by text message");
}

QString ConnectionService::accountingRequestBody(const QString& orgName, const QString& adminName)
{
    return QCoreApplication::translate("ConnectionService", "Hello,\n\n"
             "We would like to enable payments in DealerPay for %1 so that customers can pay us by text message. "
             "To set it up I need your help with the bank account information and with the workflow in our dealer "
             "management system that our consultants will follow.\n\n"
             "I will need the following to connect our payments account:\n"
             "- Billing address on record\n"
             "- Details of the business ownership structure\n"
             "- Business tax ID: EIN (United States), BN (Canada) or NEQ (Québec)\n"
             "- Industry and a general description of our products\n"
             "- Personal details of the person who submits the connection\n"
             "- Bank account to receive payouts:\n"
             "    United States: routing number and account number\n"
             "    Canada: transit number, institution number and account number\n\n"
             "I will invite the accounting staff to DealerPay so that you can reconcile customer payments every day "
             "with our dealer management system.\n\n"
             "Thank you for your help,\n"
             "%2")
        .arg(orgName, adminName);
}

} // namespace dp
