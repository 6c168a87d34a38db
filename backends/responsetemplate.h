#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class HttpHead;

// What a template can refer to for one request.
struct TemplateContext {
    QByteArrayView name;
    quint16 port = 0;
    const HttpHead *head = nullptr;
    quint64 counter = 0;
    QByteArrayView requestId;
};

// A response template ("Hello from {{name}} on {{uri}}"), compiled once when
// the behaviour is set so a request only appends bytes. Variables: name, port,
// method, uri, header.NAME, query.NAME, request_id, counter, time,
// request_head_base64. Unknown
// variables are kept literally so a typo is visible in the response.
// request_head_base64 is the whole request head as the mock received it, in
// base64 so that it fits a header line: the app's log shows it decoded beside
// the request as the client sent it (see MockBehaviour::ReceivedRequestHeader).
class ResponseTemplate
{
public:
    ResponseTemplate() = default;
    enum class Escaping {
        None,
        Json,       // values are escaped for a JSON string
        FieldValue, // a header's value: control characters (CR, LF, NUL, …) become spaces
    };
    explicit ResponseTemplate(const QString &text, Escaping escaping = Escaping::None);

    void render(const TemplateContext &context, QByteArray *out) const;

private:
    enum class Kind { Literal, Name, Port, Method, Uri, Header, Query, RequestId, Counter, Time, RequestHeadBase64 };
    struct Part {
        Kind kind;
        QByteArray text; // the literal, or the header/query name
    };
    void appendValue(QByteArray *out, QByteArrayView value) const;

    QList<Part> m_parts;
    Escaping m_escaping = Escaping::None;
};
