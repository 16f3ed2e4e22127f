"""Plugin discovery: one pluggy plugin manager and what the plugins registered through it.

Every plugin, khabar's standard ones included, is found through the ``khabar`` entry-point group.
khabar's own machinery (the built-in input/output formats and the stage-call wrappers) is listed
by dotted path in :data:`BUILTIN_PLUGINS` and registered the same way.

Environment variables:

- ``KHABAR_LOAD_PLUGINS``: a comma-separated list of entry-point names; only those plugins load
  (an empty value loads none).
- ``KHABAR_TRACE_PLUGINS``: when set, every hook call and its result is printed to stderr.
- ``KHABAR_STRICT_PLUGINS``: when set, a plugin that fails to load is fatal instead of skipped.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pluggy

from . import hookspecs
from .arabic import Normalizer, Profile, Step, compile_profile
from .errors import PluginError
from .io import Reader, Writer
from .pipeline import StageCalls
from .stage import StageSpec

ENTRY_POINT_GROUP = "khabar"
LOAD_PLUGINS_ENV = "KHABAR_LOAD_PLUGINS"
TRACE_PLUGINS_ENV = "KHABAR_TRACE_PLUGINS"
STRICT_PLUGINS_ENV = "KHABAR_STRICT_PLUGINS"

#: khabar's own hook implementations (modules), registered before any entry point. The stage-call
#: wrappers of :class:`khabar.pipeline.StageCalls` are registered with them as ``khabar.stage_calls``.
BUILTIN_PLUGINS = ("khabar.io", "khabar.arabic")


class PluginWarning(UserWarning):
    """A plugin was skipped because it failed to load or to register."""


@dataclass
class PluginInfo:
    """A loaded plugin: its name, the distribution it came from, and what it registered."""

    name: str
    distribution: str
    version: str
    stages: list[str] = field(default_factory=list)


@dataclass
class RegisteredStage:
    spec: StageSpec
    plugin: str


def _khabar_version() -> str:
    try:
        return importlib.metadata.version("khabar")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


class PluginRegistry:
    """The plugin manager and everything plugins registered: stages, readers, writers, data.

    Build it with :func:`load_registry`. Registrations are collected plugin by plugin, so a
    plugin whose hook raises is skipped (or, in strict mode, fatal) without affecting the others.
    """

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.manager = pluggy.PluginManager(hookspecs.PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self.stages: dict[str, RegisteredStage] = {}
        self.readers: dict[str, Reader] = {}
        self.writers: dict[str, Writer] = {}
        self._data: dict[str, list[Any]] = {}
        self.normalization_steps: dict[str, Step] = {}
        self.normalization_profiles: dict[str, Profile] = {}
        self._normalizers: dict[str, Normalizer] = {}
        self.skipped: list[str] = []

    @property
    def hook(self) -> Any:
        return self.manager.hook

    # -- adding plugins ------------------------------------------------------------------------

    def add_plugin(self, plugin: object, name: str, distribution: str, version: str) -> bool:
        """Register a plugin object and collect its registrations. False when it was skipped."""
        try:
            self.manager.register(plugin, name=name)
        except Exception as exc:  # pluggy rejects bad hookimpls here
            return self._skip(name, distribution, f"{type(exc).__name__}: {exc}")
        try:
            self.manager.check_pending()
        except pluggy.PluginValidationError as exc:
            self.manager.unregister(plugin)
            return self._skip(name, distribution, str(exc))
        self.plugins[name] = PluginInfo(name, distribution, version)
        return self._collect(plugin, name, distribution)

    def _skip(self, name: str, distribution: str, reason: str) -> bool:
        message = f"khabar: plugin {name!r} (from {distribution}) was skipped: {reason}"
        if self.strict:
            raise PluginError(message)
        self.skipped.append(message)
        warnings.warn(message, PluginWarning, stacklevel=3)
        return False

    def _collect(self, plugin: object, name: str, distribution: str) -> bool:
        """Call this plugin's ``register_*`` hooks, keeping nothing of it if one of them fails."""
        staged: dict[str, list[Any]] = {
            "stages": [],
            "readers": [],
            "writers": [],
            "data": [],
            "normalizers": [],
        }
        calls: list[tuple[str, Callable[..., Any]]] = [
            ("register_stages", staged["stages"].append),
            ("register_readers", staged["readers"].append),
            ("register_writers", staged["writers"].append),
            ("register_data", lambda topic, items: staged["data"].append((topic, items))),
            ("register_normalizers", staged["normalizers"].append),
        ]
        try:
            for hook_name, register in calls:
                for impl in getattr(self.hook, hook_name).get_hookimpls():
                    if impl.plugin is plugin:
                        impl.function(register=register)
            self._check(staged, name)
        except Exception as exc:
            self.manager.unregister(plugin)
            del self.plugins[name]
            return self._skip(name, distribution, f"{type(exc).__name__}: {exc}")
        for spec in staged["stages"]:
            self.stages[spec.name] = RegisteredStage(spec, name)
            self.plugins[name].stages.append(spec.name)
        for reader in staged["readers"]:
            for suffix in reader.suffixes:
                self.readers.setdefault(suffix.lower(), reader)
        for writer in staged["writers"]:
            self.writers.setdefault(writer.format, writer)
        for topic, items in staged["data"]:
            self._data.setdefault(topic, []).extend(items)
        for item in staged["normalizers"]:
            target = self.normalization_steps if isinstance(item, Step) else self.normalization_profiles
            target[item.name] = item
        return True

    def _check(self, staged: dict[str, list[Any]], plugin: str) -> None:
        for spec in staged["stages"]:
            if not isinstance(spec, StageSpec):
                raise TypeError(f"register_stages expects a StageSpec, got {spec!r}")
            if spec.name in self.stages:
                owner = self.stages[spec.name].plugin
                raise ValueError(f"stage {spec.name!r} is already registered by plugin {owner!r}")
        for reader in staged["readers"]:
            if not isinstance(reader, Reader):
                raise TypeError(f"register_readers expects a Reader, got {reader!r}")
        for writer in staged["writers"]:
            if not isinstance(writer, Writer):
                raise TypeError(f"register_writers expects a Writer, got {writer!r}")
        for topic, items in staged["data"]:
            if not isinstance(topic, str) or not isinstance(items, list):
                raise TypeError(f"register_data expects (topic: str, items: list), got ({topic!r}, ...)")
        for item in staged["normalizers"]:
            if not isinstance(item, Step | Profile):
                raise TypeError(f"register_normalizers expects a Step or a Profile, got {item!r}")
            taken = self.normalization_steps if isinstance(item, Step) else self.normalization_profiles
            if item.name in taken:
                raise ValueError(
                    f"normalization {type(item).__name__.lower()} {item.name!r} is already registered"
                )

    # -- what plugins offer --------------------------------------------------------------------

    def data(self, topic: str) -> list[Any]:
        """Every item contributed to ``topic`` through ``register_data``, in registration order."""
        return list(self._data.get(topic, ()))

    def normalizer(self, profile: str) -> Normalizer:
        """The compiled normalization profile ``profile``, built-in or registered by a plugin (cached)."""
        if profile not in self._normalizers:
            if profile not in self.normalization_profiles:
                known = ", ".join(sorted(self.normalization_profiles))
                raise KeyError(f"unknown normalization profile {profile!r} (profiles: {known})")
            compiled = compile_profile(self.normalization_profiles[profile], self.normalization_steps)
            self._normalizers[profile] = compiled
        return self._normalizers[profile]

    def stage_spec(self, name: str) -> StageSpec:
        return self.stages[name].spec

    def default_stage_names(self) -> list[str]:
        """The stages of the default pipeline, in dependency order (ties broken by name)."""
        specs = [r.spec for r in self.stages.values() if r.spec.default]
        return [spec.name for spec in dependency_order(specs)]

    def register_commands(self, cli: Any) -> None:
        """Let every plugin add its subcommands to the typer app ``cli``; failures are skipped."""
        for impl in self.hook.register_commands.get_hookimpls():
            try:
                impl.function(cli=cli)
            except Exception as exc:
                self._skip(impl.plugin_name, "its commands", f"{type(exc).__name__}: {exc}")


