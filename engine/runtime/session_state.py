"""`st.session_state`: values that survive reruns, and the widget values behind them.

Only the session's script thread reads or changes a SessionState (runs of one session never
overlap); AppTest touches it between runs, when no script thread is running.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from dataapp.errors import (
    DuplicateWidgetIDError,
    NoRunContextError,
    ValueAssignmentNotAllowedError,
    WidgetAlreadyInstantiatedError,
)
from dataapp.proto.widgets_pb2 import WidgetState, WidgetStates

WIDGET_ID_PREFIX = "$$WID-"

log = logging.getLogger("dataapp.widgets")


class WidgetValueError(ValueError):
    """A value the page reported that its widget cannot take; the message says why.

    Deserializers raise it for a report they cannot read (another kind of value, an option
    index that does not exist, a file that is not an upload of this session).
    """


class LazyValue(ABC):
    """A value restored from disk, decoded only when the app first uses it."""

    @abstractmethod
    def decode(self) -> Any:
        """The value; raises when it cannot be read (e.g. its class no longer exists)."""


@dataclass(frozen=True)
class WidgetMetadata:
    """What the session needs to know about a widget between runs."""

    id: str
    # The API name ("slider", "button") and label, for error messages.
    kind: str
    label: str
    # Turns the frontend's report into the Python value the script sees.
    deserialize: Callable[[WidgetState], Any]
    default: Any
    key: str | None = None
    form_id: str = ""
    # Buttons: True for exactly one run after a press.
    is_trigger: bool = False
    # The page showed the widget disabled: the user could not change it, so a report that
    # changes it did not come from them and is refused.
    disabled: bool = False
    # False for widgets only their user sets (buttons, uploads, the data editor, chart
    # selections): the widget call after the app assigned its key raises, as in Streamlit.
    writes_allowed: bool = True
    # False for widgets whose page keeps its own state (custom components): a value restored
    # from an earlier launch would not be what the page shows, so none is kept.
    persisted: bool = True
    callback: Callable[..., Any] | None = None
    callback_args: tuple[Any, ...] = ()
    callback_kwargs: dict[str, Any] = field(default_factory=dict)
    # Why a value does not fit the widget's own limits (above max_value, longer than max_chars,
    # not one of the options), or None when it fits; None accepts anything. Checked for every
    # value the page reports and every value restored from an earlier launch.
    validate: Callable[[Any], str | None] | None = None
    # Fragments the widget was created in, outermost first: a fragment rerun forgets only the
    # widgets of that fragment that it did not create again.
    fragment_path: tuple[str, ...] = ()

    def read(self, state: WidgetState, current: Any) -> Any:
        """The value the page reported; WidgetValueError saying why when the widget refuses it.

        The page (or any local process holding the token) may send anything: a report is read
        and checked here, on the server, before the script can see it. A value equal to
        `current` (what the script has now; `_MISSING` for none) is taken as it is: nothing
        changes, and a value the app itself set beyond the limits (through st.session_state)
        must not be blamed on the page in every run.
        """
        try:
            value = self.deserialize(state)
        except WidgetValueError:
            raise
        except Exception as error:  # a deserializer meeting a malformed report
            raise WidgetValueError(
                f"the report cannot be read ({type(error).__name__}: {error})"
            ) from error
        if current is not _MISSING and _values_equal(value, current):
            return value
        if self.disabled:
            raise WidgetValueError("the widget is disabled, so its value cannot change")
        problem = self.validate(value) if self.validate is not None else None
        if problem is not None:
            raise WidgetValueError(problem)
        return value

    def describe(self) -> str:
        """`st.slider 'Age' (key 'age')`, for messages."""
        return f"st.{self.kind} {self.label!r}" + (f" (key {self.key!r})" if self.key else "")


@dataclass(frozen=True)
class RegisteredValue:
    """The result of registering a widget in a run."""

    # What the script gets back from the widget call.
    value: Any
    # What the control must show (differs from `value` only when a form is being cleared).
    shown: Any
    # The frontend must replace the user's value with `shown`.
    set_value: bool
    # A developer warning to show beside the widget, if any.
    warning: str = ""


_MISSING = object()


def _values_equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # e.g. numpy arrays: element-wise comparison
        return a is b


class SessionState:
    def __init__(self) -> None:
        self._start_empty()

    def _start_empty(self) -> None:
        # Values by user key (for values the app set) and by widget id (for widgets).
        self._values: dict[str, Any] = {}
        self._key_to_widget: dict[str, str] = {}
        self._widgets: dict[str, WidgetMetadata] = {}
        self._registered_this_run: set[str] = set()
        self._keys_registered_this_run: set[str] = set()
        # Widgets whose value the app changed since the frontend last showed it.
        self._set_by_app: set[str] = set()
        # Keys the app set before their widget existed (for the default-and-state warning).
        self._set_before_widget: set[str] = set()
        # Keys the app assigned since this run started (callbacks included): a read-only
        # widget created with one of them raises. Streamlit's "new state value".
        self._assigned_this_run: set[str] = set()
        # Reports for widgets this session has not registered yet (e.g. after a reconnect).
        self._unclaimed_reports: dict[str, WidgetState] = {}
        self._submitted_forms: set[str] = set()
        # Keys of the forms created in this run: assigning one raises, as for a widget's key.
        self._form_keys_this_run: set[str] = set()
        self._clear_after_run: dict[str, Any] = {}
        self._forms_clear_on_submit: set[str] = set()
        # Widget values saved by an earlier launch, waiting for their widget to be created.
        self._restored_by_key: dict[str, Any] = {}
        self._restored_by_id: dict[str, Any] = {}
        # Keys the app asked not to keep between launches (st.session_state.persist(key, False)).
        self._not_persisted: set[str] = set()
        # Keys the app asked to keep although a rule (e.g. a leading "_") would skip them.
        self.force_persisted: set[str] = set()
        # Problems met while decoding restored values, for the app's warning.
        self.restore_problems: list[str] = []

    # -- the mapping the app sees -------------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        widget_id = self._key_to_widget.get(key)
        if widget_id is not None and widget_id in self._values:
            return self._decoded(self._values, widget_id)
        if key in self._values and not key.startswith(WIDGET_ID_PREFIX):
            return self._decoded(self._values, key)
        if key in self._restored_by_key:
            return self._decoded(self._restored_by_key, key)
        raise KeyError(_missing_key_message(key))

    def _decoded(self, store: dict[str, Any], name: str) -> Any:
        value = store[name]
        if not isinstance(value, LazyValue):
            return value
        try:
            store[name] = value = value.decode()
        except Exception as error:
            del store[name]
            self.restore_problems.append(
                f"The saved value of `{name}` could not be restored: {error}"
            )
            raise KeyError(_missing_key_message(name)) from None
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._form_keys_this_run:
            raise WidgetAlreadyInstantiatedError(key)
        self._assigned_this_run.add(key)
        widget_id = self._key_to_widget.get(key)
        if widget_id is not None:
            meta = self._widgets.get(widget_id)
            if widget_id in self._registered_this_run:
                raise WidgetAlreadyInstantiatedError(key)
            if meta is not None and not meta.writes_allowed:
                # Refused by the widget call (which raises); between runs (AppTest) ignored,
                # as Streamlit does: a button is True only in the run after a press.
                return
            self._values[widget_id] = value
            self._set_by_app.add(widget_id)
            return
        self._restored_by_key.pop(key, None)
        self._values[key] = value
        self._set_before_widget.add(key)

    def __delitem__(self, key: str) -> None:
        if self._restored_by_key.pop(key, None) is not None and key not in self:
            return
        widget_id = self._key_to_widget.pop(key, None)
        if widget_id is not None:
            self._values.pop(widget_id, None)
            return
        if key not in self._values or key.startswith(WIDGET_ID_PREFIX):
            raise KeyError(_missing_key_message(key))
        del self._values[key]
        self._set_before_widget.discard(key)

    def __contains__(self, key: object) -> bool:
        # A restored value is decoded here, not only when read: one that cannot be decoded is
        # absent for `in` as well, so `if key not in st.session_state` sets its default.
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self) -> list[str]:
        """User keys and the keys of keyed widgets; keyless widgets are not listed."""
        own = [k for k in self._values if not k.startswith(WIDGET_ID_PREFIX)]
        keyed = [k for k, wid in self._key_to_widget.items() if wid in self._values]
        restored = [k for k in self._restored_by_key if k not in self._key_to_widget]
        listed = own + [k for k in keyed + restored if k not in own]
        return [k for k in listed if k in self]

    def to_dict(self) -> dict[str, Any]:
        result = {}
        for key in self.keys():
            try:
                result[key] = self[key]
            except KeyError:  # a restored value that could not be decoded
                continue
        return result

    def widget_value(self, widget_id: str) -> Any:
        """The value the script saw for a widget (KeyError if the widget is unknown)."""
        return self._values[widget_id]

    def reset_widget_value(self, widget_id: str, value: Any) -> None:
        """A widget call putting back a value its widget cannot show (e.g. an index beyond its
        options set through its key): the key reads it at once, as Streamlit's
        reset_state_value does, without the error of an app's late assignment."""
        self._values[widget_id] = value

    def widget_metadata(self, widget_id: str) -> WidgetMetadata | None:
        """What the session knows about a widget: its deserializer, default, key and callback."""
        return self._widgets.get(widget_id)

    def widget_values(self) -> dict[str, Any]:
        """Values of every widget by id, keyed or not (persistence stores them)."""
        return {wid: v for wid, v in self._values.items() if wid.startswith(WIDGET_ID_PREFIX)}

    def clear(self) -> None:
        for key in self.keys():
            del self[key]

    def reset(self) -> None:
        """Forget every value and widget, as in a brand-new session; the page shows defaults."""
        widgets = set(self._widgets)
        self._start_empty()
        # Widgets the page shows must take their defaults, not keep what the user had.
        self._set_by_app.update(widgets)

    # -- widgets ------------------------------------------------------------------------------

    def register_widget(self, meta: WidgetMetadata, has_explicit_default: bool) -> RegisteredValue:
        """Called by each widget call in a run: the value the widget has in this run."""
        if meta.id in self._registered_this_run:
            raise DuplicateWidgetIDError(
                f"There are two identical `st.{meta.kind}` widgets with label {meta.label!r}"
                + (f" and key {meta.key!r}" if meta.key else "")
                + ". Give each one a unique `key=` argument."
            )
        if meta.key is not None and meta.key in self._keys_registered_this_run:
            raise DuplicateWidgetIDError(
                f"There are multiple widgets with the key {meta.key!r} (the latest is "
                f"`st.{meta.kind}` {meta.label!r}). Each widget needs its own key."
            )
        if not meta.writes_allowed and meta.key in self._assigned_this_run:
            raise ValueAssignmentNotAllowedError(meta.key)
        self._registered_this_run.add(meta.id)
        self._widgets[meta.id] = meta
        warning = ""
        if meta.key is not None:
            self._keys_registered_this_run.add(meta.key)
            warning = self._bind_key(meta, has_explicit_default)
        report = self._unclaimed_reports.pop(meta.id, None)
        if report is not None and meta.id not in self._set_by_app:
            try:
                self._values[meta.id] = meta.read(report, self._values.get(meta.id, _MISSING))
            except WidgetValueError as error:
                self._refuse_report(meta, error)
        self._apply_restored(meta)
        if meta.id not in self._values:
            self._values[meta.id] = meta.default
        value = self._values[meta.id]
        set_value = meta.id in self._set_by_app
        self._set_by_app.discard(meta.id)
        if meta.form_id in self._submitted_forms and meta.form_id in self._forms_clear_on_submit:
            self._clear_after_run[meta.id] = meta.default
            return RegisteredValue(value, meta.default, True, warning)
        return RegisteredValue(value, value, set_value, warning)

    def _apply_restored(self, meta: WidgetMetadata) -> None:
        """A widget created for the first time in this session takes its saved value, if it fits.

        No callback fires: the user did not change anything in this launch.
        """
        holder, name = (
            (self._restored_by_key, meta.key)
            if meta.key is not None and meta.key in self._restored_by_key
            else (self._restored_by_id, meta.id)
        )
        if name not in holder:
            return
        if meta.id in self._values or meta.is_trigger:
            holder.pop(name)
            return
        try:
            value = self._decoded(holder, name)
        except KeyError:
            return
        holder.pop(name, None)
        if meta.validate is not None and meta.validate(value) is not None:
            return
        self._values[meta.id] = value
        self._set_by_app.add(meta.id)

    def _bind_key(self, meta: WidgetMetadata, has_explicit_default: bool) -> str:
        assert meta.key is not None
        key = meta.key
        previous = self._key_to_widget.get(key)
        self._key_to_widget[key] = meta.id
        if previous is None and key in self._values:
            # The app set the value through st.session_state before the widget existed.
            self._values[meta.id] = self._values.pop(key)
            self._set_by_app.add(meta.id)
            if key in self._set_before_widget and has_explicit_default:
                self._set_before_widget.discard(key)
                return (
                    f'The widget with key "{key}" was created with a default value but also had '
                    "its value set via the Session State API."
                )
        elif previous is not None and previous != meta.id and previous in self._set_by_app:
            # Same key, new identity (e.g. a changed label): keep a value the app just set.
            self._values[meta.id] = self._values.pop(previous)
            self._set_by_app.add(meta.id)
        self._set_before_widget.discard(key)
        return ""

    def declare_form(self, form_id: str, key: str, clear_on_submit: bool) -> None:
        """Called by st.form in each run: the form's key can no longer be assigned in this run,
        and a submitted clear_on_submit form shows defaults after the run."""
        self._form_keys_this_run.add(key)
        if clear_on_submit:
            self._forms_clear_on_submit.add(form_id)
        else:
            self._forms_clear_on_submit.discard(form_id)

    def form_submitted(self, form_id: str) -> bool:
        return form_id in self._submitted_forms

    # -- the run's life -----------------------------------------------------------------------

    def on_script_will_rerun(self, states: WidgetStates | None) -> list[WidgetMetadata]:
        """Apply the frontend's widget values; return the widgets whose callbacks must run."""
        self._assigned_this_run.clear()
        self._reset_triggers()
        self._registered_this_run.clear()
        self._keys_registered_this_run.clear()
        self._form_keys_this_run.clear()
        self._submitted_forms.clear()
        changed: list[WidgetMetadata] = []
        for state in states.widgets if states is not None else ():
            meta = self._widgets.get(state.id)
            if meta is None:
                self._unclaimed_reports[state.id] = state
                continue
            if state.id in self._set_by_app:
                # The app's own change wins over a report made before the page saw it.
                continue
            try:
                new_value = meta.read(state, self._values.get(state.id, _MISSING))
            except WidgetValueError as error:
                self._refuse_report(meta, error)
                continue
            if meta.is_trigger:
                # A button's True, or the text a chat_input submitted: for this run only.
                self._values[state.id] = new_value
                if new_value:
                    changed.append(meta)
                    if meta.form_id:
                        self._submitted_forms.add(meta.form_id)
                continue
            old_value = self._values.get(state.id, _MISSING)
            if old_value is _MISSING or not _values_equal(old_value, new_value):
                self._values[state.id] = new_value
                changed.append(meta)
        return changed

    def _refuse_report(self, meta: WidgetMetadata, error: WidgetValueError) -> None:
        """The widget keeps its current value (its default if it has none yet), and the page
        is told to show that value again instead of the one it sent."""
        log.warning(
            "Refused a value the page sent for %s: %s. The script keeps the widget's "
            "current value.",
            meta.describe(),
            error,
        )
        if not meta.is_trigger:
            self._set_by_app.add(meta.id)

    def on_script_finished(self, complete: bool, fragment_id: str = "") -> None:
        """After a run: a complete run forgets widgets it did not create.

        A fragment run only answers for the widgets inside that fragment.
        """
        for widget_id, default in self._clear_after_run.items():
            self._values[widget_id] = default
        self._clear_after_run.clear()
        if complete:
            for widget_id, meta in list(self._widgets.items()):
                in_scope = not fragment_id or fragment_id in meta.fragment_path
                if in_scope and widget_id not in self._registered_this_run:
                    self._forget_widget(widget_id)
            if not fragment_id:
                self._unclaimed_reports.clear()
        self._registered_this_run.clear()
        self._keys_registered_this_run.clear()
        self._form_keys_this_run.clear()

    def _forget_widget(self, widget_id: str) -> None:
        meta = self._widgets.pop(widget_id)
        self._values.pop(widget_id, None)
        self._set_by_app.discard(widget_id)
        if meta.key is not None and self._key_to_widget.get(meta.key) == widget_id:
            del self._key_to_widget[meta.key]

    def _reset_triggers(self) -> None:
        for widget_id, meta in self._widgets.items():
            if meta.is_trigger:
                self._values[widget_id] = meta.default

    def is_registered_this_run(self, widget_id: str) -> bool:
        return widget_id in self._registered_this_run

    # -- kept between launches ------------------------------------------------------------------

    def persist(self, key: str, enabled: bool = True) -> None:
        """Keep `key` (a value or a keyed widget) between launches, or stop keeping it."""
        if enabled:
            self._not_persisted.discard(key)
        else:
            self._not_persisted.add(key)

    def is_persisted(self, key: str) -> bool:
        return key not in self._not_persisted

    def restore(
        self,
        user_values: dict[str, Any],
        widgets_by_key: dict[str, Any],
        widgets_by_id: dict[str, Any],
    ) -> None:
        """Seed a new session, before its first run, with what an earlier launch saved."""
        self._values.update(user_values)
        self._restored_by_key.update(widgets_by_key)
        self._restored_by_id.update(widgets_by_id)

    def persistable_values(
        self, excluded: Callable[[str], bool]
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """(user values, keyed widget values, keyless widget values by id) to keep.

        Buttons are never kept (a press belongs to one run); nor are excluded keys, nor widgets
        whose page keeps its own state (custom components).
        """

        def kept(key: str) -> bool:
            if key in self._not_persisted:
                return False
            return key in self.force_persisted or not excluded(key)

        user = {
            k: v for k, v in self._values.items() if not k.startswith(WIDGET_ID_PREFIX) and kept(k)
        }
        by_key: dict[str, Any] = {}
        by_id: dict[str, Any] = {}
        for widget_id, meta in self._widgets.items():
            if meta.is_trigger or not meta.persisted or widget_id not in self._values:
                continue
            if meta.key is None:
                by_id[widget_id] = self._values[widget_id]
            elif kept(meta.key):
                by_key[meta.key] = self._values[widget_id]
        # Saved values of widgets this session has not shown yet (another page) are kept too.
        for key, value in self._restored_by_key.items():
            if kept(key):
                by_key.setdefault(key, value)
        for widget_id, value in self._restored_by_id.items():
            by_id.setdefault(widget_id, value)
        return user, by_key, by_id


def _missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        'Set it first, e.g. `if "'
        + key
        + '" not in st.session_state: st.session_state["'
        + key
        + '"] = ...`'
    )


