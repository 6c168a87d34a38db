#include "config/labjson.h"
#include "document/labdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The lab being edited: snapshots on an undo stack, the dirty state the
// window title shows, and the problems shown at their fields.
class tst_LabDocument final : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentIsClean();
    void resetReplacesTheHistory();
    void editUndoRedo();
    void anUnchangedEditIsNoStep();
    void editsWithOneMergeKeyAreOneStep();
    void differentOrNoMergeKeysAreSeparateSteps();
    void typingBackToTheSavedValueIsClean();
    void undoingPastTheSaveIsModified();
    void mergingStopsAtTheSave();
    void saveWritesTheLabAndNamesTheFile();
    void failedSaveChangesNothing();
    void brokenEditIsKeptWithItsIssue();
    void issueAtMatchesWholePathSegments();
};

namespace {

// The demo lab with its first server's weight set.
LabConfig withWeight(int weight)
{
    LabConfig lab = LabConfig::demo();
    lab.upstreams[0].servers[0].weight = weight;
    return lab;
}

LabConfig labOf(const QSignalSpy &spy, int index)
{
    return qvariant_cast<LabConfig>(spy.at(index).at(0));
}

// The values modifiedChanged carried, in order.
QList<bool> modifiedValues(const QSignalSpy &spy)
{
    QList<bool> values;
    for (const QList<QVariant> &args : spy)
        values.append(args.at(0).toBool());
    return values;
}

} // namespace

void tst_LabDocument::newDocumentIsClean()
{
    LabDocument doc;
    QVERIFY(!doc.isModified());
    QVERIFY(doc.fileName().isEmpty());
    QVERIFY(doc.lab() == LabConfig());
    QVERIFY(!doc.undoStack()->canUndo());
}

void tst_LabDocument::resetReplacesTheHistory()
{
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(2), u"weight"_s);
    QVERIFY(doc.isModified());
    QSignalSpy labs(&doc, &LabDocument::labChanged);
    QSignalSpy names(&doc, &LabDocument::fileNameChanged);
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);

    doc.reset(withWeight(3), u"/labs/three.json"_s);
    QVERIFY(doc.lab() == withWeight(3));
    QCOMPARE(doc.fileName(), u"/labs/three.json"_s);
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.undoStack()->canUndo());
    QVERIFY(!doc.undoStack()->canRedo());
    QCOMPARE(labs.size(), 1);
    QVERIFY(labOf(labs, 0) == withWeight(3));
    QCOMPARE(names.size(), 1);
    QCOMPARE(names.at(0).at(0).toString(), u"/labs/three.json"_s);
    QVERIFY(!modified.isEmpty());
    QCOMPARE(modifiedValues(modified).last(), false);
}

void tst_LabDocument::editUndoRedo()
{
    LabDocument doc;
    doc.reset(withWeight(1));
    QSignalSpy labs(&doc, &LabDocument::labChanged);
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);

    doc.edit(withWeight(5), u"Change weight"_s);
    QVERIFY(doc.lab() == withWeight(5));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->undoText(), u"Change weight"_s);
    QCOMPARE(labs.size(), 1);
    QVERIFY(labOf(labs, 0) == withWeight(5));

    doc.undoStack()->undo();
    QVERIFY(doc.lab() == withWeight(1));
    QVERIFY(!doc.isModified());
    QCOMPARE(labs.size(), 2);
    QVERIFY(labOf(labs, 1) == withWeight(1));

    doc.undoStack()->redo();
    QVERIFY(doc.lab() == withWeight(5));
    QVERIFY(doc.isModified());
    QCOMPARE(labs.size(), 3);
    QCOMPARE(modifiedValues(modified), (QList<bool>{true, false, true}));
}

void tst_LabDocument::anUnchangedEditIsNoStep()
{
    LabDocument doc;
    doc.reset(withWeight(1));
    QSignalSpy labs(&doc, &LabDocument::labChanged);
    doc.edit(withWeight(1), u"nothing"_s);
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(labs.size(), 0);
}

