"""``khabar report``: one self-contained HTML file showing output as a reader sees it.

The file needs no network and no script: styles are inline, fonts are the reader's own (an
Arabic-capable stack), hover notes are ``title`` attributes. It has a corpus page (documents per
outlet, top speakers, a timeline of the dates mentioned, near-duplicate clusters, errors) and one
section per article: boilerplate greyed and struck through with its kind, the title, quotes
highlighted and numbered with their speaker, dates underlined with their ISO value, spans in
another language marked with it, the outlet badge with its evidence, credited sources.

Records are read one at a time: the corpus page counts every one, and the first ``max_documents``
are drawn (a report of a million articles is a corpus page and a sample).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any, TextIO

from .render import Mark, marks_of, note, outlet_name, segments, speaker_name

__all__ = ["CorpusStats", "write_report"]

_MONTH = re.compile(r"^(\d{4})-(\d{2})")

_FONTS = (
    '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Geeza Pro", '
    '"Segoe UI", Tahoma, "DejaVu Sans", sans-serif'
)

_STYLE = f"""
:root {{ --ink: #1d232a; --muted: #6b7280; --line: #e5e7eb; --quote: #fff3b0; --date: #0f766e;
  --lang: #7c3aed; --source: #1d4ed8; --bp: #9ca3af; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: {_FONTS}; color: var(--ink); background: #f8fafc; line-height: 1.9; }}
header.top {{ background: #111827; color: #fff; padding: .8rem 1.5rem; position: sticky; top: 0;
  z-index: 2; }}
header.top a {{ color: #fde68a; margin-inline-start: 1.5rem; }}
main {{ max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }}
section.card {{ background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.5rem;
  margin: 1.5rem 0; scroll-margin-top: 4rem; }}
h1, h2, h3 {{ line-height: 1.4; }}
.legend > span {{ margin-inline-end: 1.2rem; display: inline-block; }}
.doc-head {{ display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; }}
.doc-head .meta {{ color: var(--muted); font-size: .9rem; }}
.badge {{ display: inline-block; border-radius: 1rem; padding: 0 .7rem; font-size: .85rem;
  background: #e0e7ff; color: #312e81; }}
.badge.none {{ background: #f3f4f6; color: var(--muted); }}
.badge.error {{ background: #fee2e2; color: #991b1b; }}
.columns {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 1.5rem; }}
@media (max-width: 50rem) {{ .columns {{ grid-template-columns: 1fr; }} }}
.text {{ white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; }}
del.boilerplate {{ color: var(--bp); text-decoration: line-through; }}
.kind {{ font-size: .7rem; color: var(--bp); border: 1px solid var(--line); border-radius: .3rem;
  padding: 0 .25rem; margin-inline-start: .2rem; text-decoration: none; display: inline-block; }}
strong.title {{ font-size: 1.25rem; }}
mark.quote {{ background: var(--quote); border-radius: .2rem; }}
mark.quote.indirect {{ background: #fde7c8; }}
.speaker {{ font-weight: 700; border-bottom: 2px solid #ca8a04; }}
.who {{ font-size: .75rem; color: #854d0e; background: #fef9c3; border-radius: .3rem; padding: 0 .3rem;
  margin-inline-start: .2rem; }}
time.date {{ text-decoration: underline 2px var(--date); text-underline-offset: .35em; }}
.iso {{ font-size: .72rem; color: var(--date); margin-inline-start: .15rem; unicode-bidi: isolate; }}
.language {{ background: #f3e8ff; unicode-bidi: isolate; }}
.lang {{ font-size: .7rem; color: var(--lang); margin-inline-start: .15rem; }}
.source {{ color: var(--source); border-bottom: 1px dotted var(--source); }}
.evidence {{ outline: 1px dashed #6366f1; }}
aside h3 {{ font-size: 1rem; margin: .8rem 0 .3rem; }}
aside ol, aside ul {{ padding-inline-start: 1.2rem; margin: 0; font-size: .9rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
th, td {{ text-align: start; padding: .25rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }}
.bar {{ background: #93c5fd; height: .9rem; border-radius: .2rem; display: inline-block;
  vertical-align: middle; }}
.timeline {{ direction: ltr; display: flex; align-items: stretch; gap: 4px; height: 10rem;
  overflow-x: auto; }}
.timeline .col {{ flex: 1 1 0; min-width: 1.6rem; max-width: 4rem; display: flex; flex-direction: column;
  justify-content: flex-end; align-items: center; font-size: .7rem; color: var(--muted); }}
.timeline .col div {{ background: #5eead4; width: 100%; min-height: 2px; border-radius: .2rem .2rem 0 0; }}
.timeline .col span {{ white-space: nowrap; }}
.grid2 {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1.5rem; }}
"""

_LEGEND = (
    '<p class="legend"><span><del class="boilerplate">boilerplate</del><span class="kind">kind</span></span>'
    '<span><strong class="title">title</strong></span>'
    '<span><mark class="quote">direct quote</mark></span>'
    '<span><mark class="quote indirect">indirect quote</mark></span>'
    '<span><span class="speaker">speaker</span></span>'
    '<span><time class="date">date</time><span class="iso">ISO</span></span>'
    '<span><span class="language" lang="en">other language</span><span class="lang">en</span></span>'
    '<span><span class="source">credited source</span></span>'
    '<span><span class="evidence">outlet evidence</span></span></p>'
)


@dataclass
class CorpusStats:
    """What the corpus page counts, over every record read."""

    documents: int = 0
    outlets: Counter = field(default_factory=Counter)
    speakers: Counter = field(default_factory=Counter)
    months: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, stage, error, message
    syndication: dict[str, set[str]] = field(default_factory=dict)

    def add(self, record: Mapping[str, Any]) -> None:
        self.documents += 1
        doc_id = str(record.get("id"))
        self.outlets[outlet_name(record) or "(unknown)"] += 1
        self.languages[str(record.get("language") or "(unknown)")] += 1
        for quote in record.get("quotes") or []:
            if isinstance(quote, Mapping):
                self.speakers[speaker_name(quote)] += 1
        for date in record.get("dates") or []:
            month = _MONTH.match(str(date.get("value") or "")) if isinstance(date, Mapping) else None
            if month:
                self.months[month.group(0)] += 1
        for error in record.get("errors") or []:
            if isinstance(error, Mapping):
                self.errors.append(
                    (doc_id, str(error.get("stage")), str(error.get("error")), str(error.get("message")))
                )
        for match in record.get("syndication") or []:
            if isinstance(match, Mapping) and match.get("id") is not None:
                self.syndication.setdefault(doc_id, set()).add(str(match["id"]))

    def clusters(self) -> list[list[str]]:
        """Near-duplicate clusters: the connected groups of ``syndication`` matches, largest first."""
        parent: dict[str, str] = {}

        def root(node: str) -> str:
            parent.setdefault(node, node)
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for doc_id, others in sorted(self.syndication.items()):
            for other in sorted(others):
                parent[root(other)] = root(doc_id)
        groups: dict[str, list[str]] = {}
        for node in sorted(parent):
            groups.setdefault(root(node), []).append(node)
        return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def _anchor(doc_id: str) -> str:
    return "doc-" + re.sub(r"[^\w-]", "_", doc_id)


def _link(doc_id: str) -> str:
    return f'<a href="#{_anchor(doc_id)}" dir="ltr">{escape(doc_id)}</a>'


def _mark_open(mark: Mark) -> str:
    label = escape(mark.label, quote=True)
    if mark.layer == "boilerplate":
        return f'<del class="boilerplate" title="boilerplate: {label}">'
    if mark.layer == "title":
        return '<strong class="title">'
    if mark.layer == "quote":
        kind = "indirect" if mark.kind == "indirect" else "direct"
        title = f"[{mark.number}] {kind}: {label}"
        return f'<mark class="quote {kind}" data-quote="{mark.number}" title="{title}">'
    if mark.layer == "speaker":
        return f'<span class="speaker" data-quote="{mark.number}" title="speaker [{mark.number}]">'
    if mark.layer == "source":
        return f'<span class="source" title="credited source: {label}">'
    if mark.layer == "evidence":
        return f'<span class="evidence" title="outlet evidence: {label}">'
    if mark.layer == "date":
        return f'<time class="date" datetime="{label}" title="{label}">'
    if mark.layer == "language":
        return f'<span class="language" lang="{label}" dir="auto" title="language: {label}">'
    return "<span>"


_CLOSE = {"boilerplate": "</del>", "title": "</strong>", "quote": "</mark>", "date": "</time>"}


#: How each layer's note (:func:`khabar.render.note`) is written after its mark.
_NOTE_CLASSES = {"boilerplate": "kind", "quote": "who", "date": "iso", "language": "lang"}


def _mark_note(mark: Mark) -> str:
    """What is written right after a mark ends: its kind, speaker, value or language."""
    text = note(mark)
    if not text:
        return ""
    direction = ' dir="ltr"' if mark.layer == "date" else ""
    return f'<span class="{_NOTE_CLASSES[mark.layer]}"{direction}>{escape(text)}</span>'


def _article_html(text: str, marks: list[Mark]) -> str:
    """The text with its marks: each piece wrapped in the marks over it, notes where marks end."""
    out = []
    for piece in segments(len(text), marks):
        body = escape(text[piece.start : piece.end])
        for mark in reversed(piece.marks):
            body = _mark_open(mark) + body + _CLOSE.get(mark.layer, "</span>")
        out.append(body)
        out.extend(_mark_note(mark) for mark in piece.ending)
    return "".join(out)


def _document_html(record: Mapping[str, Any]) -> str:
    text = str(record.get("text") or "")
    doc_id = str(record.get("id"))
    meta = record.get("meta") if isinstance(record.get("meta"), Mapping) else {}
    outlet = record.get("outlet") if isinstance(record.get("outlet"), Mapping) else {}
    name = outlet_name(record)
    evidence = "; ".join(
        f"{e.get('signal')}: {e.get('text')}" for e in outlet.get("evidence") or [] if isinstance(e, Mapping)
    )
    if name:
        score = outlet.get("score")
        shown = f"{name} ({score:.2f})" if isinstance(score, int | float) else name
        note = escape(evidence or "no evidence", quote=True)
        badge = f'<span class="badge outlet" title="{note}">{escape(shown)}</span>'
    else:
        badge = '<span class="badge none outlet">outlet unknown</span>'
    errors = [e for e in record.get("errors") or [] if isinstance(e, Mapping)]
    error_badge = f'<span class="badge error">{len(errors)} errors</span>' if errors else ""
    facts = " · ".join(
        escape(str(x))
        for x in (meta.get("source"), meta.get("published") and f"published {meta.get('published')}")
        if x
    )
    marks = marks_of(record)
    quotes = [m for m in marks if m.layer == "quote"]
    quotes.sort(key=lambda m: m.number)
    side = ['<aside dir="rtl">']
    if quotes:
        side.append("<h3>Quotes</h3><ol>")
        for mark in quotes:
            excerpt = text[mark.start : mark.end]
            excerpt = excerpt if len(excerpt) <= 120 else excerpt[:117] + "…"
            side.append(
                f'<li value="{mark.number}"><b>{escape(mark.label)}</b> ({mark.kind}): {escape(excerpt)}</li>'
            )
        side.append("</ol>")
    dates = [m for m in marks if m.layer == "date"]
    if dates:
        items = "".join(
            f'<li>{escape(text[m.start : m.end])} → <span dir="ltr">{escape(m.label)}</span></li>'
            for m in dates
        )
        side.append(f"<h3>Dates</h3><ul>{items}</ul>")
    sources = [s for s in record.get("sources") or [] if isinstance(s, Mapping | str)]
    if sources:
        names = (s.get("canonical") or s.get("name") if isinstance(s, Mapping) else s for s in sources)
        side.append(
            "<h3>Credited sources</h3><ul>" + "".join(f"<li>{escape(str(n))}</li>" for n in names) + "</ul>"
        )
    if evidence:
        side.append(f"<h3>Outlet evidence</h3><p>{escape(evidence)}</p>")
    syndication = [m for m in record.get("syndication") or [] if isinstance(m, Mapping)]
    if syndication:
        items = "".join(f"<li>{_link(str(m.get('id')))} ({m.get('share')})</li>" for m in syndication)
        side.append(f"<h3>Also ran as</h3><ul>{items}</ul>")
    if errors:
        items = "".join(
            f"<li>{escape(str(e.get('stage')))}: {escape(str(e.get('message')))}</li>" for e in errors
        )
        side.append(f"<h3>Errors</h3><ul>{items}</ul>")
    side.append("</aside>")
    language = escape(str(record.get("language") or "ar"), quote=True)
    return (
        f'<section class="card document" id="{_anchor(doc_id)}">'
        f'<div class="doc-head"><h2 dir="ltr">{escape(doc_id)}</h2>{badge}{error_badge}'
        f'<span class="meta" dir="ltr">{facts} · language {language}</span></div>'
        f'<div class="columns"><div class="text" dir="rtl" lang="{language}">'
        f"{_article_html(text, marks)}</div>"
        f"{''.join(side)}</div></section>"
    )


def _bars(counts: list[tuple[str, int]], heading: str) -> str:
    if not counts:
        return f'<div><h3>{heading}</h3><p dir="ltr">none</p></div>'
    top = max(n for _, n in counts)
    rows = "".join(
        f'<tr><td dir="auto">{escape(name)}</td><td>{n}</td>'
        f'<td><span class="bar" style="width:{max(2, round(160 * n / top))}px"></span></td></tr>'
        for name, n in counts
    )
    return f"<div><h3>{heading}</h3><table>{rows}</table></div>"


def _timeline(months: Counter) -> str:
    if not months:
        return '<p dir="ltr">No dates.</p>'
    ordered = sorted(months.items())
    top = max(months.values())
    columns = "".join(
        f'<div class="col" title="{month}: {n}"><b>{n}</b>'
        f'<div style="height:{max(2, round(60 * n / top))}%"></div><span>{month}</span></div>'
        for month, n in ordered
    )
    return (
        f'<div class="timeline" aria-label="dates mentioned per month">{columns}</div>'
        f'<p dir="ltr">{sum(months.values())} dates in {len(months)} months.</p>'
    )


def _corpus_html(stats: CorpusStats, drawn: list[tuple[str, str]]) -> str:
    clusters = stats.clusters()
    cluster_items = "".join("<li>" + ", ".join(_link(d) for d in group) + "</li>" for group in clusters)
    error_rows = "".join(
        f'<tr><td>{_link(d)}</td><td>{escape(s)}</td><td>{escape(e)}</td><td dir="auto">{escape(m)}</td></tr>'
        for d, s, e, m in stats.errors[:200]
    )
    index = "".join(
        f'<li>{_link(doc_id)} <span dir="auto">{escape(title)}</span></li>' for doc_id, title in drawn
    )
    shown = f"{len(drawn)} drawn below" if len(drawn) < stats.documents else "all drawn below"
    return (
        f'<section class="card" id="corpus"><h1>Corpus: {stats.documents} documents ({shown})</h1>{_LEGEND}'
        '<div class="grid2">'
        f"{_bars(stats.outlets.most_common(20), 'Documents per outlet')}"
        f"{_bars(stats.speakers.most_common(15), 'Top speakers')}"
        f"{_bars(stats.languages.most_common(10), 'Languages')}"
        "</div>"
        f"<h3>Timeline of the dates mentioned</h3>{_timeline(stats.months)}"
        f"<h3>Near-duplicate clusters ({len(clusters)})</h3>"
        + (
            f"<ul>{cluster_items}</ul>"
            if clusters
            else '<p dir="ltr">None (add the <code>syndication</code> stage).</p>'
        )
        + f"<h3>Errors ({len(stats.errors)})</h3>"
        + (
            f"<table><tr><th>document</th><th>stage</th><th>error</th><th>message</th></tr>{error_rows}</table>"
            if stats.errors
            else '<p dir="ltr">None.</p>'
        )
        + f"<h3>Articles</h3><ol>{index}</ol></section>"
    )


def write_report(
    records: Iterable[Mapping[str, Any]],
    stream: TextIO,
    title: str = "khabar report",
    max_documents: int = 500,
) -> CorpusStats:
    """Write the HTML report of ``records`` to ``stream``; return what the corpus page counted."""
    stats = CorpusStats()
    drawn: list[tuple[str, str]] = []
    sections: list[str] = []
    for record in records:
        stats.add(record)
        if len(sections) < max_documents:
            sections.append(_document_html(record))
            text = str(record.get("text") or "")
            head = record.get("title")
            heading = text[head["start"] : head["end"]] if isinstance(head, Mapping) else text[:80]
            drawn.append((str(record.get("id")), heading.strip()))
    stream.write(
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f'<header class="top">{escape(title)}<a href="#corpus">corpus</a></header><main>'
    )
    stream.write(_corpus_html(stats, drawn))
    for section in sections:
        stream.write(section)
    stream.write("</main></body></html>\n")
    return stats
