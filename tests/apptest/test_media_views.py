"""AppTest's typed lists of media and files, as Streamlit 1.67's AppTest has them: `at.image`,
`at.link_button`, `at.download_button`, `at.file_uploader` (its `upload`, `set_value`, `clear`).

Each scenario runs unchanged under Streamlit 1.67's own AppTest (swap the import for
`from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv's pytest) and gives the
same values there.
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest

IMAGES = """
import numpy as np
import streamlit as st
st.image(np.zeros((4, 4, 3), dtype=np.uint8), caption="black")
st.image([np.zeros((2, 2)), np.ones((2, 2))], caption=["a", "b"])
st.text("after")
"""


def test_images_list_their_urls_and_captions() -> None:
    at = AppTest.from_string(IMAGES).run()
    assert [i.type for i in at.image] == ["image", "image"]
    assert [len(i.value) for i in at.image] == [1, 2]
    assert [i.captions for i in at.image] == [["black"], ["a", "b"]]
    assert all(url.startswith("/") and "media" in url for i in at.image for url in i.value)
    assert len(at.get("image")) == 2


def test_a_pyplot_figure_is_an_image() -> None:
    pytest.importorskip("matplotlib")
    at = AppTest.from_string(
        """
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3])
        st.pyplot(fig)
        """,
        default_timeout=30,
    ).run()
    assert len(at.image) == 1 and len(at.image[0].value) == 1


def test_a_link_button_is_its_label_and_cannot_be_clicked() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.link_button("Docs", "https://example.com", type="primary")
        st.link_button("Plain", "https://example.org")
        """
    ).run()
    assert [b.value for b in at.link_button] == ["Docs", "Plain"]
    assert [b.label for b in at.link_button] == ["Docs", "Plain"]
    assert [b.url for b in at.link_button] == ["https://example.com", "https://example.org"]
    assert at.link_button[0].key is None
    for method in ("click", "set_value"):
        with pytest.raises(Exception, match=rf"{method}\(\) is not supported for a?\s?link_button"):
            getattr(at.link_button[0], method)()


DOWNLOAD = """
import streamlit as st
clicked = st.download_button("Save", b"hello", file_name="h.txt", key="dl", help="Saves")
st.text(f"clicked {clicked}")
"""


def test_a_download_button_is_true_for_one_run_after_a_click() -> None:
    at = AppTest.from_string(DOWNLOAD).run()
    (button,) = at.download_button
    assert (button.label, button.key, button.help, button.value) == ("Save", "dl", "Saves", False)
    assert at.download_button("dl").label == "Save"
    button.click().run()
    assert at.download_button[0].value is True
    assert at.text[0].value == "clicked True"
    at.run()
    assert at.download_button[0].value is False
    assert at.text[0].value == "clicked False"
    at.download_button[0].set_value(True).run()
    assert at.text[0].value == "clicked True"


UPLOADERS = """
import streamlit as st
one = st.file_uploader("One", type=["csv"], key="one", help="A table")
many = st.file_uploader("Many", accept_multiple_files=True)
st.text(repr(None if one is None else (one.name, one.getvalue(), one.type)))
st.text(repr([(f.name, f.getvalue()) for f in many]))
"""


def test_file_uploaders_say_what_they_accept() -> None:
    at = AppTest.from_string(UPLOADERS).run()
    one, many = at.file_uploader
    assert (one.label, one.key, one.help) == ("One", "one", "A table")
    assert (one.accept_multiple_files, one.accept_directory, one.allowed_type) == (
        False,
        False,
        [".csv"],
    )
    assert (many.accept_multiple_files, many.allowed_type) == (True, [])
    assert (one.value, many.value) == (None, [])
    assert [t.value for t in at.text] == ["None", "[]"]


def test_an_uploaded_file_reaches_the_script_and_stays() -> None:
    at = AppTest.from_string(UPLOADERS).run()
    at.file_uploader[0].upload("a.csv", b"x,y", "text/csv").run()
    assert at.text[0].value == "('a.csv', b'x,y', 'text/csv')"
    assert at.file_uploader("one").value.name == "a.csv"
    # A single-file uploader keeps the last file it was given.
    at.file_uploader[0].upload("b.csv", b"1,2").run()
    assert at.text[0].value == "('b.csv', b'1,2', 'application/octet-stream')"
    at.run()
    assert at.text[0].value == "('b.csv', b'1,2', 'application/octet-stream')"
    at.file_uploader[0].clear().run()
    assert at.text[0].value == "None"


def test_set_value_gives_an_uploader_one_file_a_list_or_none() -> None:
    at = AppTest.from_string(UPLOADERS).run()
    at.file_uploader[0].set_value(("c.csv", b"c", "text/csv"))
    at.file_uploader[1].set_value([("1.txt", b"1", "text/plain"), ("2.txt", b"2", "text/plain")])
    at.run()
    assert [t.value for t in at.text] == [
        "('c.csv', b'c', 'text/csv')",
        "[('1.txt', b'1'), ('2.txt', b'2')]",
    ]
    assert [f.name for f in at.file_uploader[1].value] == ["1.txt", "2.txt"]
    at.file_uploader[1].set_value(None).run()
    assert at.text[1].value == "[]"
    assert at.text[0].value == "('c.csv', b'c', 'text/csv')"


def test_uploads_chained_before_a_run_all_reach_a_multiple_uploader() -> None:
    at = AppTest.from_string(UPLOADERS).run()
    at.file_uploader[1].upload("1.txt", b"1").upload("2.txt", b"2").run()
    assert at.text[1].value == "[('1.txt', b'1'), ('2.txt', b'2')]"
