#pragma once

#include "foundation/result.h"

namespace dp {
class AppContext;

// Demo data for someone trying DealerPay on the embedded sandbox's demo profile: the organization, its demo users
// (Admin, Manager in a payment-taking team, Consultant) and a rooftop for every connected account the sandbox has.
// Does nothing on a store that already has an organization.
Status seedDemoWorkspace(AppContext& ctx, const QString& orgName);

} // namespace dp
