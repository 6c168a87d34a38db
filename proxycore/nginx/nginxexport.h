#pragma once

#include <QList>
#include <QString>

// An exported nginx.conf and what the exporter knows about its lines: where
// each lab object was written and which lines need more than nginx open
// source as old as 1.14. The preview and its compatibility badges read this
// instead of searching the text. Lines are 0-based.
struct NginxExport {
    // A lab object, named by its place in the LabConfig.
    struct Object {
        enum class Kind {
            Backend,  // the mock's "# upstreamlab-backend" line
            Upstream, // "upstream NAME {" to its "}"
            Server,   // a "server ADDRESS …;" line of an upstream
            Listener, // "server {" to its "}"
            Location, // "location … {" to its "}"
        };
        Kind kind = Kind::Upstream;
        int index = -1;    // the backend, upstream group or listener
        int subIndex = -1; // Server: within its group; Location: the route within its listener
        int firstLine = 0;
        int lastLine = 0;  // the closing "}" of a block; firstLine for one line

        friend bool operator==(const Object &, const Object &) = default;
    };

    // A line that not every nginx runs as written.
    struct Annotation {
        enum class Kind {
            PlusServerParameters, // a server line whose comment carries slow_start / drain
            PlusHealthCheck,      // the "# upstreamlab-health-check" comment (Plus: health_check)
            PlusLeastTime,        // the "# upstreamlab-method least_time" comment (least_conn is written)
            NewerDirective,       // an open-source directive older nginx versions lack
        };
        int line = 0;
        Kind kind = Kind::NewerDirective;
        // PlusServerParameters: the parameters ("slow_start=10s drain");
        // NewerDirective: the directive's name ("random").
        QString detail;
        // NewerDirective: the nginx version that brought it, 1.15.1 as 11501.
        int sinceVersion = 0;

        friend bool operator==(const Annotation &, const Annotation &) = default;
    };

    QString text;
    QList<Object> objects;         // in the order written: a block before what it holds
    QList<Annotation> annotations; // in line order

    // The first line of a lab object, or -1 when this export does not have it
    // (upstream blocks only have no listeners).
    int lineOf(Object::Kind kind, int index, int subIndex = -1) const;
    // The innermost object whose lines hold this line, or nullptr.
    const Object *objectAt(int line) const;
};
