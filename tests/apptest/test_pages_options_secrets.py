"""st.Page's help, visibility and external URLs, st.get_option/st.set_option and
st.secrets.has_key through AppTest.

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv) and gives the same
values there, except the last test, which reads a config file next to the app (Streamlit reads
the working directory's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.testing import AppTest

PAGES = '''
import streamlit as st

def home():
    st.text("home page")

def secret():
    st.text("secret page")

docs = st.Page("https://example.com/docs", title="The Docs", help="""
    Read the docs.
""")
home_page = st.Page(home, help="  Start here ")
hidden = st.Page(secret, visibility="hidden")
page = st.navigation([home_page, docs, hidden])
st.text(repr((docs.external_url, docs.is_external, docs.url_path, docs.title, docs.visibility)))
st.text(repr((docs.help, home_page.help, home_page.is_external, home_page.external_url)))
st.text(repr((hidden.visibility, hidden.url_path)))
page.run()
if st.button("secret"):
    st.switch_page(hidden)
if st.button("docs"):
    st.switch_page(docs)
'''


def texts(at: AppTest) -> list[str]:
    return [str(t.value) for t in at.text]


def test_page_properties_read_as_in_streamlit() -> None:
    at = AppTest.from_string(PAGES).run()
    assert not at.exception
    assert texts(at) == [
        "('https://example.com/docs', True, 'the_docs', 'The Docs', 'visible')",
        "('\\nRead the docs.\\n', 'Start here ', False, None)",
        "('hidden', 'secret')",
        "home page",
    ]


def test_a_hidden_page_is_reached_by_switch_page_and_an_external_one_is_refused() -> None:
    at = AppTest.from_string(PAGES).run()
    at.button[0].click().run()
    assert texts(at)[-1] == "secret page"
    at = AppTest.from_string(PAGES).run()
    at.button[1].click().run()
    assert [e.message for e in at.exception] == [
        "Cannot use st.switch_page with external URL pages. Use st.page_link instead to "
        "create a link to external pages."
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.Page("https://x.org")',
            "The `title` parameter is required. External URL pages require a non-empty title. "
            "Please provide a title for the URL: https://x.org",
        ),
        (
            'st.Page("https://x.org", title="X", default=True)',
            "`page=<external URL>` and `default=True` cannot be used together. External URL "
            "pages cannot be set as the default page.",
        ),
        (
            'st.Page(lambda: None, title="t", visibility="secret")',
            "Invalid `visibility` value. Supported values: visible, hidden.",
        ),
    ],
)
def test_bad_pages_are_refused_with_streamlits_messages(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert [e.message for e in at.exception] == [message]


def test_secrets_has_key() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text(repr((st.secrets.has_key("db"), st.secrets.has_key("nope"))))
        """
    )
    at.secrets["db"] = {"user": "x"}
    at.run()
    assert texts(at) == ["(True, False)"]


OPTIONS = """
import streamlit as st

for key in ["theme.primaryColor", "runner.magicEnabled", "server.maxUploadSize"]:
    st.text(f"{key} = {st.get_option(key)!r}")
for call in (
    lambda: st.get_option("nope.nothing"),
    lambda: st.set_option("theme.primaryColor", "#000000"),
    lambda: st.set_option("nope.x", 1),
):
    try:
        call()
    except Exception as error:
        st.text(str(error))
"""


def test_get_option_reads_options_and_set_option_refuses_them() -> None:
    at = AppTest.from_string(OPTIONS).run()
    assert not at.exception
    shown = texts(at)
    assert shown[:3] == [
        "theme.primaryColor = None",
        "runner.magicEnabled = True",
        "server.maxUploadSize = 200",
    ]
    assert shown[3].startswith('Config key "nope.nothing" not defined.')
    assert shown[4].startswith("theme.primaryColor cannot be set on the fly.")
    assert shown[5].startswith("Unrecognized config option: nope.x")


def test_get_option_reads_the_apps_config_file(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nprimaryColor = "#ff00aa"\nbase = "dark"\n[server]\nmaxUploadSize = 5\n'
    )
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "st.text(repr([st.get_option(k) for k in "
        "('theme.primaryColor', 'theme.base', 'server.maxUploadSize')]))\n"
    )
    at = AppTest.from_file(str(app)).run()
    assert texts(at) == ["['#ff00aa', 'dark', 5]"]
