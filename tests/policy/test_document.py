"""Policy files: a broken file is refused with the line and the reason."""

from __future__ import annotations

import pytest

from warmline.policy.document import DEFAULT_POLICY_PATH, DEMO_POLICY_PATH, PolicyFileError, parse_policy


def test_shipped_policies_are_valid() -> None:
    assert parse_policy(DEFAULT_POLICY_PATH.read_text()).rules
    demo = parse_policy(DEMO_POLICY_PATH.read_text())
    assert {s.stance for s in demo.segments} == {"self_serve", "balanced", "white_glove"}


def test_yaml_syntax_error_names_the_line() -> None:
    with pytest.raises(PolicyFileError) as caught:
        parse_policy("name: ok\nrules:\n  - name: a\n    then: {action: automate\n")
    assert caught.value.problems[0].line in (4, 5)
    assert "not valid YAML" in caught.value.problems[0].reason


def test_an_unknown_action_names_the_line_and_the_choices() -> None:
    text = "name: x\nrules:\n  - name: a\n    then:\n      action: guess\n"
    with pytest.raises(PolicyFileError) as caught:
        parse_policy(text)
    problem = caught.value.problems[0]
    assert problem.line == 5
    assert problem.path == "rules.0.then.action"
    assert "hand_off" in problem.reason


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            "rules:\n  - name: a\n    when: {moments: [crisis.nope]}\n    then: {action: automate}\n",
            3,
            "unknown moment",
        ),
        ("segments:\n  - name: a\n    stance: vip\n", 3, "self_serve"),
        ("settings:\n  max_turns_without_progress: 5\n", 2, "less than or equal to 2"),
        ("rules:\n  - name: a\n    then: {action: automate}\n    unless: {}\n", 4, "not permitted"),
        (
            "segments:\n  - name: a\n    stance: balanced\n    all: [{attribute: plan}]\n",
            4,
            "exactly one operator",
        ),
    ],
)
def test_each_problem_has_a_line_and_a_reason(text: str, line: int, words: str) -> None:
    with pytest.raises(PolicyFileError) as caught:
        parse_policy(text)
    problem = caught.value.problems[0]
    assert problem.line == line, problem
    assert words in problem.reason


def test_a_non_mapping_is_refused() -> None:
    with pytest.raises(PolicyFileError, match="mapping"):
        parse_policy("- just\n- a list\n")
