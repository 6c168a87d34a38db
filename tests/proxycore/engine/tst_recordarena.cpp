#include "engine/recordarena.h"
#include "engine/requestrecord.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// The bytes of request records: copies share large blocks, keep their bytes
// while anything holds them, behave as ordinary QByteArrays in any thread,
// and a block is written again only once every copy of it is gone.
class tst_RecordArena : public QObject
{
    Q_OBJECT

    static QByteArray text(int i) { return "GET /item/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: lab\r\n\r\n"; }

private slots:
    void copiesAreEqualTerminatedAndShareABlock()
    {
        RecordArena arena;
        std::vector<QByteArray> copies;
        for (int i = 0; i < 100; ++i)
            copies.push_back(arena.copy(text(i)));
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(copies[size_t(i)], text(i));
            QCOMPARE(copies[size_t(i)].constData()[copies[size_t(i)].size()], '\0');
            QVERIFY(!copies[size_t(i)].isDetached()); // shares the block
        }
        QCOMPARE(arena.blocksMade(), 1);
        QVERIFY(arena.copy({}).isNull());
    }

    void aBlockIsWrittenAgainOnceItsCopiesAreGone()
    {
        RecordArena arena;
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 3 * perBlock; ++i)
                QCOMPARE(arena.copy(text(i)), text(i)); // dropped at once
        }
        QCOMPARE(arena.blocksMade(), 1);
    }

    void aHeldCopyKeepsItsBytes()
    {
        RecordArena arena;
        const QByteArray held = arena.copy("kept while the arena goes on");
        const QByteArray heldAlso = arena.copy("and this one too");
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        for (int i = 0; i < 3 * perBlock; ++i)
            arena.copy(text(i));
        QCOMPARE(held, "kept while the arena goes on"_ba);
        QCOMPARE(heldAlso, "and this one too"_ba);
        QCOMPARE(arena.blocksMade(), 2); // the first block stays theirs; the second is reused
    }

    void aFreedOlderBlockIsWrittenAgain()
    {
        RecordArena arena;
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        QByteArray inFirst = arena.copy("holds the first block");
        for (int i = 0; i < perBlock; ++i)
            arena.copy(text(i)); // the second block is current now
        const QByteArray inSecond = arena.copy("holds the second block");
        QCOMPARE(arena.blocksMade(), 2);
        inFirst = QByteArray();
        for (int i = 0; i < perBlock; ++i)
            arena.copy(text(i)); // the second is held: the first is taken back
        QCOMPARE(arena.blocksMade(), 2);
        QCOMPARE(inSecond, "holds the second block"_ba);
    }

    void aChangedCopyDoesNotChangeItsNeighbours()
    {
        RecordArena arena;
        QByteArray first = arena.copy("first");
        const QByteArray second = arena.copy("second");
        first.append(" and more");
        first[0] = 'F';
        QCOMPARE(first, "First and more"_ba);
        QCOMPARE(second, "second"_ba);
    }

    void aCopyOutlivesItsArena()
    {
        QByteArray kept;
        {
            RecordArena arena;
            kept = arena.copy("outlives the arena");
            arena.copy("and a neighbour");
        }
        QCOMPARE(kept, "outlives the arena"_ba);
        kept.append('!'); // its block's only holder now: changed in place
        QCOMPARE(kept, "outlives the arena!"_ba);
    }

    void copiesDroppedInAnotherThreadFreeTheBlock()
    {
        RecordArena arena;
        auto copies = std::make_unique<std::vector<QByteArray>>();
        for (int i = 0; i < 50; ++i)
            copies->push_back(arena.copy(text(i)));
        bool same = true;
        std::unique_ptr<QThread> reader(QThread::create([&same, moved = std::move(copies)]() mutable {
            for (int i = 0; i < 50; ++i)
                same = same && (*moved)[size_t(i)] == text(i);
            moved.reset();
        }));
        reader->start();
        QVERIFY(reader->wait(10000));
        QVERIFY(same);
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        for (int i = 0; i < 2 * perBlock; ++i)
            arena.copy(text(i));
        QCOMPARE(arena.blocksMade(), 1);
    }

    void blocksInUseAreHeldOnlyUpToALimit()
    {
        RecordArena arena;
        std::vector<QByteArray> pinned;
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        const int blocks = int(RecordArena::MaxRetired) + 20;
        for (int i = 0; i < blocks * perBlock; ++i) {
            QByteArray c = arena.copy(text(i));
            if (i % perBlock == 0)
                pinned.push_back(c); // one copy keeps each block in use
        }
        QVERIFY(arena.blocksMade() >= blocks);
        QVERIFY2(arena.blocksHeld() <= int(RecordArena::MaxRetired) + 1, qPrintable(QString::number(arena.blocksHeld())));
        for (int i = 0; i < int(pinned.size()); ++i)
            QCOMPARE(pinned[size_t(i)], text(i * perBlock));
        // Once they are let go, the arena writes into what it held, with
        // only a couple of free blocks kept.
        pinned.clear();
        const int made = arena.blocksMade();
        for (int i = 0; i < 4 * perBlock; ++i)
            arena.copy(text(i));
        QCOMPARE(arena.blocksMade(), made);
        QVERIFY2(arena.blocksHeld() <= 1 + RecordArena::MaxSpare, qPrintable(QString::number(arena.blocksHeld())));
    }

    void aLargeCopyGetsABlockOfItsOwn()
    {
        RecordArena arena;
        const QByteArray large(RecordArena::LargestShared + 1, 'x');
        const QByteArray copy = arena.copy(large);
        QCOMPARE(copy, large);
        QVERIFY(copy.isDetached());
        QCOMPARE(arena.blocksMade(), 0);
    }

    void standardMethodsAreSharedConstants()
    {
        RecordArena arena;
        const QByteArray get = arena.copyMethod("GET");
        QCOMPARE(get, "GET"_ba);
        QVERIFY(arena.copyMethod("GET").constData() == get.constData());
        QVERIFY(arena.copyMethod("POST").constData() == arena.copyMethod("POST").constData());
        // Others get a heap block of their own: the log keeps every row's
        // method, and one must not keep a block.
        const QByteArray other = arena.copyMethod("PROPFIND");
        QCOMPARE(other, "PROPFIND"_ba);
        QVERIFY(other.isDetached());
        QCOMPARE(arena.blocksMade(), 0);
    }

    void aRecordKeptForLongLetsGoOfItsBlock()
    {
        RecordArena arena;
        RequestRecord r;
        r.method = arena.copyMethod("PURGE");
        r.uri = arena.copy("/kept/in/the/log");
        r.requestHead = arena.copy(text(1));
        r.responseHead = arena.copy("HTTP/1.1 200 OK\r\n\r\n");
        r.dropHeads();
        QVERIFY(r.requestHead.isNull());
        QVERIFY(r.responseHead.isNull());
        QCOMPARE(r.uri, "/kept/in/the/log"_ba);
        QVERIFY(r.uri.isDetached());
        QVERIFY(r.uri.capacity() < 256);
        // Nothing of the record holds the block now: it is written again.
        const int perBlock = int(RecordArena::BlockSize / (text(0).size() + 1));
        for (int i = 0; i < 2 * perBlock; ++i)
            arena.copy(text(i));
        QCOMPARE(arena.blocksMade(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RecordArena)
#include "tst_recordarena.moc"
