"""Runs as operators make them: in parallel, interrupted and resumed, over hostile input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from khabar import io
from khabar.cli import app

from .conftest import SEEDS

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(map(str, args)), input=input)


def lines_of(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def seed_corpus(path, copies):
    """The seed articles repeated ``copies`` times, each copy with its own id."""
    seeds = [json.loads(line) for line in (SEEDS / "seeds.input.jsonl").read_text("utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as stream:
        for copy in range(copies):
            for seed in seeds:
                stream.write(json.dumps({**seed, "id": f"{seed['id']}-{copy}"}, ensure_ascii=False) + "\n")
    return path


# -- several workers ------------------------------------------------------------------------------


def test_two_workers_write_the_same_bytes_as_one_with_the_standard_pipeline(tmp_path):
    source = seed_corpus(tmp_path / "in.jsonl", 30)  # 150 documents: three batches of 64
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert invoke("run", source, "-o", one).exit_code == 0
    result = invoke("run", source, "-o", two, "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert two.read_bytes() == one.read_bytes()
    assert "150 documents" in result.stderr


FOOTER = "تابعونا أيضا عبر قناتنا الإخبارية الرسمية في جميع المنصات الرقمية الحديثة والمتاحة للجميع"


def footer_corpus(path, count):
    """``count`` different stories, each closed by the same footer: a template line to learn."""
    story = "خبر رقم {n}: وقال المسؤول إن الوزارة ستعلن قرارها رقم {n} خلال الأسبوع المقبل بعد دراسة الملف."
    with open(path, "w", encoding="utf-8") as stream:
        for n in range(count):
            record = {"id": f"story-{n}", "text": story.format(n=n) + "\n\n" + FOOTER}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def footers_marked(path):
    return [[d["text"][s["start"] : s["end"]] for s in d["boilerplate"]] == [FOOTER] for d in lines_of(path)]


def test_two_workers_learn_template_lines_in_shares_as_one_process_learns_them(tmp_path):
    source = footer_corpus(tmp_path / "in.jsonl", 40)
    pipeline = tmp_path / "p.toml"  # batches of 2: the fit pass goes to the workers in 5 shares of 8
    pipeline.write_text('[pipeline]\nstages = ["boilerplate"]\nbatch_size = 2\n', encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert invoke("run", source, "-p", pipeline, "-o", one).exit_code == 0
    result = invoke("run", source, "-p", pipeline, "-o", two, "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert two.read_bytes() == one.read_bytes()
    assert all(footers_marked(two))


def test_a_failing_document_in_a_worker_is_recorded_like_in_one_process(cli_registry, tmp_path):
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["tokens", "explode"]\nbatch_size = 2\n', encoding="utf-8")
    source = tmp_path / "in.jsonl"
    texts = ["سليم", "BOOM", "سليم أيضا", "خبر", "BOOM مرة أخرى", "آخر"]
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert invoke("run", source, "-p", pipeline, "-o", one).exit_code == 1
    result = invoke("run", source, "-p", pipeline, "-o", two, "-w", "2")
    assert result.exit_code == 1
    assert two.read_bytes() == one.read_bytes()
    assert [len(r["errors"]) for r in lines_of(two)] == [0, 1, 0, 0, 1, 0]
    assert "2 with errors" in result.stderr


# -- resuming ---------------------------------------------------------------------------------------


def test_a_run_killed_midway_and_resumed_writes_exactly_the_uninterrupted_output(tmp_path):
    source = seed_corpus(tmp_path / "in.jsonl", 300)  # 1,500 documents
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["boilerplate", "dates"]\n', encoding="utf-8")
    whole, interrupted = tmp_path / "whole.jsonl", tmp_path / "interrupted.jsonl"
    partial = tmp_path / "interrupted.jsonl.partial"
    command = [sys.executable, "-m", "khabar.cli", "run", str(source), "-p", str(pipeline)]
    subprocess.run([*command, "-o", str(whole)], check=True, capture_output=True)

    process = subprocess.Popen([*command, "-o", str(interrupted)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if partial.exists() and partial.stat().st_size > 500_000:  # some batches are written
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not interrupted.exists()
    written = partial.read_bytes().count(b"\n")
    assert 0 < written < 1500

    resumed = subprocess.run([*command, "-o", str(interrupted), "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{written} already written by the interrupted run" in resumed.stderr
    assert interrupted.read_bytes() == whole.read_bytes()
    assert not partial.exists()


def test_a_half_written_last_line_is_dropped_and_done_again(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"خبر {i}"}) + "\n" for i in range(5)), "utf-8"
    )
    out = tmp_path / "out.jsonl"
    assert invoke("run", source, "-o", out).exit_code == 0
    complete = out.read_bytes()
    first_two = b"".join(complete.splitlines(keepends=True)[:2])
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(first_two + complete.splitlines(keepends=True)[2][:25])  # cut mid-line
    out.unlink()
    result = invoke("run", source, "-o", out, "--resume")
    assert result.exit_code == 0, result.stderr
    assert "2 already written" in result.stderr
    assert out.read_bytes() == complete


def test_resuming_output_of_other_inputs_or_another_pipeline_is_refused(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": "خبر"}) + "\n" for i in range(3)), "utf-8")
    out = tmp_path / "out.jsonl"
    assert invoke("run", source, "-o", out).exit_code == 0
    partial = tmp_path / "out.jsonl.partial"
    partial.write_bytes(out.read_bytes().replace(b'"d0"', b'"elsewhere"'))
    result = invoke("run", source, "-o", out, "--resume")
    assert result.exit_code == 2
    assert "cannot resume" in result.stderr and "'elsewhere'" in result.stderr

    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["tokens"]\n[stages.tokens]\nmin_length = 3\n', "utf-8")
    partial.write_bytes(out.read_bytes())
    result = invoke("run", source, "-o", out, "-p", pipeline, "--resume")
    assert result.exit_code == 2
    assert "written by another pipeline" in result.stderr


def test_resume_needs_an_output_file(cli_registry, tmp_path):
    result = invoke("run", "-", "--resume", input='{"text": "خبر"}\n')
    assert result.exit_code == 2
    assert "--resume needs a JSON Lines output file" in result.stderr


# -- hostile input ------------------------------------------------------------------------------------


def run_with_rejects(tmp_path, *inputs, extra=()):
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    result = invoke("run", *inputs, "-o", out, "--rejects", rejects, *extra)
    return result, lines_of(out), lines_of(rejects)


def test_empty_and_blank_files_are_rejected_and_the_rest_runs(cli_registry, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    (tmp_path / "good.txt").write_text("خبر عاجل", encoding="utf-8")
    result, documents, rejects = run_with_rejects(tmp_path, tmp_path)
    assert result.exit_code == 1
    assert [d["id"] for d in documents] == ["good"]
    assert sorted((r["source"].rsplit("/", 1)[-1], r["reason"][:10]) for r in rejects) == [
        ("blank.jsonl", "empty file"),
        ("empty.jsonl", "empty file"),
        ("empty.txt", "empty file"),
    ]
    assert "3 inputs rejected" in result.stderr


def test_binary_files_are_rejected_whole_not_line_by_line(cli_registry, tmp_path):
    blob = bytes(range(256)) * 64
    (tmp_path / "image.txt").write_bytes(blob)
    (tmp_path / "dump.jsonl").write_bytes(b'{"text": "ok"}\n' + blob)
    _result, documents, rejects = run_with_rejects(tmp_path, tmp_path / "image.txt", tmp_path / "dump.jsonl")
    assert documents == []
    assert [r["reason"].split(" (")[0] for r in rejects] == [
        "binary file, not text",
        "binary file, not JSON Lines",
    ]
    assert all(r["line"] is None for r in rejects)


def test_a_50_mb_single_line_is_rejected_with_its_content_and_the_run_goes_on(cli_registry, tmp_path):
    huge = "خبر " * (50 * 1024 * 1024 // 7)  # 50 MB of UTF-8 on one line
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "huge", "text": huge}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "small", "text": "خبر"})
        + "\n",
        encoding="utf-8",
    )
    assert source.stat().st_size > 50_000_000
    result, documents, rejects = run_with_rejects(tmp_path, source)
    assert result.exit_code == 1
    assert [d["id"] for d in documents] == ["small"]
    (reject,) = rejects
    assert f"'huge' has {len(huge):,} characters, more than the limit of 2,000,000" in reject["reason"]
    assert json.loads(reject["input"])["text"] == huge  # nothing is lost


def test_the_character_limit_can_be_raised_or_lifted(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "long", "text": "خبر " * 1000}) + "\n", encoding="utf-8")
    _result, documents, rejects = run_with_rejects(tmp_path, source, extra=("--max-chars", "100"))
    assert (documents, len(rejects)) == ([], 1)
    _result, documents, rejects = run_with_rejects(tmp_path, source, extra=("--max-chars", "0"))
    assert ([d["id"] for d in documents], rejects) == (["long"], [])


def test_a_line_too_long_to_read_is_skipped_without_being_held(cli_registry, tmp_path, monkeypatch):
    monkeypatch.setattr(io, "MAX_LINE_BYTES", 1000)
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"x" * 5000 + b"\n" + b'{"id": "after", "text": "\xd8\xae\xd8\xa8\xd8\xb1"}\n')
    _result, documents, rejects = run_with_rejects(tmp_path, source)
    assert [d["id"] for d in documents] == ["after"]
    assert rejects == [{"source": str(source), "line": 1, "reason": "line longer than 1,000 bytes; skipped"}]


def test_malformed_lines_go_to_the_rejects_file_with_their_content(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"text": "\xd8\xae\xd8\xa8\xd8\xb1"}\n{"text": broken\n{"id": "no-text"}\n')
    _result, documents, rejects = run_with_rejects(tmp_path, source)
    assert len(documents) == 1
    assert [(r["line"], r["input"]) for r in rejects] == [(2, '{"text": broken'), (3, '{"id": "no-text"}')]


def test_invalid_utf8_in_a_line_is_replaced_and_recorded(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "a", "text": "\xd8\xae\xff\xd8\xb1"}\n')
    _result, documents, _rejects = run_with_rejects(tmp_path, source)
    assert documents[0]["text"] == "خ\ufffdر"
    assert documents[0]["errors"][0]["error"] == "UnicodeDecodeError"
    assert f"{source}:1" in documents[0]["errors"][0]["message"]


def test_duplicate_ids_are_made_unique_and_reported(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "أول"},
        {"id": "a", "text": "ثان"},
        {"id": "a#2", "text": "ثالث"},
        {"id": "a", "text": "رابع"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result, documents, _ = run_with_rejects(tmp_path, source)
    assert [d["id"] for d in documents] == ["a", "a#2", "a#2#2", "a#3"]
    assert [d["meta"].get("original_id") for d in documents] == [None, "a", "a#2", "a"]
    assert documents[1]["errors"][0]["error"] == "DuplicateId"
    assert "3 duplicate ids renamed" in result.stderr
    assert [d["text"] for d in documents] == ["أول", "ثان", "ثالث", "رابع"]  # nothing lost


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked")
def test_hostile_input_is_handled_the_same_with_workers(cli_registry, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "a", "text": "x"}\nnot json\n{"id": "a", "text": "y"}\n')
    one = run_with_rejects(tmp_path, source)
    two = run_with_rejects(tmp_path, source, extra=("-w", "2"))
    assert one[1:] == two[1:]


# -- on a Dask cluster ---------------------------------------------------------------------------------


def parts_of(folder):
    return b"".join(part.read_bytes() for part in sorted(folder.glob("part-*.jsonl")))


def test_a_local_dask_cluster_writes_parts_that_are_the_local_output(tmp_path):
    pytest.importorskip("distributed")
    source = seed_corpus(tmp_path / "in.jsonl", 30)
    with open(source, "a", encoding="utf-8") as stream:  # hostile lines are handled as locally
        stream.write('not json\n{"id": "seed-0", "text": "خبر مكرر"}\n')
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster"
    local_run = invoke("run", source, "-o", local, "--rejects", tmp_path / "local-rejects.jsonl")
    result = invoke(
        "run",
        source,
        "-o",
        cluster,
        "--engine",
        "dask",
        "--workers",
        "2",
        "--partition-size",
        "64",
        "--rejects",
        tmp_path / "cluster-rejects.jsonl",
    )
    assert result.exit_code == local_run.exit_code == 1, result.stderr
    assert len(list(cluster.glob("part-*.jsonl"))) == 3  # 151 documents, 64 a part
    assert parts_of(cluster) == local.read_bytes()
    assert (tmp_path / "cluster-rejects.jsonl").read_bytes() == (
        tmp_path / "local-rejects.jsonl"
    ).read_bytes()
    assert "151 documents" in result.stderr and "1 inputs rejected" in result.stderr


def test_stages_that_fit_in_shares_fit_on_the_cluster_and_learn_what_a_local_run_learns(tmp_path):
    pytest.importorskip("distributed")
    source = footer_corpus(tmp_path / "in.jsonl", 40)
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["boilerplate"]\n', encoding="utf-8")
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster"
    assert invoke("run", source, "-p", pipeline, "-o", local).exit_code == 0
    on_cluster = ("--engine", "dask", "--workers", 2, "--partition-size", 8)  # five partitions to fit
    result = invoke("run", source, "-p", pipeline, "-o", cluster, *on_cluster)
    assert result.exit_code == 0, result.stderr
    assert parts_of(cluster) == local.read_bytes()
    assert all(footers_marked(local))


def test_corpus_level_stages_fit_on_the_client_and_run_on_the_cluster(tmp_path):
    pytest.importorskip("distributed")
    source = seed_corpus(tmp_path / "in.jsonl", 2)  # every seed twice: each is syndicated once
    pipeline = tmp_path / "p.toml"
    pipeline.write_text('[pipeline]\nstages = ["boilerplate", "syndication"]\n', encoding="utf-8")
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster"
    assert invoke("run", source, "-p", pipeline, "-o", local).exit_code == 0
    result = invoke("run", source, "-p", pipeline, "-o", cluster, "--engine", "dask", "--workers", "2")
    assert result.exit_code == 0, result.stderr
    assert parts_of(cluster) == local.read_bytes()
    first = json.loads(local.read_text(encoding="utf-8").splitlines()[0])
    assert [match["id"] for match in first["syndication"]] == [first["id"][:-2] + "-1"]


def test_the_dask_engine_needs_an_output_folder(tmp_path):
    result = invoke("run", SEEDS / "seeds.input.jsonl", "--engine", "dask")
    assert result.exit_code == 2
    assert "-o FOLDER" in result.stderr
