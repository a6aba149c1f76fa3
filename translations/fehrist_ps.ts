<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_PK">
<context>
    <name>CatalogueExchange</name>
    <message>
        <source>the file is larger than 256 MB</source>
        <translation>فایل له ۲۵۶ MB نه لوی دی</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is mapped to &quot;%2&quot;, which is not a field one can import</source>
        <translation>کالم &quot;%1&quot; له &quot;%2&quot; سره تړل شوی، چې داسې فیلډ نه دی چې وارد شي</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are the field names: %2 (or map it to a field in the import wizard)</source>
        <translation>ناپېژندل شوی کالم &quot;%1&quot;. د کالمونو نومونه د فیلډونو نومونه دي: %2 (یا یې د واردولو په وزرډ کې له یو فیلډ سره وتړئ)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also column %2)</source>
        <translation>کالم &quot;%1&quot; دوه ځله راغلی (په %2 کالم کې هم)</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>د سرلیک په قطار کې &quot;%1&quot; کالم نشته</translation>
    </message>
    <message>
        <source>JSON-LD is an export format; import CSV or JSON</source>
        <translation>JSON-LD یوازې د صادرولو بڼه ده. CSV یا JSON وارد کړئ</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>په فایل کې د سرلیک قطار نشته</translation>
    </message>
    <message>
        <source>has %1 cells; the header has %2</source>
        <translation>%L1 خانې لري، خو سرلیک %L2 لري</translation>
    </message>
    <message>
        <source>this cell has a value but its column has no header</source>
        <translation>په دې خانه کې ارزښت شته خو د کالم سرلیک یې نشته</translation>
    </message>
    <message>
        <source>%1 is also at %2; each service appears once</source>
        <translation>%1 په %2 کې هم شته. هر خدمت باید یو ځل راشي</translation>
    </message>
    <message>
        <source>%1 is already in the catalogue (import with --mode merge to update it)</source>
        <translation>%1 دمخه په فهرست کې شته (د تازه کولو لپاره یې د &quot;یو ځای کول&quot; په طریقه وارد کړئ)</translation>
    </message>
    <message>
        <source>--mode replace takes a file of one department; this one has %1</source>
        <translation>د &quot;بدلول&quot; طریقه یوازې د یوې محکمې فایل مني، خو په دې فایل کې %L1 محکمې دي</translation>
    </message>
    <message>
        <source>JSON-LD is an export format; import CSV, XLSX or JSON</source>
        <translation>JSON-LD یوازې د صادرولو بڼه ده. CSV، XLSX یا JSON وارد کړئ</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is %1 MB; at most %2 MB are read</source>
        <translation>فایل %L1 MB دی، تر ټولو زیات %L2 MB لوستل کېږي</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>فایل له %L1 MB نه لوی دی</translation>
    </message>
    <message>
        <source>is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>سم UTF-8 نه دی (فایل په UTF-8 کې خوندي کړئ)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>له %L1 نه زیات کالمونه</translation>
    </message>
    <message>
        <source>a cell longer than %1 characters</source>
        <translation>له %L1 تورو نه اوږده خانه</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted cell</source>
        <translation>په داسې خانه کې د نقل قول نښه چې په نقل قول کې نه ده</translation>
    </message>
    <message>
        <source>this quote is never closed</source>
        <translation>دا د نقل قول نښه هېڅ ځای نه ده تړل شوې</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::DepartmentFiguresModel</name>
    <message>
        <source>Past deadline (%1); nothing submitted</source>
        <translation>وروستۍ نېټه تېره شوې (%1)، هېڅ نه دي سپارل شوي</translation>
    </message>
    <message>
        <source>Past deadline (%1); %2 to submit</source>
        <translation>وروستۍ نېټه تېره شوې (%1)، %2 لا سپارل پاتې دي</translation>
    </message>
    <message>
        <source>Nothing submitted</source>
        <translation>هېڅ نه دي سپارل شوي</translation>
    </message>
    <message>
        <source>All submitted</source>
        <translation>ټول سپارل شوي</translation>
    </message>
    <message>
        <source>%1 to submit</source>
        <translation>%1 سپارل پاتې</translation>
    </message>
    <message>
        <source>%1 of %2 active services at %3</source>
        <translation>له %2 فعالو خدمتونو څخه %1 په %3 کې</translation>
    </message>
    <message>
        <source>%1 catalogued, %2 declared, %3 submitted or approved</source>
        <translation>%1 په فهرست کې، %2 اعلان شوي، %3 سپارل شوي یا منظور شوي</translation>
    </message>
    <message>
        <source>Share of the department&apos;s active services at %1</source>
        <translation>د محکمې د فعالو خدمتونو هغه برخه چې په %1 کې ده</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>محکمه</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمتونه</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلان شوي</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>بشپړ</translation>
    </message>
    <message>
        <source>Online ≥ L%1</source>
        <translation>آنلاین ≥ L%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>سپارل شوي</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شوي</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>بېرته شوي</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>وروستۍ نېټه</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>پابندي</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::DepartmentListModel</name>
    <message>
        <source>All departments (%1)</source>
        <translation>ټولې محکمې (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 declared services catalogued (%3 %)</source>
        <translation>له %2 اعلان شوو خدمتونو څخه %1 په فهرست کې (%3٪)</translation>
    </message>
    <message>
        <source>Draft %1 · submitted %2 · approved %3 · returned %4</source>
        <translation>مسوده %1 · سپارل شوي %2 · منظور شوي %3 · بېرته شوي %4</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::FigureFormat</name>
    <message>
        <source>1 day</source>
        <translation>۱ ورځ</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ورځې</translation>
    </message>
    <message>
        <source>L%1 and above</source>
        <translation>L%1 او تر هغې پورته</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 ټکي</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::Headline</name>
    <message>
        <source>Trend starts %1</source>
        <translation>رجحان له %1 نه پیلېږي</translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 له %3 راهیسې</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>هېڅ هدف نه دی ټاکل شوی</translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation>هدف %1 تر %2 پورې</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>هدف %1</translation>
    </message>
    <message>
        <source>%1 of %2 active services</source>
        <translation>له %2 فعالو خدمتونو څخه %1</translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation>آنلاین (%1)</translation>
    </message>
    <message>
        <source>Fully digital (%1)</source>
        <translation>بشپړ ډیجیټل (%1)</translation>
    </message>
    <message>
        <source>Volume-weighted (%1)</source>
        <translation>د غوښتنو د شمېر له مخې (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 applications a year</source>
        <translation>په کال کې له %2 غوښتنو څخه %1</translation>
    </message>
    <message>
        <source>Catalogued against declared</source>
        <translation>د اعلان شوو په پرتله په فهرست کې</translation>
    </message>
    <message>
        <source>%1 of %2 declared services</source>
        <translation>له %2 اعلان شوو خدمتونو څخه %1</translation>
    </message>
    <message>
        <source>%1 services; no department has declared a total</source>
        <translation>%1 خدمتونه، هېڅ محکمې ټول شمېر نه دی اعلان کړی</translation>
    </message>
    <message>
        <source>Target: every declared service</source>
        <translation>هدف: هر اعلان شوی خدمت</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::ReviewQueueModel</name>
    <message>
        <source>none</source>
        <translation>هېڅ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln ورځ ځنډ</numerusform>
            <numerusform>%Ln ورځې ځنډ</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>سپارل شوي</translation>
    </message>
    <message>
        <source>By</source>
        <translation>سپارونکی</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>وروستۍ نېټه</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>د بیاکتونکي تبصره</translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::ServiceTableModel</name>
    <message>
        <source>Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Urdu name</source>
        <translation>اردو نوم</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>کچه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>پړاو</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>کټګوري</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>RTS</source>
        <translation>RTS</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>د پروسس وخت</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>وروستی بدلون</translation>
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
%3 خدمتونه په فهرست کې، %4 اعلان شوي
%5
آنلاین (%6): %7
د دې د خدمتونو لیدلو لپاره کلیک وکړئ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هېڅ</translation>
    </message>
    <message>
        <source>%1: %2 services
%3
%4 of them at %5</source>
        <translation>%1: %2 خدمتونه
%3
له دې څخه %4 په %5 کې</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>تر اوسه هېڅ خدمت نشته</translation>
    </message>
    <message>
        <source>%1 %2: %3 services (%4 of the catalogue)</source>
        <translation>%1 %2: %3 خدمتونه (د فهرست %4)</translation>
    </message>
    <message>
        <source>digitized: %1</source>
        <translation>ډیجیټل شوي: %1</translation>
    </message>
    <message>
        <source>Departments by digitization level (digitized: %1)</source>
        <translation>د ډیجیټلائزیشن د کچې له مخې محکمې (ډیجیټل شوي: %1)</translation>
    </message>
    <message>
        <source>Services by level (digitized: %1)</source>
        <translation>د کچې له مخې خدمتونه (ډیجیټل شوي: %1)</translation>
    </message>
    <message>
        <source>Services by category and level (digitized: %1)</source>
        <translation>د کټګورۍ او کچې له مخې خدمتونه (ډیجیټل شوي: %1)</translation>
    </message>
    <message>
        <source>Trend (digitized: %1)</source>
        <translation>رجحان (ډیجیټل شوي: %1)</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::AuditDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>د پلټنې لاګ</translation>
    </message>
    <message>
        <source>Filter by user, action or record</source>
        <translation>د کارن، کړنې یا ریکارډ له مخې چاڼ کړئ</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>د پلټنې لاګ ثبتونه</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شمېره</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چا</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>نور &amp;راوړل</translation>
    </message>
    <message>
        <source>Only reviewers and administrators read the audit log.</source>
        <translation>د پلټنې لاګ یوازې بیاکتونکي او مدیران لوستلی شي.</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>د پلټنې لاګ و نه لوستل شو: %1</translation>
    </message>
    <message>
        <source>Reading the audit log from the server…</source>
        <translation>له سرور څخه د پلټنې لاګ لوستل کېږي…</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>هش %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%Ln ثبت ښودل شوی</numerusform>
            <numerusform>%Ln ثبتونه ښودل شوي</numerusform>
        </translation>
    </message>
    <message>
        <source>; more on the server.</source>
        <translation>؛ نور په سرور کې دي.</translation>
    </message>
    <message>
        <source>; that is all.</source>
        <translation>؛ همدومره دي.</translation>
    </message>
    <message>
        <source>The entries shown do not link up: run fehrist-server audit verify on the server.</source>
        <translation>ښودل شوي ثبتونه سره نه نښلي: په سرور کې fehrist-server audit verify وچلوئ.</translation>
    </message>
    <message>
        <source>The entries shown link up in one hash chain.</source>
        <translation>ښودل شوي ثبتونه په یوه هش ځنځیر کې سره نښلي.</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ChartWidget</name>
    <message>
        <source>the figures are not ready yet</source>
        <translation>شمېرې لا چمتو نه دي</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>انځور خوندي نه شو: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>فایل خوندي نه شو: %1</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(تش)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ټکرونه</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلډ</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>پخوانی ارزښت</translation>
    </message>
    <message>
        <source>Yours (mine)</source>
        <translation>ستاسو ارزښت</translation>
    </message>
    <message>
        <source>Server&apos;s (theirs)</source>
        <translation>د سرور ارزښت</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>د &amp;سرور ارزښتونه واخلئ</translation>
    </message>
    <message>
        <source>Keep the server&apos;s values; your change is dropped.</source>
        <translation>د سرور ارزښتونه وساتئ، ستاسو بدلون به له منځه لاړ شي.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;خپل ارزښتونه وساتئ</translation>
    </message>
    <message>
        <source>Send your values again, as a new change against the server&apos;s version.</source>
        <translation>خپل ارزښتونه بیا ولېږئ، د سرور پر نسخې د یو نوي بدلون په توګه.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ټکر</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رد شوی</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed reached the server as it was.</source>
        <translation>هېڅ ټکر نشته: ستاسو ټول بدلونونه لکه څنګه چې وو سرور ته ورسېدل.</translation>
    </message>
    <message>
        <source>Someone changed the same fields on the server since you last synced; the server kept its values. Choose which to keep.</source>
        <translation>ستاسو له وروستۍ همغږۍ راهیسې چا په سرور کې همدا فیلډونه بدل کړي دي، نو سرور خپل ارزښتونه ساتلي دي. وټاکئ چې کوم ارزښتونه وساتل شي.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>سرور دا بدلون رد کړ: %1</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>حل نه شو</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::Credentials</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>د سیسټم کیچین ځواب ورنه کړ</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::DashboardWidget</name>
    <message>
        <source>Export</source>
        <translation>صادرول</translation>
    </message>
    <message>
        <source>Save this chart as an image (PNG) or its numbers (CSV)</source>
        <translation>دا چارټ د انځور (PNG) یا د شمېرو (CSV) په بڼه خوندي کړئ</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>د &amp;PNG په بڼه خوندي کړئ…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>د &amp;CSV په بڼه خوندي کړئ…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>انځور &amp;کاپي کړئ</translation>
    </message>
    <message>
        <source>Digitization dashboard</source>
        <translation>د ډیجیټلائزیشن ډشبورډ</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>شمېرې حسابېږي…</translation>
    </message>
    <message>
        <source>&amp;Digitized from:</source>
        <translation>&amp;ډیجیټل شوي، له دې کچې:</translation>
    </message>
    <message>
        <source>The level from which a service counts as digitized in every figure marked so. It is kept in the catalogue, so reports and fehrist-cli use it too.</source>
        <translation>هغه کچه چې له هغې نه یو خدمت په هره هغه شمېره کې ډیجیټل ګڼل کېږي چې دا پرې لیکل وي. دا په فهرست کې ساتل کېږي، نو راپورونه او fehrist-cli هم همدا کاروي.</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>هدفونه…</translation>
    </message>
    <message>
        <source>Set the programme&apos;s targets</source>
        <translation>د پروګرام هدفونه وټاکئ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه کړئ</translation>
    </message>
    <message>
        <source>Compute the figures again</source>
        <translation>شمېرې بیا حساب کړئ</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>راپور…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>راپور د PDF په بڼه خوندي کړئ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>راپور چاپ کړئ</translation>
    </message>
    <message>
        <source>Order of the departments&apos; bars</source>
        <translation>د محکمو د پټو ترتیب</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>د کوډ له مخې</translation>
    </message>
    <message>
        <source>Most services first</source>
        <translation>ډېر خدمتونه لرونکې لومړی</translation>
    </message>
    <message>
        <source>Highest online share first</source>
        <translation>تر ټولو لوړه آنلاین برخه لومړی</translation>
    </message>
    <message>
        <source>Lowest online share first</source>
        <translation>تر ټولو ټیټه آنلاین برخه لومړی</translation>
    </message>
    <message>
        <source>Most complete first</source>
        <translation>تر ټولو بشپړې لومړی</translation>
    </message>
    <message>
        <source>Least complete first</source>
        <translation>تر ټولو نابشپړې لومړی</translation>
    </message>
    <message>
        <source>Click a department to see its services</source>
        <translation>د یوې محکمې د خدمتونو لیدلو لپاره پرې کلیک وکړئ</translation>
    </message>
    <message>
        <source>Compliance by department</source>
        <translation>د محکمو له مخې پابندي</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>شمېرې حساب نه شوې: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>د %1 په نېټه</translation>
    </message>
    <message>
        <source>Compliance by department (online: %1; %2 submitted nothing, %3 past the deadline)</source>
        <translation>د محکمو له مخې پابندي (آنلاین: %1، %2 هېڅ نه دي سپارلي، %3 له وروستۍ نېټې اوښتي)</translation>
    </message>
    <message>
        <source>Cannot change the threshold</source>
        <translation>حد بدل نه شو</translation>
    </message>
    <message>
        <source>the figures are not ready yet</source>
        <translation>شمېرې لا چمتو نه دي</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>راپور په %1 کې خوندي شو (%Ln پاڼه)</numerusform>
            <numerusform>راپور په %1 کې خوندي شو (%Ln پاڼې)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>راپور خوندي کړئ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF لاسوندونه (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>راپور خوندي نه شو</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>چاپ نه شو</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>چاپګر ونه کارول شو.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s))</source>
        <translation>
            <numerusform>راپور چاپګر ته ولېږل شو (%Ln پاڼه)</numerusform>
            <numerusform>راپور چاپګر ته ولېږل شو (%Ln پاڼې)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG انځورونه (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فایلونه (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>چارټ صادر کړئ</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>صادر نه شو</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>خوندي شو: %1</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>جدول صادر کړئ</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>هدفونه</translation>
    </message>
    <message>
        <source>The programme&apos;s targets, shown with each figure and on the trend. They are kept in the catalogue. 0 % means no target.</source>
        <translation>د پروګرام هدفونه چې له هرې شمېرې سره او د رجحان پر چارټ ښودل کېږي. دا په فهرست کې ساتل کېږي. ۰٪ یعنې هېڅ هدف نشته.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>هدف نشته</translation>
    </message>
    <message>
        <source>&amp;Online (%1):</source>
        <translation>&amp;آنلاین (%1):</translation>
    </message>
    <message>
        <source>&amp;Fully digital (%1):</source>
        <translation>&amp;بشپړ ډیجیټل (%1):</translation>
    </message>
    <message>
        <source>&amp;Volume-weighted (%1):</source>
        <translation>د &amp;شمېر له مخې (%1):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>تر &amp;نېټې:</translation>
    </message>
    <message>
        <source>Cannot save the targets</source>
        <translation>هدفونه خوندي نه شول</translation>
    </message>
    <message>
        <source>Save this table&apos;s numbers (CSV)</source>
        <translation>د دې جدول شمېرې (CSV) خوندي کړئ</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ExportDialog</name>
    <message>
        <source>Export Services</source>
        <translation>خدمتونه صادر کړئ</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation>CSV (سپرېډشیټونه، UTF-8)</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>اکسل (XLSX)</translation>
    </message>
    <message>
        <source>Fehrist JSON (with departments)</source>
        <translation>فهرست JSON (له محکمو سره)</translation>
    </message>
    <message>
        <source>CPSV-AP 3.2 JSON-LD (open data)</source>
        <translation>CPSV-AP 3.2 JSON-LD (پرانیستې ډېټا)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;بڼه:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>ټولې محکمې</translation>
    </message>
    <message>
        <source>&amp;Services of:</source>
        <translation>د کومې محکمې &amp;خدمتونه:</translation>
    </message>
    <message>
        <source>&amp;Published (approved) services only</source>
        <translation>یوازې &amp;خپاره شوي (منظور شوي) خدمتونه</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;غوره کړئ…</translation>
    </message>
    <message>
        <source>&amp;To file:</source>
        <translation>فایل &amp;ته:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;صادر کړئ</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) written…</source>
        <translation>
            <numerusform>%Ln خدمت ولیکل شو…</numerusform>
            <numerusform>%Ln خدمتونه ولیکل شول…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation>
            <numerusform>%Ln خدمت %1 ته صادر شو.</numerusform>
            <numerusform>%Ln خدمتونه %1 ته صادر شول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>لغوه شو، هېڅ فایل ونه لیکل شو.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>صادر نه شو: %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>چېرته صادر شي</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>صادرېږي…</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::FieldEditor</name>
    <message>
        <source>(choose)</source>
        <translation>(وټاکئ)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هېڅ)</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>جوړ شو</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>بدل شو</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ړنګ شو</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>بیاکتنې ته وسپارل شو</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>منظور شو</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>د بدلونونو لپاره بېرته ولېږل شو</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>بار شو</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(تش)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>د %1 تاریخچه</translation>
    </message>
    <message>
        <source>When / field</source>
        <translation>کله / فیلډ</translation>
    </message>
    <message>
        <source>What / before</source>
        <translation>څه / مخکې</translation>
    </message>
    <message>
        <source>Who / after</source>
        <translation>چا / وروسته</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تبصره</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ImportWizard</name>
    <message>
        <source>Reading the file…</source>
        <translation>فایل لوستل کېږي…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>هر قطار کتل کېږي…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>لیکل کېږي…</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%Ln نوی</numerusform>
            <numerusform>%Ln نوي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%Ln تازه شو</numerusform>
            <numerusform>%Ln تازه شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%Ln بې بدلونه</numerusform>
            <numerusform>%Ln بې بدلونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%Ln ړنګ شو</numerusform>
            <numerusform>%Ln ړنګ شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new departments</source>
        <translation>
            <numerusform>%Ln نوې محکمه</numerusform>
            <numerusform>%Ln نوې محکمې</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>فایل وټاکئ</translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX) or Fehrist JSON, with one row per service and the field names as column headers.</source>
        <translation>CSV، اکسل (XLSX) یا فهرست JSON، چې هر خدمت یو قطار ولري او د کالمونو سرلیکونه د فیلډونو نومونه وي.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;غوره کړئ…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>د فایل له نوم نه</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>اکسل (XLSX)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;بڼه:</translation>
    </message>
    <message>
        <source>&amp;Add new services only (a service already in the catalogue is a problem)</source>
        <translation>یوازې نوي خدمتونه &amp;ورزیات کړئ (هغه خدمت چې دمخه په فهرست کې وي ستونزه ګڼل کېږي)</translation>
    </message>
    <message>
        <source>&amp;Merge: update the services the catalogue has (by department and code), add the rest</source>
        <translation>&amp;یو ځای کول: هغه خدمتونه چې په فهرست کې شته (د محکمې او کوډ له مخې) تازه کړئ، پاتې ورزیات کړئ</translation>
    </message>
    <message>
        <source>&amp;Replace one department: its services become exactly those of the file</source>
        <translation>یوه محکمه &amp;بدله کړئ: د هغې خدمتونه به سم هغه شي چې په فایل کې دي</translation>
    </message>
    <message>
        <source>How to import:</source>
        <translation>د واردولو طریقه:</translation>
    </message>
    <message>
        <source>No file yet? The blank template has the right columns, drop-down lists and instructions in English and Urdu.</source>
        <translation>لا فایل نه لرئ؟ په تش ټیمپلېټ کې سم کالمونه، ښکته کېدونکي لړونه او په انګرېزي او اردو کې لارښوونې شته.</translation>
    </message>
    <message>
        <source>Download &amp;Template…</source>
        <translation>&amp;ټیمپلېټ ښکته کړئ…</translation>
    </message>
    <message>
        <source>Import services</source>
        <translation>خدمتونه وارد کړئ</translation>
    </message>
    <message>
        <source>Spreadsheets and catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>سپرېډشیټونه او فهرستونه (*.csv *.xlsx *.json);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Save the blank template</source>
        <translation>تش ټیمپلېټ خوندي کړئ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>اکسل کاري کتاب (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>ټیمپلېټ خوندي نه شو</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>کالمونه وګورئ</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the service. Columns Fehrist does not recognise are left out unless you choose a field for them.</source>
        <translation>د فایل هر کالم د خدمت یو فیلډ ته ځي. هغه کالمونه چې فهرست یې نه پېژني پرېښودل کېږي، مګر دا چې تاسو ورته یو فیلډ وټاکئ.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>په فایل کې کالم</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>کوم فیلډ ته</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>لومړی ارزښت</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>لومړي قطارونه:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 لوستل کېږي…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>دا فایل نه شي واردېدای: %1</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(پرېږدئ)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation>
            <numerusform>%Ln قطار به وارد شي.</numerusform>
            <numerusform>%Ln قطارونه به وارد شي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out.</source>
        <translation>
            <numerusform>%Ln کالم پرېښودل شو.</numerusform>
            <numerusform>%Ln کالمونه پرېښودل شول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation>هغه کالم وټاکئ چې %1 پکې دی.</translation>
    </message>
    <message>
        <source>Two columns go to the same field.</source>
        <translation>دوه کالمونه یو فیلډ ته ځي.</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>هر قطار وګورئ</translation>
    </message>
    <message>
        <source>Every row is checked like the service form checks it. Nothing is written yet.</source>
        <translation>هر قطار داسې کتل کېږي لکه د خدمت فورمه یې چې ګوري. تر اوسه هېڅ نه دي لیکل شوي.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;وارد کړئ</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine: %1. Import them?</source>
        <translation>
            <numerusform>%Ln قطار سم دی: %1. وارد یې کړو؟</numerusform>
            <numerusform>ټول %Ln قطارونه سم دي: %1. وارد یې کړو؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine, and the catalogue already has them as they are: nothing to import.</source>
        <translation>
            <numerusform>%Ln قطار سم دی او فهرست یې دمخه همداسې لري: د واردولو لپاره هېڅ نشته.</numerusform>
            <numerusform>ټول %Ln قطارونه سم دي او فهرست یې دمخه همداسې لري: د واردولو لپاره هېڅ نشته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below with their row and column. As it stands, nothing will be imported: correct the file and go back, or import the good rows.</source>
        <translation>
            <numerusform>په %Ln قطار کې ستونزې دي چې لاندې د قطار او کالم سره لیکل شوې. په اوسني حالت کې به هېڅ وارد نه شي: فایل سم کړئ او بېرته لاړ شئ، یا سم قطارونه وارد کړئ.</numerusform>
            <numerusform>په %Ln قطارونو کې ستونزې دي چې لاندې د قطار او کالم سره لیکل شوې. په اوسني حالت کې به هېڅ وارد نه شي: فایل سم کړئ او بېرته لاړ شئ، یا سم قطارونه وارد کړئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and save the problems to %1</source>
        <translation>
            <numerusform>%Ln سم قطار وارد کړئ او ستونزې په %1 کې خوندي کړئ</numerusform>
            <numerusform>%Ln سم قطارونه وارد کړئ او ستونزې په %1 کې خوندي کړئ</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>واردول</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>واردول &amp;لغوه کړئ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>لغوه کېږي…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>وارد شول: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; their problems are in %1.</source>
        <translation>
            <numerusform>%Ln قطار پرېښودل شو، ستونزې یې په %1 کې دي.</numerusform>
            <numerusform>%Ln قطارونه پرېښودل شول، ستونزې یې په %1 کې دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>لغوه شو. هېڅ وارد نه شول.</translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation>واردول ناکام شول او هېڅ وارد نه شول: %1</translation>
    </message>
    <message>
        <source>Import Services</source>
        <translation>خدمتونه وارد کړئ</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::MainWindow</name>
    <message>
        <source>Departments</source>
        <translation>محکمې</translation>
    </message>
    <message>
        <source>Search in English or Urdu…</source>
        <translation>په انګرېزي یا اردو کې ولټوئ…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>خدمتونه ولټوئ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ټولې کټګورۍ</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>ټولې کچې</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>ټول پړاوونه</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>ټولې لارې</translation>
    </message>
    <message>
        <source>RTS notified</source>
        <translation>د RTS له مخې اعلان شوي</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمتونه</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;نوی فهرست…</translation>
    </message>
    <message>
        <source>&amp;Open Catalogue…</source>
        <translation>فهرست &amp;پرانیزئ…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>له PostgreSQL سره وصل &amp;شئ…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>وروستي &amp;فهرستونه</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;واردول…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;صادرول…</translation>
    </message>
    <message>
        <source>Download Import &amp;Template…</source>
        <translation>د واردولو &amp;ټیمپلېټ ښکته کړئ…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>و&amp;تل</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;خدمت</translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation>&amp;نوی خدمت…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;سمون…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;ړنګول…</translation>
    </message>
    <message>
        <source>New De&amp;partment…</source>
        <translation>نوې &amp;محکمه…</translation>
    </message>
    <message>
        <source>Edit Depa&amp;rtment…</source>
        <translation>د محکمې سم&amp;ون…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;لید</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;لټون</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>فلټرونه &amp;پاک کړئ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه کړئ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مرسته</translation>
    </message>
    <message>
        <source>&amp;About Fehrist</source>
        <translation>د فهرست &amp;په اړه</translation>
    </message>
    <message>
        <source>About Fehrist</source>
        <translation>د فهرست په اړه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fehrist %1&lt;/b&gt;&lt;p&gt;The Digital Public Services Catalogue: departments&apos; services, how citizens obtain them and how far they are digitized.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Icons: KDE Breeze (LGPL).&lt;/p&gt;</source>
        <translation>&lt;b&gt;فهرست %1&lt;/b&gt;&lt;p&gt;د ډیجیټل عامه خدمتونو فهرست: د محکمو خدمتونه، وګړي یې څنګه ترلاسه کوي او تر کومه بریده ډیجیټل شوي دي.&lt;/p&gt;&lt;p&gt;د GNU GPL، نسخه ۳ یا وروسته، لاندې جواز لري. آیکونونه: KDE Breeze (LGPL).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلي</translation>
    </message>
    <message>
        <source>Save the blank import template</source>
        <translation>د واردولو تش ټیمپلېټ خوندي کړئ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>اکسل کاري کتاب (*.xlsx)</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>ټیمپلېټ خوندي نه شو</translation>
    </message>
    <message>
        <source>Saved the import template to %1</source>
        <translation>د واردولو ټیمپلېټ په %1 کې خوندي شو</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>فهرست پرانیستل نه شو</translation>
    </message>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>فهرست پرانیستل نه شو.</translation>
    </message>
    <message>
        <source>%1 — Fehrist</source>
        <translation>%1 — فهرست</translation>
    </message>
    <message>
        <source>No catalogue open</source>
        <translation>هېڅ فهرست نه دی پرانیستل شوی</translation>
    </message>
    <message>
        <source>1 service</source>
        <translation>۱ خدمت</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 خدمتونه</translation>
    </message>
    <message>
        <source>Cannot open the service</source>
        <translation>خدمت پرانیستل نه شو</translation>
    </message>
    <message>
        <source>Cannot open the department</source>
        <translation>محکمه پرانیستل نه شوه</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>خدمت ړنګ کړئ</translation>
    </message>
    <message>
        <source>Delete %1 — %2?</source>
        <translation>ایا %1 — %2 ړنګ شي؟</translation>
    </message>
    <message>
        <source>It leaves the catalogue; the deletion reaches the server on the next sync.</source>
        <translation>دا به له فهرست نه ووځي، او د ړنګولو خبر به په راتلونکې همغږۍ کې سرور ته ورسېږي.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>ړنګ نه شو</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>نوی فهرست</translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite);;All files (*)</source>
        <translation>د فهرست فایلونه (*.sqlite);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 دمخه شته، پر ځای یې همدا پرانیزئ.</translation>
    </message>
    <message>
        <source>Load the sample catalogue into it (illustrative data, not an official list)?</source>
        <translation>ایا د بېلګې فهرست پکې واچول شي (د بېلګې ډېټا، رسمي لړلیک نه دی)؟</translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation>بېلګه بار نه شوه</translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation>فهرست پرانیزئ</translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite *.db);;All files (*)</source>
        <translation>د فهرست فایلونه (*.sqlite *.db);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>له PostgreSQL سره وصل شئ</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;کوربه:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;پورټ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;ډېټابېس:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;کارن:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;پټنوم:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>پټنوم د سیسټم په کیچین کې &amp;وساتئ</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>پټنوم خوندي نه شو: %1</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;فهرست</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;ډشبورډ</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;راپور صادر کړئ (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>راپور &amp;چاپ کړئ…</translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation>&amp;فهرست</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;ژبه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Fehrist will use %1 from the next time it starts.</source>
        <translation>فهرست به له راتلونکي ځل پیل کېدو سره %1 کاروي.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
    <message>
        <source>Sending… %1 sent, %2 to go</source>
        <translation>بدلونونه لېږل کېږي… %L1 ولېږل شول، %L2 پاتې</translation>
    </message>
    <message>
        <source>Receiving… %1 received</source>
        <translation>بدلونونه ترلاسه کېږي… %L1 ترلاسه شول</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received%3</source>
        <translation>همغږي بشپړه شوه: %L1 ولېږل شول، %L2 ترلاسه شول%3</translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) to resolve</source>
        <translation>
            <numerusform>، %Ln ټکر پاتې دی چې حل شي</numerusform>
            <numerusform>، %Ln ټکرونه پاتې دي چې حل شي</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>همغږي ناکامه شوه: %1</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;تاریخچه…</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>&amp;بیاکتنې ته سپارل</translation>
    </message>
    <message>
        <source>Submit the Department&apos;s &amp;Drafts…</source>
        <translation>د محکمې مسو&amp;دې سپارل…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظو&amp;رول</translation>
    </message>
    <message>
        <source>Re&amp;turn with Comment…</source>
        <translation>له تبصرې سره بېرته &amp;لېږل…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;همغږي</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>همدا اوس &amp;همغږي کړئ</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;ننوځئ…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;ټکرونه…</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>ممکن نه دی</translation>
    </message>
    <message>
        <source>%1: done; it reaches the server on the next sync.</source>
        <translation>%1: وشو، په راتلونکې همغږۍ کې به سرور ته ورسېږي.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>همغږي کېږي…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ټکرونه</translation>
    </message>
    <message>
        <source>Not syncing: sign in</source>
        <translation>همغږي نه کېږي: ننوځئ</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>وروستۍ همغږي: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>تر اوسه همغږي نه ده شوې</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%Ln بدلون لېږل پاتې</numerusform>
            <numerusform>%Ln بدلونونه لېږل پاتې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%Ln ټکر</numerusform>
            <numerusform>%Ln ټکرونه</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>وروستۍ همغږي ناکامه شوه: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>بیاکتنې ته سپارل</translation>
    </message>
    <message>
        <source>Choose a department on the left first.</source>
        <translation>لومړی په ښي لوري کې یوه محکمه وټاکئ.</translation>
    </message>
    <message>
        <source>%1 has no drafts or returned services to submit.</source>
        <translation>%1 د سپارلو لپاره هېڅ مسوده یا بېرته لېږل شوی خدمت نه لري.</translation>
    </message>
    <message numerus="yes">
        <source>Submit the %n draft or returned service(s) of %1 for review?</source>
        <translation>
            <numerusform>ایا د %1 محکمې %Ln خدمت (مسوده یا بېرته لېږل شوی) بیاکتنې ته وسپارل شي؟</numerusform>
            <numerusform>ایا د %1 محکمې %Ln خدمتونه (مسودې یا بېرته لېږل شوي) بیاکتنې ته وسپارل شي؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Some were not submitted</source>
        <translation>ځینې خدمتونه ونه سپارل شول</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>له تبصرې سره بېرته لېږل</translation>
    </message>
    <message>
        <source>What should the department change in %1?</source>
        <translation>محکمه باید په %1 کې څه بدل کړي؟</translation>
    </message>
    <message numerus="yes">
        <source>%n returned for changes</source>
        <translation>
            <numerusform>%Ln خدمت د بدلونونو لپاره بېرته ولېږل شو</numerusform>
            <numerusform>%Ln خدمتونه د بدلونونو لپاره بېرته ولېږل شول</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;بیاکتنه</translation>
    </message>
    <message numerus="yes">
        <source>(%n new since the last sync)</source>
        <translation>
            <numerusform>(له تېرې همغږۍ راهیسې %Ln نوی)</numerusform>
            <numerusform>(له تېرې همغږۍ راهیسې %Ln نوي)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%Ln خدمت د بیاکتنې په تمه</numerusform>
            <numerusform>%Ln خدمتونه د بیاکتنې په تمه</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>د پلټنې &amp;لاګ…</translation>
    </message>
    <message numerus="yes">
        <source>Submit the %n selected service(s) for review?</source>
        <translation>
            <numerusform>ټاکل شوی %Ln خدمت بیاکتنې ته وسپارئ؟</numerusform>
            <numerusform>ټاکل شوي %Ln خدمتونه بیاکتنې ته وسپارئ؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::RecordDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>خوندي کړئ (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بېرته راوګرځوئ</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>ناخوندي بدلونونه.</translation>
    </message>
    <message>
        <source>1 problem to fix before saving.</source>
        <translation>له خوندي کولو مخکې ۱ ستونزه سمه کړئ.</translation>
    </message>
    <message>
        <source>%1 problems to fix before saving.</source>
        <translation>له خوندي کولو مخکې %1 ستونزې سمې کړئ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>خوندي شو.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>خوندي نه شو</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ناخوندي بدلونونه</translation>
    </message>
    <message>
        <source>This service has changes that are not saved.</source>
        <translation>په دې خدمت کې داسې بدلونونه شته چې نه دي خوندي شوي.</translation>
    </message>
    <message>
        <source>This department has changes that are not saved.</source>
        <translation>په دې محکمه کې داسې بدلونونه شته چې نه دي خوندي شوي.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>له بندولو مخکې یې خوندي کړو؟</translation>
    </message>
    <message>
        <source>Similar services already in %1: %2</source>
        <translation>په %1 کې دمخه ورته خدمتونه: %2</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>نوی خدمت</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>نوې محکمه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned for changes&lt;/b&gt; by %1 on %2: %3</source>
        <translation>%1 دا خدمت په %2 &lt;b&gt;د بدلونونو لپاره بېرته ولېږه&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted for review&lt;/b&gt; by %1; the secretariat decides on it. Changing it makes a new draft.</source>
        <translation>%1 دا خدمت &lt;b&gt;بیاکتنې ته سپارلی دی&lt;/b&gt;، پرېکړه یې سکرتریت کوي. که یې بدل کړئ، نوې مسوده به جوړه شي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approved.&lt;/b&gt; Changing it makes a new draft, which goes through review again.</source>
        <translation>&lt;b&gt;منظور شوی.&lt;/b&gt; که یې بدل کړئ، نوې مسوده به جوړه شي چې بیا بیاکتنې ته ځي.</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ReviewWidget</name>
    <message>
        <source>(empty)</source>
        <translation>(تش)</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>د بیاکتنې په تمه</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>د بدلونونو لپاره بېرته ولېږل شو</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;ښودل:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;محکمه:</translation>
    </message>
    <message>
        <source>Services to review</source>
        <translation>د بیاکتنې لپاره خدمتونه</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;ټول وټاکئ</translation>
    </message>
    <message>
        <source>Approve &amp;Selected…</source>
        <translation>ټاکل شوي &amp;منظورول…</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n &amp;Selected…</source>
        <translation>
            <numerusform>%Ln ټاکل شوی &amp;منظورول…</numerusform>
            <numerusform>%Ln ټاکل شوي &amp;منظورول…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the published version</source>
        <translation>له خپاره شوې نسخې راهیسې بدلونونه</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلډ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>خپاره شوې</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>سپارل شوي</translation>
    </message>
    <message>
        <source>Comment for the department (required to return)</source>
        <translation>محکمې ته تبصره (د بېرته لېږلو لپاره اړینه ده)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظو&amp;رول</translation>
    </message>
    <message>
        <source>&amp;Return with Comment</source>
        <translation>له تبصرې سره بېرته &amp;لېږل</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;سمون…</translation>
    </message>
    <message>
        <source>Re&amp;submit</source>
        <translation>بیا &amp;سپارل</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>ټولې محکمې</translation>
    </message>
    <message>
        <source>Nothing is waiting for review. Sync to receive new submissions.</source>
        <translation>هېڅ شی د بیاکتنې په تمه نه دی. د نویو سپارښتنو د ترلاسه کولو لپاره همغږي وکړئ.</translation>
    </message>
    <message>
        <source>Nothing has come back from review.</source>
        <translation>له بیاکتنې څخه هېڅ شی بېرته نه دی راغلی.</translation>
    </message>
    <message>
        <source>Choose a service to review</source>
        <translation>د بیاکتنې لپاره یو خدمت وټاکئ</translation>
    </message>
    <message>
        <source>Choose a returned service</source>
        <translation>بېرته لېږل شوی یو خدمت وټاکئ</translation>
    </message>
    <message>
        <source>Revision %1, submitted %2 by %3.</source>
        <translation>بیاکتنه %1، په %2 د %3 له خوا سپارل شوې.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ناڅرګند</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past %1&apos;s deadline (%2).</source>
        <translation>
            <numerusform>د %1 له وروستۍ نېټې (%2) %Ln ورځ تېره.</numerusform>
            <numerusform>د %1 له وروستۍ نېټې (%2) %Ln ورځې تېرې.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned %1 by %2:
%3</source>
        <translation>په %1 د %2 له خوا بېرته ولېږل شو:
%3</translation>
    </message>
    <message>
        <source>New to the catalogue: nothing of it is published yet. Every field:</source>
        <translation>فهرست ته نوی: تر اوسه یې هېڅ نه دي خپاره شوي. ټول فیلډونه:</translation>
    </message>
    <message>
        <source>The same as the published version (revision %1).</source>
        <translation>د خپاره شوې نسخې (بیاکتنه %1) په څېر.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed since the published version (revision %1):</source>
        <translation>
            <numerusform>له خپاره شوې نسخې (بیاکتنه %1) راهیسې %Ln فیلډ بدل شوی:</numerusform>
            <numerusform>له خپاره شوې نسخې (بیاکتنه %1) راهیسې %Ln فیلډونه بدل شوي:</numerusform>
        </translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>له تبصرې سره بېرته لېږل</translation>
    </message>
    <message>
        <source>Say what the department should change: returning needs a comment.</source>
        <translation>ووایاست چې محکمه باید څه بدل کړي: بېرته لېږل تبصرې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>ممکن نه دی</translation>
    </message>
    <message>
        <source>%1 approved; it reaches the server on the next sync.</source>
        <translation>%1 منظور شو؛ په راتلونکې همغږۍ کې سرور ته رسېږي.</translation>
    </message>
    <message>
        <source>%1 returned; it reaches the server on the next sync.</source>
        <translation>%1 بېرته ولېږل شو؛ په راتلونکې همغږۍ کې سرور ته رسېږي.</translation>
    </message>
    <message>
        <source>Approve several services</source>
        <translation>څو خدمتونه منظورول</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n service(s)? Each is published as submitted once the decision reaches the server.</source>
        <translation>
            <numerusform>%Ln خدمت منظور کړئ؟ کله چې پرېکړه سرور ته ورسېږي، لکه څنګه چې سپارل شوی خپرېږي.</numerusform>
            <numerusform>%Ln خدمتونه منظور کړئ؟ کله چې پرېکړه سرور ته ورسېږي، هر یو لکه څنګه چې سپارل شوی خپرېږي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve All</source>
        <translation>ټول منظورول</translation>
    </message>
    <message>
        <source>Some were not approved</source>
        <translation>ځینې منظور نه شول</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) approved; the decisions reach the server on the next sync.</source>
        <translation>
            <numerusform>%Ln خدمت منظور شو؛ پرېکړې په راتلونکې همغږۍ کې سرور ته رسېږي.</numerusform>
            <numerusform>%Ln خدمتونه منظور شول؛ پرېکړې په راتلونکې همغږۍ کې سرور ته رسېږي.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 submitted again; it reaches the secretariat on the next sync.</source>
        <translation>%1 بیا وسپارل شو؛ په راتلونکې همغږۍ کې سکرتریټ ته رسېږي.</translation>
    </message>
    <message>
        <source>Returned with this comment:
