// libFuzzer target for HttpParser (requests and responses).
//
// Differential: every input is parsed whole and again split at points chosen
// by the input itself; the two event transcripts must be identical (the
// parser's contract: any split gives the same result). Crashes, sanitizer
// reports and transcript mismatches all abort.

#include "http/httpparser.h"

#include <cstdint>
#include <cstdlib>

namespace {

QByteArray transcript(HttpParser::Kind kind, QByteArrayView input, const quint8 *splits, size_t splitCount, bool head)
{
    HttpParser parser(kind);
    parser.setRequestWasHead(head);
    QByteArray out;
    QByteArray pending;
    qsizetype fed = 0;
    size_t s = 0;
    bool done = false;
    while (!done) {
        // Next piece: 1..64 bytes decided by the split bytes, or the rest.
        qsizetype piece = input.size() - fed;
        if (splitCount > 0) {
            piece = qMin<qsizetype>(piece, 1 + splits[s % splitCount] % 64);
            ++s;
        }
        pending.append(input.sliced(fed, piece).toByteArray());
        fed += piece;
        for (int guard = 0; guard < 1 << 20; ++guard) {
            const HttpParser::Step step = parser.parse(pending);
            if (step.consumed < 0 || step.consumed > pending.size())
                abort();
            switch (step.event) {
            case HttpParser::Event::HeadComplete:
                out += "H" + parser.head().raw() + '\n';
                break;
            case HttpParser::Event::BodyData:
                if (step.body.isEmpty())
                    abort(); // body events always carry bytes
                out += step.body.toByteArray();
                break;
            case HttpParser::Event::MessageComplete:
                out += "\nM\n";
                parser.reset();
                parser.setRequestWasHead(head);
                break;
            case HttpParser::Event::Error:
                out += "\nE" + QByteArray::number(parser.errorStatus()) + '\n';
                done = true;
                break;
            case HttpParser::Event::NeedMore:
                break;
            }
            pending.remove(0, step.consumed);
            // NeedMore may report framing bytes it consumed (chunk lines, CRLFs).
            if (done || step.event == HttpParser::Event::NeedMore)
                break;
        }
        if (fed >= input.size())
            break;
    }
    if (!done) {
        const HttpParser::Step end = parser.finish();
        if (end.event == HttpParser::Event::MessageComplete)
            out += "\nM\n";
        else if (end.event == HttpParser::Event::Error)
            out += "\nE" + QByteArray::number(parser.errorStatus()) + '\n';
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Byte 0: kind and HEAD flag; byte 1: how many split bytes follow.
    const HttpParser::Kind kind = (data[0] & 1) ? HttpParser::Kind::Response : HttpParser::Kind::Request;
    const bool head = data[0] & 2;
    const size_t splitCount = qMin<size_t>(data[1] % 16, size - 2);
    const quint8 *splits = data + 2;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 2 + splitCount), qsizetype(size - 2 - splitCount));

    const QByteArray whole = transcript(kind, input, nullptr, 0, head);
    const QByteArray split = transcript(kind, input, splits, splitCount, head);
    // Body bytes are concatenated, so different groupings compare equal.
    if (whole != split)
        abort();
    return 0;
}
