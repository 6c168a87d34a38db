#include "recordarena.h"

#include <cstring>

QByteArray RecordArena::copy(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    if (n == 0)
        return QByteArray();
    if (n > LargestShared)
        return bytes.toByteArray();
    if (m_block.isNull() || m_used + n + 1 > m_block.size())
        startBlock();
    // The block is shared with the copies already handed out, so it is
    // written through its data pointer: QByteArray::data() would detach it.
    // Those copies never see these bytes (they do not overlap), and the
    // reader of a record gets it after it was written (a queued signal).
    QByteArray::DataPointer &block = m_block.data_ptr();
    char *at = block.data() + m_used;
    std::memcpy(at, bytes.data(), size_t(n));
    at[n] = '\0';
    m_used += n + 1;
    QByteArray::DataPointer slice = block; // one more reference to the block
    slice.ptr = at;
    slice.size = n;
    return QByteArray(std::move(slice));
}

QByteArray RecordArena::copyMethod(QByteArrayView method)
{
    static const QByteArray get = QByteArrayLiteral("GET");
    static const QByteArray head = QByteArrayLiteral("HEAD");
    static const QByteArray post = QByteArrayLiteral("POST");
    static const QByteArray put = QByteArrayLiteral("PUT");
    static const QByteArray del = QByteArrayLiteral("DELETE");
    static const QByteArray options = QByteArrayLiteral("OPTIONS");
    static const QByteArray patch = QByteArrayLiteral("PATCH");
    for (const QByteArray *known : {&get, &head, &post, &put, &del, &options, &patch}) {
        if (method == *known)
            return *known;
    }
    // On the heap: the log keeps the method of its old rows, whose other
    // bytes it lets go (RequestRecord::dropHeads), and this must not keep a
    // block for them.
    return method.toByteArray();
}

bool RecordArena::isFree(QByteArray &block)
{
    // Only the arena holds it. The last copy may have been let go in another
    // thread: the acquire load orders what was read there before the block
    // is written again (QByteArray::isDetached() loads relaxed).
    const QArrayData *d = block.data_ptr().d_ptr();
    return d && d->ref_.loadAcquire() == 1;
}

void RecordArena::startBlock()
{
    if (!m_block.isNull() && !isFree(m_block)) {
        // Kept to be written again once free, unless enough are kept
        // already: then it goes with its last copy. The oldest are kept
        // rather than this one, as they are the first to be free again
        // (records reach the log and leave it in about the order they were
        // made).
        if (m_retired.size() < MaxRetired)
            m_retired.push_back(std::move(m_block));
        m_block = QByteArray();
    }
    // The current block, when free, is written again from the start;
    // otherwise the oldest free one. Free ones beyond a few spares are let go.
    int spare = 0;
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if (!isFree(*it)) {
            ++it;
        } else if (m_block.isNull()) {
            m_block = std::move(*it);
            it = m_retired.erase(it);
        } else if (spare < MaxSpare) {
            ++spare;
            ++it;
        } else {
            it = m_retired.erase(it);
        }
    }
    if (m_block.isNull()) {
        m_block = QByteArray(BlockSize, Qt::Uninitialized);
        ++m_blocksMade;
    }
    m_used = 0;
}
