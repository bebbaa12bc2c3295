"""Runs moto's DynamoDB-compatible HTTP server on a free loopback port, for the tests.

Started as a subprocess by tests/persistence/helpers.py:start_moto(). Binding port 0 lets the
OS pick a free port (no race between picking and binding); the chosen port is printed as the
first stdout line. The server stops when stdin closes, so it cannot outlive a killed parent.
"""

from __future__ import annotations

import logging
import sys

from moto.server import ThreadedMotoServer


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    print(server.get_host_and_port()[1], flush=True)
    try:
        sys.stdin.read()  # returns at EOF: parent closed the pipe, exited or was killed
    finally:
        server.stop()


if __name__ == "__main__":
    main()
