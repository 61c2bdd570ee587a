"""The CLI error line shows the server's reason for a 4xx and never says to retry a refused request."""

from __future__ import annotations

import re

from pytest_httpx import HTTPXMock

from immport.cli.failures import classify
from immport.errors import APIStatusError, ServerError
from tests.cli.conftest import CliInvoker
from tests.cli.test_bad_input import assert_one_line_error

QUERY = "https://immport.example/data/query"
REASON = "studyTimeCollected must be a number"


def test_a_400_shows_the_servers_reason_without_v_and_no_retry_advice(
    cli: CliInvoker, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=re.compile(re.escape(QUERY) + r"/api/lookup/lkDisease.*"),
        status_code=400,
        json={"status": 400, "message": REASON},
    )
    line = assert_one_line_error(cli("--query-url", QUERY, "lookup", "disease", sandbox=False), 1, REASON)
    assert "try again" not in line.lower() and "HTTP 400" in line


def test_classify_a_4xx_gives_the_reason_and_no_retry_advice() -> None:
    error = APIStatusError("HTTP 422", status=422, method="GET", url=QUERY, body=f'{{"message": "{REASON}"}}')
    code, message = classify(error)
    assert code == 1 and REASON in message and "try again" not in message.lower()


def test_a_5xx_still_advises_trying_later_and_keeps_its_body_for_v() -> None:
    error = ServerError("ImmPort server error (HTTP 503)", status=503, url=QUERY, body="maintenance")
    assert "try again later" in classify(error)[1] and "maintenance" not in classify(error)[1]
    assert "maintenance" in classify(error, detailed=True)[1]
