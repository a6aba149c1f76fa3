<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے &amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے &amp;نہیں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ابتدائی ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;ٹھیک ہے</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>محفوظ کیے بغیر بند کریں</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;پیچھے</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;اگلا &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;اگلا</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;مکمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>تصدیق کریں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ہو گیا</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نقل کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;لنک کا پتا نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;سب منتخب کریں</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;بڑھائیں</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;گھٹائیں</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 کالعدم کریں</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 دوبارہ کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>دوبارہ کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تفصیل دکھائیں…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیل چھپائیں…</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>یہاں تک اسکرول کریں</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>بائیں کنارہ</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>دائیں کنارہ</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ایک صفحہ بائیں</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ایک صفحہ اوپر</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ایک صفحہ دائیں</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ایک صفحہ نیچے</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>اوپر اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>نیچے اسکرول کریں</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>بائیں اسکرول کریں</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>دائیں اسکرول کریں</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>تلاش کی جگہ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;منتخب کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈرز</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ایک نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;نیا فولڈر</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست کی صورت</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیلی صورت</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیلی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>مقامات اور بک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حالیہ مقامات</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;پوشیدہ فائلیں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نام بدلیں</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف کریں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے تبدیل کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فائل نہیں ملی۔
براہ کرم دیکھ لیں کہ فائل کا نام درست دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولڈر نہیں ملا۔
براہ کرم دیکھ لیں کہ فولڈر کا نام درست دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>کیا آپ واقعی &apos;%1&apos; حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; میں لکھنا ممنوع ہے۔
کیا آپ پھر بھی اسے حذف کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر حذف نہیں ہو سکا۔</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;پرنٹ کریں</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;اختیارات &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;اختیارات &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>فائل میں پرنٹ کریں (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>فائل میں پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>مقامی فائل</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF فائل بنائیں</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>تمام صفحات</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>طاق صفحات</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>جفت صفحات</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اس کے اوپر لکھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ایک فولڈر ہے۔
براہ کرم فائل کا کوئی اور نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>فائل %1 میں لکھا نہیں جا سکتا۔
براہ کرم فائل کا کوئی اور نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>&apos;سے&apos; کی قدر &apos;تک&apos; کی قدر سے زیادہ نہیں ہو سکتی۔</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;خصوصیات</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;نتیجے کی فائل:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش منظر</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>نقول</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>نقول:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>ترتیب وار</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>الٹی ترتیب</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>نتیجے کی ترتیبات</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>پرنٹ کی حد</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>سب پرنٹ کریں</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>صفحات از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>موجودہ صفحہ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>منتخب حصہ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>صفحات کا مجموعہ:</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>رنگین</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>سیاہ و سفید</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>دو طرفہ پرنٹنگ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>لمبے کنارے پر جلد بندی</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>چھوٹے کنارے پر جلد بندی</translation>
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
        <translation>صفحے کا سائز:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>چوڑائی:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>اونچائی:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>کاغذ کا ذریعہ:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>رخ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>الٹا عمودی</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>الٹا افقی</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>حاشیے</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>اوپر کا حاشیہ</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>نیچے کا حاشیہ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>بائیں حاشیہ</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>دائیں حاشیہ</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>صفحے کی ترتیب</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>صفحات کی ترتیب:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>فی شیٹ صفحات:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>حسبِ ضرورت</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ملی میٹر (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>پوائنٹس (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>انچ (in)</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>مزید</translation>
    </message>
</context>
</TS>
