#pragma once

namespace dp::app {

// `dealerpay`: the GUI. On the embedded sandbox (the default until a live key is configured) it starts the
// sandbox in-process and, on the demo profile, a demo organization with its users and rooftops, off the UI thread
// while the window shows their progress.
int runGui(int argc, char** argv);

} // namespace dp::app