def dependency_order(specs: Iterable[StageSpec]) -> list[StageSpec]:
    """Order stages so that each comes after the stages providing what it requires (or runs ``after``).

    Stable and deterministic: among stages whose requirements are met, the first by name goes
    first. Requirements nobody in ``specs`` provides are ignored here (the pipeline check
    reports them).
    """
    pending = sorted(specs, key=lambda s: s.name)
    providers = {name for spec in pending for name in spec.provides}
    done: set[str] = set()
    ordered: list[StageSpec] = []
    while pending:
        ready = next(
            (s for s in pending if all(r in done or r not in providers for r in (*s.requires, *s.after))),
            pending[0],  # a cycle: break it deterministically
        )
        pending.remove(ready)
        ordered.append(ready)
        done.update(ready.provides)
    return ordered


def _entry_points_to_load() -> list[importlib.metadata.EntryPoint]:
    entry_points = sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    allowed = os.environ.get(LOAD_PLUGINS_ENV)
    if allowed is None:
        return entry_points
    names = {n.strip() for n in allowed.split(",") if n.strip()}
    return [e for e in entry_points if e.name in names]


def _trace(manager: pluggy.PluginManager) -> None:
    def before(hook_name: str, hook_impls: list, kwargs: dict) -> None:
        names = ", ".join(impl.plugin_name for impl in hook_impls)
        print(f"khabar trace: {hook_name}({', '.join(kwargs)}) -> [{names}]", file=sys.stderr)

    def after(outcome: Any, hook_name: str, hook_impls: list, kwargs: dict) -> None:
        exc = outcome.exception
        result = f"raised {type(exc).__name__}: {exc}" if exc else f"returned {outcome.get_result()!r:.80}"
        print(f"khabar trace: {hook_name} {result}", file=sys.stderr)

    manager.add_hookcall_monitoring(before, after)


