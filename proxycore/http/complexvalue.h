#pragma once

#include "http/httphead.h"

#include <QByteArray>
#include <QList>
#include <QString>

// nginx's complex value: literal text and variables, concatenated
// ("$request_uri", "$arg_user", "${http_x_tenant}:$cookie_sid"), as a `hash`
// key or a `return` text is written. Parsed once per config; evaluated per
// request on the parsed head, with no URL decoding except where nginx
// decodes ($uri).
class ComplexValue
{
public:
    struct Request {
        const HttpHead *head = nullptr;
        QByteArrayView target;   // origin-form request target
        QByteArrayView clientIp; // $remote_addr
    };

    ComplexValue() = default;
    // Returns false (with a message) for unknown variables.
    bool parse(const QString &text, QString *error = nullptr);
    QByteArray evaluate(const Request &request) const;
    bool isEmpty() const { return m_parts.isEmpty(); }

    static QStringList supportedVariables();

private:
    enum class Kind { Literal, RequestUri, Uri, Args, Arg, Http, Cookie, RemoteAddr, Host };
    struct Part {
        Kind kind;
        QByteArray text; // literal text, or the variable's NAME part
    };
    QList<Part> m_parts;
};
