"""`flask threads graph`: export the argument graph for Gephi, Cytoscape or a script.

The file carries every node and edge attribute (counts, signs, toxicity, first/last time, the
comment ids behind each edge) plus each author's camp, so an analyst can restyle it without
going back to the database.
"""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.threads import threads_cli
from app.extensions import db
from app.services.graph_data import GraphFilterError, analysis_for, parse_filter


@threads_cli.command("graph")
@click.option("--since", help="Only comments posted on or after this date (YYYY-MM-DD or ISO datetime).")
@click.option("--until", help="Only comments posted before this datetime, or up to and including this date.")
@click.option("--source", "source_slug", help="Only comments under this source slug.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default="graphml",
              show_default=True, help="graphml and gexf open in Gephi and Cytoscape; json is node-link.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write.")
def graph_cmd(since: str | None, until: str | None, source_slug: str | None, fmt: str, output: Path) -> None:
    """Write who-argues-with-whom as a graph file and print a summary."""
    from threads.graph_export import write_graph

    try:
        filt = parse_filter(since, until, source_slug)
        analysis = analysis_for(db.session(), filt)
    except GraphFilterError as exc:
        raise click.BadParameter(str(exc)) from None
    graph = analysis.graph.copy()
    for node, attrs in graph.nodes(data=True):
        camp = analysis.camp_of(node)
        attrs["camp"] = -1 if camp is None else camp
    write_graph(graph, output, fmt)  # type: ignore[arg-type]
    merges = analysis.merges()
    hostile = sum(1 for _, _, d in graph.edges(data=True) if d["sign"] < 0)
    click.echo(f"{filt.describe()}: {len(analysis.rows)} comments")
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({hostile} hostile), "
               f"{len(analysis.camps.communities)} camps, {len(merges)} identity merges")
    for merge in merges:
        click.echo(f"  merged {merge.merged} into {merge.kept}: {merge.reason} "
                   f"(confidence {merge.confidence:.2f}; {merge.matched!r})")
    click.echo(f"wrote {fmt} to {output}")
