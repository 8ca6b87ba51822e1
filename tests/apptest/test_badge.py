"""st.badge, seen through AppTest.

Streamlit 1.67's AppTest lists a badge among `at.markdown`, as its colour-badge directive; here
a badge is its own element (`at.get("badge")`) whose `value` is that same directive. The
expected values below are what Streamlit 1.67's AppTest gave for the same app.
"""

from __future__ import annotations

from dataapp.testing import AppTest

APP = """
import dataapp as st

st.badge("New")
st.badge("Success", icon="✅", color="green")
st.badge("**Bold** and `code`", color="violet", help="A tooltip")
st.badge("Grey [x]", color="grey", width="stretch")
st.badge("Wide", color="orange", width=240)
st.badge("Primary", color="primary")
"""


def test_badges_read_as_streamlits_directives() -> None:
    at = AppTest.from_string(APP).run()
    assert not at.exception
    assert [badge.value for badge in at.get("badge")] == [
        ":blue-badge[New]",
        ":green-badge[✅ Success]",
        ":violet-badge[**Bold** and `code`]",
        ":grey-badge[Grey \\[x\\]]",
        ":orange-badge[Wide]",
        ":primary-badge[Primary]",
    ]


def test_a_badge_keeps_its_label_icon_colour_and_help() -> None:
    at = AppTest.from_string(APP).run()
    success, bold = at.get("badge")[1], at.get("badge")[2]
    assert (success.label, success.icon, success.color) == ("Success", "✅", "green")
    assert bold.help == "A tooltip"


def test_an_unknown_colour_is_a_clear_error() -> None:
    at = AppTest.from_string("import dataapp as st\nst.badge('x', color='pink')").run()
    assert "st.badge's color must be one of" in at.exception[0].message
    assert "'pink'" in at.exception[0].message


def test_a_width_that_is_not_content_stretch_or_pixels_is_a_clear_error() -> None:
    at = AppTest.from_string("import dataapp as st\nst.badge('x', width=0)").run()
    assert "st.badge's width must be" in at.exception[0].message
