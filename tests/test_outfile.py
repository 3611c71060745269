"""`-o FILE` writes through devices, FIFOs and symlinks and replaces only regular files; it
refuses a directory (the reproductions of issue 17, through the real command line)."""
from __future__ import annotations

import json
import os
import stat
import threading

import pytest

from claimledger.errors import InputError
from claimledger.outfile import open_output
from helpers import assert_one_line_error, run_cli


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    out = tmp_path / "schema.json"
    out.write_text("old")
    os.chmod(out, 0o640)
    result = run_cli("schema", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["title"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["schema.json"]  # no .partial left


def test_dev_null_stays_a_device(tmp_path):
    result = run_cli("schema", "-o", "/dev/null")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not os.path.exists("/dev/.null.partial")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_dev_full_fails_in_one_line_and_stays_a_device():
    result = run_cli("schema", "-o", "/dev/full")
    assert result.returncode == 2
    assert_one_line_error(result, "/dev/full: cannot write")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_written_through_to_its_reader(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("schema", "-o", str(fifo), timeout=60)
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert json.loads(received[0])["title"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlink_writes_its_target_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "schema.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = run_cli("schema", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["title"]
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["schema.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "new.json")
    assert run_cli("schema", "-o", str(link)).returncode == 0
    assert link.is_symlink() and json.loads((tmp_path / "new.json").read_text())["title"]


def test_a_directory_is_refused(tmp_path):
    result = run_cli("schema", "-o", str(tmp_path))
    assert result.returncode == 2
    assert_one_line_error(result, "is a directory")
    assert tmp_path.is_dir()


def test_a_failed_write_leaves_the_old_file(tmp_path):
    out = tmp_path / "keep.txt"
    out.write_text("old")
    with pytest.raises(RuntimeError):
        with open_output(out) as stream:
            stream.write("half")
            raise RuntimeError("analysis failed")
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_binary_output_for_plots(tmp_path):
    with open_output(tmp_path / "p.png", binary=True) as stream:
        stream.write(b"\x89PNG")
    assert (tmp_path / "p.png").read_bytes() == b"\x89PNG"
    with pytest.raises(InputError, match="is a directory"):
        with open_output(tmp_path, binary=True):
            pass
