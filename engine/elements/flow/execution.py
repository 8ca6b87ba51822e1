"""Execution control and page settings: st.stop, st.rerun, st.set_page_config."""

from __future__ import annotations

from typing import Any, Literal

from dataapp.errors import APIError, NoRunContextError
from dataapp.proto.forward_pb2 import ForwardMsg, PageConfig
from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.script_requests import RerunData, StopInterrupt

_LAYOUTS = {"centered": PageConfig.CENTERED, "wide": PageConfig.WIDE}
_SIDEBAR = {
    "auto": PageConfig.AUTO,
    "expanded": PageConfig.EXPANDED,
    "collapsed": PageConfig.COLLAPSED,
}
_MENU_KEYS = {"get help": "menu_get_help", "report a bug": "menu_report_bug", "about": "menu_about"}


def _require_context(api: str) -> RunContext:
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError(f"st.{api}() can only be called while an app runs.")
    return ctx


def stop() -> None:
    """End this run here; what was written so far stays on the page."""
    ctx = _require_context("stop")
    ctx.check_interrupt()
    raise StopInterrupt(by_user=False)


def rerun(*, scope: Literal["app", "fragment"] = "app") -> None:
    """Start the script over at once, with the current session state."""
    ctx = _require_context("rerun")
    if scope not in ("app", "fragment"):
        raise APIError(f"st.rerun: scope must be 'app' or 'fragment', not {scope!r}.")
    fragment_id = ""
    if scope == "fragment":
        if not ctx.fragment_path:
            raise APIError('st.rerun(scope="fragment") can only be called inside a fragment.')
        fragment_id = ctx.fragment_path[-1]
    ctx.requests.request_rerun(
        RerunData(query_string=ctx.query_string, page_name=ctx.page_name, fragment_id=fragment_id)
    )
    ctx.check_interrupt()


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: Literal["centered", "wide"] | None = None,
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] | None = None,
    menu_items: dict[str, Any] | None = None,
) -> None:
    """Title, icon, layout and sidebar of the page. Calls add up: each sets only what it names."""
    ctx = get_run_context()
    if ctx is None:
        return
    msg = ForwardMsg()
    config = msg.page_config
    config.CopyFrom(ctx.page_config)
    if page_title is not None:
        config.title = str(page_title)
    if page_icon is not None:
        config.icon = str(page_icon)
    if layout is not None:
        if layout not in _LAYOUTS:
            raise APIError(
                f"st.set_page_config: layout must be 'centered' or 'wide', not {layout!r}."
            )
        config.layout = _LAYOUTS[layout]
    if initial_sidebar_state is not None:
        if initial_sidebar_state not in _SIDEBAR:
            raise APIError(
                "st.set_page_config: initial_sidebar_state must be 'auto', 'expanded' or 'collapsed', "
                f"not {initial_sidebar_state!r}."
            )
        config.initial_sidebar_state = _SIDEBAR[initial_sidebar_state]
    if menu_items is not None:
        config.has_menu_items = True
        for name, value in menu_items.items():
            field = _MENU_KEYS.get(name.lower())
            if field is None:
                raise APIError(
                    f"st.set_page_config: unknown menu item {name!r}; use 'Get help', 'Report a bug' or 'About'."
                )
            setattr(config, field, "" if value is None else str(value))
    ctx.page_config.CopyFrom(config)
    ctx.enqueue(msg)
