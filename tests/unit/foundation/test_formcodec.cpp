#include "foundation/formcodec.h"

#include <QtTest>

using namespace dp;

class TestFormCodec : public QObject
{
    Q_OBJECT

private slots:
    void encode_data()
    {
        QTest::addColumn<QVariantMap>("params");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("scalar") << QVariantMap{{"amount", 1234}} << QByteArray("amount=1234");
        QTest::newRow("sorted keys") << QVariantMap{{"b", "2"}, {"a", "1"}, {"c", "3"}} << QByteArray("a=1&b=2&c=3");
        QTest::newRow("bool") << QVariantMap{{"t", true}, {"f", false}} << QByteArray("f=false&t=true");
        QTest::newRow("empty string unsets") << QVariantMap{{"description", QString()}} << QByteArray("description=");
        QTest::newRow("space and symbols") << QVariantMap{{"name", "Bob & Sons = 100%"}}
                                           << QByteArray("name=Bob+%26+Sons+%3D+100%25");
        QTest::newRow("unicode") << QVariantMap{{"city", QString::fromUtf8("Montréal")}}
                                 << QByteArray("city=Montr%C3%A9al");
        QTest::newRow("plus sign") << QVariantMap{{"phone", "+15145550100"}} << QByteArray("phone=%2B15145550100");
        QTest::newRow("nested object") << QVariantMap{{"metadata", QVariantMap{{"order", "A1"}, {"vin", "X"}}}}
                                       << QByteArray("metadata[order]=A1&metadata[vin]=X");
        QTest::newRow("deep object")
            << QVariantMap{{"company", QVariantMap{{"address", QVariantMap{{"city", "Laval"}}}}}}
            << QByteArray("company[address][city]=Laval");
        QTest::newRow("array") << QVariantMap{{"expand", QVariantList{"customer", "invoice"}}}
                               << QByteArray("expand[0]=customer&expand[1]=invoice");
        QTest::newRow("string list") << QVariantMap{{"expand", QStringList{"a", "b"}}}
                                     << QByteArray("expand[0]=a&expand[1]=b");
        QTest::newRow("objects in array")
            << QVariantMap{{"items", QVariantList{QVariantMap{{"price", "p1"}, {"quantity", 2}},
                                                  QVariantMap{{"price", "p2"}}}}}
            << QByteArray("items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2");
        QTest::newRow("key with space") << QVariantMap{{"metadata", QVariantMap{{"stock no", "7"}}}}
                                        << QByteArray("metadata[stock+no]=7");
        QTest::newRow("empty containers dropped")
            << QVariantMap{{"a", QVariantList{}}, {"b", QVariantMap{}}, {"c", "1"}} << QByteArray("c=1");
        QTest::newRow("nothing") << QVariantMap{} << QByteArray();
    }

