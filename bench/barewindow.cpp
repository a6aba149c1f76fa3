// The baseline of the startup figure: a bare QMainWindow + QTableView over an empty model, which
// prints the time from FEHRIST_BENCH_T0 to the table's first paint, then quits.
#include <QApplication>
#include <QDateTime>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

class QuitOnPaint final : public QObject
{
public:
    using QObject::QObject;
    bool m_done = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const qint64 t0 = qEnvironmentVariable("FEHRIST_BENCH_T0").toLongLong();
            std::printf("%lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - t0));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 10);
    auto *table = new QTableView;
    table->setModel(&model);
    window.setCentralWidget(table);
    QuitOnPaint quit;
    table->viewport()->installEventFilter(&quit);
    window.resize(1280, 760);
    window.show();
    return app.exec();
}
