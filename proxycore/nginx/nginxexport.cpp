#include "nginxexport.h"

int NginxExport::lineOf(Object::Kind kind, int index, int subIndex) const
{
    for (const Object &o : objects) {
        if (o.kind == kind && o.index == index && o.subIndex == subIndex)
            return o.firstLine;
    }
    return -1;
}

const NginxExport::Object *NginxExport::objectAt(int line) const
{
    // Enclosed objects come after their block, so the last match is the innermost.
    const Object *found = nullptr;
    for (const Object &o : objects) {
        if (o.firstLine <= line && line <= o.lastLine)
            found = &o;
    }
    return found;
}
