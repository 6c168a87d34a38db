#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

// The bytes a worker's request records keep (method, target, request and
// response heads), copied into large blocks instead of a heap block each: a
// proxied request then allocates nothing for its log record.
//
// What copy() returns is an ordinary QByteArray that shares its block's
// reference count, its data starting inside the block (a state Qt's own
// QByteArray::remove(0, n) leaves too), so a record can be copied, kept,
// changed or dropped in any thread like any other; a change detaches it. A
// block is written again once no copy of it is left: the arena holds the
// only reference, which is the test. Records are copied in as they complete
// and live for a tenth of a second on their way to the log, so blocks come
// back quickly; the log's newest rows keep only the blocks they use, and
// RequestRecord::dropHeads lets go of them for older rows.
//
// One per worker thread; not thread-safe itself.
class RecordArena
{
public:
    static constexpr qsizetype BlockSize = 64 * 1024;
    // Bigger copies get a heap block of their own: a large head does not
    // waste most of a block, and it is rare.
    static constexpr qsizetype LargestShared = BlockSize / 16;
    // Blocks still in use that are kept to be written again when free; with
    // that many kept, a block is let go as it fills (freed with its last copy).
    static constexpr std::size_t MaxRetired = 64;
    // Free blocks kept beside the current one.
    static constexpr int MaxSpare = 2;

    RecordArena() = default;
    RecordArena(const RecordArena &) = delete;
    RecordArena &operator=(const RecordArena &) = delete;

    // `bytes` as a QByteArray in a shared block ('\0'-terminated, as
    // QByteArray promises). An empty view gives a null QByteArray.
    QByteArray copy(QByteArrayView bytes);
    // The request method: the standard ones are shared constants.
    QByteArray copyMethod(QByteArrayView method);

    // For tests: blocks made since construction, and those held now.
    int blocksMade() const { return m_blocksMade; }
    int blocksHeld() const { return int(m_retired.size()) + (m_block.isNull() ? 0 : 1); }

private:
    static bool isFree(QByteArray &block);
    void startBlock();

    QByteArray m_block;
    qsizetype m_used = 0;
    std::deque<QByteArray> m_retired; // oldest first
    int m_blocksMade = 0;
};
