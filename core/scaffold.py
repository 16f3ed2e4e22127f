"""``khabar new-plugin``: a new plugin package, ready to install, test and publish.

The files are written from the templates in ``khabar/templates/plugin`` (``string.Template``,
``$name`` placeholders): a pyproject with the ``khabar`` entry point, a hook implementation
registering one stage with documented settings, tests using khabar's pytest fixtures and its
stage-contract check, an example pipeline and a README.
"""

from __future__ import annotations

import keyword
import re
from importlib import metadata, resources
from pathlib import Path
from string import Template

from .errors import KhabarError

__all__ = ["ScaffoldError", "new_plugin"]

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

#: Template file -> where it goes in the new project (``$package`` replaced).
_FILES = {
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "pipeline.toml.tmpl": "pipeline.toml",
    "__init__.py.tmpl": "$package/__init__.py",
    "plugin.py.tmpl": "$package/plugin.py",
    "test_plugin.py.tmpl": "tests/test_plugin.py",
}


class ScaffoldError(KhabarError):
    """The plugin cannot be made: a bad name, or its folder is already there."""


def _khabar_version() -> str:
    try:
        return metadata.version("khabar")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0"  # any version: no lower bound to read


def new_plugin(name: str, parent: Path | str = ".") -> Path:
    """Write the plugin project ``khabar-NAME`` (stage ``NAME``, package ``khabar_NAME``) in
    ``parent`` and return its folder. ``NAME``: lower-case letters, digits and ``_``; a ``-``
    is read as ``_``."""
    stage = name.strip().replace("-", "_")
    if not _NAME.match(stage) or keyword.iskeyword(stage):
        raise ScaffoldError(
            f"plugin name {name!r}: use lower-case letters, digits and '_' (or '-'), starting with a letter"
        )
    camel = "".join(part.capitalize() for part in stage.split("_") if part)
    values = {
        "stage": stage,
        "package": f"khabar_{stage}",
        "distribution": f"khabar-{stage.replace('_', '-')}",
        "stage_class": camel,
        "settings_class": f"{camel}Settings",
        "khabar_version": _khabar_version(),
    }
    root = Path(parent) / values["distribution"]
    if root.exists():
        raise ScaffoldError(f"{root}: already exists; choose another name or folder")
    templates = resources.files("khabar").joinpath("templates", "plugin")
    for template_name, target in _FILES.items():
        path = root / Template(target).substitute(values)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = Template(templates.joinpath(template_name).read_text(encoding="utf-8")).substitute(values)
        path.write_text(text, encoding="utf-8")
    return root
