#pragma once

namespace dp::app {

// `dealerpay`: the GUI. On the embedded sandbox (the default until a live key is configured) it starts the
// sandbox in-process and, on the demo profile, a demo organization with its users and rooftops.
int runGui(int argc, char** argv);

// `dealerpay-cli`: scheduled jobs and the sandbox server.
int runCli(int argc, char** argv);

} // namespace dp::app
