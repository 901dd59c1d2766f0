#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace blufio::fuzz {

// Takes decisions (limits, split points, flags) off the front of a fuzzer input and leaves the
// rest as the payload, so that libFuzzer's mutations steer both. Deterministic: a saved input
// replays the same way in the plain replay build.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data), qsizetype(size))
    { }

    bool empty() const { return m_data.isEmpty(); }
    quint8 byte()
    {
        if (m_data.isEmpty())
            return 0;
        const quint8 b = quint8(m_data.front());
        m_data = m_data.sliced(1);
        return b;
    }
    quint16 word() { return quint16(byte() | (byte() << 8)); }
    // Bytes up to the next occurrence of separator (consumed), or all the rest.
    QByteArray until(char separator)
    {
        const qsizetype at = m_data.indexOf(separator);
        if (at < 0) {
            const QByteArray all = m_data.toByteArray();
            m_data = {};
            return all;
        }
        const QByteArray part = m_data.first(at).toByteArray();
        m_data = m_data.sliced(at + 1);
        return part;
    }
    QByteArrayView rest() const { return m_data; }

private:
    QByteArrayView m_data;
};

// A split point in [0, size] derived from a selector byte.
inline qsizetype splitPoint(quint8 selector, qsizetype size)
{
    return size == 0 ? 0 : qsizetype(selector) * (size + 1) / 256;
}

} // namespace blufio::fuzz
