#pragma once

#include <QString>

namespace dp::sandbox {

class SandboxState;

// Fills the state with a named data set: "empty" (nothing) or "demo" (connected dealerships and their activity,
// the same for the same seed). False for an unknown profile name.
bool loadProfile(SandboxState& state, const QString& profile);

} // namespace dp::sandbox
