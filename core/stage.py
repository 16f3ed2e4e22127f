"""What a processing stage is: its declaration (:class:`StageSpec`) and its working object (:class:`Stage`).

A plugin *declares* a stage with a :class:`StageSpec`, which is cheap: a name, a version, what it
``requires`` and ``provides``, a settings dataclass and a factory. The factory, which may import
heavy libraries, runs only when a pipeline that uses the stage is built, so that listing plugins
and checking pipelines stays fast.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .document import Document


@dataclass(frozen=True)
class NoSettings:
    """The settings of a stage that has none."""


@runtime_checkable
class Stage(Protocol):
    """The object a stage factory returns. Only :meth:`process` is required.

    Optional methods, found by name:

    - ``setup(registry) -> None`` — called once after the stage is built, before anything
      else: read what other plugins contributed (``registry.data(topic)``) and compile the
      normalization profile your settings name (``registry.normalizer(profile)``).
    - ``process_batch(documents: list[Document]) -> None`` — annotate a batch at once (when a
      backend is faster on batches). Falls back to ``process`` per document when absent, and when
      it raises, so that one bad document never fails its batch.
    - ``fit(documents: Iterable[Document]) -> None`` — a corpus-level pass over every input
      before the per-document pass (documents arrive annotated by the stages before this one).
    - ``fit_part(documents: Iterable[Document]) -> Any`` and ``fit_merge(parts: Iterable[Any]) ->
      None`` — the fit pass in shares: ``fit_part`` learns from one share of the corpus and returns
      what it counted (picklable, and without changing the stage); ``fit_merge`` combines the
      parts of every share, in input order, into what ``fit`` would learn from them all. With
      both, ``--workers`` and ``--engine dask`` run the fit pass in parallel too.
    - ``load(path: Path) -> None`` / ``save(path: Path) -> None`` — restore or keep what ``fit``
      learned, so a run can skip the fit pass.
    """

    def process(self, document: Document) -> None:
        """Annotate ``document`` in place. Never change ``document.text``."""


@dataclass(frozen=True)
class StageSpec:
    """The declaration of a stage, registered through the ``register_stages`` hook.

    ``factory`` is called with the validated settings object and returns a :class:`Stage`; it may
    also be given as ``"package.module:attribute"``, imported only when the stage is built.
    ``requires`` and ``provides`` name annotation layers or fields (``"boilerplate"``,
    ``"language_spans"``, ``"title"``); a pipeline is rejected when a stage requires what no
    earlier stage provides. ``after`` names what the stage uses when it is there but can do
    without (``language`` reads around ``boilerplate``): the default pipeline puts the stages
    providing it first, and no pipeline is rejected for lacking it. ``default`` stages make up the
    pipeline used when none is given.
    """

    name: str
    factory: Callable[[Any], Stage] | str
    version: str = "0"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    settings: type = NoSettings
    description: str = ""
    default: bool = False

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"stage name {self.name!r} must be letters, digits, '_' or '-'")
        if not dataclasses.is_dataclass(self.settings):
            raise TypeError(f"stage {self.name!r}: settings must be a dataclass, got {self.settings!r}")
        for attribute in ("requires", "provides", "after"):
            value = getattr(self, attribute)
            if isinstance(value, str) or not all(isinstance(item, str) for item in value):
                raise TypeError(f"stage {self.name!r}: {attribute} must be a tuple of names")
            object.__setattr__(self, attribute, tuple(value))

    def build(self, settings: Any) -> Stage:
        """Call the factory (importing it first when it is given by name)."""
        factory = self.factory
        if isinstance(factory, str):
            module_name, _, attribute = factory.partition(":")
            factory = getattr(importlib.import_module(module_name), attribute)
        stage = factory(settings)
        if not callable(getattr(stage, "process", None)):
            raise TypeError(f"stage {self.name!r}: its factory returned {stage!r}, which has no process()")
        return stage


@dataclass
class StageStats:
    """What the runner measured for one stage over a run."""

    documents: int = 0
    errors: int = 0
    seconds: float = 0.0


@dataclass
class BoundStage:
    """A stage in a pipeline: its spec, validated settings, built object and run statistics.

    This is what the ``process_document`` and ``process_batch`` hooks receive as ``stage``.
    """

    spec: StageSpec
    settings: Any
    plugin: str
    stage: Stage
    stats: StageStats = field(default_factory=StageStats)

    @property
    def name(self) -> str:
        return self.spec.name

    def settings_dict(self) -> dict[str, Any]:
        return settings_to_dict(self.settings)


# -- settings ---------------------------------------------------------------------------------


class SettingsError(ValueError):
    """A stage setting that is unknown or of the wrong type. ``key`` names the setting."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def settings_to_dict(settings: Any) -> dict[str, Any]:
    """Settings as plain JSON values (paths as strings), for provenance and the stage table."""
    out = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        out[f.name] = str(value) if isinstance(value, Path) else value
    return out


