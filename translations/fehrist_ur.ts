<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>CatalogueExchange</name>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>فائل 256 MB سے بڑی ہے</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field one can import</source>
        <translation>کالم &quot;%1&quot; کو &quot;%2&quot; سے جوڑا گیا ہے، جو ایسی فیلڈ نہیں جو درآمد کی جا سکے</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the field names: %2 (or map it to a field in the import wizard)</source>
        <translation>نامعلوم کالم &quot;%1&quot;۔ کالموں کے نام فیلڈز کے نام ہوتے ہیں: %2 (یا درآمد وزرڈ میں اسے کسی فیلڈ سے جوڑ دیں)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2)</source>
        <translation>کالم &quot;%1&quot; دو بار آیا ہے (کالم %2 میں بھی)</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>سرخی کی قطار میں &quot;%1&quot; کالم نہیں ہے</translation>
    </message>
    <message>
        <source>JSON-LD is an export format; import CSV or JSON</source>
        <translation>JSON-LD صرف برآمد کا فارمیٹ ہے۔ CSV یا JSON درآمد کریں</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>فائل میں سرخی کی قطار نہیں ہے</translation>
    </message>
    <message>
        <source>has %1 cells; the header has %2</source>
        <translation>اس میں %L1 خانے ہیں جبکہ سرخی میں %L2 ہیں</translation>
    </message>
    <message>
        <source>this cell has a value but its column has no header</source>
        <translation>اس خانے میں قدر ہے مگر اس کے کالم کی کوئی سرخی نہیں</translation>
    </message>
    <message>
        <source>%1 is also at %2; each service appears once</source>
        <translation>%1 مقام %2 پر بھی ہے۔ ہر سروس صرف ایک بار آنی چاہیے</translation>
    </message>
    <message>
        <source>%1 is already in the catalogue (import with --mode merge to update it)</source>
        <translation>%1 پہلے سے فہرست میں موجود ہے (اسے تازہ کرنے کے لیے &quot;ضم کریں&quot; کے طریقے سے درآمد کریں)</translation>
    </message>
    <message>
        <source>--mode replace takes a file of one department; this one has %1</source>
        <translation>&quot;بدل دیں&quot; کا طریقہ صرف ایک محکمے کی فائل لیتا ہے، جبکہ اس فائل میں %L1 محکمے ہیں</translation>
    </message>
    <message>
        <source>JSON-LD is an export format; import CSV, XLSX or JSON</source>
        <translation>JSON-LD صرف برآمد کا فارمیٹ ہے۔ CSV، XLSX یا JSON درآمد کریں</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is %1 MB; at most %2 MB are read</source>
        <translation>فائل %L1 MB کی ہے، زیادہ سے زیادہ %L2 MB پڑھی جاتی ہے</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>فائل %L1 MB سے بڑی ہے</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>درست UTF-8 نہیں ہے (فائل کو UTF-8 میں محفوظ کریں)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>%L1 سے زیادہ کالم</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters</source>
        <translation>%L1 حروف سے لمبا خانہ</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted cell</source>
        <translation>ایسے خانے کے بیچ میں واوین جو واوین میں بند نہیں</translation>
    </message>
    <message>
        <source>this quote is never closed</source>
        <translation>یہ واوین کہیں بند نہیں ہوتے</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::DepartmentFiguresModel</name>
    <message>
        <source>Past deadline (%1); nothing submitted</source>
        <translation>آخری تاریخ گزر گئی (%1)، کچھ جمع نہیں کرایا</translation>
    </message>
    <message>
        <source>Past deadline (%1); %2 to submit</source>
        <translation>آخری تاریخ گزر گئی (%1)، %2 جمع کرانا باقی</translation>
    </message>
    <message>
        <source>Nothing submitted</source>
        <translation>کچھ جمع نہیں کرایا</translation>
    </message>
    <message>
        <source>All submitted</source>
        <translation>سب جمع کرا دی گئیں</translation>
    </message>
    <message>
        <source>%1 to submit</source>
        <translation>%1 جمع کرانا باقی</translation>
    </message>
    <message>
        <source>%1 of %2 active services at %3</source>
        <translation>%2 فعال سروسز میں سے %1، %3 پر</translation>
    </message>
    <message>
        <source>%1 catalogued, %2 declared, %3 submitted or approved</source>
        <translation>%1 فہرست میں، %2 اعلان کردہ، %3 جمع شدہ یا منظور شدہ</translation>
    </message>
    <message>
        <source>Share of the department&apos;s active services at %1</source>
        <translation>محکمے کی فعال سروسز کا وہ تناسب جو %1 پر ہے</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>محکمہ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>سروسز</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلان کردہ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Online ≥ L%1</source>
        <translation>آن لائن ≥ L%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>جمع شدہ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شدہ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>واپس شدہ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>تعمیل</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::DepartmentListModel</name>
    <message>
        <source>All departments (%1)</source>
        <translation>تمام محکمے (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 declared services catalogued (%3 %)</source>
        <translation>%2 اعلان کردہ سروسز میں سے %1 فہرست میں شامل (%3%)</translation>
    </message>
    <message>
        <source>Draft %1 · submitted %2 · approved %3 · returned %4</source>
        <translation>مسودہ %1 · جمع شدہ %2 · منظور شدہ %3 · واپس شدہ %4</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::FigureFormat</name>
    <message>
        <source>1 day</source>
        <translation>1 دن</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 دن</translation>
    </message>
    <message>
        <source>L%1 and above</source>
        <translation>L%1 اور اس سے اوپر</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 پوائنٹس</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::Headline</name>
    <message>
        <source>Trend starts %1</source>
        <translation>رجحان %1 سے شروع</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2، %3 سے اب تک</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>کوئی ہدف مقرر نہیں</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>ہدف %1، %2 تک</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>ہدف %1</translation>
    </message>
    <message>
        <source>%1 of %2 active services</source>
        <translation>%2 فعال سروسز میں سے %1</translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation>آن لائن (%1)</translation>
    </message>
    <message>
        <source>Fully digital (%1)</source>
        <translation>مکمل ڈیجیٹل (%1)</translation>
    </message>
    <message>
        <source>Volume-weighted (%1)</source>
        <translation>درخواستوں کے حجم کے لحاظ سے (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 applications a year</source>
        <translation>سالانہ %2 درخواستوں میں سے %1</translation>
    </message>
    <message>
        <source>Catalogued against declared</source>
        <translation>اعلان کردہ کے مقابلے میں فہرست میں شامل</translation>
    </message>
    <message>
        <source>%1 of %2 declared services</source>
        <translation>%2 اعلان کردہ سروسز میں سے %1</translation>
    </message>
    <message>
        <source>%1 services; no department has declared a total</source>
        <translation>%1 سروسز، کسی محکمے نے کل تعداد کا اعلان نہیں کیا</translation>
    </message>
    <message>
        <source>Target: every declared service</source>
        <translation>ہدف: ہر اعلان کردہ سروس</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::ReviewQueueModel</name>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln دن تاخیر</numerusform>
            <numerusform>%Ln دن تاخیر</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>جمع شدہ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>جمع کنندہ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>جائزہ کار کا تبصرہ</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::ServiceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Urdu name</source>
        <translation>اردو نام</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>State</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>RTS</source>
        <translation>RTS</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>کارروائی کا وقت</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخری تبدیلی</translation>
    </message>
</context>
<context>
    <name>Fehrist::Report::Charts</name>
    <message>
        <source>%1 — %2
%3 services catalogued, %4 declared
%5
Online (%6): %7
Click to see its services</source>
        <translation>%1 — %2
%3 سروسز فہرست میں، %4 اعلان کردہ
%5
آن لائن (%6): %7
اس کی سروسز دیکھنے کے لیے کلک کریں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>%1: %2 services
%3
%4 of them at %5</source>
        <translation>%1: %2 سروسز
%3
ان میں سے %4، %5 پر</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>ابھی کوئی سروس نہیں</translation>
    </message>
    <message>
        <source>%1 %2: %3 services (%4 of the catalogue)</source>
        <translation>%1 %2: %3 سروسز (فہرست کا %4)</translation>
    </message>
    <message>
        <source>digitized: %1</source>
        <translation>ڈیجیٹائزڈ: %1</translation>
    </message>
    <message>
        <source>Departments by digitization level (digitized: %1)</source>
        <translation>ڈیجیٹائزیشن کی سطح کے لحاظ سے محکمے (ڈیجیٹائزڈ: %1)</translation>
    </message>
    <message>
        <source>Services by level (digitized: %1)</source>
        <translation>سطح کے لحاظ سے سروسز (ڈیجیٹائزڈ: %1)</translation>
    </message>
    <message>
        <source>Services by category and level (digitized: %1)</source>
        <translation>زمرے اور سطح کے لحاظ سے سروسز (ڈیجیٹائزڈ: %1)</translation>
    </message>
    <message>
        <source>Trend (digitized: %1)</source>
        <translation>رجحان (ڈیجیٹائزڈ: %1)</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::AuditDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>Filter by user, action or record</source>
        <translation>صارف، عمل یا ریکارڈ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>آڈٹ لاگ کے اندراجات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;مزید لائیں</translation>
    </message>
    <message>
        <source>Only reviewers and administrators read the audit log.</source>
        <translation>آڈٹ لاگ صرف جائزہ کار اور منتظمین پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>آڈٹ لاگ نہیں پڑھا جا سکا: %1</translation>
    </message>
    <message>
        <source>Reading the audit log from the server…</source>
        <translation>سرور سے آڈٹ لاگ پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>ہیش %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%Ln اندراج دکھایا گیا</numerusform>
            <numerusform>%Ln اندراجات دکھائے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>; more on the server.</source>
        <translation>؛ سرور پر مزید موجود ہیں۔</translation>
    </message>
    <message>
        <source>; that is all.</source>
        <translation>؛ بس اتنے ہی ہیں۔</translation>
    </message>
    <message>
        <source>The entries shown do not link up: run fehrist-server audit verify on the server.</source>
        <translation>دکھائے گئے اندراجات آپس میں نہیں جڑتے: سرور پر fehrist-server audit verify چلائیں۔</translation>
    </message>
    <message>
        <source>The entries shown link up in one hash chain.</source>
        <translation>دکھائے گئے اندراجات ایک ہیش زنجیر میں جڑے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ChartWidget</name>
    <message>
        <source>the figures are not ready yet</source>
        <translation>اعداد و شمار ابھی تیار نہیں</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>تصویر محفوظ نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>فائل محفوظ نہیں ہو سکی: %1</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تنازعات</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلڈ</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>پہلے کی قدر</translation>
    </message>
    <message>
        <source>Yours (mine)</source>
        <translation>آپ کی قدر</translation>
    </message>
    <message>
        <source>Server&apos;s (theirs)</source>
        <translation>سرور کی قدر</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;سرور کی قدریں لیں</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values; your change is dropped.</source>
        <translation>سرور کی قدریں رکھیں، آپ کی تبدیلی ختم ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;اپنی قدریں رکھیں</translation>
    </message>
    <message>
        <source>Send your values again, as a new change against the server&apos;s version.</source>
        <translation>اپنی قدریں دوبارہ بھیجیں، سرور کے نسخے پر ایک نئی تبدیلی کے طور پر۔</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تنازع</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed reached the server as it was.</source>
        <translation>کوئی تنازع نہیں: آپ کی ہر تبدیلی جوں کی توں سرور تک پہنچ گئی۔</translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server since you last synced; the server kept its values. Choose which to keep.</source>
        <translation>آپ کی پچھلی ہم آہنگی کے بعد کسی نے سرور پر یہی فیلڈز تبدیل کیں، اس لیے سرور نے اپنی قدریں رکھی ہیں۔ منتخب کریں کہ کون سی قدریں رکھنی ہیں۔</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>سرور نے یہ تبدیلی مسترد کر دی: %1</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>حل نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::Credentials</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>سسٹم کی کیچین نے جواب نہیں دیا</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::DashboardWidget</name>
    <message>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>Save this chart as an image (PNG) or its numbers (CSV)</source>
        <translation>یہ چارٹ تصویر (PNG) یا اس کے اعداد (CSV) کی صورت میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>&amp;PNG کی صورت میں محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV کی صورت میں محفوظ کریں…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>تصویر &amp;نقل کریں</translation>
    </message>
    <message>
        <source>Digitization dashboard</source>
        <translation>ڈیجیٹائزیشن ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>اعداد و شمار کا حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <source>&amp;Digitized from:</source>
        <translation>&amp;ڈیجیٹائزڈ، اس سطح سے:</translation>
    </message>
    <message>
        <source>The level from which a service counts as digitized in every figure marked so. It is kept in the catalogue, so reports and fehrist-cli use it too.</source>
        <translation>وہ سطح جس سے کوئی سروس ہر اس عدد میں ڈیجیٹائزڈ شمار ہوتی ہے جس پر یہ لکھا ہو۔ یہ فہرست میں محفوظ رہتی ہے، اس لیے رپورٹیں اور fehrist-cli بھی یہی استعمال کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>اہداف…</translation>
    </message>
    <message>
        <source>Set the programme&apos;s targets</source>
        <translation>پروگرام کے اہداف مقرر کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Compute the figures again</source>
        <translation>اعداد و شمار دوبارہ نکالیں</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>رپورٹ…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>رپورٹ PDF کی صورت میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>رپورٹ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Order of the departments&apos; bars</source>
        <translation>محکموں کی پٹیوں کی ترتیب</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>کوڈ کے لحاظ سے</translation>
    </message>
    <message>
        <source>Most services first</source>
        <translation>زیادہ سروسز والے پہلے</translation>
    </message>
    <message>
        <source>Highest online share first</source>
        <translation>سب سے زیادہ آن لائن تناسب پہلے</translation>
    </message>
    <message>
        <source>Lowest online share first</source>
        <translation>سب سے کم آن لائن تناسب پہلے</translation>
    </message>
    <message>
        <source>Most complete first</source>
        <translation>سب سے زیادہ مکمل پہلے</translation>
    </message>
    <message>
        <source>Least complete first</source>
        <translation>سب سے کم مکمل پہلے</translation>
    </message>
    <message>
        <source>Click a department to see its services</source>
        <translation>کسی محکمے کی سروسز دیکھنے کے لیے اس پر کلک کریں</translation>
    </message>
    <message>
        <source>Compliance by department</source>
        <translation>محکمہ وار تعمیل</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>اعداد و شمار نہیں نکالے جا سکے: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>بتاریخ %1</translation>
    </message>
    <message>
        <source>Compliance by department (online: %1; %2 submitted nothing, %3 past the deadline)</source>
        <translation>محکمہ وار تعمیل (آن لائن: %1، %2 نے کچھ جمع نہیں کرایا، %3 کی آخری تاریخ گزر گئی)</translation>
    </message>
    <message>
        <source>Cannot change the threshold</source>
        <translation>حد تبدیل نہیں ہو سکی</translation>
    </message>
    <message>
        <source>the figures are not ready yet</source>
        <translation>اعداد و شمار ابھی تیار نہیں</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>رپورٹ %1 میں محفوظ ہو گئی (%Ln صفحہ)</numerusform>
            <numerusform>رپورٹ %1 میں محفوظ ہو گئی (%Ln صفحات)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>رپورٹ محفوظ نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>پرنٹ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>پرنٹر استعمال نہیں ہو سکا۔</translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s))</source>
        <translation>
            <numerusform>رپورٹ پرنٹر کو بھیج دی گئی (%Ln صفحہ)</numerusform>
            <numerusform>رپورٹ پرنٹر کو بھیج دی گئی (%Ln صفحات)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG تصاویر (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>چارٹ برآمد کریں</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>برآمد نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ کر دیا گیا: %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>جدول برآمد کریں</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <source>The programme&apos;s targets, shown with each figure and on the trend. They are kept in the catalogue. 0 % means no target.</source>
        <translation>پروگرام کے اہداف، جو ہر عدد کے ساتھ اور رجحان کے چارٹ پر دکھائے جاتے ہیں۔ یہ فہرست میں محفوظ رہتے ہیں۔ 0% کا مطلب ہے کوئی ہدف نہیں۔</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>کوئی ہدف نہیں</translation>
    </message>
    <message>
        <source>&amp;Online (%1):</source>
        <translation>&amp;آن لائن (%1):</translation>
    </message>
    <message>
        <source>&amp;Fully digital (%1):</source>
        <translation>&amp;مکمل ڈیجیٹل (%1):</translation>
    </message>
    <message>
        <source>&amp;Volume-weighted (%1):</source>
        <translation>&amp;حجم کے لحاظ سے (%1):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;تاریخ تک:</translation>
    </message>
    <message>
        <source>Cannot save the targets</source>
        <translation>اہداف محفوظ نہیں ہو سکے</translation>
    </message>
    <message>
        <source>Save this table&apos;s numbers (CSV)</source>
        <translation>اس جدول کے اعداد (CSV) محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ExportDialog</name>
    <message>
        <source>Export Services</source>
        <translation>سروسز برآمد کریں</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation>CSV (اسپریڈشیٹس، UTF-8)</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>ایکسل (XLSX)</translation>
    </message>
    <message>
        <source>Fehrist JSON (with departments)</source>
        <translation>فہرست JSON (محکموں سمیت)</translation>
    </message>
    <message>
        <source>CPSV-AP 3.2 JSON-LD (open data)</source>
        <translation>CPSV-AP 3.2 JSON-LD (اوپن ڈیٹا)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;فارمیٹ:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>تمام محکمے</translation>
    </message>
    <message>
        <source>&amp;Services of:</source>
        <translation>کس محکمے کی &amp;سروسز:</translation>
    </message>
    <message>
        <source>&amp;Published (approved) services only</source>
        <translation>صرف &amp;شائع شدہ (منظور شدہ) سروسز</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>&amp;To file:</source>
        <translation>&amp;فائل میں:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;برآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) written…</source>
        <translation>
            <numerusform>%Ln سروس لکھی گئی…</numerusform>
            <numerusform>%Ln سروسز لکھی گئیں…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>%Ln سروس %1 میں برآمد کر دی گئی۔</numerusform>
            <numerusform>%Ln سروسز %1 میں برآمد کر دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>منسوخ کر دیا گیا، کوئی فائل نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>برآمد نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>کہاں برآمد کریں</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>برآمد ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::FieldEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(منتخب کریں)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>بنائی گئی</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تبدیل کی گئی</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف کی گئی</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>جائزے کے لیے جمع کرائی گئی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور کی گئی</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>تبدیلیوں کے لیے واپس کی گئی</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>لوڈ کی گئی</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 کا تاریخچہ</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>کب / فیلڈ</translation>
    </message>
    <message>
        <source>What / before</source>
        <translation>کیا / پہلے</translation>
    </message>
    <message>
        <source>Who / after</source>
        <translation>کس نے / بعد میں</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تبصرہ</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ImportWizard</name>
    <message>
        <source>Reading the file…</source>
        <translation>فائل پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ہر قطار جانچی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>لکھا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%Ln نئی</numerusform>
            <numerusform>%Ln نئی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln تازہ کی گئی</numerusform>
            <numerusform>%Ln تازہ کی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%Ln بغیر تبدیلی</numerusform>
            <numerusform>%Ln بغیر تبدیلی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%Ln حذف کی گئی</numerusform>
            <numerusform>%Ln حذف کی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new departments</source>
        <translation>
            <numerusform>%Ln نیا محکمہ</numerusform>
            <numerusform>%Ln نئے محکمے</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>فائل منتخب کریں</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX) or Fehrist JSON, with one row per service and the field names as column headers.</source>
        <translation>CSV، ایکسل (XLSX) یا فہرست JSON، جس میں ہر سروس کی ایک قطار ہو اور کالموں کی سرخیاں فیلڈز کے نام ہوں۔</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فائل:</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>فائل کے نام سے</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>ایکسل (XLSX)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;فارمیٹ:</translation>
    </message>
    <message>
        <source>&amp;Add new services only (a service already in the catalogue is a problem)</source>
        <translation>صرف نئی سروسز &amp;شامل کریں (فہرست میں پہلے سے موجود سروس کو مسئلہ سمجھا جائے گا)</translation>
    </message>
    <message>
        <source>&amp;Merge: update the services the catalogue has (by department and code), add the rest</source>
        <translation>&amp;ضم کریں: فہرست میں موجود سروسز کو (محکمے اور کوڈ کے لحاظ سے) تازہ کریں، باقی شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Replace one department: its services become exactly those of the file</source>
        <translation>ایک محکمہ &amp;بدل دیں: اس کی سروسز بالکل وہی ہو جائیں گی جو فائل میں ہیں</translation>
    </message>
    <message>
        <source>How to import:</source>
        <translation>درآمد کا طریقہ:</translation>
    </message>
    <message>
        <source>No file yet? The blank template has the right columns, drop-down lists and instructions in English and Urdu.</source>
        <translation>ابھی فائل نہیں ہے؟ خالی ٹیمپلیٹ میں درست کالم، ڈراپ ڈاؤن فہرستیں اور انگریزی و اردو میں ہدایات موجود ہیں۔</translation>
    </message>
    <message>
        <source>Download &amp;Template…</source>
        <translation>&amp;ٹیمپلیٹ ڈاؤن لوڈ کریں…</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>سروسز درآمد کریں</translation>
    </message>
    <message>
        <source>Spreadsheets and catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>اسپریڈشیٹس اور فہرستیں (*.csv *.xlsx *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Save the blank template</source>
        <translation>خالی ٹیمپلیٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ایکسل ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>ٹیمپلیٹ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>کالم جانچیں</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the service. Columns Fehrist does not recognise are left out unless you choose a field for them.</source>
        <translation>فائل کا ہر کالم سروس کی کسی فیلڈ میں جاتا ہے۔ جن کالموں کو فہرست نہیں پہچانتی وہ چھوڑ دیے جاتے ہیں، جب تک آپ ان کے لیے کوئی فیلڈ منتخب نہ کریں۔</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>فائل کا کالم</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>کس فیلڈ میں</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>پہلی قدر</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>پہلی قطاریں:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>یہ فائل درآمد نہیں کی جا سکتی: %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(چھوڑ دیں)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%Ln قطار درآمد ہو گی۔</numerusform>
            <numerusform>%Ln قطاریں درآمد ہوں گی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out.</source>
        <translation>
            <numerusform>%Ln کالم چھوڑ دیا گیا۔</numerusform>
            <numerusform>%Ln کالم چھوڑ دیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>وہ کالم منتخب کریں جس میں %1 ہے۔</translation>
    </message>
    <message>
        <source>Two columns go to the same field.</source>
        <translation>دو کالم ایک ہی فیلڈ میں جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>ہر قطار جانچیں</translation>
    </message>
    <message>
        <source>Every row is checked like the service form checks it. Nothing is written yet.</source>
        <translation>ہر قطار کو ویسے ہی جانچا جاتا ہے جیسے سروس کا فارم جانچتا ہے۔ ابھی کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;درآمد کریں</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine: %1. Import them?</source>
        <translation>
            <numerusform>%Ln قطار درست ہے: %1۔ درآمد کریں؟</numerusform>
            <numerusform>تمام %Ln قطاریں درست ہیں: %1۔ انہیں درآمد کریں؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine, and the catalogue already has them as they are: nothing to import.</source>
        <translation>
            <numerusform>%Ln قطار درست ہے اور فہرست میں پہلے سے ویسی ہی موجود ہے: درآمد کرنے کو کچھ نہیں۔</numerusform>
            <numerusform>تمام %Ln قطاریں درست ہیں اور فہرست میں پہلے سے ویسی ہی موجود ہیں: درآمد کرنے کو کچھ نہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below with their row and column. As it stands, nothing will be imported: correct the file and go back, or import the good rows.</source>
        <translation>
            <numerusform>%Ln قطار میں مسائل ہیں، جو نیچے قطار اور کالم کے ساتھ درج ہیں۔ موجودہ صورت میں کچھ درآمد نہیں ہو گا: فائل درست کر کے واپس جائیں، یا درست قطاریں درآمد کریں۔</numerusform>
            <numerusform>%Ln قطاروں میں مسائل ہیں، جو نیچے قطار اور کالم کے ساتھ درج ہیں۔ موجودہ صورت میں کچھ درآمد نہیں ہو گا: فائل درست کر کے واپس جائیں، یا درست قطاریں درآمد کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and save the problems to %1</source>
        <translation>
            <numerusform>%Ln درست قطار درآمد کریں اور مسائل %1 میں محفوظ کریں</numerusform>
            <numerusform>%Ln درست قطاریں درآمد کریں اور مسائل %1 میں محفوظ کریں</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>درآمد &amp;منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>منسوخ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>درآمد مکمل: %1۔</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; their problems are in %1.</source>
        <translation>
            <numerusform>%Ln قطار چھوڑ دی گئی، اس کے مسائل %1 میں ہیں۔</numerusform>
            <numerusform>%Ln قطاریں چھوڑ دی گئیں، ان کے مسائل %1 میں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>منسوخ کر دیا گیا۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>درآمد ناکام رہی اور کچھ درآمد نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Import Services</source>
        <translation>سروسز درآمد کریں</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::MainWindow</name>
    <message>
        <source>Departments</source>
        <translation>محکمے</translation>
    </message>
    <message>
        <source>Search in English or Urdu…</source>
        <translation>انگریزی یا اردو میں تلاش کریں…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>تمام زمرے</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>تمام سطحیں</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>تمام مراحل</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>تمام ذرائع</translation>
    </message>
    <message>
        <source>RTS notified</source>
        <translation>RTS کے تحت نوٹیفائیڈ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>سروسز</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;نئی فہرست…</translation>
    </message>
    <message>
        <source>&amp;Open Catalogue…</source>
        <translation>فہرست &amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>PostgreSQL سے &amp;منسلک ہوں…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;حالیہ فہرستیں</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;درآمد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;برآمد…</translation>
    </message>
    <message>
        <source>Download Import &amp;Template…</source>
        <translation>درآمد کا &amp;ٹیمپلیٹ ڈاؤن لوڈ کریں…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>با&amp;ہر نکلیں</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;سروس</translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation>&amp;نئی سروس…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف کریں…</translation>
    </message>
    <message>
        <source>New De&amp;partment…</source>
        <translation>نیا &amp;محکمہ…</translation>
    </message>
    <message>
        <source>Edit Depa&amp;rtment…</source>
        <translation>محکمے میں ت&amp;رمیم…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>من&amp;ظر</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>فلٹر &amp;صاف کریں</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ &amp;کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>&amp;About Fehrist</source>
        <translation>فہرست کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>About Fehrist</source>
        <translation>فہرست کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fehrist %1&lt;/b&gt;&lt;p&gt;The Digital Public Services Catalogue: departments&apos; services, how citizens obtain them and how far they are digitized.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Icons: KDE Breeze (LGPL).&lt;/p&gt;</source>
        <translation>&lt;b&gt;فہرست %1&lt;/b&gt;&lt;p&gt;ڈیجیٹل عوامی خدمات کی فہرست: محکموں کی سروسز، شہری انہیں کیسے حاصل کرتے ہیں اور وہ کس حد تک ڈیجیٹائز ہو چکی ہیں۔&lt;/p&gt;&lt;p&gt;GNU GPL، ورژن 3 یا بعد کے تحت لائسنس یافتہ۔ آئیکنز: KDE Breeze (LGPL)۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>مرکزی</translation>
    </message>
    <message>
        <source>Save the blank import template</source>
        <translation>درآمد کا خالی ٹیمپلیٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ایکسل ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>ٹیمپلیٹ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Saved the import template to %1</source>
        <translation>درآمد کا ٹیمپلیٹ %1 میں محفوظ کر دیا گیا</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>فہرست نہیں کھل سکی</translation>
    </message>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>فہرست کھولی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>%1 — Fehrist</source>
        <translation>%1 — فہرست</translation>
    </message>
    <message>
        <source>No catalogue open</source>
        <translation>کوئی فہرست کھلی نہیں</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>1 سروس</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 سروسز</translation>
    </message>
    <message>
        <source>Cannot open the service</source>
        <translation>سروس نہیں کھل سکی</translation>
    </message>
    <message>
        <source>Cannot open the department</source>
        <translation>محکمہ نہیں کھل سکا</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>سروس حذف کریں</translation>
    </message>
    <message>
        <source>Delete %1 — %2?</source>
        <translation>%1 — %2 حذف کریں؟</translation>
    </message>
    <message>
        <source>It leaves the catalogue; the deletion reaches the server on the next sync.</source>
        <translation>یہ فہرست سے نکل جائے گی، اور حذف کرنے کی اطلاع اگلی ہم آہنگی (سنک) پر سرور تک پہنچے گی۔</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>حذف نہیں ہو سکا</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>نئی فہرست</translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite);;All files (*)</source>
        <translation>فہرست کی فائلیں (*.sqlite);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 پہلے سے موجود ہے، اس کے بجائے اسے کھولیں۔</translation>
    </message>
    <message>
        <source>Load the sample catalogue into it (illustrative data, not an official list)?</source>
        <translation>کیا اس میں نمونے کی فہرست ڈال دی جائے (مثالی ڈیٹا، سرکاری فہرست نہیں)؟</translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation>نمونہ لوڈ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>فہرست کھولیں</translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite *.db);;All files (*)</source>
        <translation>فہرست کی فائلیں (*.sqlite *.db);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>PostgreSQL سے منسلک ہوں</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;ہوسٹ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;پورٹ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;ڈیٹابیس:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;صارف:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>پاس ورڈ سسٹم کی کیچین میں &amp;یاد رکھیں</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>پاس ورڈ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;فہرست</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;رپورٹ برآمد کریں (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>رپورٹ &amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation>&amp;فہرست</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Fehrist will use %1 from the next time it starts.</source>
        <translation>فہرست اگلی بار شروع ہونے پر %1 استعمال کرے گی۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Sending… %1 sent, %2 to go</source>
        <translation>تبدیلیاں بھیجی جا رہی ہیں… %L1 بھیجی گئیں، %L2 باقی</translation>
    </message>
    <message>
        <source>Receiving… %1 received</source>
        <translation>تبدیلیاں وصول ہو رہی ہیں… %L1 وصول ہوئیں</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received%3</source>
        <translation>ہم آہنگی مکمل: %L1 بھیجی گئیں، %L2 وصول ہوئیں%3</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) to resolve</source>
        <translation>
            <numerusform>، %Ln تنازع حل کرنا باقی ہے</numerusform>
            <numerusform>، %Ln تنازعات حل کرنا باقی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>ہم آہنگی ناکام رہی: %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>تاری&amp;خچہ…</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>جائزے کے لیے &amp;جمع کرائیں</translation>
    </message>
    <message>
        <source>Submit the Department&apos;s &amp;Drafts…</source>
        <translation>محکمے کے مسو&amp;دے جمع کرائیں…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظ&amp;ور کریں</translation>
    </message>
    <message>
        <source>Re&amp;turn with Comment…</source>
        <translation>تبصرے کے ساتھ وا&amp;پس کریں…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;ہم آہنگی</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>ابھی &amp;ہم آہنگ کریں</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;سائن ان کریں…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;تنازعات…</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>ممکن نہیں</translation>
    </message>
    <message>
        <source>%1: done; it reaches the server on the next sync.</source>
        <translation>%1: ہو گیا، یہ اگلی ہم آہنگی پر سرور تک پہنچ جائے گا۔</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ہم آہنگی ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تنازعات</translation>
    </message>
    <message>
        <source>Not syncing: sign in</source>
        <translation>ہم آہنگی بند ہے: سائن ان کریں</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>آخری ہم آہنگی: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ابھی تک کوئی ہم آہنگی نہیں ہوئی</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%Ln تبدیلی بھیجنا باقی</numerusform>
            <numerusform>%Ln تبدیلیاں بھیجنا باقی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%Ln تنازع</numerusform>
            <numerusform>%Ln تنازعات</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>پچھلی ہم آہنگی ناکام رہی: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>جائزے کے لیے جمع کرائیں</translation>
    </message>
    <message>
        <source>Choose a department on the left first.</source>
        <translation>پہلے دائیں جانب سے کوئی محکمہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 has no drafts or returned services to submit.</source>
        <translation>%1 کے پاس جمع کرانے کے لیے کوئی مسودہ یا واپس شدہ سروس نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Submit the %n draft or returned service(s) of %1 for review?</source>
        <translation>
            <numerusform>محکمہ %1 کی %Ln سروس (مسودہ یا واپس شدہ) جائزے کے لیے جمع کرائیں؟</numerusform>
            <numerusform>محکمہ %1 کی %Ln سروسز (مسودہ یا واپس شدہ) جائزے کے لیے جمع کرائیں؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Some were not submitted</source>
        <translation>کچھ سروسز جمع نہیں ہو سکیں</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>تبصرے کے ساتھ واپس کریں</translation>
    </message>
    <message>
        <source>What should the department change in %1?</source>
        <translation>محکمے کو %1 میں کیا تبدیل کرنا چاہیے؟</translation>
    </message>
    <message numerus="yes">
        <source>%n returned for changes</source>
        <translation>
            <numerusform>%Ln سروس تبدیلیوں کے لیے واپس کی گئی</numerusform>
            <numerusform>%Ln سروسز تبدیلیوں کے لیے واپس کی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;جائزہ</translation>
    </message>
    <message numerus="yes">
        <source>(%n new since the last sync)</source>
        <translation>
            <numerusform>(پچھلی ہم آہنگی کے بعد %Ln نئی)</numerusform>
            <numerusform>(پچھلی ہم آہنگی کے بعد %Ln نئی)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%Ln سروس جائزے کی منتظر</numerusform>
            <numerusform>%Ln سروسز جائزے کی منتظر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;آڈٹ لاگ…</translation>
    </message>
    <message numerus="yes">
        <source>Submit the %n selected service(s) for review?</source>
        <translation>
            <numerusform>منتخب شدہ %Ln سروس جائزے کے لیے جمع کرائیں؟</numerusform>
            <numerusform>منتخب شدہ %Ln سروسز جائزے کے لیے جمع کرائیں؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::RecordDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>محفوظ کریں (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>واپس پلٹیں</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>غیر محفوظ تبدیلیاں۔</translation>
    </message>
    <message>
        <source>1 problem to fix before saving.</source>
        <translation>محفوظ کرنے سے پہلے 1 مسئلہ درست کرنا ہے۔</translation>
    </message>
    <message>
        <source>%1 problems to fix before saving.</source>
        <translation>محفوظ کرنے سے پہلے %1 مسائل درست کرنے ہیں۔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>This service has changes that are not saved.</source>
        <translation>اس سروس میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <source>This department has changes that are not saved.</source>
        <translation>اس محکمے میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>بند کرنے سے پہلے انہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Similar services already in %1: %2</source>
        <translation>%1 میں پہلے سے ملتی جلتی سروسز: %2</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>نئی سروس</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>نیا محکمہ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned for changes&lt;/b&gt; by %1 on %2: %3</source>
        <translation>%1 نے %2 کو یہ سروس &lt;b&gt;تبدیلیوں کے لیے واپس کر دی&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted for review&lt;/b&gt; by %1; the secretariat decides on it. Changing it makes a new draft.</source>
        <translation>%1 نے یہ سروس &lt;b&gt;جائزے کے لیے جمع کرائی ہے&lt;/b&gt;، اس کا فیصلہ سیکرٹریٹ کرے گا۔ اس میں تبدیلی کرنے سے نیا مسودہ بن جائے گا۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved.&lt;/b&gt; Changing it makes a new draft, which goes through review again.</source>
        <translation>&lt;b&gt;منظور شدہ۔&lt;/b&gt; اس میں تبدیلی کرنے سے نیا مسودہ بن جائے گا، جو دوبارہ جائزے سے گزرے گا۔</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ReviewWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>جائزے کی منتظر</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>تبدیلیوں کے لیے واپس کی گئی</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;دکھائیں:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;محکمہ:</translation>
    </message>
    <message>
        <source>Services to review</source>
        <translation>جائزے کے لیے سروسز</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;سب منتخب کریں</translation>
    </message>
    <message>
        <source>Approve &amp;Selected…</source>
        <translation>&amp;منتخب شدہ منظور کریں…</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n &amp;Selected…</source>
        <translation>
            <numerusform>%Ln &amp;منتخب شدہ منظور کریں…</numerusform>
            <numerusform>%Ln &amp;منتخب شدہ منظور کریں…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the published version</source>
        <translation>شائع شدہ ورژن کے بعد کی تبدیلیاں</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلڈ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>شائع شدہ</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>جمع شدہ</translation>
    </message>
    <message>
        <source>Comment for the department (required to return)</source>
        <translation>محکمے کے لیے تبصرہ (واپس کرنے کے لیے ضروری)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظ&amp;ور کریں</translation>
    </message>
    <message>
        <source>&amp;Return with Comment</source>
        <translation>تبصرے کے ساتھ وا&amp;پس کریں</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>Re&amp;submit</source>
        <translation>دوبارہ &amp;جمع کرائیں</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>تمام محکمے</translation>
    </message>
    <message>
        <source>Nothing is waiting for review. Sync to receive new submissions.</source>
        <translation>کوئی سروس جائزے کی منتظر نہیں۔ نئی درخواستیں وصول کرنے کے لیے ہم آہنگی کریں۔</translation>
    </message>
    <message>
        <source>Nothing has come back from review.</source>
        <translation>جائزے سے کچھ واپس نہیں آیا۔</translation>
    </message>
    <message>
        <source>Choose a service to review</source>
        <translation>جائزے کے لیے ایک سروس منتخب کریں</translation>
    </message>
    <message>
        <source>Choose a returned service</source>
        <translation>واپس کی گئی ایک سروس منتخب کریں</translation>
    </message>
    <message>
        <source>Revision %1, submitted %2 by %3.</source>
        <translation>نظرِ ثانی %1، %2 کو %3 نے جمع کرائی۔</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past %1&apos;s deadline (%2).</source>
        <translation>
            <numerusform>%1 کی آخری تاریخ (%2) سے %Ln دن اوپر۔</numerusform>
            <numerusform>%1 کی آخری تاریخ (%2) سے %Ln دن اوپر۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned %1 by %2:
%3</source>
        <translation>%1 کو %2 نے واپس کی:
%3</translation>
    </message>
    <message>
        <source>New to the catalogue: nothing of it is published yet. Every field:</source>
        <translation>فہرست میں نئی: اس کا کچھ بھی ابھی شائع نہیں ہوا۔ تمام فیلڈز:</translation>
    </message>
    <message>
        <source>The same as the published version (revision %1).</source>
        <translation>شائع شدہ ورژن (نظرِ ثانی %1) جیسی ہی۔</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the published version (revision %1):</source>
        <translation>
            <numerusform>شائع شدہ ورژن (نظرِ ثانی %1) کے بعد %Ln فیلڈ بدلی:</numerusform>
            <numerusform>شائع شدہ ورژن (نظرِ ثانی %1) کے بعد %Ln فیلڈز بدلیں:</numerusform>
        </translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>تبصرے کے ساتھ واپس کریں</translation>
    </message>
    <message>
        <source>Say what the department should change: returning needs a comment.</source>
        <translation>بتائیں کہ محکمہ کیا تبدیل کرے: واپس کرنے کے لیے تبصرہ ضروری ہے۔</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>ممکن نہیں</translation>
    </message>
    <message>
        <source>%1 approved; it reaches the server on the next sync.</source>
        <translation>%1 منظور ہو گئی؛ یہ اگلی ہم آہنگی پر سرور تک پہنچے گی۔</translation>
    </message>
    <message>
        <source>%1 returned; it reaches the server on the next sync.</source>
        <translation>%1 واپس کر دی گئی؛ یہ اگلی ہم آہنگی پر سرور تک پہنچے گی۔</translation>
    </message>
    <message>
        <source>Approve several services</source>
        <translation>کئی سروسز منظور کریں</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n service(s)? Each is published as submitted once the decision reaches the server.</source>
        <translation>
            <numerusform>%Ln سروس منظور کریں؟ فیصلہ سرور تک پہنچتے ہی یہ جمع شدہ شکل میں شائع ہو جائے گی۔</numerusform>
            <numerusform>%Ln سروسز منظور کریں؟ فیصلہ سرور تک پہنچتے ہی ہر ایک جمع شدہ شکل میں شائع ہو جائے گی۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>سب منظور کریں</translation>
    </message>
    <message>
        <source>Some were not approved</source>
        <translation>کچھ منظور نہیں ہوئیں</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) approved; the decisions reach the server on the next sync.</source>
        <translation>
            <numerusform>%Ln سروس منظور ہوئی؛ فیصلے اگلی ہم آہنگی پر سرور تک پہنچیں گے۔</numerusform>
            <numerusform>%Ln سروسز منظور ہوئیں؛ فیصلے اگلی ہم آہنگی پر سرور تک پہنچیں گے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted again; it reaches the secretariat on the next sync.</source>
        <translation>%1 دوبارہ جمع کرا دی گئی؛ یہ اگلی ہم آہنگی پر سیکرٹریٹ تک پہنچے گی۔</translation>
    </message>
    <message>
        <source>Returned with this comment:
