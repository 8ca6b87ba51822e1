"""The media store keeps a file while some page shows it, and lets it go (after a short grace)
when the element showing it is gone: replaced, not reached by a complete run, or its session
closed. Fragment runs only answer for their own slots."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataapp.proto.element_pb2 import Element
from dataapp.proto.forward_pb2 import Delta
from dataapp.runtime.media_store import (
    MediaStore,
    UploadStore,
    UploadTooLargeError,
    for_session,
    media_ids_in,
    media_url,
)
from dataapp.server.media_handlers import (
    ByteRange,
    RangeNotSatisfiable,
    content_disposition,
    parse_byte_range,
)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> MediaStore:
    media = MediaStore(grace_seconds=5.0, clock=clock)
    media.open_session("s1")
    media.open_session("s2")
    return media


def image_at(path: tuple[int, ...], *media_ids: str) -> Delta:
    delta = Delta()
    delta.path.extend(path)
    for media_id in media_ids:
        delta.new_element.image_list.images.add(url=media_url(media_id))
    return delta


def text_at(path: tuple[int, ...]) -> Delta:
    delta = Delta()
    delta.path.extend(path)
    delta.new_element.text.body = "no media"
    return delta


def unchanged_at(path: tuple[int, ...], count: int = 1) -> Delta:
    delta = Delta()
    delta.path.extend(path)
    delta.unchanged = count
    return delta


def gone_after_grace(store: MediaStore, clock: Clock, media_id: str) -> bool:
    present_now = media_id in store
    clock.now += 6.0
    return present_now and store.get(media_id) is None


def test_a_file_shown_by_an_element_stays_while_runs_reach_it(
    store: MediaStore, clock: Clock
) -> None:
    media_id = store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), media_id), run_id=1)
    store.on_run_finished("s1", 1, None)
    for run in (2, 3):
        store.on_delta("s1", image_at((0, 0), media_id), run_id=run)
        store.on_run_finished("s1", run, None)
        clock.now += 100
    assert store.get(media_id) is not None


def test_an_unchanged_marker_counts_as_showing_it(store: MediaStore, clock: Clock) -> None:
    media_id = store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 3), media_id), run_id=1)
    store.on_run_finished("s1", 1, None)
    store.on_delta("s1", unchanged_at((0, 2), count=2), run_id=2)
    store.on_run_finished("s1", 2, None)
    clock.now += 100
    assert store.get(media_id) is not None


def test_an_element_not_reached_by_a_complete_run_frees_its_media(
    store: MediaStore, clock: Clock
) -> None:
    media_id = store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), media_id), run_id=1)
    store.on_run_finished("s1", 1, None)
    store.on_run_finished("s1", 2, None)
    assert store.get(media_id) is not None  # still within the grace period
    assert gone_after_grace(store, clock, media_id)


def test_replacing_an_element_frees_the_old_image(store: MediaStore, clock: Clock) -> None:
    first = store.add(b"frame 1", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), first), run_id=1)
    second = store.add(b"frame 2", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), second), run_id=1)
    assert gone_after_grace(store, clock, first)
    assert store.get(second) is not None


def test_an_element_replacing_a_block_frees_the_media_inside(
    store: MediaStore, clock: Clock
) -> None:
    media_id = store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 2, 0), media_id), run_id=1)
    store.on_delta("s1", text_at((0, 2)), run_id=2)
    assert gone_after_grace(store, clock, media_id)


def test_a_file_added_but_never_shown_goes_at_the_end_of_the_run(
    store: MediaStore, clock: Clock
) -> None:
    media_id = store.add(b"orphan", "image/png", session_id="s1")
    clock.now += 100
    assert store.get(media_id) is not None  # the run is still going
    store.on_run_finished("s1", 1, None)
    assert gone_after_grace(store, clock, media_id)


def test_a_fragment_run_only_answers_for_its_own_slots(store: MediaStore, clock: Clock) -> None:
    outside = store.add(b"outside", "image/png", session_id="s1")
    inside = store.add(b"inside", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), outside), run_id=1)
    store.on_delta("s1", image_at((0, 1, 0), inside), run_id=1)
    store.on_run_finished("s1", 1, None)
    # Run 2 reruns only the fragment at (0, 1) and does not show its image any more.
    store.on_run_finished("s1", 2, (0, 1))
    clock.now += 100
    assert store.get(outside) is not None
    assert store.get(inside) is None


def test_the_same_bytes_in_two_sessions_live_until_both_let_go(
    store: MediaStore, clock: Clock
) -> None:
    shared = store.add(b"logo", "image/png", session_id="s1")
    assert store.add(b"logo", "image/png", session_id="s2") == shared
    store.on_delta("s1", image_at((0, 0), shared), run_id=1)
    store.on_delta("s2", image_at((0, 5), shared), run_id=1)
    store.close_session("s1")
    clock.now += 100
    assert store.get(shared) is not None
    store.close_session("s2")
    assert gone_after_grace(store, clock, shared)


def test_a_file_shown_again_within_the_grace_period_is_kept(
    store: MediaStore, clock: Clock
) -> None:
    media_id = store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), media_id), run_id=1)
    store.on_run_finished("s1", 2, None)
    clock.now += 3
    store.add(b"png", "image/png", session_id="s1")
    store.on_delta("s1", image_at((0, 0), media_id), run_id=3)
    clock.now += 100
    assert store.get(media_id) is not None


def test_sessions_find_their_store_until_they_close(store: MediaStore) -> None:
    assert for_session("s1") is store
    store.close_session("s1")
    assert for_session("s1") is None


def test_media_urls_are_found_in_any_element() -> None:
    element = Element()
    element.video.url = media_url("a" * 32)
    element.video.subtitles.add(url=media_url("b" * 32))
    element.video.subtitles.add(url="/_dataapp/media/../../etc/passwd")
    assert media_ids_in(element) == {"a" * 32, "b" * 32}


def test_files_on_disk_are_served_from_disk_in_chunks(tmp_path: Path, store: MediaStore) -> None:
    clip = tmp_path / "clip.bin"
    clip.write_bytes(bytes(range(256)) * 10)
    media_id = store.add_path(clip, "application/octet-stream", session_id="s1")
    media = store.get(media_id)
    assert media is not None and media.data is None and media.size == 2560
    assert b"".join(media.read(10, 20, chunk=3)) == clip.read_bytes()[10:20]
    clip.write_bytes(b"changed")
    assert store.add_path(clip, "application/octet-stream", session_id="s1") != media_id


def test_uploads_are_kept_per_session_and_limited_in_size() -> None:
    uploads = UploadStore(max_file_bytes=10)
    record = uploads.add_file("s1", "a.csv", "text/csv", b"x,y\n1,2\n")
    assert uploads.get("s1", record.file_id) == record
    assert uploads.get("s2", record.file_id) is None
    with pytest.raises(UploadTooLargeError, match=r"big\.csv is 0\.0 MB, over the 0\.0 MB limit"):
        uploads.add_file("s1", "big.csv", "text/csv", b"0123456789AB")
    assert uploads.remove("s1", record.file_id)
    assert uploads.file_ids("s1") == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-", ByteRange(0, 1000)),
        ("bytes=100-199", ByteRange(100, 200)),
        ("bytes=900-5000", ByteRange(900, 1000)),
        ("bytes=-100", ByteRange(900, 1000)),
        ("bytes=-5000", ByteRange(0, 1000)),
        ("bytes=5-2", None),
        ("bytes=0-1,5-6", None),
        ("items=0-5", None),
    ],
)
def test_byte_ranges(header: str | None, expected: ByteRange | None) -> None:
    assert parse_byte_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_ranges_past_the_end_cannot_be_satisfied(header: str) -> None:
    with pytest.raises(RangeNotSatisfiable):
        parse_byte_range(header, 1000)


def test_download_names_survive_any_characters() -> None:
    assert content_disposition("report.csv", True) == (
        "attachment; filename=\"report.csv\"; filename*=UTF-8''report.csv"
    )
    value = content_disposition('Größe "v2".txt', True)
    assert 'filename="Gr__e _v2_.txt"' in value
    assert "filename*=UTF-8''Gr%C3%B6%C3%9Fe%20%22v2%22.txt" in value
    assert content_disposition("", False) == "inline"


def test_an_uploaded_file_is_kept_between_launches_as_a_reference_only() -> None:
    import pickle

    from dataapp.elements.media.files import UploadedFile

    upload = UploadedFile("abc", "a.csv", "text/csv", b"x" * 10_000)
    saved = pickle.dumps([upload])
    assert len(saved) < 200
    (back,) = pickle.loads(saved)
    assert back == upload and back.name == "a.csv" and back.getvalue() == b""
