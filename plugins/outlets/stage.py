"""The outlets stage: who published the article, whom it credits, which site template it wears.

- **Self-identification** from the outlet registry (``registry.toml`` plus what plugins and
  settings add): an outlet's signatures (masthead, dateline, footer patterns), its domains, and its
  names in self-reference formulas (هيئة تحرير X, لـ«X», a short first or last line that opens
  with X). Each signal has a weight; an outlet's score is their noisy-or.
- **The learned fingerprint** (``model`` setting, saved by ``khabar outlets learn``) when no
  signal is strong enough: the most probable outlet if its calibrated probability reaches
  ``min_score``, otherwise ``id`` null — unknown, rather than a guess.
- **Credited sources**: listed agencies and outlets (``sources.toml``), "وكالة X للأنباء", the
  items of credit lines (المصدر: X، Y; "X _ Y _ Z") and bylines (إعداد وتحرير: …).
- **Templates**: the site-template families whose lines the page carries (``templates.toml``) and a
  ``site:`` fingerprint of its own boilerplate lines, shared by the pages of one site.

Patterns run on the ``match`` normalization (no diacritics or tatweel, ASCII digits) and report
raw offsets.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from khabar import Document
from khabar.arabic import Prefiltered, distinct_words, occurrences, words_pattern

from .model import OutletModel

_LATIN = re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_HEAD_LINES, _TAIL_LINES = 4, 8
_SELF_FORMULAS = (  # {name} is an alternation of the outlet's names
    (r"(?:هيئة|فريق|أسرة)\s+تحرير\s+{name}", "self_reference", 0.9),
    (r"لـ\s*[«\"“(]\s*{name}\s*[»\"”)]", "self_reference", 0.85),
    (r"(?:خاص|حصري)\s*[-–:]?\s*(?:لـ\s*)?{name}(?![^\W\d_])", "self_reference", 0.8),
    (r"(?:حقوق\s+(?:النشر|الطبع)|©)[^\n]{{0,40}}{name}", "copyright", 0.9),
)


_CREDIT_LINE = Prefiltered(
    re.compile(r"^[ \t]*(?:المصدر|المصادر|مصدر الخبر|Source|نقلا عن)\s*[:：]\s*(?P<items>[^\n]+)$", re.M)
)
_BYLINE = Prefiltered(
    re.compile(r"^[ \t]*(?:إعداد وتحرير|إعداد|تحرير|كتب|بقلم|ترجمة)\s*:\s*(?P<items>[^\n]{2,60})$", re.M)
)
_LINE = re.compile(r"^[^\n]+$", re.M)
_SEPARATOR_CHAR = re.compile(r"[_|–/،,-]")
_LIST_SEPARATOR = re.compile(r"\s+[_|–-]\s+|\s*/\s*|\s*،\s*|\s*,\s*")
_AGENCY = Prefiltered(re.compile(r"وكالة\s+(?:أنباء\s+)?(?P<name>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+للأنباء"))


def _is_ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _edge_lines(text: str) -> tuple[int, int]:
    """Where the article's first ``_HEAD_LINES`` non-blank lines end and its last ``_TAIL_LINES``
    begin (the whole text when it has fewer; 0, 0 when it has none)."""
    head_end, count, position = 0, 0, 0
    while count < _HEAD_LINES and position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            head_end, count = end, count + 1
        position = end + 1
    tail_start, count, end = 0, 0, len(text)
    while count < _TAIL_LINES and end >= 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            tail_start, count = start, count + 1
        end = start - 1
    return head_end, tail_start


def _line_matches(pattern: Prefiltered, text: str, regions: list[tuple[int, int]]) -> list[re.Match]:
    """The matches of a line pattern (``^…``, multiline) that start inside ``regions``, in order and
    not overlapping, as ``finditer`` would give them: the pattern is tried only at the starts of the
    regions' lines, not at every character of the text."""
    starts = set()
    for region_start, region_end in regions:
        position = region_start if region_start == 0 or text[region_start - 1] == "\n" else -1
        if position < 0:
            position = text.find("\n", region_start, region_end) + 1 or region_end
        while position < region_end:
            starts.add(position)
            position = text.find("\n", position, region_end) + 1 or region_end
    matches, end = [], 0
    for start in sorted(starts):
        if start >= end and (match := pattern.match(text, start)):
            matches.append(match)
            end = max(match.end(), start + 1)
    return matches


@dataclass
class Outlet:
    id: str
    name: str
    names: list[str]
    domains: list[str] = field(default_factory=list)
    signatures: list[dict[str, Any]] = field(default_factory=list)


def _load_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


