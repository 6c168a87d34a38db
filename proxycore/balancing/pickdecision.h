#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>
#include <QtGlobal>

// What one pick saw and why it chose as it did, in numbers. The balancer fills
// it only when PeerSelection::decision points at one: a null pointer records
// nothing and costs a branch. DecisionText (engine/) turns it into words, later
// and only when someone looks.
struct PickDecision {
    enum class Method : quint8 { RoundRobin, LeastConn, LeastTime, IpHash, Hash, ConsistentHash, Random, RandomTwo };
    // Why round robin decided instead of the group's method (nginx's fallbacks).
    enum class Fallback : quint8 { None, SingleServer, EmptyKey, TwentyMisses };
    // Why a server could not be chosen; the first that applies, in nginx's order.
    enum class Skip : quint8 { None, Tried, Down, Draining, Unhealthy, Failed, MaxConns, BackupUnused };

    // One server of the group (primaries first, then backups), as the pick found it.
    struct Candidate {
        QString name;
        int serverIndex = -1;
        bool backup = false;
        Skip skip = Skip::None;
        bool inRound = false; // took part in a smooth-WRR round (round robin, or a tie-break)
        int conns = 0;        // active connections before the pick
        int weight = 1;       // the weight in force (slow_start ramps it)
        int configuredWeight = 1;
        int effectiveWeight = 0; // before the pick
        int currentWeightBefore = 0;
        int currentWeightAfter = 0;
        int added = 0;             // what it added to the round: its effective weight then
        double averageTimeUs = 0;  // least_time's moving average (0: no sample yet)
        int maxFails = 0;
        int failTimeout = 0;
        int maxConns = 0;
        qint64 failedUntil = 0; // Clock seconds: the first second it may be used again
    };
    // One probe of a hash or random method: the number drawn and the server it names.
    struct Probe {
        quint32 value = 0;  // ip_hash / hash: the running hash; random: the random number; consistent: the point's hash
        quint32 slot = 0;   // value mod the total weight; consistent: the point's position on the ring
        int candidate = -1; // index into candidates
        bool usable = false;
    };

    Method method = Method::RoundRobin;
    Fallback fallback = Fallback::None;
    qint64 now = 0;    // Clock seconds at the pick
    qint64 wallMs = 0; // wall clock at the pick, set by the caller (for "failed until HH:MM:SS")
    int primaryCount = 0;
    int chosen = -1; // index into candidates; -1: no live upstreams
    bool usedBackups = false;
    QByteArray key;        // hash: the evaluated key; ip_hash: the address bytes hashed
    quint32 keyHash = 0;   // consistent: the key's CRC-32
    int totalWeight = 0;   // hash, ip_hash, random: the range the value is reduced to
    int ringPoints = 0;    // consistent: points on the ring
    int drawnFirst = -1;   // random two: the two candidates drawn
    int drawnSecond = -1;
    QVarLengthArray<Probe, 4> probes;
    QVarLengthArray<int, 3> ringNext; // consistent: the next servers on the ring after the chosen one
    QVarLengthArray<Candidate, 4> candidates;

    int candidateIndex(int list, int index) const { return list == 0 ? index : primaryCount + index; }
    void addProbe(quint32 value, quint32 slot, int list, int index, bool usable)
    {
        probes.append({value, slot, candidateIndex(list, index), usable});
    }
};
