#include "onboardingform.h"

#include "foundation/validators.h"
#include "htmlpage.h"
#include "server/jsonutil.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace dp::sandbox::onboarding {

namespace {

using Options = QList<QPair<QString, QString>>; // value, label

const Options kMccs{{QStringLiteral("5511"), QStringLiteral("5511 - Car and truck dealers (new and used)")},
                    {QStringLiteral("5521"), QStringLiteral("5521 - Car and truck dealers (used only)")},
                    {QStringLiteral("5531"), QStringLiteral("5531 - Auto and home supply stores")},
                    {QStringLiteral("5533"), QStringLiteral("5533 - Automotive parts and accessories stores")},
                    {QStringLiteral("5561"), QStringLiteral("5561 - Camper, recreational and utility trailer dealers")},
                    {QStringLiteral("5571"), QStringLiteral("5571 - Motorcycle shops and dealers")},
                    {QStringLiteral("5599"), QStringLiteral("5599 - Miscellaneous automotive dealers")},
                    {QStringLiteral("7531"), QStringLiteral("7531 - Automotive body repair shops")},
                    {QStringLiteral("7538"), QStringLiteral("7538 - Automotive service shops")},
                    {QStringLiteral("7542"), QStringLiteral("7542 - Car washes")}};
const Options kBusinessTypes{{QStringLiteral("company"), QStringLiteral("Company")},
                             {QStringLiteral("individual"), QStringLiteral("Individual / sole proprietorship")},
                             {QStringLiteral("non_profit"), QStringLiteral("Non-profit organization")}};
const Options kStructures{{QStringLiteral("private_corporation"), QStringLiteral("Private corporation")},
                          {QStringLiteral("public_corporation"), QStringLiteral("Public corporation")},
                          {QStringLiteral("multi_member_llc"), QStringLiteral("Multi-member LLC")},
                          {QStringLiteral("single_member_llc"), QStringLiteral("Single-member LLC")},
                          {QStringLiteral("private_partnership"), QStringLiteral("Partnership")},
                          {QStringLiteral("sole_proprietorship"), QStringLiteral("Sole proprietorship")}};
constexpr int kOwnerRows = 3;

struct View
{
    const QVariantMap& values;
    const FieldErrors& errors;
    QString value(const QString& name) const { return values.value(name).toString(); }
};

QString fieldShell(const View& v, const QString& name, const QString& label, const QString& control,
                   const QString& hint)
{
    const QString error = v.errors.value(name);
    QString out =
        QStringLiteral("<div class=\"field%1\"><label for=\"%2\">%3</label>%4")
            .arg(error.isEmpty() ? QString() : QStringLiteral(" invalid"), name, html::escape(label), control);
    if (!error.isEmpty())
        out += QStringLiteral("<div class=\"error\" id=\"%1-error\">%2</div>").arg(name, html::escape(error));
    else if (!hint.isEmpty())
        out += QStringLiteral("<div class=\"hint\">%1</div>").arg(html::escape(hint));
    return out + QStringLiteral("</div>");
}

QString input(const View& v, const QString& name, const QString& label, const QString& type = QStringLiteral("text"),
              const QString& hint = {}, const QString& attributes = {})
{
    const QString control = QStringLiteral("<input id=\"%1\" name=\"%1\" type=\"%2\" value=\"%3\" %4>")
                                .arg(name, type, html::escape(v.value(name)), attributes);
    return fieldShell(v, name, label, control, hint);
}

QString select(const View& v, const QString& name, const QString& label, const Options& options)
{
    QString control = QStringLiteral("<select id=\"%1\" name=\"%1\"><option value=\"\">Choose...</option>").arg(name);
    for (const auto& [value, text] : options) {
        control +=
            QStringLiteral("<option value=\"%1\"%2>%3</option>")
                .arg(value, v.value(name) == value ? QStringLiteral(" selected") : QString(), html::escape(text));
    }
    return fieldShell(v, name, label, control + QStringLiteral("</select>"), {});
}

QString section(const QString& title, const QString& content)
{
    return QStringLiteral("<div class=\"card\"><h2>%1</h2>%2</div>").arg(html::escape(title), content);
}

QString row(const QStringList& fields)
{
    return QStringLiteral("<div class=\"row\">") + fields.join(QString()) + QStringLiteral("</div>");
}

bool isCanada(const QJsonObject& account)
{
    return account.value(QLatin1String("country")).toString() == QLatin1String("CA");
}

// "(202) 555-0100" -> "+12025550100" for North American numbers; anything else is checked as typed.
QString normalizePhone(const QString& text)
{
    const QString digits =
        validate::digitsOnly(text).remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('.'));
    if (digits.startsWith(QLatin1Char('+')))
        return digits;
    if (digits.size() == 10)
        return QStringLiteral("+1") + digits;
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return QLatin1Char('+') + digits;
    return digits;
}

