#include "server/http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fehrist::Server {

namespace {

// The text of a JSON string token (quotes included) that holds escapes. Rare, so Qt decodes it.
QString decodeEscaped(QByteArrayView token)
{
    const QByteArray wrapped = '[' + token.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

// Walks JSON that Qt has already parsed without error (so its syntax is known to be right, and its
// nesting at most 1024 deep) for what Qt lets through: duplicate keys and lone surrogates.
std::optional<Core::Error> checkKeysAndEscapes(QByteArrayView json)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Level> levels;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            levels.append(Level {c == '{', c == '{', {}});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!levels.isEmpty())
                levels.removeLast();
            ++i;
        } else if (c == ',') {
            if (!levels.isEmpty() && levels.last().object)
                levels.last().expectKey = true;
            ++i;
        } else if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            ++i; // the closing quote
            const QByteArrayView token = json.sliced(start, std::min(i, json.size()) - start);
            const bool isKey = !levels.isEmpty() && levels.last().object && levels.last().expectKey;
            if (!escaped && !isKey)
                continue;
            const QString text = escaped ? decodeEscaped(token) : QString::fromUtf8(token.sliced(1, token.size() - 2));
            if (escaped && !QStringView(text).isValidUtf16())
                return Core::Error {
                    u"invalid-json"_s,
                    u"the string at byte %1 holds half a surrogate pair (\\uD800-\\uDFFF alone), which is "
                    u"not Unicode text"_s.arg(start),
                    {}};
            if (isKey) {
                Level &level = levels.last();
                if (level.keys.contains(text))
                    return Core::Error {
                        u"invalid-json"_s,
                        u"the key \"%1\" appears twice in one object (again at byte %2)"_s.arg(text.left(100))
                            .arg(start),
                        {}};
                level.keys.insert(text);
                level.expectKey = false;
            }
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

} // namespace

Core::Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Core::Error {u"invalid-json"_s,
                            u"the body is not valid JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString()),
                            {}};
    if (!doc.isObject())
        return Core::Error {u"invalid-json"_s, u"the body must be a JSON object"_s, {}};
    if (auto problem = checkKeysAndEscapes(body))
        return *problem;
    return doc.object();
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::raw(QByteArray body, QByteArray contentType, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

QByteArray HttpResponse::errorBody(const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        error.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject {{u"error"_s, error}}).toJson(QJsonDocument::Compact);
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message, const QJsonObject &extra)
{
    HttpResponse r;
    r.status = status;
    r.body = errorBody(code, message, extra);
    return r;
}

QByteArray HttpResponse::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace Fehrist::Server
