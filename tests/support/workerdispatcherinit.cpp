#include "platform/workerdispatcher.h"

#include <QtGlobal>

// Tests start the proxy's and the mocks' threads as the app does, so they
// choose the workers' dispatcher as main() does, before QTest's main() runs.
static void chooseWorkerDispatcherForTests()
{
    WorkerDispatcher::chooseBeforeThreads();
}
Q_CONSTRUCTOR_FUNCTION(chooseWorkerDispatcherForTests)
