"""The claim cache: what makes an entry match, and why a damaged or shared one never hurts."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import numcheck
from numcheck import cache as cache_module
from numcheck import corpus
from numcheck.cache import ClaimCache, decode_claims, encode_claims, extractor_fingerprint
from numcheck.cli import main
from numcheck.documents import read_document
from numcheck.engine import check_documents
from numcheck.errors import ExitCode
from numcheck.extraction import extract_document
from numcheck.vocabulary import BUILTIN_VOCABULARY, load_vocabulary, parse_vocabulary

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DRAFT = "The hospital employs 12,000 nurses, up 5% on 2023, and spent £3.2bn on almost 40 new wards.\n"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "draft.md"
    path.parent.mkdir()
    path.write_text(DRAFT, encoding="utf-8")
    return path


@pytest.fixture
def claim_cache(tmp_path: Path) -> ClaimCache:
    return ClaimCache.open(tmp_path / "cache")


def _entries(cache: ClaimCache) -> list[Path]:
    return sorted(p for p in cache.entries.glob("??/*") if p.is_file()) if cache.entries.exists() else []


def _extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every document that really goes through the extractors."""
    seen: list[str] = []
    original = corpus._claims_of

    def counting(document: numcheck.Document, vocabulary: object) -> tuple[numcheck.Claim, ...]:
        seen.append(document.path)
        return original(document, vocabulary)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus, "_claims_of", counting)
    return seen


# --- entries ------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS.iterdir()), ids=lambda p: p.name)
def test_an_entry_gives_back_exactly_the_claims_it_was_given(seed: Path) -> None:
    claims = extract_document(read_document(str(seed)))
    assert claims
    assert decode_claims(encode_claims(claims), str(seed)) == claims


def test_an_entry_holds_no_path_so_equal_files_share_it(draft: Path) -> None:
    claims = extract_document(read_document(str(draft)))
    elsewhere = decode_claims(encode_claims(claims), "other/place.md")
    assert elsewhere is not None
    assert {c.path for c in elsewhere} == {"other/place.md"}
    assert [dataclasses.replace(c, path=str(draft)) for c in elsewhere] == list(claims)


def test_claims_from_one_sentence_share_one_string_after_loading(draft: Path) -> None:
    claims = decode_claims(encode_claims(extract_document(read_document(str(draft)))), "d.md")
    assert claims is not None and len(claims) > 1
    assert len({id(c.sentence) for c in claims}) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # torn
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # one flipped bit
        lambda raw: b"",  # empty
        lambda raw: b"\x00" * 64,  # garbage
        lambda raw: raw.replace(b"numcheck-claims %d" % cache_module.SCHEMA, b"numcheck-claims 9", 1),  # another schema
        lambda raw: raw.split(b"\n", 1)[1],  # no header
    ],
    ids=["truncated", "bit-flip", "empty", "garbage", "other-schema", "headless"],
)
def test_a_damaged_entry_is_a_miss_never_an_error(draft: Path, damage: object) -> None:
    raw = encode_claims(extract_document(read_document(str(draft))))
    assert decode_claims(damage(raw), str(draft)) is None  # type: ignore[operator]


def _signed(entry: object, *, key: str = "", secret: bytes = b"") -> bytes:
    """An entry body of any shape, with a header that really signs it."""
    from msgpack import packb

    body = packb(entry)
    signature = cache_module._signature(secret, key, body)
    return b"numcheck-claims %d %s\n%s" % (cache_module.SCHEMA, signature, body)


