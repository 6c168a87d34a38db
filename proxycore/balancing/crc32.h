#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// CRC-32 (IEEE 802.3, zlib's), as nginx's ngx_crc32_*: hash and consistent
// hash must produce nginx's exact values. Written here because Qt has no
// public CRC-32 (qChecksum is CRC-16) and zlib is not otherwise a dependency.
class Crc32
{
public:
    void update(QByteArrayView data);
    quint32 value() const { return m_crc ^ 0xffffffffu; }

    static quint32 of(QByteArrayView data)
    {
        Crc32 c;
        c.update(data);
        return c.value();
    }

private:
    quint32 m_crc = 0xffffffffu;
};
