"""Coverage-guided fuzzing with atheris: `make fuzz` runs it after the hypothesis properties.

    .venv/bin/python tests/fuzz_atheris.py -runs=20000 [-max_len=2048] [corpus folder]

Each input's first byte picks a target; the rest is the input. A target may raise numcheck's own
errors (bad input, exit 2); anything else is a crash that atheris reports with the input.
Not collected by pytest (no test_ prefix): atheris is not a CI dependency.
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import numcheck
    from numcheck.baseline import load_baseline
    from numcheck.cache import SCHEMA, _signature, decode_claims
    from numcheck.documents import document_from_string
    from numcheck.errors import NumcheckError
    from numcheck.kinds import kind_specs
    from numcheck.reporters import RunContext, chunk_renderer
    from numcheck.rules import parse_rule
    from numcheck.vocabulary import parse_vocabulary

_KINDS = kind_specs()
_FOLDER = Path(tempfile.mkdtemp(prefix="numcheck-atheris-"))


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def extract_text(data: bytes) -> None:
    text = _text(data)
    for path in ("fuzz.txt", "fuzz.md"):
        document = document_from_string(text, path)
        for claim in numcheck.extract(text, path):
            assert text[claim.start : claim.end] == claim.text, (claim.start, claim.end, claim.text)
            assert (claim.line, claim.column) == document.position(claim.start)


def check_text(data: bytes) -> None:
    half = len(data) // 2
    draft = document_from_string(_text(data[:half]), "draft.md")
    source = document_from_string(_text(data[half:]), "source.txt")
    report = numcheck.check([draft], sources=[source])
    run = RunContext(documents=("draft.md",), sources=("source.txt",), claims=len(report.claims))
    json.loads("".join(chunk_renderer("json")(report.findings, run)))
    json.loads("".join(chunk_renderer("sarif")(report.findings, run)))


def load_vocabulary_text(data: bytes) -> None:
    parse_vocabulary(_text(data), "fuzz-vocabulary.yaml")


def load_rule_text(data: bytes) -> None:
    parse_rule(_text(data), "fuzz-rule.yaml", _KINDS, rule_id="fuzz-rule")


def load_baseline_bytes(data: bytes) -> None:
    path = _FOLDER / "baseline.json"
    path.write_bytes(data)
    load_baseline(path)


def decode_cache_entry(data: bytes) -> None:
    decode_claims(data, "draft.md", key="k", secret=b"s")
    signed = b"numcheck-claims %d %s\n%s" % (SCHEMA, _signature(b"s", "k", data), data)
    claims = decode_claims(signed, "draft.md", key="k", secret=b"s")
    assert claims is None or all(isinstance(claim, numcheck.Claim) for claim in claims)


TARGETS = (extract_text, check_text, load_vocabulary_text, load_rule_text, load_baseline_bytes, decode_cache_entry)


def one_input(data: bytes) -> None:
    if not data:
        return
    target = TARGETS[data[0] % len(TARGETS)]
    with contextlib.suppress(NumcheckError):  # bad input, reported as such: exit 2
        target(data[1:])


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
