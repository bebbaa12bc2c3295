"""nginx in front of gunicorn, so slow and idle clients cost a connection, never a worker.

`python -m skill.web` starts it whenever the service listens beyond loopback (`--proxy auto`),
or when asked (`--proxy nginx`, as the tests and the load benchmark do): gunicorn then listens
on a loopback port the system picks, and nginx listens where the service was asked to, with
the TLS certificate if one is given. The configuration comes from `nginx.conf.template` beside
this file; the values it needs (the body limit, the timeouts) are defined here or in
WebOptions, nowhere else. `python -m skill.web.proxy ...` prints it for a system nginx.
nginx 1.19.5 or later (for `-e stderr`); Debian 12 ships 1.22.
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skill.web.options import MAX_BODY_BYTES

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
NGINX_PATHS = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


class ProxyError(RuntimeError):
    """nginx is missing, or would not start; the message says what to do."""


@dataclass(frozen=True)
class ProxySettings:
    """Where nginx listens and forwards, and how long a request may take to arrive."""

    listen: str  # "0.0.0.0:443", "[::]:443", "127.0.0.1:8080"
    upstream: str  # gunicorn, "127.0.0.1:PORT"
    certfile: str | None = None
    keyfile: str | None = None
    max_body_bytes: int = MAX_BODY_BYTES
    header_timeout: int = 5  # seconds for the whole request head
    body_timeout: int = 5  # seconds nginx waits between two reads of a body
    send_timeout: int = 10
    keepalive_timeout: int = 60
    worker_processes: int = 1  # one event loop holds thousands of idle connections
    worker_connections: int = 4096

    def render(self, workdir: str | Path) -> str:
        """The nginx configuration, every placeholder filled (a missing value is an error)."""
        tls = ""
        if self.certfile:
            tls = (f"        ssl_certificate {self.certfile};\n"
                   f"        ssl_certificate_key {self.keyfile or self.certfile};\n"
                   "        ssl_protocols TLSv1.2 TLSv1.3;\n")
        values = {
            "workdir": str(workdir), "listen": self.listen, "upstream": self.upstream,
            "tls_listen": " ssl" if self.certfile else "", "tls": tls,
            "max_body_bytes": str(self.max_body_bytes),
            "header_timeout": str(self.header_timeout), "body_timeout": str(self.body_timeout),
            "send_timeout": str(self.send_timeout),
            "keepalive_timeout": str(self.keepalive_timeout),
            "worker_processes": str(self.worker_processes),
            "worker_connections": str(self.worker_connections),
        }
        template = TEMPLATE.read_text(encoding="utf-8")
        unknown = set(_PLACEHOLDER.findall(template)) - values.keys()
        if unknown:
            raise ProxyError(f"{TEMPLATE.name}: unknown placeholders {sorted(unknown)}")
        return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def find_nginx() -> str | None:
    """The nginx binary: on PATH, else where Debian and source builds put it."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((path for path in NGINX_PATHS if Path(path).is_file()), None)


def _set_parent_death_signal() -> None:
    """Linux: nginx gets SIGTERM if the process that started it dies, so none is left behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class Nginx:
    """One nginx master, in the foreground, with its configuration in a private directory."""

    def __init__(self, settings: ProxySettings, binary: str | None = None) -> None:
        self.settings = settings
        self.binary = binary or find_nginx()
        if self.binary is None:
            raise ProxyError(
                "nginx is not installed: install it (Debian/Ubuntu: apt-get install nginx-light), "
                "or run with --proxy none behind a proxy of your own that buffers whole requests"
            )
        self.workdir = Path(tempfile.mkdtemp(prefix="legcheck-nginx-"))
        self.workdir.chmod(0o711)  # nginx's workers may run as another user (nobody)
        self.config = self.workdir / "nginx.conf"
        self.config.write_text(settings.render(self.workdir), encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        """Start nginx and wait until its port accepts connections."""
        command = [self.binary, "-e", "stderr", "-p", str(self.workdir), "-c", str(self.config)]
        check = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True,
                               check=False)
        if check.returncode != 0:
            raise ProxyError(f"nginx refused its configuration: {check.stderr.strip()[-500:]}")
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                        preexec_fn=_set_parent_death_signal)
        host, _, port = self.settings.listen.rpartition(":")
        host = host.strip("[]")
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ProxyError(f"nginx exited at start (status {self.process.returncode})")
            try:
                socket.create_connection((host, int(port)), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise ProxyError(f"nginx did not listen on {self.settings.listen} within {timeout:g} s")

    def stop(self) -> None:
        """Graceful stop (SIGQUIT lets requests in flight finish), then kill if need be."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGQUIT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.web.proxy",
                                     description="Print the nginx configuration for Leg Check.")
    parser.add_argument("--listen", default="0.0.0.0:443")
    parser.add_argument("--upstream", default="127.0.0.1:8080")
    parser.add_argument("--certfile")
    parser.add_argument("--keyfile")
    parser.add_argument("--workdir", default="/var/lib/legcheck-nginx")
    args = parser.parse_args(argv)
    settings = ProxySettings(args.listen, args.upstream, args.certfile, args.keyfile)
    sys.stdout.write(settings.render(args.workdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
