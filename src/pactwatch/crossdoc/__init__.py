"""Across documents: agreements with a lifecycle, corroboration of facts, contradictions,
stories, the actor network.

A layer above the store (docs/ARCHITECTURE.md): the pure folds here take rows and return
records; :class:`~pactwatch.crossdoc.records.Records` takes a store, reads its rows and
calls them. Per article, :func:`~pactwatch.crossdoc.stages.agreement_mentions` reads what
each sentence naming an agreement says about it (the pipeline calls it).

* :mod:`.stages`: an agreement's stages in a sentence, per article.
* :mod:`.agreements`: :func:`agreement_records`, one record per agreement with a dated history.
* :mod:`.corroboration`: :func:`fact_clusters` with independent sources, :func:`contradictions`.
* :mod:`.network`: :func:`network_edges`, typed and weighted edges between actors.
* :mod:`.records`: all of them over a store.
"""
from __future__ import annotations

from .agreements import AgreementRecord, agreement_records
from .corroboration import INCOMPATIBLE, FactCluster, contradictions, fact_clusters, source_key
from .stages import agreement_mentions, stage_in

__all__ = ["INCOMPATIBLE", "AgreementRecord", "FactCluster", "agreement_mentions", "agreement_records",
           "contradictions", "fact_clusters", "source_key", "stage_in"]
