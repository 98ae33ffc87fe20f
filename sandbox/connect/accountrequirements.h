#pragma once

#include <QJsonObject>
#include <QStringList>

namespace dp::sandbox {

class SandboxState;

namespace accounts {

// The fields onboarding collects for this account's business type, in Stripe's requirement names
// ("company.address.city", "representative.dob.day", "external_account", "tos_acceptance.date", ...).
QStringList requiredFields(const QJsonObject& account);
// Recomputes requirements (currently_due, past_due, eventually_due, disabled_reason) from what is provided.
void refreshRequirements(SandboxState& state, QJsonObject& account);

} // namespace accounts
} // namespace dp::sandbox
