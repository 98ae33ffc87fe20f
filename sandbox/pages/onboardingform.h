#pragma once

#include "connect/accountmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace dp::sandbox::onboarding {

using FieldErrors = QHash<QString, QString>; // form field name -> message

// The form's field values taken from what the platform prefilled on the account.
QVariantMap prefill(const QJsonObject& account);
// The hosted onboarding form (ONB-3): business, address, tax id, industry, representative, owners, bank account,
// terms. Errors are shown next to their fields.
QString renderForm(const QJsonObject& account, const QVariantMap& values, const FieldErrors& errors,
                   const QString& action);
// Checks a submitted form with the app's validators (dp::validate); fills `data` when there is no error.
FieldErrors validate(const QJsonObject& account, const QVariantMap& form, qint64 now, OnboardingData* data);
// "You're all set" with the way back to the platform.
QString renderDone(const QJsonObject& account, const QString& returnUrl);

} // namespace dp::sandbox::onboarding
