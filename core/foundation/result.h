#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dp {

// Why a core call failed, in words a cashier understands (message) plus a machine code and the form field at fault.
struct Error
{
    enum class Code
    {
        Validation,   // bad input: nothing was sent or stored
        Permission,   // the signed-in user's role does not allow this
        ReauthRequired, // sensitive action: the user must enter their password again
        Auth,         // wrong credentials
        Locked,       // too many failed log-ins
        NotFound,
        Conflict,     // someone else changed it first
        Api,          // the payments API refused or could not be reached
        Store,        // local database failure
        Cancelled,
    };
    Code code = Code::Api;
    QString message;
    QString field; // the input field at fault, when there is one (e.g. "routing_number")

    static Error validation(QString field, QString message) { return {Code::Validation, std::move(message), std::move(field)}; }
    static Error permission(QString message) { return {Code::Permission, std::move(message), {}}; }
};

// A value or an Error. C++20 has no std::expected; this is the small part of it we use.
template <class T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T value() && { return std::get<T>(std::move(m_v)); } // by value: safe on a temporary in a range-for
    const T* operator->() const { return &std::get<T>(m_v); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Done
{
};
using Status = Result<Done>;

} // namespace dp
