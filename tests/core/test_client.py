"""Client / AsyncClient: lifecycle, generated client, resource groups end to end, streaming, import cost."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest
from immport_api_client.api.study_result import get_elisa_result

import immport
from immport.errors import AuthenticationError, DecodeError, InvalidRequestError, NotFoundError

from .support import NO_ENV, QUERY

ELISA_ROWS = [
    {"studyAccession": "SDY1", "subjectAccession": "SUB1", "analytePreferred": "IgG", "valuePreferred": 1.5},
    {"studyAccession": "SDY1", "subjectAccession": "SUB2", "analytePreferred": "IgM", "valuePreferred": None},
]
DISEASE_TSV = "name\tdescription\nasthma\tairways\nflu\tinfluenza\n"


class Api:
    """Fake Shared Data API answering a few endpoints; records (url, Authorization)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((str(request.url), request.headers.get("authorization")))
        path = request.url.path.removeprefix("/data/query")
        if path == "/result/elisa":
            if request.url.params.get("format") == "tsv":
                return httpx.Response(200, text="studyAccession\tsubjectAccession\nSDY1\tSUB1\n")
            return httpx.Response(200, json=ELISA_ROWS)
        if path == "/api/lookup/lkDisease":
            if request.url.params.get("format") == "tsv":
                return httpx.Response(
                    200, text=DISEASE_TSV, headers={"content-type": "text/tab-separated-values"}
                )
            return httpx.Response(200, json=[{"name": "asthma", "description": "airways"}])
        if path == "/api/study/arm/SDY1":
            body = json.dumps([{"armAccession": f"ARM{i}", "studyAccession": "SDY1"} for i in range(50)])
            return httpx.Response(200, content=body.encode(), headers={"content-type": "application/json"})
        if path == "/api/study/summary/SDY404":
            return httpx.Response(404, json={"error": "Not Found"})
        if path == "/api/study/summary/SDY500":
            return httpx.Response(200, html="<html><title>Maintenance</title><body>down</body></html>")
        return httpx.Response(404)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


@pytest.fixture
def api() -> Api:
    return Api()


def test_results_group_end_to_end(api: Api, canary_api_key: str) -> None:
    with immport.Client(api_key=canary_api_key, env=NO_ENV, transport=api.transport()) as client:
        rows = client.results.elisa(study_accession=["SDY1"])
    assert [row.subject_accession for row in rows] == ["SUB1", "SUB2"]
    assert rows[0].value_preferred == 1.5
    assert api.seen == [(f"{QUERY}/result/elisa?studyAccession=SDY1", f"Bearer {canary_api_key}")]


def test_lookups_need_no_credentials_and_get_none(api: Api, canary_api_key: str) -> None:
    with immport.Client(env=NO_ENV, transport=api.transport()) as anonymous:
        assert [d.name for d in anonymous.lookups.disease()] == ["asthma"]
    with immport.Client(api_key=canary_api_key, env=NO_ENV, transport=api.transport()) as client:
        client.lookups.disease()
    assert [auth for _, auth in api.seen] == [None, None]  # lookups are public: no credential sent


def test_tsv_form(api: Api) -> None:
    with immport.Client(env=NO_ENV, transport=api.transport()) as client:
        table = client.lookups.disease(format="tsv")
    assert "format=tsv" in api.seen[0][0]
    assert [row.name for row in table] == ["asthma", "flu"]


def test_streaming_rows(api: Api) -> None:
    with immport.Client(token="tok-123456", env=NO_ENV, transport=api.transport()) as client:
        rows = list(client.studies.iter_arm("SDY1"))
    assert [r.arm_accession for r in rows] == [f"ARM{i}" for i in range(50)]


async def test_async_groups_and_stream(api: Api) -> None:
    async with immport.AsyncClient(token="tok-123456", env=NO_ENV, transport=api.transport()) as client:
        rows = await client.results.elisa(study_accession="SDY1")
        arms = [r.arm_accession async for r in client.studies.iter_arm("SDY1")]
        with pytest.raises(NotFoundError):
            await client.studies.summary("SDY404")
    assert len(rows) == 2 and len(arms) == 50


