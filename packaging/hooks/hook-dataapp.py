"""PyInstaller hook for the engine: its built frontend, and modules it imports by name."""

from pathlib import Path

from PyInstaller.utils.hooks import collect_submodules

import dataapp

# The server finds the frontend next to its own package (`dataapp/static`), as it does unfrozen.
# Located through the imported package: in a source checkout the folder is engine/, not dataapp/.
datas = [(str(Path(dataapp.__file__).resolve().parent / "static"), "dataapp/static")]
# `import streamlit...` inside an app resolves to dataapp modules through an import hook.
hiddenimports = collect_submodules(
    "dataapp",
    filter=lambda name: not name.startswith(("dataapp.testing", "dataapp.proto.generate")),
)
