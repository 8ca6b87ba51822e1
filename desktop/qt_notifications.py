"""OS notifications from the window (Qt backend, Linux): the freedesktop Notifications service.

`send_notification` calls `org.freedesktop.Notifications.Notify` on the session bus with
QtDBus, without waiting for the answer (the service may be slow, or absent: then the bus
answers with an error nobody waits for). GNOME, KDE, Xfce, dunst and mako all provide the
service. Other platforms, or no session bus: nothing is sent and the caller learns it.
GUI thread only (QtDBus uses the thread's event loop).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

log = logging.getLogger("dataapp_desktop")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
# The notification server decides how long a notification shows.
DEFAULT_TIMEOUT = -1


def notifications_available() -> bool:
    """Linux with Qt's D-Bus module and a session bus (GUI thread)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        from qtpy.QtDBus import QDBusConnection
    except ImportError:
        log.debug("No OS notifications: Qt's D-Bus module is not installed")
        return False
    if not QDBusConnection.sessionBus().isConnected():
        log.debug("No OS notifications: there is no D-Bus session bus")
        return False
    return True


def send_notification(app_name: str, title: str, body: str) -> bool:
    """True when the call left for the session bus (`notifications_available` said yes)."""
    from qtpy.QtCore import QMetaType, QVariant
    from qtpy.QtDBus import QDBusArgument, QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
    # Notify(s app_name, u replaces_id, s app_icon, s summary, s body, as actions,
    #        a{sv} hints, i expire_timeout): Python values alone would not marshal to u, as
    #        and a{sv}.
    replaces_id = QDBusArgument()
    replaces_id.add(0, _type_id(QMetaType.Type.UInt))
    actions = QDBusArgument()
    actions.add([], _type_id(QMetaType.Type.QStringList))
    hints = QDBusArgument()
    hints.beginMap(_type_id(QMetaType.Type.QString), QMetaType.fromName(b"QDBusVariant").id())
    hints.endMap()
    message.setArguments(
        [app_name, replaces_id, "", title, body, actions, hints, QVariant(DEFAULT_TIMEOUT)]
    )
    return bool(bus.send(message))


def _type_id(meta_type: Any) -> int:
    """A QMetaType.Type's number (PyQt6's stubs do not say its value is an int)."""
    return int(meta_type.value)
