#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace blufio {

// A buffer for secrets (passphrases, keys, decrypted values) that is wiped with sodium_memzero when it
// is destroyed or reassigned. Move-only, so a secret is never silently duplicated; converting to a
// QByteArray or QString is an explicit copy the caller must wipe (see wipe()).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char *data, std::size_t size);
    // Takes the bytes and wipes the source array (which must not be shared).
    static SecureBytes takeFrom(QByteArray &source);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constData() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(constData(), qsizetype(m_size)); }
    // Constant-time comparison (sodium_memcmp).
    bool equals(QByteArrayView other) const;
    void clear();

    // Wipes a QByteArray's bytes in place (detaching first would copy, so only call on unshared data).
    static void wipe(QByteArray &bytes);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace blufio
