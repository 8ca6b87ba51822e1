"""Page helpers: st.page_link, st.html, st.help, st.echo, st.logo and st.context.

Runs on the script thread. st.context reads what the page's WebSocket handshake told the
server (AppSession.client_info); see docs/flow.md for what a desktop window provides.
"""

from __future__ import annotations

import inspect
import linecache
import re
import sys
import textwrap
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlencode

from dataapp.errors import APIError, NoRunContextError
from dataapp.proto.element_pb2 import Element
from dataapp.proto.flow_pb2 import DocString, Logo
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.context import RunContext, get_run_context
from dataapp.runtime.delta_generator import ROOT_PATHS, DeltaGeneratorBase

from ..media.image_urls import image_url, is_url, looks_like_image_path

if TYPE_CHECKING:
    from dataapp.runtime.app_session import ClientInfo

_DG = TypeVar("_DG", bound=DeltaGeneratorBase)

_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_ONLY_STYLE = re.compile(r"^\s*(<style\b[^>]*>.*?</style>\s*)+$", re.IGNORECASE | re.DOTALL)
# Members st.help lists at most; more would bury the documentation.
_MAX_MEMBERS = 200


class PageExtrasMixin(DeltaGeneratorBase):
    def page_link(
        self: _DG,
        page: Any,
        *,
        label: str | None = None,
        icon: str | None = None,
        help: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        query_params: Mapping[str, Any] | None = None,
    ) -> _DG:
        """A link to a page of this app (shown in the app, no reload) or to an external URL.

        `page` is a page's script path ("pages/sales.py", relative to the main script), an
        st.Page, or a URL ("https://...").
        """
        element = Element()
        link = element.page_link
        if isinstance(page, str) and _EXTERNAL.match(page):
            if label is None:
                raise APIError("st.page_link needs a label for an external URL.")
            link.url = page
        else:
            target = _page_target(page)
            if target.external_url:
                link.url = target.external_url
            else:
                link.page = target.url_path
            label = target.title if label is None else label
            icon = target.icon if icon is None else icon
            help = target.help if help is None else help
        link.label = str(label)
        link.icon = icon or ""
        link.help = help or ""
        link.disabled = disabled
        link.use_container_width = bool(use_container_width)
        if query_params:
            link.query_string = urlencode(
                [
                    (key, str(v))
                    for key, value in query_params.items()
                    for v in (value if isinstance(value, (list, tuple)) else [value])
                ]
            )
        return self._enqueue_element(element)

    def html(self: _DG, body: Any, *, width: Any = "stretch") -> _DG:
        """HTML, sanitised by the page: scripts and event handlers are removed.

        `body` is a string, an object with `_repr_html_`, or the path of an .html or .css file.
        HTML that is only <style> takes no space on the page.
        """
        text = _html_text(body)
        element = Element()
        element.html.body = text
        if _ONLY_STYLE.match(text):
            return type(self)(ROOT_PATHS["event"])._enqueue_element(element)
        return self._enqueue_element(element)

    def help(self: _DG, obj: Any = None) -> _DG:
        """What `obj` is: its name, signature, documentation and public members."""
        if obj is None:
            import dataapp

            obj = dataapp
        element = Element()
        element.doc_string.CopyFrom(doc_string(obj))
        return self._enqueue_element(element)


def _context(api: str) -> RunContext:
    ctx = get_run_context()
    if ctx is None:
        raise NoRunContextError(f"st.{api} can only be used while an app runs.")
    return ctx


@dataclass(frozen=True)
class _PageTarget:
    """What st.page_link shows of a page of this app."""

    url_path: str
    title: str
    icon: str
    help: str = ""
    external_url: str = ""  # an external st.Page: the link opens this URL


def _page_target(page: Any) -> _PageTarget:
    """The page st.page_link points at, given as an st.Page or a script path."""
    from .navigation import Page, _resolve_script

    if isinstance(page, Page):
        return _PageTarget(page.url_path, page.title, page.icon, page.help, page.external_url or "")
    if not isinstance(page, (str, Path)):
        raise APIError(
            f"st.page_link: page must be a script path, an st.Page or a URL, not {page!r}."
        )
    ctx = _context("page_link")
    wanted = _resolve_script(Path(page))
    for candidate in ctx.declared_pages:
        if candidate.key == str(wanted):
            return _page_target(candidate)
    for script in ctx.pages.pages():
        if Path(script.script_path) == wanted:
            return _PageTarget(str(script.url_path), str(script.title), str(script.icon))
    raise APIError(f"st.page_link: {page} is not a page of this app.")


def _html_text(body: Any) -> str:
    to_html = getattr(body, "_repr_html_", None)
    if callable(to_html):
        return str(to_html())
    if isinstance(body, Path) or (
        isinstance(body, str)
        and "\n" not in body
        and body.lower().endswith((".html", ".htm", ".css"))
    ):
        path = Path(body)
        if not path.is_absolute():
            ctx = get_run_context()
            if ctx is not None:
                path = Path(ctx.script_path).parent / path
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return f"<style>{text}</style>" if path.suffix.lower() == ".css" else text
        if isinstance(body, Path):
            raise APIError(f"st.html: no file at {path}.")
    return str(body)


