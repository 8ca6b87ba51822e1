"""st.pdf through AppTest: what it accepts and refuses, and what the page is given.

The scenarios of `test_pdf_is_refused_as_streamlit_refuses_it` and
`test_pdf_takes_what_streamlit_takes` run unchanged under Streamlit 1.67's own AppTest with
`streamlit-pdf` installed (swap the import for `from streamlit.testing.v1 import AppTest`;
checked with /tmp/st-venv) and give the same exceptions and texts there. Streamlit's element is
its PDF component, which its AppTest lists as a `bidi_component`; dataapp's is `at.get("pdf")`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.testing import AppTest

# A one-page PDF (an empty page), small enough to write inline.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _app(tmp_path: Path, call: str) -> AppTest:
    (tmp_path / "doc.pdf").write_bytes(PDF)
    script = tmp_path / "app.py"
    script.write_text(
        "import os, io, pathlib\nimport streamlit as st\n"
        f"os.chdir({str(tmp_path)!r})\n{call}\nst.text('after')\n"
    )
    return AppTest.from_file(str(script), default_timeout=30).run()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.pdf(None)",
            "The `data` parameter is required. Please provide a valid PDF file path, URL, "
            "bytes data, or file-like object.",
        ),
        (
            "st.pdf(42)",
            "Invalid `data` type. Expected one of: str, Path, bytes, file-like object. "
            "Provided type: int. A str can be a file path or a URL.",
        ),
        (
            "st.pdf('doc.pdf', height='content')",
            "Invalid height value: 'content'. Height must be either a positive integer "
            "(pixels) or 'stretch'.",
        ),
        (
            "st.pdf('doc.pdf', height=0)",
            "Invalid height value: 0. Height must be either a positive integer (pixels) or "
            "'stretch'.",
        ),
        (
            "st.pdf('doc.pdf', height=2.5)",
            "Invalid height value: 2.5. Height must be either a positive integer (pixels) or "
            "'stretch'.",
        ),
        (
            "st.pdf('missing.pdf')",
            "Unable to read file 'missing.pdf': [Errno 2] No such file or directory: 'missing.pdf'",
        ),
    ],
)
def test_pdf_is_refused_as_streamlit_refuses_it(tmp_path: Path, call: str, message: str) -> None:
    at = _app(tmp_path, call)
    assert [e.message for e in at.exception] == [message]
    assert not at.text


@pytest.mark.parametrize(
    "call",
    [
        "st.pdf('doc.pdf')",
        "st.pdf(pathlib.Path('doc.pdf'), height=600, alt='A report')",
        "st.pdf(open('doc.pdf', 'rb').read(), height='stretch', key='k')",
        "st.pdf(io.BytesIO(open('doc.pdf', 'rb').read()), alt='  ')",
        "st.pdf(open('doc.pdf', 'rb'))",
        "st.pdf(' https://example.com/a.pdf ')",
    ],
)
def test_pdf_takes_what_streamlit_takes(tmp_path: Path, call: str) -> None:
    at = _app(tmp_path, call)
    assert not at.exception
    assert [t.value for t in at.text] == ["after"]


def test_a_pdf_file_is_served_inline_with_its_name(tmp_path: Path) -> None:
    at = _app(tmp_path, "st.pdf('doc.pdf', alt=' Quarterly report ')")
    (pdf,) = at.get("pdf")
    assert pdf.value.startswith("/_dataapp/media/")
    assert pdf.data == PDF
    assert (pdf.height, pdf.stretch, pdf.alt, pdf.file_name) == (
        500,
        False,
        "Quarterly report",
        "doc.pdf",
    )
    media = at._runtime.media.get(pdf.value.rsplit("/", 1)[1])
    assert media.mimetype == "application/pdf" and not media.as_attachment


def test_pdf_bytes_stretch_and_a_key_reach_the_page(tmp_path: Path) -> None:
    at = _app(tmp_path, "st.pdf(open('doc.pdf', 'rb').read(), height='stretch', key='report')")
    (pdf,) = at.get("pdf")
    assert pdf.data == PDF
    assert (pdf.height, pdf.stretch, pdf.key, pdf.file_name) == (0, True, "report", "")
    assert pdf.alt == "" and at.get_by_key("report") is pdf


def test_a_pdf_url_is_given_to_the_page_as_it_is(tmp_path: Path) -> None:
    at = _app(tmp_path, "st.pdf(' https://example.com/a.pdf ', height=300)")
    (pdf,) = at.get("pdf")
    assert (pdf.value, pdf.height) == ("https://example.com/a.pdf", 300)
