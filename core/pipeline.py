"""Pipelines: which stages run in which order with which settings, and the loop that runs them.

A pipeline file is TOML::

    [pipeline]
    stages = ["boilerplate", "language", "dates"]   # in the order they run
    batch_size = 64                                   # optional

    [stages.dates]                                    # settings of one stage
    direction = "future"

:func:`load_pipeline_file` reads one, :func:`plan_pipeline` validates it against the registered
stages without building them (``khabar check``), and :class:`Pipeline` builds the stages and
streams documents through them in batches, so memory does not grow with the number of documents.
"""

from __future__ import annotations

import copy
import itertools
import time
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document, StageRun
from .errors import ConfigError
from .hookspecs import hookimpl
from .stage import BoundStage, SettingsError, StageSpec, build_settings, settings_to_dict

DEFAULT_BATCH_SIZE = 64
_MISSING = object()

#: ``map_parts(stage index, input documents)``: the fit parts of the documents' shares, in order.
PartMapper = Callable[[int, Iterable[Document]], Iterable[Any]]


@dataclass
class PipelineConfig:
    """An unvalidated pipeline: stage names in order, each stage's settings, and where it came from."""

    stages: list[str]
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    batch_size: int = DEFAULT_BATCH_SIZE
    source: str = "<default pipeline>"


@dataclass
class PlannedStage:
    """A validated stage of a pipeline, not yet built: what ``khabar check`` prints."""

    spec: StageSpec
    plugin: str
    settings: Any


