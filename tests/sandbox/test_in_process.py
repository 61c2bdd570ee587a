"""``create_app()`` used in process through ``httpx.ASGITransport`` with an async httpx client."""

from __future__ import annotations

import hashlib

import httpx

from immport.sandbox import SandboxConfig, create_app


async def test_all_in_one_app_over_asgi_transport() -> None:
    app = create_app(SandboxConfig(rows=3, file_size=5000))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sandbox.local"
    ) as http:
        token = (
            await http.post("/auth/token", data={"username": "demo", "password": "demo-password"})
        ).json()
        headers = {"Authorization": "bearer " + token["access_token"]}
        elisa = (
            await http.get("/data/query/result/elisa", params={"studyAccession": "SDY4"}, headers=headers)
        ).json()
        assert [r["studyAccession"] for r in elisa] == ["SDY4"] * 3
        entry = (await http.get("/data/query/api/study/manifest/SDY4", headers=headers)).json()[0]
        drs = await http.get(f"/data/query/drs/download/s3/{entry['fileUUID']}", headers=headers)
        url = drs.json()["url"]
        assert url.startswith("http://sandbox.local/s3/")  # the same app plays the file host
        body = (await http.get(url)).content
        assert hashlib.md5(body).hexdigest() == entry["generatedMD5"] and len(body) == 5000
        assert (await http.get("/workspaces", headers=headers)).json()["workspaces"]
