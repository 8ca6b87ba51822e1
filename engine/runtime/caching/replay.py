"""Elements a cached function sends: recorded on a cache miss, sent again on a hit.

Script thread only: a recorder sits on the run context's `element_recorders` stack while the
cached function runs, and DeltaGeneratorBase reports each element (and block) placed meanwhile.

A DeltaGenerator seen while recording is a handle to a path of *that* run, so what is stored is
where each element went relative to the call: into the container `st.*` wrote to when the
function was called (replayed into the container active at the hit, so a call inside
`with col:` writes into `col`), into a root (sidebar, ...), or into a slot or block the function
made itself (replayed into the one the replay makes). Anything else is an outside container,
which a hit cannot re-create: replaying it raises CacheReplayClosureError.

`to_records`/`from_records` turn recorded deltas into plain data and back, for entries kept in
files (st.cache_data(persist="disk")); pure, any thread.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from functools import cache
from pathlib import Path as FilePath
from typing import TYPE_CHECKING

from google.protobuf.message import DecodeError

from dataapp.proto.element_pb2 import Element
from dataapp.proto.layout_pb2 import Block
from dataapp.runtime.delta_generator import ROOT_PATHS
from dataapp.runtime.output_port import output_port

from .errors import CachedWidgetWarning, CacheReplayClosureError

if TYPE_CHECKING:
    from dataapp.runtime.context import RunContext
    from dataapp.runtime.delta_generator import DeltaGeneratorBase

_ENGINE_DIR = str(FilePath(__file__).resolve().parents[2])
# The first number of each root container's path (main, sidebar, event, bottom).
_ROOT_NUMBERS = frozenset(path[0] for path in ROOT_PATHS.values())


@dataclass(frozen=True)
class ActiveContainer:
    """The container `st.*` wrote to when the function was called (it follows `with` blocks)."""


@dataclass(frozen=True)
class Root:
    """A root container (sidebar, event, bottom, or main named explicitly): same path every run."""

    # The root's number, the first of its path.
    number: int


@dataclass(frozen=True)
class Made:
    """The slot or block made by the recorded delta at `index` of the same call."""

    index: int


@dataclass(frozen=True)
class Outside:
    """A container made outside the call (or a block the recording could not see made)."""


ReplayTarget = ActiveContainer | Root | Made | Outside


@dataclass(frozen=True)
class RecordedDelta:
    """One element or block a cached function placed, and where."""

    target: ReplayTarget
    element: Element | None = None
    block: Block | None = None
    form_id: str = ""


_SlotKey = tuple[str, tuple[int, ...]]


class ElementRecorder:
    """Records what one call of a cached function sends. Used on the script thread only."""

    def __init__(self, ctx: RunContext, anchor: DeltaGeneratorBase) -> None:
        self._ctx = ctx
        # main's active container at the call: elements written there follow `with` on replay.
        self._anchor = anchor
        self._made: dict[_SlotKey, int] = {}
        self.deltas: list[RecordedDelta] = []
        self.widget_warned = False

    def record(self, target: DeltaGeneratorBase, element: Element) -> None:
        """Called by DeltaGeneratorBase._enqueue_element right after it placed `element`."""
        if is_widget(element):
            # Widgets belong to the run that made them; they run on a miss only, as in Streamlit.
            if self._ctx.element_recorders and self._ctx.element_recorders[-1] is self:
                self._warn_widget()
            return
        if target._slot_path is not None:
            path = target._slot_path
        else:
            path = (*target._block_path, self._ctx.cursors[target._block_path] - 1)
        copied = Element()
        copied.CopyFrom(element)
        self.deltas.append(RecordedDelta(self._target_of(target), element=copied))
        self._made[("slot", path)] = len(self.deltas) - 1

    def record_block(
        self, target: DeltaGeneratorBase, block: Block, container: DeltaGeneratorBase
    ) -> None:
        """Called by DeltaGeneratorBase._enqueue_block right after it placed `block`."""
        copied = Block()
        copied.CopyFrom(block)
        self.deltas.append(
            RecordedDelta(self._target_of(target), block=copied, form_id=container._form_id)
        )
        self._made[("block", container._block_path)] = len(self.deltas) - 1

    def _target_of(self, dg: DeltaGeneratorBase) -> ReplayTarget:
        if dg._slot_path is not None:
            made = self._made.get(("slot", dg._slot_path))
        else:
            made = self._made.get(("block", dg._block_path))
        if made is not None:
            return Made(made)
        if dg is self._anchor:
            return ActiveContainer()
        if dg._slot_path is None and len(dg._block_path) == 1:
            return Root(dg._block_path[0])
        return Outside()

    def _warn_widget(self) -> None:
        if self.widget_warned:
            return
        self.widget_warned = True
        warning = CachedWidgetWarning()
        element = Element()
        element.exception.type = type(warning).__name__
        element.exception.message = str(warning)
        element.exception.is_warning = True
        frames = [f for f in traceback.extract_stack() if not f.filename.startswith(_ENGINE_DIR)]
        element.exception.stack_trace.extend(
            line.rstrip("\n") for line in traceback.format_list(frames)
        )
        output_port().main._enqueue_element(element, check_interrupt=False)


def replay(deltas: tuple[RecordedDelta, ...], *, api_name: str, func_name: str) -> None:
    """Send again what a cached function sent when it was computed, in the same order."""
    if not deltas:
        return
    if any(isinstance(delta.target, Outside) for delta in deltas):
        raise CacheReplayClosureError(api_name=api_name, func_name=func_name)
    output = output_port()
    made: list[DeltaGeneratorBase] = []
    for delta in deltas:
        target = delta.target
        dg: DeltaGeneratorBase
        if isinstance(target, ActiveContainer):
            dg = output.main
        elif isinstance(target, Root):
            root = output.root(target.number)
            # Only roots that exist are recorded or read back (from_records).
            assert root is not None
            dg = root
        else:
            assert isinstance(target, Made)
            dg = made[target.index]
        if delta.block is not None:
            made.append(dg._enqueue_block(delta.block, form_id=delta.form_id))
        else:
            assert delta.element is not None
            made.append(dg._enqueue_element(delta.element))


def is_widget(element: Element) -> bool:
    """A widget's message carries its WidgetInfo, filled in by the widget call.

    Charts have the field too but fill it only with `on_select`: a plain chart is an element
    like any other, recorded and replayed (Streamlit's theming examples draw theirs inside
    `@st.cache_data`).
    """
    kind = element.WhichOneof("type")
    if kind is None:
        return False
    field = _widget_info_field(kind)
    # The same test as the element registry's WidgetMode.ON_SELECT, without importing it.
    return field is not None and bool(getattr(getattr(element, kind), field).id)


@cache
def _widget_info_field(kind: str) -> str | None:
    """The name of the WidgetInfo field of a kind's message: no list of widget names to keep."""
    message = Element.DESCRIPTOR.fields_by_name[kind].message_type
    if message is None:
        return None
    for field in message.fields:
        if field.message_type is not None and field.message_type.name == "WidgetInfo":
            return str(field.name)
    return None


