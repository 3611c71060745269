"""Errors a user can act on. The CLI prints `str(error)` on one line and exits non-zero."""


class ClaimledgerError(Exception):
    """Base class: the message is meant for the user, on one line."""

    exit_code = 1


class InputError(ClaimledgerError):
    """The input cannot be read or is not a text we can analyse."""

    exit_code = 2


class FetchError(InputError):
    """A URL could not be fetched, or what it returned is not a page."""


class ExtractorError(ClaimledgerError):
    """The extractors or implementations asked for cannot run: an unknown name, a requirement
    nothing provides (refused before anything is parsed)."""

    exit_code = 2


class StoreError(ClaimledgerError):
    """The ledger database cannot be opened or written."""

    exit_code = 3


class NotFoundError(ClaimledgerError):
    """An id asked for is not in the ledger."""

    exit_code = 4


class ConfigError(InputError):
    """A CLAIMLEDGER_* setting in the environment cannot be understood (the message names it)."""


class ClaimledgerWarning(UserWarning):
    """Something the user should know about a result that is still given (printed on one line
    by the CLI as `claimledger: warning: …`)."""


class DecodingWarning(ClaimledgerWarning):
    """An input was not UTF-8 and was decoded with a guessed encoding."""


class ExtractorFailedWarning(ClaimledgerWarning):
    """An extractor raised on part of a document: the analysis goes on without its results there,
    and the Analysis lists the gap in `failures` (setting `extractor_errors`)."""


class PathAsTextWarning(ClaimledgerWarning):
    """analyze() was given a string that looks like a file path: it analyses the string itself."""
