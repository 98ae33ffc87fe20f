#pragma once

#include <QString>

namespace dp::password {

int defaultIterations(); // 310000; the environment variable DEALERPAY_TEST_FAST_HASH=1 lowers it for tests

// Slow salted hash (PBKDF2-HMAC-SHA256 through OpenSSL, random 16-byte salt).
// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
QString hash(const QString& password, int iterations = defaultIterations());
// Constant-time comparison (CRYPTO_memcmp). False for a malformed stored value.
bool verify(const QString& password, const QString& stored);

} // namespace dp::password
