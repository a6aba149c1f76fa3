// Every string a person reads goes through tr(). The real windows are opened offscreen, right to left in
// the Urdu locale, under a pseudo-translation made at test time from the .ts files (ours and the Qt
// strings we translate): each translation is ⟦the source with its Latin letters made full-width⟧. Every
// visible label, button, action and menu, tab, group box and window title, header, placeholder, tooltip,
// combo box item and list entry must then carry the marker unless it is data (names and codes from the
// catalogue, the reference lists from JSON, numbers, file names), and no Latin word may be left in any of
// them: a word left over is a string that missed tr(), or a sentence glued together from pieces.
#include "core/domain/fields.h"
#include "core/domain/referencedata.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/store.h"
#include "tests/support/testdatabase.h"
#include "ui/dashboardwidget.h"
#include "ui/exportdialog.h"
#include "ui/icons.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/recorddialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fehrist;

namespace {

const QChar kOpen = u'⟦';
const QChar kClose = u'⟧';

// ⟦the source, Latin letters full-width⟧; markup, entities and placeholders stay as they are.
QString pseudo(const QString &source)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    static const QRegularExpression entity(u"&[a-zA-Z]+;"_s);
    static const QRegularExpression tag(u"</?[a-zA-Z][^<>]*>"_s);
    QString out(kOpen);
    for (qsizetype i = 0; i < source.size(); ++i) {
        bool kept = false;
        for (const QRegularExpression *re : {&placeholder, &entity, &tag}) {
            const auto m
                = re->match(source, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                out += m.captured(0);
                i += m.capturedLength() - 1;
                kept = true;
                break;
            }
        }
        if (kept)
            continue;
        const char16_t c = source.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            out += QChar(char16_t(0xFF41 + (c - u'a')));
        else if (c >= u'A' && c <= u'Z')
            out += QChar(char16_t(0xFF21 + (c - u'A')));
        else
            out += source.at(i);
    }
    return out + kClose;
}

// The messages of `in` (a .ts file) with pseudo-translations, as a .ts file `out`.
bool writePseudoTs(const QString &in, const QString &out)
{
    QFile source(in);
    QFile target(out);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamReader xml(&source);
    QXmlStreamWriter w(&target);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(u"<!DOCTYPE TS>"_s);
    QString context, text, comment;
    bool numerus = false;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                w.writeStartElement(u"TS"_s);
                w.writeAttribute(u"version"_s, u"2.1"_s);
                w.writeAttribute(u"language"_s, xml.attributes().value(u"language"_s).toString());
            } else if (name == u"context") {
                w.writeStartElement(u"context"_s);
            } else if (name == u"name") {
                w.writeTextElement(u"name"_s, xml.readElementText());
            } else if (name == u"message") {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                text.clear();
                comment.clear();
                forms = 0;
            } else if (name == u"source") {
                text = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"numerusform") {
                ++forms;
                xml.skipCurrentElement();
            } else if (name == u"translation" && !numerus) {
                xml.skipCurrentElement();
                forms = 1;
            }
        } else if (xml.isEndElement()) {
            const auto name = xml.name();
            if (name == u"message" || (name == u"translation" && numerus)) {
                if (name == u"translation")
                    continue; // written at the end of the message
                w.writeStartElement(u"message"_s);
                if (numerus)
                    w.writeAttribute(u"numerus"_s, u"yes"_s);
                w.writeTextElement(u"source"_s, text);
                if (!comment.isEmpty())
                    w.writeTextElement(u"comment"_s, comment);
                w.writeStartElement(u"translation"_s);
                if (numerus) {
                    for (int f = 0; f < std::max(forms, 2); ++f)
                        w.writeTextElement(u"numerusform"_s, pseudo(text));
                } else {
                    w.writeCharacters(pseudo(text));
                }
                w.writeEndElement(); // translation
                w.writeEndElement(); // message
            } else if (name == u"context" || name == u"TS") {
                w.writeEndElement();
            }
        }
    }
    w.writeEndDocument();
    return !xml.hasError();
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