// What the platform already sent when it created the account is not asked again (the requirements follow what
// the account has: see accounts::refreshRequirements).
bool hasTaxId(const QJsonObject& account)
{
    return jsonAt(account, QStringLiteral("company.tax_id_provided")).toBool();
}

bool hasBankAccount(const QJsonObject& account)
{
    return !jsonAt(account, QStringLiteral("external_accounts.data")).toArray().isEmpty();
}

} // namespace

QVariantMap prefill(const QJsonObject& account)
{
    QVariantMap v;
    v.insert(QStringLiteral("business_type"),
             account.value(QLatin1String("business_type")).toString(QStringLiteral("company")));
    v.insert(QStringLiteral("legal_name"), jsonAt(account, QStringLiteral("company.name")).toString());
    if (v.value(QStringLiteral("legal_name")).toString().isEmpty())
        v.insert(QStringLiteral("legal_name"), jsonAt(account, QStringLiteral("business_profile.name")).toString());
    v.insert(QStringLiteral("structure"), jsonAt(account, QStringLiteral("company.structure")).toString());
    v.insert(QStringLiteral("phone"), jsonAt(account, QStringLiteral("company.phone")).toString());
    for (const char* key : {"line1", "line2", "city", "state", "postal_code"})
        v.insert(QLatin1String(key),
                 jsonAt(account, QStringLiteral("company.address.") + QLatin1String(key)).toString());
    v.insert(QStringLiteral("mcc"), jsonAt(account, QStringLiteral("business_profile.mcc")).toString());
    v.insert(QStringLiteral("product_description"),
             jsonAt(account, QStringLiteral("business_profile.product_description")).toString());
    v.insert(QStringLiteral("url"), jsonAt(account, QStringLiteral("business_profile.url")).toString());
    v.insert(QStringLiteral("rep_email"), account.value(QLatin1String("email")).toString());
    return v;
}

