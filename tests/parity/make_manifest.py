"""Write tests/parity/streamlit_1_67_api.json: Streamlit 1.67's public API and its parameters.

Run with a Python that has Streamlit 1.67 installed, from the repository's root:

    /tmp/st-venv/bin/python -m tests.parity.make_manifest

The test suite never runs this (it needs Streamlit); it reads the committed manifest. Runs in
one thread and imports Streamlit without starting it.
"""

from __future__ import annotations

import sys

from tests.parity.api_walk import MANIFEST, Manifest, manifest_text, walk_api

STREAMLIT_VERSION = "1.67.0"

# Public attributes that Streamlit's API reference does not document: helpers its own code
# calls, reachable only because they have no underscore.
UNDOCUMENTED = frozenset(
    {
        "st.sidebar.dg",
        "st.query_params.missing_attr_error_message",
        "st.query_params.missing_key_error_message",
        "st.secrets.file_change_listener",
        "st.secrets.load_if_toml_exists",
        "st.secrets.merge_programmatic_secrets",
    }
)


def main() -> int:
    import streamlit
    from streamlit.testing.v1 import AppTest

    if streamlit.__version__ != STREAMLIT_VERSION:
        print(
            f"The manifest is Streamlit {STREAMLIT_VERSION}'s API; this is Streamlit "
            f"{streamlit.__version__}. Run it with a Python that has {STREAMLIT_VERSION} "
            f"(pip install streamlit=={STREAMLIT_VERSION}).",
            file=sys.stderr,
        )
        return 1
    api = {
        name: params
        for name, params in walk_api(streamlit, AppTest).items()
        if name not in UNDOCUMENTED
    }
    MANIFEST.write_text(manifest_text(Manifest(streamlit.__version__, api)), encoding="utf-8")
    params = sum(len(p) for p in api.values() if p)
    print(f"{MANIFEST.name}: Streamlit {streamlit.__version__}, {len(api)} names, {params} params")
    return 0


if __name__ == "__main__":
    sys.exit(main())
