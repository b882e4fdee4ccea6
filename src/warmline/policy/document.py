"""The workspace policy as a document: YAML in, a validated `PolicyDocument` out.

A broken file is refused with the line and the reason (`PolicyFileError`); nothing here touches a database,
so the simulator, the CLI and the API share it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from warmline.triage.result import MOMENTS, VULNERABILITIES

Action = Literal["automate", "clarify", "offer_human", "hand_off"]
Priority = Literal["low", "normal", "high", "urgent"]
Stance = Literal["self_serve", "balanced", "white_glove"]
Channel = Literal["api", "widget", "email", "sms", "phone"]
MAX_POLICY_BYTES = 200_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AttributeCondition(_Strict):
    """One test on a customer attribute; exactly one operator."""

    attribute: str = Field(min_length=1, max_length=64)
    eq: Any = None
    ne: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    gt: float | None = None
    gte: float | None = None
    lt: float | None = None
    lte: float | None = None
    exists: bool | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _one_operator(self) -> AttributeCondition:
        used = [
            op
            for op in ("eq", "ne", "in_", "not_in", "gt", "gte", "lt", "lte", "exists")
            if getattr(self, op) is not None
        ]
        if len(used) != 1:
            raise ValueError("give exactly one operator: eq, ne, in, not_in, gt, gte, lt, lte or exists")
        return self


class SegmentRule(_Strict):
    """A segment: customers whose attributes match `all` (every test) and `any` (at least one test).

    Rules may also name segments the business sets on customers itself (they count as `balanced` unless a
    segment here gives them a stance)."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_\-]+$")
    stance: Stance
    description: str = ""
    all: list[AttributeCondition] = Field(default_factory=list)
    any: list[AttributeCondition] = Field(default_factory=list)


class RuleWhen(_Strict):
    """What a rule matches on. Every key given must hold; lists mean "one of"."""

    segment: list[str] | None = None
    stance: list[Stance] | None = None
    channel: list[Channel] | None = None
    intent: list[str] | None = None
    #: at least one of these moments (prefixes like "crisis." match every crisis moment)
    moments: list[str] | None = None
    vulnerability: list[str] | None = None
    language: list[str] | None = None
    sentiment_below: float | None = Field(default=None, ge=-1, le=1)
    sentiment_above: float | None = Field(default=None, ge=-1, le=1)
    frustration_at_least: float | None = Field(default=None, ge=0, le=1)
    business_hours: bool | None = None
    attributes: list[AttributeCondition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_labels(self) -> RuleWhen:
        for m in self.moments or []:
            if m not in MOMENTS and not any(known.startswith(m) for known in MOMENTS):
                raise ValueError(f"unknown moment {m!r}; known: {', '.join(MOMENTS)}")
        for v in self.vulnerability or []:
            if v not in VULNERABILITIES and v != "any":
                raise ValueError(f"unknown vulnerability {v!r}; known: any, {', '.join(VULNERABILITIES)}")
        return self


class RuleThen(_Strict):
    action: Action
    priority: Priority = "normal"
    team: str | None = Field(default=None, max_length=64)
    skill: str | None = Field(default=None, max_length=64)
    #: what to tell the customer; the honest wait / opening hours are added to hand-off messages
    message: str | None = Field(default=None, max_length=1000)


class Rule(_Strict):
    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_\-\.]+$")
    description: str = ""
    when: RuleWhen = Field(default_factory=RuleWhen)
    then: RuleThen


class StanceDefault(_Strict):
    """What happens when no rule fires, for one stance."""

    action: Action
    priority: Priority = "normal"
    team: str | None = None


class Messages(_Strict):
    hand_off: str = "I'm passing you to a member of our team, with everything you've told me so far."
    offer_human: str = "I may not be the best help here. Would you like to talk to a person?"
    clarify: str = (
        "Sorry, I want to be sure I understand. Could you tell me a little more about what you need?"
    )
    crisis: str = (
        "I'm sorry this happened. This matters, so I'm passing you straight to a person on our "
        "team, with everything you've told me."
    )
    vulnerable: str = (
        "I'm sorry you're going through this. I'm passing you to a person on our team, who will "
        "take it from here with care."
    )
    white_glove: str = "{owner} will look after this personally."


class PolicySettings(_Strict):
    #: languages automation may answer in; other languages are handed off (or clarified)
    automation_languages: list[str] = Field(default_factory=lambda: ["en"])
    other_language_action: Literal["hand_off", "clarify"] = "hand_off"
    #: the non-negotiable cap is 2: a policy may only lower it
    max_turns_without_progress: int = Field(default=2, ge=1, le=2)
    frustration_threshold: float = Field(default=0.7, ge=0, le=1)


