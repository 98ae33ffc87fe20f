#include "apprunner.h"

int main(int argc, char** argv)
{
    return dp::app::runCli(argc, argv);
}
