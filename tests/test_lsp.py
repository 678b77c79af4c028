"""`numcheck lsp` driven by a real LSP client (pygls's), the server a subprocess speaking stdio.

Timeouts here are generous and only stop a broken server from hanging the suite; nothing is timed.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient

HANG = 120.0  # seconds: only a hung server gets near this
T = TypeVar("T")

SOURCE = "NATO troop numbers have increased tenfold to 40,000 since the invasion, officials said.\n"
DRAFT = (
    "# Troops\n"
    "\n"
    "Officials said Nato has 40,000 troops on its eastern flank,\n"
    "a number almost 10 times that of before the invasion.\n"
)
CONVERSION = "The plane climbed to 3,000 feet (1,500 metres) before turning.\n"


class Session:
    """A client, the diagnostics it was sent by document URI, and a way to wait for the next ones."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.arrived = asyncio.Event()
        self.registrations: list[types.Registration] = []  # what the server asked the client to do for it

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        def register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def collect(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params)
            self.arrived.set()

    async def diagnostics(self, uri: str, count: int = 1) -> types.PublishDiagnosticsParams:
        """The `count`-th set of diagnostics published for `uri`, once it has come."""
        while len(self.published.get(uri, [])) < count:
            self.arrived.clear()
            await within(self.arrived.wait())
        return self.published[uri][count - 1]

    def open(self, path: Path, language: str = "markdown") -> str:
        uri = path.as_uri()
        item = types.TextDocumentItem(uri=uri, language_id=language, version=1, text=path.read_text())
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
        return uri


async def within(awaitable: Awaitable[T]) -> T:
    return await asyncio.wait_for(awaitable, HANG)


@asynccontextmanager
async def server(
    folder: Path, *arguments: str, capabilities: types.ClientCapabilities | None = None
) -> AsyncIterator[Session]:
    client = LanguageClient("numcheck-tests", "1")
    session = Session(client)
    await client.start_io(sys.executable, "-m", "numcheck", "lsp", "--no-cache", "--debounce", "0.05", *arguments,
                          cwd=str(folder))  # fmt: skip
    await within(
        client.initialize_async(
            types.InitializeParams(
                capabilities=capabilities or types.ClientCapabilities(),
                root_uri=folder.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
            )
        )
    )
    client.initialized(types.InitializedParams())
    try:
        yield session
    finally:
        await within(client.shutdown_async(None))
        client.exit(None)
        await within(client.stop())


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(test())


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text(SOURCE)
    (tmp_path / "draft.md").write_text(DRAFT)
    (tmp_path / ".numcheck.yaml").write_text("against: [sources/]\n")
    return tmp_path


def test_open_change_hover_and_shutdown_against_the_configured_sources(workspace: Path) -> None:
    async def scenario() -> None:
        async with server(workspace) as session:
            uri = session.open(workspace / "draft.md")
            opened = await session.diagnostics(uri)
            assert [d.code for d in opened.diagnostics] == ["hedge-conflict"]
            found = opened.diagnostics[0]
            assert found.severity == types.DiagnosticSeverity.Warning
            assert found.source == "numcheck"
            assert found.code_description is not None
            assert found.code_description.href.endswith("hedge-conflict.yaml")  # no published rules page
            # the figure in the draft, at its place (0-based line 3)
            assert found.range.start.line == 3
            line = DRAFT.splitlines()[3]
            assert line[found.range.start.character : found.range.end.character] == "almost 10 times"
            assert found.related_information is not None
            (related,) = found.related_information
            assert related.location.uri == (workspace / "sources" / "wire.txt").as_uri()
            assert "'tenfold'" in related.message

            hover = await within(
                session.client.text_document_hover_async(
                    types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=found.range.start)
                )
            )
            assert hover is not None
            assert isinstance(hover.contents, types.MarkupContent)
            text = hover.contents.value
            assert "ratio" in text and "[9, 10)" in text and "troop" in text
            assert "`tenfold`" in text and "hedge-conflict" in text

            # the edit makes the figures agree: the next diagnostics are empty
            fixed = line.replace("almost 10 times", "10 times")
            change = types.TextDocumentContentChangeWholeDocument(text=DRAFT.replace(line, fixed))
            session.client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[change]
                )
            )
            changed = await session.diagnostics(uri, 2)
            assert changed.version == 2
            assert list(changed.diagnostics) == []

    run(scenario)


def test_code_actions_insert_a_directive_and_recompute_a_conversion(tmp_path: Path) -> None:
    (tmp_path / "plane.md").write_text("Intro.\n\n  " + CONVERSION)

    async def scenario() -> None:
        async with server(tmp_path) as session:
            uri = session.open(tmp_path / "plane.md")
            (found,) = (await session.diagnostics(uri)).diagnostics
            assert found.code == "conversion-mismatch"
            actions = await within(
                session.client.text_document_code_action_async(
                    types.CodeActionParams(
                        text_document=types.TextDocumentIdentifier(uri=uri),
                        range=found.range,
                        context=types.CodeActionContext(diagnostics=[found]),
                    )
                )
            )
            assert actions is not None
            titles = [a.title for a in actions if isinstance(a, types.CodeAction)]
            assert titles == ["Correct the conversion to '914 metres'", "Disable conversion-mismatch for this line"]
            fix, disable = (a for a in actions if isinstance(a, types.CodeAction))
            assert fix.is_preferred and list(fix.diagnostics or ()) == [found]
            assert fix.edit is not None and fix.edit.changes is not None
            (edit,) = fix.edit.changes[uri]
            assert edit.new_text == "914"
            assert disable.edit is not None and disable.edit.changes is not None
            (insert,) = disable.edit.changes[uri]
            assert insert.range.start == types.Position(line=2, character=0)
            assert insert.new_text == "  <!-- numcheck: disable-next-line=conversion-mismatch -->\n"

    run(scenario)


