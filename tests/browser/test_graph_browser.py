"""The graph page in a real browser under the app's CSP: the drawing appears, a click on a line
opens the exchange, and nothing in the page runs hostile text."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import LiveServer, log_in


def test_graph_drawing_and_exchange(browser: Any, live_server: LiveServer) -> None:
    page = log_in(browser, live_server, "mod1@example.test")
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto("/graph")
    page.wait_for_selector("#graph-canvas circle", timeout=20_000)
    circles = page.locator("#graph-canvas circle").count()
    lines = page.locator("#graph-canvas line").count()
    assert circles > 1 and lines > 0
    colours = set(page.eval_on_selector_all("#graph-canvas line", "els => els.map(e => e.getAttribute('stroke'))"))
    assert colours <= {"#c0392b", "#2e8b57", "#9a9a9a"}
    page.locator("#graph-canvas line").first.dispatch_event("click")
    page.wait_for_selector("#exchange li", timeout=10_000)
    assert page.locator("#exchange h2").inner_text().startswith("Exchange:")
    assert page.evaluate("window.__xss") is None
    assert not errors, errors
