"""`khabar eval`: output scored against gold annotations, per stage, as the reference scorer does."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.evaluate import GoldError, evaluate, load_gold, name_key

from .conftest import SEEDS

runner = CliRunner()
GOLD = SEEDS / "seeds.gold.json"

TEXT = "الرئيسية | أخبار\nقال الوزير: «سنعود يوم الخميس» للعمل.\nشارك المقال"
DATE = (TEXT.index("يوم الخميس"), TEXT.index("يوم الخميس") + len("يوم الخميس"))
ANCHOR = (TEXT.index("سنعود"), TEXT.index("سنعود") + len("سنعود"))
QUOTE = (TEXT.index("«"), TEXT.index("»") + 1)


def gold_of(**overrides):
    document = {
        "file": "a.txt",
        "language": "ar",
        "lines": 3,
        "boilerplate_lines": [1, 3],
        "skip_lines": [],
        "line_languages": {},
        "dates": [
            {"text": "يوم الخميس", "value": "2021-12-30", "start": DATE[0], "end": DATE[1], "optional": False}
        ],
        "quotes": [
            {
                "anchor": "سنعود",
                "speaker": "الوزير",
                "aliases": [],
                "kind": "direct",
                "hard": False,
                "anchor_start": ANCHOR[0],
                "anchor_end": ANCHOR[1],
            }
        ],
        "outlet": {"names": ["wam", "وام"], "credited_sources": ["رويترز"]},
    }
    document.update(overrides)
    return {"documents": [document]}


def output_of(**overrides):
    document = {
        "id": "a",
        "text": TEXT,
        "meta": {"source": "articles/a.txt"},
        "boilerplate": [{"start": 0, "end": 16}, {"start": 55, "end": 66}],
        "language": "ar",
        "language_spans": [{"start": 0, "end": len(TEXT), "lang": "ar"}],
        "dates": [{"start": DATE[0], "end": DATE[1], "value": "2021-12-30"}],
        "quotes": [{"start": QUOTE[0], "end": QUOTE[1], "kind": "direct", "speaker": {"text": "الوزير"}}],
        "outlet": {"id": "wam", "name": "وكالة أنباء الإمارات"},
        "sources": [{"name": "رويترز"}],
    }
    document.update(overrides)
    return document


def test_a_perfect_output_scores_one_on_every_measure_the_gold_gives_something_to_find():
    measures = evaluate(gold_of(), [output_of()]).measures
    assert measures.pop("documents.missing") == 0
    # the gold has no indirect and no hard quote: as in the reference scorer, those figures are 0
    assert measures.pop("quotes.indirect_recall") == measures.pop("quotes.attribution_accuracy_hard") == 0.0
    assert set(measures.values()) == {1.0}


def test_a_line_is_boilerplate_when_spans_cover_half_its_letters():
    half = output_of(boilerplate=[{"start": 0, "end": 8}, {"start": 55, "end": 66}])
    assert evaluate(gold_of(), [half]).measures["boilerplate.recall"] == 1.0
    less = output_of(boilerplate=[{"start": 0, "end": 5}, {"start": 55, "end": 66}])
    evaluation = evaluate(gold_of(), [less])
    assert evaluation.measures["boilerplate.recall"] == 0.5
    assert [(m.stage, m.kind) for m in evaluation.misses] == [("boilerplate", "false negative")]


def test_boilerplate_over_the_article_costs_precision_and_content_kept():
    everything = output_of(boilerplate=[{"start": 0, "end": len(TEXT)}])
    measures = evaluate(gold_of(), [everything]).measures
    assert measures["boilerplate.precision"] == pytest.approx(2 / 3)
    assert measures["boilerplate.content_kept"] == 0.0


def test_skipped_lines_count_neither_way():
    everything = output_of(boilerplate=[{"start": 0, "end": len(TEXT)}])
    measures = evaluate(gold_of(skip_lines=[2]), [everything]).measures
    assert measures["boilerplate.precision"] == 1.0


def test_each_line_takes_the_language_of_the_span_covering_most_of_it():
    spans = [{"start": 0, "end": 16, "lang": "ar"}, {"start": 17, "end": 66, "lang": "fa"}]
    evaluation = evaluate(gold_of(), [output_of(language_spans=spans)])
    assert evaluation.measures["language.line_accuracy"] == pytest.approx(1 / 3)
    assert evaluate(
        gold_of(line_languages={"2": "fa", "3": "fa"}), [output_of(language_spans=spans)]
    ).measures["language.line_accuracy"] == pytest.approx(1.0)


def test_a_date_found_with_a_wrong_value_counts_as_found_but_not_right():
    wrong = output_of(dates=[{"start": DATE[0], "end": DATE[1], "value": "2021-12-23"}])
    measures = evaluate(gold_of(), [wrong]).measures
    assert (measures["dates.f1"], measures["dates.value_accuracy"]) == (1.0, 0.0)


def test_a_date_where_the_gold_has_none_is_a_false_positive_and_optional_dates_count_neither_way():
    extra = output_of(
        dates=[{"start": DATE[0], "end": DATE[1], "value": "2021-12-30"}, {"start": 0, "end": 4}]
    )
    assert evaluate(gold_of(), [extra]).measures["dates.precision"] == 0.5
    optional = gold_of(
        dates=[{"text": "يوم الخميس", "value": "x", "start": DATE[0], "end": DATE[1], "optional": True}]
    )
    measures = evaluate(optional, [output_of(dates=[])]).measures
    assert (measures["dates.recall"], measures["dates.precision"]) == (1.0, 1.0)


def test_a_quote_must_cover_the_anchor_and_name_an_accepted_speaker():
    measures = evaluate(gold_of(), [output_of(quotes=[])]).measures
    assert (measures["quotes.direct_recall"], measures["quotes.attribution_accuracy"]) == (0.0, 0.0)
    wrong_speaker = output_of(quotes=[{"start": QUOTE[0], "end": QUOTE[1], "speaker": {"text": "المتحدث"}}])
    measures = evaluate(gold_of(), [wrong_speaker]).measures
    assert (measures["quotes.direct_recall"], measures["quotes.attribution_accuracy_easy"]) == (1.0, 0.0)


def test_a_speaker_name_containing_the_full_name_is_right_in_any_spelling():
    spelled = output_of(
        quotes=[{"start": QUOTE[0], "end": QUOTE[1], "speaker": {"canonical": "وَالْوَزِير سامح شكري"}}]
    )
    assert evaluate(gold_of(), [spelled]).measures["quotes.attribution_accuracy"] == 1.0


def test_a_quote_over_two_gold_anchors_merges_them_and_matches_neither():
    second = {"anchor": "للعمل", "speaker": "الوزير", "aliases": [], "kind": "indirect", "hard": True}
    gold = gold_of()
    gold["documents"][0]["quotes"].append(
        {**second, "anchor_start": TEXT.index("للعمل"), "anchor_end": TEXT.index("للعمل") + 5}
    )
    merged = output_of(
        quotes=[{"start": QUOTE[0], "end": TEXT.index("للعمل") + 5, "speaker": {"text": "الوزير"}}]
    )
    measures = evaluate(gold, [merged]).measures
    assert (measures["quotes.direct_recall"], measures["quotes.indirect_recall"]) == (0.0, 0.0)
    assert measures["quotes.direct_precision"] == 0.0


def test_outlet_and_sources_are_compared_by_name():
    measures = evaluate(
        gold_of(), [output_of(outlet={"id": "sana"}, sources=["وكالة رويترز للأنباء"])]
    ).measures
    assert (measures["outlet.accuracy"], measures["sources.recall"]) == (0.0, 1.0)


def test_an_output_missing_a_gold_document_scores_zero_everywhere():
    evaluation = evaluate(gold_of(), [output_of(meta={"source": "b.txt"}, id="b")])
    assert evaluation.missing_documents == ["a.txt"]
    assert evaluation.measures["documents.missing"] == 1
    assert {v for k, v in evaluation.measures.items() if k != "documents.missing"} == {0.0}


def test_names_are_compared_in_a_loose_arabic_form():
    assert name_key("وَالرئيسُ إِردوغان") == name_key("الرئيس اردوغان") == "الرييس اردوغان"
    assert name_key("مؤسسة «الأهـــرام»") == "موسسه الاهرام"
    assert name_key(None) == ""


def test_a_malformed_gold_file_is_named_with_the_document_and_key(tmp_path):
    gold = gold_of()
    del gold["documents"][0]["dates"]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold.json, document 1: 'dates' must be a list"):
        load_gold(path)


def test_the_command_prints_a_table_per_stage_and_json(tmp_path):
    out = tmp_path / "out.jsonl"
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(gold_of()), encoding="utf-8")
    out.write_text(json.dumps(output_of(dates=[]), ensure_ascii=False) + "\n", encoding="utf-8")
    table = runner.invoke(app, ["eval", str(gold), str(out)])
    assert table.exit_code == 0, table.output
    assert "dates" in table.output and "value_accuracy" in table.output
    as_json = runner.invoke(app, ["eval", str(gold), str(out), "--json"])
    assert json.loads(as_json.stdout)["dates.recall"] == 0.0
    verbose = runner.invoke(app, ["eval", str(gold), str(out), "--verbose"])
    assert "dates false negative a.txt: 'يوم الخميس' 2021-12-30" in verbose.output


def test_the_command_exits_1_when_documents_are_missing_and_2_on_a_bad_gold_file(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("", encoding="utf-8")
    assert runner.invoke(app, ["eval", str(GOLD), str(out)]).exit_code == 1
    assert runner.invoke(app, ["eval", str(out), str(out)]).exit_code == 2


def _reference_scores(shared, gold, output):
    completed = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(output), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.splitlines()[-1])


def test_khabar_eval_equals_the_reference_scorer_on_the_seeds(shared_dir, seeds_output, tmp_path):
    outputs = [json.loads(line) for line in seeds_output.read_text(encoding="utf-8").splitlines()]
    damaged = copy.deepcopy(outputs)  # misses of every kind, so that every branch is compared
    for document in damaged:
        document["boilerplate"] = document["boilerplate"][1:]
        document["dates"] = [{**span, "value": "2020-01-01"} for span in document["dates"][::2]]
        document["quotes"] = [*document["quotes"][1:], {"start": 0, "end": len(document["text"])}]
        document["language_spans"] = document["language_spans"][::2]
        document["outlet"] = {}
    for number, variant in enumerate([outputs, damaged]):
        path = tmp_path / f"out{number}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in variant), encoding="utf-8")
        result = runner.invoke(app, ["eval", str(GOLD), str(path), "--json"])
        assert json.loads(result.stdout) == _reference_scores(shared_dir, GOLD, path)
