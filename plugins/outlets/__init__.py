"""khabar's outlets plugin: the ``outlets`` stage and the ``khabar outlets`` commands.

Registered through the ``khabar`` entry-point group like any third-party plugin.
"""

# No `from __future__ import annotations`: typer reads the command annotations at run time.
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from khabar import StageSpec, hookimpl

VERSION = "0.1.0"


@dataclass(frozen=True)
class OutletsSettings:
    """Settings of the ``outlets`` stage (``[stages.outlets]`` in a pipeline file)."""

    #: A model saved by ``khabar outlets learn``; without it only the registry's signals name outlets.
    model: Path | None = None
    #: Name the model's most probable outlet only when its calibrated probability reaches this.
    min_score: float = 0.2
    #: Registry signals (noisy-or of their weights) at least this strong name the outlet outright.
    min_signal: float = 0.5
    #: More outlets, as tables in the shape of the registry (id, name, names, domains, signatures).
    extra_outlets: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SyndicationSettings:
    """Settings of the ``syndication`` stage (``[stages.syndication]`` in a pipeline file)."""

    #: Report another article when at least this part of this article's body is found in it.
    min_share: float = 0.5
    #: Shingles are runs of this many words.
    shingle_words: int = 5
    #: MinHash permutations: more find pairs near the threshold more surely, and cost more.
    permutations: int = 128
    #: Articles with fewer shingles than this (a few words of body) are not compared.
    min_shingles: int = 10
    #: At most this many matches a document, the largest shares first.
    max_matches: int = 20


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="outlets",
            factory="khabar.plugins.outlets.stage:OutletsStage",
            version=VERSION,
            after=("boilerplate",),
            provides=("outlet", "sources"),
            settings=OutletsSettings,
            description="Which outlet published the article, whom it credits, and its site template.",
            default=True,
        )
    )
    register(
        StageSpec(
            name="syndication",
            factory="khabar.plugins.outlets.syndication:SyndicationStage",
            version=VERSION,
            after=("boilerplate",),
            provides=("syndication",),
            settings=SyndicationSettings,
            description="The other articles of the corpus that share this one's body (MinHash LSH).",
        )
    )


@hookimpl
def register_commands(cli):
    import typer

    outlets = typer.Typer(
        help="Outlets: learn outlet fingerprints from labelled articles.", no_args_is_help=True
    )

    @outlets.command()
    def learn(
        labels: Annotated[list[Path], typer.Argument(help="CSV files with `path` and `outlet` columns.")],
        output: Annotated[Path, typer.Option("--output", "-o", help="Where to save the model (JSON).")],
        root: Annotated[
            Path | None,
            typer.Option(
                help="Folder the CSV paths are relative to (default: beside the CSV, or in its stem folder)."
            ),
        ] = None,
        folds: Annotated[
            int, typer.Option(help="Cross-validation folds for the report and calibration (0: none).")
        ] = 5,
        regularization: Annotated[
            float, typer.Option(help="The SVM's C: higher fits the training set closer.")
        ] = 1.0,
    ) -> None:
        """Learn outlet fingerprints and save them for `[stages.outlets] model`."""
        import json

        from .labels import read_labelled
        from .model import learn as fit

        try:
            texts, outlets_of, names = read_labelled(labels, root)
        except (OSError, ValueError) as exc:
            typer.echo(f"khabar: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"khabar: learning from {len(texts)} articles of {len(set(outlets_of))} outlets", err=True)
        model = fit(texts, outlets_of, names, regularization=regularization, folds=folds)
        model.save(output)
        typer.echo(json.dumps(model.report, ensure_ascii=False, indent=1))
        typer.echo(f"khabar: model saved to {output}", err=True)

    cli.add_typer(outlets, name="outlets")
