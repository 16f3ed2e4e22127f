"""Plugin discovery and the hooks: what a plugin author relies on."""

from __future__ import annotations

import tomllib

import pytest

from khabar import Document, Pipeline, PluginError, StageSpec, hookimpl, load_registry, parse_pipeline
from khabar.io import Reader, Rejected, Writer
from khabar.registry import PluginWarning, dependency_order

from . import sample_plugins


def with_plugins(*plugins, strict=False):
    return load_registry(entry_points=False, plugins=[("sample", sample_plugins), *plugins], strict=strict)


def run(registry, stages, *texts):
    config = parse_pipeline(tomllib.loads(f"[pipeline]\nstages = {stages!r}"), "t.toml")
    return list(Pipeline(registry, config).run(Document(id=str(i), text=t) for i, t in enumerate(texts)))


class Shout:
    def __init__(self, settings):
        pass

    def process(self, document):
        document.set("shout", document.text.upper())


class ShoutPlugin:
    @hookimpl
    def register_stages(self, register):
        register(StageSpec("shout", Shout, "2.0", provides=("shout",)))


def test_hook_register_stages_makes_a_stage_usable_in_pipelines():
    registry = with_plugins(("shout", ShoutPlugin()))
    assert registry.stages["shout"].plugin == "shout"
    assert registry.plugins["shout"].stages == ["shout"]
    [doc] = run(registry, ["shout"], "abc")
    assert doc.get("shout") == "ABC"
    assert doc.provenance[0].plugin == "shout" and doc.provenance[0].version == "2.0"


def test_a_stage_factory_given_by_name_is_imported_only_when_built():
    class Lazy:
        @hookimpl
        def register_stages(self, register):
            register(StageSpec("lazy", "tests.sample_plugins:Count", requires=("tokens",)))

    registry = with_plugins(("lazy", Lazy()))
    [doc] = run(registry, ["tokens", "lazy"], "واحد اثنان")
    assert doc.get("token_count") == 2


def test_hook_register_readers_adds_an_input_format(tmp_path):
    def read_lines(stream, name):
        for number, line in enumerate(stream.read().decode().splitlines(), 1):
            yield Document(id=f"{name}#{number}", text=line) if line else Rejected(name, number, "empty")

    class LinesPlugin:
        @hookimpl
        def register_readers(self, register):
            register(Reader("lines", (".lines",), read_lines))

    registry = with_plugins(("lines", LinesPlugin()))
    path = tmp_path / "a.lines"
    path.write_text("أول\n\nثان\n", encoding="utf-8")
    with open(path, "rb") as stream:
        items = list(registry.readers[".lines"].read(stream, "a.lines"))
    assert [getattr(i, "text", None) for i in items] == ["أول", None, "ثان"]
    assert items[1].describe() == "a.lines:2: empty"


def test_hook_register_writers_adds_an_output_format(registry, tmp_path):
    import io

    writer = registry.writers["ids"]
    stream = io.StringIO()
    writer.write([Document(id="a", text="x"), Document(id="b", text="y")], stream)
    assert stream.getvalue() == "a\nb\n"


def test_hook_register_data_collects_contributions_in_order():
    class More:
        @hookimpl
        def register_data(self, register):
            register("sample.phrases", ["زر الذهاب إلى الأعلى"])

    registry = with_plugins(("more", More()))
    assert registry.data("sample.phrases") == ["اقرأ المزيد", "Spread the love", "زر الذهاب إلى الأعلى"]
    assert registry.data("nobody.registered.this") == []


def test_hook_register_commands_adds_a_subcommand():
    import typer
    from typer.testing import CliRunner

    class Commands:
        @hookimpl
        def register_commands(self, cli):
            @cli.command()
            def hello(name: str):
                typer.echo(f"مرحبا {name}")

    registry = with_plugins(("commands", Commands()))
    app = typer.Typer()

    @app.command()
    def other():
        pass

    registry.register_commands(app)
    result = CliRunner().invoke(app, ["hello", "khabar"])
    assert result.exit_code == 0 and result.output.strip() == "مرحبا khabar"


def test_hook_process_document_can_be_wrapped_for_cross_cutting_work():
    calls = []

    class Tracer:
        @hookimpl(wrapper=True)
        def process_document(self, stage, document):
            calls.append((stage.name, document.id))
            return (yield)

    registry = with_plugins(("tracer", Tracer()))
    run(registry, ["tokens", "count"], "a", "b")
    assert calls == [("tokens", "0"), ("tokens", "1"), ("count", "0"), ("count", "1")]