QString renderForm(const QJsonObject& account, const QVariantMap& values, const FieldErrors& errors,
                   const QString& action)
{
    const View v{values, errors};
    const bool ca = isCanada(account);
    QString body =
        QStringLiteral("<div class=\"card\"><h1>Set up payments for %1</h1><p class=\"lead\">DealerPay partners "
                       "with the payments platform to pay you out. Tell us about your business; it takes "
                       "about five minutes.</p></div>")
            .arg(html::escape(accounts::displayName(account)));
    if (!errors.isEmpty()) {
        body += QStringLiteral(
                    "<div class=\"banner\" role=\"alert\">Please correct the %1 highlighted field(s) below.</div>")
                    .arg(errors.size());
    }
    body += QStringLiteral("<form method=\"post\" action=\"%1\" novalidate>").arg(html::escape(action));
    body += section(QStringLiteral("Business"),
                    row({select(v, QStringLiteral("business_type"), QStringLiteral("Business type"), kBusinessTypes),
                         select(v, QStringLiteral("structure"), QStringLiteral("Ownership structure"), kStructures)}) +
                        row({input(v, QStringLiteral("legal_name"), QStringLiteral("Legal business name")),
                             input(v, QStringLiteral("phone"), QStringLiteral("Business phone"), QStringLiteral("tel"),
                                   QStringLiteral("For example (202) 555-0100"))}) +
                        (hasTaxId(account)
                             ? QStringLiteral("<p class=\"muted\" id=\"tax_id_provided\">%1: provided.</p>")
                                   .arg(ca ? QStringLiteral("Business Number") : QStringLiteral("EIN"))
                             : input(v, QStringLiteral("tax_id"),
                                     ca ? QStringLiteral("Business Number (BN) or Quebec enterprise number (NEQ)")
                                        : QStringLiteral("Employer Identification Number (EIN)"),
                                     QStringLiteral("text"),
                                     ca ? QStringLiteral("9-digit BN, or 10-digit NEQ for Quebec businesses")
                                        : QStringLiteral("9 digits, for example 12-3456789"))));
    body += section(QStringLiteral("Billing address"),
                    input(v, QStringLiteral("line1"), QStringLiteral("Street address")) +
                        input(v, QStringLiteral("line2"), QStringLiteral("Suite, unit (optional)")) +
                        row({input(v, QStringLiteral("city"), QStringLiteral("City")),
                             input(v, QStringLiteral("state"),
                                   ca ? QStringLiteral("Province") : QStringLiteral("State"), QStringLiteral("text"),
                                   ca ? QStringLiteral("For example ON") : QStringLiteral("For example IL")),
                             input(v, QStringLiteral("postal_code"),
                                   ca ? QStringLiteral("Postal code") : QStringLiteral("ZIP code"))}));
    body += section(
        QStringLiteral("Industry"),
        select(v, QStringLiteral("mcc"), QStringLiteral("Industry"), kMccs) +
            fieldShell(v, QStringLiteral("product_description"), QStringLiteral("What do you sell?"),
                       QStringLiteral(
                           "<textarea id=\"product_description\" name=\"product_description\" rows=\"3\">%1</textarea>")
                           .arg(html::escape(v.value(QStringLiteral("product_description")))),
                       QStringLiteral("For example: new and used vehicles, service and parts")) +
            input(v, QStringLiteral("url"), QStringLiteral("Website (optional)"), QStringLiteral("url")));
    body += section(
        QStringLiteral("Representative"),
        QStringLiteral("<p class=\"muted\">The person who manages the business and may sign for it.</p>") +
            row({input(v, QStringLiteral("rep_first_name"), QStringLiteral("First name")),
                 input(v, QStringLiteral("rep_last_name"), QStringLiteral("Last name")),
                 input(v, QStringLiteral("rep_title"), QStringLiteral("Job title"))}) +
            row({input(v, QStringLiteral("rep_dob"), QStringLiteral("Date of birth"), QStringLiteral("date"),
                       QStringLiteral("YYYY-MM-DD")),
                 input(v, QStringLiteral("rep_email"), QStringLiteral("E-mail"), QStringLiteral("email")),
                 input(v, QStringLiteral("rep_phone"), QStringLiteral("Mobile phone"), QStringLiteral("tel"))}));
    QString owners = QStringLiteral("<p class=\"muted\">Everyone who owns 25% or more of the business.</p>");
    for (int i = 1; i <= kOwnerRows; ++i) {
        const QString n = QString::number(i);
        owners += row({input(v, QStringLiteral("owner%1_first").arg(n), QStringLiteral("Owner %1 first name").arg(n)),
                       input(v, QStringLiteral("owner%1_last").arg(n), QStringLiteral("Last name")),
                       input(v, QStringLiteral("owner%1_percent").arg(n), QStringLiteral("Ownership %"),
                             QStringLiteral("number"), {}, QStringLiteral("min=\"1\" max=\"100\""))});
    }
    body += section(QStringLiteral("Owners"), owners);
    QString bank = input(v, QStringLiteral("bank_holder"), QStringLiteral("Account holder name"));
    if (ca) {
        bank += row({input(v, QStringLiteral("transit_number"), QStringLiteral("Transit number"),
                           QStringLiteral("text"), QStringLiteral("5 digits")),
                     input(v, QStringLiteral("institution_number"), QStringLiteral("Institution number"),
                           QStringLiteral("text"), QStringLiteral("3 digits"))});
    } else {
        bank += input(v, QStringLiteral("routing_number"), QStringLiteral("Routing number"), QStringLiteral("text"),
                      QStringLiteral("9 digits, the ACH routing number (test: 110000000)"));
    }
    bank += row({input(v, QStringLiteral("account_number"), QStringLiteral("Account number"), QStringLiteral("text"),
                       QStringLiteral("Test: 000123456789")),
                 input(v, QStringLiteral("account_number_confirm"), QStringLiteral("Confirm account number"))});
    if (hasBankAccount(account)) {
        const QJsonObject sent = jsonAt(account, QStringLiteral("external_accounts.data")).toArray().first().toObject();
        bank = QStringLiteral("<p class=\"muted\" id=\"bank_provided\">Payouts go to %1 &bull;&bull;&bull;&bull; %2.</p>")
                   .arg(html::escape(sent.value(QLatin1String("bank_name")).toString()),
                        html::escape(sent.value(QLatin1String("last4")).toString()));
    }
    body += section(QStringLiteral("Bank account for payouts"), bank);
    const QString tosError = errors.value(QStringLiteral("tos"));
    body += section(
        QStringLiteral("Terms"),
        QStringLiteral("<div class=\"check%1\"><input type=\"checkbox\" id=\"tos\" name=\"tos\" value=\"accepted\"%2>"
                       "<label for=\"tos\">I agree to the Connected Account Agreement and certify that the "
                       "information above is accurate.</label></div>%3")
            .arg(tosError.isEmpty() ? QString() : QStringLiteral(" invalid"),
                 v.value(QStringLiteral("tos")) == QLatin1String("accepted") ? QStringLiteral(" checked") : QString(),
                 tosError.isEmpty() ? QString()
                                    : QStringLiteral("<div class=\"error\">%1</div>").arg(html::escape(tosError))));
    body += QStringLiteral("<p><button type=\"submit\">Agree and submit</button></p></form>");
    return html::page(QStringLiteral("Set up payments"), body);
}