# -- as plain data, for entries kept in files ------------------------------------------------

# (target kind, its number, "element" or "block", the message's bytes, form id).
DeltaRecord = tuple[str, int, str, bytes, str]


def to_records(deltas: tuple[RecordedDelta, ...]) -> list[DeltaRecord]:
    """Recorded deltas as plain data (no DeltaGenerator, no message objects)."""
    records: list[DeltaRecord] = []
    for delta in deltas:
        target = delta.target
        if isinstance(target, ActiveContainer):
            kind, number = "active", 0
        elif isinstance(target, Root):
            kind, number = "root", target.number
        elif isinstance(target, Made):
            kind, number = "made", target.index
        else:
            kind, number = "outside", 0
        if delta.block is not None:
            records.append((kind, number, "block", delta.block.SerializeToString(), delta.form_id))
        else:
            assert delta.element is not None
            records.append(
                (kind, number, "element", delta.element.SerializeToString(), delta.form_id)
            )
    return records


def from_records(records: object) -> tuple[RecordedDelta, ...]:
    """The deltas `to_records` was given; ValueError when `records` is not what it returns."""
    if not isinstance(records, list):
        raise ValueError("recorded deltas are not a list")
    deltas: list[RecordedDelta] = []
    for record in records:
        if not (isinstance(record, tuple) and len(record) == 5):
            raise ValueError(f"not a delta record: {record!r:.80}")
        kind, number, message_kind, data, form_id = record
        if not (isinstance(number, int) and isinstance(data, bytes) and isinstance(form_id, str)):
            raise ValueError(f"not a delta record: {record!r:.80}")
        target: ReplayTarget
        if kind == "active":
            target = ActiveContainer()
        elif kind == "root" and number in _ROOT_NUMBERS:
            target = Root(number)
        elif kind == "made" and 0 <= number < len(deltas):
            target = Made(number)
        elif kind == "outside":
            target = Outside()
        else:
            raise ValueError(f"unknown replay target {kind!r} {number!r}")
        try:
            if message_kind == "element":
                deltas.append(RecordedDelta(target, element=Element.FromString(data)))
            elif message_kind == "block":
                deltas.append(RecordedDelta(target, block=Block.FromString(data), form_id=form_id))
            else:
                raise ValueError(f"unknown delta kind {message_kind!r}")
        except DecodeError as error:
            raise ValueError(f"unreadable {message_kind} message: {error}") from None
    return tuple(deltas)
