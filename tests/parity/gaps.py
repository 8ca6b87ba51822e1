"""Where dataapp's API differs from Streamlit 1.67's manifest, and the committed list of gaps.

    .venv/bin/python -m tests.parity.gaps               # print the summary and every gap
    .venv/bin/python -m tests.parity.gaps --write-gaps  # rewrite known_gaps.json's not_yet

`--write-gaps` keeps `left_out` as it is and sets `not_yet` to every other open gap: run it once
to start the list, or to take out lines whose gap an element closed (then check that `git diff`
shows only removals). Imports dataapp, not Streamlit; one thread.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.parity.api_walk import Api, Param, ParamKind, read_manifest, walk_api

KNOWN_GAPS = Path(__file__).with_name("known_gaps.json")

_POSITIONAL = (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)


@dataclass(frozen=True)
class Gap:
    """One way dataapp's API falls short: `st.pills` (a name) or `st.button(shortcut)`."""

    key: str
    problem: str


@dataclass(frozen=True)
class KnownGaps:
    """The committed lists: `left_out` (never planned, name → reason) and `not_yet` (open)."""

    left_out: dict[str, str]
    not_yet: dict[str, str]


def dataapp_api() -> Api:
    import dataapp
    from dataapp.testing import AppTest

    return walk_api(dataapp, AppTest, is_stand_in=_is_stand_in)


def _is_stand_in(value: object) -> bool:
    # engine/elements/not_supported.py makes them: a name that raises NotSupportedError.
    return getattr(value, "__module__", None) == "dataapp.elements.not_supported"


def find_gaps(streamlit: Api, ours: Api) -> list[Gap]:
    """Every name and parameter of `streamlit` that an app could not use the same way on `ours`.

    A parameter must exist under its name with the same kind: an app passes a keyword-only
    parameter by keyword and the others by position too, so a positional parameter must also
    be at the same position. A parameter with a default in Streamlit must have one here, and
    a parameter that Streamlit does not have must not be required here.
    """
    gaps: list[Gap] = []
    for name, params in sorted(streamlit.items()):
        if name not in ours:
            if _parent(name) not in streamlit or _parent(name) in ours:
                gaps.append(Gap(name, "missing"))
            continue
        if params is None:
            continue
        theirs = ours[name]
        if theirs is None:
            gaps.append(Gap(name, "not callable here"))
            continue
        gaps.extend(_param_gaps(name, params, theirs))
    return gaps


def _parent(name: str) -> str:
    # A missing member of a missing name is one gap, not one per member (`st.App.run`).
    return name.rpartition(".")[0]


def _param_gaps(name: str, streamlit: tuple[Param, ...], ours: tuple[Param, ...]) -> list[Gap]:
    gaps = []
    ours_by_name = {p.name: p for p in ours}
    positions = _positions(ours)
    streamlit_positions = _positions(streamlit)
    for param in streamlit:
        key = f"{name}({param.name})"
        mine = ours_by_name.get(param.name)
        if mine is None:
            gaps.append(Gap(key, "missing"))
        elif mine.kind != param.kind:
            gaps.append(Gap(key, f"{param.kind.value} in Streamlit, {mine.kind.value} here"))
        elif param.kind in _POSITIONAL and positions[param.name] != streamlit_positions[param.name]:
            gaps.append(
                Gap(
                    key,
                    f"position {streamlit_positions[param.name]} in Streamlit, "
                    f"{positions[param.name]} here",
                )
            )
        elif param.has_default and not mine.has_default:
            gaps.append(Gap(key, "optional in Streamlit, required here"))
    known = {p.name for p in streamlit}
    gaps.extend(
        Gap(f"{name}({p.name})", "required here, Streamlit has no such parameter")
        for p in ours
        if p.name not in known
        and not p.has_default
        and p.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
    )
    return gaps


def _positions(params: tuple[Param, ...]) -> dict[str, int]:
    positional = [p.name for p in params if p.kind in _POSITIONAL]
    return {name: index for index, name in enumerate(positional)}


def read_known_gaps(path: Path = KNOWN_GAPS) -> KnownGaps:
    data = json.loads(path.read_text(encoding="utf-8"))
    return KnownGaps(left_out=data["left_out"], not_yet=data["not_yet"])


def known_gaps_text(known: KnownGaps) -> str:
    """The file as committed: sorted, one gap a line."""
    data = {
        "left_out": dict(sorted(known.left_out.items())),
        "not_yet": dict(sorted(known.not_yet.items())),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    manifest = read_manifest()
    gaps = find_gaps(manifest.api, dataapp_api())
    known = read_known_gaps() if KNOWN_GAPS.exists() else KnownGaps({}, {})
    names = [n for n in manifest.api if "(" not in n]
    params = sum(len(p) for p in manifest.api.values() if p)
    missing_names = [g for g in gaps if "(" not in g.key]
    print(
        f"Streamlit {manifest.streamlit_version}: {len(names)} names, {params} parameters. "
        f"dataapp lacks {len(missing_names)} names and {len(gaps) - len(missing_names)} "
        f"parameters ({len([g for g in gaps if g.key in known.left_out])} gaps left out)."
    )
    if "--write-gaps" in argv:
        not_yet = {g.key: g.problem for g in gaps if g.key not in known.left_out}
        KNOWN_GAPS.write_text(known_gaps_text(KnownGaps(known.left_out, not_yet)), "utf-8")
        print(f"{KNOWN_GAPS.name}: {len(not_yet)} gaps not yet closed")
    else:
        for gap in gaps:
            print(f"{gap.key}: {gap.problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
