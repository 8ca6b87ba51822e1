"""st.skeleton through AppTest: the sizes it takes and refuses, a placeholder that an st.* call
replaces, and the context manager that leaves its slot empty and its block's elements after it.

Each scenario but the last runs unchanged under Streamlit 1.67's own AppTest (swap the import
for `from streamlit.testing.v1 import AppTest`; checked with /tmp/st-venv's pytest) and gives
the same page there. Streamlit's AppTest has no view of its own for a skeleton
(`at.get("skeleton")` works in both); dataapp's also reads its sizes (`.value`, `.width`).
"""

from __future__ import annotations

import pytest

from dataapp.testing import AppTest


def _page(at: AppTest) -> list[tuple[str, object]]:
    """The main area's elements: (type, text) for texts, (type, None) for the others."""
    return [(e.type, e.value if e.type == "text" else None) for e in at.main if e.type != "main"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.skeleton(0)",
            "Invalid height value: 0. Height must be either a positive integer (pixels) or "
            "'stretch'.",
        ),
        (
            "st.skeleton('content')",
            "Invalid height value: 'content'. Height must be either a positive integer "
            "(pixels) or 'stretch'.",
        ),
        (
            "st.skeleton(2.5)",
            "Invalid height value: 2.5. Height must be either a positive integer (pixels) or "
            "'stretch'.",
        ),
        (
            "st.skeleton(width='content')",
            "Invalid width value: 'content'. Width must be either a positive integer (pixels) "
            "or 'stretch'.",
        ),
        (
            "st.skeleton(width=0)",
            "Invalid width value: 0. Width must be either a positive integer (pixels) or "
            "'stretch'.",
        ),
    ],
)
def test_a_size_that_is_not_pixels_or_stretch_is_refused(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert [e.message for e in at.exception] == [message]


def test_skeletons_hold_their_place() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("first")
        st.skeleton()
        st.skeleton(200, width=300)
        st.skeleton("stretch")
        st.text("after")
        """
    ).run()
    assert not at.exception
    assert _page(at) == [
        ("text", "first"),
        ("skeleton", None),
        ("skeleton", None),
        ("skeleton", None),
        ("text", "after"),
    ]
    assert len(at.get("skeleton")) == 3


def test_an_element_written_to_the_placeholder_replaces_the_skeleton() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        placeholder = st.skeleton()
        st.text("below")
        placeholder.text("filled")
        """
    ).run()
    assert _page(at) == [("text", "filled"), ("text", "below")]
    assert not at.get("skeleton")


def test_a_with_block_writes_after_the_slot_and_leaves_it_empty() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("first")
        with st.skeleton(50) as placeholder:
            st.text(type(placeholder).__name__)
        st.text("after")
        """
    ).run()
    assert _page(at) == [
        ("text", "first"),
        ("empty", None),
        ("text", "SkeletonPlaceholder"),
        ("text", "after"),
    ]


def test_the_placeholder_can_be_filled_after_its_with_block() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.skeleton() as placeholder:
            st.text("inside")
        placeholder.text("later")
        """
    ).run()
    assert _page(at) == [("text", "later"), ("text", "inside")]


def test_a_skeleton_tells_its_sizes() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.skeleton()
        st.skeleton(200, width=300)
        st.skeleton("stretch")
        """
    ).run()
    assert [(s.value, s.width) for s in at.get("skeleton")] == [
        (None, "stretch"),
        (200, 300),
        ("stretch", "stretch"),
    ]
