// The blank import template: CatalogueExchange::writeTemplate().
#include "core/domain/referencedata.h"
#include "core/io/catalogueexchange.h"
#include "core/io/xlsx.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

struct ColumnHelp
{
    const char16_t *field;
    const char16_t *english;
    const char16_t *urdu;
};

// What to write in each column, in English and Urdu. Allowed values come from the reference lists.
constexpr ColumnHelp Help[] = {
    {u"department_code", u"The department's code as the catalogue has it (e.g. HEALTH).",
     u"محکمے کا کوڈ، جیسا کہ فہرست میں درج ہے (مثلاً HEALTH)۔"},
    {u"code", u"The service's code, unique within the department: capital letters, digits and dashes.",
     u"سروس کا کوڈ، جو محکمے کے اندر منفرد ہو: صرف بڑے انگریزی حروف، ہندسے اور ڈیش۔"},
    {u"name_en", u"The service's name in English (at most 220 characters).",
     u"سروس کا نام انگریزی میں (زیادہ سے زیادہ 220 حروف)۔"},
    {u"name_ur", u"The service's name in Urdu.", u"سروس کا نام اردو میں۔"},
    {u"description", u"What the service is and whom it is for, in a few sentences.",
     u"سروس کی مختصر وضاحت: یہ کیا ہے اور کس کے لیے ہے۔"},
    {u"category", u"One category, from the drop-down list.", u"زمرہ: فہرست میں سے ایک قدر منتخب کریں۔"},
    {u"audience", u"Who may use it: one or more of the allowed values, separated by ';'.",
     u"کن کے لیے: اجازت شدہ قدروں میں سے ایک یا زیادہ، سیمی کولن (;) سے الگ کریں۔"},
    {u"life_events", u"Life events the service belongs to, separated by ';'.",
     u"زندگی کے واقعات جن سے یہ سروس جڑی ہے، سیمی کولن (;) سے الگ۔"},
    {u"keywords", u"Words people search for, separated by ';'.", u"تلاش کے لیے کلیدی الفاظ، سیمی کولن (;) سے الگ۔"},
    {u"eligibility", u"Who may apply.", u"کون درخواست دے سکتا ہے۔"},
    {u"required_documents", u"The documents an applicant brings, separated by ';'.",
     u"درکار دستاویزات، ہر ایک سیمی کولن (;) سے الگ۔"},
    {u"output_type", u"What the applicant receives, from the drop-down list.",
     u"درخواست دہندہ کو کیا ملتا ہے: فہرست میں سے منتخب کریں۔"},
    {u"fee_type", u"free, fixed or variable, from the drop-down list.", u"فیس کی قسم: free، fixed یا variable۔"},
    {u"fee_amount_pkr", u"The fee in Pakistani rupees, a number only (500 or 1250.50).",
     u"فیس کی رقم پاکستانی روپوں میں، صرف عدد (مثلاً 500 یا 1250.50)۔"},
    {u"fee_notes", u"Anything more about the fee.", u"فیس کے بارے میں مزید معلومات۔"},
    {u"processing_time", u"How long it takes, as an ISO 8601 duration: P10D is ten days, PT2H two hours.",
     u"کارروائی کا وقت ISO 8601 میں: P10D یعنی دس دن، PT2H یعنی دو گھنٹے۔"},
    {u"channels", u"Where the service is obtained: one or more of the allowed values, separated by ';'.",
     u"سروس کہاں سے حاصل کی جا سکتی ہے: اجازت شدہ قدروں میں سے ایک یا زیادہ، سیمی کولن (;) سے الگ۔"},
    {u"online_url", u"The address where one applies online; it starts with https://.",
     u"آن لائن درخواست کا پتہ؛ یہ https:// سے شروع ہوتا ہے۔"},
    {u"districts", u"all, or the districts where it is offered, separated by ';'.",
     u"all، یا وہ اضلاع جہاں یہ سروس دستیاب ہے، سیمی کولن (;) سے الگ۔"},
    {u"rts_notified", u"yes if the service is notified under the Right to Public Services Act 2014, else no.",
     u"اگر سروس رائٹ ٹو پبلک سروسز ایکٹ 2014 کے تحت نوٹیفائیڈ ہے تو yes، ورنہ no۔"},
    {u"rts_time_limit", u"The time limit the Act sets, as an ISO 8601 duration (P15D).",
     u"ایکٹ کے تحت مقررہ مدت، ISO 8601 میں (مثلاً P15D)۔"},
    {u"designated_officer", u"The designated officer's post.", u"نامزد افسر کا عہدہ۔"},
    {u"appellate_authority", u"The authority that hears appeals.", u"اپیل سننے والی اتھارٹی۔"},
    {u"digitization_level", u"L0 (offline) to L6 (connected), from the drop-down list; L3 means one can apply online.",
     u"ڈیجیٹائزیشن کی سطح، L0 (آف لائن) سے L6 (منسلک) تک؛ L3 کا مطلب ہے کہ درخواست آن لائن دی جا سکتی ہے۔"},
    {u"digitization_notes", u"Notes on how the service is digitized.", u"ڈیجیٹائزیشن کے بارے میں نوٹس۔"},
    {u"target_level", u"The level the department aims for, L0 to L6.", u"ہدف سطح، L0 سے L6 تک۔"},
    {u"target_date", u"When the target level is due: YYYY-MM-DD.", u"ہدف کی تاریخ: YYYY-MM-DD۔"},
    {u"annual_volume", u"Applications per year (an estimate), a whole number.",
     u"سالانہ درخواستوں کی تعداد (اندازاً)، پورا عدد۔"},
    {u"legal_basis", u"The law or rules the service rests on.", u"قانونی بنیاد: قانون یا قواعد کا نام۔"},
    {u"contact_phone", u"A phone number for questions.", u"سوالات کے لیے رابطے کا فون نمبر۔"},
    {u"contact_email", u"An e-mail address for questions.", u"سوالات کے لیے رابطے کا ای میل۔"},
    {u"status", u"active, planned, suspended or retired, from the drop-down list.",
     u"حیثیت: active، planned، suspended یا retired۔"},
    {u"last_verified", u"When the information was last checked: YYYY-MM-DD.",
     u"معلومات کی آخری تصدیق کی تاریخ: YYYY-MM-DD۔"},
};

