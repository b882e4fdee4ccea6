"""`warmline policy ...`: validate a policy file and simulate it against conversations, offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from warmline.policy.document import PolicyDocument, PolicyFileError, parse_policy


def _load(path: str) -> PolicyDocument:
    try:
        return parse_policy(Path(path).read_text(encoding="utf-8"))
    except PolicyFileError as exc:
        for p in exc.problems:
            click.echo(f"{path}:{p.line or '?'}:{p.column or '?'}: {p.reason}", err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(f"error: cannot read {path}: {exc.strerror}", err=True)
        sys.exit(2)


@click.group("policy")
def policy_group() -> None:
    """Workspace policies: validate and simulate."""


@policy_group.command("validate")
@click.argument("path", type=click.Path(dir_okay=False))
def validate(path: str) -> None:
    """Check a policy file; problems are printed as FILE:LINE:COLUMN: reason."""
    doc = _load(path)
    click.echo(f"{path}: ok ({len(doc.segments)} segments, {len(doc.rules)} rules)")


@policy_group.command("simulate")
@click.option(
    "--policy",
    "policy_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="the candidate policy (YAML)",
)
@click.option(
    "--input",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="conversations, JSONL: one {id, channel, customer: {attributes}, messages: [{text}]} per line",
)
@click.option(
    "--baseline",
    "baseline_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="the current policy to compare with (default: Warmline's built-in policy)",
)
@click.option("--json", "as_json", is_flag=True, help="print the full report as JSON")
@click.option("--outcomes", is_flag=True, help="include every conversation's outcome in the JSON")
def simulate_command(
    policy_path: str, input_path: str, baseline_path: str | None, as_json: bool, outcomes: bool
) -> None:
    """Replay conversations through a candidate policy and show what would change."""
    from warmline.policy.document import DEFAULT_POLICY_PATH
    from warmline.policy.simulator import Shares, load_jsonl, simulate

    candidate = _load(policy_path)
    baseline = _load(baseline_path or str(DEFAULT_POLICY_PATH))
    try:
        with open(input_path, encoding="utf-8") as handle:
            conversations = load_jsonl(handle)
    except OSError as exc:
        click.echo(f"error: cannot read {input_path}: {exc.strerror}", err=True)
        sys.exit(2)
    except ValueError as exc:
        click.echo(f"error: {input_path}: {str(exc).splitlines()[0]}", err=True)
        sys.exit(2)
    report = simulate(candidate, conversations, baseline, include_outcomes=outcomes)
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), indent=2))
        return

    def line(name: str, s: Shares) -> str:
        return (
            f"  {name:<28} n={s.n:<5} automated {s.automated:6.1%}  offered {s.offered:6.1%}  "
            f"handed off {s.handed_off:6.1%}"
        )

    click.echo(f"{report.conversations} conversations, {report.messages} messages, {report.seconds:.2f} s")
    for label, run in (("candidate", report.candidate), ("baseline", report.baseline)):
        if run is None:
            continue
        click.echo(f"{label}:")
        click.echo(line("all", run.overall))
        for seg, shares in run.by_segment.items():
            click.echo(line(f"segment {seg}", shares))
        for moment, shares in run.by_moment.items():
            click.echo(line(f"moment {moment}", shares))
    click.echo(f"{report.changed_count} conversations change:")
    for change in report.changed[:20]:
        click.echo(
            f"  {change.id}: {change.baseline} -> {change.candidate}  ({' / '.join(change.candidate_rules)})"
        )
