"""Every public name and parameter of Streamlit 1.67 is in dataapp's API, or on a committed list.

The manifest (streamlit_1_67_api.json, made by make_manifest.py) is Streamlit's side; dataapp's
side is read by the same walk. A gap is either `left_out` (never planned; each one explained in
docs/compatibility.md) or `not_yet` (an open gap of issue 15): the test fails on a gap on
neither list, and on a `not_yet` line whose gap is closed, so the list only shrinks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.elements.not_supported import NOT_YET
from tests.parity.api_walk import Api, Param, ParamKind, read_manifest
from tests.parity.gaps import KnownGaps, dataapp_api, find_gaps, read_known_gaps

COMPATIBILITY_DOC = Path(__file__).parents[2] / "docs" / "compatibility.md"


@pytest.fixture(scope="module")
def streamlit_api() -> Api:
    return read_manifest().api


@pytest.fixture(scope="module")
def known() -> KnownGaps:
    return read_known_gaps()


@pytest.fixture(scope="module")
def open_gaps(streamlit_api: Api) -> dict[str, str]:
    return {gap.key: gap.problem for gap in find_gaps(streamlit_api, dataapp_api())}


def test_the_manifest_is_streamlit_1_67() -> None:
    assert read_manifest().streamlit_version == "1.67.0"


def test_every_streamlit_name_and_parameter_is_here_or_listed(
    open_gaps: dict[str, str], known: KnownGaps
) -> None:
    new = {
        key: problem
        for key, problem in open_gaps.items()
        if key not in known.left_out and key not in known.not_yet
    }
    assert not new, (
        "dataapp's API lacks these Streamlit 1.67 names or parameters (a regression, or a "
        "name the manifest gained): restore them, or, for a gap that is deliberately kept, "
        "add it to tests/parity/known_gaps.json's left_out with its reason and say so in "
        "docs/compatibility.md:\n" + "\n".join(f"  {k}: {p}" for k, p in sorted(new.items()))
    )


def test_a_closed_gap_leaves_the_not_yet_list(open_gaps: dict[str, str], known: KnownGaps) -> None:
    closed = sorted(key for key in known.not_yet if key not in open_gaps)
    assert not closed, (
        "These gaps are closed: delete their lines from tests/parity/known_gaps.json's not_yet "
        "(or run `.venv/bin/python -m tests.parity.gaps --write-gaps`):\n"
        + "\n".join(f"  {key}" for key in closed)
    )


def test_left_out_names_are_still_gaps_and_explained(
    open_gaps: dict[str, str], known: KnownGaps
) -> None:
    doc = COMPATIBILITY_DOC.read_text(encoding="utf-8")
    for key, reason in known.left_out.items():
        assert reason.strip(), f"{key} is left out without a reason"
        assert key in open_gaps, f"{key} is left out but dataapp has it: delete it from left_out"
        assert f"`{key}`" in doc, f"{key} is left out but docs/compatibility.md does not say so"
    assert not set(known.left_out) & set(known.not_yet)


def _params(*spec: str) -> tuple[Param, ...]:
    """`"label"`, `"key="` (with a default), `"*icon="` (keyword-only)."""
    return tuple(
        Param(
            name.strip("*="),
            ParamKind.KEYWORD_ONLY if name.startswith("*") else ParamKind.POSITIONAL_OR_KEYWORD,
            name.endswith("="),
        )
        for name in spec
    )


def _problems(streamlit: Api, ours: Api) -> dict[str, str]:
    return {gap.key: gap.problem for gap in find_gaps(streamlit, ours)}


def test_a_missing_name_is_one_gap_with_its_members() -> None:
    streamlit: Api = {"st.App": (), "st.App.run": _params("port=")}
    assert _problems(streamlit, {}) == {"st.App": "missing"}


def test_a_parameter_must_be_passed_the_same_way() -> None:
    streamlit: Api = {"st.button": _params("label", "key=", "*icon=")}
    assert _problems(streamlit, {"st.button": _params("label", "key=", "*icon=", "*x=")}) == {}
    assert _problems(streamlit, {"st.button": _params("label", "key=")}) == {
        "st.button(icon)": "missing"
    }
    assert _problems(streamlit, {"st.button": _params("label", "key=", "icon=")}) == {
        "st.button(icon)": "keyword_only in Streamlit, positional_or_keyword here"
    }
    assert _problems(streamlit, {"st.button": _params("label", "help=", "key=", "*icon=")}) == {
        "st.button(key)": "position 1 in Streamlit, 2 here"
    }
    assert _problems(streamlit, {"st.button": _params("label", "key", "*icon=")}) == {
        "st.button(key)": "optional in Streamlit, required here"
    }
    assert _problems(streamlit, {"st.button": _params("label", "key=", "*icon=", "*x")}) == {
        "st.button(x)": "required here, Streamlit has no such parameter"
    }


def test_a_name_that_raises_not_supported_counts_as_missing() -> None:
    api = dataapp_api()
    assert NOT_YET, "nothing left to check this with: delete this test"
    assert not [name for name in NOT_YET if f"st.{name}" in api]
