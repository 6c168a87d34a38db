#pragma once

#include "httphead.h"

// A strict, incremental HTTP/1.1 message parser (RFC 9112), shared by the proxy,
// the mock backends and the client. One leniency, for responses only: a bare
// LF ends a line (status line, fields, chunk lines, trailers).
//
// The caller presents its unconsumed bytes on every call: whatever parse() did
// not consume must be presented again, followed by any new bytes. Heads and
// chunk-size lines are consumed only once complete, so every split of the same
// byte stream produces the same events. Body bytes are returned as views into
// the caller's buffer (no copy).
class HttpParser
{
public:
    enum class Kind { Request, Response };

    enum class Event {
        NeedMore,        // consumed everything it could; present more bytes
        HeadComplete,    // head() is valid
        BodyData,        // step.body holds body bytes (de-chunked)
        MessageComplete, // the message ended; call reset() for the next one
        Error,           // errorStatus()/errorText() say why; the stream is unusable
    };

    struct Limits {
        qsizetype maxStartLine = 8192;  // request line (414 when exceeded)
        qsizetype maxFieldLine = 8192;  // one field line (431)
        qsizetype maxHeadSize = 32768;  // the whole head (431)
        int maxFields = 100;            // (431)
        qsizetype maxChunkLine = 4096;  // chunk-size line with extensions (400)
    };

    struct Step {
        Event event = Event::NeedMore;
        qsizetype consumed = 0;
        QByteArrayView body;
    };

    explicit HttpParser(Kind kind);
    HttpParser(Kind kind, Limits limits);

    Step parse(QByteArrayView input);
    // The peer closed the stream: completes a close-delimited body, else an error
    // (unless nothing at all of a new message had arrived).
    Step finish();
    // Prepare for the next message on the same connection.
    void reset();

    // Between messages: the limits for the next one.
    void setLimits(Limits limits) { m_limits = limits; }

    // For responses: the request was HEAD (no body whatever the head says).
    void setRequestWasHead(bool head) { m_requestWasHead = head; }

    const HttpHead &head() const { return m_head; }
    HttpHead &head() { return m_head; }

    int errorStatus() const { return m_errorStatus; }
    const char *errorText() const { return m_errorText; }
    bool isIdle() const { return m_state == State::Head && m_scanned == 0; }
    // The message was read to its end (a bodyless head counts once complete).
    bool isMessageDone() const { return m_state == State::Done; }
    qint64 bodyBytesSeen() const { return m_bodyBytes; }

private:
    enum class State { Head, Length, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose, Done, Error };

    // RFC 9112 §2.2 lets a recipient take a bare LF as a line end. Responses
    // get that leniency (nginx accepts such upstreams); requests stay strict:
    // a line end that two parsers read differently is what smuggling needs.
    bool acceptsBareLf() const { return m_kind == Kind::Response; }
    Step parseOnce(QByteArrayView input);
    Step fail(int status, const char *text);
    Step parseHead(QByteArrayView input);
    bool parseStartLine(QByteArrayView line);
    bool parseFieldLine(QByteArrayView line, quint32 offset);
    bool finishHead();
    Step parseChunkSize(QByteArrayView input);
    Step parseTrailers(QByteArrayView input);

    Kind m_kind;
    Limits m_limits;
    State m_state = State::Head;
    HttpHead m_head;
    // Head scanning progress, relative to the start of the presented input.
    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_skippedEmptyLines = 0;
    bool m_sawStartLine = false;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qsizetype m_trailerBytes = 0;
    bool m_requestWasHead = false;
    int m_errorStatus = 0;
    const char *m_errorText = "";
};
