// Child process of tst_crashsafety: writes services in batches until it is killed, printing the number
// of services committed after each batch.
#include "core/storage/store.h"
#include "tests/support/fixtures.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Fehrist;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto store = Core::Store::open(args.at(1));
    if (!store)
        return 3;
    const int total = args.at(2).toInt();
    QTextStream out(stdout);
    if (!(*store)->saveDepartment(Test::makeDepartment(u"CRASH"_s)))
        return 4;
    int written = 0;
    while (written < total) {
        QList<Core::Service> batch;
        for (int i = 0; i < 200; ++i, ++written) {
            Core::Service s = Test::makeService(u"CRASH"_s, u"S%1"_s.arg(written, 7, 10, QChar(u'0')),
                                                u"Crash test service number %1 with some words"_s.arg(written));
            s.setValue(u"keywords"_s, QStringList {u"crash"_s, u"batch"_s, QString::number(written)});
            batch.append(s);
        }
        if (!(*store)->saveServices(batch))
            return 5;
        out << written << Qt::endl;
    }
    return 0;
}
