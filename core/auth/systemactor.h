#pragma once

#include "session.h"

#include <QString>

namespace dp {

// The actor the scheduled jobs act as (refund recovery, and the jobs to come) when no person is signed in, e.g.
// under `dealerpay-cli jobs run`. It has an Admin's permissions, no row in users, and signs the audit log as
// "System (<job>)" so that every entry a job writes shows which job wrote it.
Session systemActor(const QString& jobTitle);

} // namespace dp
