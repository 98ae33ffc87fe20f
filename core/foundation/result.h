#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dp {

// One input of a form at fault: the field name core uses (e.g. "routing_number") and what is wrong, in words.
struct FieldError
{
    QString field;
    QString message;
};

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
    // Validation: every input at fault, in the order of the form, so that a form shows all its errors at once.
    // `field` and `message` repeat the first one (callers that show one error keep working).
    QList<FieldError> fieldErrors = {};

    static Error validation(QString field, QString message)
    {
        Error e{Code::Validation, message, field, {}};
        e.fieldErrors.append({std::move(field), std::move(message)});
        return e;
    }
    // All the errors of a form; nullopt when there is none.
    static std::optional<Error> validation(const QList<FieldError>& all)
    {
        if (all.isEmpty())
            return std::nullopt;
        Error e{Code::Validation, all.first().message, all.first().field, all};
        return e;
    }
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
