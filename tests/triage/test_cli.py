"""`warmline triage ...` and `warmline eval ...` through click's CliRunner (the commands are imported from the
triage CLI module and registered on a bare group, the way the main CLI does)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.triage.pizza import PIZZA, pizza_rows
from warmline.triage.cli import eval_group, triage_command
from warmline.triage.result import TriageResult


@pytest.fixture(scope="module")
def cli() -> click.Group:
    group = click.Group("warmline")
    group.add_command(triage_command, "triage")
    group.add_command(eval_group, "eval")
    return group


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_triage_text_prints_one_json_result(cli, runner):
    res = runner.invoke(cli, ["triage", "I still have not received my card"])
    assert res.exit_code == 0, res.output
    r = TriageResult.model_validate_json(res.stdout)
    assert r.intent == "card_arrival"


@pytest.mark.parametrize("text", ["train me", "retrain-defaults please", "eval"])
def test_multi_word_text_starting_with_a_command_name_is_triaged(cli, runner, text):
    res = runner.invoke(cli, ["triage", text])
    assert res.exit_code == 0, res.output
    assert "intent" in json.loads(res.stdout)


def test_triage_text_bad_input(cli, runner):
    for text in ["", "😡😡", "\u202e"]:
        res = runner.invoke(cli, ["triage", text])
        assert res.exit_code == 0, res.output
        json.loads(res.stdout)


def test_triage_file_jsonl_in_order(cli, runner, tmp_path):
    texts = ["where is my parcel", "", "cancel my order please", "😡", "hello"]
    inp = _jsonl(tmp_path / "in.jsonl", [{"text": t, "id": i} for i, t in enumerate(texts)])
    out = tmp_path / "out.jsonl"
    res = runner.invoke(cli, ["triage", "--input", str(inp), "--output", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text().splitlines()
    assert len(lines) == len(texts)
    results = [TriageResult.model_validate_json(line) for line in lines]
    assert results[2].intent == "cancel_order"
    assert "messages/s" in res.stderr


def test_triage_file_csv(cli, runner, tmp_path):
    inp = tmp_path / "in.csv"
    inp.write_text('id,text\n1,"I forgot my password, help"\n2,what are your fees\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(cli, ["triage", "--input", str(inp), "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert len(out.read_text().splitlines()) == 2


def test_triage_file_errors(cli, runner, tmp_path):
    inp = _jsonl(tmp_path / "in.jsonl", [{"text": "ok"}, {"message": "no text field"}])
    res = runner.invoke(cli, ["triage", "--input", str(inp), "--output", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 2
    assert "row 2" in res.stderr and "'text'" in res.stderr
    res = runner.invoke(
        cli, ["triage", "--input", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "o")]
    )
    assert res.exit_code == 2 and "not found" in res.stderr
    res = runner.invoke(cli, ["triage", "--input", str(inp)])
    assert res.exit_code == 2


def test_train_command_and_model_dir(cli, runner, tmp_path):
    rows = [{"utterance": t, "intent": lab} for t, lab in pizza_rows()]
    data = _jsonl(tmp_path / "pizza.jsonl", rows)
    out = tmp_path / "model"
    res = runner.invoke(cli, ["triage", "train", "--data", str(data), "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["intents"] == len(PIZZA)
    assert (out / "intents.joblib").exists()
    res = runner.invoke(cli, ["triage", "--model-dir", str(out), "I want to order two pizzas"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["intent"] == "order_pizza"


def test_train_command_malformed_file_exit_2(cli, runner, tmp_path):
    data = tmp_path / "bad.csv"
    data.write_text("text,label\nhello,greet\nbye,leave\nwhat,\n")
    res = runner.invoke(cli, ["triage", "train", "--data", str(data), "--out", str(tmp_path / "m")])
    assert res.exit_code == 2
    assert "row 3" in res.stderr and "'label'" in res.stderr
    assert "Traceback" not in res.output


def test_model_dir_missing(cli, runner, tmp_path):
    res = runner.invoke(cli, ["triage", "--model-dir", str(tmp_path / "nope"), "hello"])
    assert res.exit_code == 2


def test_eval_intents_json_keys(cli, runner, tmp_path):
    rows = pizza_rows()
    train = tmp_path / "train.csv"
    train.write_text("text,label\n" + "".join(f'"{t}",{lab}\n' for t, lab in rows[::2] + rows[1::4]))
    test = _jsonl(tmp_path / "test.jsonl", [{"text": t, "label": lab} for t, lab in rows[1::2]])
    res = runner.invoke(cli, ["eval", "intents", "--train", str(train), "--test", str(test), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    for key in (
        "accuracy",
        "macro_f1",
        "in_scope_accuracy",
        "oos_recall",
        "train_seconds",
        "n_train",
        "n_test",
    ):
        assert key in out
    assert out["n_test"] == len(rows[1::2])
    assert out["accuracy"] > 0.5


def test_eval_emotions_json(cli, runner, tmp_path):
    tsv = tmp_path / "emo.tsv"
    tsv.write_text(
        "Thank you so much for the help!\t15\tid1\n"
        "This is so annoying, nothing works\t3\tid2\n"
        "I am scared my account was hacked\t14\tid3\n"
        "ok\t27\tid4\n"
        "Haha that is hilarious, thanks\t1,15\tid5\n"
    )
    res = runner.invoke(cli, ["eval", "emotions", "--test", str(tsv), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert 0.0 <= out["macro_f1"] <= 1.0 and out["n_test"] == 5
    bad = tmp_path / "bad.tsv"
    bad.write_text("fine\t15\tx\nbroken\tnot-a-label\ty\n")
    res = runner.invoke(cli, ["eval", "emotions", "--test", str(bad), "--json"])
    assert res.exit_code == 2 and "row 2" in res.stderr


def test_eval_escalation_delegates(cli, runner, tmp_path):
    data = _jsonl(
        tmp_path / "esc.jsonl",
        [
            {"text": "I want to speak to a human agent now", "label": "must_human"},
            {"text": "what are your opening hours", "label": "routine"},
        ],
    )
    res = runner.invoke(cli, ["eval", "escalation", "--data", str(data), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    for key in ("recall", "false_escalation_rate", "n", "misses"):
        assert key in out
    assert out["n"] == 2
    res = runner.invoke(cli, ["eval", "escalation", "--data", str(tmp_path / "none.jsonl"), "--json"])
    assert res.exit_code == 2