FieldErrors validate(const QJsonObject& account, const QVariantMap& form, qint64 now, OnboardingData* data)
{
    FieldErrors errors;
    const bool ca = isCanada(account);
    const QString country = ca ? QStringLiteral("CA") : QStringLiteral("US");
    auto value = [&](const char* name) { return form.value(QLatin1String(name)).toString().trimmed(); };
    auto check = [&](const char* name, const validate::Check& result) {
        if (!result.ok && !errors.contains(QLatin1String(name)))
            errors.insert(QLatin1String(name), result.message);
    };
    auto required = [&](const char* name, const QString& label) {
        check(name, validate::requiredText(value(name), label));
    };
    auto oneOf = [&](const char* name, const Options& options, const QString& message) {
        for (const auto& option : options) {
            if (option.first == value(name))
                return;
        }
        errors.insert(QLatin1String(name), message);
    };

    OnboardingData& d = *data;
    oneOf("business_type", kBusinessTypes, QStringLiteral("Choose the type of business."));
    d.businessType = value("business_type");
    const bool individual = d.businessType == QLatin1String("individual");
    if (!individual) {
        oneOf("structure", kStructures, QStringLiteral("Choose how the business is owned."));
        required("legal_name", QStringLiteral("Legal business name"));
    }
    d.structure = value("structure");
    d.legalName =
        individual ? value("rep_first_name") + QLatin1Char(' ') + value("rep_last_name") : value("legal_name");
    d.phone = normalizePhone(value("phone"));
    check("phone", validate::phoneE164(d.phone));
    if (!hasTaxId(account)) {
        check("tax_id", validate::taxId(value("tax_id"), country));
        d.taxId = validate::digitsOnly(value("tax_id"));
    }
    required("line1", QStringLiteral("Street address"));
    required("city", QStringLiteral("City"));
    const QRegularExpression stateRe(QStringLiteral("^[A-Za-z]{2}$"));
    if (!stateRe.match(value("state")).hasMatch())
        errors.insert(QStringLiteral("state"), ca ? QStringLiteral("Enter the 2-letter province code.")
                                                  : QStringLiteral("Enter the 2-letter state code."));
    const QRegularExpression postalRe(ca ? QStringLiteral("^[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d$")
                                         : QStringLiteral("^\\d{5}(-\\d{4})?$"));
    if (!postalRe.match(value("postal_code")).hasMatch())
        errors.insert(QStringLiteral("postal_code"), ca ? QStringLiteral("Enter a postal code such as K1A 0B1.")
                                                        : QStringLiteral("Enter a 5-digit ZIP code."));
    d.line1 = value("line1");
    d.line2 = value("line2");
    d.city = value("city");
    d.state = value("state").toUpper();
    d.postalCode = value("postal_code").toUpper();
    oneOf("mcc", kMccs, QStringLiteral("Choose your industry."));
    d.mcc = value("mcc");
    required("product_description", QStringLiteral("Product description"));
    d.productDescription = value("product_description");
    d.url = value("url");

    required("rep_first_name", QStringLiteral("First name"));
    required("rep_last_name", QStringLiteral("Last name"));
    required("rep_title", QStringLiteral("Job title"));
    check("rep_email", validate::email(value("rep_email")));
    d.repPhone = normalizePhone(value("rep_phone"));
    check("rep_phone", validate::phoneE164(d.repPhone));
    const QDate dob = QDate::fromString(value("rep_dob"), Qt::ISODate);
    const QDate today = QDateTime::fromSecsSinceEpoch(now).date();
    if (!dob.isValid())
        errors.insert(QStringLiteral("rep_dob"), QStringLiteral("Enter the date of birth as YYYY-MM-DD."));
    else if (dob.addYears(18) > today || dob.year() < 1900)
        errors.insert(QStringLiteral("rep_dob"), QStringLiteral("The representative must be at least 18 years old."));
    d.repFirstName = value("rep_first_name");
    d.repLastName = value("rep_last_name");
    d.repTitle = value("rep_title");
    d.repEmail = value("rep_email");
    d.dobDay = dob.day();
    d.dobMonth = dob.month();
    d.dobYear = dob.year();

    int totalPercent = 0;
    for (int i = 1; i <= kOwnerRows; ++i) {
        const QByteArray first = QStringLiteral("owner%1_first").arg(i).toLatin1();
        const QByteArray last = QStringLiteral("owner%1_last").arg(i).toLatin1();
        const QByteArray percentName = QStringLiteral("owner%1_percent").arg(i).toLatin1();
        if (value(first.constData()).isEmpty() && value(last.constData()).isEmpty() &&
            value(percentName.constData()).isEmpty())
            continue;
        required(first.constData(), QStringLiteral("First name"));
        required(last.constData(), QStringLiteral("Last name"));
        bool ok = false;
        const int percent = value(percentName.constData()).toInt(&ok);
        if (!ok || percent < 1 || percent > 100)
            errors.insert(QString::fromLatin1(percentName), QStringLiteral("Enter a percentage from 1 to 100."));
        totalPercent += ok ? percent : 0;
        d.owners.append({value(first.constData()), value(last.constData()), percent});
    }
    if (totalPercent > 100)
        errors.insert(QStringLiteral("owner1_percent"), QStringLiteral("Ownership adds up to more than 100%."));

    d.bankHolder = value("bank_holder").isEmpty() ? d.legalName : value("bank_holder");
    if (hasBankAccount(account)) {
        // sent by the platform at creation: kept (d.accountNumber stays empty)
    } else if (ca) {
        const QString transit = validate::digitsOnly(value("transit_number"));
        const QString institution = validate::digitsOnly(value("institution_number"));
        check("transit_number", validate::caTransitNumber(transit));
        check("institution_number", validate::caInstitutionNumber(institution));
        d.routingNumber = transit + QLatin1Char('-') + institution;
    } else {
        check("routing_number", validate::abaRoutingNumber(value("routing_number")));
        d.routingNumber = validate::digitsOnly(value("routing_number"));
    }
    if (!hasBankAccount(account)) {
        d.accountNumber = validate::digitsOnly(value("account_number"));
        check("account_number", validate::bankAccountNumber(value("account_number"), country));
        if (value("account_number_confirm") != value("account_number"))
            errors.insert(QStringLiteral("account_number_confirm"), QStringLiteral("The account numbers do not match."));
    }
    if (value("tos") != QLatin1String("accepted"))
        errors.insert(QStringLiteral("tos"), QStringLiteral("You must accept the agreement to continue."));
    return errors;
}

QString renderDone(const QJsonObject& account, const QString& returnUrl)
{
    const QString body = QStringLiteral("<div class=\"card\"><h1>You're all set &mdash; return to DealerPay</h1>"
                                        "<p class=\"lead\">%1 can now accept payments. Payouts go to the bank account "
                                        "you entered.</p><p><a class=\"button\" id=\"return\" href=\"%2\">Return to "
                                        "DealerPay</a></p></div>")
                             .arg(html::escape(accounts::displayName(account)), html::escape(returnUrl));
    return html::page(
        QStringLiteral("You're all set"), body,
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"5;url=%1\">").arg(html::escape(returnUrl)));
}

} // namespace dp::sandbox::onboarding
