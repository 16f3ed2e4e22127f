"""khabar's language plugin: the ``language`` stage and its identification backends.

Registered through the ``khabar`` entry-point group like any third-party plugin. Backends are
contributed as data (topic ``language.backends``), so another plugin can add one the same way.
"""

from khabar import StageSpec, hookimpl

from .settings import LanguageSettings

VERSION = "1.0.0"


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="language",
            factory="khabar.plugins.language.stage:LanguageStage",
            version=VERSION,
            after=("boilerplate",),
            provides=("language", "language_score", "language_spans"),
            settings=LanguageSettings,
            description="The language of the body and of each run of text: script first, then the backend.",
            default=True,
        )
    )


@hookimpl
def register_data(register):
    from .backends import LinguaBackend, ProfileBackend, SamplingBackend, lingua_available

    backends = [ProfileBackend(), SamplingBackend()]
    if lingua_available():
        backends.append(LinguaBackend())
    register("language.backends", backends)