def test_invalid_arguments_fail_before_sending(api: Api) -> None:
    with immport.Client(token="tok-123456", env=NO_ENV, transport=api.transport()) as client:
        with pytest.raises(InvalidRequestError):
            client.studies.summary("not an accession")
        with pytest.raises(InvalidRequestError):
            client.studies.iter_arm("not an accession")  # validated at call time, not on first next()
        with pytest.raises(InvalidRequestError, match="unknown ImmPort operation"):
            client.session.invoke("noSuchOperation", {})
    assert api.seen == []


def test_html_page_with_200_is_a_decode_error(api: Api) -> None:
    client = immport.Client(token="tok-123456", env=NO_ENV, transport=api.transport())
    with client, pytest.raises(DecodeError):
        client.studies.summary("SDY500")


def test_status_error_through_a_group(api: Api) -> None:
    client = immport.Client(token="tok-123456", env=NO_ENV, transport=api.transport())
    with client, pytest.raises(NotFoundError) as info:
        client.studies.summary("SDY404")
    assert info.value.url == f"{QUERY}/api/study/summary/SDY404"


def test_strict_error_mode_raises_contract_violation(api: Api) -> None:
    pytest.importorskip("immport.contract.strict")
    from immport.errors import ContractViolation

    def bad(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"name": 12345, "description": ["not", "a", "string"]}])

    client = immport.Client(env=NO_ENV, strict="error", transport=httpx.MockTransport(bad))
    with client, pytest.raises(ContractViolation):
        client.lookups.disease()


def test_strict_warn_mode_warns_and_a_wrong_type_still_raises_decode_error() -> None:
    pytest.importorskip("immport.contract.strict")
    from immport.errors import ContractWarning

    def bad(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"name": 12345, "description": "x"}])

    client = immport.Client(env={"IMMPORT_STRICT": "1"}, transport=httpx.MockTransport(bad))
    with client, pytest.warns(ContractWarning), pytest.raises(DecodeError, match="row 0: field 'name'"):
        client.lookups.disease()


def test_strict_off_a_wrong_type_is_a_decode_error_without_validation() -> None:
    import warnings

    def bad(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"name": 12345, "description": "x"}])

    with immport.Client(env=NO_ENV, transport=httpx.MockTransport(bad)) as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(DecodeError, match=r"lookups\.disease: row 0: field 'name'"):
            client.lookups.disease()


def test_generated_client_shares_the_connection_and_auth(canary_token: str) -> None:
    seen: list[tuple[str | None, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers.get("authorization"), request.headers.get("user-agent")))
        return httpx.Response(200, json=ELISA_ROWS)

    with immport.Client(token=canary_token, env=NO_ENV, transport=httpx.MockTransport(handler)) as client:
        rows = get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])
        user_agent = client.settings.user_agent
    assert rows is not None and len(rows) == 2
    assert seen == [(f"Bearer {canary_token}", user_agent)]


async def test_async_generated_client(canary_token: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=ELISA_ROWS)

    async with immport.AsyncClient(
        token=canary_token, env=NO_ENV, transport=httpx.MockTransport(handler)
    ) as c:
        rows = await get_elisa_result.asyncio(client=c.generated, study_accession=["SDY1"])
        assert rows is not None and len(rows) == 2
        with pytest.raises(RuntimeError, match="async-only"):
            get_elisa_result.sync(client=c.generated, study_accession=["SDY1"])


def test_context_manager_closes_both_connections() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with immport.Client(env=NO_ENV, transport=transport) as client:
        download = client.session.files_http()
    assert client.session.http.is_closed and download.is_closed
    with pytest.raises(RuntimeError):
        client.session.request("GET", f"{QUERY}/api/search/study")


