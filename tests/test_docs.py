"""The documentation's code examples run, and the site builds in strict mode.

Every fenced ``python`` (or ``pycon``) block in README.md, docs/**/*.md and the pages docs/gen_pages.py
generates is executed, page by page, in a fresh namespace shared by the blocks of that page (so a later block
may use a name an earlier one defined). A block with ``>>>`` prompts is a doctest: its printed output must be
what the page shows. Any other block is executed and must not raise. An HTML comment on the line before a
block controls it:

* ``<!-- no-test -->``: the block is not run (shell commands, code that needs a cluster or a network);
* ``<!-- requires: pandas, dask -->``: the block runs only when these modules import (else the rest of the page
  is skipped: later blocks may depend on it).

Blocks run with a temporary directory as the working directory, so examples may write files.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")
_DIRECTIVE = re.compile(r"^\s*<!--\s*(?P<body>.*?)\s*-->\s*$")
_PYTHON = {"python", "py", "pycon", "python3"}


@dataclass
class Block:
    path: str
    line: int  # 1-based line of the opening fence
    code: str
    skip: bool = False
    requires: tuple[str, ...] = ()

    @property
    def is_doctest(self) -> bool:
        return any(line.lstrip().startswith(">>>") for line in self.code.splitlines())


def python_blocks(text: str, path: str) -> list[Block]:
    """The fenced Python blocks of a Markdown text, with the directive on the line before each."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = m["indent"], m["fence"], m["info"].strip()
        language = info.split()[0].lstrip("{.").rstrip("}").lower() if info else ""
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and not (
            lines[i].strip().startswith(fence[0] * len(fence)) and lines[i].strip().strip(fence[0]) == ""
        ):
            line = lines[i]
            body.append(line[len(indent):] if line.startswith(indent) else line.lstrip())
            i += 1
        i += 1
        if language not in _PYTHON:
            continue
        skip, requires = False, ()
        j = start - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        d = _DIRECTIVE.match(lines[j]) if j >= 0 else None
        if d:
            body_text = d["body"]
            if body_text == "no-test":
                skip = True
            elif body_text.startswith("requires:"):
                requires = tuple(x.strip() for x in body_text[len("requires:"):].split(",") if x.strip())
        blocks.append(Block(path, start + 1, "\n".join(body) + "\n", skip, requires))
    return blocks


def _markdown_files() -> list[Path]:
    files = [ROOT / "README.md"] if (ROOT / "README.md").exists() else []
    return files + sorted(DOCS.rglob("*.md"))


def _generated_pages() -> dict[str, str]:
    sys.path.insert(0, str(DOCS))
    try:
        gen = importlib.import_module("gen_pages")
    finally:
        sys.path.remove(str(DOCS))
    return gen.generated_pages()


def _pages() -> list[tuple[str, str]]:
    pages = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in _markdown_files()]
    return pages


