"""Writing a result to a path the user named (`-o FILE`, `--plot FILE`): the one writer.

A regular file (or a path not there yet) is written through a temporary file beside it and
renamed over it at the end, so a run that fails half-way leaves the old file whole and no
half-written one. What is not a regular file is written *through*, never replaced: a device
(`/dev/null`, `/dev/stdout`), a FIFO (a reader waits on it), and a symlink's target (the link
stays a link; its target gets the atomic treatment if it is a regular file). A directory is
refused. Every failure is one InputError line naming the path.
"""
from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Iterator

from .errors import InputError


@contextlib.contextmanager
def open_output(path: Path | str, binary: bool = False) -> Iterator[IO]:
    """A stream to write `path`'s new content to (text, UTF-8, unless `binary`)."""
    given = Path(path)
    target = Path(os.path.realpath(given))  # through every symlink to the file it names
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"{given}: cannot write ({exc.strerror})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{given}: is a directory; give a file name")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            # A device or FIFO: open it as it is (a FIFO's open waits for its reader).
            with open(target, mode, encoding=encoding) as stream:
                yield stream
            return
        with _replacing(target, mode, encoding, info) as stream:
            yield stream
    except OSError as exc:
        raise InputError(f"{given}: cannot write ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _replacing(target: Path, mode: str, encoding, info) -> Iterator[IO]:
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, mode, encoding=encoding) as stream:
            yield stream
        if info is not None:  # the replaced file's permissions carry over to its new content
            os.chmod(partial, stat.S_IMODE(info.st_mode))
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
