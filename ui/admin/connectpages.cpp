#include "connectpages.h"

#include "common/displaytext.h"
#include "common/formerrors.h"
#include "common/uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dp::ui {

ChecklistPage::ChecklistPage(const QString& orgName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("checklistPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* intro = new QLabel(tr("DealerPay creates a payments account for this rooftop with Stripe, our payments "
                                "partner. Stripe's secure page will ask for the following — gather it with your "
                                "accounting department before you start:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QStringList items = {
        tr("The billing address of the business"),
        tr("The ownership structure (who owns 25% or more of the business)"),
        tr("The tax id: EIN in the United States, BN in Canada, NEQ in Québec"),
        tr("The industry and a short description of what you sell"),
        tr("Your personal details as the representative (name, date of birth, home address)"),
        tr("The bank account that receives payouts — United States: routing and account number; Canada: transit, "
           "institution and account number"),
    };
    auto* listBox = new QGroupBox(tr("You will need"));
    auto* list = new QVBoxLayout(listBox);
    const QPixmap tick = style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(16, 16);
    for (const QString& item : items) {
        auto* row = new QHBoxLayout;
        auto* icon = new QLabel;
        icon->setPixmap(tick);
        auto* text = new QLabel(item);
        text->setWordWrap(true);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        list->addLayout(row);
    }
    layout->addWidget(listBox);

    auto* signer = new QLabel(tr("Only a person authorized to sign on behalf of %1 may connect payments.")
                                  .arg(orgName));
    signer->setWordWrap(true);
    layout->addWidget(signer);

    auto* askRow = new QHBoxLayout;
    askRow->addWidget(makeHintLabel(tr("Missing something? Send your accounting department a ready-made request.")),
                      1);
    auto* ask = new QPushButton(tr("Ask accounting for details…"));
    ask->setObjectName(QStringLiteral("checklistAskAccountingButton"));
    connect(ask, &QPushButton::clicked, this, &ChecklistPage::askAccounting);
    askRow->addWidget(ask);
    layout->addLayout(askRow);
    layout->addStretch(1);
}

BusinessDetailsPage::BusinessDetailsPage(const QStringList& allowedCountries, const QString& orgName,
                                         const QString& rooftopName, FormErrors& errors, QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_form(new QFormLayout)
    , m_bankForm(new QFormLayout)
{
    setObjectName(QStringLiteral("businessDetailsPage"));
    auto* businessBox = new QGroupBox(tr("Business"));
    businessBox->setLayout(m_form);
    m_country = addCombo(m_form, tr("Country:"), QStringLiteral("country"), {QStringLiteral("country")});
    for (const QString& code : allowedCountries)
        m_country->addItem(countryName(code), code);
    m_province = addCombo(m_form, tr("Province:"), QStringLiteral("province"),
                          {QStringLiteral("province"), QStringLiteral("state")});
    for (const auto& [code, name] : canadianProvinces())
        m_province->addItem(name, code);
    m_province->setCurrentIndex(m_province->findData(QStringLiteral("ON")));
    m_businessType = addCombo(m_form, tr("Business type:"), QStringLiteral("businessType"),
                              {QStringLiteral("business_type")});
    m_businessType->addItem(tr("Company (corporation, LLC, partnership)"), QStringLiteral("company"));
    m_businessType->addItem(tr("Sole proprietorship"), QStringLiteral("individual"));
    m_businessType->addItem(tr("Non-profit organization"), QStringLiteral("non_profit"));
    // The rooftop's own name (what customers see on the payment page and their statement), apart from the
    // organization's legal name.
    m_rooftopName = addEdit(m_form, tr("Rooftop name customers see:"), QStringLiteral("rooftopName"),
                            {QStringLiteral("rooftop_name")});
    m_rooftopName->setText(rooftopName);
    m_legalName = addEdit(m_form, tr("Legal business name:"), QStringLiteral("legalName"),
                          {QStringLiteral("legal_name"), QStringLiteral("name"), QStringLiteral("business_name")});
    m_legalName->setText(orgName);
    m_email = addEdit(m_form, tr("Business e-mail:"), QStringLiteral("email"), {QStringLiteral("email")});
    m_taxId = addEdit(m_form, tr("Tax id:"), QStringLiteral("taxId"), {QStringLiteral("tax_id")});
    m_mcc = addCombo(m_form, tr("Industry:"), QStringLiteral("mcc"), {QStringLiteral("mcc"),
                                                                       QStringLiteral("industry")});
    m_mcc->addItem(tr("Car and truck dealers — new and used (5511)"), QStringLiteral("5511"));
    m_mcc->addItem(tr("Used car dealers (5521)"), QStringLiteral("5521"));
    m_product = addEdit(m_form, tr("What you sell:"), QStringLiteral("productDescription"),
                        {QStringLiteral("product_description")});
    m_product->setPlaceholderText(tr("e.g. New and used vehicles, service and parts"));

    auto* bankBox = new QGroupBox(tr("Bank account for payouts (optional)"));
    auto* bankLayout = new QVBoxLayout(bankBox);
    bankLayout->addWidget(makeHintLabel(tr("Leave empty to enter it on Stripe's page instead.")));
    bankLayout->addLayout(m_bankForm);
    m_routing = addEdit(m_bankForm, tr("Routing number:"), QStringLiteral("routing"),
                        {QStringLiteral("routing_number")});
    m_transit = addEdit(m_bankForm, tr("Transit number:"), QStringLiteral("transit"),
                        {QStringLiteral("transit_number")});
    m_institution = addEdit(m_bankForm, tr("Institution number:"), QStringLiteral("institution"),
                            {QStringLiteral("institution_number")});
    m_account = addEdit(m_bankForm, tr("Account number:"), QStringLiteral("accountNumber"),
                        {QStringLiteral("account_number"), QStringLiteral("bank_account")});

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(businessBox);
    layout->addWidget(bankBox);
    layout->addStretch(1);

    connect(m_country, &QComboBox::currentIndexChanged, this, &BusinessDetailsPage::updateForCountry);
    connect(m_province, &QComboBox::currentIndexChanged, this, &BusinessDetailsPage::updateForCountry);
    updateForCountry();
}

QLineEdit* BusinessDetailsPage::addEdit(QFormLayout* form, const QString& label, const QString& name,
                                        const QStringList& fields)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name + QStringLiteral("Edit"));
    QLabel* error = makeErrorLabel(name + QStringLiteral("Error"));
    form->addRow(label, withError(edit, error));
    m_errors.add(QStringList(fields) << name, edit, error);
    return edit;
}