void typeInto(QWidget *parent, const QString &field, const QString &text)
{
    auto *line = child<QLineEdit>(parent, u"field_"_s + field);
    QVERIFY(line);
    line->selectAll();
    line->del();
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Calls `inspect` on the next modal dialog that `accepts` once it shows (they block in exec()), then
// closes it with `close`. The guard's seen() says whether it came; leaving its scope stops waiting.
class NextModal
{
public:
    NextModal(std::function<bool(QWidget *)> accepts, std::function<void(QWidget *)> inspect,
              std::function<void(QWidget *)> close)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, accepts, inspect, close] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible() || !accepts(modal))
                return;
            m_timer.stop();
            m_seen = true;
            inspect(modal);
            close(modal);
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

bool isMessageBox(QWidget *w)
{
    return qobject_cast<QMessageBox *>(w) != nullptr;
}

void reject(QWidget *w)
{
    static_cast<QDialog *>(w)->reject();
}

} // namespace

class TestPseudoTranslation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<Test::TestDatabase> m_db;
    QList<QTranslator *> m_translators;
    QRegularExpression m_data; ///< every data text, longest first, as whole words
    QStringList m_dataTexts;
    QStringList m_problems;
    int m_checked = 0;

    void addData(const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_dataTexts.append(text.trimmed());
    }

    void buildDataPattern()
    {
        m_dataTexts.removeDuplicates();
        std::sort(m_dataTexts.begin(), m_dataTexts.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString &t : std::as_const(m_dataTexts))
            escaped.append(QRegularExpression::escape(t));
        m_data = QRegularExpression(u"(?<![\\p{L}\\p{N}_])(?:"_s + escaped.join(u'|') + u")(?![\\p{L}\\p{N}_])"_s,
                                    QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(m_data.isValid(), qPrintable(m_data.errorString()));
    }

    // One text a person reads, at `where`.
    void checkText(QString text, const QString &where)
    {
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text = text.trimmed();
        if (text.isEmpty())
            return;
        ++m_checked;
        static const QRegularExpression shortcut(u"(?:(?:Ctrl|Shift|Alt|Meta)\\+)+\\S+"_s);
        static const QRegularExpression latinWord(u"[A-Za-z]{2,}"_s);
        static const QRegularExpression letter(u"\\p{L}"_s, QRegularExpression::UseUnicodePropertiesOption);
        QString rest = text;
        rest.remove(shortcut);
        rest.replace(m_data, u" "_s);
        // Format patterns that are typed literally.
        for (const QString &pattern : {u"YYYY-MM-DD"_s, u"https://"_s, u"P10D"_s})
            rest.remove(pattern);
        if (!text.contains(kOpen) && rest.contains(letter))
            m_problems.append(u"%1: not translated: \"%2\""_s.arg(where, text));
        else if (const auto m = latinWord.match(rest); m.hasMatch())
            m_problems.append(u"%1: \"%2\" left in English in \"%3\""_s.arg(where, m.captured(0), text));
    }

    void checkMenu(QMenu *menu, const QString &where)
    {
        checkText(menu->title(), where);
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString at = where + u" > "_s + (a->objectName().isEmpty() ? a->text() : a->objectName());
            checkText(a->text(), at);
            if (a->menu())
                checkMenu(a->menu(), at);
        }
    }

    void checkView(QAbstractItemView *view, const QString &where)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        if (auto *table = qobject_cast<QTableView *>(view); table && !table->horizontalHeader()->isHidden()) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (!table->isColumnHidden(c))
                    checkText(model->headerData(c, Qt::Horizontal).toString(), where + u" header %1"_s.arg(c));
            }
        }
        for (int r = 0; r < std::min(model->rowCount(), 25); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                checkText(model->index(r, c).data().toString(), where + u" [%1,%2]"_s.arg(r).arg(c));
        }
    }

    // Everything `top` shows now.
    void checkWindow(QWidget *top, const QString &where)
    {
        checkText(top->windowTitle(), where + u" title"_s);
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (w != top && !w->isVisibleTo(top))
                continue;
            const QString at = where + u" "_s
                + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
            checkText(w->toolTip(), at + u" tooltip"_s);
            if (auto *label = qobject_cast<QLabel *>(w))
                checkText(label->text(), at);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                checkText(button->text(), at);
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                checkText(box->title(), at);
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                checkText(edit->placeholderText(), at + u" placeholder"_s);
            else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
                checkText(spin->specialValueText(), at + u" special value"_s);
            else if (auto *toolbar = qobject_cast<QToolBar *>(w))
                checkText(toolbar->windowTitle(), at);
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    checkText(combo->itemText(i), at + u" item %1"_s.arg(i));
            }
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    checkText(tabs->tabText(i), at + u" tab %1"_s.arg(i));
                    checkText(tabs->tabToolTip(i), at + u" tab tooltip %1"_s.arg(i));
                }
            }
            if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->menu())
                checkMenu(tool->menu(), at + u" menu"_s);
            // Item views' cells (a header's cells are its table's: checkView() reads its labels).
            if (auto *view = qobject_cast<QAbstractItemView *>(w);
                view && !qobject_cast<QHeaderView *>(w) && !qobject_cast<QComboBox *>(w->parent()))
                checkView(view, at);
        }
    }

    void report(const QString &what)
    {
        QVERIFY2(m_checked > 0, "nothing was checked");
        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        const qsizetype n = m_problems.size();
        m_problems.clear();
        m_checked = 0;
        QVERIFY2(n == 0, qPrintable(u"%1: %2 text(s) not translated, listed above"_s.arg(what).arg(n)));
    }

    bool installPseudo(const QString &ts)
    {
        const QString name = QFileInfo(ts).completeBaseName();
        const QString pseudoTs = m_work.filePath(name + u"_pseudo.ts"_s);
        const QString qm = m_work.filePath(name + u"_pseudo.qm"_s);
        if (!writePseudoTs(ts, pseudoTs))
            return false;
        QProcess lrelease;
        lrelease.start(QStringLiteral(FEHRIST_LRELEASE), {u"-silent"_s, pseudoTs, u"-qm"_s, qm});
        if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0)
            return false;
        auto *translator = new QTranslator(this);
        if (!translator->load(qm))
            return false;
        m_translators.append(translator);
        return QCoreApplication::installTranslator(translator);
    }

    std::unique_ptr<Ui::MainWindow> openWindow()
    {
        auto w = std::make_unique<Ui::MainWindow>();
        if (!w->openCatalogue(m_db->url()).ok())
            return nullptr;
        w->resize(1280, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QSettings().clear(); // recent catalogues of earlier runs
        Ui::Icons::install();
        const QDir translations(QStringLiteral(FEHRIST_TRANSLATIONS_DIR));
        QVERIFY(installPseudo(translations.filePath(u"fehrist_ur.ts"_s)));
        QVERIFY(installPseudo(translations.filePath(u"fehrist_qt_ur.ts"_s)));
        // As Ui::Language::apply() sets up Urdu: the locale (digits, dates) and right to left.
        QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
        QApplication::setLayoutDirection(Qt::RightToLeft);

        m_db = std::make_unique<Test::TestDatabase>(Test::TestDatabase::Backend::SQLite);
        auto store = Core::Store::open(m_db->url());
        QVERIFY(store.ok());
        QVERIFY(Core::SampleCatalogue::load(**store).ok());

        // Data: the catalogue's names and codes, the reference lists, field names, file names, the
        // locale's month names, the names of the languages in their own script.
        auto departments = (*store)->departments();
        QVERIFY(departments.ok());
        for (const Core::Department &d : *departments) {
            addData(d.code());
            addData(d.nameEn());
            addData(d.text(u"name_ur"));
        }
        Core::ServiceCursor cursor;
        for (;;) {
            auto page = (*store)->services({}, cursor, 500);
            QVERIFY(page.ok());
            for (const Core::Service &s : page->services) {
                addData(s.key());
                addData(s.nameEn());
                addData(s.text(u"name_ur"));
                addData(s.text(u"processing_time"));
            }
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
        const Core::ReferenceData &ref = Core::ReferenceData::builtIn();
        for (const QString &list : ref.listNames()) {
            for (const Core::ReferenceItem &item : ref.items(list)) {
                for (const QString &t : {item.code, item.labelEn, item.labelUr, item.labelPs})
                    addData(t);
            }
        }
        for (const Core::Schema *schema : {&Core::Schema::services(), &Core::Schema::departments()}) {
            for (const QString &field : schema->fieldNames())
                addData(field);
        }
        const QLocale locale;
        for (int m = 1; m <= 12; ++m)
            addData(locale.monthName(m));
        for (const QString &t : {locale.amText(), locale.pmText(), u"English"_s, u"اردو"_s, u"پښتو"_s})
            addData(t);
        addData(m_db->url());
        addData(QFileInfo(m_db->url()).fileName());
        // File formats are names, not words.
        for (const QString &t : {u"CSV"_s, u"JSON"_s})
            addData(t);
    }

    void mainWindow()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        checkWindow(w.get(), u"main window"_s);
        for (QAction *a : w->menuBar()->actions()) {
            if (a->menu())
                checkMenu(a->menu(), u"menu "_s + a->objectName());
        }
        // The text fields' context menus are Qt's.
        QLineEdit line(u"text"_s); // the menus are children of their editors
        checkMenu(line.createStandardContextMenu(), u"line edit context menu"_s);
        QPlainTextEdit text(u"text"_s);
        checkMenu(text.createStandardContextMenu(), u"text edit context menu"_s);
        report(u"main window"_s);
    }

    void dashboard()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        QSignalSpy refreshed(w->dashboard(), &Ui::DashboardWidget::refreshed);
        w->findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(w->dashboard());
        QVERIFY(refreshed.wait(20000));
        checkWindow(w.get(), u"dashboard"_s);
        // The targets dialog.
        NextModal targets([](QWidget *m) { return m->objectName() == u"targetsDialog"; },
                          [this](QWidget *m) { checkWindow(m, u"targets"_s); }, reject);
        QTest::mouseClick(child<QToolButton>(w.get(), u"targetsButton"_s), Qt::LeftButton);
        QVERIFY(targets.seen());
        report(u"dashboard"_s);
    }

    void serviceForm()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        w->editService(w->store()->service(u"DC/DOMICILE"_s)->id);
        Ui::RecordDialog *dialog = w->recordDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Problems under the fields: the validator's sentences.
        typeInto(dialog, u"name_en"_s, QString());
        typeInto(dialog, u"fee_amount_pkr"_s, u"-5"_s);
        typeInto(dialog, u"contact_email"_s, u"nobody"_s);
        typeInto(dialog, u"target_date"_s, u"soon"_s);
        addData(u"nobody"_s);
        addData(u"soon"_s);
        buildDataPattern();
        auto *tabs = child<QTabWidget>(dialog, u"serviceTabs"_s);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            checkWindow(dialog, u"service form, tab %1"_s.arg(t));
        }
        // Closing with changes asks first.
        NextModal unsaved(
            isMessageBox, [this](QWidget *m) { checkWindow(m, u"unsaved prompt"_s); },
            [](QWidget *m) { static_cast<QMessageBox *>(m)->button(QMessageBox::Discard)->click(); });
        dialog->reject();
        QVERIFY(unsaved.seen());
        QTRY_VERIFY(!w->recordDialog());
        // A new service.
        w->newService();
        QVERIFY(w->recordDialog());
        checkWindow(w->recordDialog(), u"new service"_s);
        w->recordDialog()->close();
        // Deleting one asks first.
        auto *table = child<QTableView>(w.get(), u"serviceTable"_s);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        NextModal deletion(
            isMessageBox, [this](QWidget *m) { checkWindow(m, u"delete prompt"_s); }, reject);
        child<QAction>(w.get(), u"actionDeleteService"_s)->trigger();
        QVERIFY(deletion.seen());
        report(u"service form"_s);
    }

    void departmentForm()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        w->editDepartment(u"HEALTH"_s);
        QVERIFY(w->recordDialog());
        checkWindow(w->recordDialog(), u"department form"_s);
        w->recordDialog()->close();
        w->newDepartment();
        QVERIFY(w->recordDialog());
        checkWindow(w->recordDialog(), u"new department"_s);
        w->recordDialog()->close();
        report(u"department form"_s);
    }

    void importWizard()
    {
        // A department's own spreadsheet, with a column Fehrist does not know and a bad row.
        const QString file = m_work.filePath(u"transport.csv"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("department_code,code,Service Name,description,category,digitization_level,fee_amount_pkr,Remarks\n"
                    "TRANSPORT,ROUTE-PERMIT,Route permit,Permit for a route.,transport-vehicles,L1,1500,old\n"
                    "TRANSPORT,FITNESS,Fitness certificate,Fitness of vehicles.,transport-vehicles,L7,-300,check\n");
        }
        for (const QString &t : QStringList {
                 u"transport.csv"_s, u"transport.csv.rejects.csv"_s, file, file + u".rejects.csv"_s, u"Service Name"_s,
                 u"Remarks"_s, u"ROUTE-PERMIT"_s, u"Route permit"_s, u"Permit for a route."_s, u"old"_s, u"FITNESS"_s,
                 u"Fitness certificate"_s, u"Fitness of vehicles."_s, u"L7"_s, u"-300"_s, u"check"_s,
                 u"TRANSPORT/ROUTE-PERMIT"_s, u"TRANSPORT/FITNESS"_s})
            addData(t);
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        Ui::ImportWizard *wizard = w->importServices();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        checkWindow(wizard, u"import, file page (empty)"_s);
        wizard->setFile(file);
        checkWindow(wizard, u"import, file page"_s);
        wizard->next();
        QTRY_VERIFY(child<QTableWidget>(wizard, u"previewTable"_s)->rowCount() > 0);
        checkWindow(wizard, u"import, columns page"_s);
        wizard->next();
        auto *problems = child<QListWidget>(wizard, u"problemList"_s);
        QTRY_VERIFY(problems->count() > 0);
        checkWindow(wizard, u"import, check page"_s);
        child<QCheckBox>(wizard, u"skipInvalid"_s)->setChecked(true);
        wizard->next();
        QTRY_VERIFY(!child<QPushButton>(wizard, u"cancelImport"_s)->isVisible());
        checkWindow(wizard, u"import, last page"_s);
        wizard->close();
        report(u"import wizard"_s);
    }

    void exportDialog()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        Ui::ExportDialog *dialog = w->exportServices();
        QVERIFY(dialog);
        addData(child<QLineEdit>(dialog, u"exportFile"_s)->text());
        buildDataPattern();
        checkWindow(dialog, u"export dialog"_s);
        dialog->close();
        report(u"export dialog"_s);
    }

    void aboutLanguageAndConnect()
    {
        buildDataPattern();
        auto w = openWindow();
        QVERIFY(w);
        {
            NextModal about(
                isMessageBox, [this](QWidget *m) { checkWindow(m, u"about"_s); }, reject);
            child<QAction>(w.get(), u"actionAbout"_s)->trigger();
            QVERIFY(about.seen());
        }
        {
            NextModal language(
                isMessageBox, [this](QWidget *m) { checkWindow(m, u"language changed"_s); }, reject);
            child<QAction>(w.get(), u"actionLanguage_ps"_s)->trigger();
            QVERIFY(language.seen());
        }
        {
            NextModal postgres([](QWidget *m) { return m->objectName() == u"postgresDialog"; },
                               [this](QWidget *m) { checkWindow(m, u"PostgreSQL"_s); }, reject);
            child<QAction>(w.get(), u"actionConnectPostgres"_s)->trigger();
            QVERIFY(postgres.seen());
        }
        report(u"about, language, PostgreSQL"_s);
    }

    // The test itself must be able to fail: an English text is caught, a marked one passes.
    void catchesEnglish()
    {
        buildDataPattern();
        QWidget window;
        window.setWindowTitle(pseudo(u"Window"_s));
        auto *english = new QLabel(u"Not translated"_s, &window);
        auto *glued = new QLabel(pseudo(u"Online (%1)"_s).arg(u"and above"_s), &window);
        auto *fine = new QLabel(pseudo(u"Department %1"_s).arg(u"HEALTH"_s), &window);
        Q_UNUSED(english)
        Q_UNUSED(glued)
        Q_UNUSED(fine)
        window.show();
        checkWindow(&window, u"probe"_s);
        QCOMPARE(m_problems.size(), 2);
        QVERIFY(m_problems.at(0).contains(u"Not translated"_s) || m_problems.at(1).contains(u"Not translated"_s));
        m_problems.clear();
        m_checked = 0;
    }
};

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudotranslation.moc"