constexpr const char16_t *GuideEnglish[] = {
    u"Fill one row per service on the Services sheet. Do not rename, remove or reorder the header row.",
    u"Columns marked required must be filled. Where a column has a drop-down list, pick from it.",
    u"Several values in one cell (audience, channels, districts, documents, keywords) are separated by ';'.",
    u"Durations are ISO 8601 (P10D = 10 days, PT2H = 2 hours); dates are YYYY-MM-DD; fees are in PKR, numbers only.",
    u"Import the file in Fehrist with File > Import, or with: fehrist-cli import FILE.xlsx. Every row is checked "
    u"first; if any row has a problem, nothing is imported and each problem names its row and column.",
};

constexpr const char16_t *GuideUrdu[] = {
    u"سروسز شیٹ پر ہر سروس کے لیے ایک قطار بھریں۔ سب سے اوپر عنوانات والی قطار کو نہ بدلیں، نہ ہٹائیں اور نہ "
    u"اس کی ترتیب تبدیل کریں۔",
    u"لازمی کالم ضرور بھریں۔ جس کالم میں ڈراپ ڈاؤن فہرست ہو، وہاں اسی میں سے قدر منتخب کریں۔",
    u"ایک خانے میں کئی قدریں (مثلاً چینلز، اضلاع، دستاویزات، کلیدی الفاظ) سیمی کولن (;) سے الگ کریں۔",
    u"مدت ISO 8601 میں لکھیں (P10D یعنی دس دن، PT2H یعنی دو گھنٹے)؛ تاریخیں YYYY-MM-DD میں؛ فیس روپوں میں، "
    u"صرف عدد۔",
    u"فائل کو فہرست (Fehrist) میں File > Import سے، یا fehrist-cli import FILE.xlsx سے درآمد کریں۔ ہر قطار پہلے "
    u"جانچی جاتی ہے؛ اگر کسی قطار میں غلطی ہو تو کچھ بھی درآمد نہیں ہوتا، اور ہر غلطی کی قطار اور کالم بتایا جاتا ہے۔",
};

constexpr int TemplateRows = 2000; // rows the drop-down lists cover

const ColumnHelp *helpFor(const QString &field)
{
    for (const ColumnHelp &h : Help) {
        if (field == QStringView(h.field))
            return &h;
    }
    return nullptr;
}

