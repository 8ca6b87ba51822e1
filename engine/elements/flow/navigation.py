"""Multipage apps: `st.navigation`, `st.Page` and `st.switch_page`."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from dataapp.errors import APIError, NoRunContextError
from dataapp.proto.forward_pb2 import ForwardMsg, Navigation
from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.pages import page_from_filename
from dataapp.runtime.script_requests import RerunData

_POSITIONS = {"sidebar": Navigation.SIDEBAR, "hidden": Navigation.HIDDEN, "top": Navigation.TOP}
_EXTERNAL_URL = re.compile(r"^https?://", re.IGNORECASE)


def _context(api: str) -> RunContext:
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError(f"st.{api} can only be used while an app runs.")
    return ctx


class Page:
    """One page of an `st.navigation` app: a script file, a function, or an external URL (a
    link in the menu that opens in the browser)."""

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise APIError("Invalid `visibility` value. Supported values: visible, hidden.")
        # "hidden": left out of the menu, still reached by its URL, st.switch_page and
        # st.page_link (an external page: only by st.page_link).
        self.visibility: Literal["visible", "hidden"] = visibility
        # The menu item's tooltip and st.page_link's default help, as Markdown.
        self.help = textwrap.dedent(str(help)) if help is not None and str(help).strip() else ""
        self.external_url: str | None = None
        self._script: Path | None = None
        self._function: Callable[[], None] | None = None
        if isinstance(page, str) and _EXTERNAL_URL.match(page):
            self._init_external(page, title, icon, url_path, default)
            return
        if callable(page):
            self._function = page
            name = getattr(page, "__name__", "page")
            inferred_title, inferred_icon, inferred_path = name.replace("_", " ").title(), "", name
        else:
            self._script = _resolve_script(Path(page))
            named = page_from_filename(self._script)
            inferred_title, inferred_icon, inferred_path = named.title, named.icon, named.url_path
        self.title = title if title is not None else inferred_title
        self.icon = icon if icon is not None else inferred_icon
        path = url_path if url_path is not None else inferred_path
        if (
            url_path is not None
            and ("/" in url_path.strip("/") or not url_path.strip("/"))
            and not default
        ):
            raise APIError(f"st.Page url_path {url_path!r} must be one path segment, e.g. 'sales'.")
        self.url_path = "" if default else re.sub(r"\s+", "_", path.strip("/"))
        self.default = default

    def _init_external(
        self, url: str, title: str | None, icon: str | None, url_path: str | None, default: bool
    ) -> None:
        if title is None or not title.strip():
            raise APIError(
                "The `title` parameter is required. External URL pages require a non-empty "
                f"title. Please provide a title for the URL: {url}"
            )
        if default:
            raise APIError(
                "`page=<external URL>` and `default=True` cannot be used together. External "
                "URL pages cannot be set as the default page."
            )
        path = (_url_path_from_title(title) if url_path is None else url_path).strip().strip("/")
        if not path or "/" in path:
            raise APIError(f"st.Page url_path {path!r} must be one path segment, e.g. 'docs'.")
        self.external_url = url
        self.title = title
        self.icon = icon or ""
        self.url_path = path
        self.default = False

    @property
    def is_external(self) -> bool:
        """Whether the page is an external URL, opened in the browser from the menu."""
        return self.external_url is not None

    @property
    def key(self) -> str:
        """The page's identity: its script path, its function's qualified name or its URL."""
        if self._script is not None:
            return str(self._script)
        if self.external_url is not None:
            return self.external_url
        assert self._function is not None
        return f"{self._function.__module__}.{self._function.__qualname__}"

    def run(self) -> None:
        """Run the page's code here; its widgets get identities of their own page. An external
        page has no code: the menu opens its URL."""
        if self.is_external:
            return
        ctx = _context("Page.run")
        outer = ctx.active_script
        ctx.active_script = self.key
        try:
            if self._function is not None:
                self._function()
                return
            assert self._script is not None
            from dataapp.runtime.magic import MAGIC_FUNCTION_NAME, compile_script
            from dataapp.runtime.script_runner import magic_write

            code = compile_script(self._script.read_text(encoding="utf-8"), str(self._script))
            namespace: dict[str, Any] = {
                "__name__": "__main__",
                "__file__": str(self._script),
                MAGIC_FUNCTION_NAME: magic_write,
            }
            exec(code, namespace)
        finally:
            ctx.active_script = outer

    def __repr__(self) -> str:
        return f"Page(title={self.title!r}, url_path={self.url_path!r})"


def _url_path_from_title(title: str) -> str:
    """Streamlit's URL path for an external page: the title, lower case, made URL-safe."""
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _resolve_script(path: Path) -> Path:
    ctx = get_run_context()
    base = Path(ctx.script_path).parent if ctx is not None else Path.cwd()
    resolved = path if path.is_absolute() else base / path
    if not resolved.is_file():
        raise APIError(f"st.Page: no script at {resolved}.")
    return resolved.resolve()


