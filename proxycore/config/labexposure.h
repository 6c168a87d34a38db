#pragma once

#include "labconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/*!
    \class LabExposure
    \brief What a lab reaches beyond a local lab: servers it would bind on
    non-loopback addresses, and files it would serve from outside its folder.

    Lab files are shared (lessons, bug reports), so opening one must not open
    the machine. The command line refuses such a lab unless the person agrees
    (\c --allow-external); the desktop app asks. Both ask this class.

    Addresses: every proxy listener and every mock backend whose address is
    not loopback (127.0.0.0/8, ::1, \c localhost). Paths: every \c body_file,
    resolved against the lab file's folder, whose canonical path (symlinks
    followed) is not inside that folder's canonical path. A lab not loaded from
    a file (an empty \a labDirectory: the demo, the examples) has no outside
    paths.
*/
class LabExposure
{
    Q_DECLARE_TR_FUNCTIONS(LabExposure)

public:
    enum class Kind { Address, Path };

    struct Item {
        Kind kind = Kind::Address;
        QString jsonPath; // "backends[0].listen", "listeners[1].address", "backends[2].body_file"
        QString backend;  // the mock's name; empty for a proxy listener
        QString written;  // as the lab has it: "0.0.0.0:19105", "../notes.txt"
        QString value;    // what it means: "0.0.0.0:19105", or the file's resolved path

        friend bool operator==(const Item &, const Item &) = default;
    };

    static LabExposure of(const LabConfig &lab, const QString &labDirectory = {});

    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<Item> &items() const { return m_items; }
    QList<Item> addresses() const { return ofKind(Kind::Address); }
    QList<Item> paths() const { return ofKind(Kind::Path); }
    QString labDirectory() const { return m_directory; }

    // One line per item, naming the address or file and where the lab asks for it.
    static QString describe(const Item &item);
    QStringList describe() const;
    // Identifies this set of addresses and resolved paths (SHA-256, hex): an
    // agreement stored under it does not cover a lab that asks for more.
    QByteArray fingerprint() const;

    // The lab with these items kept local: those servers bind loopback on
    // the same port (upstream servers pointing at a moved mock follow it) and
    // those files are not served (the mock answers its default body). Items
    // are matched by what they mean, not by index, so it applies to later
    // edits of the same lab too; anything else is left as it is.
    LabConfig keptLocal(const LabConfig &lab) const;

    static bool isLoopbackHost(const QString &host);
    // Where body_file `path` leads from `directory`, symlinks resolved; for a
    // missing file, its nearest existing folder resolved plus the rest.
    static QString resolvePath(const QString &path, const QString &directory);
    static bool isInside(const QString &resolvedPath, const QString &directory);

private:
    QList<Item> ofKind(Kind kind) const;
    bool names(Kind kind, const QString &value) const;

    QString m_directory;
    QList<Item> m_items;
};
