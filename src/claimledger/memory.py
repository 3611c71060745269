"""Give memory freed by a finished analysis window back to the operating system.

spaCy keeps each token's arrays in C memory. When a window's Docs are dropped that memory is
free for glibc's malloc, but the small, long-lived objects the window left behind (sentence
models, cue strings) pin the pages between the holes, so the process's RSS keeps its high-water
mark and creeps up window after window: on a 0.25 MB input the RSS stayed 43 MB above the
start, and `malloc_trim(0)` brought it back under the start (measured; see
benchmarks/scale_bench.py). Trimming after every window keeps RSS flat on huge inputs.

The second leak is spaCy's: each Doc's `tensor` (the tok2vec output, 96 floats a token) is a
view into one array for the whole `nlp.pipe` batch, so an extractor that keeps a single Span
past its window (a lead-in awaiting the next line, a hypothesis awaiting its evidence) pins the
arrays of all 64 Docs of its batch. Measured on a 1.4 MB input with every extractor: RSS rose
~12 MB per 100 KB window (tracemalloc: thinc's residual-layer arrays, 32 blocks of ~1 MB kept
by 126 live Docs). `own_tensor(doc)` gives each Doc a copy of just its rows.
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


def own_tensor(doc) -> None:
    """Let `doc` hold its own rows of the batch's tok2vec array instead of a view of all of it."""
    tensor = getattr(doc, "tensor", None)
    if tensor is not None and getattr(tensor, "base", None) is not None:
        doc.tensor = tensor.copy()


def release_freed_memory() -> None:
    """Return free heap pages to the OS (a few ms); a no-op where the C library cannot."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
