#include "htmlpage.h"

#include <QLocale>

namespace dp::sandbox::html {

namespace {

const char kStyle[] = R"css(
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f6f9fc;
  color:#1a1f36}
header{background:#635bff;color:#fff;padding:14px 32px;font-weight:600;letter-spacing:.2px}
header small{font-weight:400;opacity:.8;margin-left:8px}
main{max-width:760px;margin:32px auto;padding:0 16px}
.card{background:#fff;border-radius:8px;box-shadow:0 2px 5px rgba(60,66,87,.08),0 1px 1px rgba(0,0,0,.12);
  padding:24px 28px;margin-bottom:20px}
h1{font-size:24px;margin:0 0 6px}
h2{font-size:17px;margin:0 0 14px;color:#3c4257}
p.lead{color:#697386;margin:0 0 8px}
.row{display:flex;gap:14px;flex-wrap:wrap}
.field{flex:1 1 200px;margin-bottom:14px}
label{display:block;font-size:13px;font-weight:600;color:#3c4257;margin-bottom:4px}
input,select,textarea{width:100%;padding:8px 10px;border:1px solid #cfd7df;border-radius:5px;font:inherit;
  background:#fff}
input:focus,select:focus,textarea:focus{outline:none;border-color:#635bff;
  box-shadow:0 0 0 3px rgba(99,91,255,.25)}
.invalid input,.invalid select,.invalid textarea{border-color:#df1b41}
.error{color:#df1b41;font-size:13px;margin-top:3px}
.hint{color:#697386;font-size:12px;margin-top:3px}
.banner{background:#fff5f5;border:1px solid #f5c2c7;color:#a4122f;border-radius:6px;padding:10px 14px;
  margin-bottom:18px}
.check{display:flex;gap:8px;align-items:flex-start}
.check input{width:auto;margin-top:4px}
button,.button{display:inline-block;background:#635bff;color:#fff;border:0;border-radius:6px;
  padding:10px 22px;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:#5851e5}
table{width:100%;border-collapse:collapse}
td,th{text-align:left;padding:8px 6px;border-bottom:1px solid #e3e8ee}
.muted{color:#697386}
.big{font-size:28px;font-weight:600}
.ok{color:#0e6245;background:#cbf4c9;border-radius:4px;padding:2px 8px;font-size:13px}
)css";

} // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 amount, const QString& currency)
{
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const qint64 value = qAbs(amount);
    const QString symbol =
        currency.compare(QLatin1String("cad"), Qt::CaseInsensitive) == 0 ? QStringLiteral("CA$") : QStringLiteral("$");
    return sign + symbol + QLocale(QLocale::English, QLocale::UnitedStates).toString(value / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(value % 100, 2, 10, QLatin1Char('0'));
}

QString page(const QString& title, const QString& body, const QString& extraHead)
{
    return QStringLiteral("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                          "<title>%1</title><style>%2</style>%3</head><body>"
                          "<header>DealerPay Payments<small>sandbox &middot; test mode</small></header>"
                          "<main>%4</main></body></html>\n")
        .arg(escape(title), QString::fromLatin1(kStyle), extraHead, body);
}

QString messagePage(const QString& title, const QString& message, const QString& linkUrl, const QString& linkText)
{
    QString body =
        QStringLiteral("<div class=\"card\"><h1>%1</h1><p class=\"lead\">%2</p>").arg(escape(title), escape(message));
    if (!linkUrl.isEmpty())
        body += QStringLiteral("<p><a class=\"button\" href=\"%1\">%2</a></p>").arg(escape(linkUrl), escape(linkText));
    body += QStringLiteral("</div>");
    return page(title, body);
}

} // namespace dp::sandbox::html