%1</source>
        <translation>له دې تبصرې سره بېرته ولېږل شو:
%1</translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::SignInDialog</name>
    <message>
        <source>Sign In to the Central Server</source>
        <translation>مرکزي سرور ته ننوځئ</translation>
    </message>
    <message>
        <source>Sign in once; Fehrist keeps the sign-in in the system keychain (never your password) and syncs this catalogue with the server.</source>
        <translation>یو ځل ننوځئ. فهرست ستاسو ننوتنه د سیسټم په کیچین کې ساتي (ستاسو پټنوم هېڅکله نه) او دا فهرست له سرور سره همغږی ساتي.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;کارن نوم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;پټنوم:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;ننوځئ</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>کارن نوم یا پټنوم سم نه دی.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>ننوتنه ونه شوه: %1</translation>
    </message>
    <message>
        <source>The server&apos;s address starts with https://, such as https://fehrist.kp.gov.pk</source>
        <translation>د سرور پته په https:// پیلېږي، لکه https://fehrist.kp.gov.pk</translation>
    </message>
    <message>
        <source>Give your user name and password.</source>
        <translation>خپل کارن نوم او پټنوم ولیکئ.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Department</source>
        <translation>محکمه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نوم (انګرېزي)</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نوم (اردو)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>کټګوري</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>د چا لپاره</translation>
    </message>
    <message>
        <source>Life events (one per line)</source>
        <translation>د ژوند پېښې (په هره کرښه کې یوه)</translation>
    </message>
    <message>
        <source>Keywords (one per line)</source>
        <translation>کلیدي کلمې (په هره کرښه کې یوه)</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>څوک وړ دي</translation>
    </message>
    <message>
        <source>Required documents (one per line)</source>
        <translation>اړین اسناد (په هره کرښه کې یو)</translation>
    </message>
    <message>
        <source>What the citizen receives</source>
        <translation>وګړی څه ترلاسه کوي</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>فیس</translation>
    </message>
    <message>
        <source>Fee amount (PKR)</source>
        <translation>د فیس اندازه (روپۍ)</translation>
    </message>
    <message>
        <source>Fee notes</source>
        <translation>د فیس یادښتونه</translation>
    </message>
    <message>
        <source>Processing time (e.g. P10D, PT2H)</source>
        <translation>د پروسس وخت (لکه P10D، PT2H)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>لارې</translation>
    </message>
    <message>
        <source>Online address (https://)</source>
        <translation>آنلاین پته (https://)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>ضلعې</translation>
    </message>
    <message>
        <source>Notified under the Right to Public Services Act</source>
        <translation>د عامه خدمتونو د حق د قانون له مخې اعلان شوی</translation>
    </message>
    <message>
        <source>RTS time limit (e.g. P7D)</source>
        <translation>د RTS ټاکلې موده (لکه P7D)</translation>
    </message>
    <message>
        <source>Designated officer</source>
        <translation>ټاکل شوی افسر</translation>
    </message>
    <message>
        <source>Appellate authority</source>
        <translation>د اپیل مرجع</translation>
    </message>
    <message>
        <source>Digitization level</source>
        <translation>د ډیجیټلائزیشن کچه</translation>
    </message>
    <message>
        <source>Digitization notes</source>
        <translation>د ډیجیټلائزیشن یادښتونه</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>د هدف کچه</translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD)</source>
        <translation>د هدف نېټه (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Applications per year</source>
        <translation>په کال کې غوښتنې</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>قانوني بنسټ</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>د اړیکې تلیفون</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>د اړیکې برېښنالیک</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>وروستی تایید (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>پورتنۍ محکمه</translation>
    </message>
    <message>
        <source>Administrative secretary</source>
        <translation>اداري سکرتر</translation>
    </message>
    <message>
        <source>Focal person</source>
        <translation>فوکل پرسن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلیفون</translation>
    </message>
    <message>
        <source>Website (https://)</source>
        <translation>وېبپاڼه (https://)</translation>
    </message>
    <message>
        <source>Services declared (expected in the catalogue)</source>
        <translation>اعلان شوي خدمتونه (چې په فهرست کې یې تمه کېږي)</translation>
    </message>
    <message>
        <source>Submission deadline (YYYY-MM-DD)</source>
        <translation>د سپارلو وروستۍ نېټه (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
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
        <translation>د سیسټم ژبه</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>edit %1</source>
        <translation>د %1 سمون</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>محکمه</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>پېژندنه</translation>
    </message>
    <message>
        <source>How to obtain</source>
        <translation>د ترلاسه کولو لاره</translation>
    </message>
    <message>
        <source>Delivery and channels</source>
        <translation>وړاندې کول او لارې</translation>
    </message>
    <message>
        <source>Right to Public Services</source>
        <translation>د عامه خدمتونو حق</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>ډیجیټلائزیشن</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>اړیکه</translation>
    </message>
</context>
<context>
    <name>SampleCatalogue</name>
    <message>
        <source>Sample data, not an official list</source>
        <translation>د بېلګې ډېټا، رسمي لړلیک نه دی</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; نه هو دی نه نه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; بشپړ عدد نه دی</translation>
    </message>
    <message>
        <source>L0 to L6</source>
        <translation>L0 تر L6</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>اړین دی</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>باید یوه کرښه وي</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>%L1 توري لري، تر ټولو زیات %L2 اجازه لري</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code: use 2 to %2 capital letters, digits or dashes</source>
        <translation>&quot;%1&quot; سم کوډ نه دی: له ۲ تر %L2 پورې لوی انګرېزي توري، عددونه یا ډشونه وکاروئ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values (%2)</source>
        <translation>&quot;%1&quot; له منل شوو ارزښتونو څخه نه دی (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; دوه ځله لیکل شوی</translation>
    </message>
    <message>
        <source>&quot;all&quot; cannot be combined with individual districts</source>
        <translation>&quot;all&quot; (ټولې ضلعې) له جلا جلا ضلعو سره نه شي یوځای کېدای</translation>
    </message>
    <message>
        <source>has %1 entries; at most 100 are allowed</source>
        <translation>%L1 توکي لري، تر ټولو زیات ۱۰۰ اجازه لري</translation>
    </message>
    <message>
        <source>an entry is %1 characters long; at most %2 are allowed</source>
        <translation>یو توکی %L1 توري لري، تر ټولو زیات %L2 اجازه لري</translation>
    </message>
    <message>
        <source>an entry contains &quot;;&quot;, which separates list entries</source>
        <translation>په یوه توکي کې &quot;;&quot; شته چې د لړ توکي سره بېلوي</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>منفي نه شي کېدای</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>له باور نه ډېر لوی دی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; نېټه نه ده، نېټه د YYYY-MM-DD په بڼه ولیکئ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration such as P10D (10 days) or PT2H (2 hours)</source>
        <translation>&quot;%1&quot; د ISO 8601 موده نه ده، لکه P10D (۱۰ ورځې) یا PT2H (۲ ساعته)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupees such as 500 or 1250.50</source>
        <translation>&quot;%1&quot; په روپیو کې اندازه نه ده، لکه 500 یا 1250.50</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>له %L1 تورو نه اوږد دی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address</source>
        <translation>&quot;%1&quot; https:// پته نه ده</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; د برېښنالیک پته نه ده</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, optionally +, spaces, dashes; 7 to 20 characters)</source>
        <translation>&quot;%1&quot; د تلیفون شمېره نه ده (عددونه، که وغواړئ +، تشې او ډشونه، له ۷ تر ۲۰ تورو پورې)</translation>
    </message>
    <message>
        <source>a department cannot be its own parent</source>
        <translation>یوه محکمه د ځان پورتنۍ محکمه نه شي کېدای</translation>
    </message>
    <message>
        <source>is required when the fee type is fixed</source>
        <translation>کله چې فیس ټاکلی وي، اړین دی</translation>
    </message>
    <message>
        <source>must be empty when the fee type is free</source>
        <translation>کله چې خدمت وړیا وي، باید تش وي</translation>
    </message>
    <message>
        <source>is required for a service notified under the Right to Public Services Act</source>
        <translation>د عامه خدمتونو د حق د قانون له مخې اعلان شوي خدمت لپاره اړین دی</translation>
    </message>
    <message>
        <source>is below the current digitization level</source>
        <translation>د ډیجیټلائزیشن له اوسنۍ کچې ټیټ دی</translation>
    </message>
    <message>
        <source>a service at level L3 or above must offer web-portal, mobile-app or dastak</source>
        <translation>په L3 یا لوړه کچه خدمت باید وېب پورټل، موبایل اپ یا دستک اپ ولري</translation>
    </message>
    <message>
        <source>a returned service needs the reviewer&apos;s comment</source>
        <translation>بېرته لېږل شوي خدمت ته د بیاکتونکي تبصره اړینه ده</translation>
    </message>
    <message>
        <source>there is no department with code &quot;%1&quot;</source>
        <translation>د &quot;%1&quot; کوډ لرونکې هېڅ محکمه نشته</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another service of %2</source>
        <translation>&quot;%1&quot; دمخه د %2 د بل خدمت کوډ دی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another department</source>
        <translation>&quot;%1&quot; دمخه د بلې محکمې کوډ دی</translation>
    </message>
    <message>
        <source>a department&apos;s code cannot be changed once created</source>
        <translation>کله چې محکمه جوړه شي، کوډ یې نه شي بدلېدای</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000), which no catalogue can store</source>
        <translation>NUL توری (U+0000) لري، چې هېڅ فهرست یې نه شي ساتلی</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>it belongs to %1; officers change and submit only their own department&apos;s services (yours: %2)</source>
        <translation>دا د %1 خدمت دی؛ افسران یوازې د خپلې محکمې خدمتونه بدلوي او سپاري (ستاسو محکمه: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هېڅ</translation>
    </message>
    <message>
        <source>only the department&apos;s officers change services; reviewers and viewers do not</source>
        <translation>خدمتونه یوازې د محکمې افسران بدلوي؛ بیاکتونکي او کتونکي یې نه بدلوي</translation>
    </message>
    <message>
        <source>it is published; to take it off the catalogue, set its status to retired and submit that for review</source>
        <translation>دا خپور شوی دی؛ له فهرست څخه د لرې کولو لپاره یې حالت تقاعد ته واړوئ او د بیاکتنې لپاره یې وسپارئ</translation>
    </message>
    <message>
        <source>it is waiting for review; it cannot be deleted now</source>
        <translation>دا د بیاکتنې په تمه دی؛ اوس نه ړنګېدای شي</translation>
    </message>
    <message>
        <source>it is already submitted</source>
        <translation>دا مخکې سپارل شوی دی</translation>
    </message>
    <message>
        <source>it is approved as it is; edit it to make a new draft first</source>
        <translation>دا همداسې منظور شوی دی؛ لومړی یې سم کړئ څو نوې مسوده جوړه شي</translation>
    </message>
    <message>
        <source>only reviewers approve or return services</source>
        <translation>خدمتونه یوازې بیاکتونکي منظوروي یا بېرته لېږي</translation>
    </message>
    <message>
        <source>it is %1, not submitted</source>
        <translation>دا %1 دی، سپارل شوی نه دی</translation>
    </message>
    <message>
        <source>nobody approves or returns their own submission</source>
        <translation>هېڅوک خپل سپارل شوی خدمت پخپله نه منظوروي او نه یې بېرته لېږي</translation>
    </message>
    <message>
        <source>it changed since you reviewed it (you saw revision %1, it is now %2); review it again</source>
        <translation>ستاسو له بیاکتنې وروسته بدل شوی دی (تاسو بڼه %1 لیدلې وه، اوس %2 ده)؛ بیا یې وګورئ</translation>
    </message>
    <message>
        <source>say why it goes back: returning a service needs a comment</source>
        <translation>ووایاست چې ولې بېرته ځي: د خدمت بېرته لېږلو ته تبصره اړینه ده</translation>
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
        <translation>د ډیجیټل عامه خدمتونو فهرست.</translation>
    </message>
    <message>
        <source>The catalogue: an SQLite file or postgresql://…</source>
        <translation>فهرست: SQLite فایل یا postgresql://…</translation>
    </message>
    <message>
        <source>Welcome to Fehrist</source>
        <translation>فهرست ته ښه راغلاست</translation>
    </message>
    <message>
        <source>There is no catalogue at %1 yet.

Create it with the sample catalogue (illustrative data, not an official list)? Choose No for an empty catalogue.</source>
        <translation>په %1 کې لا هېڅ فهرست نشته.

ایا د بېلګې له فهرست سره جوړ شي (د بېلګې ډېټا، رسمي لړلیک نه دی)؟ د تش فهرست لپاره &quot;نه&quot; وټاکئ.</translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation>بېلګه بار نه شوه</translation>
    </message>
    <message>
        <source>The language of the window for this run: en, ur or ps.</source>
        <translation>په دې ځل د کړکۍ ژبه: en، ur یا ps.</translation>
    </message>
    <message>
        <source>Fehrist</source>
        <translation>فهرست</translation>
    </message>
</context>
</TS>
