#include "proxyheaders.h"

#include "http/httphead.h"

using namespace Qt::StringLiterals;

const QList<HeaderLine> &ProxyHeaders::inForce(const QList<HeaderLine> &http, const QList<HeaderLine> &server,
                                               const QList<HeaderLine> &location)
{
    if (!location.isEmpty())
        return location;
    return server.isEmpty() ? http : server;
}

bool ProxyHeaders::compile(const QList<HeaderLine> &lines, const QSet<QString> &captureNames, QString *error)
{
    m_lines.clear();
    m_skipped.clear();
    auto add = [&](const QString &name, const QString &value) {
        Line line;
        line.name = name.toLatin1();
        line.lowerName = line.name.toLower();
        line.lineStart = line.name + ": ";
        if (line.lowerName == "upgrade")
            line.role = Role::Upgrade;
        else if (line.lowerName == "connection")
            line.role = Role::Connection;
        if (!line.value.parse(value, error, captureNames))
            return false;
        for (const Line &existing : std::as_const(m_lines)) {
            if (existing.lowerName == line.lowerName) {
                // A second line for one field adds another field, as in nginx.
                m_lines.append(line);
                return true;
            }
        }
        m_lines.append(line);
        m_skipped.append(line.lowerName);
        return true;
    };
    for (const HeaderLine &line : lines) {
        if (!add(line.name, line.value))
            return false;
    }
    // nginx's ngx_http_proxy_headers: defaults for the fields not set above.
    const QList<QPair<QString, QString>> defaults = {
        {u"Host"_s, u"$proxy_host"_s}, {u"Connection"_s, u"close"_s}, {u"TE"_s, QString()},
        {u"Keep-Alive"_s, QString()},   {u"Expect"_s, QString()},       {u"Upgrade"_s, QString()}};
    for (const auto &[name, value] : defaults) {
        if (!m_skipped.contains(name.toLatin1().toLower()) && !add(name, value))
            return false;
    }
    return true;
}

void ProxyHeaders::appendTo(QByteArray &out, const RequestVariables &vars, Sent *sent) const
{
    for (const Line &line : m_lines) {
        const QByteArrayView value = line.value.appendField(out, line.lineStart, vars);
        if (!sent || value.isEmpty())
            continue; // an empty value sends no field
        if (line.role == Role::Upgrade)
            sent->upgrade = true;
        else if (line.role == Role::Connection)
            sent->connectionClose = Http::equalsIgnoreCase(value, "close");
    }
}

QList<ProxyHeaders::Field> ProxyHeaders::evaluate(const RequestVariables &vars) const
{
    QList<Field> fields;
    fields.reserve(m_lines.size());
    for (const Line &line : m_lines) {
        QByteArray value;
        line.value.appendTo(value, vars);
        if (!value.isEmpty())
            fields.append({line.name, std::move(value)});
    }
    return fields;
}

bool ProxyHeaders::replaces(QByteArrayView name) const
{
    for (const QByteArray &skipped : m_skipped) {
        if (Http::equalsIgnoreCase(name, skipped))
            return true;
    }
    return false;
}

QByteArray ProxyHeaders::valueOf(QByteArrayView name, const RequestVariables &vars) const
{
    for (const Line &line : m_lines) {
        if (Http::equalsIgnoreCase(name, line.lowerName))
            return line.value.evaluate(vars);
    }
    return {};
}
