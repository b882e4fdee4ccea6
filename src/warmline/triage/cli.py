"""Click commands of triage. The main CLI registers them::

    cli.add_command(triage_command, "triage")
    cli.add_command(eval_group, "eval")

Interface (other tools depend on it):

    warmline triage "TEXT"                                  one JSON TriageResult on stdout
    warmline triage --input FILE --output FILE              JSONL/CSV in (field/column `text`), JSONL out
    warmline triage train --data FILE --out DIR             a workspace intent model
    warmline triage retrain-defaults --data-dir ../shared/data
    warmline eval intents --train FILE --test FILE --json
    warmline eval emotions --test FILE --json
    warmline eval escalation --data FILE --json

`warmline triage "train me"` triages the text: only a bare first word equal to a subcommand name dispatches.
Errors in input files exit with code 2 and name the row and the column.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

EXIT_BAD_INPUT = 2


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(EXIT_BAD_INPUT)


@contextmanager
def _progress(description: str, enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A Rich progress bar on stderr; yields a callback (stage, done, total)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    ) as bar:
        task = bar.add_task(description, total=None)

        def update(stage: str, done: int, total: int) -> None:
            bar.update(task, description=f"{description}: {stage}", completed=done, total=total)

        yield update


def _echo_json(obj: Any, pretty: bool = False) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None, default=str))


def _get_triager(model_dir: str | None) -> Any:
    from warmline.triage.pipeline import load_triager

    try:
        return load_triager(model_dir)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))


# ---------------------------------------------------------------------------------------------------------
# warmline triage
# ---------------------------------------------------------------------------------------------------------
class _TriageGroup(click.Group):
    """A group whose first positional argument is a message to triage unless it names a subcommand."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] in self.commands:
            return super().resolve_command(ctx, args)
        return "text", _text_command, args

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(
            ctx.command_path, '[OPTIONS] "TEXT" | --input FILE --output FILE | COMMAND [ARGS]...'
        )


@click.group(
    "triage",
    cls=_TriageGroup,
    invoke_without_command=True,
    help='Triage customer messages: `triage "TEXT"` prints one JSON result; `triage --input IN --output OUT` '
    "processes a JSONL/CSV file (field/column `text`) into JSONL.",
)
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False),
    help="JSONL (field `text`) or CSV (column `text`).",
)
@click.option(
    "--output", "output_path", type=click.Path(dir_okay=False), help="JSONL output, one result per input row."
)
@click.option(
    "--model-dir", "model_dir", type=click.Path(), default=None, help="A workspace intent model directory."
)
@click.option("--pretty", is_flag=True, help="Indent the JSON of a single result.")
@click.option("--batch-size", default=256, show_default=True, type=click.IntRange(1, 4096))
@click.pass_context
def triage_command(
    ctx: click.Context,
    input_path: str | None,
    output_path: str | None,
    model_dir: str | None,
    pretty: bool,
    batch_size: int,
) -> None:
    # ctx.meta is shared by the whole context tree (ctx.obj may belong to the main CLI)
    ctx.meta["warmline.triage.model_dir"] = model_dir
    ctx.meta["warmline.triage.pretty"] = pretty
    if ctx.invoked_subcommand is not None:
        if input_path or output_path:
            _fail("--input/--output cannot be combined with a message or a subcommand")
        return
    if not input_path and not output_path:
        click.echo(ctx.get_help())
        return
    if not input_path or not output_path:
        _fail("--input and --output go together")
    _triage_file(Path(input_path), Path(output_path), model_dir, batch_size)


def _triage_file(input_path: Path, output_path: Path, model_dir: str | None, batch_size: int) -> None:
    from warmline.triage.training import TrainingDataError, read_texts

    try:
        texts = read_texts(input_path)
    except TrainingDataError as exc:
        _fail(str(exc))
    triager = _get_triager(model_dir)
    start = time.perf_counter()
    output_path.parent.mkdir(parents=True, exist_ok=True)
    with output_path.open("w", encoding="utf-8") as out, _progress("triage") as update:
        update("messages", 0, len(texts))
        for i in range(0, len(texts), batch_size):
            chunk = texts[i : i + batch_size]
            for res in triager.triage_batch(chunk):
                out.write(res.model_dump_json() + "\n")
            update("messages", min(i + batch_size, len(texts)), len(texts))
    seconds = time.perf_counter() - start
    rate = len(texts) / seconds if seconds > 0 else 0.0
    click.echo(f"{len(texts)} messages in {seconds:.2f} s: {rate:.0f} messages/s -> {output_path}", err=True)


@click.command("text", hidden=True)
@click.argument("words", nargs=-1, required=True)
@click.option("--pretty", is_flag=True)
@click.pass_context
def _text_command(ctx: click.Context, words: tuple[str, ...], pretty: bool) -> None:
    text = " ".join(words)
    triager = _get_triager(ctx.meta.get("warmline.triage.model_dir"))
    result = triager.triage(text)
    _echo_json(result.model_dump(mode="json"), pretty or bool(ctx.meta.get("warmline.triage.pretty")))


