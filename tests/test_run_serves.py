"""``pactwatch run`` (what ``make run`` runs) as a user runs it: a real process on the bundled corpus.

With ``--no-serve`` it ends after its tables; without it, it prints the web UI's URL and serves
the store there until stopped: the test fetches the URL it printed, then terminates it.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ENV = {**os.environ, "PACTWATCH_N_PROCESS": "1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_run_no_serve_prints_the_tables_and_ends(tmp_path: Path) -> None:
    db = tmp_path / "run.db"
    p = subprocess.run([sys.executable, "-m", "pactwatch", "run", "--no-serve", "--db", str(db)],
                       capture_output=True, text=True, timeout=900, env=ENV)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "Events by type and status" in p.stdout and "5 articles" in p.stdout
    assert "stored 5" in p.stderr and "serving" not in p.stderr
    again = subprocess.run([sys.executable, "-m", "pactwatch", "-q", "run", "--no-serve", "--db", str(db)],
                           capture_output=True, text=True, timeout=900, env=ENV)
    assert again.returncode == 0 and "5 articles" in again.stdout  # exactly once: nothing added


def test_run_serves_the_ui_at_the_url_it_prints(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pactwatch", "run", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(iter(proc.stderr.readline, "")), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 900
        url = None
        while url is None:
            assert proc.poll() is None, f"run ended (exit {proc.returncode}) without serving:\n{''.join(err)[-2000:]}"
            assert time.monotonic() < deadline, "run printed no URL:\n" + "".join(err)[-2000:]
            found = re.search(r"serving on (http://\S+)", "".join(err))
            url = found.group(1) if found else None
            time.sleep(0.2)
        assert url == f"http://127.0.0.1:{port}/"
        while True:  # the URL is printed as the server starts: it answers a moment later
            try:
                with urllib.request.urlopen(url, timeout=10) as resp:
                    status, page = resp.status, resp.read().decode("utf-8")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "".join(err)[-2000:]
                time.sleep(0.3)
        assert status == 200
        assert "Azerbaijan" in page  # the overview of the store run has just filled
        with urllib.request.urlopen(url + "api/documents", timeout=10) as resp:
            assert resp.status == 200 and b"000_" in resp.read()
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, "".join(err)[-2000:]  # Ctrl-C is the normal end of serving
    assert "Traceback" not in "".join(err)


def test_run_on_a_busy_port_is_a_usage_error_before_it_ingests(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        p = subprocess.run([sys.executable, "-m", "pactwatch", "run", "--db", str(db), "--port", str(port)],
                           capture_output=True, text=True, timeout=300, env=ENV)
    assert p.returncode == 2, p.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in p.stderr and "give another --port" in p.stderr
    assert not db.exists()  # nothing was ingested
