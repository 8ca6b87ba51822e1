"""Regenerate the committed Python protocol code from the .proto files.

Development only (needs the pinned grpcio-tools): ``python engine/proto/generate.py``.
``--check`` exits 1 when the committed files differ from a fresh generation.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

PROTO_DIR = Path(__file__).resolve().parent
GENERATED_SUFFIXES = ("_pb2.py", "_pb2.pyi")


def generate_into(out_dir: Path) -> list[Path]:
    """Compile every .proto into `out_dir`/dataapp/proto and return the files made."""
    from grpc_tools import protoc  # imported here: a development-only dependency

    with tempfile.TemporaryDirectory() as include_root:
        # The .proto files import each other as "dataapp/proto/x.proto" so that the
        # generated modules import `dataapp.proto.x_pb2`, although the folder is engine/.
        package_link = Path(include_root) / "dataapp"
        package_link.mkdir()
        (package_link / "proto").symlink_to(PROTO_DIR)
        sources = sorted(f"dataapp/proto/{p.name}" for p in PROTO_DIR.glob("*.proto"))
        args = [
            "protoc",
            f"-I{include_root}",
            f"--python_out={out_dir}",
            f"--pyi_out={out_dir}",
            *sources,
        ]
        if protoc.main(args) != 0:
            raise SystemExit("protoc failed")
    return sorted((out_dir / "dataapp" / "proto").iterdir())


def main(argv: list[str]) -> int:
    check = "--check" in argv
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_text() for p in generate_into(Path(tmp))}
    committed = {
        p.name: p.read_text() for p in PROTO_DIR.iterdir() if p.name.endswith(GENERATED_SUFFIXES)
    }
    if not check:
        for name in committed.keys() - fresh.keys():
            (PROTO_DIR / name).unlink()
        for name, text in fresh.items():
            (PROTO_DIR / name).write_text(text)
        print(f"wrote {len(fresh)} files to {PROTO_DIR}")
        return 0
    stale = sorted(set(fresh) ^ set(committed)) + sorted(
        n for n in fresh.keys() & committed.keys() if fresh[n] != committed[n]
    )
    for name in stale:
        diff = difflib.unified_diff(
            committed.get(name, "").splitlines(),
            fresh.get(name, "").splitlines(),
            name,
            name,
            lineterm="",
        )
        print("\n".join(list(diff)[:40]))
    if stale:
        print(
            f"stale generated protocol code: {', '.join(stale)}; run python engine/proto/generate.py"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
