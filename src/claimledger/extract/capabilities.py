"""Capabilities behind interfaces: which implementation does attribution, event coding, forecast
detection.

A capability is an interface (a Protocol in its sub-package) with implementations registered by
name; a setting picks one (`Settings.<setting>`, from `CLAIMLEDGER_<SETTING>`). The rules are
the implementation today; a trained model is one more registration:

    from claimledger.extract.attribution.interface import ATTRIBUTION

    @ATTRIBUTION.implementation("model")
    class ModelAttributor: ...              # built as ModelAttributor(ctx, sources)

or, for a module imported only when chosen, an entry in the capability's `builtin` table
("model": "claimledger.extract.attribution.model"). An unknown name in a setting is refused
before anything is parsed (ExtractorError, one line, exit 2).
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Optional

from ..errors import ExtractorError


class Capability:
    def __init__(self, name: str, setting: str, summary: str, builtin: Optional[dict[str, str]] = None) -> None:
        self.name = name
        self.setting = setting          # the Settings field (and CLAIMLEDGER_<SETTING.upper()>)
        self.summary = summary
        self.builtin = dict(builtin or {})    # implementation name -> module that registers it
        self._implementations: dict[str, Callable[..., Any]] = {}
        CAPABILITIES[name] = self

    @property
    def env(self) -> str:
        return f"CLAIMLEDGER_{self.setting.upper()}"

    def implementation(self, name: str):
        """Register the decorated class or factory as the implementation `name`."""
        def wrap(factory):
            self._implementations[name] = factory
            return factory
        return wrap

    def unregister(self, name: str) -> None:
        self._implementations.pop(name, None)

    def names(self) -> list[str]:
        return list(dict.fromkeys([*self.builtin, *self._implementations]))

    def get(self, name: str) -> Callable[..., Any]:
        if name not in self._implementations and name in self.builtin:
            importlib.import_module(self.builtin[name])
        if name not in self._implementations:
            raise ExtractorError(f"{self.env}={name!r} is not an implementation of {self.name} "
                                 f"(known: {', '.join(self.names())})")
        return self._implementations[name]

    def chosen(self, settings) -> Callable[..., Any]:
        """The implementation the settings name."""
        return self.get(getattr(settings, self.setting))


CAPABILITIES: dict[str, Capability] = {}

# The interfaces' modules, which declare the capabilities.
_INTERFACES = (
    "claimledger.extract.attribution.interface",
    "claimledger.extract.events.coding",
    "claimledger.extract.events.verifier",
    "claimledger.extract.forecasts.detection",
)


def capabilities() -> dict[str, Capability]:
    for module in _INTERFACES:
        importlib.import_module(module)
    return dict(CAPABILITIES)


def check_settings(settings) -> None:
    """Refuse an unknown implementation name before any work starts."""
    for capability in capabilities().values():
        capability.chosen(settings)
