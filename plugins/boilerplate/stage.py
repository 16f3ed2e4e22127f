"""The boilerplate stage: marks the site around an article (and its title) in plain text.

It reads the text line by line, as a careful reader does:

1. **Signals per line**: phrase lexicons (``phrases.toml``, other plugins' contributions, the
   pipeline's ``extra_phrases``), template lines learned from the corpus, prose-ness (length and
   the share of function words, jusText's insight), sentence punctuation, punctuation-only lines,
   link/handle/phone/timestamp lines, source lists (``A _ B _ C``).
2. **Zones**: the *head* (before the title), the *lead* (between the title and the first body
   paragraph), the *body*, and the *tail* (after the last body paragraph). Short lines at the head
   and tail are site chrome; a short line between two body paragraphs is a subheading and stays.
3. **Conservative defaults**: in the body only strong signals count; a tail line that reads as a
   sentence stays; losing a paragraph is worse than keeping a widget.

Nothing is deleted: spans go to the ``boilerplate`` layer with a ``kind``, a ``score`` and the
``signal`` that decided; ``title`` is set when a headline is found.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from khabar import Document

from .settings import BoilerplateSettings
from .templates import TemplateLines

KINDS = (
    "masthead",
    "navigation",
    "share",
    "comments",
    "related",
    "newsletter",
    "caption",
    "credits",
    "promo",
    "other",
)
MatchMode = Literal["lines", "starts", "inline"]


@dataclass(frozen=True)
class Phrase:
    kind: str
    phrase: str
    match: MatchMode
    edges_only: bool = False


def builtin_phrases() -> list[Phrase]:
    """The phrases shipped in ``phrases.toml``."""
    data = tomllib.loads(resources.files(__package__).joinpath("phrases.toml").read_text(encoding="utf-8"))
    phrases = []
    for kind, table in data.items():
        for mode in ("lines", "starts", "inline"):
            for phrase in table.get(mode, ()):
                phrases.append(Phrase(kind, phrase, mode, table.get("edges_only", False)))
    return phrases


def phrase_from_mapping(item: dict[str, Any], where: str) -> Phrase:
    """A phrase contributed as a mapping; raises ValueError naming ``where`` and what is wrong."""
    try:
        phrase = Phrase(
            str(item["kind"]),
            str(item["phrase"]),
            item.get("match", "lines"),
            bool(item.get("edges_only", False)),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{where}: a phrase needs 'kind' and 'phrase', got {item!r}") from exc
    if phrase.kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {phrase.kind!r} (kinds: {', '.join(KINDS)})")
    if phrase.match not in ("lines", "starts", "inline"):
        raise ValueError(f"{where}: match must be lines, starts or inline, got {phrase.match!r}")
    return phrase


def _function_words(fold: Any) -> frozenset[str]:
    """The function words, folded, each also with the conjunctions و and ف before it."""
    text = resources.files(__package__).joinpath("function_words.txt").read_text(encoding="utf-8")
    words = {fold(w.strip()).lower() for w in text.splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(words | {prefix + w for w in words for prefix in "وف"})


#: Characters around a line that do not change what it says: spaces, punctuation, bullets, quotes.
_KEY_STRIP = ' \t\r\f\v.:!؟?،,;-–—_|*•«»"“”'
#: Tokens that are punctuation standing alone (" ، " in translated text): not words.
_PUNCTUATION_TOKENS = frozenset(",;:.-–—_|/*•…«»\"“”()[]!?'")
_SENTENCE_CHARS = ".!?؟…"
_TERMINAL_CHARS = _SENTENCE_CHARS + ':"”»)'


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_QUOTED = re.compile(r"[\"«“”„].{8,}[\"»”“]")
_LINK = re.compile(r"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w+|@\w+)$", re.I)
_SMS_NUMBER = re.compile(r"^\d{4,7}\s*[-–]\s*\w+$")  # "737221 - Zain": SMS subscription footers
_TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}\s*(?:ت\s*[مغ]|[صم]|am|pm)?$", re.I)
_SOURCE_LIST = re.compile(r"^[^_|]{2,40}(?:\s[_|/]\s[^_|]{2,40}){2,}$")
_DATELINE_DASH = re.compile(r"\s[–—ـ-]\s")
# Lines that continue prose or a list: a leading conjunction و/ف, a bullet, an opening bracket.
_CONTINUATION = re.compile(r"^(?:[وف][^\W\d_]{2,}|[-–—*•·▪(\[{«\"“]|\d+[.)-]\s)")


@dataclass(slots=True)
class Line:
    """One non-blank line and what the stage knows of it."""

    start: int  # raw offsets of the line without its surrounding white space
    end: int
    text: str
    folded: str
    words: int
    prose: bool
    punctuation_only: bool
    phrase: Phrase | None = None
    inline_end: int | None = None  # raw end of an inline widget at the start of the line
    template: bool = False


class BoilerplateStage:
    """Marks ``boilerplate`` spans and the ``title``. See the module docstring for how."""

    def __init__(self, settings: BoilerplateSettings) -> None:
        self.settings = settings
        self.templates = TemplateLines(settings.min_template_documents)
        if settings.templates is not None:
            self.templates = TemplateLines.load(settings.templates)
        self.is_fitted = settings.templates is not None or not settings.learn
        self._phrases = builtin_phrases() + [
            phrase_from_mapping(item, f"setting extra_phrases[{i}]")
            for i, item in enumerate(settings.extra_phrases)
        ]

    # -- lifecycle ---------------------------------------------------------------------------------

    def setup(self, registry: Any) -> None:
        contributed = [
            phrase_from_mapping(item, f"register_data('boilerplate.phrases') item {i}")
            for i, item in enumerate(registry.data("boilerplate.phrases"))
        ]
        self._compile(registry.normalizer(self.settings.normalization), self._phrases + contributed)

    def _compile(self, normalizer: Any, phrases: list[Phrase]) -> None:
        self.normalizer = normalizer
        self.function_words = _function_words(normalizer.fold)
        self.whole: dict[str, Phrase] = {}
        prefixes: dict[str, Phrase] = {}
        for phrase in phrases:
            key = self.key(phrase.phrase)
            if phrase.match == "lines":
                self.whole.setdefault(key, phrase)
            else:
                prefixes.setdefault(key, phrase)
        self.prefixes = prefixes
        alternation = "|".join(re.escape(k) for k in sorted(prefixes, key=len, reverse=True))
        self._prefix_pattern = re.compile(rf"^(?:{alternation})(?=\W|$|\s)" if alternation else r"(?!)")

    def key(self, text: str) -> str:
        """The folded form lines and phrases are compared in."""
        return self.normalizer.fold(text).lower().strip(_KEY_STRIP)

    def fit(self, documents: Any) -> None:
        """Learn template lines: lines that open or close many documents of different stories."""
        self.templates = self._count(documents, TemplateLines(self.settings.min_template_documents))
        self.templates.finish()

    def fit_part(self, documents: Any) -> TemplateLines:
        """The template-line counts of one share of the corpus, for :meth:`fit_merge`."""
        return self._count(documents, TemplateLines(self.settings.min_template_documents, mergeable=True))

    def fit_merge(self, parts: Any) -> None:
        """Learn template lines from the counts of every share: the same as :meth:`fit` on them all."""
        templates = TemplateLines(self.settings.min_template_documents, mergeable=True)
        for part in parts:
            templates.merge(part)
        templates.finish()
        self.templates = templates

    def _count(self, documents: Any, templates: TemplateLines) -> TemplateLines:
        self._ensure_compiled()
        for document in documents:
            # lines with a date are datelines the dates stage relies on: never templates
            templates.add(
                [folded for _, raw, folded in self._folded_lines(document.text) if not _is_data(raw)]
            )
        return templates

    def save(self, path: Path) -> None:
        self.templates.save(path)

    def load(self, path: Path) -> None:
        self.templates = TemplateLines.load(path)

    def _ensure_compiled(self) -> None:
        if not hasattr(self, "normalizer"):
            from khabar.arabic import normalizer

            self._compile(normalizer(self.settings.normalization), self._phrases)

    # -- per document ------------------------------------------------------------------------------

    def lines(self, text: str, folded: str | None = None) -> list[Line]:
        """The non-blank lines of ``text`` with their signals (``folded``: the text normalized, when
        it is at hand)."""
        return [
            self._line(start, start + len(stripped), stripped, folded_line)
            for start, stripped, folded_line in self._folded_lines(text, folded)
        ]

    def _folded_lines(self, text: str, folded: str | None = None) -> Iterator[tuple[int, str, str]]:
        """Each non-blank line: its raw start (white space skipped), raw text stripped, folded key."""
        raw_lines = text.split("\n")
        # Fold the whole text at once: no step touches a newline, so its lines stay aligned.
        if folded is None:
            folded = self.normalizer.fold(text)
        folded_lines = folded.lower().split("\n")
        if len(folded_lines) != len(raw_lines):  # a plugin's step that does touch newlines
            folded_lines = [self.normalizer.fold(line).lower() for line in raw_lines]
        position = 0
        for raw, folded in zip(raw_lines, folded_lines, strict=True):
            stripped = raw.strip()
            if stripped:
                yield position + len(raw) - len(raw.lstrip()), stripped, folded.strip(_KEY_STRIP)
            position += len(raw) + 1

    def _line(self, start: int, end: int, text: str, folded: str) -> Line:
        tokens = folded.split()  # str.split, not a regular expression: this runs on every line
        words = len(tokens) - sum(map(_PUNCTUATION_TOKENS.__contains__, tokens))
        prose = words >= self.settings.min_paragraph_words and (
            text[-1] in _TERMINAL_CHARS
            or sum(map(self.function_words.__contains__, tokens)) >= max(1, words // 12)
        )
        line = Line(start, end, text, folded, words, prose, not _LETTER_OR_DIGIT.search(text))
        line.phrase = self.whole.get(folded)
        if line.phrase is None:
            match = self._prefix_pattern.match(folded)
            if match:
                phrase = self.prefixes[match.group()]
                if phrase.match == "starts":
                    line.phrase = phrase
                else:
                    line.phrase, line.inline_end = (
                        phrase,
                        self._raw_prefix_end(text, start, len(match.group())),
                    )
        line.template = folded in self.templates
        return line

    def _raw_prefix_end(self, text: str, start: int, folded_length: int) -> int:
        view = self.normalizer(text)
        stripped_lead = len(view.text) - len(view.text.lstrip(' .:!؟?،,-–—_|*•«»"“”'))
        _, offset = view.source_span(0, min(len(view.text), stripped_lead + folded_length))
        return start + offset

    def process(self, document: Document) -> None:
        self._ensure_compiled()
        # the document's whole view, not fold(): the normalizer remembers it, and the stages after
        # this one that read the same profile (dates, quotes: search) find it made
        lines = self.lines(document.text, self.normalizer(document.text).text)
        zones = self.zones(lines)
        for line, kind, signal, score in self.classify(lines, *zones):
            end = line.inline_end if signal == "inline" else line.end
            document.add_span("boilerplate", line.start, end, kind=kind, score=score, signal=signal)
        title = zones[0]
        if title is not None:
            document.set("title", {"start": lines[title].start, "end": lines[title].end})

    # -- the decisions -----------------------------------------------------------------------------

    def _strong(self, line: Line) -> bool:
        return (
            line.phrase is not None and line.inline_end is None and not line.phrase.edges_only
        ) or line.template

    def _is_paragraph(self, line: Line) -> bool:
        """Body for certain: running prose that ends like a sentence or is longer than any headline."""
        return (
            line.prose
            and not self._strong(line)
            and (line.text[-1] in _TERMINAL_CHARS or line.words > self.settings.max_title_words)
        )

    def zones(self, lines: list[Line]) -> tuple[int | None, int, int]:
        """(title index or None, index of the first body line, index of the last body line).

        The title is looked for before the first certain paragraph; the body starts at the first
        prose line after the title and ends at the last prose line.
        """
        first_paragraph = next((i for i, line in enumerate(lines) if self._is_paragraph(line)), len(lines))
        title = self.find_title(lines, first_paragraph)
        after = title + 1 if title is not None else 0
        prose = [i for i in range(after, len(lines)) if lines[i].prose and not self._strong(lines[i])]
        first_body = prose[0] if prose else len(lines)
        last_body = prose[-1] if prose else -1
        return title, first_body, last_body

    def find_title(self, lines: list[Line], first_paragraph: int) -> int | None:
        """The index of the headline: the first headline-like line before the first paragraph."""
        settings = self.settings
        for index, line in enumerate(lines[: min(first_paragraph, 8)]):
            if line.phrase or line.template or line.punctuation_only:
                continue
            if not settings.min_title_words <= line.words <= settings.max_title_words:
                continue
            if line.text[-1] in _SENTENCE_CHARS and not line.text.endswith(("...", "…", "؟", "?")):
                continue
            if _DATELINE_DASH.search(line.text) and line.words <= 5:
                continue  # "عين اليوم – متابعات": a dateline, not a headline
            if _CONTINUATION.match(line.text):
                continue  # headlines do not start with "و", a bullet or a bracket
            later = lines[index + 1 : first_paragraph + 1]
            if any(other.folded.startswith(line.folded) for other in later):
                continue  # a truncated copy of a later line (the page title above the headline)
            return index
        return None

    def classify(
        self, lines: list[Line], title_index: int | None, first_body: int, last_body: int
    ) -> list[tuple[Line, str, str, float]]:
        """Every line that is boilerplate, with its kind, the signal that decided, and a score,
        given the :meth:`zones` of the document."""
        found: list[tuple[Line, str, str, float]] = []
        head_end = title_index if title_index is not None else 0
        lead = range(title_index + 1, first_body) if title_index is not None else range(0)
        lead_keys = [lines[i].folded for i in lead]
        head_keys = {line.folded for line in lines[:head_end]}
        title_key = lines[title_index].folded if title_index is not None else None
        tail = range(last_body + 1, len(lines)) if last_body >= 0 else range(0)
        tail_weak = [i for i in tail if self._strong_signal(lines[i], edge=True) is None]
        chrome_started = after_masthead = False
        for index, line in enumerate(lines):
            at_edge = index < head_end or index in lead or index in tail
            decision = self._strong_signal(line, at_edge)
            if decision is None and after_masthead and line.words <= 4 and not line.prose:
                decision = ("masthead", "lexicon", 0.85)  # the name under "رئيس التحرير"
            elif decision is None and index < head_end and self._chrome_like(line):
                dateline = _DATELINE_DASH.search(line.text)
                decision = ("credits" if dateline else "navigation", "head", 0.8)
            elif (
                decision is None
                and index in lead
                and self._chrome_like(line, self.settings.max_chrome_words - 2)
            ):
                copies = lead_keys.count(line.folded) > 1 or line.folded in head_keys
                if copies or (title_key and title_key.startswith(line.folded)):
                    decision = (
                        "caption",
                        "lead",
                        0.8,
                    )  # captions come twice: under the image and in its alt text
            elif decision is None and index in tail and self._chrome_like(line):
                lone_footer = tail_weak == [index] and index == len(lines) - 1
                if chrome_started or lone_footer:
                    decision = ("other", "tail", 0.75)
            if decision is not None and index in tail and decision[1] != "punctuation":
                chrome_started = True  # a separator line ("." between stanzas) does not start a footer
            after_masthead = decision is not None and decision[0] == "masthead" and line.words <= 3
            if decision:
                found.append((line, *decision))
        return found

    def _strong_signal(self, line: Line, edge: bool) -> tuple[str, str, float] | None:
        """A signal that decides on its own (lexicon phrases, template lines, and at the edges of
        the article: punctuation-only lines, links, SMS numbers, timestamps, source lists)."""
        if line.phrase is not None and (edge or not line.phrase.edges_only):
            return (line.phrase.kind, "inline" if line.inline_end is not None else "lexicon", 0.95)
        if line.template:
            return ("credits" if _DATELINE_DASH.search(line.text) else "other", "template", 0.9)
        if _LINK.match(line.text):
            return ("credits" if "@" in line.text else "other", "link", 0.8)
        if not edge:
            return None
        if line.punctuation_only:
            return ("other", "punctuation", 0.8)
        if _SMS_NUMBER.match(line.text):
            return ("promo", "sms", 0.8)
        if _TIMESTAMP.match(line.text):
            return ("other", "timestamp", 0.8)
        if _SOURCE_LIST.match(line.text) and line.words <= 20:
            return ("credits", "sources", 0.8)
        return None

    def _chrome_like(self, line: Line, max_words: int | None = None) -> bool:
        """Short, and read as a label rather than as a sentence, list item, verse or continuation."""
        text = line.text
        if line.words > (max_words if max_words is not None else self.settings.max_chrome_words):
            return False
        if text[-1] in _SENTENCE_CHARS or _QUOTED.search(text) or _is_data(text):
            return False
        return not _CONTINUATION.match(text)


_DATE_IN_TEXT = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:19|20)\d{2}\b|[٠-٩]{4}")


_DIGIT = re.compile(r"\d")


def _is_data(text: str) -> bool:
    """A date or a number line: kept out of caption guesses (it may be the article's dateline)."""
    # most lines have no digit, and a scan for one is many times cheaper than the date pattern's
    return _DIGIT.search(text) is not None and _DATE_IN_TEXT.search(text) is not None
