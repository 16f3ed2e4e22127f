"""`khabar report` and `khabar show`: output drawn for people, in a browser and in a terminal."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from khabar.cli import app
from khabar.render import Mark, marks_of, segments
from khabar.report import write_report

runner = CliRunner()

TEXT = "الرئيسية | أخبار\nقال الوزير: «سنعود يوم الخميس» <b>للعمل</b>.\nShare this"


def record(**overrides):
    base = {
        "id": "a",
        "text": TEXT,
        "meta": {"source": "a.txt", "published": "2021-12-29"},
        "boilerplate": [
            {"start": 0, "end": 16, "kind": "navigation"},
            {"start": 62, "end": 72, "kind": "share"},
        ],
        "title": None,
        "language": "ar",
        "language_spans": [{"start": 0, "end": 61, "lang": "ar"}, {"start": 62, "end": 72, "lang": "en"}],
        "dates": [{"start": TEXT.index("يوم"), "end": TEXT.index("»"), "value": "2021-12-30"}],
        "quotes": [
            {
                "start": TEXT.index("«"),
                "end": TEXT.index("»") + 1,
                "kind": "direct",
                "speaker": {"text": "الوزير", "canonical": "الوزير", "start": 21, "end": 27},
            }
        ],
        "outlet": {
            "id": "wam",
            "name": "وام",
            "score": 0.9,
            "evidence": [{"signal": "masthead", "start": 0, "end": 8}],
        },
        "sources": [],
        "errors": [],
    }
    base.update(overrides)
    return base


def report_of(*records, **options):
    stream = io.StringIO()
    stats = write_report(records, stream, **options)
    return stream.getvalue(), stats


# -- marks and pieces ----------------------------------------------------------------------------------------------


@given(
    st.integers(0, 60).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(st.integers(0, n), st.integers(0, n), st.sampled_from(["quote", "date", "title"]))
            ),
        )
    )
)
def test_pieces_cover_the_text_in_order_and_carry_exactly_the_marks_over_them(case):
    length, raw = case
    marks = [Mark(min(a, b), max(a, b), layer) for a, b, layer in raw if a != b]
    pieces = list(segments(length, marks))
    assert [p.start for p in pieces][:1] == ([0] if length else [])
    assert all(p.end == q.start for p, q in pairwise(pieces))
    assert not pieces or pieces[-1].end == length
    for piece in pieces:
        assert sorted(piece.marks) == sorted(
            m for m in marks if m.start <= piece.start and piece.end <= m.end
        )
        assert sorted(piece.ending) == sorted(m for m in piece.marks if m.end == piece.end)


def test_marks_outside_the_text_are_dropped_not_drawn():
    broken = record(dates=[{"start": 5, "end": 500, "value": "2021"}, {"start": "x", "end": 2}])
    assert [m for m in marks_of(broken) if m.layer == "date"] == []


def test_only_spans_in_another_language_than_the_document_are_marked():
    assert [(m.start, m.label) for m in marks_of(record()) if m.layer == "language"] == [(62, "en")]


# -- the HTML report --------------------------------------------------------------------------------------------


def test_an_article_is_drawn_with_its_boilerplate_quotes_dates_and_languages():
    html, _ = report_of(record())
    assert '<del class="boilerplate" title="boilerplate: navigation">' in html
    assert '<span class="kind">share</span>' in html
    assert '<mark class="quote direct" data-quote="1" title="[1] direct: الوزير">' in html
    assert '<span class="who">[1] الوزير</span>' in html
    assert '<time class="date" datetime="2021-12-30" title="2021-12-30">يوم الخميس</time>' in html
    assert '<span class="iso" dir="ltr">2021-12-30</span>' in html
    assert 'lang="en"' in html and '<span class="lang">en</span>' in html
    assert 'title="masthead: None">وام (0.90)</span>' in html


def test_the_article_text_is_escaped_and_the_file_is_self_contained_and_right_to_left():
    html, _ = report_of(record())
    assert "&lt;b&gt;للعمل&lt;/b&gt;" in html and "<b>للعمل</b>" not in html
    assert html.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    for external in ("http://", "https://", "<script", "<link", "src="):
        assert external not in html


def test_the_corpus_page_counts_outlets_speakers_months_clusters_and_errors():
    records = [
        record(id="a", syndication=[{"id": "b", "share": 0.9}]),
        record(id="b", outlet={}, syndication=[{"id": "a", "share": 0.9}, {"id": "c", "share": 0.6}]),
        record(id="c", outlet={}, errors=[{"stage": "dates", "error": "ValueError", "message": "bad day"}]),
        record(id="d", outlet={}),
    ]
    html, stats = report_of(*records, max_documents=2)
    assert stats.documents == 4
    assert stats.outlets == {"وام": 1, "(unknown)": 3}
    assert stats.speakers == {"الوزير": 4}
    assert stats.months == {"2021-12": 4}
    assert stats.clusters() == [["a", "b", "c"]]
    assert stats.errors == [("c", "dates", "ValueError", "bad day")]
    assert "Corpus: 4 documents (2 drawn below)" in html
    assert html.count('<section class="card document"') == 2


def test_the_command_writes_the_report_and_skips_bad_lines_with_a_warning(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text(json.dumps(record(), ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(output), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "line 2: not a khabar record" in result.output
    assert '<mark class="quote' in (tmp_path / "r.html").read_text(encoding="utf-8")


# -- khabar show --------------------------------------------------------------------------------------------------


def test_show_prints_the_text_with_its_notes_and_a_legend(tmp_path):
    output = tmp_path / "out.jsonl"
    lines = [json.dumps(record(id=i), ensure_ascii=False) for i in ("a", "b")]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", str(output), "b"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("legend: boilerplate")
    assert "«سنعود يوم الخميس ⟨2021-12-30⟩» [1] الوزير" in result.output
    assert "‹navigation›" in result.output and "outlet" in result.output
    assert result.output.count("a.txt") == 1  # only document b
    hidden = runner.invoke(app, ["show", str(output), "a", "--hide-boilerplate"])
    assert "الرئيسية" not in hidden.output and "قال الوزير" in hidden.output


def test_show_names_an_unknown_document(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text(json.dumps(record()) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", str(output), "zzz"])
    assert result.exit_code == 2
    assert "no document with id zzz" in result.output


# -- in a real browser ------------------------------------------------------------------------------------------


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium and ChromeDriver, installed when missing; the test skips where they cannot be."""
    pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
        can_sudo = not as_root or (
            shutil.which("sudo") and subprocess.run([*as_root, "true"], capture_output=True).returncode == 0
        )
        if not shutil.which("apt-get") or not can_sudo:
            pytest.skip(
                "chromium and chromium-driver are missing and cannot be installed here (needs apt-get as root)"
            )
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = [
            *as_root,
            "apt-get",
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ]
        done = subprocess.run(install, capture_output=True, text=True, env=env, timeout=1200)
        if done.returncode != 0:  # a fresh machine may have no package lists yet
            subprocess.run([*as_root, "apt-get", "update"], capture_output=True, env=env, timeout=600)
            done = subprocess.run(install, capture_output=True, text=True, env=env, timeout=1200)
        if done.returncode != 0:
            pytest.skip(f"could not install chromium with apt-get: {done.stderr.strip()[-300:]}")
    return CHROMIUM, CHROMEDRIVER