@dataclass(frozen=True)
class SettingDoc:
    """One setting of a stage, as the pipeline file reference shows it."""

    name: str
    type: str
    default: Any
    doc: str


def describe_settings(settings_class: type) -> list[SettingDoc]:
    """The settings of ``settings_class`` with their types, defaults and documentation.

    A setting is documented by the ``#:`` comment lines right above its field, as Sphinx's
    autodoc reads them; a field without one has ``doc == ""`` (the docs test fails on it).
    """
    hints = typing.get_type_hints(settings_class)
    comments: dict[str, str] = {}
    try:
        source = inspect.getsource(settings_class)
    except (OSError, TypeError):  # a class made at run time has no source: no comments
        source = ""
    pending: list[str] = []
    for line in source.splitlines()[1:]:
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        field_name = re.match(r"(\w+)\s*:", stripped)
        if field_name and pending:
            comments[field_name.group(1)] = " ".join(pending)
        pending = []
    described = []
    for f in dataclasses.fields(settings_class):
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = dataclasses.MISSING
        described.append(SettingDoc(f.name, _type_name(hints[f.name]), default, comments.get(f.name, "")))
    return described


def build_settings(settings_class: type, values: dict[str, Any]) -> Any:
    """Validate ``values`` (from a pipeline file) against the type hints of ``settings_class``.

    Raises :class:`SettingsError` naming the first unknown key or wrongly typed value.
    """
    hints = typing.get_type_hints(settings_class)
    known = {f.name: f for f in dataclasses.fields(settings_class)}
    converted = {}
    for key, value in values.items():
        if key not in known:
            choices = ", ".join(sorted(known)) or "none"
            raise SettingsError(key, f"unknown setting (known settings: {choices})")
        try:
            converted[key] = _coerce(value, hints[key])
        except TypeError as exc:
            raise SettingsError(key, str(exc)) from None
    missing = [
        name
        for name, f in known.items()
        if name not in converted
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise SettingsError(missing[0], "this setting is required")
    return settings_class(**converted)


def _type_name(hint: Any) -> str:
    """A setting's type as a pipeline-file author reads it, in the reference and in error messages:
    ``"nearest" | "future"``, ``list[str]``, ``Path | None``."""
    if typing.get_origin(hint) is typing.Literal:
        return " | ".join(
            f'"{value}"' if isinstance(value, str) else repr(value) for value in typing.get_args(hint)
        )
    if isinstance(hint, type) and not typing.get_args(hint):
        return hint.__name__
    return str(hint).replace("typing.", "").replace("pathlib.", "").replace("NoneType", "None")


def _coerce(value: Any, hint: Any) -> Any:
    """Check ``value`` against ``hint``; convert where TOML has no native type (paths, tuples)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        for option in args:
            if option is type(None):
                continue
            try:
                return _coerce(value, option)
            except TypeError:
                continue
        raise TypeError(f"expected {_type_name(hint)}, got {value!r}")
    if origin is typing.Literal:
        if value in args:
            return value
        raise TypeError(f"expected one of {', '.join(map(repr, args))}, got {value!r}")
    if origin in (list, tuple, Iterable) or hint in (list, tuple):
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected a list, got {value!r}")
        item_hint = args[0] if args else Any
        items = [_coerce(item, item_hint) for item in value]
        return tuple(items) if origin is tuple or hint is tuple else items
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            raise TypeError(f"expected a table, got {value!r}")
        if len(args) == 2:
            return {_coerce(k, args[0]): _coerce(v, args[1]) for k, v in value.items()}
        return dict(value)
    if hint is Path:
        if isinstance(value, str | Path):
            return Path(value)
        raise TypeError(f"expected a path, got {value!r}")
    if hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise TypeError(f"expected a number, got {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(hint, type):
        if isinstance(value, hint):
            return value
        raise TypeError(f"expected {_type_name(hint)}, got {value!r}")
    return value
