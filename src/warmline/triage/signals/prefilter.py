"""One pass over a message to learn which detector patterns can match at all.

The signal detectors are a few hundred Python regular expressions. Trying each label's alternation at every
position of the message was most of their cost. RE2 (google-re2) matches a whole set of expressions in one
linear pass and reports which of them match. Each pattern is translated to RE2 syntax so that the RE2 version
matches *at least* wherever the Python one does: lookarounds (which RE2 lacks) are dropped, which can only
widen a match, and Python's `$` becomes "optional newline, then the end". Only the patterns RE2 reports are
then run with Python's `re`, which alone decides the hits, so the hits are exactly those of running every
pattern (a test checks this on thousands of messages).

Two cases fall back to trying every label (`candidates` returns None):
- text that is not ASCII: RE2's `\\w`, `\\b` and case folding are ASCII-only, Python's are Unicode-aware;
- a failed RE2 search (its DFA out of memory): detected by a pattern that matches every text.
A pattern RE2 cannot compile is always run. Without google-re2 installed, `build` returns None.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: ASCII characters that Python's `\\s` matches and RE2's does not; mapped to a space for RE2 only
_PY_ONLY_SPACE = str.maketrans({c: " " for c in "\x0b\x1c\x1d\x1e\x1f"})


def to_re2(pattern: str) -> str:
    """Python `re` syntax -> RE2 syntax that matches wherever the Python pattern matches (or more)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            out.append("\\z" if nxt == "Z" else c + nxt)
            i += 2
        elif c == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(pattern, i)  # a lookaround only narrows a match: leave it out
        elif c == "$":
            out.append("(?:\\n?\\z)")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Index just past the character class opening at `start`."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    raise ValueError(f"unterminated character class in {pattern!r}")


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group opening at `start` (nested groups, classes and escapes skipped)."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


class Prefilter:
    """Which (label, pattern index) pairs can match a text, from one RE2 pass."""

    def __init__(self, patterns: Mapping[str, Sequence[str]]) -> None:
        import re2

        options = re2.Options()
        options.case_sensitive = False
        options.log_errors = False
        options.max_mem = 64 << 20
        self._set = re2.Set.SearchSet(options)
        self._canary = self._set.Add("")  # matches every text: its absence means the search failed
        self._where: dict[int, tuple[str, int]] = {}
        self._always: dict[str, list[int]] = {}
        for label, pats in patterns.items():
            for k, p in enumerate(pats):
                try:
                    self._where[self._set.Add(to_re2(p))] = (label, k)
                except (re2.error, ValueError):
                    self._always.setdefault(label, []).append(k)
        self._set.Compile()
        self._match = self._set.Match

    def candidates(self, text: str) -> dict[str, list[int]] | None:
        """{label: indices of its patterns that may match}, ascending; None: try every label."""
        if not text.isascii():
            return None
        found = self._match(text.translate(_PY_ONLY_SPACE))
        if not found or self._canary not in found:
            return None
        out: dict[str, list[int]] = {label: list(ks) for label, ks in self._always.items()}
        for idx in found:
            where = self._where.get(idx)
            if where is not None:
                out.setdefault(where[0], []).append(where[1])
        for ks in out.values():
            ks.sort()
        return out


def build(patterns: Mapping[str, Sequence[str]]) -> Prefilter | None:
    """A prefilter for these patterns, or None when google-re2 is not installed or cannot compile them."""
    try:
        return Prefilter(patterns)
    except Exception:  # no google-re2, or a set too large for it: every label is tried, as before
        return None
