"""Bytes to clean text: encoding detection and normalisation.

Offsets in the contract point into the *normalised* text (BOM removed, CRLF/CR -> LF),
so they are the same whichever encoding or line ends the user's file had.
"""
from __future__ import annotations

import warnings

from charset_normalizer import from_bytes

from ..errors import DecodingWarning, InputError

# Encodings a user is likely to hand us besides UTF-8 (Windows and legacy Western/Eastern
# European code pages, Mac Roman). Anything else charset-normalizer guesses is refused,
# because a wrong guess silently garbles every offset we give back.
_LIKELY_ENCODINGS = (
    "utf_8", "ascii", "cp1252", "windows_1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250",
    "windows_1250", "iso8859_2", "mac_roman", "cp1251", "windows_1251", "koi8_r",
)


def looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not text."""
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM has NULs by design
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 50)


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """Decode what a user gave us, or raise InputError with a one-line reason."""
    if not raw or raw.isspace():  # not raw.strip(): that copies a 20 MB input to test it
        raise InputError(f"{name}: empty input, nothing to analyse")
    if looks_binary(raw):
        raise InputError(f"{name}: looks like a binary file, not text or HTML")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalise(raw.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 ({exc.reason})") from None
    try:
        return normalise(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(raw)
    if encoding is None:
        raise InputError(f"{name}: not valid UTF-8 and not in a recognisable encoding; convert it to UTF-8")
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: not valid UTF-8 and not decodable as {encoding}") from None
    # Never silent: a guessed encoding can be wrong, and every offset is into the decoded text.
    warnings.warn(DecodingWarning(f"{name}: not valid UTF-8; decoded as {encoding} (a guess: convert the file "
                                  "to UTF-8 to be sure of its text)"), stacklevel=2)
    return normalise(text)


def _guess_encoding(raw: bytes) -> str | None:
    """The most likely of the encodings users have, among those charset-normalizer finds plausible.

    Its single best guess on short Western text is often an exotic code page (cp775) that decodes
    the same bytes; preferring the common ones in a fixed order gives the answer a user expects.
    """
    plausible = {m.encoding for m in from_bytes(raw[:200_000]) if m.chaos <= 0.3}
    for encoding in _LIKELY_ENCODINGS:
        if encoding in plausible:
            return encoding
    return None


def normalise(text: str) -> str:
    """One canonical form for offsets: no BOM and LF line ends; nothing else is touched, so a
    UTF-8 file with LF ends keeps its exact bytes and its sha256."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        raise InputError("empty input, nothing to analyse")
    return text