QComboBox* BusinessDetailsPage::addCombo(QFormLayout* form, const QString& label, const QString& name,
                                         const QStringList& fields)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name + QStringLiteral("Combo"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QLabel* error = makeErrorLabel(name + QStringLiteral("Error"));
    form->addRow(label, withError(combo, error));
    m_errors.add(QStringList(fields) << name, combo, error);
    return combo;
}

void BusinessDetailsPage::updateForCountry()
{
    const bool canada = m_country->currentData().toString() == QLatin1String("CA");
    const bool quebec = canada && m_province->currentData().toString() == QLatin1String("QC");
    m_form->setRowVisible(m_province->parentWidget(), canada);
    auto* taxLabel = qobject_cast<QLabel*>(m_form->labelForField(m_taxId->parentWidget()));
    if (!canada) {
        taxLabel->setText(tr("Employer Identification Number (EIN):"));
        m_taxId->setPlaceholderText(QStringLiteral("12-3456789"));
    } else if (quebec) {
        taxLabel->setText(tr("Québec enterprise number (NEQ):"));
        m_taxId->setPlaceholderText(QStringLiteral("1234567890"));
    } else {
        taxLabel->setText(tr("Business Number (BN):"));
        m_taxId->setPlaceholderText(QStringLiteral("123456789"));
    }
    m_bankForm->setRowVisible(m_routing->parentWidget(), !canada);
    m_bankForm->setRowVisible(m_transit->parentWidget(), canada);
    m_bankForm->setRowVisible(m_institution->parentWidget(), canada);
}

void BusinessDetailsPage::fill(ConnectRequest& request) const
{
    const bool canada = m_country->currentData().toString() == QLatin1String("CA");
    request.country = m_country->currentData().toString();
    request.province = canada ? m_province->currentData().toString() : QString();
    request.businessType = m_businessType->currentData().toString();
    request.rooftopName = m_rooftopName->text().trimmed();
    request.legalName = m_legalName->text().trimmed();
    request.email = m_email->text().trimmed();
    request.taxId = m_taxId->text().trimmed();
    request.mcc = m_mcc->currentData().toString();
    request.productDescription = m_product->text().trimmed();
    request.routingNumber = canada ? QString() : m_routing->text().trimmed();
    request.transitNumber = canada ? m_transit->text().trimmed() : QString();
    request.institutionNumber = canada ? m_institution->text().trimmed() : QString();
    request.accountNumber = m_account->text().trimmed();
}

} // namespace dp::ui
