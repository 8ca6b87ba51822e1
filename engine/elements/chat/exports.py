"""The chat family's st.* names: chat_message, chat_input, write_stream.

`dataapp._api` re-exports `__all__`: a line here is what makes `st.<name>` exist, for the
lazy loader and for type checkers alike. Imported with the API, on first `st.<name>`.
"""

from __future__ import annotations

from dataapp.elements.roots import main as _main

chat_message = _main.chat_message
chat_input = _main.chat_input
write_stream = _main.write_stream

__all__ = [
    "chat_input",
    "chat_message",
    "write_stream",
]
