#pragma once

#include <QString>

namespace dp::password {

// 310000 (OWASP's figure for PBKDF2-SHA256). Only test support lowers it, through testing::setIterations(); nothing
// read at run time (environment, settings) can weaken it.
int defaultIterations();

// Slow salted hash (PBKDF2-HMAC-SHA256 through OpenSSL, random 16-byte salt).
// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
QString hash(const QString& password, int iterations = defaultIterations());
// Constant-time comparison (CRYPTO_memcmp). False for a malformed stored value.
bool verify(const QString& password, const QString& stored);
// True when a stored hash is weaker than today's (fewer iterations, or unreadable): rehash it at the next log-in.
bool needsRehash(const QString& stored);

namespace testing {
// Test-only seam (tests/support calls it once): fast hashing so that a test suite does not spend minutes in PBKDF2.
void setIterations(int iterations);
} // namespace testing

} // namespace dp::password
