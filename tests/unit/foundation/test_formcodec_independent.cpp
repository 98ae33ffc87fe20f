// The client's form encoding checked by decoders that are not ours. The sandbox decodes with core/foundation/formcodec
// too, so a bug shared by encoder and decoder could never show in a client <-> sandbox test. Here what encodeForm()
// writes is decoded by Python's urllib.parse.parse_qsl, and compared with what the official Stripe Python SDK
// (python3-stripe) sends for the same parameters, decoded the same way.
#include "foundation/formcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <algorithm>

using namespace dp;

using Pairs = QList<QStringList>; // each {key, value}, in the order they are on the wire

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Decodes stdin with the standard library: the body must be ASCII; strict parsing refuses a pair without '=' and
// an invalid UTF-8 escape; blank values are kept.
const char* kParseScript = R"(
import sys, json
from urllib.parse import parse_qsl
body = sys.stdin.buffer.read().decode('ascii')
pairs = parse_qsl(body, keep_blank_values=True, strict_parsing=True, encoding='utf-8', errors='strict')
json.dump(pairs, sys.stdout)
)";

// The parameters as JSON on stdin -> the SDK's own encoder -> urlencode -> parse_qsl. Booleans are given to the SDK
// as the API spells them ("true"/"false"): python3-stripe 5 would write Python's "True", newer SDKs write "true".
const char* kSdkScript = R"(
import sys, json
from urllib.parse import urlencode, parse_qsl
try:
    from stripe._encode import _api_encode
except ImportError:
    from stripe.api_requestor import _api_encode
def api_spelling(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, dict):
        return {k: api_spelling(x) for k, x in v.items()}
    if isinstance(v, list):
        return [api_spelling(x) for x in v]
    return v
params = api_spelling(json.load(sys.stdin))
body = urlencode(list(_api_encode(params)))
json.dump(parse_qsl(body, keep_blank_values=True, strict_parsing=True), sys.stdout)
)";

// Runs one of the scripts with `input` on stdin; the pairs it prints, or a failure message.
bool runPython(const char* script, const QByteArray& input, Pairs* pairs, QString* failure)
{
    QProcess python;
    python.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(script)});
    if (!python.waitForStarted(10000))
        return *failure = QStringLiteral("python3 did not start"), false;
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return *failure = QStringLiteral("python3 failed: ") + QString::fromUtf8(python.readAllStandardError()), false;
    const QJsonArray array = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue& v : array)
        pairs->append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    return true;
}

Pairs sorted(Pairs pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const QStringList& a, const QStringList& b) {
        return a.at(0) != b.at(0) ? a.at(0) < b.at(0) : a.at(1) < b.at(1);
    });
    return pairs;
}

