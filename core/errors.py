"""Errors that stop a command before it processes anything (the command line exits with code 2).

Problems with one document never raise: they are recorded in that document's ``errors``.
"""

from __future__ import annotations


class KhabarError(Exception):
    """Base class of khabar's errors."""


class InputError(KhabarError):
    """An input path that does not exist or that no reader handles."""


class PluginError(KhabarError):
    """A plugin that cannot be loaded or registers something invalid (fatal only in strict mode)."""


class ConfigError(KhabarError):
    """A mistake in a pipeline: names the file, and where known the stage and the setting."""

    def __init__(self, source: str, message: str, stage: str | None = None, key: str | None = None):
        self.source, self.stage, self.key, self.message = source, stage, key, message
        where = source
        if stage:
            where += f", stage {stage!r}"
        if key:
            where += f", setting {key!r}"
        super().__init__(f"{where}: {message}")
