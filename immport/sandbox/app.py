"""Assemble the Starlette apps: query+auth, file host, upload, batch (or all of them in one app)."""

from __future__ import annotations

from typing import Any, Literal

import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from immport.sandbox.auth import token_endpoint
from immport.sandbox.config import SandboxConfig
from immport.sandbox.faults import FaultMiddleware
from immport.sandbox.files import file_routes
from immport.sandbox.replies import SandboxHTTPError, error_response
from immport.sandbox.shared_data import shared_data_routes
from immport.sandbox.state import SandboxState
from immport.sandbox.submission.routes import batch_routes, upload_routes
from immport.sandbox.ui import ui_routes

__all__ = ["QUERY_PREFIX", "Part", "build_app", "create_app"]

QUERY_PREFIX = "/data/query"
Part = Literal["all", "query", "files", "upload", "batch"]


async def _show_config(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    return JSONResponse(attrs.asdict(state.tunables))


async def _change_config(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    try:
        changes: Any = await request.json()
        if not isinstance(changes, dict):
            raise TypeError("body must be a JSON object")
        state.tunables.update(**changes)
    except (TypeError, ValueError) as exc:
        return JSONResponse({"error": "Bad Request", "message": str(exc)}, status_code=400)
    return JSONResponse(attrs.asdict(state.tunables))


async def _bump_release(request: Request) -> Response:
    """``POST /_sandbox/release {"bump": ["SDY2", ...]}``: move studies to the next data release."""
    state: SandboxState = request.app.state.sandbox
    try:
        body: Any = await request.json()
        studies = body.get("bump") if isinstance(body, dict) else None
        if not isinstance(studies, list) or not all(isinstance(s, str) for s in studies):
            raise TypeError('body must be {"bump": ["SDY...", ...]}')
    except (TypeError, ValueError) as exc:
        return JSONResponse({"error": "Bad Request", "message": str(exc)}, status_code=400)
    state.bump_release(studies)
    return JSONResponse({"bumped": sorted(state.catalog.bumped), "latest": state.catalog.latest_release})


async def _sandbox_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SandboxHTTPError)
    return error_response(request, exc.status, exc.message, exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, exc.status_code, exc.detail, dict(exc.headers or {}))


def _routes(part: Part) -> list[BaseRoute]:
    routes: list[BaseRoute] = [
        Route("/_sandbox/config", _show_config, methods=["GET"]),
        Route("/_sandbox/config", _change_config, methods=["POST"]),
        Route("/_sandbox/release", _bump_release, methods=["POST"]),
    ]
    if part in ("all", "query"):
        routes.append(Route("/auth/token", token_endpoint, methods=["POST"]))
        routes.append(Mount(QUERY_PREFIX, routes=[*ui_routes(), *shared_data_routes()]))
    if part in ("all", "files"):
        routes.extend(file_routes())
    if part in ("all", "upload"):
        routes.extend(upload_routes())
    if part in ("all", "batch"):
        routes.extend(
            r
            for r in batch_routes()
            if not (isinstance(r, Route) and r.path == "/workspaces" and part == "all")
        )
    return routes


def build_app(state: SandboxState, part: Part = "all") -> Starlette:
    """One app over shared ``state``; several parts built from one state form one sandbox."""
    app = Starlette(
        routes=_routes(part),
        middleware=[Middleware(FaultMiddleware, state=state)],
        exception_handlers={SandboxHTTPError: _sandbox_error, HTTPException: _http_error},
    )
    app.state.sandbox = state
    return app


def create_app(config: SandboxConfig | None = None, part: Part = "all") -> Starlette:
    """A self-contained sandbox app for in-process use (``httpx.ASGITransport(app=create_app())``).

    With ``part="all"`` every API lives under one base URL: query at ``/data/query``, ``/auth/token``, the
    upload and batch paths, and the file host (presigned URLs then point back at the same app).
    """
    return build_app(SandboxState.create(config or SandboxConfig()), part)
