"""The quotes stage's compiled module: ``stage.py`` built with Cython, where a C compiler is found.

Everything else about the package is in ``pyproject.toml``. The module is optional: without a
compiler, or when the build fails, the install goes on and the stage runs the Python module, with
the same output (``plugins/quotes/compiled.py`` chooses). Cython is the tool made for compiling
Python as it is written; the stage spends its time in branchy Python over many small strings, which
compiled runs about 30% faster (docs/quotes.md, "Speed"). The compiled copy carries the SHA-256 of
the source it was built from, so that an edited ``stage.py`` is run as written, not as compiled.
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

SOURCE = Path("plugins/quotes/stage.py")
COMPILED = Path("build/cython/_stage_c.py")  # the source, and the digest of it, for Cython


class BuildOptional(build_ext):
    """Build each extension where it can be; where it cannot (no compiler at all, which setuptools'
    ``optional`` does not catch, or a compiler error), say so and leave it out of the install."""

    def build_extensions(self):
        self.check_extensions_list(self.extensions)
        for ext in list(self.extensions):
            try:
                self.build_extension(ext)
            except Exception as error:
                print(f"khabar: {ext.name} was not compiled ({error}); the quotes stage runs as Python")
                self.extensions.remove(ext)  # nothing of it to copy or to list among the outputs


def extensions():
    try:
        from Cython.Build import cythonize
    except ImportError:  # a build without Cython: the Python module only
        return []
    source = SOURCE.read_bytes()
    COMPILED.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(source).hexdigest()
    COMPILED.write_bytes(source + f'\n__source_sha256__ = "{digest}"  # see compiled.py\n'.encode())
    try:
        return cythonize(
            [Extension("khabar.plugins.quotes._stage_c", [str(COMPILED)])],
            language_level=3,
            quiet=True,
        )
    except Exception as error:  # Cython could not translate it: the Python module only
        print(f"khabar: the quotes stage was not compiled ({error}); it runs as Python")
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildOptional})
