"""The hooks a khabar plugin can implement. Each docstring is the reference for that hook.

A plugin is a module (or object) with functions decorated by :data:`hookimpl` and named after a
hook below, published under the ``khabar`` entry-point group::

    # pyproject.toml
    [project.entry-points.khabar]
    my_plugin = "my_package.plugin"

    # my_package/plugin.py
    from khabar import hookimpl, StageSpec

    @hookimpl
    def register_stages(register):
        register(StageSpec(name="my_stage", factory="my_package.stage:MyStage", provides=("my_layer",)))

The ``register_*`` hooks hand the plugin a ``register`` function to call (once per thing it
offers) instead of asking it to return values: a mistake in one registration is reported with
the plugin's name, and a plugin that fails is skipped without taking the others down.
Keep the module that holds the hook implementations light: import heavy libraries inside the
stage factory, not at the top of the module, so that ``khabar plugins`` and ``khabar check``
start fast.
"""

from __future__ import annotations

import pluggy

PROJECT = "khabar"

#: Marks a function as the specification of a hook (used only in this module).
hookspec = pluggy.HookspecMarker(PROJECT)
#: Marks a plugin's function as the implementation of a hook.
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_stages(register):
    """Declare processing stages.

    Call ``register(spec)`` once per stage with a :class:`khabar.StageSpec`: its ``name``
    (unique among all plugins, used in pipeline files), ``version``, the annotation names it
    ``requires`` and ``provides`` (and ``after``: what it uses when present but can do without,
    for ordering only), a frozen ``settings`` dataclass whose fields have defaults
    (pipeline files are validated against its type hints), and a ``factory`` called with the
    settings object that returns the stage (or ``"module:attribute"`` to import it lazily).
    Set ``default=True`` for a stage that belongs in the pipeline used when none is given.

    The stage object has ``process(document)`` and may have ``process_batch(documents)``,
    ``fit(documents)`` (and ``fit_part``/``fit_merge`` to fit in shares), ``load(path)`` and
    ``save(path)``; see :class:`khabar.stage.Stage`.
    Registering a name that another plugin already registered is an error of the later plugin.
    """


@hookspec
def register_readers(register):
    """Declare input formats.

    Call ``register(reader)`` with a :class:`khabar.io.Reader`: a ``format`` name, the file
    ``suffixes`` it reads (``(".txt",)``), and ``read(stream, name)``, which receives a binary
    stream and the input's display name and yields :class:`khabar.Document` objects, or
    :class:`khabar.io.Rejected` for an item it cannot turn into a document (a malformed line),
    so that the run reports it and goes on. The first reader registered for a suffix wins.
    """


@hookspec
def register_writers(register):
    """Declare output formats.

    Call ``register(writer)`` with a :class:`khabar.io.Writer`: a ``format`` name, the file
    ``suffixes`` it writes, and ``write(documents, stream)``, which consumes an iterable of
    :class:`khabar.Document` and writes them to a text stream as they arrive (never collecting
    them: runs are streamed). The writer is chosen by the output file's suffix or ``--format``.
    """


@hookspec
def register_commands(cli):
    """Add subcommands to the ``khabar`` command line.

    ``cli`` is the :class:`typer.Typer` application; add commands with ``@cli.command()`` or
    sub-applications with ``cli.add_typer(app, name=...)``. Import heavy libraries inside the
    command functions, not when registering them.
    """


@hookspec
def register_data(register):
    """Contribute data to other plugins: lexicons, registries, signatures.

    Call ``register(topic, items)`` where ``topic`` is a name the consuming plugin documents
    (for example ``"boilerplate.phrases"`` or ``"outlets.registry"``) and ``items`` a list of
    JSON-like values. Consumers read every contribution to a topic, in plugin registration
    order, with :meth:`khabar.registry.PluginRegistry.data`.
    """


@hookspec
def register_normalizers(register):
    """Add Arabic normalization steps and profiles.

    Call ``register(step)`` with a :class:`khabar.arabic.Step` (a ``name``, a ``description``,
    and a ``table`` from each character it targets to its replacement; ``may_expand=True`` when a
    replacement is longer than one character), or ``register(profile)`` with a
    :class:`khabar.arabic.Profile` (a ``name`` and the step names it applies, in order). Stages
    compile a profile by name with :meth:`khabar.registry.PluginRegistry.normalizer`, so
    pipeline settings can choose it. khabar's built-in steps and profiles (``display``,
    ``match``, ``search``, ``search_fa_ur``) are registered through this same hook; a name that
    is already taken is an error of the later plugin.
    """


@hookspec(firstresult=True)
def process_document(stage, document):
    """Run one stage on one document: the per-document call, for wrappers to surround.

    ``stage`` is a :class:`khabar.stage.BoundStage` (``stage.name``, ``stage.spec``,
    ``stage.settings``, ``stage.stats``, and the stage object ``stage.stage``); ``document`` is
    the :class:`khabar.Document`. khabar's own implementation runs last and calls
    ``stage.stage.process(document)``; a plugin can replace it by returning a value other than
    ``None`` from an earlier implementation.

    Implement it as a wrapper (``@hookimpl(wrapper=True)``, ``result = yield``) for
    cross-cutting work: tracing, profiling, caching. khabar's error capture is such a wrapper:
    an exception from the stage is recorded in ``document.errors``, the annotations the stage
    ``provides`` are restored to what they were before the call, and the run goes on.
    """


@hookspec(firstresult=True)
def process_batch(stage, documents):
    """Run one stage on a batch of documents: the call the runner makes for every stage.

    khabar's own implementation runs last: it calls ``stage.stage.process_batch(documents)``
    when the stage has one, otherwise ``process_document`` for each document. Its wrapper times
    the call into ``stage.stats`` and, when a stage's ``process_batch`` raises, restores the
    batch and runs it again document by document, so that only the documents that fail carry
    an error. Wrap it as :func:`process_document` for per-batch cross-cutting work.
    """
