"""The web application: one FastAPI app serving the JSON API (``/api/...``) and the HTML pages.

Security, in one place:

* every response carries a strict Content-Security-Policy (scripts and styles from this
  server only, no inline script, no frames, forms post only here), ``nosniff`` and
  ``no-referrer``; templates autoescape everything, and article text is never marked safe;
* reads are open to clients on the loopback interface; any other client needs the token;
* writes (uploads, reviews) need the token (``Authorization: Bearer TOKEN``, the
  ``X-Pactwatch-Token`` header, or a ``token`` form field on the HTML forms), from
  :class:`WebSettings` (``PACTWATCH_API_TOKEN``); without a configured token writes are off.

Errors have one JSON shape on every API path, pinned by a test::

    {"error": {"status": 404, "code": "not_found", "message": "no event 99; ..."}}

HTML pages show the same status and message on an error page.
"""
from __future__ import annotations

import functools
import hmac
import ipaddress
import logging
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, PactwatchError, StoreError
from ..settings import Settings, load_settings
from .service import BadRequest, Service

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "too_large", 415: "unsupported_media_type", 422: "bad_request", 500: "internal_error",
         503: "unavailable"}


@dataclass(frozen=True)
class WebSettings:
    """What the server needs beyond :class:`~pactwatch.settings.Settings`: the write token.

    The token comes from the ``PACTWATCH_API_TOKEN`` environment variable (or the one
    ``serve --token-env`` names); ``None`` disables every write. It is kept out of
    ``Settings`` on purpose: every run records its settings in the store's ``runs`` table,
    and a secret must not end up there.
    """

    settings: Settings
    token: str | None = None

    @classmethod
    def load(cls, settings: Settings | None = None, token: str | None = None,
             env: dict[str, str] | None = None) -> WebSettings:
        settings = settings or load_settings()
        env = dict(os.environ) if env is None else env
        token = token or env.get("PACTWATCH_API_TOKEN") or None
        if token is not None and len(token) < 8:
            raise ConfigError("the API token must have at least 8 characters (PACTWATCH_API_TOKEN)")
        return cls(settings, token)


class ApiError(Exception):
    """An HTTP error with a status and a message (unauthorized, forbidden, too large ...)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str, detail=None) -> dict:
    """The one error shape of the API."""
    err = {"status": status, "code": CODES.get(status, "error"), "message": message}
    if detail is not None:
        err["detail"] = detail
    return {"error": err}


def plotly_js() -> Path:
    """plotly.js as the installed ``plotly`` package ships it (served, never fetched from a CDN)."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


@functools.lru_cache(maxsize=1)
def plotly_css() -> str:
    """The style rules plotly.js would inject at run time, as a stylesheet.

    A strict Content-Security-Policy forbids the ``<style>`` element plotly.js adds; it skips
    adding one when the page already has ``<link id="plotly.js-style-global"
    class="no-inline-styles">``, which the pages link to this (read from the installed
    plotly.js, so it always matches its version).
    """
    js = plotly_js().read_text(encoding="utf-8")
    start = js.find('"X,X div"')
    end = js.find("};for(", start)
    if start < 0 or end < 0:
        log.warning("plotly.js has no style rules where expected; charts may look unstyled")
        return ""
    out = []
    for m in re.finditer(r'(?:"([^"]+)"|(\w+)):(?:\'([^\']*)\'|"([^"]*)")', js[start:end]):
        selector = (m.group(1) or m.group(2)).replace("X", ".js-plotly-plot .plotly").replace("Y", ".plotly-notifier")
        out.append(f"{selector.lstrip(',')} {{{m.group(3) if m.group(3) is not None else m.group(4)}}}")
    return "\n".join(out) + "\n"


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("localhost", "testclient")


def token_ok(request: Request, web: WebSettings, form_token: str | None = None) -> bool:
    """Whether the request carries the configured token (header, bearer or form field)."""
    if not web.token:
        return False
    auth = request.headers.get("authorization", "")
    given = (auth[7:] if auth.lower().startswith("bearer ") else None) or request.headers.get("x-pactwatch-token") \
        or form_token or ""
    return hmac.compare_digest(given.encode(), web.token.encode())


def require_token(request: Request, form_token: str | None = None) -> None:
    """Refuse a write without the token: 403 when writes are off, 401 when the token is missing or wrong."""
    web: WebSettings = request.app.state.web
    if not web.token:
        raise ApiError(403, "writes are disabled on this server: start it with PACTWATCH_API_TOKEN set")
    if not token_ok(request, web, form_token):
        raise ApiError(401, "this needs the API token: send 'Authorization: Bearer TOKEN' (or the form's token "
                            "field)")


def create_app(db: str | None = None, web: WebSettings | None = None, store=None) -> FastAPI:
    """The app over the store at ``db`` (path or URL; default from the settings), or over ``store``."""
    from ..crossdoc.records import gazetteer_lookup
    from ..store import open_store

    web = web or WebSettings.load()
    if store is None:
        store = open_store(db or web.settings.db, lookup=gazetteer_lookup)
    app = FastAPI(title="pactwatch", version=_version(),
                  description="Evidence-linked facts about defense and security cooperation, from news articles. "
                              "Every fact links to the sentence it was read from. Reads are open on localhost; "
                              "writes need the API token (Authorization: Bearer TOKEN).",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.web = web
    app.state.service = Service(store)

    @app.middleware("http")
    async def security(request: Request, call_next):
        path = request.url.path
        if not _is_loopback(request.client.host if request.client else None) and not token_ok(request, web) \
                and not path.startswith("/static/"):
            return _error(request, 401, "this server answers other hosts only with the API token")
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page or endpoint: {request.url.path}; the API is listed at /api/docs"
        return _error(request, exc.status_code, msg)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = [{"where": ".".join(str(x) for x in e.get("loc", ())), "message": e.get("msg", "")}
                    for e in exc.errors()]
        msg = "; ".join(f"{p['where']}: {p['message']}" for p in problems)
        return _error(request, 400, f"bad parameter: {msg}", problems)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return _error(request, 400, str(exc))

    @app.exception_handler(LookupError)
    async def not_found(request: Request, exc: LookupError):
        return _error(request, 404, str(exc).strip("'\""))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return _error(request, 400, str(exc))

    @app.exception_handler(PactwatchError)
    async def pactwatch_error(request: Request, exc: PactwatchError):
        return _error(request, status_for(exc), str(exc).strip("'\""))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("error serving %s", request.url.path)
        return _error(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    static = resources.files("pactwatch.web").joinpath("static")

    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_file() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/vendor/plotly.css", include_in_schema=False)
    def plotly_stylesheet() -> Response:
        return Response(plotly_css(), media_type="text/css", headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def status_for(exc: Exception) -> int:
    """The one place that maps library errors to HTTP statuses."""
    if isinstance(exc, LookupError):
        return 404
    if isinstance(exc, ValueError | ConfigError):
        return 400
    if isinstance(exc, StoreError):
        return 503
    return 400 if isinstance(exc, PactwatchError) else 500


def _error(request: Request, status: int, message: str, detail=None) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message, detail), status_code=status, headers=headers)
    from .pages import error_page

    return error_page(request, status, message, headers)


def _version() -> str:
    from .. import __version__

    return __version__