class PolicyDocument(_Strict):
    """One workspace's policy. `rules` are tried in order; the first that matches decides."""

    name: str = Field(default="policy", max_length=200)
    description: str = ""
    segments: list[SegmentRule] = Field(default_factory=list)
    default_segment: str | None = None
    rules: list[Rule] = Field(default_factory=list)
    defaults: dict[Stance, StanceDefault] = Field(
        default_factory=lambda: {  # type: ignore[arg-type]
            "self_serve": StanceDefault(action="automate"),
            "balanced": StanceDefault(action="automate"),
            "white_glove": StanceDefault(action="hand_off", priority="high"),
        }
    )
    messages: Messages = Field(default_factory=Messages)
    settings: PolicySettings = Field(default_factory=PolicySettings)

    @model_validator(mode="after")
    def _consistent(self) -> PolicyDocument:
        names = [s.name for s in self.segments]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"segment names must be unique; repeated: {', '.join(dupes)}")
        rule_names = [r.name for r in self.rules]
        dupes = sorted({n for n in rule_names if rule_names.count(n) > 1})
        if dupes:
            raise ValueError(f"rule names must be unique; repeated: {', '.join(dupes)}")
        if self.default_segment is not None and self.default_segment not in names:
            raise ValueError(f"default_segment {self.default_segment!r} is not one of the segments")
        return self

    def stance_of(self, segment: str | None) -> Stance:
        for s in self.segments:
            if s.name == segment:
                return s.stance
        if segment in ("self_serve", "balanced", "white_glove"):
            return segment  # type: ignore[return-value]
        return "balanced"


class PolicyProblem(BaseModel):
    """One reason a policy file was refused, with where it is."""

    line: int | None = None
    column: int | None = None
    path: str = ""
    reason: str


class PolicyFileError(ValueError):
    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = problems
        first = problems[0]
        where = f"line {first.line}: " if first.line else ""
        super().__init__(
            f"{where}{first.reason}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
        )


def parse_policy(text: str) -> PolicyDocument:
    """Parse and validate a policy file; raise `PolicyFileError` with lines and reasons."""
    if len(text.encode("utf-8", errors="replace")) > MAX_POLICY_BYTES:
        raise PolicyFileError(
            [PolicyProblem(reason=f"the policy file is larger than {MAX_POLICY_BYTES} bytes")]
        )
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(p for p in (exc.context, exc.problem) if p) or "not valid YAML"
        raise PolicyFileError(
            [
                PolicyProblem(
                    line=mark.line + 1 if mark else None,
                    column=mark.column + 1 if mark else None,
                    reason=f"not valid YAML: {reason}",
                )
            ]
        ) from exc
    except yaml.YAMLError as exc:
        raise PolicyFileError([PolicyProblem(reason=f"not valid YAML: {exc}")]) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyFileError(
            [PolicyProblem(line=1, reason="the policy must be a mapping (key: value) at the top")]
        )
    try:
        return PolicyDocument.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "[")))]
            line, column = _locate(node, loc)
            path = ".".join(str(p) for p in loc)
            message = err["msg"].removeprefix("Value error, ")
            problems.append(
                PolicyProblem(
                    line=line, column=column, path=path, reason=f"{path}: {message}" if path else message
                )
            )
        raise PolicyFileError(problems) from exc


def _locate(node: yaml.Node | None, loc: list[Any]) -> tuple[int | None, int | None]:
    """Walk the YAML node tree along a pydantic error location to find the line of the fault."""
    best = node
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            nxt = None
            for key, value in current.value:
                if str(key.value) == str(part) or (part == "in_" and key.value == "in"):
                    nxt = value
                    best = key
                    break
            if nxt is None:
                break
            current = nxt
            if not isinstance(nxt, yaml.MappingNode | yaml.SequenceNode):
                best = nxt
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int) and part < len(current.value):
            current = current.value[part]
            best = current
        else:
            break
    if best is None:
        return None, None
    return best.start_mark.line + 1, best.start_mark.column + 1


def dump_policy(document: PolicyDocument) -> str:
    return yaml.safe_dump(document.model_dump(mode="json", by_alias=True, exclude_none=True), sort_keys=False)


DEFAULT_POLICY_PATH = Path(__file__).with_name("default.yaml")
DEMO_POLICY_PATH = Path(__file__).parent.parent / "demo" / "policy.yaml"


def default_policy_text() -> str:
    return DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
