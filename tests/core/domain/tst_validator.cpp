#include "core/domain/validator.h"
#include "tests/support/fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;
using Fehrist::Test::makeDepartment;
using Fehrist::Test::makeService;

namespace {

// The messages of the problems concerning `field`.
QStringList problemsOf(const Record &r, const QString &field)
{
    QStringList out;
    for (const Problem &p : Validator().validate(r)) {
        if (p.field == field)
            out.append(p.message);
    }
    return out;
}

} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRecordsHaveNoProblems()
    {
        QCOMPARE(describeProblems(Validator().validate(makeService(u"DC"_s, u"DOMICILE"_s))), QString());
        QCOMPARE(describeProblems(Validator().validate(makeDepartment(u"DC"_s))), QString());
    }

    void everyProblemIsReportedAtOnce()
    {
        Service s;
        s.setValue(u"code"_s, u"bad code"_s);
        s.setValue(u"fee_amount_pkr"_s, u"-10"_s);
        s.setValue(u"online_url"_s, u"http://example.org"_s);
        const QList<Problem> problems = Validator().validate(s);
        QStringList fields;
        for (const Problem &p : problems)
            fields.append(p.field);
        for (const QString &f : {u"department_code"_s, u"code"_s, u"name_en"_s, u"description"_s, u"category"_s,
                                 u"digitization_level"_s, u"status"_s, u"fee_amount_pkr"_s, u"online_url"_s})
            QVERIFY2(fields.contains(f), qPrintable(u"no problem reported for "_s + f + u": "_s + fields.join(u',')));
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f :
             {"department_code", "code", "name_en", "description", "category", "digitization_level", "status"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void requiredFields()
    {
        QFETCH(QString, field);
        Service s = makeService(u"DC"_s, u"X1"_s);
        s.setValue(field, QVariant());
        QCOMPARE(problemsOf(s, field), QStringList {u"is required"_s});
        s.setValue(field, u"   "_s); // blank is the same as missing
        QCOMPARE(problemsOf(s, field), QStringList {u"is required"_s});
    }

    void fieldRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expectedWords"); // a part of the message

        auto row = [](const char *name, const QString &field, const QVariant &value, bool valid,
                      const QString &words = {}) { QTest::newRow(name) << field << value << valid << words; };
        row("code lowercase", u"code"_s, u"domicile"_s, false, u"capital letters"_s);
        row("code too long", u"code"_s, QString(25, u'A'), false, u"2 to 24"_s);
        row("code one char", u"code"_s, u"A"_s, false, u"not a valid code"_s);
        row("code ok", u"code"_s, u"ARMS-NEW"_s, true);
        row("dept code too long", u"department_code"_s, u"ABCDEFGHIJKLM"_s, false, u"2 to 12"_s);
        row("name too long", u"name_en"_s, QString(221, u'x'), false, u"221 characters"_s);
        row("name 220 ok", u"name_en"_s, QString(220, u'x'), true);
        row("name two lines", u"name_en"_s, u"a\nb"_s, false, u"single line"_s);
        row("urdu name ok", u"name_ur"_s, u"ڈومیسائل سرٹیفکیٹ"_s, true);
        row("NUL in a name", u"name_en"_s, u"before\u0000after"_s, false, u"NUL character"_s);
        row("NUL in a description", u"description"_s, u"before\u0000after"_s, false, u"NUL character"_s);
        row("NUL in a list entry", u"required_documents"_s, QStringList {u"CNIC\u0000copy"_s}, false,
            u"NUL character"_s);
        row("https ok", u"online_url"_s, u"https://kp.gov.pk/apply"_s, true);
        row("http refused", u"online_url"_s, u"http://kp.gov.pk"_s, false, u"https://"_s);
        row("ftp refused", u"online_url"_s, u"ftp://kp.gov.pk"_s, false, u"https://"_s);
        row("no host", u"online_url"_s, u"https://"_s, false, u"https://"_s);
        row("url with credentials", u"online_url"_s, u"https://a:b@kp.gov.pk"_s, false, u"https://"_s);
        row("duration ok", u"processing_time"_s, u"P10D"_s, true);
        row("duration words", u"processing_time"_s, u"10 days"_s, false, u"ISO 8601"_s);
        row("rts duration", u"rts_time_limit"_s, u"7 days"_s, false, u"ISO 8601"_s);
        row("fee ok", u"fee_amount_pkr"_s, u"1250.50"_s, true);
        row("fee negative", u"fee_amount_pkr"_s, u"-5"_s, false, u"negative"_s);
        row("fee letters", u"fee_amount_pkr"_s, u"Rs 500"_s, false, u"amount in rupees"_s);
        row("fee three decimals", u"fee_amount_pkr"_s, u"1.005"_s, false, u"amount in rupees"_s);
        row("category unknown", u"category"_s, u"taxes"_s, false, u"allowed values"_s);
        row("category ok", u"category"_s, u"health"_s, true);
        row("level unknown", u"digitization_level"_s, u"L7"_s, false, u"allowed values"_s);
        row("output type unknown", u"output_type"_s, u"paper"_s, false, u"allowed values"_s);
        row("fee type unknown", u"fee_type"_s, u"cheap"_s, false, u"allowed values"_s);
        row("status unknown", u"status"_s, u"open"_s, false, u"allowed values"_s);
        row("channel unknown", u"channels"_s, QStringList {u"office-counter"_s, u"fax"_s}, false, u"\"fax\""_s);
        row("channel twice", u"channels"_s, QStringList {u"post"_s, u"post"_s}, false, u"twice"_s);
        row("audience ok", u"audience"_s, QStringList {u"citizens"_s, u"businesses"_s}, true);
        row("audience unknown", u"audience"_s, QStringList {u"aliens"_s}, false, u"\"aliens\""_s);
        row("district unknown", u"districts"_s, QStringList {u"lahore"_s}, false, u"\"lahore\""_s);
        row("district all with others", u"districts"_s, QStringList {u"all"_s, u"swat"_s}, false,
            u"cannot be combined"_s);
        row("districts ok", u"districts"_s, QStringList {u"peshawar"_s, u"swat"_s}, true);
        row("keyword too long", u"keywords"_s, QStringList {QString(61, u'k')}, false, u"61 characters"_s);
        row("email ok", u"contact_email"_s, u"it.home@kp.gov.pk"_s, true);
        row("email no at", u"contact_email"_s, u"it.home.kp.gov.pk"_s, false, u"e-mail"_s);
        row("email no domain dot", u"contact_email"_s, u"a@localhost"_s, false, u"e-mail"_s);
        row("phone ok", u"contact_phone"_s, u"+92 91 9210000"_s, true);
        row("phone letters", u"contact_phone"_s, u"call us"_s, false, u"phone number"_s);
        row("phone short", u"contact_phone"_s, u"123"_s, false, u"phone number"_s);
        row("date ok", u"target_date"_s, u"2027-06-30"_s, true);
        row("date impossible", u"target_date"_s, u"2027-02-30"_s, false, u"YYYY-MM-DD"_s);
        row("date other format", u"last_verified"_s, u"30/06/2027"_s, false, u"YYYY-MM-DD"_s);
        row("volume negative", u"annual_volume"_s, qint64(-1), false, u"negative"_s);
        row("volume text", u"annual_volume"_s, u"many"_s, false, u"whole number"_s);
        row("volume ok", u"annual_volume"_s, qint64(400000), true);
        row("description too long", u"description"_s, QString(4001, u'd'), false, u"4001 characters"_s);
    }
    void fieldRules()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(bool, valid);
        QFETCH(QString, expectedWords);
        Service s = makeService(u"DC"_s, u"X1"_s);
        s.setValue(field, value);
        const QStringList problems = problemsOf(s, field);
        if (valid) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        } else {
            QVERIFY2(!problems.isEmpty(), "no problem reported");
            QVERIFY2(problems.join(u"; "_s).contains(expectedWords), qPrintable(problems.join(u"; "_s)));
        }
    }

    void departmentRules()
    {
        Department d = makeDepartment(u"HOME"_s);
        d.setValue(u"code"_s, u"home affairs"_s);
        d.setValue(u"website"_s, u"http://home.kp.gov.pk"_s);
        d.setValue(u"expected_services"_s, qint64(-3));
        d.setValue(u"submission_deadline"_s, u"tomorrow"_s);
        d.setValue(u"email"_s, u"nobody"_s);
        QStringList fields;
        for (const Problem &p : Validator().validate(d))
            fields.append(p.field);
        QCOMPARE(fields,
                 (QStringList {u"code"_s, u"email"_s, u"website"_s, u"expected_services"_s, u"submission_deadline"_s}));
        Department own = makeDepartment(u"HOME"_s);
        own.setValue(u"parent_code"_s, u"HOME"_s);
        QCOMPARE(problemsOf(own, u"parent_code"_s), QStringList {u"a department cannot be its own parent"_s});
    }

    void crossFieldRules()
    {
        Service s = makeService(u"DC"_s, u"X1"_s);
        s.setValue(u"fee_type"_s, u"fixed"_s);
        QCOMPARE(problemsOf(s, u"fee_amount_pkr"_s), QStringList {u"is required when the fee type is fixed"_s});
        s.setValue(u"fee_type"_s, u"free"_s);
        s.setValue(u"fee_amount_pkr"_s, u"100"_s);
        QCOMPARE(problemsOf(s, u"fee_amount_pkr"_s), QStringList {u"must be empty when the fee type is free"_s});
        s.setValue(u"fee_amount_pkr"_s, u"0"_s);
        QVERIFY(problemsOf(s, u"fee_amount_pkr"_s).isEmpty());

        s.setValue(u"rts_notified"_s, true);
        QCOMPARE(problemsOf(s, u"rts_time_limit"_s).size(), 1);
        s.setValue(u"rts_time_limit"_s, u"P10D"_s);
        QVERIFY(problemsOf(s, u"rts_time_limit"_s).isEmpty());

        s.setValue(u"digitization_level"_s, u"L4"_s);
        s.setValue(u"target_level"_s, u"L2"_s);
        QCOMPARE(problemsOf(s, u"target_level"_s), QStringList {u"is below the current digitization level"_s});
        s.setValue(u"target_level"_s, u"L6"_s);
        QVERIFY(problemsOf(s, u"target_level"_s).isEmpty());

        s.setValue(u"channels"_s, QStringList {u"office-counter"_s});
        QCOMPARE(problemsOf(s, u"channels"_s).size(), 1); // L4 needs an online channel
        s.setValue(u"channels"_s, QStringList {u"office-counter"_s, u"dastak"_s});
        QVERIFY(problemsOf(s, u"channels"_s).isEmpty());

        s.setValue(u"state"_s, u"returned"_s);
        QCOMPARE(problemsOf(s, u"review_comment"_s).size(), 1);
    }

    void referenceDataIsVersionedAndComplete()
    {
        const ReferenceData &ref = ReferenceData::builtIn();
        QVERIFY(ref.version() >= 1);
        QCOMPARE(ref.codes(u"level"_s), (QStringList {u"L0"_s, u"L1"_s, u"L2"_s, u"L3"_s, u"L4"_s, u"L5"_s, u"L6"_s}));
        QCOMPARE(ref.codes(u"category"_s).size(), 15);
        QCOMPARE(ref.codes(u"channel"_s).size(), 11);
        QCOMPARE(ref.codes(u"state"_s), (QStringList {u"draft"_s, u"submitted"_s, u"approved"_s, u"returned"_s}));
        QVERIFY(ref.codes(u"district"_s).size() >= 36);
        QVERIFY(ref.contains(u"district"_s, u"peshawar"_s));
        for (const ReferenceItem &item : ref.items(u"category"_s))
            QVERIFY2(!item.labelUr.isEmpty(), qPrintable(item.code));
        QCOMPARE(ReferenceData::levelRank(u"L3"_s), 3);
        QCOMPARE(ReferenceData::levelRank(u"L9"_s), -1);
    }

    // Every list speaks English, Urdu and Pashto, and a label follows the language of the locale.
    void referenceLabelsInEveryLanguage()
    {
        const ReferenceData &ref = ReferenceData::builtIn();
        for (const QString &list : ref.listNames()) {
            for (const ReferenceItem &item : ref.items(list)) {
                const QString at = list + u'/' + item.code;
                QVERIFY2(!item.labelEn.isEmpty() && !item.labelUr.isEmpty() && !item.labelPs.isEmpty(), qPrintable(at));
            }
        }
        const ReferenceItem *peshawar = ref.item(u"district"_s, u"peshawar"_s);
        QVERIFY(peshawar);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Pashto, QLocale::Pakistan));
        QCOMPARE(peshawar->label(), u"پېښور"_s);
        QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
        QCOMPARE(peshawar->label(), u"پشاور"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Pakistan));
        QCOMPARE(peshawar->label(), u"Peshawar"_s);
        QLocale::setDefault(before);
    }

    // Translatable, yet English without a translator (the CLI and the server install none).
    void messagesStayEnglishWithoutATranslator()
    {
        Service s;
        QCOMPARE(problemsOf(s, u"name_en"_s).value(0), u"is required"_s);
        QCOMPARE(Validator::tr("is required"), u"is required"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
