"""The actor network: events folded into typed, weighted edges between actors."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..store.rows import EventParties


def network_edges(events: Iterable[EventParties]) -> list[dict[str, Any]]:
    """Edges between the parties of ``events``.

    An edge joins every actor of an event to every target, per (type, status); an event
    without targets joins its co-actors pairwise (``symmetric``, from the lower id to the
    higher). Its weight is the number of events, ``documents`` the number of distinct documents.
    """
    edges: dict[tuple[str, str, str, str, bool], dict[str, Any]] = {}
    for x in events:
        if x.targets:
            pairs = {(a, t, False) for a in x.actors for t in x.targets if a != t}
        else:  # co-actors of an event without a target ("A and B held exercises"): one undirected pair
            actors = sorted(set(x.actors))
            pairs = {(a, b, True) for i, a in enumerate(actors) for b in actors[i + 1:]}
        for a, t, symmetric in pairs:
            k = (a, t, x.type, x.status, symmetric)
            edge = edges.setdefault(k, {"source": a, "target": t, "type": x.type, "status": x.status,
                                        "symmetric": symmetric, "weight": 0, "docs": set()})
            edge["weight"] += 1
            edge["docs"].add(x.doc)
    out = []
    for edge in edges.values():
        edge["documents"] = len(edge.pop("docs"))
        out.append(edge)
    return out
