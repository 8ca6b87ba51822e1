"""Drive the real Runtime without a server: a session whose messages are collected in a list."""

from __future__ import annotations

import textwrap
import threading
from dataclasses import dataclass, field
from pathlib import Path

from dataapp.proto.back_pb2 import BackMsg
from dataapp.proto.forward_pb2 import ForwardMsg
from dataapp.runtime.app_session import AppSession
from dataapp.runtime.config import AppConfig
from dataapp.runtime.runtime import Runtime


@dataclass
class RecordingClient:
    messages: list[ForwardMsg] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self, messages: list[ForwardMsg]) -> None:
        with self.lock:
            self.messages.extend(messages)

    def take(self) -> list[ForwardMsg]:
        with self.lock:
            taken, self.messages = self.messages, []
            return taken


@dataclass
class RecordedApp:
    runtime: Runtime
    session: AppSession
    client: RecordingClient

    def wait(self, timeout: float = 10.0) -> list[ForwardMsg]:
        assert self.session.join(timeout), "the script did not finish in time"
        return self.client.take()

    def rerun(self, msg: BackMsg | None = None) -> None:
        if msg is None:
            msg = BackMsg()
            msg.rerun.SetInParent()
        self.session.handle_back_msg(msg)


def start_app(tmp_path: Path, source: str, name: str = "app.py") -> RecordedApp:
    app = tmp_path / name
    app.write_text(textwrap.dedent(source))
    runtime = Runtime(str(app))
    client = RecordingClient()
    session = runtime.create_session(client, None)
    return RecordedApp(runtime, session, client)


def launch_persisted(app: Path) -> tuple[Runtime, AppSession, RecordingClient]:
    """One launch of `app` with persistence on (as the desktop has it), its first run done.

    Where the state is kept is DATAAPP_DATA_DIR's business: set it per test.
    """
    config = AppConfig()
    config.persistence.enabled = True
    runtime = Runtime(str(app), config)
    client = RecordingClient()
    session = runtime.create_session(client, None)
    assert session.join(10), "the first run did not finish in time"
    return runtime, session, client


def elements(messages: list[ForwardMsg], kind: str | None = None) -> list[object]:
    found = []
    for msg in messages:
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if kind is None or element.WhichOneof("type") == kind:
                found.append(getattr(element, element.WhichOneof("type") or ""))
    return found


def finished(messages: list[ForwardMsg]) -> list[ForwardMsg]:
    return [m for m in messages if m.WhichOneof("type") == "script_finished"]
