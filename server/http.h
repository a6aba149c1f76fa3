#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace Fehrist::Server {

/// A request as the API handlers see it: copied out of the HTTP layer, so that it can travel to a
/// worker thread and outlive the connection's own objects.
struct HttpRequest
{
    QByteArray method; ///< GET, POST…
    QString path; ///< decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    /// The token of an "Authorization: Bearer …" header, or an empty string.
    QString bearerToken() const;
};

/// A response to write back. Bodies are JSON unless contentType says otherwise.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse raw(QByteArray body, QByteArray contentType, int status = 200);
    /// DESIGN.md §7: {"error": {"code": "...", "message": "..."}} with the status given.
    static HttpResponse error(int status, const QString &code, const QString &message, const QJsonObject &extra = {});
    static QByteArray errorBody(const QString &code, const QString &message, const QJsonObject &extra = {});
    /// The reason phrase of a status code ("Payload Too Large").
    static QByteArray reason(int status);
};

/// A request body as a JSON object, or an Error (code "invalid-json") that says what is wrong and at
/// which byte. Besides what Qt's parser refuses (syntax, invalid UTF-8, nesting deeper than 1024), it
/// refuses a key that appears twice in one object and a \u escape that is half a surrogate pair, both of
/// which Qt accepts silently: a second "department_code" must not mean one thing here and another to
/// whatever else reads the request, and a lone surrogate is no text to store or send back.
Core::Result<QJsonObject> parseJsonObject(const QByteArray &body);

} // namespace Fehrist::Server
