#pragma once

namespace dp::app {

// The application's name, organization and version (settings paths, --version, About). The GUI is in gui/.
void setIdentity();

// `dealerpay-cli`: scheduled jobs and the sandbox server.
int runCli(int argc, char** argv);

} // namespace dp::app