def test_plain_text_and_the_baseline_and_a_bad_directive(tmp_path: Path) -> None:
    (tmp_path / "plane.txt").write_text(CONVERSION)
    (tmp_path / "bad.md").write_text("<!-- numcheck: disable=no-such-rule -->\n" + CONVERSION)
    from numcheck.cli import main

    assert main(["baseline", str(tmp_path / "plane.txt"), "--output", str(tmp_path / "base.json"), "--no-cache"]) == 0

    async def scenario() -> None:
        async with server(tmp_path) as session:
            plain = session.open(tmp_path / "plane.txt", "plaintext")
            assert [d.code for d in (await session.diagnostics(plain)).diagnostics] == ["conversion-mismatch"]
        async with server(tmp_path, "--baseline", "base.json") as session:
            plain = session.open(tmp_path / "plane.txt", "plaintext")
            assert list((await session.diagnostics(plain)).diagnostics) == []
            bad = session.open(tmp_path / "bad.md")
            (problem,) = (await session.diagnostics(bad)).diagnostics
            assert problem.range.start.line == 0
            assert "no-such-rule" in problem.message and problem.severity == types.DiagnosticSeverity.Error

    run(scenario)


def test_a_source_open_in_the_editor_is_checked_as_the_buffer_not_against_its_saved_copy(workspace: Path) -> None:
    """The source given as a flag (made absolute) and the open file (relative to the workspace) are one file:
    the edited buffer stands in for it, and is never compared with what is on disk."""
    wire = workspace / "sources" / "wire.txt"

    async def scenario() -> None:
        async with server(workspace, "--against", "sources/wire.txt") as session:
            uri = session.open(wire, "plaintext")
            assert list((await session.diagnostics(uri)).diagnostics) == []
            edited = SOURCE.replace("increased tenfold", "increased almost 10 times")
            change = types.TextDocumentContentChangeWholeDocument(text=edited)
            session.client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[change]
                )
            )
            assert list((await session.diagnostics(uri, 2)).diagnostics) == []

    run(scenario)


def _saved(session: Session, path: Path) -> None:
    session.client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()))
    )


def test_a_saved_config_or_rule_file_takes_effect_without_a_restart(workspace: Path) -> None:
    """Turning a rule off, breaking the config and fixing it again each re-check the open documents."""
    config = workspace / ".numcheck.yaml"

    async def scenario() -> None:
        async with server(workspace) as session:
            uri = session.open(workspace / "draft.md")
            assert [d.code for d in (await session.diagnostics(uri)).diagnostics] == ["hedge-conflict"]

            config.write_text("against: [sources/]\nrules:\n  hedge-conflict:\n    enabled: false\n")
            _saved(session, config)
            assert list((await session.diagnostics(uri, 2)).diagnostics) == []

            config.write_text("against: [sources/]\nfail_on: sometimes\n")
            _saved(session, config)
            (problem,) = (await session.diagnostics(uri, 3)).diagnostics
            assert problem.code == "config" and "fail_on" in problem.message

            config.write_text("against: [sources/]\n")
            _saved(session, config)
            assert [d.code for d in (await session.diagnostics(uri, 4)).diagnostics] == ["hedge-conflict"]

    run(scenario)


def test_a_settings_file_changed_outside_the_editor_is_picked_up_from_the_watcher(workspace: Path) -> None:
    config = workspace / ".numcheck.yaml"

    async def scenario() -> None:
        async with server(workspace) as session:
            uri = session.open(workspace / "draft.md")
            assert [d.code for d in (await session.diagnostics(uri)).diagnostics] == ["hedge-conflict"]
            config.write_text("against: [sources/]\nrules:\n  hedge-conflict:\n    severity: error\n")
            change = types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)
            session.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[change]))
            (found,) = (await session.diagnostics(uri, 2)).diagnostics
            assert found.code == "hedge-conflict" and found.severity == types.DiagnosticSeverity.Error
            # a document saved is not a settings file: nothing is reloaded, the document is checked once
            _saved(session, workspace / "draft.md")
            assert [d.code for d in (await session.diagnostics(uri, 3)).diagnostics] == ["hedge-conflict"]

    run(scenario)


def test_the_server_asks_a_client_that_can_watch_files_to_watch_the_settings_files(workspace: Path) -> None:
    watching = types.WorkspaceClientCapabilities(
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)
    )
    asked: list[types.Registration] = []

    async def scenario() -> None:
        for capabilities in (types.ClientCapabilities(), types.ClientCapabilities(workspace=watching)):
            async with server(workspace, capabilities=capabilities) as session:
                uri = session.open(workspace / "draft.md")  # answered after `initialized` was handled
                await session.diagnostics(uri)
                asked.extend(session.registrations)

    run(scenario)
    (registration,) = asked  # only the client that can watch was asked
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    assert "**/*.{yaml,yml,toml}" in repr(registration.register_options)
