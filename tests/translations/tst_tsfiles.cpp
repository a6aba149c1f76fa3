// The translations as shipped: every message of every .ts file translated, its placeholders, markup and
// mnemonic kept, and Urdu and Pashto covering the same messages. Reads translations/*.ts as they are in
// the source tree (FEHRIST_TRANSLATIONS_DIR).
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< one translation, or every numerus form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message is complete at the end of its translation, after its forms.
        if (xml.isEndElement() && xml.name() == u"translation" && m.numerus)
            ts.messages.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus) {
                m.forms = {xml.readElementText()};
                ts.messages.append(m);
            }
        } else if (name == u"numerusform") {
            m.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1, %L1, %n, %Ln: the argument each names (a translation may add or drop L: it only picks the digits).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression re(u"</?[a-zA-Z][a-zA-Z0-9]*"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0).toLower());
    out.sort();
    return out;
}

// Mnemonics: an & before a letter ("&&" is a literal ampersand, "& " is text).
int mnemonics(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++n;
    }
    return n;
}

QString where(const QString &file, const Message &m)
{
    return u"%1 [%2] \"%3\""_s.arg(file, m.context, m.source);
}

} // namespace

class TestTsFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        for (const QString &name :
             {u"fehrist_ur.ts"_s, u"fehrist_ps.ts"_s, u"fehrist_qt_ur.ts"_s, u"fehrist_qt_ps.ts"_s})
            QTest::newRow(qPrintable(name)) << name << (name.contains(u"_ur") ? u"ur_PK"_s : u"ps_PK"_s);
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const TsFile ts = readTs(QDir(QStringLiteral(FEHRIST_TRANSLATIONS_DIR)).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(ts.messages.size() > 10);
        QStringList problems;
        qsizetype forms = -1;
        for (const Message &m : ts.messages) {
            const QString at = where(file, m);
            if (!m.type.isEmpty())
                problems.append(at + u": marked " + m.type);
            if (m.numerus) {
                // Every message of a file declares the language's plural forms (two for Urdu and Pashto).
                if (forms < 0)
                    forms = m.forms.size();
                if (m.forms.size() != forms || forms < 2)
                    problems.append(at + u": %1 plural forms, expected %2"_s.arg(m.forms.size()).arg(forms));
            }
            for (const QString &t : m.forms) {
                if (t.trimmed().isEmpty()) {
                    problems.append(at + u": empty translation"_s);
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems.append(at + u": placeholders %1 in \"%2\""_s.arg(placeholders(t).join(u','), t));
                if (tags(t) != tags(m.source))
                    problems.append(at + u": markup differs in \"%1\""_s.arg(t));
                if (mnemonics(t) != mnemonics(m.source))
                    problems.append(at + u": %1 mnemonic(s) in \"%2\""_s.arg(mnemonics(t)).arg(t));
            }
        }
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p)); // QVERIFY2 cuts long messages short
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s), listed above"_s.arg(problems.size())));
    }

    // Urdu and Pashto translate the same messages.
    void sameMessages_data()
    {
        QTest::addColumn<QString>("urdu");
        QTest::addColumn<QString>("pashto");
        QTest::newRow("fehrist") << u"fehrist_ur.ts"_s << u"fehrist_ps.ts"_s;
        QTest::newRow("qt") << u"fehrist_qt_ur.ts"_s << u"fehrist_qt_ps.ts"_s;
    }

    void sameMessages()
    {
        QFETCH(QString, urdu);
        QFETCH(QString, pashto);
        const QDir dir(QStringLiteral(FEHRIST_TRANSLATIONS_DIR));
        auto keys = [&](const QString &file) {
            QStringList out;
            for (const Message &m : readTs(dir.filePath(file)).messages)
                out.append(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
            out.sort();
            return out;
        };
        QCOMPARE(keys(pashto), keys(urdu));
    }
};

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
