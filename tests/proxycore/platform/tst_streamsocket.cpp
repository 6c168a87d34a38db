#include "platform/acceptingserver.h"
#include "platform/socketshutdown.h"
#include "platform/streamsocket.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

// StreamSocket against Qt's own sockets on the other end, over loopback.
class tst_StreamSocket : public QObject
{
    Q_OBJECT

private slots:
    void connectsAndExchangesBytes();
    void refusedConnectIsReportedFromTheEventLoop();
    void peerCloseComesAfterItsData();
    void writesOfABatchLeaveWhenItEnds();
    void writeOutsideABatchGoesStraightOut();
    void backPressureThenBytesWritten();
    void unreadInputPausesWatchingUntilTheNextRead();
    void resetIsReportedAsReset();
    void abortStopsAllCallbacks();
};

namespace {

// Hands over accepted descriptors (non-blocking, as the proxy's listeners
// get them) without wrapping them in a QTcpSocket.
class RawServer : public AcceptingServer
{
public:
    QList<qintptr> descriptors;

protected:
    void incomingConnection(qintptr descriptor) override { descriptors.append(descriptor); }
};

// Records what the socket reports; reads everything unless told not to.
struct Recorder : StreamSocket::Handler
{
    bool readOnEvent = true;
    int connected = 0;
    int readyRead = 0;
    int bytesWritten = 0;
    int closed = 0;
    QByteArray received;
    QByteArray receivedBeforeClose;
    StreamSocket::Error closeError = StreamSocket::Error::None;

    void drain(StreamSocket *s)
    {
        char buf[4096];
        qint64 n;
        while ((n = s->read(buf, sizeof buf)) > 0)
            received.append(buf, n);
    }
    void streamConnected(StreamSocket *) override { ++connected; }
    void streamReadyRead(StreamSocket *s) override
    {
        ++readyRead;
        if (readOnEvent)
            drain(s);
    }
    void streamBytesWritten(StreamSocket *) override { ++bytesWritten; }
    void streamClosed(StreamSocket *s) override
    {
        ++closed;
        closeError = s->error();
        receivedBeforeClose = received;
    }
};

// A StreamSocket on the accepted end of a connection from a QTcpSocket.
struct Pair
{
    RawServer server;
    QTcpSocket peer;
    Recorder recorder;
    StreamSocket socket{&recorder};

    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        server.startAccepting(QStringLiteral("test server"));
        peer.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor([&] { return !server.descriptors.isEmpty(); }, 5000))
            return false;
        return socket.adopt(server.descriptors.takeFirst()) && peer.waitForConnected(5000);
    }
};

} // namespace

void tst_StreamSocket::connectsAndExchangesBytes()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Recorder recorder;
    StreamSocket socket(&recorder);
    QVERIFY(socket.connectTo(QHostAddress::LocalHost, server.serverPort()));
    QCOMPARE(recorder.connected, 0); // never from inside connectTo()
    QCOMPARE(socket.state(), StreamSocket::State::Connecting);
    QTRY_COMPARE(recorder.connected, 1);
    QCOMPARE(socket.state(), StreamSocket::State::Connected);
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());

    socket.write("ping");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(4));
    QCOMPARE(peer->readAll(), "ping");
    peer->write("pong");
    QTRY_COMPARE(recorder.received, "pong");
    quint16 localPort = 0;
    QCOMPARE(socket.peerAddress(&localPort), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(localPort, server.serverPort());
    QCOMPARE(socket.error(), StreamSocket::Error::None);
}

void tst_StreamSocket::refusedConnectIsReportedFromTheEventLoop()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort(); // closed again: nothing listens there now
    }
    Recorder recorder;
    StreamSocket socket(&recorder);
    if (socket.connectTo(QHostAddress::LocalHost, port)) {
        QCOMPARE(recorder.closed, 0);
        QTRY_COMPARE(recorder.closed, 1);
    }
    QCOMPARE(recorder.connected, 0);
    QCOMPARE(socket.error(), StreamSocket::Error::Refused);
    QVERIFY(socket.errorString().contains(u"refused"_qs, Qt::CaseInsensitive));
}

void tst_StreamSocket::peerCloseComesAfterItsData()
{
    Pair pair;
    QVERIFY(pair.open());
    pair.peer.write("hello, then goodbye");
    pair.peer.disconnectFromHost();
    QTRY_COMPARE(pair.recorder.closed, 1);
    QCOMPARE(pair.recorder.receivedBeforeClose, "hello, then goodbye");
    QCOMPARE(pair.recorder.closeError, StreamSocket::Error::RemoteClosed);
    QVERIFY(pair.socket.atEnd());
    // Reported once, however long the loop runs on.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(pair.recorder.closed, 1);
}

