"""khabar: a plugin framework for processing Arabic news articles.

The public API for plugin authors and for running pipelines from Python::

    from khabar import Document, StageSpec, hookimpl, load_registry, Pipeline, default_pipeline

    registry = load_registry()
    pipeline = Pipeline(registry, default_pipeline(registry))
    for document in pipeline.run([Document(id="1", text="قال الرئيس إن ...")]):
        print(document.to_jsonl())
"""

from .document import Document, DocumentError, SpanError, StageRun
from .errors import ConfigError, InputError, KhabarError, PluginError
from .hookspecs import hookimpl
from .pipeline import Pipeline, PipelineConfig, default_pipeline, load_pipeline_file, parse_pipeline
from .registry import PluginRegistry, load_registry
from .stage import NoSettings, Stage, StageSpec
from .views import TextView, body_view

__all__ = [
    "ConfigError",
    "Document",
    "DocumentError",
    "InputError",
    "KhabarError",
    "NoSettings",
    "Pipeline",
    "PipelineConfig",
    "PluginError",
    "PluginRegistry",
    "SpanError",
    "Stage",
    "StageRun",
    "StageSpec",
    "TextView",
    "body_view",
    "default_pipeline",
    "hookimpl",
    "load_pipeline_file",
    "load_registry",
    "parse_pipeline",
]
