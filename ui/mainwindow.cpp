#include "ui/mainwindow.h"

#include "core/domain/referencedata.h"
#include "core/io/catalogueexchange.h"
#include "core/sample/samplecatalogue.h"
#include "core/storage/databaseurl.h"
#include "core/sync/conflicts.h"
#include "core/sync/syncengine.h"
#include "core/workflow/reviewqueue.h"
#include "core/workflow/workflow.h"
#include "models/departmentlistmodel.h"
#include "models/servicetablemodel.h"
#include "models/syncjob.h"
#include "ui/auditdialog.h"
#include "ui/badgedelegate.h"
#include "ui/credentials.h"
#include "ui/dashboardwidget.h"
#include "ui/exportdialog.h"
#include "ui/historydialog.h"
#include "ui/icons.h"
#include "ui/importwizard.h"
#include "ui/language.h"
#include "ui/recorddialog.h"
#include "ui/synccredentials.h"
#include "ui/syncdialogs.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

QComboBox *filterCombo(const QString &objectName, const QString &all, const QString &list, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(all, QString());
    for (const ReferenceItem &item : ReferenceData::builtIn().items(list))
        combo->addItem(list == u"level" ? item.code + u" " + item.label() : item.label(), item.code);
    combo->setAccessibleName(all);
    return combo;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    m_credentials = std::make_shared<SyncCredentials>();
    m_sync = new Models::SyncJob(m_credentials, this);
    m_services = new Models::ServiceTableModel(this);
    m_departments = new Models::DepartmentListModel(this);
    buildWidgets();
    buildActions();
    connect(m_services, &Models::ServiceTableModel::totalChanged, this, &MainWindow::updateStatus);
    connect(m_services, &Models::ServiceTableModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    restoreLayout();
    updateStatus();
    // The departments' counts are one pass over the catalogue: they wait for the window's first paint.
    m_departments->holdCounts(true);
    m_table->viewport()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_table->viewport()->removeEventFilter(this);
        m_departments->holdCounts(false);
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    // Views and models first: they point into the store.
    m_dashboard->setStore(nullptr);
    m_review->setStore(nullptr);
    m_services->setStore(nullptr);
    m_departments->setStore(nullptr);
}

void MainWindow::buildWidgets()
{
    m_departmentView = new QListView;
    m_departmentView->setObjectName(u"departmentList"_s);
    m_departmentView->setModel(m_departments);
    m_departmentView->setAccessibleName(tr("Departments"));
    m_departmentView->setUniformItemSizes(true);
    connect(m_departmentView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::applyFilter);
    connect(m_departmentView, &QListView::activated, this, [this](const QModelIndex &index) {
        editDepartment(index.data(Models::DepartmentListModel::CodeRole).toString());
    });

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search in English or Urdu…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search services"));
    m_search->addAction(Icons::get(u"edit-find"_s), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(u"searchTimer"_s);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    filters->addWidget(m_search, 3);
    m_category = filterCombo(u"categoryFilter"_s, tr("All categories"), u"category"_s, right);
    m_level = filterCombo(u"levelFilter"_s, tr("All levels"), u"level"_s, right);
    m_state = filterCombo(u"stateFilter"_s, tr("All states"), u"state"_s, right);
    m_channel = filterCombo(u"channelFilter"_s, tr("All channels"), u"channel"_s, right);
    m_rts = new QCheckBox(tr("RTS notified"));
    m_rts->setObjectName(u"rtsFilter"_s);
    for (QComboBox *combo : {m_category, m_level, m_state, m_channel}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
        filters->addWidget(combo, 1);
    }
    connect(m_rts, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    filters->addWidget(m_rts);
    rightLayout->addLayout(filters);

    m_table = new QTableView;
    m_table->setObjectName(u"serviceTable"_s);
    m_table->setModel(m_services);
    m_table->setAccessibleName(tr("Services"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once: to submit a selection for review.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::ServiceTableModel::Key, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    auto *badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(Models::ServiceTableModel::Level, badges);
    m_table->setItemDelegateForColumn(Models::ServiceTableModel::State, badges);
    m_table->setColumnWidth(Models::ServiceTableModel::Key, 190);
    m_table->setColumnWidth(Models::ServiceTableModel::NameEn, 280);
    m_table->setColumnWidth(Models::ServiceTableModel::NameUr, 200);
    m_table->setColumnWidth(Models::ServiceTableModel::Level, 60);
    m_table->setColumnWidth(Models::ServiceTableModel::State, 95);
    connect(m_table, &QTableView::activated, this, [this] { editCurrentService(); });
    rightLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_departmentView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900});
    // The catalogue and the dashboard are two tabs of one window.
    m_dashboard = new DashboardWidget;
    connect(m_dashboard, &DashboardWidget::departmentActivated, this, &MainWindow::showDepartment);
    connect(m_dashboard, &DashboardWidget::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, Icons::get(u"view-list-details"_s), tr("&Catalogue"));
    m_tabs->addTab(m_dashboard, Icons::get(u"view-statistics"_s), tr("&Dashboard"));
    m_review = new ReviewWidget;
    m_review->setObjectName(u"reviewTab"_s);
    connect(m_review, &ReviewWidget::editRequested, this, &MainWindow::editService);
    connect(m_review, &ReviewWidget::stepTaken, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        refresh();
    });
    m_tabs->addTab(m_review, Icons::get(u"dialog-ok-apply"_s), tr("&Review"));
    setCentralWidget(m_tabs);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    m_sampleLabel = new QLabel;
    m_sampleLabel->setObjectName(u"sampleLabel"_s);
    m_sampleLabel->setStyleSheet(
        u"QLabel { background: #F0E442; color: black; padding: 1px 6px; border-radius: 3px; }"_s);
    statusBar()->addWidget(m_countLabel);
    // Services that came back from review: a link to them.
    m_returnedLabel = new QLabel;
    m_returnedLabel->setObjectName(u"returnedLabel"_s);
    m_returnedLabel->setTextFormat(Qt::RichText);
    m_returnedLabel->hide();
    connect(m_returnedLabel, &QLabel::linkActivated, this, [this] { showReview(ReviewWidget::Mode::Returned); });
    statusBar()->addWidget(m_returnedLabel);
    // For reviewers: how many wait for a decision, a link to the queue.
    m_waitingLabel = new QLabel;
    m_waitingLabel->setObjectName(u"waitingLabel"_s);
    m_waitingLabel->setTextFormat(Qt::RichText);
    m_waitingLabel->hide();
    connect(m_waitingLabel, &QLabel::linkActivated, this, [this] { showReview(ReviewWidget::Mode::Queue); });
    statusBar()->addWidget(m_waitingLabel);
    // Sync: where this catalogue stands with the server, and a progress bar with Cancel while it syncs.
    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_syncStatus->setTextFormat(Qt::RichText);
    connect(m_syncStatus, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"conflicts")
            showConflicts();
        else if (link == u"signin")
            signIn();
    });
    m_syncProgress = new QProgressBar;
    m_syncProgress->setObjectName(u"syncProgress"_s);
    m_syncProgress->setRange(0, 0);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->hide();
    m_cancelSync = new QToolButton;
    m_cancelSync->setObjectName(u"cancelSync"_s);
    m_cancelSync->setText(tr("Cancel"));
    m_cancelSync->hide();
    connect(m_cancelSync, &QToolButton::clicked, this, [this] { m_sync->cancel(); });
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_cancelSync);
    connect(m_sync, &Models::SyncJob::progress, this, [this](const SyncProgress &p) {
        m_syncStatus->setText(p.stage == u"push" ? tr("Sending… %1 sent, %2 to go").arg(p.pushed).arg(p.pending)
                                                 : tr("Receiving… %1 received").arg(p.pulled));
    });
    connect(m_sync, &Models::SyncJob::synced, this, [this](const SyncReport &r) {
        m_syncProgress->hide();
        m_cancelSync->hide();
        // What came back from review with this sync: the officer's attention count until the next one.
        const QSet<QString> returned = returnedIds();
        m_cameBack = 0;
        for (const QString &id : returned)
            m_cameBack += m_returnedBeforeSync.contains(id) ? 0 : 1;
        statusBar()->showMessage(
            tr("Synced: %1 sent, %2 received%3")
                .arg(r.pushed)
                .arg(r.pulled)
                .arg(r.conflicts ? tr("; %n conflict(s) to resolve", nullptr, int(r.conflicts)) : QString()),
            8000);
        refresh();
        updateSyncStatus();
    });
    connect(m_sync, &Models::SyncJob::failed, this, [this](const Error &e) {
        m_syncProgress->hide();
        m_cancelSync->hide();
        updateSyncStatus();
        if (m_signIn)
            return; // the sign-in dialog says it
        if (e.code == u"sign-in-required" || e.code == u"not-signed-in") {
            signIn();
            return;
        }
        if (e.code != u"cancelled")
            statusBar()->showMessage(tr("Sync failed: %1").arg(e.message), 15000);
        refresh();
    });
    connect(m_sync, &Models::SyncJob::signedIn, this, [this] {
        updateSyncStatus();
        QTimer::singleShot(0, this, &MainWindow::syncNow);
    });
    statusBar()->addPermanentWidget(m_sampleLabel);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QString &icon,
                      const QKeySequence &shortcut, auto slot) {
        QAction *a = menu->addAction(Icons::get(icon), text);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(file, u"actionNewCatalogue"_s, tr("&New Catalogue…"), u"document-new"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newCatalogue);
    add(file, u"actionOpenCatalogue"_s, tr("&Open Catalogue…"), u"document-open"_s, QKeySequence::Open,
        &MainWindow::openCatalogueFile);
    add(file, u"actionConnectPostgres"_s, tr("&Connect to PostgreSQL…"), u"network-connect"_s,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::connectPostgres);
    m_recentMenu = file->addMenu(Icons::get(u"document-open-recent"_s), tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    file->addSeparator();
    add(file, u"actionImport"_s, tr("&Import…"), u"document-import"_s, QKeySequence(Qt::CTRL | Qt::Key_I),
        &MainWindow::importServices);
    add(file, u"actionExport"_s, tr("&Export…"), u"document-export"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        &MainWindow::exportServices);
    add(file, u"actionDownloadTemplate"_s, tr("Download Import &Template…"), u"document-save"_s, QKeySequence(),
        &MainWindow::downloadTemplate);
    add(file, u"actionExportReport"_s, tr("Export &Report (PDF)…"), u"document-export"_s, QKeySequence(),
        [this] { m_dashboard->exportReport(); });
    add(file, u"actionPrintReport"_s, tr("&Print Report…"), u"document-print"_s, QKeySequence::Print,
        [this] { m_dashboard->print(); });
    file->addSeparator();
    add(file, u"actionQuit"_s, tr("&Quit"), u"application-exit"_s, QKeySequence::Quit, &MainWindow::close);

    QMenu *service = menuBar()->addMenu(tr("&Service"));
    m_newServiceAction = add(service, u"actionNewService"_s, tr("&New Service…"), u"list-add"_s, QKeySequence::New,
                             &MainWindow::newService);
    m_editAction = add(service, u"actionEditService"_s, tr("&Edit…"), u"document-edit"_s,
                       QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editCurrentService);
    m_deleteAction = add(service, u"actionDeleteService"_s, tr("&Delete…"), u"edit-delete"_s, QKeySequence::Delete,
                         &MainWindow::deleteCurrentService);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteAction);
    service->addSeparator();
    add(service, u"actionNewDepartment"_s, tr("New De&partment…"), u"list-add"_s,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N), &MainWindow::newDepartment);
    add(service, u"actionEditDepartment"_s, tr("Edit Depa&rtment…"), u"document-edit"_s,
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), [this] {
            editDepartment(m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString());
        });
    add(service, u"actionHistory"_s, tr("&History…"), u"view-history"_s, QKeySequence(Qt::CTRL | Qt::Key_H),
        &MainWindow::showHistory);
    // The review workflow (DESIGN.md §5): steps taken here reach the server on the next sync.
    service->addSeparator();
    add(service, u"actionSubmit"_s, tr("&Submit for Review"), u"mail-send"_s, QKeySequence(Qt::CTRL | Qt::Key_Return),
        &MainWindow::submitCurrentService);
    add(service, u"actionSubmitDepartment"_s, tr("Submit the Department's &Drafts…"), u"mail-send"_s, QKeySequence(),
        &MainWindow::submitDepartment);
    add(service, u"actionApprove"_s, tr("&Approve"), u"dialog-ok-apply"_s, QKeySequence(),
        [this] { decideOnCurrentService(true); });
    add(service, u"actionReturn"_s, tr("Re&turn with Comment…"), u"edit-undo"_s, QKeySequence(),
        [this] { decideOnCurrentService(false); });

    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    add(sync, u"actionSync"_s, tr("&Sync Now"), u"folder-sync"_s, QKeySequence(Qt::Key_F9), &MainWindow::syncNow);
    add(sync, u"actionSignIn"_s, tr("Sign &In…"), u"network-connect"_s, QKeySequence(), [this] { signIn(); });
    add(sync, u"actionConflicts"_s, tr("&Conflicts…"), u"dialog-warning"_s, QKeySequence(),
        [this] { showConflicts(); });
    add(sync, u"actionAuditLog"_s, tr("&Audit Log…"), u"view-history"_s, QKeySequence(), [this] { showAuditLog(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, u"actionFind"_s, tr("&Find"), u"edit-find"_s, QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    add(view, u"actionClearFilters"_s, tr("&Clear Filters"), u"edit-clear"_s, QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] {
            const QSignalBlocker blockers[]
                = {QSignalBlocker(m_search), QSignalBlocker(m_category), QSignalBlocker(m_level),
                   QSignalBlocker(m_state),  QSignalBlocker(m_channel),  QSignalBlocker(m_rts)};
            m_search->clear();
            for (QComboBox *c : {m_category, m_level, m_state, m_channel})
                c->setCurrentIndex(0);
            m_rts->setChecked(false);
            m_departmentView->setCurrentIndex(m_departments->index(0));
            applyFilter();
        });
    add(view, u"actionRefresh"_s, tr("&Refresh"), u"view-refresh"_s, QKeySequence::Refresh, &MainWindow::refresh);
    view->addSeparator();
    add(view, u"actionShowCatalogue"_s, tr("C&atalogue"), u"view-list-details"_s, QKeySequence(Qt::CTRL | Qt::Key_1),
        [this] { m_tabs->setCurrentIndex(0); });
    add(view, u"actionShowDashboard"_s, tr("&Dashboard"), u"view-statistics"_s, QKeySequence(Qt::CTRL | Qt::Key_2),
        [this] { m_tabs->setCurrentIndex(1); });
    add(view, u"actionShowReview"_s, tr("&Review"), u"dialog-ok-apply"_s, QKeySequence(Qt::CTRL | Qt::Key_3),
        [this] { m_tabs->setCurrentWidget(m_review); });
    view->addSeparator();
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(u"languageMenu"_s);
    auto *languageGroup = new QActionGroup(languages);
    const QString current = Language::saved();
    for (const Language::Choice &choice : Language::choices()) {
        QAction *a = languages->addAction(choice.name);
        a->setObjectName(u"actionLanguage_"_s + (choice.code.isEmpty() ? u"system"_s : choice.code));
        a->setCheckable(true);
        a->setChecked(choice.code == current);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] {
            if (choice.code == Language::saved())
                return;
            Language::save(choice.code);
            QMessageBox::information(this, tr("Language"),
                                     tr("Fehrist will use %1 from the next time it starts.").arg(choice.name));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, u"actionAbout"_s, tr("&About Fehrist"), u"help-about"_s, QKeySequence::HelpContents, [this] {
        QMessageBox::about(this, tr("About Fehrist"),
                           tr("<b>Fehrist %1</b><p>The Digital Public Services Catalogue: departments' services, "
                              "how citizens obtain them and how far they are digitized.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later. Icons: KDE Breeze (LGPL).</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->addAction(m_newServiceAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(findChild<QAction *>(u"actionRefresh"_s));
    toolbar->addAction(findChild<QAction *>(u"actionSync"_s));
    rebuildRecentMenu();
}

ImportWizard *MainWindow::importServices()
{
    if (!m_store)
        return nullptr;
    if (m_importWizard) {
        m_importWizard->raise();
        return m_importWizard;
    }
    m_importWizard = new ImportWizard(m_store->url(), this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &QWizard::finished, this, [this] {
        if (m_importWizard && m_importWizard->imported())
            refresh();
    });
    m_importWizard->open();
    return m_importWizard;
}

ExportDialog *MainWindow::exportServices()
{
    if (!m_store)
        return nullptr;
    QList<std::pair<QString, QString>> departments;
    if (auto list = m_store->departments()) {
        const bool urdu = QLocale().textDirection() == Qt::RightToLeft; // Urdu names in Urdu and Pashto
        for (const Department &d : std::as_const(*list))
            departments.append({d.code(), urdu && d.isSet(u"name_ur") ? d.text(u"name_ur") : d.nameEn()});
    }
    const QString current = m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString();
    auto *dialog = new ExportDialog(m_store->url(), departments, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::downloadTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the blank import template"),
                                                      u"fehrist-template.xlsx"_s, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = CatalogueExchange::writeTemplate(path); !s)
        QMessageBox::warning(this, tr("Template not saved"), s.error().toString());
    else
        statusBar()->showMessage(tr("Saved the import template to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

Status MainWindow::openCatalogue(const QString &url, OpenMode mode, bool quiet)
{
    QString address = url;
    if (url.startsWith(u"postgres"_s)) {
        // Recent PostgreSQL catalogues are remembered without their password: it is in the keychain.
        QUrl u(url);
        if (u.password().isEmpty() && !u.userName().isEmpty()) {
            auto known
                = Credentials::read(Credentials::postgresKey(u.userName(), u.host(), u.port(5432), u.path().mid(1)));
            if (known) {
                u.setPassword(*known);
                address = u.toString();
            }
        }
    }
    auto opened = Store::open(address, mode);
    if (!opened) {
        if (!quiet) {
            QMessageBox box(QMessageBox::Critical, tr("Cannot open the catalogue"),
                            tr("The catalogue could not be opened."), QMessageBox::Ok, this);
            box.setObjectName(u"openError"_s);
            box.setInformativeText(opened.error().toString());
            box.exec();
        }
        return opened.error();
    }
    if (m_dialog)
        m_dialog->close();
    m_dashboard->setStore(nullptr);
    m_review->setStore(nullptr);
    m_services->setStore(nullptr);
    m_departments->setStore(nullptr);
    m_store = std::move(*opened);
    m_cameBack = 0;
    m_dashboard->setStore(m_store.get());
    m_review->setStore(m_store.get());
    m_departments->setStore(m_store.get());
    {
        const QSignalBlocker blocker(m_departmentView->selectionModel());
        m_departmentView->setCurrentIndex(m_departments->index(0));
    }
    applyFilter();
    addRecent(url);
    const QString label = SampleCatalogue::translated(SampleCatalogue::label(*m_store));
    m_sampleLabel->setText(label);
    m_sampleLabel->setVisible(!label.isEmpty());
    setWindowTitle(tr("%1 — Fehrist").arg(m_store->url().displayName()));
    QSettings().setValue(u"catalogue/last"_s, url);
    updateStatus();
    updateAttention();
    updateSyncStatus();
    return success();
}

void MainWindow::applyFilter()
{
    ServiceFilter f;
    f.search = m_search->text();
    f.department = m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString();
    f.category = m_category->currentData().toString();
    f.level = m_level->currentData().toString();
    f.state = m_state->currentData().toString();
    f.channel = m_channel->currentData().toString();
    if (m_rts->isChecked())
        f.rtsNotified = true;
    m_services->setFilter(f, m_store.get());
}

void MainWindow::updateStatus()
{
    const bool open = m_store != nullptr;
    m_newServiceAction->setEnabled(open);
    m_editAction->setEnabled(open);
    m_deleteAction->setEnabled(open);
    for (const QString &name : {u"actionExportReport"_s, u"actionPrintReport"_s, u"actionImport"_s, u"actionExport"_s,
                                u"actionSubmit"_s, u"actionSubmitDepartment"_s, u"actionApprove"_s, u"actionReturn"_s,
                                u"actionHistory"_s, u"actionSync"_s, u"actionSignIn"_s, u"actionConflicts"_s})
        findChild<QAction *>(name)->setEnabled(open);
    if (!open) {
        m_countLabel->setText(tr("No catalogue open"));
        return;
    }
    const int n = m_services->rowCount();
    m_countLabel->setText(n == 1 ? tr("1 service") : tr("%1 services").arg(QLocale().toString(n)));
}

void MainWindow::refresh()
{
    const QString id = currentServiceId();
    const QString department = m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString();
    {
        const QSignalBlocker blocker(m_departmentView->selectionModel());
        m_departments->refresh();
        m_departmentView->setCurrentIndex(m_departments->index(std::max(0, m_departments->rowOfCode(department))));
    }
    applyFilter();
    updateAttention();
    m_dashboard->markStale();
    m_review->reload();
    if (!id.isEmpty()) {
        const int row = m_services->cachedRowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void MainWindow::showDepartment(const QString &code)
{
    const int row = m_departments->rowOfCode(code);
    if (row < 0)
        return;
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search),
                                           QSignalBlocker(m_category),
                                           QSignalBlocker(m_level),
                                           QSignalBlocker(m_state),
                                           QSignalBlocker(m_channel),
                                           QSignalBlocker(m_rts),
                                           QSignalBlocker(m_departmentView->selectionModel())};
        m_search->clear();
        for (QComboBox *c : {m_category, m_level, m_state, m_channel})
            c->setCurrentIndex(0);
        m_rts->setChecked(false);
        m_departmentView->setCurrentIndex(m_departments->index(row));
    }
    applyFilter();
    m_tabs->setCurrentIndex(0);
    m_departmentView->scrollTo(m_departments->index(row));
}

QString MainWindow::currentServiceId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_services->idAt(index.row()) : QString();
}

RecordDialog *MainWindow::recordDialog() const
{
    return m_dialog;
}

void MainWindow::newService()
{
    if (!m_store)
        return;
    Service s;
    s.setValue(u"department_code"_s,
               m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString());
    s.setValue(u"status"_s, u"active"_s);
    s.setValue(u"digitization_level"_s, u"L0"_s);
    showForm(s);
}

void MainWindow::editService(const QString &id)
{
    if (!m_store || id.isEmpty())
        return;
    auto service = m_store->service(id);
    if (!service) {
        QMessageBox::warning(this, tr("Cannot open the service"), service.error().toString());
        return;
    }
    showForm(*service);
}

void MainWindow::showForm(const Record &record)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new RecordDialog(m_store.get(), record, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RecordDialog::saved, this, &MainWindow::refresh);
    m_dialog->open();
}

void MainWindow::newDepartment()
{
    if (m_store)
        showForm(Department());
}

void MainWindow::editDepartment(const QString &code)
{
    if (!m_store || code.isEmpty())
        return;
    auto department = m_store->department(code);
    if (!department) {
        QMessageBox::warning(this, tr("Cannot open the department"), department.error().toString());
        return;
    }
    showForm(*department);
}

void MainWindow::editCurrentService()
{
    editService(currentServiceId());
}

void MainWindow::takeStep(Core::WorkflowAction action, const Core::Service &service, const QString &comment)
{
    auto done = Workflow::takeStep(*m_store, action, service, comment);
    if (!done) {
        QMessageBox::warning(this, tr("Not possible"), done.error().toString());
        return;
    }
    statusBar()->showMessage(tr("%1: done; it reaches the server on the next sync.").arg(done->key()), 5000);
    refresh();
}

void MainWindow::syncNow()
{
    if (!m_store || m_sync->isRunning())
        return;
    m_syncProgress->show();
    m_cancelSync->show();
    m_syncStatus->setText(tr("Syncing…"));
    m_returnedBeforeSync = returnedIds();
    m_sync->startSync(m_store->url());
}

SignInDialog *MainWindow::signIn()
{
    if (!m_store)
        return nullptr;
    if (m_signIn) {
        m_signIn->raise();
        return m_signIn;
    }
    auto server = m_store->meta(SyncEngine::kServerKey);
    auto user = m_store->meta(SyncEngine::kUserKey);
    m_signIn = new SignInDialog(m_sync, m_store->url(), server ? *server : QString(), user ? *user : QString(), this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->open();
    return m_signIn;
}

ConflictsDialog *MainWindow::showConflicts()
{
    if (!m_store)
        return nullptr;
    if (Status s = SyncConflicts::prepare(*m_store); !s) {
        QMessageBox::warning(this, tr("Conflicts"), s.error().toString());
        return nullptr;
    }
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_store.get(), this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::resolved, this, [this] {
            refresh();
            updateSyncStatus();
        });
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    return m_conflicts;
}

void MainWindow::updateSyncStatus()
{
    if (!m_store) {
        m_syncStatus->clear();
        return;
    }
    (void)SyncConflicts::prepare(*m_store);
    auto server = m_store->meta(SyncEngine::kServerKey);
    auto user = m_store->meta(SyncEngine::kUserKey);
    auto lastSync = m_store->meta(SyncEngine::kLastSyncKey);
    auto lastError = m_store->meta(SyncEngine::kLastErrorKey);
    auto pending = m_store->pendingChanges();
    auto open = SyncConflicts::unresolvedCount(*m_store);
    QStringList parts;
    if (!server || server->isEmpty()) {
        parts.append(u"<a href=\"signin\">%1</a>"_s.arg(tr("Not syncing: sign in")));
    } else {
        parts.append(user ? (*user).toHtmlEscaped() : QString());
        if (lastSync && !lastSync->isEmpty())
            parts.append(tr("synced %1")
                             .arg(QLocale().toString(QDateTime::fromString(*lastSync, Qt::ISODateWithMs).toLocalTime(),
                                                     QLocale::ShortFormat)));
        else
            parts.append(tr("never synced"));
    }
    if (pending && *pending > 0)
        parts.append(tr("%n change(s) to send", nullptr, int(*pending)));
    if (open && *open > 0)
        parts.append(u"<a href=\"conflicts\">%1</a>"_s.arg(tr("%n conflict(s)", nullptr, int(*open))));
    if (lastError && !lastError->isEmpty())
        parts.append(u"<span style=\"color:#b00020\">%1</span>"_s.arg(
            tr("last sync failed: %1").arg(lastError->toHtmlEscaped())));
    m_syncStatus->setText(parts.join(u" · "_s));
}

HistoryDialog *MainWindow::showHistory()
{
    const QString id = currentServiceId();
    if (!m_store || id.isEmpty())
        return nullptr;
    auto service = m_store->service(id);
    auto entries = m_store->history(id);
    if (!service || !entries) {
        QMessageBox::warning(this, tr("History"), (service ? entries.error() : service.error()).toString());
        return nullptr;
    }
    auto *dialog = new HistoryDialog(*service, *entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::submitCurrentService()
{
    if (!m_store)
        return;
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(m_services->idAt(row.row()));
    if (ids.size() <= 1) {
        const QString id = currentServiceId();
        if (id.isEmpty())
            return;
        if (auto service = m_store->service(id))
            takeStep(WorkflowAction::Submit, *service);
        return;
    }
    QList<Service> chosen;
    for (const QString &id : std::as_const(ids)) {
        if (auto service = m_store->service(id))
            chosen.append(*service);
    }
    submitAll(chosen, tr("Submit the %n selected service(s) for review?", nullptr, int(chosen.size())));
}

void MainWindow::submitAll(const QList<Service> &services, const QString &question)
{
    if (QMessageBox::question(this, tr("Submit for review"), question) != QMessageBox::Yes)
        return;
    QStringList refused;
    for (const Service &s : services) {
        if (auto done = Workflow::takeStep(*m_store, WorkflowAction::Submit, s); !done)
            refused.append(done.error().toString());
    }
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Some were not submitted"), refused.join(u'\n'));
    refresh();
}

void MainWindow::submitDepartment()
{
    const QString code = m_departmentView->currentIndex().data(Models::DepartmentListModel::CodeRole).toString();
    if (!m_store)
        return;
    if (code.isEmpty()) {
        QMessageBox::information(this, tr("Submit for review"), tr("Choose a department on the left first."));
        return;
    }
    QList<Service> ready;
    ServiceFilter filter;
    filter.department = code;
    for (const QString &state : {u"draft"_s, u"returned"_s}) {
        filter.state = state;
        ServiceCursor cursor;
        for (;;) {
            auto page = m_store->services(filter, cursor, 1000);
            if (!page)
                break;
            ready.append(page->services);
            if (!page->hasMore)
                break;
            cursor = page->next;
        }
    }
    if (ready.isEmpty()) {
        QMessageBox::information(this, tr("Submit for review"),
                                 tr("%1 has no drafts or returned services to submit.").arg(code));
        return;
    }
    submitAll(ready,
              tr("Submit the %n draft or returned service(s) of %1 for review?", nullptr, int(ready.size())).arg(code));
}

void MainWindow::decideOnCurrentService(bool approve)
{
    const QString id = currentServiceId();
    if (!m_store || id.isEmpty())
        return;
    auto service = m_store->service(id);
    if (!service)
        return;
    QString comment;
    if (!approve) {
        bool ok = false;
        comment = QInputDialog::getMultiLineText(this, tr("Return with comment"),
                                                 tr("What should the department change in %1?").arg(service->key()),
                                                 QString(), &ok);
        if (!ok)
            return;
    }
    takeStep(approve ? WorkflowAction::Approve : WorkflowAction::Return, *service, comment);
}

void MainWindow::updateAttention()
{
    m_returnedLabel->hide();
    m_waitingLabel->hide();
    if (!m_store)
        return;
    // Officers see what came back; reviewers what waits. Without a sign-in (the actor counts as an
    // administrator here) both.
    const Actor actor = Workflow::localActor(*m_store);
    auto count = [this](const QString &state) {
        ServiceFilter filter;
        filter.state = state;
        const auto n = m_store->countServices(filter);
        return n ? *n : 0;
    };
    if (actor.role == Role::Officer || actor.role == Role::Admin) {
        const qint64 n = count(u"returned"_s);
        QString text = tr("%n returned for changes", nullptr, int(n));
        if (m_cameBack > 0)
            text += u" "_s + tr("(%n new since the last sync)", nullptr, int(m_cameBack));
        m_returnedLabel->setVisible(n > 0);
        m_returnedLabel->setText(u"<a href=\"returned\">%1</a>"_s.arg(text.toHtmlEscaped()));
    }
    if (actor.role == Role::Reviewer || actor.role == Role::Admin) {
        const qint64 n = count(u"submitted"_s);
        m_waitingLabel->setVisible(n > 0);
        m_waitingLabel->setText(
            u"<a href=\"waiting\">%1</a>"_s.arg(tr("%n waiting for review", nullptr, int(n)).toHtmlEscaped()));
    }
}

QSet<QString> MainWindow::returnedIds()
{
    QSet<QString> ids;
    if (!m_store)
        return ids;
    if (auto returned = ReviewQueue::load(*m_store, {}, {}, 100000, u"returned"_s)) {
        for (const ReviewItem &item : std::as_const(*returned))
            ids.insert(item.id);
    }
    return ids;
}

AuditDialog *MainWindow::showAuditLog()
{
    if (!m_store)
        return nullptr;
    if (m_audit) {
        m_audit->raise();
        return m_audit;
    }
    m_audit = new AuditDialog(m_sync, m_store->url(), this);
    m_audit->setAttribute(Qt::WA_DeleteOnClose);
    m_audit->show();
    return m_audit;
}

void MainWindow::showReview(ReviewWidget::Mode mode)
{
    m_review->setMode(mode);
    m_tabs->setCurrentWidget(m_review);
}

void MainWindow::deleteCurrentService()
{
    const QString id = currentServiceId();
    if (!m_store || id.isEmpty())
        return;
    auto service = m_store->service(id);
    if (!service)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete service"),
                    tr("Delete %1 — %2?").arg(service->key(), service->nameEn()), QMessageBox::NoButton, this);
    box.setObjectName(u"deletePrompt"_s);
    box.setInformativeText(tr("It leaves the catalogue; the deletion reaches the server on the next sync."));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (Status s = m_store->deleteService(id); !s) {
        QMessageBox::critical(this, tr("Cannot delete"), s.error().toString());
        return;
    }
    refresh();
}

void MainWindow::newCatalogue()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New catalogue"), QString(),
                                                      tr("Fehrist catalogues (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New catalogue"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("New catalogue"),
                                              tr("Load the sample catalogue into it (illustrative data, not an "
                                                 "official list)?"));
    if (!openCatalogue(path, OpenMode::CreateIfMissing))
        return;
    if (answer == QMessageBox::Yes) {
        if (Status s = SampleCatalogue::load(*m_store); !s)
            QMessageBox::critical(this, tr("Cannot load the sample"), s.error().toString());
        (void)openCatalogue(path); // shows its own error
    }
}

void MainWindow::openCatalogueFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open catalogue"), QString(),
                                                      tr("Fehrist catalogues (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        (void)openCatalogue(path); // shows its own error
}

void MainWindow::connectPostgres()
{
    QDialog dialog(this);
    dialog.setObjectName(u"postgresDialog"_s);
    dialog.setWindowTitle(tr("Connect to PostgreSQL"));
    auto *form = new QFormLayout(&dialog);
    QSettings settings;
    auto *host = new QLineEdit(settings.value(u"postgres/host"_s, u"localhost"_s).toString());
    auto *port = new QSpinBox;
    port->setRange(1, 65535);
    port->setValue(settings.value(u"postgres/port"_s, 5432).toInt());
    auto *database = new QLineEdit(settings.value(u"postgres/database"_s, u"fehrist"_s).toString());
    auto *user = new QLineEdit(settings.value(u"postgres/user"_s).toString());
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Host:"), host);
    form->addRow(tr("&Port:"), port);
    form->addRow(tr("&Database:"), database);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("Pass&word:"), password);
    auto *remember = new QCheckBox(tr("&Remember the password in the system keychain"));
    remember->setObjectName(u"rememberPassword"_s);
    remember->setChecked(true);
    form->addRow(remember);
    // A password remembered earlier fills in by itself.
    auto fillPassword = [host, port, database, user, password] {
        if (!password->text().isEmpty() || user->text().isEmpty())
            return;
        auto known = Credentials::read(
            Credentials::postgresKey(user->text(), host->text().trimmed(), port->value(), database->text().trimmed()));
        if (known)
            password->setText(*known);
    };
    connect(user, &QLineEdit::editingFinished, &dialog, fillPassword);
    QTimer::singleShot(0, &dialog, fillPassword);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(u"postgres/host"_s, host->text());
    settings.setValue(u"postgres/port"_s, port->value());
    settings.setValue(u"postgres/database"_s, database->text());
    settings.setValue(u"postgres/user"_s, user->text());
    const QString key
        = Credentials::postgresKey(user->text(), host->text().trimmed(), port->value(), database->text().trimmed());
    if (remember->isChecked() && !password->text().isEmpty()) {
        if (Status stored = Credentials::write(key, password->text()); !stored)
            statusBar()->showMessage(tr("The password was not remembered: %1").arg(stored.error().message), 10000);
    } else if (!remember->isChecked()) {
        (void)Credentials::remove(key);
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host->text().trimmed());
    url.setPort(port->value());
    url.setUserName(user->text());
    url.setPassword(password->text());
    url.setPath(u"/"_s + database->text().trimmed());
    (void)openCatalogue(url.toString(), OpenMode::CreateIfMissing); // shows its own error
}

void MainWindow::addRecent(const QString &url)
{
    // PostgreSQL addresses are remembered without their password.
    QString remembered = url;
    if (url.startsWith(u"postgres"_s)) {
        QUrl u(url);
        u.setPassword({});
        remembered = u.toString();
    }
    QSettings settings;
    QStringList recent = settings.value(u"catalogue/recent"_s).toStringList();
    recent.removeAll(remembered);
    recent.prepend(remembered);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(u"catalogue/recent"_s, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"catalogue/recent"_s).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *a = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(recent.at(i)));
        const QString url = recent.at(i);
        connect(a, &QAction::triggered, this, [this, url] { (void)openCatalogue(url); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_services->columnCount(); ++c) {
        QAction *a = menu.addAction(m_services->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != Models::ServiceTableModel::Key);
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: most of the screen, up to a comfortable size.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1280, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_s, 0).toInt());
    m_table->horizontalHeader()->restoreState(settings.value(u"window/serviceColumns"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/tab"_s, m_tabs->currentIndex());
    settings.setValue(u"window/serviceColumns"_s, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dialog && m_dialog->isDirty()) {
        m_dialog->reject(); // asks what to do with the changes
        if (m_dialog && m_dialog->isVisible()) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

} // namespace Fehrist::Ui
