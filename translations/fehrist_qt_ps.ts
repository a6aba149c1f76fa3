<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_PK">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کړئ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ټول خوندي کړئ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیزئ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;هو</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ټولو ته &amp;هو</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ټولو ته &amp;نه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ودروئ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پرېږدئ یې</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېږدئ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>پلي کړئ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا تنظیم کړئ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>لومړنۍ تنظیمات بېرته راولئ</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;سمه ده</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;خوندي کړئ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;لغوه کړئ</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بند کړئ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بې له خوندي کولو بند کړئ</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;شاته</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;بل &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بل</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;پای</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>تایید کړئ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مرسته</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>شاته ولاړ شئ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه ورکړئ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>بشپړ شو</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ناکړل</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا کړل</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کړئ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي کړئ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ولګوئ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګ کړئ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول وټاکئ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ناکړل</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;بیا کړل</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;پرې کړئ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپي کړئ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>د &amp;لینک پته کاپي کړئ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ولګوئ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګ کړئ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول وټاکئ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;ټول وټاکئ</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;زیات یې کړئ</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;کم یې کړئ</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 ناکړل</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>ناکړل</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 بیا کړل</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>بیا کړل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>جزیات وښایئ…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>جزیات پټ کړئ…</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>دلته راښکته کړئ</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>کیڼه څنډه</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>سر</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ښۍ څنډه</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>ښکته</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>یوه پاڼه کیڼ لور ته</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>یوه پاڼه پورته</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>یوه پاڼه ښي لور ته</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>یوه پاڼه ښکته</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>کیڼ لور ته یې وښویئ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>پورته یې وښویئ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ښي لور ته یې وښویئ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>ښکته یې وښویئ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>کیڼ لور ته یې وښویئ</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ښي لور ته یې وښویئ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>په کې ولټوئ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>د فایل &amp;نوم:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>د فایل ډول:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولډر:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;پرانیزئ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;خوندي کړئ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;وټاکئ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیزئ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>په دې نوم خوندي کړئ</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولډر وټاکئ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولډرونه</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایلونه</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>شاته ولاړ شئ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخکې</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>مخکې ولاړ شئ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پورتنی فولډر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>پورتني فولډر ته ولاړ شئ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نوی فولډر جوړ کړئ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>یو نوی فولډر جوړ کړئ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نوی فولډر</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;نوی فولډر</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>د لړ بڼه</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>د لړ په بڼه یې وښایئ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>مفصله بڼه</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>په مفصله بڼه یې وښایئ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>څنګ پټه</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>د ځایونو او نښو لړ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>وروستي ځایونه</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;پټ فایلونه وښایئ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نوم بدل کړئ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ړنګ کړئ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کړئ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 دمخه شته.
ایا غواړئ چې ځای یې ونیسي؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فایل و نه موندل شو.
مهرباني وکړئ وګورئ چې د فایل نوم سم ورکړل شوی وي.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولډر و نه موندل شو.
مهرباني وکړئ وګورئ چې د فولډر نوم سم ورکړل شوی وي.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ایا تاسو ډاډه یاست چې &apos;%1&apos; ړنګ کړئ؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; د لیکلو پر وړاندې خوندي دی.
ایا بیا هم غواړئ چې ړنګ یې کړئ؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولډر ړنګ نه شو.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>د بدلون نېټه</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوټر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>زما کمپیوټر</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;چاپ کړئ</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;انتخابونه &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;انتخابونه &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>فایل ته چاپ (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>فایل ته چاپ…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>محلي فایل</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF فایل جوړ کړئ</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ټولې پاڼې</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>طاق پاڼې</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>جفت پاڼې</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 دمخه شته.
ایا غواړئ چې پر هغه یې ولیکئ؟</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 یو فولډر دی.
مهرباني وکړئ د فایل بل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>په %1 فایل کې لیکل نه شي کېدای.
مهرباني وکړئ د فایل بل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>د &apos;له&apos; اندازه له &apos;تر&apos; اندازې نه زیاته کېدای نه شي.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>چاپګر</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نوم:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;ځانګړتیاوې</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ځای:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ډول:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>د پایلې &amp;فایل:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>کاپیګانې</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>کاپیګانې:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>په ترتیب</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>سرچپه ترتیب</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>انتخابونه</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>د پایلې تنظیمات</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>د چاپ ساحه</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>ټول چاپ کړئ</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>پاڼې له</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>پاڼې</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>اوسنۍ پاڼه</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ټاکل شوې برخه</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>د پاڼو ټولګه:</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>رنګ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>رنګین</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>تور او سپین</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>دوه مخیز چاپ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>په اوږده څنډه ټړل</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>په لنډه څنډه ټړل</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>د پاڼې اندازه:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>پلنوالی:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>لوړوالی:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>د کاغذ سرچینه:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>لوری</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>ولاړ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>پروت</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>سرچپه ولاړ</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>سرچپه پروت</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>څنډې</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>پورتنۍ څنډه</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ښکتنۍ څنډه</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>کیڼه څنډه</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ښۍ څنډه</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>د پاڼې بڼه</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>د پاڼو ترتیب:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>په هره پاڼه کې مخونه:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ملي متره (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>ټکي (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>انچه (in)</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>پاڼه</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>پرمختللي</translation>
    </message>
</context>
</TS>
