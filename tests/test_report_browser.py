"""The HTML report in a real headless Chromium: it loads without script errors or network
requests, shows the findings, filters them, and escapes hostile document text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags that work in containers and CI, and keep Chromium from calling home
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip
HOSTILE = (
    '<script>window.pwned = "script"</script><img src="https://example.invalid/x.png" onerror="window.pwned = 1">\n'
    "The council said the budget was £4.2m.\n"
)

if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by playwright: no browser is downloaded. Playwright gives each
    launch a fresh temporary profile of its own."""
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and a hostile draft against a source, rendered by the command line."""
    folder = tmp_path_factory.mktemp("report")
    (folder / "draft.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "source.txt").write_text("The council said the budget was £42 million.\n", encoding="utf-8")
    page = folder / "report.html"
    code = main(["report", str(ROOT / "seeds"), str(folder / "draft.txt"),
                 "--against", str(folder / "source.txt"), "--html", str(page), "--fail-on", "never"])  # fmt: skip
    assert code == ExitCode.CLEAN
    return page


class _Loaded:
    def __init__(self, page: Page, errors: list[str], requests: list[str]) -> None:
        self.page, self.errors, self.requests = page, errors, requests


@pytest.fixture
def loaded(browser: Browser, report_file: Path) -> Iterator[_Loaded]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    page.on("console", lambda message: errors.append(message.text) if message.type in ("error", "warning") else None)
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    yield _Loaded(page, errors, requests)
    page.close()


def test_page_loads_without_script_errors_or_network(loaded: _Loaded, report_file: Path) -> None:
    assert loaded.errors == []  # a Content-Security-Policy violation would be logged here too
    assert loaded.requests == [report_file.as_uri()]
    assert loaded.page.title() == "numcheck report"


def test_page_shows_the_findings(loaded: _Loaded) -> None:
    page = loaded.page
    findings = page.locator("li.finding")
    assert findings.count() == 2
    text = " ".join(findings.all_inner_texts())
    assert "hedge-conflict" in text and "magnitude-slip" in text
    assert all(findings.nth(i).is_visible() for i in range(2))
    assert page.locator("#shown").inner_text() == "2 of 2 findings shown"
    assert page.locator("a.badge:visible").count() == 4  # two cited claims each
    assert page.locator('mark.claim[data-severity="error"]').count() >= 2


def test_filter_by_severity_and_rule(loaded: _Loaded) -> None:
    page = loaded.page
    slip = page.locator('li.finding[data-rule="magnitude-slip"]')
    page.locator('#filter input[name="severity"][value="error"]').uncheck()
    assert not slip.is_visible()
    assert page.locator("#shown").inner_text() == "1 of 2 findings shown"
    assert page.locator('mark.claim[data-severity="error"]').count() == 0  # highlights follow the filter
    assert page.locator('tr[data-severity="error"]').count() == 0
    page.locator('#filter input[name="severity"][value="error"]').check()
    page.locator('#filter input[name="rule"][value="hedge-conflict"]').uncheck()
    assert slip.is_visible() and not page.locator('li.finding[data-rule="hedge-conflict"]').is_visible()
    assert page.locator('a.badge[data-severity="warning"]:visible').count() == 0
    assert loaded.errors == []


def test_clicking_a_finding_scrolls_to_its_claim(loaded: _Loaded) -> None:
    page = loaded.page
    finding = page.locator('li.finding[data-rule="magnitude-slip"]')
    claim_id = finding.get_attribute("data-claim")
    finding.locator("p.message").click()
    assert page.evaluate("location.hash") == f"#{claim_id}"
    top = page.evaluate(f"document.getElementById('{claim_id}').nextElementSibling.getBoundingClientRect().top")
    assert 0 <= top < 800  # the claim is on screen
    assert page.evaluate(f"document.getElementById('{claim_id}').nextElementSibling.textContent") == "£4.2m"


def test_claims_have_tooltips(loaded: _Loaded) -> None:
    page = loaded.page
    mark = page.locator("mark.claim", has_text="tenfold")
    mark.hover()
    tip = page.evaluate("(el) => getComputedStyle(el, '::after').content", mark.element_handle())
    assert "ratio" in tip and "×10" in tip and "subject: troop" in tip


def test_hostile_text_is_shown_not_run(loaded: _Loaded) -> None:
    page = loaded.page
    assert page.evaluate("window.pwned") is None
    documents = page.locator("pre.text").all_inner_texts()
    assert any(
        '<script>window.pwned = "script"</script><img src="https://example.invalid/x.png"' in d for d in documents
    )
