"""Language server: numcheck's findings in the editor, over stdio. The one module that imports pygls.

The protocol lives here and nowhere else: numcheck/editor.py decides what to show, this module
turns its records into lsprotocol types and back, and schedules the work (a change waits for
the typing to pause; an open or a save is checked at once).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

import numcheck
from numcheck.editor import (
    Analysis,
    Checker,
    CodeAction,
    Diagnostic,
    Span,
    claim_at,
    code_actions,
    diagnostics,
    hover_text,
    offset_of,
    span_of,
    workspace_path,
)
from numcheck.errors import NumcheckError
from numcheck.model import Severity

# The documents numcheck reads on the command line: Markdown and plain text.
LANGUAGES = frozenset({"markdown", "plaintext", "text"})
SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})
# Files whose change alters how documents are checked: settings, rule files and vocabularies.
# Any YAML or TOML file counts: reloading is cheap, and rule folders can hold any name.
SETTINGS_SUFFIXES = frozenset({".yaml", ".yml", ".toml"})
SETTINGS_GLOB = "**/*.{yaml,yml,toml}"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
# Builds the checker for a workspace folder (None: the working directory): settings, rules, sources.
CheckerFactory = Callable[[Path | None], Checker]


class NumcheckServer(LanguageServer):
    """The server's state: the checker, and each open document's latest analysis."""

    def __init__(self, load_checker: CheckerFactory, debounce: float) -> None:
        super().__init__(
            "numcheck", numcheck.__version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental
        )
        self.load_checker = load_checker
        self.debounce = debounce
        self.checker: Checker | None = None
        self.problem: NumcheckError | None = None  # a bad config: shown on every document
        self.analyses: dict[str, Analysis] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.root: Path | None = None

    def start(self, root: Path | None) -> None:
        self.root = root
        self.checker, self.problem = None, None
        try:
            self.checker = self.load_checker(root)
        except NumcheckError as error:
            self.problem = error
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=f"numcheck: {error}")
            )

    def settings_changed(self, uris: list[str]) -> bool:
        """Load the settings, rules and sources again when one of their files changed, and check every
        open document with them, so a fixed config or a new rule shows without restarting the server.
        Says whether it reloaded."""
        if not any(Path(_document_path(uri)).suffix.lower() in SETTINGS_SUFFIXES for uri in uris):
            return False
        self.start(self.root)
        for open_uri in list(self.workspace.text_documents):
            self.check(open_uri)
        return True

    def check(self, uri: str) -> None:
        """Check the document as the editor holds it now, and publish what was found."""
        document = self.workspace.get_text_document(uri)
        if not _is_prose(uri, document.language_id):
            return
        path = _document_path(uri)
        if self.checker is None:
            problem = self.problem or NumcheckError("numcheck did not start")
            self._publish(uri, document.version, [_diagnostic(_problem_diagnostic(problem), uri)])
            return
        markdown = None if Path(path).suffix else document.language_id == "markdown"
        try:
            analysis = self.checker.analyse(path, document.source, markdown=markdown)
        except NumcheckError as error:  # the user can fix it: say so where they look
            self._publish(uri, document.version, [_diagnostic(_problem_diagnostic(error), uri)])
            return
        except Exception as error:  # a bug: keep serving the other documents, and say what broke
            problem = NumcheckError(f"internal error: {type(error).__name__}: {error}; please report it")
            self._publish(uri, document.version, [_diagnostic(_problem_diagnostic(problem), uri)])
            return
        self.analyses[uri] = analysis
        found = diagnostics(analysis, self.checker.rules)
        self._publish(uri, document.version, [_diagnostic(d, uri) for d in found])

    def check_later(self, uri: str) -> None:
        """Check once the typing pauses: each change restarts the wait."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_after_pause(uri))

    async def _check_after_pause(self, uri: str) -> None:
        await asyncio.sleep(self.debounce)
        self.pending.pop(uri, None)
        self.check(uri)

    def source_saved(self, uri: str) -> None:
        """A saved source is read again, so the documents are checked against what it says now."""
        if self.checker is None:
            return
        path = _document_path(uri)
        if path in self.checker.sources:
            from numcheck.corpus import extract_corpus

            (extracted,) = extract_corpus([path], self.checker.vocabulary)
            self.checker = self.checker.with_source(extracted)
            for open_uri in list(self.analyses):
                if open_uri != uri:
                    self.check(open_uri)

    def _publish(self, uri: str, version: int | None, found: list[types.Diagnostic]) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )


