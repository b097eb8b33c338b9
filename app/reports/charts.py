"""Report charts as PNG bytes (matplotlib, Agg). Drawn from the report object only.

Readable in print and on screen: white background, dark text, a colour-blind-safe palette whose
lines also differ by marker and style, so a greyscale printout still tells them apart. None values
are gaps in a series, never NaN points; an empty series draws a "no data" panel instead of axes.
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from app.reports.data import Report  # noqa: E402

# Okabe–Ito palette.
BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, YELLOW, GREY = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
CAMP_COLOURS = [BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, YELLOW, "#000000"]
DPI = 110

plt.rcParams.update({"font.size": 10, "axes.titlesize": 11, "axes.grid": True, "grid.alpha": 0.3,
                     "figure.facecolor": "white", "axes.facecolor": "white", "savefig.facecolor": "white"})


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=DPI)
    plt.close(fig)
    return buf.getvalue()


def _no_data(title: str, message: str = "No data for this period") -> bytes:
    fig, ax = plt.subplots(figsize=(7, 2.6))
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=13, color="#444444",
            bbox={"boxstyle": "round,pad=0.8", "facecolor": "#f2f2f2", "edgecolor": "#bbbbbb"})
    return _png(fig)


def _finite(values: list[float | None]) -> bool:
    return any(v is not None and math.isfinite(v) for v in values)


def _series(xs: list[str], values: list[float | None]) -> tuple[list[str], list[float]]:
    pairs = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None and math.isfinite(v)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def daily_rates_chart(report: Report) -> bytes:
    title = "Daily toxicity and incitement rates"
    daily = report.health.daily
    tox = [d.toxic_rate for d in daily]
    inc = [d.incitement_rate for d in daily]
    if not (_finite(tox) or _finite(inc)):
        return _no_data(title)
    days = [d.day.strftime("%m-%d") for d in daily]
    fig, ax = plt.subplots(figsize=(7, 3))
    for values, label, colour, marker, style in ((tox, "toxicity", VERMILION, "o", "-"),
                                                (inc, "incitement", BLUE, "s", "--")):
        xs, ys = _series(days, values)
        ax.plot(xs, [100 * y for y in ys], marker=marker, linestyle=style, color=colour, label=label)
    ax.set_ylabel("% of scored comments")
    ax.set_ylim(bottom=0)
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)
    if len(days) > 10:
        ax.set_xticks(days[:: max(len(days) // 8, 1)])
    return _png(fig)


def queue_chart(report: Report) -> bytes:
    title = "Review queue size and time to decision"
    queue = report.moderation.queue
    sizes = [float(q.queue_size) for q in queue]
    lat = [q.latency_p50_hours for q in queue]
    if not queue or (not any(sizes) and not _finite(lat) and not any(q.decisions for q in queue)):
        return _no_data(title)
    days = [q.day.strftime("%m-%d") for q in queue]
    fig, ax = plt.subplots(figsize=(7, 3))
    ax.bar(days, sizes, color=SKY, edgecolor=BLUE, label="waiting at day end")
    ax.set_ylabel("comments waiting")
    ax2 = ax.twinx()
    xs, ys = _series(days, lat)
    ax2.plot(xs, ys, color=VERMILION, marker="o", linestyle="-", label="p50 time to decision (h)")
    ax2.set_ylabel("hours")
    ax2.set_ylim(bottom=0)
    ax2.grid(False)
    handles = ax.get_legend_handles_labels()
    handles2 = ax2.get_legend_handles_labels()
    ax.legend(handles[0] + handles2[0], handles[1] + handles2[1], loc="upper center", bbox_to_anchor=(0.5, -0.14),
              ncol=2, frameon=False)
    ax.set_title(title)
    if len(days) > 10:
        ax.set_xticks(days[:: max(len(days) // 8, 1)])
    return _png(fig)


def label_distribution_chart(report: Report) -> bytes:
    title = "Comments above threshold, by label"
    rates = report.health.label_rates
    if report.health.scored == 0:
        return _no_data(title)
    labels = [r.label.replace("_", " ") for r in rates]
    counts = [r.count for r in rates]
    fig, ax = plt.subplots(figsize=(7, 3.2))
    bars = ax.barh(labels[::-1], counts[::-1], color=ORANGE, edgecolor="#7a5500")
    ax.bar_label(bars, labels=[f"{c} ({100 * c / report.health.scored:.1f}%)" for c in counts[::-1]],
                 padding=3, fontsize=9)
    ax.set_xlabel(f"comments (of {report.health.scored} scored)")
    ax.set_xlim(0, max(max(counts), 1) * 1.3)
    ax.set_title(title)
    return _png(fig)


LABEL_CHARS = 24  # "anonymous (comment 123)" fits; longer names end in an ellipsis, never mid-word silently


def graph_chart(report: Report) -> bytes:
    title = "Who argues with whom (coloured by camp)"
    people = report.people
    if not people.nodes or not people.edges:
        return _no_data(title, "No argument graph for this period" if people.available else people.note)
    return _png(graph_figure(report, title))


def graph_figure(report: Report, title: str) -> Figure:
    """The argument graph drawn: camps coloured, hostile replies dashed, the busiest twelve named."""
    people = report.people
    import networkx as nx

    g = nx.Graph()
    for node in people.nodes:
        g.add_node(node.key, label=node.label, camp=node.camp, weight=node.weight)
    for edge in people.edges:
        g.add_edge(edge.source, edge.target, weight=edge.weight, hostile=edge.hostile)
    pos = nx.spring_layout(g, seed=7, weight="weight", k=2.0 / max(g.number_of_nodes(), 1) ** 0.5)
    fig, ax = plt.subplots(figsize=(7, 5))
    ax.set_axis_off()
    hostile = [(a, b) for a, b, d in g.edges(data=True) if d["hostile"]]
    civil = [(a, b) for a, b, d in g.edges(data=True) if not d["hostile"]]
    nx.draw_networkx_edges(g, pos, edgelist=civil, ax=ax, edge_color=GREY, width=1.0)
    nx.draw_networkx_edges(g, pos, edgelist=hostile, ax=ax, edge_color=VERMILION, width=1.8, style="dashed")
    colours = [CAMP_COLOURS[(d["camp"] or 0) % len(CAMP_COLOURS)] if d["camp"] is not None else GREY
               for _n, d in g.nodes(data=True)]
    most = max((d["weight"] for _n, d in g.nodes(data=True)), default=1) or 1
    sizes = [40 + 260 * (d["weight"] / most) ** 0.5 for _n, d in g.nodes(data=True)]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=colours, node_size=sizes, edgecolors="black", linewidths=0.6)
    top = sorted(g.nodes(data=True), key=lambda nd: -nd[1]["weight"])[:12]
    for node, data in top:
        x, y = pos[node]
        label = data["label"] if len(data["label"]) <= LABEL_CHARS else data["label"][: LABEL_CHARS - 1] + "…"
        ax.annotate(label, (x, y), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=8,
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    # Room round the layout, so the labels of nodes on its edge are not cut off by the frame.
    ax.margins(x=0.18, y=0.14)
    ax.set_title(title + " — dashed red = hostile replies")
    return fig


CHARTS = {
    "daily_rates": daily_rates_chart,
    "queue": queue_chart,
    "labels": label_distribution_chart,
    "graph": graph_chart,
}


def render_charts(report: Report) -> dict[str, bytes]:
    return {name: draw(report) for name, draw in CHARTS.items()}


def calibration_chart(curves: dict[str, list[tuple[float, float]]], marks: dict[str, tuple[float, float]]) -> bytes:
    """Precision against recall per label, from the desk's decisions; a dot where the current
    threshold sits. `curves`: label -> [(recall, precision)]; `marks`: label -> (recall, precision)."""
    title = "Precision and recall of each label against the desk's decisions"
    if not curves:
        return _no_data(title, "Not enough decided comments yet")
    fig, ax = plt.subplots(figsize=(7, 4))
    styles = [(BLUE, "-"), (ORANGE, "--"), (GREEN, "-."), (VERMILION, ":"), (PURPLE, "-")]
    for (label, points), (colour, style) in zip(sorted(curves.items()), styles * 3, strict=False):
        ax.plot([p[0] for p in points], [p[1] for p in points], color=colour, linestyle=style,
                label=label.replace("_", " "))
        if label in marks:
            ax.plot([marks[label][0]], [marks[label][1]], "o", color=colour, markersize=7)
    ax.set_xlabel("recall (share of removed comments caught)")
    ax.set_ylabel("precision (share of caught comments removed)")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_title(title)
    ax.legend(loc="lower left", fontsize=9)
    return _png(fig)