    void encode()
    {
        QFETCH(QVariantMap, params);
        QFETCH(QByteArray, expected);
        QCOMPARE(encodeForm(params), expected);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QVariantMap>("expected");

        QTest::newRow("empty") << QByteArray() << QVariantMap{};
        QTest::newRow("scalars") << QByteArray("a=1&b=two") << QVariantMap{{"a", "1"}, {"b", "two"}};
        QTest::newRow("plus and percent") << QByteArray("name=Bob+%26+Sons&p=%2B1")
                                          << QVariantMap{{"name", "Bob & Sons"}, {"p", "+1"}};
        QTest::newRow("utf8") << QByteArray("city=Montr%C3%A9al")
                              << QVariantMap{{"city", QString::fromUtf8("Montréal")}};
        QTest::newRow("empty value") << QByteArray("description=") << QVariantMap{{"description", ""}};
        QTest::newRow("no equals") << QByteArray("flag") << QVariantMap{{"flag", ""}};
        QTest::newRow("empty pairs") << QByteArray("&&a=1&&") << QVariantMap{{"a", "1"}};
        QTest::newRow("object") << QByteArray("metadata[order]=A1&metadata[vin]=X")
                                << QVariantMap{{"metadata", QVariantMap{{"order", "A1"}, {"vin", "X"}}}};
        QTest::newRow("encoded brackets") << QByteArray("metadata%5Border%5D=A1")
                                          << QVariantMap{{"metadata", QVariantMap{{"order", "A1"}}}};
        QTest::newRow("indexed array") << QByteArray("expand[0]=a&expand[1]=b")
                                       << QVariantMap{{"expand", QVariantList{"a", "b"}}};
        QTest::newRow("indexes out of order") << QByteArray("expand[1]=b&expand[0]=a")
                                              << QVariantMap{{"expand", QVariantList{"a", "b"}}};
        QTest::newRow("sparse indexes compact") << QByteArray("x[7]=b&x[2]=a")
                                                << QVariantMap{{"x", QVariantList{"a", "b"}}};
        QTest::newRow("bracket array") << QByteArray("expand[]=a&expand[]=b")
                                       << QVariantMap{{"expand", QVariantList{"a", "b"}}};
        QTest::newRow("objects in array")
            << QByteArray("items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2")
            << QVariantMap{{"items", QVariantList{QVariantMap{{"price", "p1"}, {"quantity", "2"}},
                                                  QVariantMap{{"price", "p2"}}}}};
        QTest::newRow("objects in bracket array")
            << QByteArray("items[][price]=p1&items[][quantity]=2&items[][price]=p2")
            << QVariantMap{{"items", QVariantList{QVariantMap{{"price", "p1"}, {"quantity", "2"}},
                                                  QVariantMap{{"price", "p2"}}}}};
        QTest::newRow("numeric key in object stays a key")
            << QByteArray("m[a]=1&m[0]=2") << QVariantMap{{"m", QVariantMap{{"a", "1"}, {"0", "2"}}}};
        QTest::newRow("duplicate scalar: last wins") << QByteArray("a=1&a=2") << QVariantMap{{"a", "2"}};
        QTest::newRow("type conflict: last wins") << QByteArray("a=1&a[b]=2")
                                                  << QVariantMap{{"a", QVariantMap{{"b", "2"}}}};
        QTest::newRow("unclosed bracket literal") << QByteArray("a[b=1") << QVariantMap{{"a[b", "1"}};
        QTest::newRow("trailing text literal") << QByteArray("a[b]c=1") << QVariantMap{{"a[b]c", "1"}};
        QTest::newRow("no base name literal") << QByteArray("[a]=1") << QVariantMap{{"[a]", "1"}};
        QTest::newRow("nested open literal") << QByteArray("a[[b]]=1") << QVariantMap{{"a[[b]]", "1"}};
        QTest::newRow("empty key skipped") << QByteArray("=1&b=2") << QVariantMap{{"b", "2"}};
        QTest::newRow("bad percent kept") << QByteArray("a=%ZZ%4") << QVariantMap{{"a", "%ZZ%4"}};
        QTest::newRow("percent at end") << QByteArray("a=%41&b=%4") << QVariantMap{{"a", "A"}, {"b", "%4"}};
        QTest::newRow("huge index is a key") << QByteArray("a[99999999999999999999]=1")
                                             << QVariantMap{{"a", QVariantMap{{"99999999999999999999", "1"}}}};
        QTest::newRow("value with equals") << QByteArray("a=b=c") << QVariantMap{{"a", "b=c"}};
    }

    void decode()
    {
        QFETCH(QByteArray, body);
        QFETCH(QVariantMap, expected);
        QCOMPARE(decodeForm(body), expected);
    }

    void roundTrip()
    {
        const QVariantMap params{
            {"amount", "5000"},
            {"currency", "cad"},
            {"description", QString::fromUtf8("Dépôt: véhicule #12 & frais")},
            {"expand", QVariantList{"customer", "latest_charge"}},
            {"metadata", QVariantMap{{"deal", "D-1"}, {"a b", "c+d"}}},
            {"line_items", QVariantList{QVariantMap{{"price", "p1"}, {"tax", QVariantMap{{"rate", "5"}}}},
                                        QVariantMap{{"price", "p2"}}}},
        };
        QCOMPARE(decodeForm(encodeForm(params)), params);
    }

    void deepNestingDoesNotCrash()
    {
        QByteArray key("a");
        for (int i = 0; i < 5000; ++i)
            key += "[x]";
        const QVariantMap decoded = decodeForm(key + "=1");
        QCOMPARE(decoded.size(), 1);
        QVERIFY(decoded.contains(QString::fromLatin1(key))); // too deep: taken literally
    }

    void garbageDoesNotCrash()
    {
        const QByteArray samples[] = {"]]]=[[[", "a[]]=1", "a[=]", "%%%=%%%", "a[][]=1&a[][]=2", "a[0][]=1&a[0]=2",
                                      QByteArray("\0\xff=\xfe", 4), "a[]=1&a[x]=2&a[0]=3"};
        for (const QByteArray& s : samples)
            decodeForm(s);
        QCOMPARE(decodeForm("a[][]=1&a[][]=2").value("a").toList().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFormCodec)
#include "test_formcodec.moc"
