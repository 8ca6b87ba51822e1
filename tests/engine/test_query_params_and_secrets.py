from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.proto.back_pb2 import BackMsg
from tests.support.recording import elements, start_app


def _texts(messages: list) -> list[str]:  # type: ignore[type-arg]
    return [t.body for t in elements(messages, "text")]  # type: ignore[attr-defined]


def test_query_params_read_write_and_sent_to_the_page(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.text(f"{st.query_params.get('a')} {st.query_params.get_all('b')} {'a' in st.query_params}")
        st.query_params["c"] = 3
        st.query_params.b = ["x", "y"]
        del st.query_params["a"]
        st.text(str(st.query_params.to_dict()))
        """,
    )
    app.wait()
    back = BackMsg()
    back.rerun.query_string = "a=1&b=2&b=3"
    app.rerun(back)
    messages = app.wait()
    assert _texts(messages) == ["1 ['2', '3'] True", "{'b': 'y', 'c': '3'}"]
    infos = [m.page_info.query_string for m in messages if m.WhichOneof("type") == "page_info"]
    assert infos[-1] == "b=x&b=y&c=3"


def test_query_params_from_dict_and_clear(tmp_path: Path) -> None:
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.query_params.from_dict({"x": 1, "y": [2, 3]})
        st.text(str(st.query_params.get_all("y")))
        st.query_params.clear()
        st.text(str(len(st.query_params)))
        """,
    )
    assert _texts(app.wait()) == ["['2', '3']", "0"]


def test_secrets_come_from_the_app_files_and_missing_keys_name_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATAAPP_USER_SECRETS", str(tmp_path / "user.toml"))
    (tmp_path / "user.toml").write_text('level = "user"\nonly_user = 1\n')
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        'level = "streamlit"\n[db]\nuser = "st"\n'
    )
    (tmp_path / ".dataapp").mkdir()
    (tmp_path / ".dataapp" / "secrets.toml").write_text(
        'level = "dataapp"\n[db]\npassword = "pw"\n'
    )
    app = start_app(
        tmp_path,
        """
        import dataapp as st
        st.secrets.reload()
        st.text(f"{st.secrets.level} {st.secrets['only_user']} {st.secrets.db.user} {st.secrets['db']['password']}")
        try:
            st.secrets["missing"]
        except KeyError as error:
            st.text(str(error))
        """,
    )
    level, missing = _texts(app.wait())
    assert level == "dataapp 1 st pw"
    assert "missing" in missing and ".dataapp/secrets.toml" in missing and "user.toml" in missing
