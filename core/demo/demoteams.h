#pragma once

#include <QString>

namespace dp::demo {

// The teams of the demo workspace, defined once: the sandbox's demo profile names them in its payments' metadata
// ("team"), and seedDemoWorkspace() creates every one of them under Teams, so that a payment's team is always a
// team of the Teams list. They are data (stored names), hence not translated.
struct DemoTeam
{
    const char* name;
    bool takesPayments;
};

// Repair orders and parts.
inline constexpr DemoTeam kServiceTeam{"Service cashiers", true};
// Vehicle deposits.
inline constexpr DemoTeam kSalesTeam{"Sales desk", true};

inline constexpr DemoTeam kDemoTeams[] = {kServiceTeam, kSalesTeam};

inline QString teamName(const DemoTeam& team)
{
    return QString::fromLatin1(team.name);
}

} // namespace dp::demo
