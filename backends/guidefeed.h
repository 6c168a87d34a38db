#pragma once

class GuideProgress;
class LabRunner;

// Feeds a guide what the running lab reports: its mocks' states (on every
// change and with each published status) and its request records. The app's
// Guide dock and tst_guidedexamples follow a lab the same way; the lab as
// edited (GuideProgress::setLab) comes from whoever edits it.
namespace GuideFeed {
void follow(LabRunner *runner, GuideProgress *progress);
} // namespace GuideFeed
