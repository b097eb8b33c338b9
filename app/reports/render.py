"""Every output format, from the one report object: HTML (data-URI images for browsers, cid: images for
email), JSON, CSV tables (zipped), PDF (WeasyPrint over the same HTML)."""

from __future__ import annotations

import base64
import csv
import dataclasses
import io
import json
import logging
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from app.bidi import isolate
from app.reports.charts import render_charts
from app.reports.data import (
    Camp,
    DailyRate,
    DeepThread,
    DuplicateIdentity,
    HeatedArticle,
    Incident,
    LabelRate,
    ModeratorStat,
    Offender,
    Pair,
    QueuePoint,
    Report,
    RuleAgreement,
    to_dict,
)

FORMATS = ("html", "json", "csv", "pdf")
TEMPLATES = Path(__file__).with_name("templates")
PDF_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0"


class ReportFormatError(RuntimeError):
    pass


def fmt_num(value: int | None) -> str:
    return "no data" if value is None else f"{value:,}"


def fmt_pct(value: float | None) -> str:
    return "no data" if value is None else f"{100 * value:.1f}%"


def fmt_pp(value: float | None) -> str:
    """A trend in percentage points, signed; "no data" when either period had nothing scored."""
    return "no data" if value is None else f"{100 * value:+.1f} pp"


def fmt_dec(value: float | None) -> str:
    return "no data" if value is None else f"{value:.2f}"


def fmt_hours(value: float | None) -> str:
    return "no data" if value is None else f"{value:.1f} h"


def _trend_class(value: float | None) -> str:
    if value is None or abs(value) < 1e-12:
        return ""
    return "up" if value > 0 else "down"


def safe_href(url: str | None) -> str | None:
    """`url` if it is an http(s) address, else None: a report is a file opened outside the app, where
    no CSP stops a `javascript:` (or `data:`, `file:`) link that an article's URL smuggled in."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch < " " or ch == "\x7f" for ch in candidate):
        return None
    return candidate if urlsplit(candidate).scheme.lower() in {"http", "https"} else None


def _link(url: str | None, text: str) -> Markup:
    href = safe_href(url)
    if href is None:
        return escape(text)
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(href, text)


_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
_env.filters.update(href=lambda url: safe_href(url) or "#", isolate=isolate, num=fmt_num, pct=fmt_pct, pp=fmt_pp, dec=fmt_dec, hrs=fmt_hours, trendclass=_trend_class,
                    dt=lambda d: d.strftime("%Y-%m-%d %H:%M") if isinstance(d, datetime) else "")


def render_html(report: Report, *, inline: str = "data", charts: dict[str, bytes] | None = None
                ) -> tuple[str, dict[str, bytes]]:
    """The HTML report and its chart PNGs keyed by name.

    inline="data": images embedded as data: URIs — one self-contained file for a browser or PDF.
    inline="cid": images referenced as cid:<name>@threadwatch, for a multipart/related email.
    """
    charts = charts if charts is not None else render_charts(report)

    def img(name: str) -> str:
        if inline == "cid":
            return f"cid:{content_id(name)}"
        return "data:image/png;base64," + base64.b64encode(charts[name]).decode("ascii")

    html = _env.get_template("report.html").render(r=report, img=img, link=_link)
    return html, charts


def content_id(name: str) -> str:
    return f"{name}@threadwatch"


def render_json(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False, sort_keys=False)


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK, =cmd|...).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: Any) -> Any:
    """Text that a spreadsheet would take for a formula, made literal with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else value


def _table(rows: list[Any], row_type: type) -> list[list[Any]]:
    """A header row from the row dataclass, then the rows: an empty section is a header-only file, not 0 bytes."""
    names = [f.name for f in dataclasses.fields(row_type)]
    return [names] + [[_cell(getattr(row, n)) for n in names] for row in rows]


def _summary(report: Report) -> list[list[Any]]:
    """Every scalar figure as (figure, value): the flat paths match the JSON and the HTML data-figure."""
    out: list[list[Any]] = [["figure", "value"]]
    data = to_dict(report)
    for section in ("meta", "volume", "health", "people", "moderation"):
        for key, value in data[section].items():
            if isinstance(value, dict) and key == "derailing":
                for k, v in value.items():
                    out.append([f"{section}.{key}.{k}", _cell(v)])
            elif not isinstance(value, list | dict):
                out.append([f"{section}.{key}", _cell(value)])
    return out


