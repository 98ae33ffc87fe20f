#pragma once

namespace dp::sandbox {

class Router;
class SandboxState;

// Each resource family adds its routes; SandboxServer calls them all.
void registerAccountRoutes(Router& router, SandboxState& state);
void registerEventRoutes(Router& router, SandboxState& state);
void registerOnboardingRoutes(Router& router, SandboxState& state); // account links, hosted onboarding, dashboard
void registerTestHelperRoutes(Router& router, SandboxState& state); // faults, request log, shortcuts
void registerTestClockRoutes(Router& router, SandboxState& state);  // test clocks that move the sandbox clock
void registerReportingRoutes(Router& router, SandboxState& state);  // Reporting API report runs and their files
void registerPaymentRoutes(Router& router, SandboxState& state);    // intents, charges, refunds, balance, payouts
void registerCustomerRoutes(Router& router, SandboxState& state);
void registerCheckoutRoutes(Router& router, SandboxState& state); // checkout sessions, payment links
void registerCheckoutPages(Router& router, SandboxState& state);  // hosted checkout, 3-D Secure, receipts
void registerSmsRoutes(Router& router, SandboxState& state);      // Twilio-style SMS gateway

} // namespace dp::sandbox