class OutletsStage:
    """Adds ``outlet`` (with ``templates``) and ``sources``. See the module docstring."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.model: OutletModel | None = None

    def setup(self, registry: Any) -> None:
        self.normalizer = registry.normalizer("match")
        self.search = registry.normalizer("search")
        fold = self.normalizer.fold
        entries = [
            *_load_toml("registry.toml")["outlet"],
            *registry.data("outlets.registry"),
            *self.settings.extra_outlets,
        ]
        self.outlets: dict[str, Outlet] = {}
        for index, entry in enumerate(entries):
            try:
                outlet = Outlet(**entry)
            except TypeError as exc:
                raise ValueError(f"outlet registry entry {index} ({entry.get('id')!r}): {exc}") from None
            self.outlets[outlet.id] = outlet  # a later entry replaces an earlier one of the same id
        # names and domains: one pattern a formula, over every outlet's names at once
        self.outlet_of: dict[str, str] = {}
        for outlet in self.outlets.values():
            for name in [*outlet.names, *outlet.domains]:
                self.outlet_of.setdefault(fold(name).lower(), outlet.id)
        names = "(?P<name>" + words_pattern([fold(n) for o in self.outlets.values() for n in o.names]) + ")"
        domains = (
            "(?P<name>" + words_pattern([d.lower() for o in self.outlets.values() for d in o.domains]) + ")"
        )
        # a document without the texts a pattern's every match contains is not scanned (Prefiltered)
        self.name_signals: list[tuple[Prefiltered, str, float, str]] = [  # pattern, signal, weight, where
            *(
                (Prefiltered(re.compile(f.format(name=names))), signal, weight, "anywhere")
                for f, signal, weight in _SELF_FORMULAS
            ),
            # a short line that opens with the outlet's name: "ليفانت نيوز _ الكرملين _ تاس"
            (
                Prefiltered(re.compile(rf"^[ \t]*{names}[ \t]*(?:[_|/–-][^\n]*)?$", re.M)),
                "name_line",
                0.75,
                "edges",
            ),
            (Prefiltered(re.compile(domains)), "domain", 0.7, "lowercase"),  # re.I would scan slower
        ]
        self.signals: list[
            tuple[Prefiltered, str, str, float, str]
        ] = []  # pattern, outlet, signal, weight, where
        for outlet in self.outlets.values():
            for signature in outlet.signatures:
                self.signals.append(
                    (
                        Prefiltered(re.compile(fold(signature["pattern"]), re.M)),
                        outlet.id,
                        signature.get("signal", "signature"),
                        float(signature.get("weight", 0.8)),
                        signature.get("where", "anywhere"),
                    )
                )
        self._setup_sources(registry)
        self.templates = [*_load_toml("templates.toml")["template"], *registry.data("outlets.templates")]
        for template in self.templates:
            # "\nphrase" is in the page's lines when one of them starts with the phrase (see _templates)
            template["line_starts"] = ["\n" + self.search.fold(p).lower() for p in template["phrases"]]
        if self.settings.model is not None:
            self.model = OutletModel.load(self.settings.model)

    def _setup_sources(self, registry: Any) -> None:
        fold = self.normalizer.fold
        self.source_names: dict[str, str] = {}  # folded alias -> reported name
        for entry in [*_load_toml("sources.toml")["source"], *registry.data("outlets.sources")]:
            for alias in entry["aliases"]:
                self.source_names[fold(alias)] = entry["name"]
        for outlet in self.outlets.values():  # outlets are credited too
            for name in outlet.names:
                self.source_names.setdefault(fold(name), outlet.name)
        arabic = [a for a in self.source_names if not _LATIN.search(a)]
        latin = [a for a in self.source_names if _LATIN.search(a)]
        # The pattern is matched only where one of the names' first words stands (see _source_matches).
        self.source_first_words = set()
        for alias in self.source_names:
            first = _LETTERS.match(alias)
            if first is None:
                raise ValueError(f"source alias {alias!r} must start with a letter")
            self.source_first_words.add(first.group())
        # and as they stand in a text, bare or after و ب ل: a text's candidates are one set intersection
        self.source_first_forms = self.source_first_words | {
            prefix + word for word in self.source_first_words for prefix in "وبل"
        }
        # The candidates are looked up in the words of the search view, which the dates and quotes
        # stages have already split, when it shares this view's offsets (it does for the built-in
        # profiles): its positions are then this view's, and only the folding of the forms differs.
        self._search_words = self.search.shares_offsets_with(self.normalizer)
        if self._search_words:
            self.source_first_forms = {self.search.fold(form) for form in self.source_first_forms}
        self.source_pattern = re.compile(
            rf"(?:[وبل]|لـ)?(?P<name>{words_pattern(arabic)})(?![^\W\d_])"
            rf"|(?P<latin>{words_pattern(latin)})(?![A-Za-z])"
        )

    # -- per document --------------------------------------------------------------------------

    def process(self, document: Document) -> None:
        view = self.normalizer(document.text)
        text = view.text
        head_end, tail_start = _edge_lines(text)
        # the edges of the article: its first and last lines, and the site around it
        edges = [(0, head_end), (tail_start, len(text))] + [
            view.view_span(span["start"], span["end"]) for span in document.spans("boilerplate")
        ]
        evidence: dict[str, list[dict[str, Any]]] = {}

        def add(outlet_id: str, match: re.Match, signal: str, weight: float) -> None:
            start, end = view.source_span(match.start(), match.end())
            found = evidence.setdefault(outlet_id, [])
            if all(item["signal"] != signal for item in found):  # one piece of evidence a signal
                found.append(
                    {
                        "signal": signal,
                        "text": document.text[start:end],
                        "start": start,
                        "end": end,
                        "weight": weight,
                    }
                )

        lowercase = text.lower()
        for pattern, signal, weight, where in self.name_signals:
            if where == "edges":
                matches = _line_matches(pattern, text, edges)
            else:
                matches = pattern.finditer(lowercase if where == "lowercase" else text)
            for match in matches:
                if where == "edges" and len(_WORDS.findall(match.group())) > 12:
                    continue
                outlet_id = self.outlet_of.get(match.group("name").lower())
                if outlet_id:
                    add(outlet_id, match, signal, weight)
        regions = {"head": (0, head_end), "tail": (tail_start, len(text)), "anywhere": (0, len(text))}
        for pattern, outlet_id, signal, weight, where in self.signals:
            match = pattern.search(text, *regions.get(where, regions["anywhere"]))
            if match:
                add(outlet_id, match, signal, weight)
        scores = {}
        for outlet_id, found in evidence.items():
            missing = 1.0
            for item in found:
                missing *= 1.0 - item["weight"]
            scores[outlet_id] = 1.0 - missing
        outlet = self._decide(document, scores, evidence)
        searched = self.search(document.text).text  # the view that dates and quotes read too
        outlet["templates"] = self._templates(document, searched)
        document.set("outlet", outlet)
        self._sources(document, view, outlet.get("id"), searched if self._search_words else text)

    def _decide(
        self, document: Document, scores: dict[str, float], evidence: dict[str, list]
    ) -> dict[str, Any]:
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        probabilities = self.model.probabilities(document.text) if self.model else {}
        if ranked and ranked[0][1] >= self.settings.min_signal:
            outlet_id, score = ranked[0]
            found = list(evidence[outlet_id])
            if outlet_id in probabilities:
                score = 1.0 - (1.0 - score) * (1.0 - probabilities[outlet_id])
                found.append({"signal": "model", "weight": round(probabilities[outlet_id], 4)})
            return self._outlet(outlet_id, score, found)
        if probabilities:
            outlet_id, probability = max(probabilities.items(), key=lambda item: (item[1], item[0]))
            candidates = sorted(probabilities.items(), key=lambda item: -item[1])[:3]
            found = [{"signal": "model", "weight": round(probability, 4)}]
            for other_id, _ in ranked:
                found.extend(evidence[other_id])
            if probability >= self.settings.min_score:
                return self._outlet(outlet_id, probability, found)
            outlet = self._outlet(None, probability, found)
            outlet["candidates"] = [{"id": i, "score": round(p, 4)} for i, p in candidates]
            return outlet
        # weak signals only: report them, name nobody
        return self._outlet(
            None, ranked[0][1] if ranked else 0.0, [e for i, _ in ranked for e in evidence[i]]
        )

    def _outlet(self, outlet_id: str | None, score: float, evidence: list[dict[str, Any]]) -> dict[str, Any]:
        name = None
        if outlet_id is not None:
            known = self.outlets.get(outlet_id)
            name = (
                known.name
                if known
                else (self.model.names.get(outlet_id) if self.model else None) or outlet_id
            )
        return {"id": outlet_id, "name": name, "score": round(score, 4), "evidence": evidence}

    # -- templates -------------------------------------------------------------------------------

    def _templates(self, document: Document, searched: str) -> list[str]:
        """Template families whose lines the page carries, then the ``site:`` fingerprint of its
        own short boilerplate lines (digits dropped), shared by the pages of one site. ``searched``
        is the document's text in the ``search`` view."""
        # every line, stripped, after a newline: "\nphrase" in it means a line starts with phrase
        folded_lines = "\n" + "\n".join(line.strip() for line in searched.lower().splitlines())
        found = []
        for template in self.templates:
            hits = sum(1 for phrase in template["line_starts"] if phrase in folded_lines)
            if hits >= template.get("min_lines", 1):
                found.append(template["id"])
        site_lines = sorted(
            {
                re.sub(r"\d+", "", self.search.fold(document.span_text(span)).strip()).lower()
                for span in document.spans("boilerplate")
                if span.get("kind") not in ("related", "title")
                and 0 < len(document.span_text(span).split()) <= 8
            }
            - {""}
        )
        if len(site_lines) >= 2:
            digest = hashlib.blake2b("\n".join(site_lines).encode("utf-8"), digest_size=6).hexdigest()
            found.append(f"site:{digest}")
        return found

    # -- credited sources ---------------------------------------------------------------------------

    def _sources(self, document: Document, view: Any, outlet_id: str | None, words_text: str) -> None:
        """The sources the article credits; ``words_text`` is where to look its words up (see
        :meth:`_source_matches`)."""
        text = view.text
        own = (
            {self.normalizer.fold(n) for n in self.outlets[outlet_id].names}
            if outlet_id in self.outlets
            else set()
        )
        own_name = self.outlets[outlet_id].name if outlet_id in self.outlets else None
        found: dict[tuple[int, int], dict[str, Any]] = {}

        def add(start: int, end: int, name: str, kind: str) -> None:
            if name == own_name or self.normalizer.fold(name) in own:
                return
            raw_start, raw_end = view.source_span(start, end)
            if any(s <= raw_start and raw_end <= e for s, e in found):
                return  # inside a source already found (وكالة الصحافة الفرنسية ⊃ الصحافة)
            for key in [k for k in found if raw_start <= k[0] and k[1] <= raw_end]:
                del found[key]
            found[(raw_start, raw_end)] = {
                "name": document.text[raw_start:raw_end],  # as the article writes it
                "canonical": name,
                "start": raw_start,
                "end": raw_end,
                "kind": kind,
            }

        for match in _CREDIT_LINE.finditer(text):
            self._list_items(match, "items", "credit_line", add)
        for match in _BYLINE.finditer(text):
            start, end = match.span("items")
            add(start, end, text[start:end].strip(), "byline")
        for match in _AGENCY.finditer(text):
            add(match.start(), match.end(), match.group(), "agency")
        for match in self._source_matches(text, words_text):
            group = "name" if match.group("name") else "latin"
            alias = match.group(group)
            add(*match.span(group), self.source_names.get(alias, alias), "listed")
        # a credits list: a short line of names between separators, one of them a known source
        for line in _LINE.finditer(text):
            separators = len(_SEPARATOR_CHAR.findall(line.group()))
            if separators < 2 or len(line.group().split()) > 5 * separators + 4:
                continue  # cannot be 3 items or more of at most 4 words (a cheap test before the split)
            items = _LIST_SEPARATOR.split(line.group().strip())
            if (
                len(items) >= 3
                and all(0 < len(i.split()) <= 4 for i in items)
                and (any(self.normalizer.fold(i) in self.source_names for i in items))
            ):
                self._list_items(line, 0, "credit_line", add)
        document.set("sources", [found[key] for key in sorted(found)])

    def _source_matches(self, text: str, words_text: str) -> list[re.Match]:
        """The listed source names of ``text``, in order and not overlapping, each at a word start.

        The distinct words of ``words_text`` (a view with ``text``'s offsets) are looked up among the
        names' first words (bare or after و ب ل), and the name pattern is matched in ``text`` only
        where such a word starts: scanning with the pattern tried its alternation at every
        character and was most of this stage's time."""
        arabic = distinct_words(words_text) & self.source_first_forms
        latin = self.source_first_words.intersection(_LATIN_RUN.findall(text))  # and after Arabic: لـCNN
        starts = {i for i in occurrences(words_text, arabic) if i == 0 or not words_text[i - 1].isalpha()}
        starts.update(i for i in occurrences(text, latin) if i == 0 or not _is_ascii_letter(text[i - 1]))
        matches = []
        end = 0
        for start in sorted(starts):
            if start >= end and (match := self.source_pattern.match(text, start)):
                matches.append(match)
                end = match.end()
        return matches

    def _list_items(self, match: re.Match, group: Any, kind: str, add: Any) -> None:
        start = match.start(group)
        text = match.group(group)
        position = 0
        for item in _LIST_SEPARATOR.split(text):
            index = text.find(item, position)
            position = index + len(item)
            stripped = item.strip(" .:")
            if stripped and len(stripped.split()) <= 6:
                offset = start + index + item.find(stripped)
                add(offset, offset + len(stripped), self.source_names.get(stripped, stripped), kind)
