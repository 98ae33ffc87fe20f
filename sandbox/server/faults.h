#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace dp::sandbox {

// Injected failures for reliability tests (REL-2). A matching request takes one from `remaining`.
struct Fault
{
    enum class Mode
    {
        Status,
        Reset,
        Truncate,
        Slow
    };
    QString pathPrefix;
    QString method; // empty = any
    Mode mode = Mode::Status;
    int status = 500; // Mode::Status
    int remaining = 1;
    int retryAfter = -1; // seconds for Retry-After, -1 = no header
    QString shouldRetry; // "true" / "false" for Stripe-Should-Retry, empty = no header
    int delayMs = 0;     // Mode::Slow

    // Status and Reset replace the request; Truncate and Slow execute it and then damage the reply.
    bool executes() const { return mode == Mode::Truncate || mode == Mode::Slow; }
    QString modeName() const;
};

class FaultTable
{
  public:
    void add(const Fault& fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // Takes the first fault that matches (and is not used up); false when none.
    bool take(const QString& method, const QString& path, Fault* out);
    QJsonArray toJson() const;

  private:
    QList<Fault> m_faults;
};

// What the sandbox received, so tests can prove retries reused their idempotency key.
struct RequestRecord
{
    QString method;
    QString path;
    QString idempotencyKey;
    QString account;
    int status = 0; // 0 = the connection was reset without a reply
    QString fault;  // mode of the injected fault, empty when none
    bool replayed = false;
};

} // namespace dp::sandbox
