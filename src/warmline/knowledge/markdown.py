"""Markdown in, passages and safe HTML out.

Passages are what retrieval ranks and what an answer quotes, so they follow the article's own sections: a
heading and the paragraphs under it, split further only when a section is long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

MAX_PASSAGE_CHARS = 700
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


@dataclass(frozen=True)
class Passage:
    heading: str
    text: str


def split_front_matter(source: str) -> tuple[dict[str, Any], str]:
    """`---` YAML front matter (title, slug, tags, audience, status) and the body after it."""
    match = _FRONT.match(source.lstrip("\ufeff"))
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping of keys to values")
    return meta, source[match.end() :]


def first_heading(body: str) -> tuple[str | None, str]:
    """A leading `# Title` line and the body without it."""
    lines = body.lstrip().splitlines()
    if lines:
        match = _HEADING.match(lines[0])
        if match and len(match.group(1)) == 1:
            return match.group(2), "\n".join(lines[1:]).lstrip("\n")
    return None, body


def plain(text: str) -> str:
    """Markdown inline syntax removed, for quoting in a chat bubble."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<!\w)[*_](\S[^*_]*\S|\S)[*_](?!\w)", r"\1", text)
    text = re.sub(r"^\s*[-*+]\s+", "- ", text, flags=re.M)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)
    return text.strip()


def passages(body: str) -> list[Passage]:
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            sections.append((match.group(2).strip(), []))
        else:
            sections[-1][1].append(line)
    out: list[Passage] = []
    for heading, lines in sections:
        paragraphs = [plain(p) for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]
        paragraphs = [p for p in paragraphs if p]
        chunk: list[str] = []
        for paragraph in paragraphs:
            if chunk and len("\n\n".join([*chunk, paragraph])) > MAX_PASSAGE_CHARS:
                out.append(Passage(heading, "\n\n".join(chunk)))
                chunk = []
            chunk.append(paragraph)
        if chunk:
            out.append(Passage(heading, "\n\n".join(chunk)))
    return out


def to_html(body: str) -> str:
    """Render for the help pages. Raw HTML in the source is escaped, never passed through."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).render(body)