def test_an_intact_entry_that_is_not_ours_is_a_miss() -> None:
    """Right signature, wrong shape: still only a miss."""
    entry = {"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED), "sentences": [], "claims": [[0, "x"]]}
    assert decode_claims(_signed(entry), "x.md") is None


def test_a_forged_entry_with_a_plain_checksum_is_a_miss(draft: Path) -> None:
    """Anyone can compute a sha256: an entry saying 'no claims here' must not make findings vanish."""
    import hashlib

    from msgpack import packb

    body = packb({"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED), "sentences": [], "claims": []})
    forged = b"numcheck-claims %d %s\n%s" % (cache_module.SCHEMA, hashlib.sha256(body).hexdigest().encode(), body)
    assert decode_claims(forged, "x.md", key="k", secret=b"s" * 32) is None


def test_an_entry_signed_with_another_key_or_moved_to_another_slot_is_a_miss(draft: Path) -> None:
    claims = extract_document(read_document(str(draft)))
    raw = encode_claims(claims, key="a" * 64, secret=b"1" * 32)
    assert decode_claims(raw, "d.md", key="a" * 64, secret=b"1" * 32) is not None
    assert decode_claims(raw, "d.md", key="a" * 64, secret=b"2" * 32) is None  # another cache's secret
    assert decode_claims(raw, "d.md", key="b" * 64, secret=b"1" * 32) is None  # another file's slot


def test_an_empty_entry_planted_in_the_cache_folder_is_re_extracted(draft: Path, claim_cache: ClaimCache) -> None:
    vocabulary = load_vocabulary()
    expected = corpus.claims_of_file(str(draft), vocabulary, claim_cache)
    key = claim_cache.key(draft.read_bytes(), markdown=True, vocabulary_digest=vocabulary.digest)
    slot = claim_cache.entries / key[:2] / key[2:]
    slot.write_bytes(encode_claims(()))  # the old checksum layout, or a forger without the secret
    assert corpus.claims_of_file(str(draft), vocabulary, claim_cache) == expected


def _wrong_value(name: str) -> object:
    """A value of the wrong type for a claim field, as a forged or foreign entry might hold."""
    import typing

    hint = cache_module._HINTS[name]
    return 1.5 if hint is str or str in typing.get_args(hint) else "forty"


@pytest.mark.parametrize("name", cache_module._STORED)
def test_every_field_of_a_signed_entry_is_type_checked(draft: Path, name: str) -> None:
    """A string where a number belongs used to crash the run with exit 3; now it is a miss."""
    claims = extract_document(read_document(str(draft)))
    rows = [[0, *cache_module.stored_fields(claim)] for claim in claims]
    rows[0][1 + cache_module._STORED.index(name)] = _wrong_value(name)
    entry = {"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED), "sentences": [claims[0].sentence],
             "claims": rows}  # fmt: skip
    assert decode_claims(_signed(entry), str(draft)) is None


@pytest.mark.parametrize(
    "entry",
    [[], {"schema": cache_module.SCHEMA}, "text", {"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED),
     "sentences": [1], "claims": []}, {"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED),
     "sentences": ["s"], "claims": [[7]]}, {"schema": cache_module.SCHEMA, "fields": list(cache_module._STORED),
     "sentences": ["s"], "claims": "no"}],
    ids=["a-list", "no-fields", "a-string", "a-number-sentence", "a-short-row", "claims-not-a-list"],
)  # fmt: skip
def test_a_signed_entry_of_any_other_shape_is_a_miss(entry: object) -> None:
    assert decode_claims(_signed(entry), "x.md") is None


# --- keys ---------------------------------------------------------------------------------


def test_a_stored_file_is_a_hit_and_its_claims_are_unchanged(
    draft: Path, claim_cache: ClaimCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    seen = _extractions(monkeypatch)
    second = corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    assert seen == []
    assert second == first == extract_document(read_document(str(draft)))


def test_changed_content_is_a_miss(draft: Path, claim_cache: ClaimCache, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    draft.write_text(DRAFT.replace("12,000", "13,000"), encoding="utf-8")
    seen = _extractions(monkeypatch)
    claims = corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    assert seen == [str(draft)]
    assert "13,000" in [c.text for c in claims]


def test_a_changed_vocabulary_is_a_miss(draft: Path, claim_cache: ClaimCache, monkeypatch: pytest.MonkeyPatch) -> None:
    builtin = load_vocabulary()
    corpus.claims_of_file(str(draft), builtin, claim_cache)
    text = BUILTIN_VOCABULARY.read_text(encoding="utf-8") + "\n# a comment changes nothing but the digest\n"
    other = parse_vocabulary(text, "custom.yaml")
    assert other.digest != builtin.digest
    seen = _extractions(monkeypatch)
    corpus.claims_of_file(str(draft), other, claim_cache)
    corpus.claims_of_file(str(draft), builtin, claim_cache)
    assert seen == [str(draft)]  # the custom vocabulary missed; the built-in one still hits


def test_another_version_of_numcheck_is_a_miss(draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), ClaimCache.open(tmp_path / "cache"))
    monkeypatch.setattr(numcheck, "__version__", "99.0.0")
    extractor_fingerprint.cache_clear()
    try:
        upgraded = ClaimCache.open(tmp_path / "cache")
        seen = _extractions(monkeypatch)
        corpus.claims_of_file(str(draft), load_vocabulary(), upgraded)
    finally:
        monkeypatch.undo()
        extractor_fingerprint.cache_clear()
    assert seen == [str(draft)]
    assert upgraded.fingerprint != extractor_fingerprint()


def test_a_markdown_file_and_a_text_file_with_equal_content_do_not_share_an_entry(claim_cache: ClaimCache) -> None:
    data = DRAFT.encode()
    digest = load_vocabulary().digest
    assert claim_cache.key(data, markdown=True, vocabulary_digest=digest) != claim_cache.key(
        data, markdown=False, vocabulary_digest=digest
    )


def test_the_fingerprint_covers_numcheck_s_own_files() -> None:
    """An edited checkout (same version number) must not read claims its old code extracted."""
    package = Path(cache_module.__file__).parent
    assert (package / "extraction" / "__init__.py").exists()
    digest_inputs = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py"))
    assert "extraction/readings.py" in digest_inputs and "units.py" in digest_inputs


# --- the folder ---------------------------------------------------------------------------


def test_the_folder_is_tagged_and_ignored_by_git(draft: Path, claim_cache: ClaimCache) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    tag = (claim_cache.root / "CACHEDIR.TAG").read_text(encoding="utf-8")
    assert tag.startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (claim_cache.root / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert len(_entries(claim_cache)) == 1


def test_a_write_that_fails_leaves_no_entry_and_no_litter(
    draft: Path, claim_cache: ClaimCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries appear by rename only: a crash mid-write never leaves half an entry behind."""

    def crash(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    claims = corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    assert claims  # the run goes on without the cache
    assert _entries(claim_cache) == []


def test_an_unwritable_cache_only_costs_time(draft: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    claims = corpus.claims_of_file(str(draft), load_vocabulary(), ClaimCache.open(blocked))
    assert claims == extract_document(read_document(str(draft)))


def _build(root: Path, name: str, age: float, now: float) -> Path:
    """Another build's folder, as numcheck makes one: a build's name, its marker, one entry."""
    build = root / name
    (build / "ab").mkdir(parents=True)
    (build / cache_module.BUILD_MARKER).write_text(cache_module._BUILD_MARKER_TEXT, encoding="utf-8")
    (build / "ab" / ("c" * 62)).write_bytes(b"x")
    os.utime(build, (now - age, now - age))
    return build


def test_other_builds_left_unused_are_pruned(draft: Path, claim_cache: ClaimCache) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    now = time.time()
    ages = {"stale": cache_module.STALE_AFTER_SECONDS + 60, "hour": 3600, "minute": 60, "day": 86400}
    names = {label: f"{index:024x}" for index, label in enumerate(ages)}
    for label, age in ages.items():
        _build(claim_cache.root, names[label], age, now)
    claim_cache.prune(now=now)
    kept = sorted(p.name for p in claim_cache.root.iterdir() if p.is_dir())
    # the stale one goes, and of the rest only the most recently used are kept
    assert cache_module.OTHER_BUILDS_KEPT == 2
    assert kept == sorted([claim_cache.fingerprint, names["minute"], names["hour"]])


def _foreign_things(root: Path, now: float) -> list[Path]:
    """Folders and files numcheck did not make, old enough that prune would take a build of that age."""
    old = now - cache_module.STALE_AFTER_SECONDS - 3600
    made = []
    for name in ("pip", "huggingface", "fontconfig", "a" * 24, "0123456789abcdef01234567"):
        folder = root / name
        (folder / "ab").mkdir(parents=True, exist_ok=True)
        (folder / "ab" / ("d" * 62)).write_bytes(b"someone else's")  # even shaped like an entry
        (folder / "keep.txt").write_text("not numcheck's", encoding="utf-8")
        os.utime(folder, (old, old))
        made += [folder / "ab" / ("d" * 62), folder / "keep.txt"]
    (root / "notes.txt").write_text("a file beside the cache", encoding="utf-8")
    made.append(root / "notes.txt")
    return made


def _run_and_prune(root: Path, draft: Path, now: float) -> ClaimCache:
    claim_cache = ClaimCache.open(root)
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    claim_cache.prune(now=now)
    claim_cache.prune(now=now + 10 * cache_module.STALE_AFTER_SECONDS)
    return claim_cache


def test_a_cache_folder_shared_with_other_tools_keeps_everything_that_is_not_numcheck_s(
    draft: Path, tmp_path: Path
) -> None:
    """NUMCHECK_CACHE_DIR=~/.cache used to delete pip's and huggingface's folders."""
    shared = tmp_path / "dot-cache"
    shared.mkdir()
    now = time.time()
    foreign = _foreign_things(shared, now)
    claim_cache = _run_and_prune(shared, draft, now)
    assert all(path.exists() for path in foreign)
    assert claim_cache.root == shared / ".numcheck_cache"  # the cache nests instead of mixing in
    assert _entries(claim_cache)


def test_the_working_folder_as_cache_folder_keeps_the_files_under_check(
    draft: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NUMCHECK_CACHE_DIR=. used to delete the folders being checked."""
    tree = draft.parent
    now = time.time()
    foreign = _foreign_things(tree, now)
    monkeypatch.chdir(tree)
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", ".")
    _run_and_prune(Path(os.environ["NUMCHECK_CACHE_DIR"]), draft, now)
    assert all(path.exists() for path in foreign)
    assert draft.exists()


def test_foreign_things_inside_numcheck_s_own_cache_survive_every_prune(draft: Path, claim_cache: ClaimCache) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    now = time.time()
    foreign = _foreign_things(claim_cache.root, now)  # beside the builds, unmarked
    old = _build(claim_cache.root, "f" * 24, cache_module.STALE_AFTER_SECONDS * 2, now)
    (old / "mine.txt").write_text("put here by hand", encoding="utf-8")  # inside a marked build
    (old / "ab" / "not-an-entry").write_text("put here by hand", encoding="utf-8")
    foreign += [old / "mine.txt", old / "ab" / "not-an-entry"]
    claim_cache.prune(now=now)
    claim_cache.prune(now=now + 10 * cache_module.STALE_AFTER_SECONDS)
    assert all(path.exists() for path in foreign)
    assert not (old / "ab" / ("c" * 62)).exists()  # numcheck's own entry went


def test_a_root_without_numcheck_s_tag_is_never_pruned(tmp_path: Path) -> None:
    root = tmp_path / "untagged"
    now = time.time()
    build = _build(root, "e" * 24, cache_module.STALE_AFTER_SECONDS * 2, now)
    ClaimCache(root, extractor_fingerprint()).prune(now=now)
    assert (build / "ab" / ("c" * 62)).exists()


def test_a_symlinked_build_folder_is_never_followed(draft: Path, claim_cache: ClaimCache, tmp_path: Path) -> None:
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    now = time.time()
    elsewhere = _build(tmp_path / "elsewhere", "9" * 24, cache_module.STALE_AFTER_SECONDS * 2, now)
    (claim_cache.root / ("9" * 24)).symlink_to(elsewhere)
    claim_cache.prune(now=now)
    assert (elsewhere / "ab" / ("c" * 62)).exists()


def test_a_cache_folder_that_is_someone_else_s_all_the_way_down_is_not_used(draft: Path, tmp_path: Path) -> None:
    root = tmp_path / "busy"
    (root / ".numcheck_cache").mkdir(parents=True)
    (root / "theirs.txt").write_text("x", encoding="utf-8")
    (root / ".numcheck_cache" / "theirs.txt").write_text("x", encoding="utf-8")
    claim_cache = ClaimCache.open(root)
    assert not claim_cache.enabled
    expected = extract_document(read_document(str(draft)))
    assert corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache) == expected
    assert sorted(p.name for p in (root / ".numcheck_cache").iterdir()) == ["theirs.txt"]


# --- the command line ---------------------------------------------------------------------


def test_a_second_run_reads_every_file_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["check", str(SEEDS), "--format", "json", "--fail-on", "never", "--jobs", "1"]
    assert main(argv) == ExitCode.CLEAN
    first = capsys.readouterr().out
    seen = _extractions(monkeypatch)
    assert main(argv) == ExitCode.CLEAN
    assert seen == []
    assert capsys.readouterr().out == first


def test_the_cache_is_really_read(draft: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A planted entry with other claims shows up: proof that a hit skips extraction."""
    claim_cache = ClaimCache.open(os.environ["NUMCHECK_CACHE_DIR"])
    claims = extract_document(read_document(str(draft)))
    key = claim_cache.key(draft.read_bytes(), markdown=True, vocabulary_digest=load_vocabulary().digest)
    claim_cache.store(key, [dataclasses.replace(c, subject="planted subject") for c in claims])
    main(["extract", str(draft), "--format", "jsonl"])
    assert "planted subject" in capsys.readouterr().out
    main(["extract", str(draft), "--format", "jsonl", "--no-cache"])
    assert "planted subject" not in capsys.readouterr().out


def test_no_cache_neither_reads_nor_writes(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(os.environ["NUMCHECK_CACHE_DIR"])
    assert main(["check", str(draft), "--no-cache", "--fail-on", "never"]) == ExitCode.CLEAN
    assert main(["extract", str(draft), "--no-cache"]) == ExitCode.CLEAN
    assert not root.exists()
    assert main(["extract", str(draft)]) == ExitCode.CLEAN
    assert root.exists()


def test_standard_input_is_never_cached(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DRAFT.encode())))
    assert main(["extract", "-", "--format", "jsonl"]) == ExitCode.CLEAN
    assert "12,000" in capsys.readouterr().out
    cache_root = Path(os.environ["NUMCHECK_CACHE_DIR"])
    assert not cache_root.exists() or not any(cache_root.rglob("*/??/*"))


def test_the_library_api_uses_no_cache_unless_given_one(draft: Path, tmp_path: Path) -> None:
    report = check_documents([str(draft)])
    assert report.documents == (str(draft),) and report.claims
    assert not Path(os.environ["NUMCHECK_CACHE_DIR"]).exists()
    cached = check_documents([str(draft)], cache=ClaimCache.open(tmp_path / "api-cache"))
    assert cached == report


# --- two processes ------------------------------------------------------------------------

_HAMMER = """
import sys
from pathlib import Path
from numcheck.cache import ClaimCache
from numcheck.corpus import claims_of_file
from numcheck.documents import read_document
from numcheck.extraction import extract_document
from numcheck.vocabulary import load_vocabulary

cache = ClaimCache.open(sys.argv[1])
vocabulary = load_vocabulary()
paths = sys.argv[2:]
expected = {p: extract_document(read_document(p)) for p in paths}
for round in range(15):
    for path in paths:
        key = cache.key(Path(path).read_bytes(), markdown=path.endswith(".md"), vocabulary_digest=vocabulary.digest)
        loaded = cache.load(key, path)
        assert loaded is None or loaded == expected[path], path
        cache.store(key, expected[path])
        assert claims_of_file(path, vocabulary, cache) == expected[path], path
print("ok")
"""


def test_two_processes_sharing_the_cache_never_see_half_an_entry(tmp_path: Path) -> None:
    files = []
    for number in range(6):
        path = tmp_path / f"doc{number}.md"
        path.write_text(DRAFT.replace("12,000", f"{12 + number},000"), encoding="utf-8")
        files.append(str(path))
    root = str(tmp_path / "shared-cache")
    command = [sys.executable, "-c", _HAMMER, root, *files]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [run.communicate() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    assert [out.strip() for out, _ in outcomes] == ["ok", "ok"]
    shared = ClaimCache.open(root)
    assert len(_entries(shared)) == len(files)
    assert not [p for p in shared.root.rglob("*.tmp")], "a temporary file was left behind"


def test_a_root_another_numcheck_process_is_creating_is_used_not_shunned(draft: Path, tmp_path: Path) -> None:
    """Two workers filling a new cache: the second may look while the first's tag is still a
    temporary file. It must take the root as a numcheck one, or its entries are lost."""
    root = tmp_path / "new-cache"
    root.mkdir()
    (root / ".CACHEDIR.TAG.k3j_9x.tmp").write_text("Signature: 8a47", encoding="utf-8")  # half-written
    claim_cache = ClaimCache.open(root)
    assert claim_cache.root == root and claim_cache.enabled
    corpus.claims_of_file(str(draft), load_vocabulary(), claim_cache)
    assert len(_entries(claim_cache)) == 1


def test_a_root_holding_someone_else_s_gitignore_is_not_taken(tmp_path: Path) -> None:
    root = tmp_path / "theirs"
    root.mkdir()
    (root / ".gitignore").write_text("build/\n", encoding="utf-8")
    assert ClaimCache.open(root).root == root / ".numcheck_cache"
    assert (root / ".gitignore").read_text(encoding="utf-8") == "build/\n"


def test_a_root_whose_tag_lands_while_it_is_being_looked_at_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first look finds no tag; by the time the folder is listed another process has renamed
    its tag into place and written its build folder. The root is numcheck's: using a subfolder
    instead would lose every entry this process writes (seen as a rare failure with two Dask workers)."""
    from numcheck import cache as cache_module

    root = tmp_path / "racing-cache"
    root.mkdir()
    (root / "CACHEDIR.TAG").write_text(cache_module._CACHEDIR_TAG, encoding="utf-8")
    (root / "build-of-another-process").mkdir()
    looks = iter([False, True])  # before the rename, then after it
    monkeypatch.setattr(cache_module, "_is_ours", lambda _root: next(looks))
    assert cache_module._may_use(root)
