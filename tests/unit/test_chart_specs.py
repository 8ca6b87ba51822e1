"""Built-in charts and st.map become Vega-Lite specs in Python, following Streamlit's rules for
x, y, color, size, stack and horizontal; long series are downsampled and say so."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from dataapp.elements.charts.api import selection_params, split_datasets, to_json
from dataapp.elements.charts.dataset import dataset_proto, to_dataframe, vega_type
from dataapp.elements.charts.specs import BASEMAP_DATASET, build_chart, build_map
from dataapp.errors import APIError


def wide() -> pd.DataFrame:
    return pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [3.0, 1.0, 2.0]})


def test_wide_data_is_melted_into_one_series_per_column() -> None:
    built = build_chart("line", wide())
    enc = built.spec["encoding"]
    assert built.spec["mark"]["type"] == "line"
    assert built.spec["data"] == {"name": "table"}
    assert list(built.table.columns) == ["index", "color", "value"]
    assert len(built.table) == 6
    assert enc["x"] == {
        "field": "index",
        "type": "quantitative",
        "title": "",
        "axis": {"grid": False, "tickMinStep": 1},
    }
    assert enc["y"]["field"] == "value" and enc["y"]["title"] == ""
    assert enc["color"]["field"] == "color" and enc["color"]["type"] == "nominal"
    assert [t["title"] for t in enc["tooltip"]] == ["index", "value", "color"]
    assert built.note == ""


def test_named_x_and_y_columns_get_titles_and_no_melt() -> None:
    df = pd.DataFrame({"day": pd.date_range("2024-01-01", periods=3), "sales": [1, 5, 2]})
    built = build_chart("line", df, x="day", y="sales")
    enc = built.spec["encoding"]
    assert enc["x"]["type"] == "temporal" and enc["x"]["scale"] == {"type": "utc"}
    assert enc["x"]["title"] == "day" and enc["y"]["title"] == "sales"
    assert "color" not in enc
    assert enc["tooltip"][0]["format"] == "%Y-%m-%d"
    assert enc["tooltip"][0]["formatType"] == "utc"


def test_axis_labels_win_over_column_names() -> None:
    built = build_chart("area", wide(), y="a", x_label="time", y_label="level")
    assert built.spec["encoding"]["x"]["title"] == "time"
    assert built.spec["encoding"]["y"]["title"] == "level"


def test_bar_charts_stand_on_ordinal_categories_and_can_lie_down() -> None:
    df = pd.DataFrame({"fruit": ["apple", "pear"], "sold": [3, 4]})
    upright = build_chart("bar", df, x="fruit", y="sold")
    assert upright.spec["encoding"]["x"]["type"] == "ordinal"
    lying = build_chart("bar", df, x="fruit", y="sold", horizontal=True, x_label="units")
    enc = lying.spec["encoding"]
    assert enc["y"]["field"] == "fruit" and enc["y"]["type"] == "ordinal"
    assert enc["x"]["field"] == "sold" and enc["x"]["title"] == "units"
    assert enc["x"]["axis"]["grid"] is True and enc["y"]["axis"]["grid"] is False


@pytest.mark.parametrize(
    ("stack", "expected"),
    [(True, "zero"), ("normalize", "normalize"), ("center", "center"), ("layered", False)],
)
def test_stack_settles_how_bars_pile_up(stack: object, expected: object) -> None:
    built = build_chart("bar", wide(), stack=stack)  # type: ignore[arg-type]
    assert built.spec["encoding"]["y"]["stack"] == expected


def test_unstacked_bars_stand_side_by_side() -> None:
    built = build_chart("bar", wide(), stack=False)
    assert built.spec["encoding"]["xOffset"] == {"field": "color"}
    horizontal = build_chart("bar", wide(), stack=False, horizontal=True)
    assert horizontal.spec["encoding"]["yOffset"] == {"field": "color"}


def test_bad_stack_is_refused() -> None:
    with pytest.raises(APIError, match="stack must be"):
        build_chart("bar", wide(), stack="sideways")  # type: ignore[arg-type]


def test_colors_as_values_lists_and_columns() -> None:
    one = build_chart("line", wide(), y="a", color="#ff0000")
    assert one.spec["encoding"]["color"] == {"value": "#ff0000"}
    two = build_chart("line", wide(), color=["#ff0000", (0, 0, 255)])
    assert two.spec["encoding"]["color"]["scale"]["range"] == ["#ff0000", "rgb(0, 0, 255)"]
    with pytest.raises(APIError, match="one color per y column"):
        build_chart("line", wide(), color=["#ff0000"])
    with pytest.raises(APIError, match="neither a column name nor a color"):
        build_chart("line", wide(), color="blueish")
    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "team": ["red", "blue"]})
    by_column = build_chart("scatter", df, x="x", y="y", color="team")
    assert by_column.spec["encoding"]["color"]["field"] == "team"
    assert by_column.spec["encoding"]["color"]["title"] == "team"


def test_a_column_of_colours_is_used_as_is_without_legend() -> None:
    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "c": ["#ff0000", "#00ff00"]})
    enc = build_chart("scatter", df, x="x", y="y", color="c").spec["encoding"]["color"]
    assert enc["legend"] is None and enc["scale"]["range"] == ["#ff0000", "#00ff00"]


def test_scatter_sizes() -> None:
    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "w": [10, 20]})
    assert build_chart("scatter", df, x="x", y="y").spec["encoding"]["size"] == {"value": 100}
    assert build_chart("scatter", df, x="x", y="y", size=30).spec["encoding"]["size"] == {
        "value": 30.0
    }
    assert (
        build_chart("scatter", df, x="x", y="y", size="w").spec["encoding"]["size"]["field"] == "w"
    )
    with pytest.raises(APIError, match=r"only st\.scatter_chart"):
        build_chart("line", df, x="x", y="y", size=3)


def test_width_height_and_container_width() -> None:
    assert build_chart("line", wide()).spec["width"] == "container"
    fixed = build_chart("line", wide(), width=300, height=200, use_container_width=False)
    assert fixed.spec["width"] == 300 and fixed.spec["height"] == 200


def test_missing_columns_are_named_in_the_error() -> None:
    with pytest.raises(APIError, match=r'no column "c"\. Its columns are: a, b'):
        build_chart("line", wide(), y="c")


def test_column_names_with_dots_are_escaped_for_vega() -> None:
    df = pd.DataFrame({"a.b": [1, 2], "c[0]": [3, 4]})
    enc = build_chart("scatter", df, x="a.b", y="c[0]").spec["encoding"]
    assert enc["x"]["field"] == "a\\.b" and enc["x"]["title"] == "a.b"
    assert enc["y"]["field"] == "c\\[0\\]"


def test_zoom_binds_only_continuous_axes() -> None:
    df = pd.DataFrame({"fruit": ["apple", "pear"], "sold": [3, 4]})
    assert build_chart("bar", df, x="fruit", y="sold").spec["params"][0]["select"]["encodings"] == [
        "y"
    ]
    assert build_chart("line", wide()).spec["params"][0]["select"]["encodings"] == ["x", "y"]


def test_a_long_series_is_downsampled_and_says_so() -> None:
    walk = pd.DataFrame({"y": np.random.default_rng(0).normal(size=1_000_000).cumsum()})
    built = build_chart("line", walk)
    assert len(built.table) == 2_000
    assert built.note.startswith("Downsampled to 2,000 of 1,000,000 points")
    # The extremes of the walk survive (within 1 % of its range).
    spread = walk["y"].max() - walk["y"].min()
    assert abs(built.table["y"].max() - walk["y"].max()) < 0.01 * spread
    assert abs(built.table["y"].min() - walk["y"].min()) < 0.01 * spread


def test_many_series_share_the_budget_but_keep_their_shape() -> None:
    df = pd.DataFrame(np.random.default_rng(1).normal(size=(20_000, 8)).cumsum(axis=0))
    built = build_chart("line", df)
    per_series = built.table.groupby("color").size()
    assert len(per_series) == 8 and per_series.max() <= 1_000
    assert "of 160,000 points" in built.note


def test_short_series_and_scatters_below_the_limit_are_left_alone() -> None:
    built = build_chart("line", pd.DataFrame({"y": range(4_000)}))
    assert len(built.table) == 4_000 and built.note == ""
    many = pd.DataFrame({"x": np.arange(30_000.0), "y": np.arange(30_000.0)})
    sampled = build_chart("scatter", many, x="x", y="y")
    assert len(sampled.table) == 10_000
    assert sampled.note == "Showing a random sample of 10,000 of 30,000 points."


def test_the_table_travels_column_by_column() -> None:
    df = pd.DataFrame(
        {
            "n": [1.5, None, 3.0],
            "t": pd.to_datetime(["2024-01-01", None, "2024-01-03"]),
            "s": ["a", None, "c"],
            "b": [True, False, True],
        }
    )
    dataset = dataset_proto(df, "table")
    assert list(dataset.column_names) == ["n", "t", "s", "b"]
    n, t, s, b = dataset.columns
    assert list(n.doubles.data) == [1.5, 0.0, 3.0] and list(n.missing) == [1]
    assert t.doubles.data[0] == 1704067200000.0 and list(t.missing) == [1]
    assert list(s.strings.data) == ["a", "", "c"] and list(s.missing) == [1]
    assert list(b.bools.data) == [True, False, True]


def test_time_zones_are_shown_as_their_wall_clock() -> None:
    stamps = pd.Series(pd.date_range("2024-06-01 12:00", periods=2, freq="h", tz="Europe/Paris"))
    values = dataset_proto(stamps.to_frame("t"), "x").columns[0]
    assert values.doubles.data[0] == pd.Timestamp("2024-06-01 12:00").value / 1e6


def test_anything_table_like_becomes_a_frame() -> None:
    assert list(to_dataframe({"a": [1, 2]}).columns) == ["a"]
    assert list(to_dataframe({"a": 1, "b": 2})["value"]) == [1, 2]
    assert to_dataframe(np.zeros((3, 2))).shape == (3, 2)
    assert to_dataframe([1, 2, 3]).shape == (3, 1)
    assert to_dataframe(pd.Series([1, 2], name="s")).columns.tolist() == ["s"]
    assert to_dataframe(None).empty
    with pytest.raises(APIError, match="cannot show a int"):
        to_dataframe(5)


def test_vega_types() -> None:
    assert vega_type(pd.Series([1, 2])) == "quantitative"
    assert vega_type(pd.Series(["a"])) == "nominal"
    assert vega_type(pd.Series(pd.to_datetime(["2024-01-01"]))) == "temporal"
    assert vega_type(pd.Series(pd.Categorical(["a"], ordered=True))) == "ordinal"


def test_map_on_the_world_outlines() -> None:
    df = pd.DataFrame({"LAT": [48.86, 40.71], "lon": [2.35, -74.01], "n": [1, 2]})
    built, basemap = build_map(df, size="n", color="#00ff00")
    assert basemap
    spec = built.spec
    assert spec["projection"]["type"] == "mercator"
    corners = spec["projection"]["fit"]["geometry"]["coordinates"]
    assert min(c[0] for c in corners) < -74.01 and max(c[0] for c in corners) > 2.35
    world, points = spec["layer"]
    assert world["data"] == {"name": BASEMAP_DATASET}
    assert points["encoding"]["latitude"]["field"] == "LAT"
    assert points["encoding"]["size"]["field"] == "n"
    assert points["mark"]["color"] == "#00ff00"


def test_a_small_area_is_drawn_on_plain_axes() -> None:
    df = pd.DataFrame({"lat": [48.85, 48.86], "lon": [2.34, 2.36]})
    built, basemap = build_map(df)
    assert not basemap
    assert built.spec["encoding"]["x"]["field"] == "lon"
    assert built.spec["encoding"]["y"]["title"] == "latitude"


def test_map_errors_say_what_to_do() -> None:
    with pytest.raises(APIError, match="needs a latitude column"):
        build_map(pd.DataFrame({"x": [1]}))
    with pytest.raises(APIError, match="swapped"):
        build_map(pd.DataFrame({"lat": [120.0], "lon": [10.0]}))


def test_altair_style_datasets_move_out_of_the_spec() -> None:
    spec = {
        "data": {"name": "d1"},
        "mark": "point",
        "datasets": {
            "d1": [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}],
            "geo": [{"g": {"type": "Point"}}],
        },
    }
    rest, tables = split_datasets(spec, None)
    assert [name for name, _ in tables] == ["d1"]
    assert rest["datasets"] == {"geo": [{"g": {"type": "Point"}}]}
    inline, tables = split_datasets({"data": {"values": [{"a": 1}]}, "mark": "bar"}, None)
    assert inline["data"] == {"name": "dataapp_values"} and len(tables) == 1


def test_selection_parameters_are_found_in_layers() -> None:
    spec = {
        "params": [{"name": "zoom", "bind": "scales"}],
        "layer": [{"params": [{"name": "pick", "select": "point"}]}, {"mark": "line"}],
    }
    assert selection_params(spec) == ["pick"]


def test_specs_are_compact_and_deterministic_json() -> None:
    text = to_json({"b": np.float64(1.5), "a": [np.int64(2), float("nan")], "t": pd.Timestamp(0)})
    assert text == '{"b":1.5,"a":[2,null],"t":"1970-01-01T00:00:00"}'
    assert json.loads(text)["a"] == [2, None]
