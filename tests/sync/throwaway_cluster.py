"""A PostgreSQL cluster of a test's own, to stop and restart (the shared test cluster at
WINDOWDESK_TEST_PG must never be stopped). Like installer/pg-throwaway.sh: initdb as the postgres
user when running as root, a free local port, durability off, TLS on with the suite's server
certificate (signed by the suite's CA) unless told otherwise."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.support.tls import SUITE_TLS, suite_tls_dir


def _bin() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    assert found, "PostgreSQL server binaries not found (apt-get install postgresql)"
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, tls: Path | str | None = SUITE_TLS) -> None:
        """``tls``: a folder with server.crt and server.key to serve TLS with; None: no TLS."""
        self.dir = tempfile.mkdtemp(prefix="windowdesk-sync-pg-")
        self.port = _free_port()
        self.bin = _bin()
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.run_as:
            shutil.chown(self.dir, "postgres")
        self._run(
            "initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"
        )
        self.tls: Path | str | None = None
        self.serve_tls(suite_tls_dir() if tls is SUITE_TLS else tls)

    def serve_tls(self, folder: Path | str | None) -> None:
        """Serve TLS with server.crt/server.key from ``folder`` (None: no TLS) from the next start."""
        self.tls = folder
        if folder is None:
            return
        for name in ("server.crt", "server.key"):
            target = os.path.join(self.data, name)
            shutil.copyfile(os.path.join(folder, name), target)
            os.chmod(target, 0o600)  # the server refuses a key others may read
            if self.run_as:
                shutil.chown(target, "postgres")

    @property
    def data(self) -> str:
        return os.path.join(self.dir, "data")

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.run_as, f"{self.bin}/{tool}", *args], check=True, capture_output=True)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        if self.tls is not None:
            options += " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
        self._run(
            "pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-w", "-o", options, "start"
        )

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        with suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


@contextmanager
def throwaway_cluster(tls: Path | str | None = SUITE_TLS) -> Iterator[Cluster]:
    cluster = Cluster(tls)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.destroy()
