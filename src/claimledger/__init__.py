"""claimledger: who said what, on whose authority, how sure — a checkable ledger of news claims.

    from claimledger import analyze, analyze_file, Ledger
    a = analyze(text, published="2024-01-25")   # pydantic Analysis; a.model_dump_json() is the CLI's JSON
    b = analyze_file("article.html")            # a file (str or Path): text or HTML, any common encoding
    with Ledger("sqlite:///ledger.db") as ledger:
        ledger.store(a)
"""
from .contract import SCHEMA, Analysis, json_schema
from .errors import ClaimledgerError, FetchError, InputError, NotFoundError, StoreError
from .pipeline import analyze, analyze_file, analyze_many

__all__ = ["SCHEMA", "Analysis", "analyze", "analyze_file", "analyze_many", "json_schema", "Ledger", "load",
           "ClaimledgerError", "InputError", "FetchError", "StoreError", "NotFoundError"]
__version__ = "0.1.0"


def __getattr__(name):
    # Lazy: importing the store pulls in SQLAlchemy, which `analyze` alone does not need.
    if name == "Ledger":
        from .store import Ledger
        return Ledger
    if name == "load":
        from .ingest import load
        return load
    raise AttributeError(name)
