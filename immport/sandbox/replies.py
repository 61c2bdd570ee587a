"""Error bodies in the shapes the sandbox answers with (Spring-Boot-like JSON for the query host)."""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus

from starlette.requests import Request
from starlette.responses import JSONResponse

__all__ = ["NOT_AUTHORIZED", "SandboxHTTPError", "error_response", "upload_error"]

NOT_AUTHORIZED = "Not Authorized, must include Token"


class SandboxHTTPError(Exception):
    """Raised inside handlers; turned into :func:`error_response` by the app's exception handler."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_response(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """``{"timestamp", "status", "error", "message", "path"}`` like Spring Boot's default error body."""
    body = {
        "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "status": status,
        "error": HTTPStatus(status).phrase,
        "message": message,
        "path": request.url.path,
    }
    return JSONResponse(body, status_code=status, headers=headers)


def upload_error(status: int, message: str) -> JSONResponse:
    """Upload/Batch API failures: a JSON body with ``error`` and ``message`` (facts §2.6)."""
    return JSONResponse({"error": HTTPStatus(status).phrase, "message": message}, status_code=status)
