"""Layout: container, columns, expander, tabs, form, space."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

from dataapp.errors import APIError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.layout_pb2 import Block, Horizontal, Space
from dataapp.runtime.context import get_run_context
from dataapp.runtime.delta_generator import DeltaGeneratorBase

from ..widget_support import compute_widget_id

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)

_GAPS = {
    "small": Horizontal.SMALL,
    "medium": Horizontal.MEDIUM,
    "large": Horizontal.LARGE,
    None: Horizontal.NONE,
}
# st.space's named sizes (Streamlit 1.67's, in rem: 0.25, 0.5, 0.75, 2.5, 4.25, 6, 8).
_SPACE_SIZES = {
    "xxsmall": Space.XXSMALL,
    "xsmall": Space.XSMALL,
    "small": Space.SMALL,
    "medium": Space.MEDIUM,
    "large": Space.LARGE,
    "xlarge": Space.XLARGE,
    "xxlarge": Space.XXLARGE,
    "stretch": Space.STRETCH,
}
SpaceSize = (
    int | Literal["stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"]
)
_ALIGN = {"top": Horizontal.TOP, "center": Horizontal.CENTER, "bottom": Horizontal.BOTTOM}


class LayoutMixin(DeltaGeneratorBase):
    def container(
        self: _DG, *, border: bool | None = None, key: str | None = None, height: int | None = None
    ) -> _DG:
        block = Block()
        block.vertical.border = bool(border) if border is not None else height is not None
        if height is not None:
            if height <= 0:
                raise APIError(
                    f"st.container: height must be a positive number of pixels, not {height}."
                )
            block.vertical.height = int(height)
        block.vertical.key = key or ""
        return self._enqueue_block(block)

    def columns(
        self: _DG,
        spec: int | Sequence[float],
        *,
        gap: Literal["small", "medium", "large"] | None = "small",
        vertical_alignment: Literal["top", "center", "bottom"] = "top",
        border: bool = False,
    ) -> list[_DG]:
        if isinstance(spec, int):
            if spec < 1:
                raise APIError(f"st.columns: the number of columns must be at least 1, not {spec}.")
            weights = [1.0] * spec
        else:
            weights = [float(w) for w in spec]
            if not weights or any(w <= 0 for w in weights):
                raise APIError(
                    "st.columns: spec must be a positive int or a list of positive numbers, "
                    f"not {list(spec)!r}."
                )
        if gap not in _GAPS:
            raise APIError(
                f"st.columns: gap must be 'small', 'medium', 'large' or None, not {gap!r}."
            )
        if vertical_alignment not in _ALIGN:
            raise APIError(
                f"st.columns: vertical_alignment must be 'top', 'center' or 'bottom', not {vertical_alignment!r}."
            )
        row = Block()
        row.horizontal.gap = _GAPS[gap]
        row.horizontal.vertical_alignment = _ALIGN[vertical_alignment]
        row_dg = self._enqueue_block(row)
        columns = []
        for weight in weights:
            column = Block()
            column.column.weight = weight
            column.column.border = border
            columns.append(row_dg._enqueue_block(column))
        return columns

    def expander(self: _DG, label: str, expanded: bool = False, *, icon: str | None = None) -> _DG:
        block = Block()
        block.expander.label = str(label)
        block.expander.expanded = expanded
        block.expander.icon = icon or ""
        return self._enqueue_block(block)

    def tabs(self: _DG, tabs: Sequence[str]) -> list[_DG]:
        labels = [str(t) for t in tabs]
        if not labels:
            raise APIError("st.tabs needs at least one tab label.")
        block = Block()
        block.tabs.SetInParent()
        tabs_dg = self._enqueue_block(block)
        result = []
        for label in labels:
            tab = Block()
            tab.tab.label = label
            result.append(tabs_dg._enqueue_block(tab))
        return result

    def space(self: _DG, size: SpaceSize = "small") -> _DG:
        """Empty room in the container: a named size (as tall as a label, "small"; a button,
        "medium"; a labelled input, "large"...), a number of pixels, or "stretch"."""
        element = Element()
        if isinstance(size, str) and size in _SPACE_SIZES:
            element.space.size = _SPACE_SIZES[size]
        elif isinstance(size, int) and size > 0:
            element.space.size, element.space.pixels = Space.PIXELS, size
        else:
            valid = ", ".join(f"'{name}'" for name in ("stretch", *list(_SPACE_SIZES)[:-1]))
            raise APIError(
                f"Invalid `size` value. Supported values: {valid}, a positive integer. "
                f"Got {size!r}."
            )
        return self._enqueue_element(element)

    def form(
        self: _DG,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
    ) -> _DG:
        if self.form_id:
            raise APIError("Forms cannot be nested in other forms: close the outer st.form first.")
        form_id = compute_widget_id("form", str(key), (), str(key), "")
        ctx = get_run_context()
        if ctx is not None:
            if form_id in ctx.form_ids_this_run:
                raise APIError(
                    f"There are multiple identical forms with key={key!r}. Give each form its own key."
                )
            ctx.form_ids_this_run.add(form_id)
            ctx.session_state.declare_form(form_id, str(key), clear_on_submit)
        block = Block()
        block.form.form_id = form_id
        block.form.clear_on_submit = clear_on_submit
        block.form.border = border
        block.form.enter_to_submit = enter_to_submit
        return self._enqueue_block(block, form_id=form_id)