@pytest.fixture
def browser(chromium, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium[0]
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromium[1]), options=options)
    yield driver
    driver.quit()


def test_the_report_of_the_seeds_renders_in_chromium_with_quotes_and_dates_visible(
    browser, seeds_output, tmp_path
):
    from selenium.webdriver.common.by import By

    html = tmp_path / "report.html"
    assert runner.invoke(app, ["report", str(seeds_output), "-o", str(html)]).exit_code == 0
    records = [json.loads(line) for line in seeds_output.read_text(encoding="utf-8").splitlines()]
    browser.get(html.as_uri())

    assert browser.execute_script("return document.readyState") == "complete"
    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0  # no network
    assert (
        browser.execute_script("return getComputedStyle(document.querySelector('.text')).direction") == "rtl"
    )

    quotes = browser.find_elements(By.CSS_SELECTOR, ".document mark.quote")
    dates = browser.find_elements(By.CSS_SELECTOR, ".document time.date")
    assert {q.get_attribute("data-quote") for q in quotes} >= {"1", "2"}
    drawn_quotes = browser.execute_script(
        "return [...document.querySelectorAll('.document mark.quote')].map(m => m.closest('section').id + '#' + m.dataset.quote)"
    )
    assert len(set(drawn_quotes)) == sum(len(r["quotes"]) for r in records)
    assert len(dates) >= sum(len(r["dates"]) for r in records)
    for element in [quotes[0], dates[0], *browser.find_elements(By.CSS_SELECTOR, ".document .iso")[:3]]:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        assert element.is_displayed() and element.size["width"] > 0 and element.size["height"] > 0
    assert browser.find_element(By.CSS_SELECTOR, ".document .iso").text == records[0]["dates"][0]["value"]

    browser.execute_script("document.querySelectorAll('section.document')[1].scrollIntoView()")
    screenshot = Path(os.environ.get("KHABAR_SCREENSHOT", tmp_path / "report.png"))
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
