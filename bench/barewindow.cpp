// The baseline of the startup figure: a bare QMainWindow + QTableView over an empty model, which quits
// as soon as the table has painted once.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {

class QuitOnPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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
