#pragma once

#include "onboarding/connectionservice.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace dp::ui {

class FormErrors;

// Connect, step 1 (ONB-3): what Stripe will ask for, with "Ask accounting for details…".
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPage(const QString& orgName, QWidget* parent = nullptr);

signals:
    void askAccounting();
};

// Connect, step 2: the business details DealerPay collects itself. Every input is registered with `errors`
// under the field names core uses, so that a refusal shows next to the right input.
class BusinessDetailsPage : public QWidget
{
    Q_OBJECT
public:
    BusinessDetailsPage(const QStringList& allowedCountries, const QString& orgName, const QString& rooftopName,
                        FormErrors& errors, QWidget* parent = nullptr);
    void fill(ConnectRequest& request) const;

private:
    void updateForCountry();
    QLineEdit* addEdit(QFormLayout* form, const QString& label, const QString& name, const QStringList& fields);
    QComboBox* addCombo(QFormLayout* form, const QString& label, const QString& name, const QStringList& fields);

    FormErrors& m_errors;
    QFormLayout* m_form;
    QFormLayout* m_bankForm;
    QComboBox* m_country;
    QComboBox* m_province;
    QComboBox* m_businessType;
    QComboBox* m_mcc;
    QLineEdit* m_rooftopName;
    QLineEdit* m_legalName;
    QLineEdit* m_email;
    QLineEdit* m_taxId;
    QLineEdit* m_product;
    QLineEdit* m_routing;
    QLineEdit* m_transit;
    QLineEdit* m_institution;
    QLineEdit* m_account;
};

} // namespace dp::ui
