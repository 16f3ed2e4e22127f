"""The command line, as an operator uses it."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from khabar.cli import app

from .conftest import ROOT, SEEDS

SEED_TEXTS = sorted(SEEDS.glob("*.txt"))

SCHEMA = json.loads((ROOT / "docs" / "schema" / "document.schema.json").read_text(encoding="utf-8"))
runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(map(str, args)), input=input)


def output_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_valid(record):
    jsonschema.validate(record, SCHEMA)
    for name, value in record.items():
        spans = value if isinstance(value, list) else [value]
        for span in spans:
            if isinstance(span, dict) and "start" in span and "end" in span:
                assert 0 <= span["start"] <= span["end"] <= len(record["text"]), (name, span)


def test_run_on_the_seed_folder_writes_one_valid_line_per_article(cli_registry, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("run", *SEED_TEXTS, "-o", out)
    assert result.exit_code == 0, result.output
    records = output_lines(out)
    assert [r["id"] for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        assert_valid(record)
        raw = (SEEDS / record["meta"]["source"]).read_bytes().decode("utf-8")
        assert record["text"] == raw  # byte for byte
        assert record["token_count"] == len(record["tokens"]) > 100
    assert "5 documents" in result.stderr


def test_run_reads_json_lines_from_standard_input_and_writes_to_standard_output(cli_registry):
    lines = '{"id": "a", "text": "خبر عاجل", "meta": {"published": "2021-12-29"}}\n{"text": "خبر آخر"}\n'
    result = invoke("run", "-", input=lines)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "stdin:2"]
    assert records[0]["meta"] == {"published": "2021-12-29"}
    assert [r["provenance"][0]["stage"] for r in records] == ["tokens", "tokens"]


def test_malformed_lines_are_reported_with_file_and_line_and_the_rest_still_runs(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "أول"}\nnot json\n{"id": "x"}\n[1]\n{"text": "رابع"}\n', encoding="utf-8")
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    result = invoke("run", source, "-o", out, "--rejects", rejects)
    assert result.exit_code == 1
    assert [r["text"] for r in output_lines(out)] == ["أول", "رابع"]
    assert f"{source}:2: not valid JSON" in result.stderr
    assert f"{source}:3: the object has no 'text'" in result.stderr
    assert [(r["line"], r["reason"][:12]) for r in output_lines(rejects)] == [
        (2, "not valid JS"),
        (3, "the object h"),
        (4, "expected a J"),
    ]
    assert "3 inputs rejected" in result.stderr


def test_invalid_utf8_is_replaced_and_recorded_not_fatal(cli_registry, tmp_path):
    (tmp_path / "bad.txt").write_bytes("خبر ".encode() + b"\xff\xfe" + " عاجل".encode())
    result = invoke("run", tmp_path / "bad.txt")
    record = json.loads(result.stdout)
    assert record["text"] == "خبر \ufffd\ufffd عاجل"
    assert record["errors"][0]["stage"] == "read"
    assert result.exit_code == 1


def test_a_stage_failing_on_one_document_still_writes_all_and_exits_1(cli_registry, tmp_path):
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["tokens", "explode"]\n', encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "سليم"}\n{"text": "BOOM"}\n{"text": "سليم أيضا"}\n', encoding="utf-8")
    result = invoke("run", source, "-p", pipeline)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [len(r["errors"]) for r in records] == [0, 1, 0]
    assert records[1]["errors"][0]["stage"] == "explode"
    assert "1 with errors" in result.stderr


def test_an_unknown_stage_exits_2_naming_it(cli_registry, tmp_path):
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["tokens", "quotez"]\n', encoding="utf-8")
    for command in (["run", *SEED_TEXTS, "-p", pipeline], ["check", pipeline]):
        result = invoke(*command)
        assert result.exit_code == 2
        assert f"{pipeline}, stage 'quotez': unknown stage (known stages: batchy, count" in result.stderr


def test_check_prints_the_stage_table(cli_registry, tmp_path):
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["tokens", "count"]\n[stages.tokens]\nmin_length = 3\n')
    result = invoke("check", pipeline, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "stage": "tokens",
            "plugin": "sample",
            "version": "1.0",
            "requires": [],
            "provides": ["tokens"],
            "settings": {"pattern": r"\S+", "min_length": 3},
        },
        {
            "stage": "count",
            "plugin": "sample",
            "version": "1.0",
            "requires": ["tokens"],
            "provides": ["token_count"],
            "settings": {},
        },
    ]
    table = invoke("check", pipeline)
    assert "tokens" in table.stdout and "min_length=3" in table.stdout


def test_missing_inputs_and_unknown_suffixes_exit_2(cli_registry, tmp_path):
    assert "no such file or directory" in invoke("run", tmp_path / "nope.txt").stderr
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    result = invoke("run", tmp_path / "a.pdf")
    assert result.exit_code == 2 and "no reader for files ending in '.pdf'" in result.stderr


def test_the_output_format_follows_the_suffix(cli_registry, tmp_path):
    out = tmp_path / "ids.ids"
    assert invoke("run", *SEED_TEXTS, "-o", out).exit_code == 0
    assert out.read_text().split() == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_the_same_run_twice_gives_the_same_bytes(cli_registry, tmp_path):
    invoke("run", SEEDS / "seeds.input.jsonl", "-o", tmp_path / "1.jsonl")
    invoke("run", SEEDS / "seeds.input.jsonl", "-o", tmp_path / "2.jsonl")
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()


def test_plugins_lists_plugins_with_their_stages(cli_registry):
    result = invoke("plugins", "--json")
    listing = json.loads(result.stdout)
    sample = next(p for p in listing["plugins"] if p["name"] == "sample")
    assert [s["name"] for s in sample["stages"]][:3] == ["tokens", "count", "explode"]
    assert sample["stages"][1]["requires"] == ["tokens"]
    assert "khabar.io" in [p["name"] for p in listing["plugins"]]


def test_the_installed_command_runs_the_seed_inputs(tmp_path, shared_dir):
    """The issue's acceptance run: the installed `khabar` on ../shared's JSON Lines, then the scorer."""
    out = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "khabar.cli", "run", shared_dir / "gold" / "seeds.input.jsonl", "-o", out],
        check=True,
        capture_output=True,
    )
    records = output_lines(out)
    inputs = [
        json.loads(line) for line in (shared_dir / "gold" / "seeds.input.jsonl").read_text().splitlines()
    ]
    assert [r["text"] for r in records] == [i["text"] for i in inputs]
    for record in records:
        assert_valid(record)
    scored = subprocess.run(
        [
            sys.executable,
            shared_dir / "eval" / "score.py",
            shared_dir / "gold" / "seeds.gold.json",
            out,
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(scored.stdout.splitlines()[-1])["documents.missing"] == 0


@pytest.mark.parametrize("bad", [{"text": 5}, {"text": "x", "meta": []}])
def test_wrongly_typed_fields_are_rejected_with_a_reason(cli_registry, tmp_path, bad):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(bad) + "\n")
    result = invoke("run", source)
    assert result.exit_code == 1 and f"{source}:1:" in result.stderr
