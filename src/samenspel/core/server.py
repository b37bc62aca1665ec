"""The worker of `samenspel serve`: gunicorn's threaded worker, except that a new connection
waits for its first request in the worker's poller instead of in one of its threads.

Gunicorn's own hands every new connection to a thread, which then waits up to 5 s for the
request. Browsers open connections ahead of need, and some stay silent; with serve's one
thread a worker, such a connection held the whole worker for those 5 s, and every request
sent to that worker meanwhile, on any connection, waited with it: pages of 10 ms took 5 s.
"""

import selectors
import time
from errno import EAGAIN, ECONNABORTED, EWOULDBLOCK
from functools import partial

from gunicorn.workers import gthread


class ThreadWorker(gthread.ThreadWorker):
    def accept(self, listener):
        try:
            sock, address = listener.accept()
        except OSError as error:
            if error.errno not in (EAGAIN, ECONNABORTED, EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        sock.setblocking(False)
        connection = gthread.TConn(self.cfg, sock, address, listener.getsockname())
        # Gunicorn's own path for a connection that stayed silent in a thread: the poller
        # hands it to a thread once it is readable, and murder_pending closes it if it says
        # nothing within the time gunicorn gives a new connection.
        connection.timeout = time.monotonic() + gthread.DEFAULT_WORKER_DATA_TIMEOUT
        self.pending_conns.append(connection)
        self.poller.register(
            sock, selectors.EVENT_READ, partial(self.on_pending_socket_readable, connection)
        )
