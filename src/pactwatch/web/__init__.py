"""The HTTP API and the web UI, served by one FastAPI app (``pactwatch serve``).

* :mod:`.app`: the app, its security headers, the token check, the one error shape;
* :mod:`.service`: what both the API and the pages show (store queries with reviews applied);
* :mod:`.api`: ``/api/...`` JSON routes; :mod:`.pages`: the HTML pages (Jinja2 templates);
* :mod:`.highlight`: an article's text cut at its facts' offsets.

Example:
    >>> from pactwatch.web import create_app
    >>> app = create_app("pactwatch.db")   # then: uvicorn.run(app, host="127.0.0.1", port=8000)
"""
from __future__ import annotations

from .app import WebSettings, create_app

__all__ = ["WebSettings", "create_app"]
