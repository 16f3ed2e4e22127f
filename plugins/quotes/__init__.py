"""khabar's quotes plugin: the ``quotes`` stage (who said what).

Registered through the ``khabar`` entry-point group like any third-party plugin.
"""

from dataclasses import dataclass

from khabar import StageSpec, hookimpl

VERSION = "0.1.0"


@dataclass(frozen=True)
class QuotesSettings:
    """Settings of the ``quotes`` stage (``[stages.quotes]`` in a pipeline file)."""

    #: Find indirect speech (قال X إن …) as well as quotations in quotation marks.
    indirect: bool = True


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="quotes",
            factory="khabar.plugins.quotes.compiled:build_stage",  # compiled where it was built (compiled.py)
            version=VERSION,
            after=("boilerplate",),
            provides=("quotes",),
            settings=QuotesSettings,
            description="Direct and indirect speech with its speaker.",
            default=True,
        )
    )
