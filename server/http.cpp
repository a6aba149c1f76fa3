#include "server/http.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fehrist::Server {

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