void tst_StreamSocket::writesOfABatchLeaveWhenItEnds()
{
    Pair pair;
    QVERIFY(pair.open());
    {
        const StreamSocket::Batch batch;
        pair.socket.write("head;");
        pair.socket.write("body");
        QCOMPARE(pair.socket.bytesToWrite(), qint64(9)); // held until the batch ends
        {
            const StreamSocket::Batch inner;
            pair.socket.write(";more");
        }
        QCOMPARE(pair.socket.bytesToWrite(), qint64(14)); // an inner batch does not send
    }
    QCOMPARE(pair.socket.bytesToWrite(), qint64(0));
    QCOMPARE(pair.recorder.bytesWritten, 1);
    QTRY_COMPARE(pair.peer.bytesAvailable(), qint64(14));
    QCOMPARE(pair.peer.readAll(), "head;body;more");
}

void tst_StreamSocket::writeOutsideABatchGoesStraightOut()
{
    Pair pair;
    QVERIFY(pair.open());
    pair.socket.write("now");
    QCOMPARE(pair.socket.bytesToWrite(), qint64(0));
    QCOMPARE(pair.recorder.bytesWritten, 0); // only event-driven sends report
    QTRY_COMPARE(pair.peer.bytesAvailable(), qint64(3));
    QCOMPARE(pair.peer.readAll(), "now");
}

void tst_StreamSocket::backPressureThenBytesWritten()
{
    Pair pair;
    QVERIFY(pair.open());
    pair.peer.setReadBufferSize(1); // Qt stops reading: the kernel's buffers fill up
    const QByteArray block(64 * 1024, 'x');
    const int blocks = 256; // 16 MiB, more than loopback's buffers hold
    for (int i = 0; i < blocks; ++i)
        pair.socket.write(block);
    QVERIFY(pair.socket.bytesToWrite() > 0);
    QCOMPARE(pair.recorder.bytesWritten, 0);

    pair.peer.setReadBufferSize(0);
    qint64 got = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += pair.peer.readAll().size();
            return got == qint64(block.size()) * blocks;
        },
        20000));
    QCOMPARE(pair.socket.bytesToWrite(), qint64(0));
    QVERIFY(pair.recorder.bytesWritten > 0);
}

void tst_StreamSocket::unreadInputPausesWatchingUntilTheNextRead()
{
    Pair pair;
    QVERIFY(pair.open());
    pair.recorder.readOnEvent = false;
    pair.peer.write("x");
    QTRY_COMPARE(pair.recorder.readyRead, 1);
    // Level-triggered readiness would call again on every turn; a paused
    // socket does not.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(pair.recorder.readyRead, 1);

    char c = 0;
    QCOMPARE(pair.socket.read(&c, 1), qint64(1));
    QCOMPARE(c, 'x');
    QVERIFY(!pair.socket.mayHaveMoreInput() || pair.socket.read(&c, 1) == 0);
    pair.recorder.readOnEvent = true;
    pair.peer.write("yz");
    QTRY_COMPARE(pair.recorder.received, "yz"); // watching again after read()
}

void tst_StreamSocket::resetIsReportedAsReset()
{
    Pair pair;
    QVERIFY(pair.open());
    QVERIFY(SocketShutdown::resetOnClose(pair.peer.socketDescriptor()));
    pair.peer.abort();
    QTRY_COMPARE(pair.recorder.closed, 1);
    QCOMPARE(pair.recorder.closeError, StreamSocket::Error::Reset);
    QVERIFY(!pair.socket.errorString().isEmpty());
    // Writing to it now is dropped quietly.
    pair.socket.write("late");
    QCOMPARE(pair.socket.bytesToWrite(), qint64(0));
}

void tst_StreamSocket::abortStopsAllCallbacks()
{
    Pair pair;
    QVERIFY(pair.open());
    pair.socket.abort();
    QCOMPARE(pair.socket.descriptor(), qintptr(-1));
    QCOMPARE(pair.socket.state(), StreamSocket::State::Unconnected);
    pair.peer.write("ignored");
    QTRY_COMPARE(pair.peer.state(), QAbstractSocket::UnconnectedState); // our close reached the peer
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(pair.recorder.readyRead, 0);
    QCOMPARE(pair.recorder.closed, 0);
}

QTEST_GUILESS_MAIN(tst_StreamSocket)
#include "tst_streamsocket.moc"