void tst_LabDocument::editsWithOneMergeKeyAreOneStep()
{
    // Typing "250" into the weight field: three edits, one undo step.
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(2), u"Change weight"_s, u"weight:0"_s);
    doc.edit(withWeight(25), u"Change weight"_s, u"weight:0"_s);
    doc.edit(withWeight(250), u"Change weight"_s, u"weight:0"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.lab() == withWeight(250));
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == withWeight(1));
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(doc.lab() == withWeight(250));
}

void tst_LabDocument::differentOrNoMergeKeysAreSeparateSteps()
{
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(2), u"a"_s, u"weight:0"_s);
    LabConfig renamed = withWeight(2);
    renamed.name = u"renamed"_s;
    doc.edit(renamed, u"b"_s, u"name"_s);
    LabConfig again = renamed;
    again.upstreams[0].servers[0].weight = 3;
    doc.edit(again, u"c"_s);
    LabConfig more = again;
    more.upstreams[0].servers[0].weight = 4;
    doc.edit(more, u"d"_s);
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == again);
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == renamed);
}

void tst_LabDocument::typingBackToTheSavedValueIsClean()
{
    // "1" → "12" → "1" in one field: the lab is as saved, so nothing to save
    // and nothing to undo.
    LabDocument doc;
    doc.reset(withWeight(1));
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);
    doc.edit(withWeight(12), u"Change weight"_s, u"weight:0"_s);
    QVERIFY(doc.isModified());
    doc.edit(withWeight(1), u"Change weight"_s, u"weight:0"_s);
    QVERIFY(doc.lab() == withWeight(1));
    QVERIFY(!doc.isModified());
    QVERIFY(!doc.undoStack()->canUndo());
    QCOMPARE(modifiedValues(modified), (QList<bool>{true, false}));
    // The next edit is a step of its own again.
    doc.edit(withWeight(3), u"Change weight"_s, u"weight:0"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == withWeight(1));
}

void tst_LabDocument::undoingPastTheSaveIsModified()
{
    QTemporaryDir dir;
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(2), u"a"_s);
    doc.edit(withWeight(3), u"b"_s);
    QString error;
    QVERIFY2(doc.save(dir.filePath(u"lab.json"_s), &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modifiedValues(modified), (QList<bool>{true, false}));
    // A new edit after undoing past the save: the saved state is gone from the history.
    doc.undoStack()->undo();
    doc.edit(withWeight(9), u"c"_s);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == withWeight(2));
    QVERIFY(doc.isModified());
}

void tst_LabDocument::mergingStopsAtTheSave()
{
    // The saved state stays reachable by undo: the next keystroke is a new step.
    QTemporaryDir dir;
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(2), u"w"_s, u"weight:0"_s);
    QString error;
    QVERIFY2(doc.save(dir.filePath(u"lab.json"_s), &error), qPrintable(error));
    doc.edit(withWeight(20), u"w"_s, u"weight:0"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(doc.lab() == withWeight(2));
    QVERIFY(!doc.isModified());
}

void tst_LabDocument::saveWritesTheLabAndNamesTheFile()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.json"_s);
    const QString second = dir.filePath(u"second.json"_s);
    LabDocument doc;
    doc.reset(withWeight(1));
    doc.edit(withWeight(7), u"w"_s);
    QSignalSpy names(&doc, &LabDocument::fileNameChanged);
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);
    QString error;
    QVERIFY2(doc.save(first, &error), qPrintable(error));
    QCOMPARE(doc.fileName(), first);
    QVERIFY(!doc.isModified());
    QCOMPARE(names.size(), 1);
    QCOMPARE(modifiedValues(modified), QList<bool>{false});
    const LabLoadResult loaded = LabJson::load(first);
    QVERIFY2(loaded.ok, qPrintable(loaded.errorText));
    QVERIFY(loaded.lab == doc.lab());

    // Saving again under the same name says nothing new; "save as" names the new file.
    QVERIFY2(doc.save(first, &error), qPrintable(error));
    QCOMPARE(names.size(), 1);
    QVERIFY2(doc.save(second, &error), qPrintable(error));
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.at(1).at(0).toString(), second);
    QCOMPARE(doc.fileName(), second);
}