PagesArg = Sequence[Page] | Mapping[str, Sequence[Page]]


def navigation(
    pages: PagesArg,
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool = False,
) -> Page:
    """Declare the app's pages; returns the one to show in this run (call its `.run()`)."""
    ctx = _context("navigation")
    if position not in _POSITIONS:
        raise APIError(
            f"st.navigation: position must be 'sidebar', 'hidden' or 'top', not {position!r}."
        )
    sections: list[tuple[str, Sequence[Page]]] = (
        list(pages.items()) if isinstance(pages, Mapping) else [("", list(pages))]
    )
    flat = [(section, page) for section, group in sections for page in group]
    if not flat:
        raise APIError("st.navigation needs at least one st.Page.")
    defaults = [page for _, page in flat if page.default]
    if len(defaults) > 1:
        raise APIError("st.navigation: only one page can be the default (default=True).")
    internal = [page for _, page in flat if not page.is_external]
    if not internal:
        raise APIError("st.navigation needs at least one page that is not an external URL.")
    default = defaults[0] if defaults else internal[0]
    if not defaults:
        default.url_path = ""
    seen: set[str] = set()
    for _, page in flat:
        if page.url_path in seen:
            raise APIError(
                f"st.navigation: two pages have the URL path {page.url_path!r}; give one a url_path=."
            )
        seen.add(page.url_path)
    chosen = next(
        (page for _, page in flat if page.url_path == ctx.page_name and not page.is_external),
        None,
    )
    if chosen is None:
        if ctx.page_name:
            notice = ForwardMsg()
            notice.notice.text = f"There is no page {ctx.page_name!r}; showing the main page."
            notice.notice.level = notice.notice.WARNING
            ctx.enqueue(notice)
        chosen = default
    ctx.pages.saw_navigation()
    msg = ForwardMsg()
    msg.navigation.current_page = chosen.url_path
    msg.navigation.position = _POSITIONS[position]
    msg.navigation.expanded = expanded
    for section, page in flat:
        entry = msg.navigation.pages.add()
        entry.url_path = page.url_path
        entry.title = page.title
        entry.icon = page.icon
        entry.section = section
        entry.is_default = page is default
        entry.hidden = page.visibility == "hidden"
        entry.help = page.help
        entry.external_url = page.external_url or ""
    ctx.enqueue(msg)
    ctx.declared_pages = [page for _, page in flat]
    return chosen


def switch_page(page: str | Path | Page) -> None:
    """Go to another page now, as if the user had picked it."""
    ctx = _context("switch_page")
    target = _find_page(ctx, page)
    ctx.requests.request_rerun(RerunData(query_string="", page_name=target))
    ctx.check_interrupt()


def _find_page(ctx: RunContext, page: str | Path | Page) -> str:
    if isinstance(page, Page):
        if page.is_external:
            raise APIError(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                "to create a link to external pages."
            )
        return page.url_path
    declared: list[Page] = ctx.declared_pages
    wanted = _resolve_script(Path(page))
    for candidate in declared:
        if candidate.key == str(wanted):
            return candidate.url_path
    for script in ctx.pages.pages():
        if Path(script.script_path) == wanted:
            return str(script.url_path)
    raise APIError(f"st.switch_page: {page} is not a page of this app.")
