#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace blufio {

SecureBytes::SecureBytes(std::size_t size) : m_data(size ? new unsigned char[size]() : nullptr), m_size(size)
{ }

SecureBytes::SecureBytes(const char *data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes bytes(source.constData(), std::size_t(source.size()));
    wipe(source);
    return bytes;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecureBytes::equals(QByteArrayView other) const
{
    if (std::size_t(other.size()) != m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.data(), m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

void SecureBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared data is someone else's copy too; wiping ours would detach and wipe only the copy.
        bytes.clear();
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace blufio