QString show(const Pairs& pairs)
{
    QStringList out;
    for (const QStringList& p : pairs)
        out.append(p.at(0) + QLatin1Char('=') + p.at(1));
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestFormCodecIndependent : public QObject
{
    Q_OBJECT

private:
    bool m_hasSdk = false;

    // The parameters the client sends (request payment, refunds, Connect) and the pairs a server must read.
    void addRows(bool forSdk)
    {
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<Pairs>("expected");

        const QString tricky = QString::fromUtf8("Bob & Sons = 100% + tax; ünïcødé 🚗 \"quoted\" a/b?c#d");
        QTest::newRow("scalars") << QVariantMap{{"amount", 177230}, {"currency", "usd"}}
                                 << Pairs{{"amount", "177230"}, {"currency", "usd"}};
        QTest::newRow("metadata with spaces, unicode and &=+%")
            << QVariantMap{{"metadata", QVariantMap{{"note", tricky}, {"ro", "RO-1 2"}}}}
            << Pairs{{"metadata[note]", tricky}, {"metadata[ro]", "RO-1 2"}};
        QTest::newRow("metadata keys with spaces, unicode and &=+")
            << QVariantMap{{"metadata", QVariantMap{{"stock no", "7"}, {QString::fromUtf8("référence"), "R"},
                                                    {"a&b=c+d", "x"}}}}
            << Pairs{{"metadata[a&b=c+d]", "x"}, {QString::fromUtf8("metadata[référence]"), "R"},
                     {"metadata[stock no]", "7"}};
        QTest::newRow("objects in an array")
            << QVariantMap{{"line_items", QVariantList{QVariantMap{{"price", "price_1"}, {"quantity", 2}},
                                                       QVariantMap{{"price", "price 2&"}, {"quantity", 1}}}}}
            << Pairs{{"line_items[0][price]", "price_1"}, {"line_items[0][quantity]", "2"},
                     {"line_items[1][price]", "price 2&"}, {"line_items[1][quantity]", "1"}};
        QTest::newRow("expand") << QVariantMap{{"expand", QStringList{"data.charge", "data.balance_transaction"}}}
                                << Pairs{{"expand[0]", "data.charge"}, {"expand[1]", "data.balance_transaction"}};
        QTest::newRow("empty values") << QVariantMap{{"description", ""}, {"metadata", QVariantMap{{"old", ""}}}}
                                      << Pairs{{"description", ""}, {"metadata[old]", ""}};
        QTest::newRow("booleans")
            << QVariantMap{{"capabilities", QVariantMap{{"card_payments", QVariantMap{{"requested", true}}}}},
                           {"livemode", false}}
            << Pairs{{"capabilities[card_payments][requested]", "true"}, {"livemode", "false"}};
        QTest::newRow("deep object with unicode")
            << QVariantMap{{"company", QVariantMap{{"address", QVariantMap{{"city", QString::fromUtf8("Montréal")},
                                                                          {"line1", "1 Rue Ste-Catherine O."}}},
                                                  {"name", QString::fromUtf8("Garage Côté & Fils")}}}}
            << Pairs{{"company[address][city]", QString::fromUtf8("Montréal")},
                     {"company[address][line1]", "1 Rue Ste-Catherine O."},
                     {"company[name]", QString::fromUtf8("Garage Côté & Fils")}};
        QTest::newRow("phone and e-mail") << QVariantMap{{"email", "a+b@x.test"}, {"phone", "+1 (514) 555-0142"}}
                                          << Pairs{{"email", "a+b@x.test"}, {"phone", "+1 (514) 555-0142"}};
        QTest::newRow("percent signs and escapes")
            << QVariantMap{{"description", "%41 %zz %%"}} << Pairs{{"description", "%41 %zz %%"}};
        if (!forSdk) // JSON has no "null string": the SDK leaves None out, the client writes it empty (unset)
            QTest::newRow("null unsets") << QVariantMap{{"description", QString()}} << Pairs{{"description", ""}};
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(kPython))
            QSKIP("/usr/bin/python3 is not installed");
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"), QStringLiteral("import stripe")});
        m_hasSdk = probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }

    void decodedByPythonParseQs_data() { addRows(false); }
    void decodedByPythonParseQs()
    {
        QFETCH(QVariantMap, params);
        QFETCH(Pairs, expected);
        const QByteArray body = encodeForm(params);
        Pairs decoded;
        QString failure;
        QVERIFY2(runPython(kParseScript, body, &decoded, &failure), qPrintable(failure + " body: " + body));
        QVERIFY2(decoded == expected, qPrintable("body " + QString::fromLatin1(body) + "\n decoded:  " + show(decoded)
                                                 + "\n expected: " + show(expected)));
    }

    void sameAsStripeSdk_data() { addRows(true); }
    void sameAsStripeSdk()
    {
        QFETCH(QVariantMap, params);
        QFETCH(Pairs, expected);
        if (!m_hasSdk)
            QSKIP("The Stripe Python SDK (python3-stripe) is not installed");

        Pairs ours, sdk;
        QString failure;
        QVERIFY2(runPython(kParseScript, encodeForm(params), &ours, &failure), qPrintable(failure));
        QVERIFY2(runPython(kSdkScript, QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(), &sdk, &failure),
                 qPrintable(failure));
        // The SDK keeps the caller's key order; the client sorts its keys. The pairs must be the same.
        QVERIFY2(sorted(ours) == sorted(sdk), qPrintable("ours: " + show(sorted(ours)) + "\n sdk:  " + show(sorted(sdk))));
        QCOMPARE(sorted(sdk), sorted(expected));
    }
};

QTEST_GUILESS_MAIN(TestFormCodecIndependent)
#include "test_formcodec_independent.moc"
