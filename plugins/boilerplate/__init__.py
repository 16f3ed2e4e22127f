"""khabar's boilerplate plugin: the ``boilerplate`` stage and the ``khabar boilerplate`` commands.

Registered through the ``khabar`` entry-point group like any third-party plugin; this module
stays light (the stage is imported when a pipeline uses it).
"""

# No `from __future__ import annotations` here: typer reads the command annotations at run
# time, and typer is imported inside register_commands to keep this module light.
from pathlib import Path
from typing import Annotated

from khabar import StageSpec, hookimpl

from .settings import BoilerplateSettings

VERSION = "1.0.0"


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="boilerplate",
            factory="khabar.plugins.boilerplate.stage:BoilerplateStage",
            version=VERSION,
            provides=("boilerplate", "title"),
            settings=BoilerplateSettings,
            description="Marks the site around the article (mastheads, widgets, footers) and the title.",
            default=True,
        )
    )


@hookimpl
def register_commands(cli):
    import typer

    boilerplate = typer.Typer(help="Boilerplate: learn a site's template lines.", no_args_is_help=True)

    @boilerplate.command()
    def learn(
        inputs: Annotated[list[str], typer.Argument(help="Files, directories or - (as for khabar run).")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Where to save the template lines.")],
        min_documents: Annotated[int, typer.Option(help="Documents a line must open or close.")] = 5,
    ) -> None:
        """Learn template lines from a corpus and save them for `[stages.boilerplate] templates`."""
        from khabar.cli import get_registry
        from khabar.errors import KhabarError
        from khabar.io import expand_inputs, read_documents

        from .stage import BoilerplateStage

        registry = get_registry()
        stage = BoilerplateStage(BoilerplateSettings(min_template_documents=min_documents))
        stage.setup(registry)
        try:
            files = expand_inputs(inputs, registry.readers)
        except KhabarError as exc:
            typer.echo(f"khabar: {exc}", err=True)
            raise typer.Exit(2) from None

        stage.fit(read_documents(registry, files))
        stage.save(output)
        typer.echo(f"khabar: {len(stage.templates)} template lines saved to {output}", err=True)

    cli.add_typer(boilerplate, name="boilerplate")