class SessionStateProxy(MutableMapping[str, Any]):
    """`st.session_state`: the running session's state, by item or by attribute."""

    def _state(self) -> SessionState:
        from dataapp.runtime.context import get_run_context

        ctx = get_run_context()
        if ctx is None:
            raise NoRunContextError(
                "st.session_state is only available while an app runs "
                "(dataapp-desktop app.py, or AppTest in tests)."
            )
        return ctx.session_state

    def __getitem__(self, key: str) -> Any:
        return self._state()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._state()

    def __iter__(self) -> Iterator[str]:
        return iter(self._state().keys())

    def __len__(self) -> int:
        return len(self._state().keys())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(_missing_key_message(key)) from error

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError as error:
            raise AttributeError(_missing_key_message(key)) from error

    def to_dict(self) -> dict[str, Any]:
        return self._state().to_dict()

    def persist(self, key: str, enabled: bool = True) -> None:
        """Keep `key` between launches of the app (the default), or not: `persist(key, False)`.

        `persist(key, True)` also keeps a key that the `exclude` patterns of the app's config
        would skip (by default, keys that start with "_"). See docs/persistence.md.
        """
        state = self._state()
        state.persist(key, enabled)
        if enabled:
            state.force_persisted.add(key)
        else:
            state.force_persisted.discard(key)

    def __repr__(self) -> str:
        try:
            return repr(self._state().to_dict())
        except NoRunContextError:
            return "st.session_state (no app running)"
