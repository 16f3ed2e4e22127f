"""khabar's dates plugin: the ``dates`` stage and the ``khabar dates`` command.

Registered through the ``khabar`` entry-point group like any third-party plugin.
"""

# No `from __future__ import annotations` here: typer reads the command annotations at run time.
from typing import Annotated

from khabar import StageSpec, hookimpl

from .settings import DatesSettings

VERSION = "1.0.0"


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="dates",
            factory="khabar.plugins.dates.stage:DatesStage",
            version=VERSION,
            after=("boilerplate",),
            provides=("dates",),
            settings=DatesSettings,
            description="Date and time expressions, normalized to ISO 8601 against the publication day.",
            default=True,
        )
    )


@hookimpl
def register_commands(cli):
    import typer

    @cli.command(name="dates")
    def find_dates(
        text: Annotated[str, typer.Argument(help="Arabic (or English) text to read dates from.")],
        reference: Annotated[str | None, typer.Option(help="The reference day, YYYY-MM-DD.")] = None,
        direction: Annotated[str, typer.Option(help="nearest, future or past.")] = "nearest",
    ) -> None:
        """Print the date expressions in TEXT with their ISO 8601 values, one JSON object a line."""
        import json

        from khabar import Document, Pipeline, PipelineConfig
        from khabar.cli import get_registry
        from khabar.errors import KhabarError

        meta = {"published": reference} if reference else {}
        try:
            pipeline = Pipeline(
                get_registry(), PipelineConfig(["dates"], {"dates": {"direction": direction}})
            )
        except KhabarError as exc:
            typer.echo(f"khabar: {exc}", err=True)
            raise typer.Exit(2) from None
        [document] = pipeline.run([Document(id="text", text=text, meta=meta)])
        for span in document.spans("dates"):
            typer.echo(json.dumps(span, ensure_ascii=False))