%1</source>
        <translation>اس تبصرے کے ساتھ واپس کی گئی:
%1</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::SignInDialog</name>
    <message>
        <source>Sign In to the Central Server</source>
        <translation>مرکزی سرور پر سائن ان کریں</translation>
    </message>
    <message>
        <source>Sign in once; Fehrist keeps the sign-in in the system keychain (never your password) and syncs this catalogue with the server.</source>
        <translation>ایک بار سائن ان کریں۔ فہرست آپ کا سائن ان سسٹم کی کیچین میں محفوظ رکھتی ہے (آپ کا پاس ورڈ کبھی نہیں) اور اس فہرست کو سرور کے ساتھ ہم آہنگ رکھتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;صارف نام:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;پاس ورڈ:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>سائن &amp;ان کریں</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>صارف نام یا پاس ورڈ درست نہیں۔</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>سائن ان نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <source>The server&apos;s address starts with https://, such as https://fehrist.kp.gov.pk</source>
        <translation>سرور کا پتا https:// سے شروع ہوتا ہے، جیسے https://fehrist.kp.gov.pk</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>اپنا صارف نام اور پاس ورڈ درج کریں۔</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Department</source>
        <translation>محکمہ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>کن کے لیے</translation>
    </message>
    <message>
        <source>Life events (one per line)</source>
        <translation>زندگی کے واقعات (ہر سطر میں ایک)</translation>
    </message>
    <message>
        <source>Keywords (one per line)</source>
        <translation>کلیدی الفاظ (ہر سطر میں ایک)</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>کون اہل ہے</translation>
    </message>
    <message>
        <source>Required documents (one per line)</source>
        <translation>درکار دستاویزات (ہر سطر میں ایک)</translation>
    </message>
    <message>
        <source>What the citizen receives</source>
        <translation>شہری کو کیا ملتا ہے</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Fee amount (PKR)</source>
        <translation>فیس کی رقم (روپے)</translation>
    </message>
    <message>
        <source>Fee notes</source>
        <translation>فیس سے متعلق نوٹ</translation>
    </message>
    <message>
        <source>Processing time (e.g. P10D, PT2H)</source>
        <translation>کارروائی کا وقت (مثلاً P10D، PT2H)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ذرائع</translation>
    </message>
    <message>
        <source>Online address (https://)</source>
        <translation>آن لائن پتا (https://)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>اضلاع</translation>
    </message>
    <message>
        <source>Notified under the Right to Public Services Act</source>
        <translation>حقِ عوامی خدمات ایکٹ کے تحت نوٹیفائیڈ</translation>
    </message>
    <message>
        <source>RTS time limit (e.g. P7D)</source>
        <translation>RTS کی مقررہ مدت (مثلاً P7D)</translation>
    </message>
    <message>
        <source>Designated officer</source>
        <translation>نامزد افسر</translation>
    </message>
    <message>
        <source>Appellate authority</source>
        <translation>اپیلیٹ اتھارٹی</translation>
    </message>
    <message>
        <source>Digitization level</source>
        <translation>ڈیجیٹائزیشن کی سطح</translation>
    </message>
    <message>
        <source>Digitization notes</source>
        <translation>ڈیجیٹائزیشن سے متعلق نوٹ</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>ہدف کی سطح</translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD)</source>
        <translation>ہدف کی تاریخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Applications per year</source>
        <translation>سالانہ درخواستیں</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>قانونی بنیاد</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>رابطہ فون</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>رابطہ ای میل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>آخری تصدیق (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>بالائی محکمہ</translation>
    </message>
    <message>
        <source>Administrative secretary</source>
        <translation>انتظامی سیکرٹری</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>فوکل پرسن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Website (https://)</source>
        <translation>ویب سائٹ (https://)</translation>
    </message>
    <message>
        <source>Services declared (expected in the catalogue)</source>
        <translation>اعلان کردہ سروسز (جو فہرست میں متوقع ہیں)</translation>
    </message>
    <message>
        <source>Submission deadline (YYYY-MM-DD)</source>
        <translation>جمع کرانے کی آخری تاریخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشتیں</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>سسٹم کی زبان</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>edit %1</source>
        <translation>%1 میں ترمیم</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>محکمہ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>How to obtain</source>
        <translation>حصول کا طریقہ</translation>
    </message>
    <message>
        <source>Delivery and channels</source>
        <translation>فراہمی اور ذرائع</translation>
    </message>
    <message>
        <source>Right to Public Services</source>
        <translation>حقِ عوامی خدمات</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>ڈیجیٹائزیشن</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
</context>
<context>
    <name>SampleCatalogue</name>
    <message>
        <source>Sample data, not an official list</source>
        <translation>نمونے کا ڈیٹا، سرکاری فہرست نہیں</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; نہ ہاں ہے نہ نہیں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; مکمل عدد نہیں ہے</translation>
    </message>
    <message>
        <source>L0 to L6</source>
        <translation>L0 تا L6</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>لازمی ہے</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>ایک ہی سطر میں ہونا چاہیے</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>%L1 حروف پر مشتمل ہے، زیادہ سے زیادہ %L2 کی اجازت ہے</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code: use 2 to %2 capital letters, digits or dashes</source>
        <translation>&quot;%1&quot; درست کوڈ نہیں: 2 سے %L2 تک بڑے انگریزی حروف، ہندسے یا ڈیش استعمال کریں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values (%2)</source>
        <translation>&quot;%1&quot; اجازت شدہ قدروں میں سے نہیں (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; دو بار درج ہے</translation>
    </message>
    <message>
        <source>&quot;all&quot; cannot be combined with individual districts</source>
        <translation>&quot;all&quot; (تمام اضلاع) کو الگ الگ اضلاع کے ساتھ نہیں ملایا جا سکتا</translation>
    </message>
    <message>
        <source>has %1 entries; at most 100 are allowed</source>
        <translation>اس میں %L1 اندراجات ہیں، زیادہ سے زیادہ 100 کی اجازت ہے</translation>
    </message>
    <message>
        <source>an entry is %1 characters long; at most %2 are allowed</source>
        <translation>ایک اندراج %L1 حروف کا ہے، زیادہ سے زیادہ %L2 کی اجازت ہے</translation>
    </message>
    <message>
        <source>an entry contains &quot;;&quot;, which separates list entries</source>
        <translation>ایک اندراج میں &quot;;&quot; ہے، جو فہرست کے اندراجات کو الگ کرتا ہے</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>منفی نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>ناقابلِ یقین حد تک بڑا ہے</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; تاریخ نہیں، تاریخ YYYY-MM-DD کی صورت میں لکھیں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration such as P10D (10 days) or PT2H (2 hours)</source>
        <translation>&quot;%1&quot; ISO 8601 کی مدت نہیں، جیسے P10D (10 دن) یا PT2H (2 گھنٹے)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupees such as 500 or 1250.50</source>
        <translation>&quot;%1&quot; روپوں میں رقم نہیں، جیسے 500 یا 1250.50</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%L1 حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address</source>
        <translation>&quot;%1&quot; https:// پتا نہیں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; ای میل پتا نہیں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, optionally +, spaces, dashes; 7 to 20 characters)</source>
        <translation>&quot;%1&quot; فون نمبر نہیں (ہندسے، چاہیں تو +، خالی جگہیں اور ڈیش، 7 سے 20 حروف)</translation>
    </message>
    <message>
        <source>a department cannot be its own parent</source>
        <translation>کوئی محکمہ خود اپنا بالائی محکمہ نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>is required when the fee type is fixed</source>
        <translation>مقررہ فیس ہو تو لازمی ہے</translation>
    </message>
    <message>
        <source>must be empty when the fee type is free</source>
        <translation>مفت سروس ہو تو خالی ہونا چاہیے</translation>
    </message>
    <message>
        <source>is required for a service notified under the Right to Public Services Act</source>
        <translation>حقِ عوامی خدمات ایکٹ کے تحت نوٹیفائیڈ سروس کے لیے لازمی ہے</translation>
    </message>
    <message>
        <source>is below the current digitization level</source>
        <translation>موجودہ ڈیجیٹائزیشن کی سطح سے کم ہے</translation>
    </message>
    <message>
        <source>a service at level L3 or above must offer web-portal, mobile-app or dastak</source>
        <translation>L3 یا اس سے اوپر کی سروس میں ویب پورٹل، موبائل ایپ یا دستک ایپ میں سے کوئی ذریعہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>a returned service needs the reviewer&apos;s comment</source>
        <translation>واپس کی گئی سروس کے لیے جائزہ لینے والے کا تبصرہ ضروری ہے</translation>
    </message>
    <message>
        <source>there is no department with code &quot;%1&quot;</source>
        <translation>کوڈ &quot;%1&quot; کا کوئی محکمہ موجود نہیں</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another service of %2</source>
        <translation>&quot;%1&quot; پہلے ہی %2 کی کسی اور سروس کا کوڈ ہے</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another department</source>
        <translation>&quot;%1&quot; پہلے ہی کسی اور محکمے کا کوڈ ہے</translation>
    </message>
    <message>
        <source>a department&apos;s code cannot be changed once created</source>
        <translation>محکمہ بن جانے کے بعد اس کا کوڈ تبدیل نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000), which no catalogue can store</source>
        <translation>اس میں NUL کیریکٹر (U+0000) ہے، جسے کوئی فہرست محفوظ نہیں کر سکتی</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>it belongs to %1; officers change and submit only their own department&apos;s services (yours: %2)</source>
        <translation>یہ %1 کی سروس ہے؛ افسران صرف اپنے محکمے کی سروسز میں تبدیلی کرتے اور انہیں جمع کراتے ہیں (آپ کا محکمہ: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>only the department&apos;s officers change services; reviewers and viewers do not</source>
        <translation>سروسز میں تبدیلی صرف محکمے کے افسران کرتے ہیں؛ جائزہ کار اور ناظرین نہیں</translation>
    </message>
    <message>
        <source>it is published; to take it off the catalogue, set its status to retired and submit that for review</source>
        <translation>یہ شائع شدہ ہے؛ اسے فہرست سے ہٹانے کے لیے اس کی حیثیت ریٹائرڈ کریں اور اسے جائزے کے لیے جمع کرائیں</translation>
    </message>
    <message>
        <source>it is waiting for review; it cannot be deleted now</source>
        <translation>یہ جائزے کی منتظر ہے؛ اسے ابھی حذف نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>it is already submitted</source>
        <translation>یہ پہلے ہی جمع کرائی جا چکی ہے</translation>
    </message>
    <message>
        <source>it is approved as it is; edit it to make a new draft first</source>
        <translation>یہ اپنی موجودہ صورت میں منظور شدہ ہے؛ پہلے اس میں ترمیم کر کے نیا مسودہ بنائیں</translation>
    </message>
    <message>
        <source>only reviewers approve or return services</source>
        <translation>سروسز کو صرف جائزہ کار منظور یا واپس کرتے ہیں</translation>
    </message>
    <message>
        <source>it is %1, not submitted</source>
        <translation>یہ %1 ہے، جمع شدہ نہیں</translation>
    </message>
    <message>
        <source>nobody approves or returns their own submission</source>
        <translation>کوئی بھی اپنی جمع کرائی ہوئی سروس خود منظور یا واپس نہیں کرتا</translation>
    </message>
    <message>
        <source>it changed since you reviewed it (you saw revision %1, it is now %2); review it again</source>
        <translation>آپ کے جائزے کے بعد اس میں تبدیلی ہوئی ہے (آپ نے نظرِ ثانی %1 دیکھی تھی، اب یہ %2 ہے)؛ دوبارہ جائزہ لیں</translation>
    </message>
    <message>
        <source>say why it goes back: returning a service needs a comment</source>
        <translation>بتائیں کہ یہ کیوں واپس جا رہی ہے: سروس واپس کرنے کے لیے تبصرہ ضروری ہے</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>نامعلوم عمل</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Digital Public Services Catalogue.</source>
        <translation>ڈیجیٹل عوامی خدمات کی فہرست۔</translation>
    </message>
    <message>
        <source>The catalogue: an SQLite file or postgresql://…</source>
        <translation>فہرست: SQLite فائل یا postgresql://…</translation>
    </message>
    <message>
        <source>Welcome to Fehrist</source>
        <translation>فہرست میں خوش آمدید</translation>
    </message>
    <message>
        <source>There is no catalogue at %1 yet.

Create it with the sample catalogue (illustrative data, not an official list)? Choose No for an empty catalogue.</source>
        <translation>%1 پر ابھی کوئی فہرست نہیں ہے۔

کیا اسے نمونے کی فہرست کے ساتھ بنایا جائے (مثالی ڈیٹا، سرکاری فہرست نہیں)؟ خالی فہرست کے لیے &quot;نہیں&quot; منتخب کریں۔</translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation>نمونہ لوڈ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>The language of the window for this run: en, ur or ps.</source>
        <translation>اس بار ونڈو کی زبان: en، ur یا ps۔</translation>
    </message>
    <message>
        <source>Fehrist</source>
        <translation>فہرست</translation>
    </message>
</context>
</TS>
