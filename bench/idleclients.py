#!/usr/bin/env python3
"""Opens N keep-alive HTTP clients to 127.0.0.1:PORT and keeps them idle.

Each client sends one GET and reads the whole answer, so the server holds an
idle keep-alive connection that has served a request (its buffers allocated),
as a browser between page loads does. Connects in batches so the listen
backlog never overflows. When all are idle it writes "ready N" to READY_FILE,
then holds the connections until SIGTERM.
  Usage: bench/idleclients.py PORT COUNT READY_FILE
"""
import resource
import selectors
import signal
import socket
import sys
import time

BATCH = 100


def read_answer(sock):
    """Reads one HTTP answer with a Content-Length; False if the server closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(4096)
        if not chunk:
            return False
        body += chunk
    return True


def main():
    port, count, ready_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < count + 64:
        sys.exit(f"idleclients: the open-file limit ({hard}) is below {count + 64}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    clients = []
    deadline = time.monotonic() + 120
    while len(clients) < count:
        batch = []
        for _ in range(min(BATCH, count - len(clients))):
            s = socket.create_connection(("127.0.0.1", port), timeout=30)
            s.sendall(request)
            batch.append(s)
        # Blocking reads one after another: the answers are already on their way.
        for s in batch:
            if not read_answer(s):
                sys.exit("idleclients: the server closed a keep-alive connection")
        clients.extend(batch)
        if time.monotonic() > deadline:
            sys.exit("idleclients: opening the clients took over two minutes")
    with open(ready_file, "w") as f:
        f.write(f"ready {len(clients)}\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # Idle: wake only if a server closes one (which would be a finding).
    selector = selectors.DefaultSelector()
    for s in clients:
        s.setblocking(False)
        selector.register(s, selectors.EVENT_READ)
    closed = 0
    while True:
        for key, _ in selector.select():
            try:
                data = key.fileobj.recv(4096)
            except OSError:
                data = b""
            if not data:
                selector.unregister(key.fileobj)
                closed += 1
                print(f"idleclients: the server closed {closed} idle connection(s)", file=sys.stderr)


if __name__ == "__main__":
    main()
