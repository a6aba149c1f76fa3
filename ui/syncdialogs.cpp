#include "ui/syncdialogs.h"

#include "models/syncjob.h"
#include "ui/fieldeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

// --- sign in ----------------------------------------------------------------------------------------

SignInDialog::SignInDialog(Models::SyncJob *job, const DatabaseUrl &catalogue, const QString &server,
                           const QString &user, QWidget *parent)
    : QDialog(parent), m_job(job), m_catalogue(catalogue)
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In to the Central Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in once; Fehrist keeps the sign-in in the system keychain (never your "
                                "password) and syncs this catalogue with the server."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(server, this);
    m_server->setObjectName(u"signInServer"_s);
    m_server->setPlaceholderText(u"https://fehrist.kp.gov.pk"_s);
    m_user = new QLineEdit(user, this);
    m_user->setObjectName(u"signInUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(u"signInError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_button = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_button->setObjectName(u"signInButton"_s);
    m_button->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &Models::SyncJob::signedIn, this, [this] { accept(); });
    connect(m_job, &Models::SyncJob::failed, this, [this](const Error &e) {
        m_button->setEnabled(true);
        m_error->setText(e.code == u"unauthorized" || e.code == u"invalid-credentials"
                             ? tr("The user name or the password is not right.")
                             : tr("Not signed in: %1").arg(e.toString()));
        m_error->show();
    });
    (user.isEmpty() ? (server.isEmpty() ? m_server : m_user) : m_password)->setFocus();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::signIn()
{
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        m_error->setText(tr("The server's address starts with https://, such as https://fehrist.kp.gov.pk"));
        m_error->show();
        return;
    }
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Give your user name and password."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_button->setEnabled(false);
    m_job->startSignIn(m_catalogue, url, m_user->text().trimmed(), m_password->text());
    m_password->clear(); // not kept anywhere, not even in this window
}

// --- conflicts --------------------------------------------------------------------------------------

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return ConflictsDialog::tr("(empty)");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(item.toVariant().toString());
        return items.join(u"; "_s);
    }
    if (v.isBool())
        return v.toBool() ? ConflictsDialog::tr("yes") : ConflictsDialog::tr("no");
    return v.toVariant().toString();
}

} // namespace

ConflictsDialog::ConflictsDialog(Store *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(u"conflictList"_s);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLabel(right);
    m_reason->setObjectName(u"conflictReason"_s);
    m_reason->setWordWrap(true);
    rightLayout->addWidget(m_reason);
    m_fields = new QTableWidget(0, 4, right);
    m_fields->setObjectName(u"conflictFields"_s);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Before (base)"), tr("Yours (mine)"), tr("Server's (theirs)")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    rightLayout->addWidget(m_fields, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    m_theirs = new QPushButton(tr("Take &Theirs"), right);
    m_theirs->setObjectName(u"takeTheirs"_s);
    m_theirs->setToolTip(tr("Keep the server's values; your change is dropped."));
    m_mine = new QPushButton(tr("Keep &Mine"), right);
    m_mine->setObjectName(u"keepMine"_s);
    m_mine->setToolTip(tr("Send your values again, as a new change against the server's version."));
    row->addWidget(m_theirs);
    row->addWidget(m_mine);
    rightLayout->addLayout(row);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);
    connect(m_mine, &QPushButton::clicked, this, [this] { resolve(SyncConflicts::Side::Mine); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolve(SyncConflicts::Side::Theirs); });
    resize(980, 520);
    reload();
}

void ConflictsDialog::reload()
{
    m_list->clear();
    auto list = SyncConflicts::list(*m_store);
    m_conflicts = list ? *list : QList<SyncConflict>();
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        auto record = m_store->service(c.recordId, true);
        const QString name = record ? record->key() : c.recordId.left(8);
        m_list->addItem(u"%1 — %2"_s.arg(name, c.kind == u"conflict" ? tr("conflict") : tr("refused")));
    }
    if (!list)
        m_reason->setText(list.error().toString());
    else if (m_conflicts.isEmpty())
        m_reason->setText(tr("No conflicts: everything you changed reached the server as it was."));
    m_mine->setEnabled(!m_conflicts.isEmpty());
    m_theirs->setEnabled(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_fields->setRowCount(0);
}

void ConflictsDialog::showConflict(int row)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    const SyncConflict &c = m_conflicts.at(row);
    m_reason->setText(c.kind == u"conflict"
                          ? tr("Someone changed the same fields on the server since you last synced; the server "
                               "kept its values. Choose which to keep.")
                          : tr("The server refused this change: %1").arg(c.reason));
    m_fields->setRowCount(0);
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        const QJsonObject f = it.value().toObject();
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        const bool clash = f.value(u"conflict"_s).toBool();
        auto *name = new QTableWidgetItem(FieldEditor::labelFor(it.key()));
        if (clash) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_fields->setItem(r, 0, name);
        if (c.kind == u"conflict") {
            m_fields->setItem(r, 1, new QTableWidgetItem(shown(f.value(u"base"_s))));
            m_fields->setItem(r, 2, new QTableWidgetItem(shown(f.value(u"mine"_s))));
            m_fields->setItem(r, 3, new QTableWidgetItem(shown(f.value(u"theirs"_s))));
        } else {
            m_fields->setItem(r, 1, new QTableWidgetItem(shown(f.value(u"old"_s))));
            m_fields->setItem(r, 2, new QTableWidgetItem(shown(f.value(u"new"_s))));
            m_fields->setItem(r, 3, new QTableWidgetItem(QString()));
        }
    }
    m_fields->resizeRowsToContents();
}

void ConflictsDialog::resolve(SyncConflicts::Side side)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    if (Status s = SyncConflicts::resolve(*m_store, m_conflicts.at(row).id, side); !s) {
        QMessageBox::warning(this, tr("Not resolved"), s.error().toString());
        return;
    }
    reload();
    Q_EMIT resolved();
}

} // namespace Fehrist::Ui