void tst_LabDocument::failedSaveChangesNothing()
{
    QTemporaryDir dir;
    LabDocument doc;
    doc.reset(withWeight(1), dir.filePath(u"lab.json"_s));
    doc.edit(withWeight(7), u"w"_s);
    QSignalSpy names(&doc, &LabDocument::fileNameChanged);
    QSignalSpy modified(&doc, &LabDocument::modifiedChanged);
    const QString unreachable = dir.filePath(u"missing-folder/lab.json"_s);
    QString error;
    QVERIFY(!doc.save(unreachable, &error));
    QVERIFY2(error.contains(u"lab.json"_s), qPrintable(error)); // the message names the file
    QVERIFY(doc.isModified());
    QCOMPARE(doc.fileName(), dir.filePath(u"lab.json"_s));
    QCOMPARE(names.size(), 0);
    QCOMPARE(modified.size(), 0);
    QVERIFY(!QFile::exists(unreachable));
}

void tst_LabDocument::brokenEditIsKeptWithItsIssue()
{
    // The document keeps what was typed and says what is wrong where; undo mends it.
    LabDocument doc;
    doc.reset(withWeight(1));
    QVERIFY2(doc.isValid(), qPrintable(doc.issues().value(0).toString()));
    doc.edit(withWeight(0), u"w"_s);
    QVERIFY(doc.lab() == withWeight(0));
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.issues().size(), 1);
    QCOMPARE(doc.issues()[0].path, u"upstreams[0].servers[0].weight"_s);
    QCOMPARE(doc.issueAt(u"upstreams[0].servers[0].weight"_s), u"must be 1..1000"_s);
    doc.undoStack()->undo();
    QVERIFY(doc.isValid());
    QVERIFY(doc.issueAt(u"upstreams[0].servers[0].weight"_s).isEmpty());
}

void tst_LabDocument::issueAtMatchesWholePathSegments()
{
    LabDocument doc;
    doc.reset(withWeight(0));
    const QString message = u"must be 1..1000"_s;
    QCOMPARE(doc.issueAt(u"upstreams[0].servers[0].weight"_s), message);
    QCOMPARE(doc.issueAt(u"upstreams[0].servers[0].weight"_s, true), message);
    // A parent asked for its children's issues gets the rest of the path in front.
    QCOMPARE(doc.issueAt(u"upstreams[0].servers[0]"_s, true), u"weight: "_s + message);
    QCOMPARE(doc.issueAt(u"upstreams[0]"_s, true), u"servers[0].weight: "_s + message);
    QCOMPARE(doc.issueAt(u"upstreams"_s, true), u"[0].servers[0].weight: "_s + message);
    QVERIFY(doc.issueAt(u"upstreams[0]"_s).isEmpty());
    // Only whole segments: not a prefix of a name or of an index.
    QVERIFY(doc.issueAt(u"upstreams[0].servers[0].w"_s, true).isEmpty());
    QVERIFY(doc.issueAt(u"upstreams[0].server"_s, true).isEmpty());
    QVERIFY(doc.issueAt(u"upstreams[0].servers[0].weight.x"_s, true).isEmpty());
    LabConfig many = LabConfig::demo();
    while (many.upstreams.size() < 11) {
        UpstreamGroup g = many.upstreams[0];
        g.name = u"g%1"_s.arg(many.upstreams.size());
        many.upstreams.append(g);
    }
    many.upstreams[10].servers[0].weight = 0;
    doc.reset(many);
    QVERIFY(!doc.issueAt(u"upstreams[10]"_s, true).isEmpty());
    QVERIFY(doc.issueAt(u"upstreams[1]"_s, true).isEmpty());
}

QTEST_MAIN(tst_LabDocument)
#include "tst_labdocument.moc"
