"""The operation table covers the spec exactly and every operation is reachable on its typed group."""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from collections import Counter

import pytest

from immport import resources
from immport.operations import OPERATIONS, get_operation, operations_in
from immport.tsv import TsvTable

from .support import spec_operations


def type_hints(method: typing.Any) -> dict[str, typing.Any]:
    """The method's hints; the generated module imports its annotation names under TYPE_CHECKING only."""
    import collections.abc

    import immport_api_client.models

    from immport import _group, search_results

    models = immport_api_client.models  # lazy package: its names are attributes, not yet in vars()
    names = {**{n: getattr(models, n) for n in models.__all__}, **vars(collections.abc), "TsvTable": TsvTable}
    names |= {"Format": _group.Format, **{n: getattr(search_results, n) for n in search_results.__all__}}
    module = importlib.import_module(method.__module__)
    return typing.get_type_hints(method, globalns=vars(module), localns=names)


def filter_names(cls: type, method_name: str) -> dict[str, typing.Any]:
    """Keyword filters of a generated method: its ``**filters: Unpack[XFilters]`` TypedDict's keys."""
    params = inspect.signature(getattr(cls, method_name)).parameters
    if "filters" not in params:
        return {}
    module = importlib.import_module(getattr(cls, method_name).__module__)
    typed_dict = getattr(module, f"{''.join(w.capitalize() for w in method_name.split('_'))}Filters")
    return dict(typed_dict.__annotations__)


# each facade group: its sync and async classes, and the spec tags whose operations it holds
GROUPS: dict[str, tuple[tuple[type, type], set[str]]] = {
    "search": ((resources.Search, resources.AsyncSearch), {"Study Search"}),
    "studies": ((resources.Studies, resources.AsyncStudies), {"Study Data"}),
    "results": ((resources.Results, resources.AsyncResults), {"Study Result"}),
    "lookups": ((resources.Lookups, resources.AsyncLookups), {"Lookup or Controlled Vocabulary"}),
    "files": ((resources.Files, resources.AsyncFiles), {"Study File Manifest", "Download Study Files"}),
}
GROUP_CLASSES = {group: classes for group, (classes, _tags) in GROUPS.items()}


def test_table_has_exactly_the_spec_operations() -> None:
    assert set(OPERATIONS) == set(spec_operations())
    assert len(OPERATIONS) == 86


def test_group_sizes() -> None:
    counts = Counter(op.group for op in OPERATIONS.values())
    assert counts == {"lookups": 45, "studies": 26, "results": 11, "search": 2, "files": 2}


@pytest.mark.parametrize("operation_id", sorted(spec_operations()))
def test_operation_matches_spec(operation_id: str) -> None:
    method, path, raw = spec_operations()[operation_id]
    op = OPERATIONS[operation_id]
    assert (op.http_method, op.path) == (method, path)
    assert [group for group, (_, tags) in GROUPS.items() if raw["tags"][0] in tags] == [op.group]
    assert {(p.wire_name, p.location, p.required) for p in op.params} == {
        (p["name"], p["in"], bool(p.get("required", False))) for p in raw.get("parameters", [])
    }
    assert op.requires_auth == bool(raw.get("security"))
    content = raw["responses"]["200"]["content"]
    assert op.returns_list == (content["application/json"]["schema"].get("type") == "array")
    # typed TSV rows where the TSV header is the row schema; search's TSV columns are its sourceFields
    tsv = content.get("text/tab-separated-values", {}).get("schema", {})
    assert op.supports_tsv == (tsv.get("x-immport-tsv-columns") == "row-schema")


@pytest.mark.parametrize("operation_id", sorted(spec_operations()))
def test_operation_is_a_typed_method_on_both_group_classes(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    for cls in GROUP_CLASSES[op.group]:
        method = getattr(cls, op.method_name)
        params = {**inspect.signature(method).parameters, **filter_names(cls, op.method_name)}
        assert "as_tsv" not in params  # one way to ask for TSV: format="tsv"
        for p in op.params:
            if p.wire_name == "format":  # exposed as format= only where the spec has a TSV body
                assert ("format" in params) == (op.supports_tsv and op.group != "search")
            else:
                assert p.python_name in params, (cls.__name__, op.method_name, p.python_name)
                assert (
                    getattr(params[p.python_name], "annotation", params[p.python_name])
                    != inspect.Parameter.empty
                )
        hints = type_hints(method)
        returned = str(hints["return"])
        expected = {"search": "SearchResults"}.get(op.group) or (op.model.__name__ if op.model else "str")
        assert expected in returned
        if op.supports_tsv and op.group != "search":
            assert TsvTable.__name__ in returned
        if cls.__name__.startswith("Async"):
            assert inspect.iscoroutinefunction(method)


@pytest.mark.parametrize("group", sorted(GROUP_CLASSES))
def test_list_operations_have_streaming_variants(group: str) -> None:
    for op in operations_in(group):
        if (op.returns_list and op.model is not None) or group == "search":
            for cls in GROUP_CLASSES[group]:
                hints = type_hints(getattr(cls, f"iter_{op.method_name}"))
                assert "Iterator" in str(hints["return"])


def test_names_users_expect() -> None:
    assert get_operation("results", "elisa").operation_id == "getElisaResult"
    assert get_operation("results", "mass_spectrometry").path == "/result/massSpectrometryResult"
    assert get_operation("results", "file_path").path == "/result/filePath"
    assert get_operation("studies", "adverse_event").path == "/api/study/adverseEvent/{studyAccession}"
    assert get_operation("studies", "summary").model.__name__ == "StudySummary"  # type: ignore[union-attr]
    assert get_operation("studies", "restricted_accessions").model is None
    assert get_operation("studies", "info").path == "/api/study/{studyAccession}"
    assert get_operation("lookups", "sex").path == "/api/lookup/lkSex"
    assert get_operation("lookups", "exp_measurement_tech").path == "/api/lookup/lkExpMeasurementTech"
    assert get_operation("files", "manifest").operation_id == "getFileDetails"
    assert get_operation("files", "drs_url").operation_id == "getUrlFromDrs"
    assert get_operation("search", "subjects").operation_id == "subjectSearch"


def test_result_and_lookup_names_follow_the_path_rule() -> None:
    for op in operations_in("results"):
        last = op.path.rsplit("/", 1)[1]
        assert re.sub(r"_result$", "", re.sub(r"(?<!^)([A-Z])", r"_\1", last).lower()) == op.method_name
    for op in operations_in("lookups"):
        name = op.path.rsplit("/lk", 1)[1]
        assert re.sub(r"(?<!^)([A-Z0-9])(?=[a-z]|$)", r"_\1", name).lower() == op.method_name


def test_drs_url_takes_uuid_then_method() -> None:
    params = list(inspect.signature(resources.Files.drs_url).parameters)
    assert params[1:3] == ["file_uuid", "access_method"]