def load_pipeline_file(path: str | Path) -> PipelineConfig:
    """Read a pipeline TOML file. Raises :class:`ConfigError` naming the file and the mistake."""
    source = str(path)
    try:
        with open(path, "rb") as stream:
            document = tomllib.load(stream)
    except FileNotFoundError:
        raise ConfigError(source, "no such pipeline file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source, f"not valid TOML: {exc}") from None
    return parse_pipeline(document, source)


def parse_pipeline(document: dict[str, Any], source: str = "<pipeline>") -> PipelineConfig:
    """Turn a parsed TOML document into a :class:`PipelineConfig`, checking its shape."""
    unknown = set(document) - {"pipeline", "stages"}
    if unknown:
        raise ConfigError(
            source, f"unknown section {sorted(unknown)[0]!r} (expected [pipeline] and [stages.NAME])"
        )
    section = document.get("pipeline")
    if not isinstance(section, dict):
        raise ConfigError(source, "missing [pipeline] section with 'stages = [...]'")
    for key in section:
        if key not in ("stages", "batch_size"):
            raise ConfigError(source, f"unknown key {key!r} in [pipeline] (expected stages, batch_size)")
    stages = section.get("stages")
    if not isinstance(stages, list) or not all(isinstance(s, str) for s in stages):
        raise ConfigError(source, "[pipeline] stages must be a list of stage names")
    batch_size = section.get("batch_size", DEFAULT_BATCH_SIZE)
    if type(batch_size) is not int or batch_size < 1:
        raise ConfigError(source, f"[pipeline] batch_size must be a positive integer, got {batch_size!r}")
    settings = document.get("stages", {})
    if not isinstance(settings, dict) or not all(isinstance(v, dict) for v in settings.values()):
        raise ConfigError(source, "[stages] must hold one table of settings per stage, as [stages.NAME]")
    return PipelineConfig(list(stages), settings, batch_size, source)


def plan_pipeline(registry: Any, config: PipelineConfig) -> list[PlannedStage]:
    """Validate ``config`` against the registered stages; raise :class:`ConfigError` on the first mistake.

    Checks: every stage is known (the message lists the known ones), none appears twice, every
    settings table belongs to a stage of the pipeline, every setting exists and has the right
    type, and every stage's ``requires`` is provided by an earlier stage.
    """
    planned: list[PlannedStage] = []
    provided: dict[str, str] = {}
    seen: set[str] = set()
    for name in config.stages:
        if name not in registry.stages:
            known = ", ".join(sorted(registry.stages)) or "none installed"
            raise ConfigError(config.source, f"unknown stage (known stages: {known})", stage=name)
        if name in seen:
            raise ConfigError(config.source, "appears twice in the pipeline", stage=name)
        seen.add(name)
        registered = registry.stages[name]
        spec = registered.spec
        try:
            settings = build_settings(spec.settings, config.settings.get(name, {}))
        except SettingsError as exc:
            raise ConfigError(config.source, str(exc), stage=name, key=exc.key) from None
        for requirement in spec.requires:
            if requirement not in provided:
                hint = [s.spec.name for s in registry.stages.values() if requirement in s.spec.provides]
                suggestion = f"; add {' or '.join(sorted(hint))} before it" if hint else ""
                raise ConfigError(
                    config.source,
                    f"requires {requirement!r}, which no earlier stage provides{suggestion}",
                    stage=name,
                )
        for name_provided in spec.provides:
            provided[name_provided] = name
        planned.append(PlannedStage(spec, registered.plugin, settings))
    for name in config.settings:
        if name not in seen:
            raise ConfigError(config.source, "has settings but is not in [pipeline] stages", stage=name)
    return planned


def default_pipeline(registry: Any) -> PipelineConfig:
    """All installed default stages, in dependency order."""
    return PipelineConfig(registry.default_stage_names())


# -- the stage calls, as hook implementations -------------------------------------------------


def _snapshot(document: Document, names: Iterable[str]) -> dict[str, Any]:
    annotations = document.annotations
    return {name: copy.deepcopy(annotations[name]) if name in annotations else _MISSING for name in names}


def _restore(document: Document, saved: dict[str, Any]) -> None:
    for name, value in saved.items():
        if value is _MISSING:
            document.annotations.pop(name, None)
        else:
            document.annotations[name] = value


class StageCalls:
    """khabar's own implementations of ``process_document`` and ``process_batch``.

    The innermost implementations call the stage; the wrappers capture errors (per document,
    rolling back what the stage provides) and time every batch into ``stage.stats``.
    """

    def __init__(self, hook: Any) -> None:
        self.hook = hook

    @hookimpl(trylast=True, specname="process_document")
    def call_process(self, stage: BoundStage, document: Document) -> bool:
        stage.stage.process(document)
        return True

    @hookimpl(wrapper=True, specname="process_document")
    def capture_document_errors(self, stage: BoundStage, document: Document) -> Any:
        saved = _snapshot(document, stage.spec.provides)
        text, doc_id = document.text, document.id
        try:
            result = yield
            if document.text is not text or document.id != doc_id:
                raise RuntimeError("the stage changed the document's text or id, which stages must never do")
            return result
        except Exception as exc:
            document.text, document.id = text, doc_id
            _restore(document, saved)
            document.record_error(stage.name, exc)
            stage.stats.errors += 1
            return True

    @hookimpl(trylast=True, specname="process_batch")
    def call_process_batch(self, stage: BoundStage, documents: list[Document]) -> bool:
        call_batch = getattr(stage.stage, "process_batch", None)
        if call_batch is None:
            for document in documents:
                self.hook.process_document(stage=stage, document=document)
        else:
            call_batch(documents)
        return True

    @hookimpl(wrapper=True, specname="process_batch")
    def time_and_isolate_batch(self, stage: BoundStage, documents: list[Document]) -> Any:
        started = time.perf_counter()
        batched = hasattr(stage.stage, "process_batch")
        saved = [_snapshot(d, stage.spec.provides) for d in documents] if batched else []
        try:
            return (yield)
        except Exception:
            # The stage's own batch call failed: run the batch again one document at a time,
            # so only the documents that fail carry the error.
            for document, before in zip(documents, saved, strict=True):
                _restore(document, before)
                self.hook.process_document(stage=stage, document=document)
            return True
        finally:
            stage.stats.documents += len(documents)
            stage.stats.seconds += time.perf_counter() - started


# -- running ----------------------------------------------------------------------------------


class Pipeline:
    """Built stages, ready to run: :meth:`run` streams documents through them.

    ``registry`` is a :class:`khabar.registry.PluginRegistry`.
    """

    def __init__(self, registry: Any, config: PipelineConfig) -> None:
        self.registry = registry
        self.config = config
        self.planned = plan_pipeline(registry, config)
        self.stages: list[BoundStage] = [self._build(p) for p in self.planned]
        #: What each document's ``provenance`` gets: the stages that ran, with their settings.
        self.runs = [StageRun(b.name, b.spec.version, b.plugin, b.settings_dict()) for b in self.stages]

    def _build(self, planned: PlannedStage) -> BoundStage:
        """Build one stage; a failure (a bad data file, a setting its factory rejects) is a
        :class:`ConfigError` naming the pipeline and the stage."""
        try:
            stage = planned.spec.build(planned.settings)
            if hasattr(stage, "setup"):
                stage.setup(self.registry)
        except Exception as exc:
            raise ConfigError(
                self.config.source,
                f"could not be built: {type(exc).__name__}: {exc}",
                stage=planned.spec.name,
            ) from exc
        return BoundStage(planned.spec, planned.settings, planned.plugin, stage)

    def fit(
        self,
        open_inputs: Callable[[], Iterable[Document]],
        state_dir: Path | None = None,
        map_parts: PartMapper | None = None,
    ) -> None:
        """The corpus-level pass: give each stage that has ``fit`` every input document.

        Documents reach a stage annotated by the stages before it. With ``state_dir``, a stage
        whose state file ``state_dir/<stage>`` exists loads it instead of fitting, and a stage
        that fits saves its state there.

        With ``map_parts``, a stage that fits in shares (``fit_part`` and ``fit_merge``) is fitted
        elsewhere, in parallel: ``map_parts(index, documents)`` splits the input documents into
        shares, computes :meth:`fit_part` of each (in worker processes, on a cluster) and yields
        the parts in input order, which the stage's ``fit_merge`` combines. When it is called,
        the stages before ``index`` are fitted already (and saved in ``state_dir``, if given).
        """
        for index, bound in enumerate(self.stages):
            stage = bound.stage
            if not _to_fit(bound):
                continue
            state_file = state_dir / bound.name if state_dir else None
            if state_file and state_file.exists() and hasattr(stage, "load"):
                stage.load(state_file)
                continue
            if map_parts is not None and hasattr(stage, "fit_part") and hasattr(stage, "fit_merge"):
                stage.fit_merge(map_parts(index, open_inputs()))
            else:
                stage.fit(self._annotated(open_inputs(), self.stages[:index]))
            if state_file and hasattr(stage, "save"):
                state_dir.mkdir(parents=True, exist_ok=True)
                stage.save(state_file)

    def fit_part(self, index: int, documents: list[Document]) -> Any:
        """What stage ``index`` learns from one share of the inputs, annotated first by the stages
        before it: the work a ``map_parts`` of :meth:`fit` runs away from this process."""
        stage: Any = self.stages[index].stage  # one that fits in shares: it has fit_part
        return stage.fit_part(self._annotated(documents, self.stages[:index]))

    @property
    def stages_to_fit(self) -> list[BoundStage]:
        """The stages whose corpus-level fit pass has not run (nor been given, as boilerplate's
        ``templates``)."""
        return [bound for bound in self.stages if _to_fit(bound)]

    def _annotated(self, documents: Iterable[Document], stages: list[BoundStage]) -> Iterator[Document]:
        for batch in _batched(documents, self.config.batch_size):
            for bound in stages:
                self.registry.hook.process_batch(stage=bound, documents=batch)
            yield from batch

    def run(self, documents: Iterable[Document]) -> Iterator[Document]:
        """Annotate documents lazily, in input order, batch by batch; each gets its provenance."""
        for document in self._annotated(documents, self.stages):
            document.provenance.extend(self.runs)
            yield document


def describe_plan(planned: list[PlannedStage]) -> list[dict[str, Any]]:
    """One row per stage: name, plugin, version, requires, provides, settings (``khabar check``)."""
    return [
        {
            "stage": p.spec.name,
            "plugin": p.plugin,
            "version": p.spec.version,
            "requires": list(p.spec.requires),
            "provides": list(p.spec.provides),
            "settings": settings_to_dict(p.settings),
        }
        for p in planned
    ]


def _to_fit(bound: BoundStage) -> bool:
    return hasattr(bound.stage, "fit") and not getattr(bound.stage, "is_fitted", False)


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
