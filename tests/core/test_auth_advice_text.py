"""The advice of an authentication error reads as written: redaction must not eat words of our own text."""

from __future__ import annotations

import httpx

from immport._http.mapping import error_for_response


def test_missing_credentials_advice_survives_redaction() -> None:
    request = httpx.Request("GET", "https://www.immport.org/data/query/result/elisa")
    response = httpx.Response(403, text="Not Authorized, must include Token", request=request)
    message = str(error_for_response(response))
    assert "***" not in message
    assert "the api_key argument or IMMPORT_API_KEY" in message
    assert "IMMPORT_USERNAME/IMMPORT_PASSWORD" in message
