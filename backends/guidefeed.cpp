#include "guidefeed.h"

#include "labrunner.h"
#include "lessons/guideprogress.h"

namespace GuideFeed {

namespace {
GuideProgress::MockState stateOf(MockBackend::State state)
{
    return state == MockBackend::State::Stopped ? GuideProgress::MockState::Stopped : GuideProgress::MockState::Running;
}
} // namespace

void follow(LabRunner *runner, GuideProgress *progress)
{
    QObject::connect(runner, &LabRunner::requestsLogged, progress, &GuideProgress::addRecords);
    QObject::connect(runner, &LabRunner::backendStateChanged, progress,
                     [progress](const QString &name, MockBackend::State state) { progress->setMockState(name, stateOf(state)); });
    // A start, an edit or a command publishes the mocks anew (added, removed, restarted).
    QObject::connect(runner, &LabRunner::statusChanged, progress, [runner, progress] {
        if (!runner->isRunning()) {
            progress->setAllMocksStopped();
            return;
        }
        for (const LabRunner::Mock &m : runner->mocks())
            progress->setMockState(m.name, stateOf(m.state()));
    });
    QObject::connect(runner, &LabRunner::stopped, progress, &GuideProgress::setAllMocksStopped);
}

} // namespace GuideFeed
