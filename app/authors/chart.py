"""An author's scores over time as a PNG (matplotlib, Agg), served as an image so the page needs no
inline styles or scripts under the app's content security policy."""

from __future__ import annotations

import io
from datetime import datetime

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from app.reports.charts import BLUE, VERMILION  # noqa: E402

DPI = 100


def scores_chart(points: list[tuple[datetime, float, bool]]) -> bytes:
    """Worst score per comment by the time it was posted; removed comments in vermilion squares."""
    fig = Figure(figsize=(7.5, 2.6), dpi=DPI)
    ax = fig.add_subplot()
    if not points:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No scored comments yet", ha="center", va="center", fontsize=12, color="#444444")
    else:
        xs = [float(x) for x in mdates.date2num([t for t, _, _ in points])]  # type: ignore[no-untyped-call]
        ys = [s for _, s, _ in points]
        gone = [removed for _, _, removed in points]
        ax.plot(xs, ys, color="#bbbbbb", linewidth=1, zorder=1)
        for removed, colour, marker, label in ((False, BLUE, "o", "kept"), (True, VERMILION, "s", "removed")):
            chosen = [(x, y) for x, y, r in zip(xs, ys, gone, strict=True) if r is removed]
            if chosen:
                ax.scatter([x for x, _ in chosen], [y for _, y in chosen], color=colour, marker=marker, s=24,
                           label=label, zorder=3 if removed else 2)
        short = xs[-1] - xs[0] < 2
        if short:  # under two days (or all at one moment): a day either side, hours shown
            ax.set_xlim(xs[0] - 1, xs[-1] + 1)
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %H:%M" if short else "%d %b %Y"))  # type: ignore[no-untyped-call]
        ax.set_ylim(0, 1.02)
        ax.set_ylabel("highest score")
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=3)
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white")
    return buf.getvalue()