@triage_command.command("train")
@click.option(
    "--data", "data", required=True, type=click.Path(dir_okay=False), help="CSV or JSONL training file."
)
@click.option(
    "--out", "out", required=True, type=click.Path(file_okay=False), help="Directory for the model."
)
@click.option("--json", "as_json", is_flag=True, help="Print the training summary as JSON.")
def train_command(data: str, out: str, as_json: bool) -> None:
    """Train a workspace intent model.

    Text field `text`/`utterance`; label field `label`/`intent`/`category`; label `oos` = out of scope."""
    from warmline.triage.training import TrainingDataError, read_labelled, train_intent_model

    try:
        texts, labels = read_labelled(data)
        with _progress("training intents") as update:
            model = train_intent_model(texts, labels, progress=update)
    except TrainingDataError as exc:
        _fail(str(exc))
    path = model.save(out)
    summary = {
        "model": str(path),
        "intents": len(model.intents),
        **{k: v for k, v in model.meta.items() if k != "config"},
    }
    if as_json:
        _echo_json(summary)
    else:
        click.echo(
            f"trained {len(model.intents)} intents on {model.meta['n_train']} examples in "
            f"{model.meta['train_seconds']} s (out-of-scope threshold {model.threshold:.2f}) -> {path}",
            err=True,
        )


@triage_command.command("retrain-defaults")
@click.option("--data-dir", default="../shared/data", show_default=True, type=click.Path(file_okay=False))
@click.option(
    "--out", "out", default=None, type=click.Path(file_okay=False), help="Default: the package's models/."
)
@click.option(
    "--only",
    "only",
    type=click.Choice(["intents", "emotions"]),
    multiple=True,
    help="Retrain only this model.",
)
def retrain_defaults_command(data_dir: str, out: str | None, only: tuple[str, ...]) -> None:
    """Re-train the shipped default intent and emotion models (deterministic)."""
    from warmline.triage.training import MODELS_DIR, TrainingDataError, retrain_defaults

    if not Path(data_dir).is_dir():
        _fail(f"{data_dir}: not a directory")
    try:
        with _progress("retrain defaults") as update:
            report = retrain_defaults(
                data_dir,
                Path(out) if out else MODELS_DIR,
                progress=update,
                only=only or ("intents", "emotions"),
            )
    except (TrainingDataError, FileNotFoundError, KeyError) as exc:
        _fail(str(exc))
    _echo_json(report, pretty=True)


# ---------------------------------------------------------------------------------------------------------
# warmline eval
# ---------------------------------------------------------------------------------------------------------
@click.group("eval", help="Evaluate triage models on labelled files.")
def eval_group() -> None:
    pass


def _print_metrics(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _echo_json(result)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True)
    table.add_column("metric")
    table.add_column("value")
    for k, v in result.items():
        if isinstance(v, dict | list):
            continue
        table.add_row(k, str(v))
    Console().print(table)


@eval_group.command("intents")
@click.option("--train", "train", required=True, type=click.Path(dir_okay=False))
@click.option("--test", "test", required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def eval_intents_command(train: str, test: str, as_json: bool) -> None:
    """Train on one CSV/JSONL file, evaluate on another."""
    from warmline.triage.evaluation import evaluate_intents
    from warmline.triage.training import TrainingDataError

    try:
        with _progress("training intents", enabled=sys.stderr.isatty()) as update:
            result = evaluate_intents(train, test, progress=update)
    except TrainingDataError as exc:
        _fail(str(exc))
    _print_metrics(result, as_json)


@eval_group.command("emotions")
@click.option("--test", "test", required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True)
def eval_emotions_command(test: str, as_json: bool) -> None:
    """GoEmotions TSV (text, label ids, id) -> macro-F1 of the shipped emotion model."""
    from warmline.triage.evaluation import evaluate_emotions
    from warmline.triage.training import TrainingDataError

    try:
        result = evaluate_emotions(test)
    except TrainingDataError as exc:
        _fail(str(exc))
    _print_metrics(result, as_json)


@eval_group.command("escalation")
@click.option("--data", "data", required=True, type=click.Path(dir_okay=False))
@click.option("--model-dir", "model_dir", default=None, type=click.Path())
@click.option("--json", "as_json", is_flag=True)
def eval_escalation_command(data: str, model_dir: str | None, as_json: bool) -> None:
    """JSONL with `text` and `label` (must_human|routine) -> recall, false_escalation_rate, n, misses."""
    from warmline.triage.evaluation import evaluate_escalation

    if not Path(data).exists():
        _fail(f"{data}: file not found")
    try:
        result = evaluate_escalation(data, _get_triager(model_dir))
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc))
    _print_metrics(result, as_json)


def main() -> None:  # pragma: no cover - for `python -m warmline.triage.cli`
    group = click.Group("warmline")
    group.add_command(triage_command, "triage")
    group.add_command(eval_group, "eval")
    group()


if __name__ == "__main__":  # pragma: no cover
    main()
