"""Property tests over arbitrary input: numcheck never fails with an internal error (exit 3),
every claim points at its text, and every output format parses.

CI runs each property with a few dozen examples; `make fuzz` runs them with thousands
(NUMCHECK_FUZZ_EXAMPLES) and then the atheris target in tests/fuzz_atheris.py.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import numcheck
from numcheck.baseline import load_baseline
from numcheck.cache import SCHEMA, _signature, decode_claims, encode_claims
from numcheck.cli import main
from numcheck.config import read_config
from numcheck.documents import document_from_string
from numcheck.errors import ExitCode, NumcheckError
from numcheck.kinds import kind_specs
from numcheck.rules import parse_rule
from numcheck.vocabulary import BUILTIN_VOCABULARY, parse_vocabulary


def examples(ci: int) -> int:
    """`ci` examples in CI; NUMCHECK_FUZZ_EXAMPLES (set by `make fuzz`) in a fuzzing run."""
    return int(os.environ.get("NUMCHECK_FUZZ_EXAMPLES") or ci)


def fuzz_settings(ci: int) -> Any:
    return settings(
        max_examples=examples(ci),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# --- text --------------------------------------------------------------------------------------

# Pieces that steer the extractor, the Markdown parser and the directives into their corners.
_PIECES = st.sampled_from(
    [
        "40,000", "4\u200b0,000", "４０，０００", "troops", "£4.5m", "up to", "almost", "10 times", "tenfold",
        "rose", "by", "from", "to", "-", "3-5", "%", "per cent", "half a million", "1990s", "±", ".", ",",
        "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "  ", "<!--", "-->", "<!-- numcheck: off", "numcheck:",
        "<!-- numcheck: disable=hedge-conflict -->", "`", "```", "~~~", "[", "](", ")", "|", "| --- |", "> ",
        "- ", "1. ", "# ", "---\n", "\u202e", "\ufeff", "\x00", "\x1b[31m", "::error ", "\u2028", "é", "½",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join),
)


@fuzz_settings(ci=60)
@given(text=TEXT, markdown=st.booleans())
@example(text="¼0", markdown=False)  # found by this test: an empty claim before the 0
def test_extraction_never_fails_and_every_claim_points_at_its_text(text: str, markdown: bool) -> None:
    document = document_from_string(text, "fuzz.md" if markdown else "fuzz.txt")
    claims = numcheck.extract(text, "fuzz.md" if markdown else "fuzz.txt")
    assert len(document.prose) == len(text)
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert (claim.line, claim.column) == document.position(claim.start)
        assert claim.sentence == text[claim.sentence_start : claim.sentence_start + len(claim.sentence)]
    assert [claim.start for claim in claims] == sorted(claim.start for claim in claims)


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _parses(fmt: str, output: str) -> None:
    if fmt in ("json", "sarif"):
        json.loads(output)
    elif fmt == "junit":
        ElementTree.fromstring(output)
    elif fmt == "jsonl":
        for line in output.splitlines():
            json.loads(line)
    for line in output.splitlines():
        assert not line.startswith("::error file=x"), line


@fuzz_settings(ci=25)
@given(
    draft=TEXT,
    source=TEXT,
    suffix=st.sampled_from([".md", ".txt"]),
    fmt=st.sampled_from(["text", "json", "sarif", "github", "junit", "markdown"]),
)
def test_check_never_fails_with_an_internal_error_and_its_output_parses(
    draft: str, source: str, suffix: str, fmt: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"draft{suffix}").write_text(draft, encoding="utf-8", errors="surrogatepass")
        (Path(folder) / "source.txt").write_text(source, encoding="utf-8", errors="surrogatepass")
        code, out, err = _run(
            ["check", str(Path(folder) / f"draft{suffix}"), "--against", str(Path(folder) / "source.txt"),
             "--format", fmt, "--fail-on", "never", "--no-cache", "--jobs", "1"]
        )  # fmt: skip
    assert code != ExitCode.INTERNAL, err
    if code == ExitCode.CLEAN:
        _parses(fmt, out)
    else:
        assert code == ExitCode.USAGE and err.startswith("numcheck: "), err


@fuzz_settings(ci=25)
@given(text=TEXT, fmt=st.sampled_from(["json", "jsonl", "csv", "table"]))
@example(text="0\x850", fmt="jsonl")  # found by this test: U+0085 split a JSONL record for line readers
def test_extract_output_parses(text: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        code, out, err = _run(["extract", str(path), "--format", fmt, "--no-cache", "--jobs", "1"])
    assert code in (ExitCode.CLEAN, ExitCode.USAGE), err
    if code == ExitCode.CLEAN:
        _parses(fmt, out)


# --- YAML through the loaders -----------------------------------------------------------------

_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.sampled_from(["kind", "hedges"])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=30,
)
_YAML_PIECES = st.sampled_from(
    ["[", "]", "{", "}", ":", "- ", "? ", "&a ", "*a", "!!python/object ", "!!set ", "<<: ", "|", ">", "'", '"',
     "\n", "\n  ", "#", "---", "...", "%YAML 1.1", ".inf", ".nan", "1" * 30, "0x", "~", "\t", "\x00", "é"]
)  # fmt: skip
_VOCABULARY = BUILTIN_VOCABULARY.read_text(encoding="utf-8")


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    """Well-formed YAML of any shape, raw YAML-ish text, or the built-in vocabulary with a slice
    replaced: each reaches a different layer of the loaders."""
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return yaml.safe_dump(draw(_VALUES), allow_unicode=True)
    if choice == 1:
        return "".join(draw(st.lists(st.one_of(_YAML_PIECES, st.text(max_size=6)), max_size=40)))
    start = draw(st.integers(0, len(_VOCABULARY)))
    end = draw(st.integers(start, min(len(_VOCABULARY), start + 200)))
    middle = "".join(draw(st.lists(st.one_of(_YAML_PIECES, st.text(max_size=6)), max_size=8)))
    return _VOCABULARY[:start] + middle + _VOCABULARY[end:]


def _only_our_errors(load: Any) -> None:
    with contextlib.suppress(NumcheckError):
        load()


@fuzz_settings(ci=60)
@given(text=yaml_texts())
def test_the_vocabulary_loader_raises_only_its_own_errors(text: str) -> None:
    _only_our_errors(lambda: parse_vocabulary(text, "fuzz-vocabulary.yaml"))


@fuzz_settings(ci=60)
@given(text=yaml_texts())
def test_the_rule_loader_raises_only_its_own_errors(text: str) -> None:
    kinds = kind_specs()
    _only_our_errors(lambda: parse_rule(text, "fuzz-rule.yaml", kinds, rule_id="fuzz-rule"))


@fuzz_settings(ci=40)
@given(text=yaml_texts(), toml=st.booleans())
def test_the_config_loader_raises_only_its_own_errors(text: str, toml: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if toml:
            path = Path(folder) / "pyproject.toml"
            body = "".join(ch for ch in text if ch != "\x00")
            path.write_text("[tool.numcheck]\n" + body, encoding="utf-8", errors="surrogatepass")
        else:
            path = Path(folder) / ".numcheck.yaml"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
        _only_our_errors(lambda: read_config(path, path.name))


# --- bytes as a baseline and as a cache entry --------------------------------------------------

_BASELINE = json.dumps(
    {"schema_version": 1, "tool": "numcheck", "findings": [{"fingerprint": "ab", "rule": "hedge-conflict",
     "path": "a.md", "claims": ["40,000"], "message": "m", "count": 1}]}
).encode()  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """Random bytes, or `seed` with a slice replaced by random bytes."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    start = draw(st.integers(0, len(seed)))
    end = draw(st.integers(start, len(seed)))
    return seed[:start] + draw(st.binary(max_size=20)) + seed[end:]


