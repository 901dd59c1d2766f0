#pragma once

#include <QByteArray>
#include <QString>

namespace blufio {

// The bearer tokens of `blufio keys add` ([12]): 32 random bytes from libsodium, written as
// "blufio_" + base64url (50 characters). Only digest() of a token is stored.
namespace ApiToken {

QByteArray generate();
// SHA-256 of the token as sent: the bytes Authenticator hashes too.
QByteArray digest(const QByteArray &token);
// A device's Ed25519 public key in canonical base64, or an empty string when it is not one.
QString canonicalDeviceKey(const QString &base64);
// Overwrites a token in memory (sodium_memzero) once it is no longer needed.
void wipe(QByteArray &token);

} // namespace ApiToken

} // namespace blufio
