"""AppTest's views of flow: page links (`click()` follows one), html, help, and the status,
popover and dialog blocks. Used by the test's thread, between runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from dataapp.elements.apptest_support import AppTestError, Block, Element

if TYPE_CHECKING:
    from dataapp.testing.element_tree import ElementTree


class PageLink(Element):
    """`st.page_link`: `.page` is the target page's URL path, `.url` an external address."""

    serves = ("page_link",)
    type = "page_link"
    _repr_fields = ("label", "page", "url")

    @property
    def value(self) -> str:
        return str(self.proto.label)

    def click(self) -> PageLink:
        """Follow the link, as a user would: the next `.run()` shows its page (dataapp only).

        An external link (`.url`) leaves the app, so it changes nothing here.
        """
        runner = self.root._runner
        if self.proto.disabled:
            raise AppTestError(f"Cannot click the disabled page link {self.value!r}.")
        if runner is not None and not self.proto.url:
            runner._page_name = str(self.proto.page)
            runner.query_params = {
                key: values[0] if len(values) == 1 else values
                for key, values in parse_qs(self.proto.query_string, keep_blank_values=True).items()
            }
        return self


class Html(Element):
    serves = ("html",)
    type = "html"

    @property
    def value(self) -> str:
        return str(self.proto.body)


class Help(Element):
    """`st.help`: `.name`, `.signature`, `.doc`, `.members` (name, type, value, doc)."""

    serves = ("help",)
    type = "help"
    _repr_fields = ("name", "type_name")

    @property
    def value(self) -> str:
        return str(self.proto.doc)

    @property
    def type_name(self) -> str:
        return str(self.proto.type)


_STATUS_STATES = {0: "running", 1: "complete", 2: "error"}


class Status(Block):
    """`st.status`: `.label`, `.state` ("running", "complete" or "error"), `.expanded`."""

    serves = ("status",)
    _repr_fields = ("label", "state")

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "status")
        self.label = str(proto.label)
        self.state = _STATUS_STATES.get(proto.state, "running")
        self.expanded = bool(proto.expanded)


class Popover(Block):
    serves = ("popover",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "popover")
        self.label = str(proto.label)
        self.disabled = bool(proto.disabled)


_DIALOG_WIDTHS = {0: "small", 1: "medium", 2: "large"}


class Dialog(Block):
    """A dialog opened by an `st.dialog` function in the last run: `.label` (its title; `.title`
    lists st.title elements, as on every block), `.width`, `.dismissible`."""

    serves = ("dialog",)
    _repr_fields = ("label",)

    def __init__(self, proto: Any, root: ElementTree) -> None:
        super().__init__(proto, root, "dialog")
        self.label = str(proto.title)
        self.width = _DIALOG_WIDTHS.get(proto.width, "small")
        self.dismissible = bool(proto.dismissible)