async def test_async_context_manager_closes() -> None:
    async with immport.AsyncClient(
        env=NO_ENV, transport=httpx.MockTransport(lambda r: httpx.Response(200))
    ) as c:
        pass
    assert c.session.http.is_closed


class Chunks(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(3):
            self.sent += 1
            yield b"abc"


def test_user_agent_and_stream_helper() -> None:
    seen: list[str] = []
    body = Chunks()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, stream=body)

    with immport.Client(env=NO_ENV, user_agent="lab/1.0", transport=httpx.MockTransport(handler)) as client:
        with client.session.open("GET", f"{QUERY}/x") as response:
            assert body.sent == 0  # not read up front
            assert list(response.iter_raw()) == [b"abc"] * 3
        assert response.is_closed
    assert seen == ["lab/1.0"]


def test_public_api_surface() -> None:
    for name in immport.__all__:
        assert getattr(immport, name) is not None
    assert immport.Client.__module__ == "immport.client"
    assert issubclass(immport.AuthenticationError, immport.APIStatusError)


def test_import_immport_is_cheap() -> None:
    code = (
        "import sys, immport; "
        "heavy = [m for m in ('immport.client', 'immport_api_client', 'immport.operations', 'pandas', "
        "'rich', 'immport_api_client.models', 'dateutil') if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_download_client_is_created_once_across_threads() -> None:
    import threading

    client = immport.Client(env=NO_ENV, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    barrier = threading.Barrier(32)
    seen: list[object] = []

    def grab() -> None:
        barrier.wait()
        seen.append(client.session.files_http())

    threads = [threading.Thread(target=grab) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 32 and len({id(c) for c in seen}) == 1
    client.close()
    assert client.session.files_http().is_closed


class NeedsTokenAfterAll:
    """A lookup the spec calls public but the server protects (legacy docs say lookups need a token)."""

    def __init__(self) -> None:
        self.auth: list[str | None] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.auth.append(request.headers.get("authorization"))
        if "authorization" not in request.headers:
            return httpx.Response(403, text="Not Authorized, must include Token")
        return httpx.Response(200, json=[{"name": "asthma", "description": "airways"}])


def test_public_operation_retries_once_with_credentials(canary_api_key: str) -> None:
    server = NeedsTokenAfterAll()
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(server.handler)
    ) as c:
        assert [d.name for d in c.lookups.disease()] == ["asthma"]
        assert [d.name for d in c.lookups.iter_disease()] == ["asthma"]
    assert server.auth == [None, f"Bearer {canary_api_key}"] * 2


async def test_public_operation_retries_once_with_credentials_async(canary_api_key: str) -> None:
    server = NeedsTokenAfterAll()
    transport = httpx.MockTransport(server.handler)
    async with immport.AsyncClient(api_key=canary_api_key, env=NO_ENV, transport=transport) as c:
        assert len(await c.lookups.disease()) == 1
        assert [d.name async for d in c.lookups.iter_disease()] == ["asthma"]
    assert server.auth == [None, f"Bearer {canary_api_key}"] * 2


def test_public_operation_without_credentials_explains_how_to_authenticate() -> None:
    server = NeedsTokenAfterAll()
    client = immport.Client(env=NO_ENV, transport=httpx.MockTransport(server.handler))
    with client, pytest.raises(AuthenticationError, match="IMMPORT_API_KEY"):
        client.lookups.disease()
    assert server.auth == [None]


@pytest.mark.parametrize("cls", [immport.Client, immport.AsyncClient])
def test_a_misspelt_option_is_a_type_error_naming_the_closest_option(cls: type) -> None:
    with pytest.raises(TypeError) as info:
        cls(api_ky="k", env={})
    assert (
        str(info.value)
        == f"{cls.__name__}() got an unexpected keyword argument 'api_ky' (did you mean 'api_key'?)"
    )


def test_the_session_repr_names_the_query_url_only(canary_api_key: str) -> None:
    with immport.Client(api_key=canary_api_key, env={}) as client:
        text = repr(client.session)
    assert text == "SyncSession(query_url='https://www.immport.org/data/query')"
