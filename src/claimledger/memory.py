"""Give memory freed by a finished analysis window back to the operating system.

spaCy keeps each token's arrays in C memory. When a window's Docs are dropped that memory is
free for glibc's malloc, but the small, long-lived objects the window left behind (sentence
models, cue strings) pin the pages between the holes, so the process's RSS keeps its high-water
mark and creeps up window after window: on a 0.25 MB input the RSS stayed 43 MB above the
start, and `malloc_trim(0)` brought it back under the start (measured; see
benchmarks/scale_bench.py). Trimming after every window keeps RSS flat on huge inputs.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return libc.malloc_trim  # glibc only; musl and macOS have no such call
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    """Return free heap pages to the OS (a few ms); a no-op where the C library cannot."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