def _is_prose(uri: str, language: str | None) -> bool:
    return (language or "").lower() in LANGUAGES or Path(_document_path(uri)).suffix.lower() in SUFFIXES


def _document_path(uri: str) -> str:
    """The path a check from the workspace folder would give: relative when inside it."""
    path = to_fs_path(uri)
    if path is None:
        return uri  # untitled:..., never on disk
    return workspace_path(path)


def _uri(path: str, fallback: str) -> str:
    if "://" in path or path.startswith("untitled:"):
        return path
    return from_fs_path(os.path.abspath(path)) or fallback


def _range(span: Span) -> types.Range:
    start = types.Position(line=span.start_line, character=span.start_character)
    return types.Range(start=start, end=types.Position(line=span.end_line, character=span.end_character))


def _span(range_: types.Range) -> Span:
    return Span(range_.start.line, range_.start.character, range_.end.line, range_.end.character)


def _problem_diagnostic(problem: NumcheckError) -> Diagnostic:
    return Diagnostic(Span(0, 0, 0, 0), Severity.ERROR, "config", str(problem), None)


def _diagnostic(found: Diagnostic, uri: str) -> types.Diagnostic:
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=_uri(r.path, uri), range=_range(r.span)), message=r.message
        )
        for r in found.related
    ]
    return types.Diagnostic(
        range=_range(found.span),
        message=found.message,
        severity=_SEVERITY[found.severity],
        code=found.rule,
        code_description=types.CodeDescription(href=found.href) if found.href else None,
        source="numcheck",
        related_information=related or None,
    )


def _code_action(action: CodeAction, uri: str, answered: list[types.Diagnostic]) -> types.CodeAction:
    edits = [types.TextEdit(range=_range(edit.span), new_text=edit.new_text) for edit in action.edits]
    return types.CodeAction(
        title=action.title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[d for d in answered if d.code == action.rule and _span(d.range) == action.span] or None,
        edit=types.WorkspaceEdit(changes={uri: edits}),
        is_preferred=action.preferred or None,
    )


def build_server(load_checker: CheckerFactory, debounce: float) -> NumcheckServer:
    server = NumcheckServer(load_checker, debounce)

    @server.feature(types.INITIALIZE)
    def initialize(ls: NumcheckServer, params: types.InitializeParams) -> None:
        folders = params.workspace_folders or []
        root_uri = folders[0].uri if folders else params.root_uri
        root = to_fs_path(root_uri) if root_uri else None
        ls.start(Path(root) if root else None)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NumcheckServer, params: types.InitializedParams) -> None:
        # Ask to hear of settings files changed outside the editor (git checkout, another tool),
        # where the client can watch files for a server.
        workspace = ls.client_capabilities.workspace
        watching = workspace.did_change_watched_files if workspace else None
        if watching is None or not watching.dynamic_registration:
            return
        watchers = [types.FileSystemWatcher(glob_pattern=SETTINGS_GLOB)]
        registration = types.Registration(
            id="numcheck-settings",
            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: NumcheckServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.settings_changed([change.uri for change in params.changes])

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NumcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: NumcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.check_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NumcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.settings_changed([uri]):
            return
        ls.source_saved(uri)
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.check(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NumcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.analyses.pop(uri, None)
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls._publish(uri, None, [])

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: NumcheckServer, params: types.HoverParams) -> types.Hover | None:
        analysis = ls.analyses.get(params.text_document.uri)
        if analysis is None:
            return None
        claim = claim_at(analysis, offset_of(analysis.document, params.position.line, params.position.character))
        if claim is None:
            return None
        content = types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_text(analysis, claim))
        return types.Hover(contents=content, range=_range(span_of(analysis.document, claim.start, claim.end)))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    )
    def code_action(ls: NumcheckServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        analysis = ls.analyses.get(uri)
        if analysis is None:
            return None
        actions = code_actions(analysis, _span(params.range))
        return [_code_action(action, uri, list(params.context.diagnostics)) for action in actions] or None

    return server


def serve(load_checker: CheckerFactory, *, debounce: float = 0.3) -> None:
    """Speak LSP on standard input and output until the client says exit."""
    build_server(load_checker, debounce).start_io()