@fuzz_settings(ci=60)
@given(data=mutated(_BASELINE))
def test_any_bytes_as_a_baseline_load_or_raise_our_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "baseline.json"
        path.write_bytes(data)
        _only_our_errors(lambda: load_baseline(path))


_SECRET = b"fuzz-secret"
_ENTRY = encode_claims(numcheck.extract("NATO has 40,000 troops, up tenfold. Sales rose 5% to £4.5m."), key="k")


@fuzz_settings(ci=60)
@given(data=mutated(_ENTRY), signed=st.booleans())
def test_any_bytes_as_a_cache_entry_are_a_miss_or_valid_claims(data: bytes, signed: bool) -> None:
    if signed:  # sign the damaged body, so decoding gets past the signature and meets it
        body = data.partition(b"\n")[2]
        data = b"numcheck-claims %d %s\n%s" % (SCHEMA, _signature(_SECRET, "k", body), body)
    claims = decode_claims(data, "draft.md", key="k", secret=_SECRET)
    assert claims is None or all(isinstance(claim, numcheck.Claim) for claim in claims)


def test_a_re_signed_entry_reaches_decoding() -> None:
    body = _ENTRY.partition(b"\n")[2]
    data = b"numcheck-claims %d %s\n%s" % (SCHEMA, _signature(_SECRET, "k", body), body)
    claims = decode_claims(data, "draft.md", key="k", secret=_SECRET)
    assert claims is not None and [claim.text for claim in claims][:1] == ["40,000"]
