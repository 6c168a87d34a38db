#include "recordarena.h"

#include <atomic>
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
    return copy(method);
}

void RecordArena::startBlock()
{
    if (!m_block.isNull() && !m_block.isDetached()) {
        m_retired.push_back(std::move(m_block));
        m_block = QByteArray();
    }
    // A current block whose copies are all gone is written again from the
    // start. Otherwise the oldest free one is: records reach the log and
    // leave it in about the order they were made, so the oldest blocks are
    // the first to be free again. Free blocks beyond a few spares are let go.
    int spare = 0;
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if (!it->isDetached()) {
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
        while (m_retired.size() >= MaxRetired)
            m_retired.pop_front(); // freed with its last copy
        m_block = QByteArray(BlockSize, Qt::Uninitialized);
        ++m_blocksMade;
    }
    // The last copy of a reused block may have been let go in another
    // thread: what was read there happened before it is written again.
    std::atomic_thread_fence(std::memory_order_acquire);
    m_used = 0;
}
