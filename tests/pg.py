"""A real PostgreSQL server for the tests: the one named by $PACTWATCH_TEST_PG (``.ci/run`` starts
one), else a throw-away cluster started here with Debian's initdb/pg_ctl as the ``postgres``
user on 127.0.0.1, stopped when the session ends. None when neither is possible."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalPostgres:
    def __init__(self) -> None:
        self.url: str | None = os.environ.get("PACTWATCH_TEST_PG")
        self.reason = ""
        self._dir: str | None = None
        self._bin: str | None = None

    def start(self) -> str | None:
        if self.url:
            return self.url
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            self.reason = "no PostgreSQL server installed (Debian package postgresql); .ci/run installs it"
            return None
        if os.geteuid() != 0 or shutil.which("su") is None:
            self.reason = "cannot start PostgreSQL as the postgres user (not root); set PACTWATCH_TEST_PG"
            return None
        self._bin = os.path.dirname(bins[-1])
        self._dir = tempfile.mkdtemp(prefix="pactwatch-pg-")
        os.chmod(self._dir, 0o777)
        data = os.path.join(self._dir, "data")
        port = _free_port()
        run = lambda cmd: subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", cmd], check=True,  # noqa: E731
                                         capture_output=True, text=True)
        try:
            run(f"{self._bin}/initdb -D {data} -A trust -U postgres --no-sync -E UTF8")
            run(f"{self._bin}/pg_ctl -D {data} -l {self._dir}/log -w -o "
                f"'-p {port} -k {self._dir} -c listen_addresses=127.0.0.1 -c fsync=off' start")
        except subprocess.CalledProcessError as exc:
            self.reason = f"PostgreSQL did not start: {exc.stderr.strip()[-300:]}"
            return None
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        return self.url

    def stop(self) -> None:
        if self._dir and self._bin:
            subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c",
                            f"{self._bin}/pg_ctl -D {self._dir}/data -m immediate -w stop"], capture_output=True)
            shutil.rmtree(self._dir, ignore_errors=True)
