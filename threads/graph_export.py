"""Writing the argument graph for Gephi, Cytoscape and the web UI.

GraphML and GEXF hold only scalar attributes, so lists (threads, evidence comment ids) become
";"-joined strings, timestamps become ISO 8601 strings and missing values are left out. The JSON
(node-link) form keeps lists as lists for the UI. Every attribute survives in every format.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any, Literal

import networkx as nx

Format = Literal["graphml", "gexf", "json"]
LIST_SEPARATOR = ";"


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return LIST_SEPARATOR.join(str(v) for v in items)
    if hasattr(value, "item"):  # numpy scalars
        item: str | int | float | bool = value.item()
        return item
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_json_value(v) for v in value)
    if hasattr(value, "item"):
        return value.item()
    return value


def flat_copy(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with scalar-only attributes and no None values, as GraphML/GEXF writers need.

    Numeric attributes keep one type per key (floats stay floats even when whole), because both
    formats declare an attribute's type once for the whole graph.
    """
    out = nx.DiGraph()
    out.graph.update({k: v for k, v in ((k, _scalar(v)) for k, v in graph.graph.items()) if v is not None})
    float_keys = _float_keys(graph)
    for node, data in graph.nodes(data=True):
        out.add_node(node, **_flat(data, float_keys))
    for s, t, data in graph.edges(data=True):
        out.add_edge(s, t, **_flat(data, float_keys))
    return out


def _float_keys(graph: nx.DiGraph) -> set[str]:
    keys: set[str] = set()
    for _, data in graph.nodes(data=True):
        keys.update(k for k, v in data.items() if isinstance(v, float))
    for _, _, data in graph.edges(data=True):
        keys.update(k for k, v in data.items() if isinstance(v, float))
    return keys


def _flat(data: dict[str, Any], float_keys: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        flat = _scalar(value)
        if flat is None:
            continue
        if key in float_keys and isinstance(flat, int) and not isinstance(flat, bool):
            flat = float(flat)
        out[key] = flat
    return out


def node_link(graph: nx.DiGraph) -> dict[str, Any]:
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    result: dict[str, Any] = _json_value(data)
    for item in [*result["nodes"], *result["edges"]]:
        for key, value in list(item.items()):
            item[key] = _json_value(value)
    return result


def write_graph(graph: nx.DiGraph, path: str | os.PathLike[str], fmt: Format) -> None:
    if fmt == "graphml":
        nx.write_graphml(flat_copy(graph), path)
    elif fmt == "gexf":
        nx.write_gexf(flat_copy(graph), path)
    elif fmt == "json":
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(node_link(graph), fh, ensure_ascii=False)
    else:
        raise ValueError(f"unknown graph format {fmt!r}: use graphml, gexf or json")
