// Test-only stand-in for `dealerpay-cli sandbox serve`: runs the sandbox in the foreground.
#include "server/sandboxserver.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return dp::sandbox::runServeCommand(app.arguments().mid(1));
}
