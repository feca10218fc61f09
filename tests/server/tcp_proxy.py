# Copyright: chatops.mattermost contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A loopback TCP proxy whose connections a test can cut mid-stream."""
from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import socket
import threading


class TcpProxy:
    """Forwards 127.0.0.1:<port> to host:port, a thread pair per connection; `cut()` closes them all."""

    def __init__(self, host, port):
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._sockets = []
        self._closed = []
        self._lock = threading.Lock()

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc_info):
        self.listener.close()
        self.cut()
        for sock in self._closed:
            sock.close()

    def _accept(self):
        while True:
            try:
                client = self.listener.accept()[0]
            except OSError:  # the listener was closed
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                self.connections += 1
                self._sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()

    @staticmethod
    def _pipe(source, destination):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                destination.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self):
        """Shut every connection down. The sockets are closed only at the end: closing one while a
        pipe thread still reads it would let a new connection reuse its descriptor under that thread."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
            self._closed += sockets
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
