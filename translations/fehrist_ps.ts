<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_PK">
<context>
    <name>Fehrist::Models::DepartmentFiguresModel</name>
    <message>
        <source>Past deadline (%1); nothing submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past deadline (%1); %2 to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active services at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catalogued, %2 declared, %3 submitted or approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the department&apos;s active services at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online ≥ L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::DepartmentListModel</name>
    <message>
        <source>All departments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 declared services catalogued (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 · submitted %2 · approved %3 · returned %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::FigureFormat</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1 and above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::Headline</name>
    <message>
        <source>Trend starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 active services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully digital (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume-weighted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 applications a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogued against declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 declared services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services; no department has declared a total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: every declared service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Models::ServiceTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ChartWidget</name>
    <message>
        <source>the figures are not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::DashboardWidget</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image (PNG) or its numbers (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitization dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digitized from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level from which a service counts as digitized in every figure marked so. It is kept in the catalogue, so reports and fehrist-cli use it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the programme&apos;s targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the figures again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the departments&apos; bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most services first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest online share first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest online share first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most complete first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least complete first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a department to see its services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance by department (online: %1; %2 submitted nothing, %3 past the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures are not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the report to %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent the report to the printer (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s targets, shown with each figure and on the trend. They are kept in the catalogue. 0 % means no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fully digital (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume-weighted (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ExportDialog</name>
    <message>
        <source>Export Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehrist JSON (with departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPSV-AP 3.2 JSON-LD (open data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published (approved) services only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) written…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n service(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::FieldEditor</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::ImportWizard</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new departments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, Excel (XLSX) or Fehrist JSON, with one row per service and the field names as column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add new services only (a service already in the catalogue is a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge: update the services the catalogue has (by department and code), add the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace one department: its services become exactly those of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet? The blank template has the right columns, drop-down lists and instructions in English and Urdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the service. Columns Fehrist does not recognise are left out unless you choose a field for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns go to the same field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked like the service form checks it. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine: %1. Import them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine, and the catalogue already has them as they are: nothing to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below with their row and column. As it stands, nothing will be imported: correct the file and go back, or import the good rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and save the problems to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; their problems are in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::MainWindow</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in English or Urdu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTS notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Import &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New De&amp;partment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Depa&amp;rtment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fehrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fehrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fehrist %1&lt;/b&gt;&lt;p&gt;The Digital Public Services Catalogue: departments&apos; services, how citizens obtain them and how far they are digitized.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later. Icons: KDE Breeze (LGPL).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the import template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fehrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 — %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the catalogue; the deletion reaches the server on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample catalogue into it (illustrative data, not an official list)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehrist catalogues (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;atalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehrist will use %1 from the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fehrist::Ui::RecordDialog</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem to fix before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems to fix before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This department has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar services already in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life events (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee amount (PKR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time (e.g. P10D, PT2H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online address (https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified under the Right to Public Services Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTS time limit (e.g. P7D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appellate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitization level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitization notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Public Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Digital Public Services Catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue: an SQLite file or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Fehrist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalogue at %1 yet.

Create it with the sample catalogue (illustrative data, not an official list)? Choose No for an empty catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window for this run: en, ur or ps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
