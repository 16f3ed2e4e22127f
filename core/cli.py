"""The ``khabar`` command line: ``run``, ``check``, ``plugins``, and what plugins add.

Exit codes: 0 when everything went through; 1 when some documents carry errors or some inputs
were rejected (they are still reported, and nothing else is lost); 2 for a mistake that stops the
command before it runs (an unknown stage, a bad setting, a missing input).
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path
from typing import Annotated

import typer

from .errors import KhabarError
from .registry import PluginRegistry, PluginWarning, load_registry
from .runner import DEFAULT_MAX_CHARS

app = typer.Typer(
    name="khabar",
    help="Process Arabic news articles with a pipeline of plugins.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_registry: PluginRegistry | None = None


def get_registry() -> PluginRegistry:
    """The registry the commands use, loaded on first use; skipped plugins are reported on stderr."""
    global _registry
    if _registry is None:
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("ignore", PluginWarning)
            _registry = load_registry()
        for message in _registry.skipped:
            typer.echo(message, err=True)
    return _registry


def use_registry(registry: PluginRegistry | None) -> None:
    """Make the commands use ``registry`` (tests do this to run hermetically); None reloads."""
    global _registry
    _registry = registry


def _fail(message: str) -> typer.Exit:
    typer.echo(f"khabar: {message}", err=True)
    return typer.Exit(code=2)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@app.callback()
def _main(
    strict_plugins: Annotated[
        bool, typer.Option("--strict-plugins", help="Fail when a plugin could not be loaded.")
    ] = False,
) -> None:
    registry = get_registry()
    if strict_plugins and registry.skipped:
        raise _fail("plugins failed to load (strict mode):\n" + "\n".join(registry.skipped))


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), directories, or - for stdin.")],
    pipeline_file: Annotated[
        Path | None,
        typer.Option("--pipeline", "-p", help="Pipeline TOML file (default: all standard stages)."),
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Output file (default: stdout).")
    ] = None,
    output_format: Annotated[
        str | None, typer.Option("--format", help="Output format (default: by suffix).")
    ] = None,
    state: Annotated[
        Path | None, typer.Option(help="Folder to load fitted stage state from, or save it to after fitting.")
    ] = None,
    fit: Annotated[bool, typer.Option(help="Run the corpus-level fit pass of stages that have one.")] = True,
    rejects: Annotated[str | None, typer.Option(help="Write rejected input items here (JSON Lines).")] = None,
    progress: Annotated[
        bool | None, typer.Option(help="Progress bar on stderr (default: when a terminal).")
    ] = None,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, help="Processes to run the pipeline in (output order kept)."),
    ] = 1,
    resume: Annotated[
        bool,
        typer.Option(help="Continue an interrupted run's output (OUT.partial) instead of starting over."),
    ] = False,
    max_chars: Annotated[
        int,
        typer.Option(min=0, help="Reject documents longer than this many characters (0: no limit)."),
    ] = DEFAULT_MAX_CHARS,
    engine: Annotated[
        str, typer.Option(help="'local' (this machine) or 'dask' (a Dask cluster; -o names a folder).")
    ] = "local",
    partition_size: Annotated[
        int, typer.Option(min=1, help="Documents per output part with --engine dask.")
    ] = 1024,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (default: start a local cluster of --workers processes)."),
    ] = None,
) -> None:
    """Run a pipeline over articles and write JSON Lines, one document a line."""
    from .pipeline import Pipeline, default_pipeline, load_pipeline_file
    from .runner import run_files

    registry = get_registry()
    console = _stderr_console()
    try:
        config = load_pipeline_file(pipeline_file) if pipeline_file else default_pipeline(registry)
        pipeline = Pipeline(registry, config)
    except KhabarError as exc:
        raise _fail(str(exc)) from None

    def warn_rejected(item) -> None:
        typer.echo(f"khabar: rejected {item.describe()}", err=True)

    if engine not in ("local", "dask"):
        raise _fail(f"unknown engine {engine!r} (engines: local, dask)")
    if engine == "dask":
        from .dask_engine import run_on_dask

        if not output or output == "-":
            raise _fail("--engine dask writes a folder of JSON Lines parts: give it with -o FOLDER")
        if resume:
            raise _fail("--resume is for the local engine; a Dask run writes each part whole or not at all")
        try:
            summary = run_on_dask(
                registry,
                config,
                inputs,
                output,
                scheduler=scheduler,
                workers=workers,
                fit=fit,
                rejects=rejects,
                max_chars=max_chars,
                on_rejected=warn_rejected,
                partition_documents=partition_size,
            )
        except KhabarError as exc:
            raise _fail(str(exc)) from None
        _print_summary(console, summary)
        if not summary.ok:
            raise typer.Exit(code=1)
        return

    options = {
        "output": output,
        "output_format": output_format,
        "state_dir": state,
        "fit": fit,
        "rejects": rejects,
        "on_rejected": warn_rejected,
        "workers": workers,
        "resume": resume,
        "max_chars": max_chars,
    }
    show_progress = console.is_terminal if progress is None else progress
    try:
        if show_progress:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
            # no refresh thread: worker processes are forked, which a running thread makes unsafe
            with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
                task = bar.add_task("run", total=None)
                refreshed = [0.0]

                def advance(done: int) -> None:
                    bar.update(task, completed=done)
                    if time.monotonic() - refreshed[0] > 0.2:
                        bar.refresh()
                        refreshed[0] = time.monotonic()

                summary = run_files(registry, pipeline, inputs, on_document=advance, **options)
        else:
            summary = run_files(registry, pipeline, inputs, **options)
    except KhabarError as exc:
        raise _fail(str(exc)) from None
    _print_summary(console, summary)
    if not summary.ok:
        raise typer.Exit(code=1)


def _print_summary(console, summary) -> None:
    from rich.table import Table

    table = Table(title=None, box=None, show_header=True, header_style="bold")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("ms/doc", justify="right")
    table.add_column("errors", justify="right")
    for name, seconds in summary.stage_seconds.items():
        per_doc = 1000 * seconds / summary.documents if summary.documents else 0.0
        table.add_row(name, f"{seconds:.3f}", f"{per_doc:.3f}", str(summary.stage_errors[name]))
    plural = "" if summary.documents == 1 else "s"
    extra = ""
    if summary.duplicate_ids:
        extra += f", {summary.duplicate_ids} duplicate ids renamed"
    if summary.resumed:
        extra += f", {summary.resumed} already written by the interrupted run"
    typer.echo(
        f"khabar: {summary.documents} document{plural} in {summary.seconds:.2f} s, "
        f"{summary.documents_with_errors} with errors, {len(summary.rejected)} inputs rejected{extra}",
        err=True,
    )
    if summary.stage_seconds:
        console.print(table)


@app.command()
def check(
    pipeline_file: Annotated[Path, typer.Argument(help="Pipeline TOML file to validate.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the stage table as JSON.")] = False,
) -> None:
    """Validate a pipeline file without running it, and print its stage table."""
    from .pipeline import describe_plan, load_pipeline_file, plan_pipeline

    registry = get_registry()
    try:
        config = load_pipeline_file(pipeline_file)
        rows = describe_plan(plan_pipeline(registry, config))
    except KhabarError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{pipeline_file}: {len(rows)} stages, OK")
    for column in ("stage", "plugin", "version", "requires", "provides", "settings"):
        table.add_column(column)
    for row in rows:
        settings = ", ".join(f"{k}={v!r}" for k, v in row["settings"].items())
        table.add_row(
            row["stage"],
            row["plugin"],
            row["version"],
            ", ".join(row["requires"]) or "-",
            ", ".join(row["provides"]) or "-",
            settings or "-",
        )
    Console().print(table)


@app.command()
def plugins(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the installed plugins and the stages they offer."""
    registry = get_registry()
    rows = []
    for info in registry.plugins.values():
        stages = []
        for name in info.stages:
            spec = registry.stage_spec(name)
            stages.append(
                {
                    "name": spec.name,
                    "version": spec.version,
                    "requires": list(spec.requires),
                    "provides": list(spec.provides),
                    "default": spec.default,
                    "description": spec.description,
                }
            )
        rows.append(
            {"name": info.name, "distribution": info.distribution, "version": info.version, "stages": stages}
        )
    if as_json:
        typer.echo(json.dumps({"plugins": rows, "skipped": registry.skipped}, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="khabar plugins")
    for column in ("plugin", "distribution", "stage", "requires", "provides"):
        table.add_column(column)
    for row in rows:
        dist = f"{row['distribution']} {row['version']}".strip()
        if not row["stages"]:
            table.add_row(row["name"], dist, "-", "", "")
        for stage in row["stages"]:
            table.add_row(
                row["name"],
                dist,
                f"{stage['name']} {stage['version']}",
                ", ".join(stage["requires"]) or "-",
                ", ".join(stage["provides"]) or "-",
            )
    Console().print(table)


@app.command(name="eval")
def evaluate_output(
    gold_file: Annotated[Path, typer.Argument(help="Gold annotations, as in seeds/seeds.gold.json.")],
    output_file: Annotated[Path, typer.Argument(help="khabar output, JSON Lines.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object of every measure.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss.")] = False,
) -> None:
    """Score OUTPUT_FILE against GOLD_FILE, per stage (docs/evaluation.md).

    Exit code 1 when the output lacks a gold document (every measure is then 0).
    """
    from .evaluate import evaluate, load_gold
    from .io import read_records

    try:
        gold = load_gold(gold_file)
        outputs = list(read_records(output_file))
    except (KhabarError, OSError) as exc:
        raise _fail(str(exc)) from None
    evaluation = evaluate(gold, outputs)
    if verbose:
        for miss in evaluation.misses:
            typer.echo(f"  {miss}", err=True)
    if evaluation.missing_documents:
        typer.echo(f"khabar: missing documents: {', '.join(evaluation.missing_documents)}", err=True)
    if as_json:
        typer.echo(json.dumps(evaluation.measures))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{output_file} against {gold_file}")
        for column in ("stage", "measure", "value"):
            table.add_column(column, justify="right" if column == "value" else "left")
        for stage, measures in evaluation.by_stage().items():
            for index, (measure, value) in enumerate(measures.items()):
                shown = f"{value:.4f}" if isinstance(value, float) else str(value)
                table.add_row(stage if index == 0 else "", measure, shown)
        Console().print(table)
    if evaluation.missing_documents:
        raise typer.Exit(code=1)


def _warn(message: str) -> None:
    typer.echo(f"khabar: {message} (skipped)", err=True)


@app.command()
def report(
    output_file: Annotated[Path, typer.Argument(help="khabar output, JSON Lines.")],
    html_file: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    max_documents: Annotated[
        int, typer.Option(help="Draw at most this many articles (the corpus page counts them all).")
    ] = 500,
    title: Annotated[
        str | None, typer.Option(help="The report's title (default: the output file's name).")
    ] = None,
) -> None:
    """Write one self-contained HTML file showing OUTPUT_FILE as a reader sees it."""
    from .io import atomic_output, read_records
    from .report import write_report

    if not output_file.is_file():
        raise _fail(f"{output_file}: no such file")
    with atomic_output(str(html_file)) as stream:
        stats = write_report(
            read_records(output_file, on_bad_line=_warn),
            stream,
            title or f"khabar: {output_file.name}",
            max_documents,
        )
    typer.echo(f"khabar: {html_file}: {stats.documents} documents", err=True)


@app.command()
def show(
    output_file: Annotated[Path, typer.Argument(help="khabar output, JSON Lines.")],
    document_ids: Annotated[
        list[str] | None, typer.Argument(help="Documents to show (default: all).")
    ] = None,
    hide_boilerplate: Annotated[
        bool, typer.Option("--hide-boilerplate", help="Leave boilerplate out.")
    ] = False,
) -> None:
    """Print the annotations of OUTPUT_FILE in the terminal, in colour, with a legend."""
    from rich.console import Console

    from .io import read_records
    from .show import legend, record_panel

    if not output_file.is_file():
        raise _fail(f"{output_file}: no such file")
    wanted = set(document_ids or ())
    console = Console()
    console.print(legend())
    shown = set()
    for record in read_records(output_file, on_bad_line=_warn):
        if wanted and str(record.get("id")) not in wanted:
            continue
        shown.add(str(record.get("id")))
        console.print(record_panel(record, hide_boilerplate))
    if wanted - shown:
        raise _fail(f"{output_file}: no document with id {', '.join(sorted(wanted - shown))}")


@app.command(name="new-plugin")
def new_plugin(
    name: Annotated[str, typer.Argument(help="The plugin's stage name: lower-case letters, digits, '_'.")],
    directory: Annotated[Path, typer.Option("--directory", "-d", help="Where to make it.")] = Path("."),
) -> None:
    """Make an installable plugin package khabar-NAME: one stage with settings, tests, a README."""
    from .scaffold import new_plugin as scaffold

    try:
        root = scaffold(name, directory)
    except KhabarError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"khabar: made {root}; next: cd {root} && pip install -e '.[test]' && pytest", err=True)


def main() -> None:
    """Entry point of the ``khabar`` script: load plugins, let them add commands, run."""
    registry = get_registry()
    registry.register_commands(app)
    app(prog_name="khabar")


if __name__ == "__main__":
    sys.exit(main())
