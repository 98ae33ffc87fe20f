#include "guirunner.h"

int main(int argc, char** argv)
{
    return dp::app::runGui(argc, argv);
}
