"""The worker supervisor: a worker killed while idle, before it is handed a batch, is replaced and
the batch goes to another worker: nothing refused, nothing lost or doubled, order kept."""
from __future__ import annotations

import os
import signal

from pactwatch.workers import Supervisor


def _double(conn) -> None:
    while True:
        msg = conn.recv()
        if msg is None:
            return
        key, batch = msg
        conn.send((key, [x * 2 for x in batch]))


def test_a_worker_killed_while_idle_loses_nothing():
    sup = Supervisor(2, _double, (), time_limit=lambda d: 10.0, grace=30.0)

    def batches():
        idle = sup.workers[0]  # started, not yet handed anything
        os.kill(idle.proc.pid, signal.SIGKILL)
        idle.proc.join(10)
        for i in range(8):
            yield [i, 100 + i]

    out = list(sup.run(batches()))
    assert out == [x * 2 for i in range(8) for x in (i, 100 + i)]
    assert sup.deaths == 1
