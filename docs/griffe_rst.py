"""The reStructuredText-flavoured docstrings of belnorm, as Markdown for mkdocstrings (a Griffe extension).

belnorm's docstrings are prose with a little reST: ``double backticks``, ``::`` literal blocks, underlined
section titles and ``>>>`` doctest examples. Markdown would run a doctest into a paragraph (and read its
``[...]`` output as a link), so this extension rewrites each docstring before it is rendered: doctests and
literal blocks become fenced code, titles become bold lines. `rst_to_markdown` is also used by
``gen_pages.py`` for the module docstrings it quotes. Registered in ``mkdocs.yml`` under the python handler's
``extensions``.
"""

from __future__ import annotations

import ast
import re
from typing import Any

import griffe

_TITLE_RULE = re.compile(r"[-=~^]{3,}")


def rst_to_markdown(text: str) -> str:
    """Doctest runs and ``::`` literal blocks fenced, ``code`` single-backticked, underlined titles bold."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    fenced = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            out.append(line)
            i += 1
            continue
        if fenced:
            out.append(line)
            i += 1
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if stripped and _TITLE_RULE.fullmatch(nxt) and len(nxt) >= len(stripped) - 2:
            out.append(f"**{stripped}**")
            i += 2
            continue
        if stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].strip())
                i += 1
            if out and out[-1].strip():
                out.append("")
            out += ["```pycon", *block, "```", ""]
            continue
        if line.rstrip().endswith("::") and not line.rstrip().endswith(":::"):
            head = line.rstrip()[:-2].rstrip()
            indent = len(line) - len(line.lstrip())
            if head.strip():
                out.append(_inline(head) + ":")
            out.append("")
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            margin = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
            out += ["```text", *(b[margin:] for b in block), "```", ""]
            continue
        out.append(_inline(line))
        i += 1
    return "\n".join(out)


def _inline(line: str) -> str:
    return re.sub(r"``([^`]+?)``", r"`\1`", line)


def field_description(value: str) -> str | None:
    """The ``description=`` of a pydantic ``Field(...)`` call given as source text, if any."""
    try:
        node = ast.parse(value, mode="eval").body
    except SyntaxError:
        return None
    if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Field":
        for kw in node.keywords:
            if kw.arg == "description" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                return kw.value.value
    return None


class RstDocstrings(griffe.Extension):
    """Rewrite every docstring with `rst_to_markdown` when Griffe loads it; give a pydantic field without a
    docstring its ``Field(description=...)``, so model fields are documented where they are declared."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None and obj.is_attribute and getattr(obj, "value", None) is not None:
            description = field_description(str(obj.value))
            if description:
                text = description[:1].upper() + description[1:]
                obj.docstring = griffe.Docstring(text if text.endswith((".", "?", "!")) else text + ".", parent=obj)
        if obj.docstring is not None:
            obj.docstring.value = rst_to_markdown(obj.docstring.value)