def test_hook_process_batch_times_each_stage_and_can_be_wrapped():
    sizes = []

    class BatchSpy:
        @hookimpl(wrapper=True)
        def process_batch(self, stage, documents):
            sizes.append(len(documents))
            return (yield)

    registry = with_plugins(("spy", BatchSpy()))
    config = parse_pipeline(tomllib.loads('[pipeline]\nstages = ["tokens"]\nbatch_size = 2'), "t.toml")
    pipeline = Pipeline(registry, config)
    list(pipeline.run(Document(id=str(i), text="نص") for i in range(5)))
    assert sizes == [2, 2, 1]
    assert pipeline.stages[0].stats.documents == 5
    assert pipeline.stages[0].stats.seconds > 0


class BadHook:
    @hookimpl
    def register_stages(self, register, unexpected_argument):
        pass


class RaisesWhileRegistering:
    @hookimpl
    def register_stages(self, register):
        raise RuntimeError("registry file missing")


class UnknownHook:
    @hookimpl
    def register_stagez(self, register):
        pass


class DuplicateStage:
    @hookimpl
    def register_stages(self, register):
        register(StageSpec("tokens", Shout))


@pytest.mark.parametrize(
    "plugin, reason",
    [
        (BadHook(), "unexpected_argument"),
        (RaisesWhileRegistering(), "RuntimeError: registry file missing"),
        (UnknownHook(), "register_stagez"),
        (DuplicateStage(), "stage 'tokens' is already registered by plugin 'sample'"),
    ],
)
def test_a_broken_plugin_is_skipped_with_a_warning_naming_it(plugin, reason):
    with pytest.warns(PluginWarning, match="plugin 'bad'") as warned:
        registry = with_plugins(("bad", plugin), ("shout", ShoutPlugin()))
    assert reason in str(warned[0].message)
    assert "bad" not in registry.plugins
    assert "shout" in registry.stages  # the others still load
    assert registry.stages["tokens"].plugin == "sample"
    assert run(registry, ["shout"], "x")[0].get("shout") == "X"


def test_strict_mode_makes_a_broken_plugin_fatal():
    with pytest.raises(PluginError, match=r"plugin 'bad'.*registry file missing"):
        with_plugins(("bad", RaisesWhileRegistering()), strict=True)


def test_trace_variable_prints_every_hook_call(monkeypatch, capsys):
    monkeypatch.setenv("KHABAR_TRACE_PLUGINS", "1")
    registry = with_plugins()
    run(registry, ["tokens"], "نص")
    err = capsys.readouterr().err
    assert "khabar trace: process_batch(stage, documents)" in err
    assert "khabar trace: process_document(stage, document)" in err


def test_stage_specs_are_checked_when_declared():
    with pytest.raises(ValueError, match="stage name"):
        StageSpec("has space", Shout)
    with pytest.raises(TypeError, match="settings must be a dataclass"):
        StageSpec("ok", Shout, settings=dict)
    with pytest.raises(TypeError, match="requires must be a tuple"):
        StageSpec("ok", Shout, requires="tokens")


def test_dependency_order_puts_providers_first_and_is_stable():
    a = StageSpec("a_needs_z", Shout, requires=("z",))
    z = StageSpec("z_gives_z", Shout, provides=("z",))
    b = StageSpec("b_free", Shout)
    assert [s.name for s in dependency_order([a, z, b])] == ["b_free", "z_gives_z", "a_needs_z"]
    assert [s.name for s in dependency_order([b, a, z])] == ["b_free", "z_gives_z", "a_needs_z"]


def test_after_orders_the_default_pipeline_without_requiring_anything():
    reader = StageSpec("a_reads_marks", Shout, after=("marks",), default=True)
    marker = StageSpec("z_marks", Shout, provides=("marks",), default=True)
    assert [s.name for s in dependency_order([reader, marker])] == ["z_marks", "a_reads_marks"]

    class Reader:
        @hookimpl
        def register_stages(self, register):
            register(reader)

    registry = with_plugins(("reader", Reader()))
    assert run(registry, ["a_reads_marks"], "x")[0].errors == []  # no pipeline error without "marks"


def test_writer_and_reader_registrations_must_be_the_right_type():
    class WrongType:
        @hookimpl
        def register_writers(self, register):
            register(("jsonl", print))

    with pytest.warns(PluginWarning, match="register_writers expects a Writer"):
        registry = with_plugins(("wrong", WrongType()))
    assert isinstance(registry.writers["jsonl"], Writer)