QString allowedValues(const FieldDef &def)
{
    if (def.kind == FieldKind::Boolean)
        return u"yes; no"_s;
    if (def.list.isEmpty())
        return {};
    const QStringList codes = ReferenceData::builtIn().codes(def.list);
    return def.list == u"district" ? u"all; "_s + codes.join(u"; "_s) : codes.join(u"; "_s);
}

} // namespace

Status CatalogueExchange::writeTemplate(const QString &path)
{
    const Schema &schema = Schema::services();
    const ReferenceData &ref = ReferenceData::builtIn();
    const QStringList columns = csvColumns();
    XlsxWriter xlsx(path);

    // 1. Services: the sheet to fill (first, because importing reads the first sheet).
    xlsx.addSheet(u"Services"_s);
    xlsx.writeHeader(0, columns);
    QStringList lists; // the reference lists the drop-downs use, in the order of the Lists sheet
    for (int c = 0; c < columns.size(); ++c) {
        const FieldDef &def = *schema.field(columns.at(c));
        xlsx.setColumnWidth(c, def.kind == FieldKind::LongText || columns.at(c).startsWith(u"name") ? 36 : 18);
        QString list;
        if (def.kind == FieldKind::Choice)
            list = def.list;
        else if (def.kind == FieldKind::Boolean)
            list = u"yes-no"_s;
        if (list.isEmpty())
            continue;
        if (!lists.contains(list))
            lists.append(list);
        const int listColumn = int(lists.indexOf(list));
        const int count = list == u"yes-no" ? 2 : int(ref.items(list).size());
        xlsx.addDropDown({c, 1, TemplateRows,
                          u"Lists!$%1$2:$%1$%2"_s.arg(Xlsx::columnName(listColumn + 1)).arg(count + 1), def.name});
    }

    // 2. Instructions, in English and Urdu.
    xlsx.addSheet(u"Instructions"_s);
    xlsx.setColumnWidth(0, 22);
    xlsx.setColumnWidth(1, 10);
    xlsx.setColumnWidth(2, 60);
    xlsx.setColumnWidth(3, 60);
    xlsx.setColumnWidth(4, 40);
    int row = 0;
    xlsx.writeHeader(row++,
                     {u"Fehrist — import template"_s, QString(), u"How to fill it in"_s,
                      u"فہرست — درآمد کا سانچہ: اسے کیسے بھریں"_s});
    const int guideLines = int(std::size(GuideEnglish));
    for (int i = 0; i < guideLines; ++i, ++row) {
        xlsx.writeText(row, 0, QString::number(i + 1));
        xlsx.writeWrappedText(row, 2, QString::fromUtf16(GuideEnglish[i]));
        xlsx.writeWrappedText(row, 3, QString::fromUtf16(GuideUrdu[i]));
    }
    ++row;
    xlsx.writeHeader(row++, {u"Column"_s, u"Required"_s, u"What to write"_s, u"کیا لکھیں"_s, u"Allowed values"_s});
    for (const QString &column : columns) {
        const FieldDef &def = *schema.field(column);
        const ColumnHelp *help = helpFor(column);
        xlsx.writeText(row, 0, column);
        xlsx.writeText(row, 1, def.required ? u"required"_s : QString());
        if (help) {
            xlsx.writeWrappedText(row, 2, QString::fromUtf16(help->english));
            xlsx.writeWrappedText(row, 3, QString::fromUtf16(help->urdu));
        }
        xlsx.writeWrappedText(row, 4, allowedValues(def));
        ++row;
    }

    // 3. Lists: the values the drop-downs offer (hidden).
    xlsx.addSheet(u"Lists"_s);
    for (int c = 0; c < lists.size(); ++c) {
        const QString &list = lists.at(c);
        xlsx.writeText(0, c, list);
        if (list == u"yes-no") {
            xlsx.writeText(1, c, u"yes"_s);
            xlsx.writeText(2, c, u"no"_s);
            continue;
        }
        const QList<ReferenceItem> &items = ref.items(list);
        for (int i = 0; i < items.size(); ++i)
            xlsx.writeText(i + 1, c, items.at(i).code);
    }
    xlsx.hideSheet();
    return xlsx.close();
}

} // namespace Fehrist::Core
