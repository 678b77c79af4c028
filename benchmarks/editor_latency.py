"""The editor case: a keystroke's diagnostics from `numcheck lsp`, against one cached `numcheck check`.

The server runs as an editor runs it (a subprocess on stdio, driven by pygls's client); the
wait for typing to pause (--debounce) is set to 0, so the time is the server's own work and
the round trip. The check is the command a writer would run instead, with the claim cache warm.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HEADER = ["case", "how", "document", "sources", "runs", "median s"]


@dataclass(frozen=True, slots=True)
class EditorTiming:
    keystroke_s: float | None
    check_s: float | None
    document_chars: int
    sources: int
    runs: int


def measure(documents: Sequence[str], runs: int, source_count: int = 20) -> EditorTiming:
    """The first documents, joined, are the draft (about a long article); the next are its sources."""
    draft = "\n\n".join(documents[:6])
    sources = documents[6 : 6 + source_count]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources").mkdir()
        for number, text in enumerate(sources):
            (root / "sources" / f"source-{number:03}.md").write_text(text, encoding="utf-8")
        (root / "draft.md").write_text(draft, encoding="utf-8")
        check = [sys.executable, "-m", "numcheck", "check", "draft.md", "--against", "sources", "--fail-on", "never"]
        subprocess.run(check, cwd=root, capture_output=True, check=True)  # fills the claim cache
        check_times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(check, cwd=root, capture_output=True, check=True)
            check_times.append(time.perf_counter() - started)
        keystrokes = asyncio.run(_keystrokes(root, draft, runs))
    return EditorTiming(
        statistics.median(keystrokes) if keystrokes else None,
        statistics.median(check_times),
        len(draft),
        len(sources),
        runs,
    )


async def _keystrokes(root: Path, draft: str, runs: int) -> list[float]:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("numcheck-bench", "1")
    published: dict[int | None, float] = {}
    arrived = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def collect(params: types.PublishDiagnosticsParams) -> None:
        published[params.version] = time.perf_counter()
        arrived.set()

    async def version(number: int) -> float:
        while number not in published:
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 300)
        return published[number]

    server = ["-m", "numcheck", "lsp", "--against", "sources", "--debounce", "0"]
    await client.start_io(sys.executable, *server, cwd=str(root))
    start = types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root.as_uri())
    await client.initialize_async(start)
    client.initialized(types.InitializedParams())
    uri = (root / "draft.md").as_uri()
    item = types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=draft)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    await version(1)
    times: list[float] = []
    text = draft
    for number in range(2, runs + 3):
        text += "x"  # one keystroke at the end; the whole text is sent, as many clients do
        change = types.TextDocumentContentChangeWholeDocument(text=text)
        identifier = types.VersionedTextDocumentIdentifier(uri=uri, version=number)
        started = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(text_document=identifier, content_changes=[change])
        )
        times.append(await version(number) - started)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times[1:]  # the first change pays for imports the open did not need


def rows(timing: EditorTiming) -> list[list[str]]:
    def seconds(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    size = f"{timing.document_chars:,} chars"
    return [
        ["numcheck lsp: a keystroke to its diagnostics", "didChange -> publishDiagnostics, --debounce 0",
         size, str(timing.sources), str(timing.runs), seconds(timing.keystroke_s)],
        ["numcheck check of the same document, cache warm", "a fresh process, as a writer would run it",
         size, str(timing.sources), str(timing.runs), seconds(timing.check_s)],
    ]  # fmt: skip