# Each table's file name, row type and what it holds, for tables.csv (the index an analyst opens first).
CSV_TABLES: dict[str, tuple[type | None, str]] = {
    "summary": (None, "every single figure of the report, one per row"),
    "deepest_threads": (DeepThread, "deepest threads"),
    "label_rates": (LabelRate, "comments above each label's threshold, with the trend"),
    "daily": (DailyRate, "comments and rates per day"),
    "label_distribution": (None, "comments by their highest label"),
    "incidents": (Incident, "incitement incidents"),
    "heated_by_share": (HeatedArticle, "most heated articles by hostile share"),
    "heated_by_flame_wars": (HeatedArticle, "most heated articles by flame wars"),
    "pairs": (Pair, "top antagonistic pairs"),
    "camps": (Camp, "camps"),
    "offenders": (Offender, "repeat offenders"),
    "duplicates": (DuplicateIdentity, "suspected duplicate or sock-puppet identities"),
    "queue": (QueuePoint, "review queue per day"),
    "moderators": (ModeratorStat, "decisions per moderator"),
    "rules": (RuleAgreement, "policy rules against human decisions"),
}


def csv_tables(report: Report) -> dict[str, str]:
    """One CSV per table, and tables.csv listing them with their row counts ("none in this period" for 0)."""
    h, p, m = report.health, report.people, report.moderation
    rows: dict[str, list[Any]] = {
        "deepest_threads": report.volume.deepest_threads, "label_rates": h.label_rates, "daily": h.daily,
        "incidents": h.incidents, "heated_by_share": h.heated_by_share, "heated_by_flame_wars": h.heated_by_flame_wars,
        "pairs": p.pairs, "camps": p.camps, "offenders": p.offenders, "duplicates": p.duplicates,
        "queue": m.queue, "moderators": m.moderators, "rules": m.rules,
    }
    tables: dict[str, list[list[Any]]] = {
        "summary": _summary(report),
        "label_distribution": [["label", "comments"]] + [[k, v] for k, v in h.label_distribution.items()],
    }
    for name, (row_type, _what) in CSV_TABLES.items():
        if row_type is not None:
            tables[name] = _table(rows[name], row_type)
    index: list[list[Any]] = [["file", "rows", "contents"]]
    for name, (_row_type, what) in CSV_TABLES.items():
        count = len(tables[name]) - 1
        index.append([f"{name}.csv", count, what if count else f"{what}: none in this period (header only)"])
    out: dict[str, str] = {}
    for name, table in [("tables", index), *((n, tables[n]) for n in CSV_TABLES)]:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([neutral_cell(v) for v in row] for row in table)
        out[f"{name}.csv"] = buf.getvalue()
    return out


def render_csv_zip(report: Report) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in csv_tables(report).items():
            zf.writestr(name, text)
    return buf.getvalue()


def render_pdf(html: str) -> bytes:
    """PDF from the self-contained (data-URI) HTML."""
    try:
        from weasyprint import HTML
    except (OSError, ImportError) as exc:
        raise ReportFormatError(
            f"PDF output needs WeasyPrint and its system libraries (pango): apt-get install {PDF_PACKAGES}"
            f" ({exc})") from exc
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    return HTML(string=html).write_pdf()  # type: ignore[no-any-return]


def write_formats(report: Report, formats: list[str], directory: Path, stem: str, *,
                  html: str | None = None, progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write the requested formats as files named `stem.ext` (CSV: `stem.csv.zip`)."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ReportFormatError(f"unknown format(s) {unknown}; choose from {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    if html is None and ("html" in formats or "pdf" in formats):
        html, _charts = render_html(report)
    written: list[Path] = []
    for fmt in formats:
        if fmt == "html":
            path = directory / f"{stem}.html"
            path.write_text(html or "", encoding="utf-8")
        elif fmt == "json":
            path = directory / f"{stem}.json"
            path.write_text(render_json(report), encoding="utf-8")
        elif fmt == "csv":
            path = directory / f"{stem}.csv.zip"
            path.write_bytes(render_csv_zip(report))
        else:
            path = directory / f"{stem}.pdf"
            path.write_bytes(render_pdf(html or ""))
        written.append(path)
        if progress is not None:
            progress(fmt)
    return written
