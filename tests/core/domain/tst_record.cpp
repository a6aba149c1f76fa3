#include "core/domain/record.h"
#include "tests/support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

class TestRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripKeepsEveryField()
    {
        Service s
            = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s, u"Domicile certificate"_s, u"ڈومیسائل سرٹیفکیٹ"_s);
        s.id = u"6cbeaa84-9233-4592-8e47-c6b3f4baeb83"_s;
        s.rev = 7;
        s.setValue(u"channels"_s, QStringList {u"web-portal"_s, u"office-counter"_s});
        s.setValue(u"rts_notified"_s, true);
        s.setValue(u"annual_volume"_s, qint64(400000));
        s.setValue(u"fee_amount_pkr"_s, u"200.50"_s);
        const QJsonObject json = s.toJson();
        // DESIGN.md §7: the field names of §4 are the keys, plus id, rev and state.
        for (const FieldDef &def : Schema::services().fields())
            QVERIFY2(json.contains(def.name), qPrintable(def.name));
        QCOMPARE(json.value(u"id"_s).toString(), s.id);
        QCOMPARE(json.value(u"rev"_s).toInteger(), 7);
        QCOMPARE(json.value(u"channels"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"annual_volume"_s).toInteger(), 400000);
        QVERIFY(json.value(u"online_url"_s).isNull());

        auto back = Record::fromJson(EntityType::Service, json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->values(), s.values());
        QCOMPARE(back->id, s.id);
        QCOMPARE(back->rev, s.rev);
    }

    void jsonTextIsTheSameObjectAsToJson()
    {
        // The server logs every version as text written directly; it must read back as toJson() does.
        Service s = Fehrist::Test::makeService(u"DC"_s, u"DOMICILE"_s, u"Domicile \"certificate\"\n\\ \t"_s,
                                               u"ڈومیسائل سرٹیفکیٹ"_s);
        s.id = u"6cbeaa84-9233-4592-8e47-c6b3f4baeb83"_s;
        s.rev = 12;
        s.updatedAt = u"2026-11-28T01:00:00.000Z"_s;
        s.setValue(u"channels"_s, QStringList {u"web-portal"_s, u"office \"counter\""_s});
        s.setValue(u"description"_s, QString(u"a\u0001b"_s));
        s.setValue(u"rts_notified"_s, true);
        s.setValue(u"annual_volume"_s, qint64(400000));
        for (const Record &r : {Record(s), Record(EntityType::Department)}) {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(r.toJsonText().toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.object(), r.toJson());
        }
    }

    void aNullLeavesAFieldAtItsDefault()
    {
        // A department is active unless said otherwise; any other flag is off; a null sets nothing.
        auto department = Record::fromJson(EntityType::Department, QJsonObject {{u"active"_s, QJsonValue()}});
        QVERIFY(department.ok());
        QCOMPARE(department->value(u"active"), QVariant(true));
        auto service = Record::fromJson(EntityType::Service,
                                        QJsonObject {{u"rts_notified"_s, QJsonValue()}, {u"name_en"_s, QJsonValue()}});
        QVERIFY(service.ok());
        QCOMPARE(service->value(u"rts_notified"), QVariant(false));
        QVERIFY(!service->value(u"name_en").isValid());
        const FieldDef &active = *Schema::of(EntityType::Department).field(u"active"_s);
        QVERIFY(!Record::valueFromJson(active, QJsonValue())->isValid());
        QCOMPARE(Record::defaultValue(active), QVariant(true));
        QCOMPARE(*Record::valueFromJson(active, false), QVariant(false));
        QVERIFY(!Record::valueFromJson(active, u"yes"_s).ok());
    }

    void fromJsonNamesTheBadKey()
    {
        auto unknown = Record::fromJson(EntityType::Service, QJsonObject {{u"nmae_en"_s, u"x"_s}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().where, u"nmae_en"_s);

        auto wrongType = Record::fromJson(EntityType::Service, QJsonObject {{u"channels"_s, u"web-portal"_s}});
        QVERIFY(!wrongType.ok());
        QCOMPARE(wrongType.error().where, u"channels"_s);
        QVERIFY(wrongType.error().message.contains(u"list"_s));

        auto notWhole = Record::fromJson(EntityType::Service, QJsonObject {{u"annual_volume"_s, 1.5}});
        QVERIFY(!notWhole.ok());
        QCOMPARE(notWhole.error().where, u"annual_volume"_s);
    }

    void parseTextForTheCommandLine()
    {
        const Schema &schema = Schema::services();
        auto list = Record::parseText(*schema.field(u"channels"), u"web-portal;office-counter"_s);
        QCOMPARE(list->toStringList(), (QStringList {u"web-portal"_s, u"office-counter"_s}));
        QCOMPARE(Record::parseText(*schema.field(u"rts_notified"), u"yes"_s)->toBool(), true);
        QCOMPARE(Record::parseText(*schema.field(u"rts_notified"), u"No"_s)->toBool(), false);
        QVERIFY(!Record::parseText(*schema.field(u"rts_notified"), u"maybe"_s).ok());
        QCOMPARE(Record::parseText(*schema.field(u"annual_volume"), u"1200"_s)->toLongLong(), 1200);
        auto notNumber = Record::parseText(*schema.field(u"annual_volume"), u"lots"_s);
        QVERIFY(!notNumber.ok());
        QCOMPARE(notNumber.error().where, u"annual_volume"_s);
        QVERIFY(!Record::parseText(*schema.field(u"name_ur"), u"  "_s)->isValid()); // empty clears
    }

    void valuesAreNormalised()
    {
        Service s;
        s.setValue(u"name_en"_s, u"  Domicile  "_s);
        QCOMPARE(s.text(u"name_en"), u"Domicile"_s);
        s.setValue(u"keywords"_s, QStringList {u" a "_s, u""_s, u"b"_s});
        QCOMPARE(s.list(u"keywords"), (QStringList {u"a"_s, u"b"_s}));
        s.setValue(u"keywords"_s, QStringList {});
        QVERIFY(!s.isSet(u"keywords"));
    }

    void diffNamesChangedFieldsOnly()
    {
        Service a = Fehrist::Test::makeService(u"DC"_s, u"A1"_s);
        Service b = a;
        b.setValue(u"name_en"_s, u"Renamed"_s);
        b.setValue(u"keywords"_s, QStringList {u"new"_s});
        const QList<FieldChange> changes = diffRecords(a, b);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).field, u"name_en"_s);
        QCOMPARE(changes.at(1).field, u"keywords"_s);
        const QJsonObject json = changesToJson(Schema::services(), changes);
        QCOMPARE(json.value(u"name_en"_s).toObject().value(u"new"_s).toString(), u"Renamed"_s);
        QVERIFY(json.value(u"keywords"_s).toObject().value(u"old"_s).toArray().isEmpty());
    }

    void listsReadBackAsWritten()
    {
        // The store keeps lists as JSON text (listToJsonText) and reads them with listFromJsonText: every
        // item comes back as it was, quotes, backslashes, control characters and Urdu included.
        const QList<QStringList> lists {
            {},
            {u"office-counter"_s},
            {u"CNIC \"original\""_s, u"C:\\forms\\a.pdf"_s, u"line\nbreak\ttab"_s, QString(QChar(0x01))},
            {u"شناختی کارڈ"_s, u"ڈومیسائل"_s, u"😀"_s},
        };
        for (const QStringList &items : lists) {
            const QString text = listToJsonText(items);
            QCOMPARE(listFromJsonText(text), items);
            // The same as any JSON reader makes of it.
            QStringList viaQt;
            for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
                viaQt.append(v.toString());
            QCOMPARE(viaQt, items);
        }
        // Text written by anything else (spaces, escapes we never write) is still read as JSON.
        QCOMPARE(listFromJsonText(u"[ \"a\" , \"b\\/c\" ]"_s), (QStringList {u"a"_s, u"b/c"_s}));
        QCOMPARE(listFromJsonText(u"[\"\\u00e9t\\u00e9\"]"_s), QStringList {u"été"_s});
        QCOMPARE(listFromJsonText(u"[\"unterminated"_s), QStringList {});
        QCOMPARE(listFromJsonText(u"not json"_s), QStringList {});
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
