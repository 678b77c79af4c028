"""Regenerate the report's pictures in docs/: the HTML page in headless Chromium at desktop width
and at 700 px, and the terminal report at 80 and 200 columns (`make screenshots`).

Chromium is Debian's (`apt-get install chromium`), driven by playwright: no browser is downloaded.
The terminal captures are rich's own SVG export of exactly what `numcheck report` prints on a
terminal of that width, colours included.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

from numcheck.documents import read_document
from numcheck.engine import check_documents
from numcheck.report import overview
from numcheck.report.html import render_html
from numcheck.report.terminal import render_terminal

DOCS = Path(__file__).resolve().parent
SEEDS = DOCS.parent / "seeds"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
# A draft with a slip, a bracketed conversion and figures nothing else is about, beside the seeds.
DRAFT = """# Harbour and power

The plant has a capacity of 2 GW, the company said. The new trains reach 200 km/h on the line.
The harbour handled 1.2 million containers in 2023, up 8% on the year before.
The plane climbed to 3,000 feet (1,500 metres) before turning.
In the poll, 48% were for, 39% against and 17% undecided.
"""
SOURCE = "The plant has a capacity of 2,000 MW. The new trains reach 125 mph on the line.\n"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)  # paths are shown relative to the working folder, as a user would see them
        draft, source = Path(folder, "draft.md"), Path(folder, "wire.txt")
        draft.write_text(DRAFT, "utf-8")
        source.write_text(SOURCE, "utf-8")
        shutil.copytree(SEEDS, Path(folder, "seeds"))
        drafts = ["draft.md", *(f"seeds/{p.name}" for p in sorted(SEEDS.iterdir()))]
        report = check_documents(drafts, ["wire.txt"])
        content = overview(report)
        documents = [read_document(path) for path in [*drafts, "wire.txt"]]
        for width in (80, 200):
            terminal_svg(
                render_terminal(content, colour=True, width=width), width, DOCS / f"report-terminal-{width}.svg"
            )
        page = Path(folder, "report.html")
        page.write_text(render_html(content, documents), "utf-8")
        if not Path(CHROMIUM).exists():
            print("screenshots: Chromium is not installed (apt-get install chromium); terminal captures only")
            return 1
        browser_shots(page)
    return 0


def terminal_svg(ansi: str, width: int, target: Path) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=width, force_terminal=True, color_system="standard", file=io.StringIO())
    console.print(Text.from_ansi(ansi), end="")
    target.write_text(console.export_svg(title=f"numcheck report ({width} columns)"), "utf-8")
    print(f"wrote {target.relative_to(DOCS.parent)}")


def browser_shots(page: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        for name, width in (("desktop", 1280), ("700px", 700)):
            tab = browser.new_page(viewport={"width": width, "height": 900})
            tab.goto(page.as_uri())
            target = DOCS / f"report-{name}.png"
            tab.locator("#subjects").screenshot(path=str(target))
            print(f"wrote {target.relative_to(DOCS.parent)}")
            tab.close()
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
