"""The HTML report of the ingested samples, opened from the Reports page in headless Chromium: the
charts load (naturalWidth > 0) and are real pictures, not blank or flat images. A screenshot is kept
under tests/artifacts/ for a person to look at."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import Comment
from app.reports.periods import resolve_period
from app.reports.snapshots import get_or_build
from tests.browser.conftest import LiveServer, log_in

pytestmark = pytest.mark.browser


def _distinct_colours(png: bytes) -> int:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
    return len(colours or [])


def test_report_of_the_samples_renders_with_charts(browser: Any, live_server: LiveServer, artifacts: Path) -> None:
    with live_server.app.app_context():
        posted = func.coalesce(Comment.created_at, Comment.ingested_at)
        first, last = db.session.execute(select(func.min(posted), func.max(posted))).one()
        assert first is not None, "the live server has no comments"
        period = resolve_period("custom", start=first.date(), end=last.date())
        snap = get_or_build(db.session, period)
        db.session.commit()
        report_id, comments = snap.row.id, snap.report.volume.comments
        # the samples are scored, so the rate and label charts draw data rather than a "no data" panel
        assert snap.report.health.scored > 0
        assert any(d.toxic_rate is not None for d in snap.report.health.daily)
        db.session.remove()
    assert comments > 0

    page = log_in(browser, live_server, "admin@example.test")
    page.goto("/reports/")
    page.click(f"a[href='/reports/{report_id}']")
    page.wait_for_load_state("load")
    page.screenshot(path=str(artifacts / "report.png"), full_page=True)
    assert page.locator("[data-figure='volume.comments']").inner_text() == f"{comments:,}"

    images = page.eval_on_selector_all(
        "img", "els => els.map(e => ({alt: e.alt, w: e.naturalWidth, h: e.naturalHeight, done: e.complete}))")
    assert len(images) == 4, images
    for image in images:
        assert image["done"] and image["w"] > 0 and image["h"] > 0, image
    for index, image in enumerate(images):
        shot = page.locator("img").nth(index).screenshot()
        # a chart has axes, text and data in several colours; a flat or blank image has one or two
        assert _distinct_colours(shot) > 20, image["alt"]
    page.context.close()