def _run_page(path: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run the page's blocks in order in one namespace; return how many ran."""
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__docs__"}
    ran = 0
    for block in python_blocks(text, path):
        if block.skip:
            continue
        missing = [m for m in block.requires if importlib.util.find_spec(m) is None]
        if missing:
            if ran:
                return ran
            pytest.skip(f"{path}:{block.line} needs {', '.join(missing)}")
        if "pandas" in block.requires:
            # a reader runs the page in a fresh interpreter, where importing pandas before belnorm registers the
            # accessor; here belnorm may have been imported and used by earlier tests, before pandas
            importlib.import_module("belnorm.integrations.pandas")
        where = f"{path}:{block.line}"
        if block.is_doctest:
            test = doctest.DocTestParser().get_doctest(block.code, namespace, where, path, block.line)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            out: list[str] = []
            runner.run(test, out=out.append, clear_globs=False)
            namespace.update(test.globs)  # DocTest ran on a copy of the namespace
            if runner.failures:
                pytest.fail(f"doctest failed in {where}:\n" + "".join(out), pytrace=False)
        else:
            try:
                exec(compile(block.code, where, "exec"), namespace)
            except Exception as exc:  # report the page and line, not this harness
                pytest.fail(f"example in {where} raised {type(exc).__name__}: {exc}", pytrace=False)
        ran += 1
    return ran


@pytest.mark.parametrize(("path", "text"), _pages(), ids=[p for p, _ in _pages()])
def test_examples_run(path: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(text, path)
    if not blocks:
        pytest.skip(f"{path} has no Python examples")
    _run_page(path, text, tmp_path, monkeypatch)


def test_generated_pages_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scheme pages and the CLI reference are generated at build time; their examples run too."""
    pages = _generated_pages()
    assert "cli.md" in pages and "schemes/index.md" in pages
    ran = 0
    for path, text in pages.items():
        ran += _run_page(f"(generated) docs/{path}", text, tmp_path, monkeypatch)
    assert ran >= len(pages) - 1  # every scheme page and the gallery have an example


def test_every_scheme_has_a_page() -> None:
    from belnorm import table_names

    pages = _generated_pages()
    for name in table_names():
        page = pages[f"schemes/{name}.md"]
        from belnorm.tables import load_table

        table = load_table(name)
        assert table.source.split(";")[0][:40].replace("|", "\\|") in page
        for rule in table.rules:  # every rule is in the letter table
            assert f"`{rule.src}`" in page or f"`` {rule.src} ``" in page
        assert "✗" not in page  # every sample gives its expected output


def test_table_format_example_is_a_valid_table() -> None:
    import tomllib

    from belnorm.tables import Table
    from belnorm.translit import compile_rules, transliterate

    page = _generated_pages()["schemes/index.md"]
    toml = page.split("```toml\n", 1)[1].split("```", 1)[0]
    table = Table.model_validate(tomllib.loads(toml))
    compiled = compile_rules(table)
    for sample in table.samples:
        assert transliterate(sample.src, compiled) == sample.out


def test_cli_reference_covers_every_subcommand_and_option() -> None:
    from belnorm.cli import build_parser

    page = _generated_pages()["cli.md"]
    parser = build_parser()
    import argparse

    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        assert f"## `belnorm {name}`" in page
        for action in sub._actions:
            for flag in action.option_strings:
                assert flag in page, f"{name} {flag} missing from the CLI reference"


def test_getting_started_repeats_the_readme_commands() -> None:
    """The two set-up commands in the guide are the README's, word for word."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    for marker in ("<!-- main-command -->", "<!-- test-command -->"):
        if marker not in readme:
            pytest.skip(f"README has no {marker}")
        command = readme.split(marker, 1)[1].split("```bash\n", 1)[1].split("```", 1)[0].strip()
        assert command in guide, f"docs/getting-started.md lacks the README's {marker}: {command}"


def test_directives_are_understood() -> None:
    text = (
        "<!-- no-test -->\n```python\nraise SystemExit\n```\n\n"
        "<!-- requires: surely_not_a_module -->\n```python\nx = 1\n```\n"
        "```pycon\n>>> 1 + 1\n2\n```\n```bash\nls\n```\n"
        "    ```python\n    y = 2\n    ```\n"
    )
    blocks = python_blocks(text, "t.md")
    assert [(b.line, b.skip, b.requires, b.is_doctest) for b in blocks] == [
        (2, True, (), False),
        (7, False, ("surely_not_a_module",), False),
        (10, False, (), True),
        (17, False, (), False),
    ]
    assert blocks[3].code == "y = 2\n"


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    pytest.importorskip("material")
    pytest.importorskip("mkdocstrings_handlers.python")
    site = tmp_path / "site"
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    from belnorm import table_names

    for name in table_names():
        assert (site / "schemes" / name / "index.html").is_file()
    assert (site / "cli" / "index.html").is_file()
    reference = (site / "reference" / "belnorm" / "index.html").read_text(encoding="utf-8")
    # the fields Match and Mention inherit, and the spellings API, are in the reference
    for name in ("entity", "score", "matched_name", "scheme", "conventions", "explanation"):
        for cls in ("Match", "Mention"):
            assert f'id="belnorm.{cls}.{name}"' in reference, f"{cls}.{name}"
    assert 'id="belnorm.variants"' in reference and 'id="belnorm.Variant"' in reference
    if importlib.util.find_spec("black") is not None:  # (the docs and test extras install it)
        start = reference.index('id="belnorm.Normalizer.load"')
        shown = re.sub(r"<[^>]+>", "", reference[start : start + 10_000])
        assert "load(\n    path: str | Path,\n" in shown, shown[:600]  # a long signature is laid out, not cut


def test_numbers_the_docs_give_are_the_real_ones() -> None:
    """Figures quoted in prose come from the code: the surname-only penalty, the size of a pickled normalizer."""
    import pickle

    from belnorm import Normalizer
    from belnorm.options import SURNAME_ONLY_PENALTY

    guide = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    (points,) = re.findall(r"a surname alone: allowed, (\d+) points off", guide)
    assert int(points) == SURNAME_ONLY_PENALTY
    table = (DOCS / "matching.md").read_text(encoding="utf-8")
    assert f"| `SURNAME_ONLY_PENALTY` | {SURNAME_ONLY_PENALTY:g} |" in table
    norm = Normalizer.default()
    size = len(pickle.dumps(norm))
    per_entity = size / len(norm.index.entity_ids)
    module = (ROOT / "src" / "belnorm" / "integrations" / "dask.py").read_text(encoding="utf-8")
    for text in ((DOCS / "dask.md").read_text(encoding="utf-8"), module):
        text = " ".join(text.split())
        (mb,) = re.findall(r"about ([\d.]+) MB for the bundled gazetteer", text)
        (kb,) = re.findall(r"about ([\d.]+) kB per entity", text)
        # the gazetteer grows: the figures hold within a third (a few hundred kB for 1.8 MB would not)
        assert 0.67 < size / (float(mb) * 1e6) < 1.5, (mb, size)
        assert 0.67 < per_entity / (float(kb) * 1e3) < 1.5, (kb, per_entity)