def load_registry(
    entry_points: bool = True,
    plugins: Iterable[tuple[str, object]] = (),
    strict: bool | None = None,
) -> PluginRegistry:
    """Build the plugin registry.

    ``entry_points``: load the plugins of the ``khabar`` entry-point group (tests turn this off
    to stay hermetic). ``plugins``: extra ``(name, plugin object)`` pairs, registered after the
    built-ins and before entry points. ``strict``: make plugin failures fatal (default: the
    ``KHABAR_STRICT_PLUGINS`` variable).
    """
    if strict is None:
        strict = bool(os.environ.get(STRICT_PLUGINS_ENV))
    registry = PluginRegistry(strict=strict)
    if os.environ.get(TRACE_PLUGINS_ENV):
        _trace(registry.manager)
    version = _khabar_version()
    for dotted in BUILTIN_PLUGINS:
        registry.add_plugin(importlib.import_module(dotted), dotted, "khabar", version)
    registry.add_plugin(StageCalls(registry.hook), "khabar.stage_calls", "khabar", version)
    for name, plugin in plugins:
        registry.add_plugin(plugin, name, "(given)", "")
    if entry_points:
        for entry_point in _entry_points_to_load():
            dist = entry_point.dist
            dist_name = dist.metadata["Name"] if dist else "unknown distribution"
            dist_version = dist.version if dist else ""
            try:
                plugin = entry_point.load()
            except Exception as exc:
                registry._skip(entry_point.name, dist_name, f"import failed: {type(exc).__name__}: {exc}")
                continue
            registry.add_plugin(plugin, entry_point.name, dist_name, dist_version)
    return registry