# -- st.help ------------------------------------------------------------------------------------


def doc_string(obj: Any) -> DocString:
    """What st.help shows about `obj`."""
    proto = DocString()
    proto.name = _name_of(obj)
    proto.module = _module_of(obj)
    proto.type = _type_name(obj)
    if callable(obj):
        proto.signature = _signature(obj)
    doc = inspect.getdoc(obj)
    is_plain_value = not (
        inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj) or callable(obj)
    )
    if is_plain_value:
        proto.value = _short_repr(obj)
        # A plain value's docstring is its class's; show it only when the class has its own.
        doc = inspect.getdoc(type(obj)) if type(obj).__module__ != "builtins" else None
    proto.doc = doc or ""
    for name, member in _members(obj):
        entry = proto.members.add()
        entry.name = name
        entry.type = _type_name(member)
        if inspect.isroutine(member) or inspect.isclass(member) or inspect.ismodule(member):
            member_doc = inspect.getdoc(member) or ""
            entry.doc = member_doc.split("\n\n")[0].replace("\n", " ")
        else:
            entry.value = _short_repr(member)
    return proto


class _Written(str):
    """An annotation kept as text (`from __future__ import annotations`), shown unquoted."""

    def __repr__(self) -> str:
        return str(self)


def _signature(obj: Any) -> str:
    """The signature as written in the code: `(label: str, value: int = 1) -> str`."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return ""

    def written(annotation: Any) -> Any:
        return _Written(annotation) if isinstance(annotation, str) else annotation

    parameters = [
        p.replace(annotation=written(p.annotation)) for p in signature.parameters.values()
    ]
    return str(
        signature.replace(
            parameters=parameters, return_annotation=written(signature.return_annotation)
        )
    )


def _name_of(obj: Any) -> str:
    if inspect.isroutine(obj):
        name = getattr(obj, "__name__", None)
    else:
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if isinstance(name, str):
        return name
    # A variable: its name in the app's code, when it was passed by name.
    frame = inspect.currentframe()
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("dataapp."):
        frame = frame.f_back
    if frame is not None:
        for key, value in frame.f_locals.items():
            if value is obj and not key.startswith("_"):
                return key
    return ""


def _module_of(obj: Any) -> str:
    module = getattr(obj, "__module__", None)
    if isinstance(module, str):
        return module
    if inspect.ismodule(obj):
        return ""
    return str(type(obj).__module__)


def _type_name(obj: Any) -> str:
    if inspect.ismodule(obj):
        return "module"
    if inspect.isclass(obj):
        return "class"
    if inspect.ismethod(obj):
        return "method"
    if inspect.isfunction(obj) or inspect.isbuiltin(obj):
        return "function"
    return type(obj).__name__


def _short_repr(value: Any, limit: int = 200) -> str:
    try:
        text = repr(value)
    except Exception as error:
        text = f"<repr failed: {error}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _members(obj: Any) -> Iterator[tuple[str, Any]]:
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or _is_instance_of_user_class(obj)):
        return
    public = getattr(obj, "__all__", None) if inspect.ismodule(obj) else None
    names = list(public) if isinstance(public, (list, tuple)) else dir(obj)
    shown = 0
    for name in names:
        if name.startswith("_") or shown >= _MAX_MEMBERS:
            continue
        try:
            member = getattr(obj, name)
        except Exception:
            continue
        shown += 1
        yield name, member


def _is_instance_of_user_class(obj: Any) -> bool:
    return type(obj).__module__ not in ("builtins",) and not isinstance(
        obj, (types.FunctionType, types.BuiltinFunctionType)
    )


# -- st.echo ------------------------------------------------------------------------------------


class echo:
    """`with st.echo():` shows the code of its block, then runs it (`code_location`: "above"
    or "below" the block's output)."""

    def __init__(self, code_location: Literal["above", "below"] = "above") -> None:
        if code_location not in ("above", "below"):
            raise APIError(
                f"st.echo: code_location must be 'above' or 'below', not {code_location!r}."
            )
        self._below = code_location == "below"
        self._slot: Any = None
        self._filename = ""
        self._line = 0

    def __enter__(self) -> None:
        from ..roots import main

        caller = sys._getframe(1)
        self._filename = caller.f_code.co_filename
        self._line = caller.f_lineno
        self._slot = None if self._below else main.empty()

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> Literal[False]:
        from ..roots import main

        if exc_type is not None and not issubclass(exc_type, Exception):
            return False  # a rerun or st.stop(): this run ends here
        code = block_source(self._filename, self._line)
        target = self._slot if self._slot is not None else main
        target.code(code, language="python")
        return False


def block_source(filename: str, with_line: int) -> str:
    """The source of the block of the `with` statement on line `with_line` of `filename`."""
    lines = linecache.getlines(filename) or _read_lines(filename)
    if not 0 < with_line <= len(lines):
        return ""
    header = lines[with_line - 1]
    indent = len(header) - len(header.lstrip())
    body: list[str] = []
    for line in lines[with_line:]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    while body and not body[-1].strip():
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    return textwrap.dedent("".join(body)).rstrip("\n")


def _read_lines(filename: str) -> list[str]:
    try:
        return Path(filename).read_text(encoding="utf-8").splitlines(keepends=True)
    except OSError:
        return []


# -- st.logo ------------------------------------------------------------------------------------

_LOGO_SIZES = {"small": Logo.SMALL, "medium": Logo.MEDIUM, "large": Logo.LARGE}


def logo(
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """The app's logo at the top of the sidebar (or of the page): an image, an emoji or a
    short text. `icon_image` is shown instead while the sidebar is closed."""
    ctx = get_run_context()
    if ctx is None:
        return
    if size not in _LOGO_SIZES:
        raise APIError(f"st.logo: size must be 'small', 'medium' or 'large', not {size!r}.")
    if link is not None and not _EXTERNAL.match(link):
        raise APIError(f"st.logo: link must be an external URL (https://...), not {link!r}.")
    msg = ForwardMsg()
    msg.logo.image, msg.logo.is_text = _logo_source(image)
    if icon_image is not None:
        msg.logo.icon_image, msg.logo.icon_is_text = _logo_source(icon_image)
    msg.logo.link = link or ""
    msg.logo.size = _LOGO_SIZES[size]
    ctx.enqueue(msg)


def _logo_source(image: Any) -> tuple[str, bool]:
    if isinstance(image, str) and not is_url(image) and not looks_like_image_path(image):
        if len(image) > 40:
            raise APIError("st.logo: a text logo may be at most 40 characters long.")
        return image, True
    return image_url(image, "st.logo"), False


# -- st.context ---------------------------------------------------------------------------------


class Headers(Mapping[str, str]):
    """Request headers of the page's connection, read-only and case-insensitive."""

    def __init__(self, items: tuple[tuple[str, str], ...]) -> None:
        self._items = items

    def __getitem__(self, key: str) -> str:
        values = self.get_all(key)
        if not values:
            raise KeyError(key)
        return values[-1]

    def get_all(self, key: str) -> list[str]:
        return [value for name, value in self._items if name.lower() == key.lower()]

    def __iter__(self) -> Iterator[str]:
        seen: list[str] = []
        for name, _ in self._items:
            if name.lower() not in (s.lower() for s in seen):
                seen.append(name)
        return iter(seen)

    def __len__(self) -> int:
        return len({name.lower() for name, _ in self._items})

    def to_dict(self) -> dict[str, str]:
        return {name: self[name] for name in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())


class Theme:
    """st.context.theme: the page's theme ("light" or "dark") when it connected."""

    def __init__(self, type_: str | None) -> None:
        self.type = type_

    def __repr__(self) -> str:
        return f"Theme(type={self.type!r})"


class ContextProxy:
    """`st.context`: what the browser showing the app told the server when it connected.

    Headers and cookies come from the page's WebSocket handshake (in a first run started by
    the page request, from that request); the launch token's cookie and header are never
    shown. Locale, time zone and theme are sent by the page: asked for before it has
    connected, they wait for it (AppSession's ClientInfoBox).
    """

    def _client(self, *, page_field: bool = False) -> ClientInfo:
        """`page_field`: the caller reads what only the page says (locale, time zone, theme)."""
        return _context("context").client_info.get(page_field=page_field)

    @property
    def headers(self) -> Headers:
        return Headers(self._client().headers)

    @property
    def cookies(self) -> Mapping[str, str]:
        return types.MappingProxyType(dict(self._client().cookies))

    @property
    def timezone(self) -> str | None:
        return self._client(page_field=True).timezone or None

    @property
    def timezone_offset(self) -> int | None:
        return self._client(page_field=True).timezone_offset

    @property
    def locale(self) -> str | None:
        client = self._client(page_field=True)
        if client.locale:
            return client.locale
        accept = Headers(client.headers).get("Accept-Language", "")
        return accept.split(",")[0].split(";")[0].strip() or None

    @property
    def url(self) -> str | None:
        """The page's address (without its query string), e.g. http://127.0.0.1:8501/sales."""
        ctx = _context("context")
        origin = self._client().origin
        return f"{origin}/{ctx.page_name}" if origin else None

    @property
    def ip_address(self) -> str | None:
        """None when the page runs on this machine (always, for a desktop app), as in Streamlit."""
        address = self._client().ip_address
        return None if address in ("", "127.0.0.1", "::1") else address

    @property
    def is_embedded(self) -> bool:
        return False

    @property
    def theme(self) -> Theme:
        return Theme(self._client(page_field=True).theme or None)

    def __repr__(self) -> str:
        try:
            return (
                f"st.context(url={self.url!r}, locale={self.locale!r}, "
                f"timezone={self.timezone!r}, theme={self.theme.type!r})"
            )
        except NoRunContextError:
            return "st.context (no app running)"
