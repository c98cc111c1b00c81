"""Exports a user can take elsewhere: facts and conflicts as CSV (one row per source, for a
spreadsheet) or JSON lines, the entity graph as GraphML or GEXF (Gephi, networkx) — and
`concord export`, the Typer sub-app that writes them."""

from __future__ import annotations

import csv
import io
import json
import sys
import xml.etree.ElementTree as ElementTree
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from concord.claimtypes import CLAIM_TYPES
from concord.store.database import open_database, session_factory
from concord.store.export import (
    Filters,
    Graph,
    entity_graph,
    exported_conflicts,
    exported_facts,
)

BOM = "\ufeff"  # lets Excel open UTF-8 CSV as UTF-8
FACT_COLUMNS = ["fact", "type", "modality", "date", "arguments", "conflict", "source_count",
                "outlet", "published", "language", "document", "title", "url",
                "evidence"]  # fmt: skip
CONFLICT_COLUMNS = ["fact", "type", "role", "status", "value", "outlet", "published",
                    "document", "url", "evidence"]  # fmt: skip


class Format(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    graphml = "graphml"
    gexf = "gexf"


class Contents(StrEnum):
    facts = "facts"
    conflicts = "conflicts"


MEDIA_TYPES = {
    Format.csv: "text/csv; charset=utf-8",
    Format.jsonl: "application/x-ndjson",
    Format.graphml: "application/graphml+xml",
    Format.gexf: "application/gexf+xml",
}


def arguments_text(args: dict[str, list[str]]) -> str:
    """`role: value | value; role: value` — one cell a spreadsheet can filter on."""
    return "; ".join(f"{role}: {' | '.join(values)}" for role, values in args.items())


def facts_csv(facts: list[dict[str, Any]], bom: bool = False) -> str:
    """One row per fact and source; a fact with three reports takes three rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, FACT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for fact in facts:
        common = {"fact": fact["id"], "type": fact["type"], "modality": fact["modality"],
                  "date": fact.get("date") or "", "arguments": arguments_text(fact["args"]),
                  "conflict": "yes" if fact["conflicts"] else "",
                  "source_count": len(fact["sources"])}  # fmt: skip
        for source in fact["sources"] or [{}]:
            writer.writerow(common | source_cells(source))
    return (BOM if bom else "") + out.getvalue()


def source_cells(source: dict[str, Any]) -> dict[str, Any]:
    return {"outlet": source.get("outlet") or "", "published": source.get("published") or "",
            "language": source.get("language") or "", "document": source.get("doc") or "",
            "title": source.get("title") or "", "url": source.get("url") or "",
            "evidence": source.get("text") or ""}  # fmt: skip


def conflicts_csv(conflicts: list[dict[str, Any]], bom: bool = False) -> str:
    """One row per conflict, value and source giving that value."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CONFLICT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for conflict in conflicts:
        for side in conflict["values"]:
            for source in side["sources"]:
                cells = source_cells(source)
                shared = {k: cells[k] for k in CONFLICT_COLUMNS if k in cells}
                writer.writerow({"fact": conflict["fact"], "type": conflict["type"],
                                 "role": conflict["role"], "status": conflict["status"],
                                 "value": side["value"]} | shared)  # fmt: skip
    return (BOM if bom else "") + out.getvalue()


def json_lines(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def graphml(graph: Graph) -> str:
    """GraphML that networkx.read_graphml and Gephi read: typed attributes declared."""
    namespace = "http://graphml.graphdrawing.org/xmlns"
    root = ElementTree.Element("graphml", xmlns=namespace)
    for key, owner, kind in (("name", "node", "string"), ("type", "node", "string"),
                             ("weight", "edge", "int"), ("facts", "edge", "int"),
                             ("meeting", "edge", "int"), ("agreement", "edge", "int")):  # fmt: skip
        ElementTree.SubElement(
            root, "key", {"id": key, "for": owner, "attr.name": key, "attr.type": kind}
        )
    body = ElementTree.SubElement(root, "graph", id="concord", edgedefault="undirected")
    for entity_id, node in graph.nodes.items():
        element = ElementTree.SubElement(body, "node", id=f"e{entity_id}")
        for key in ("name", "type"):
            ElementTree.SubElement(element, "data", key=key).text = node[key]
    for (first, second), edge in graph.edges.items():
        element = ElementTree.SubElement(body, "edge", source=f"e{first}", target=f"e{second}")
        for key in ("weight", "facts", "meeting", "agreement"):
            ElementTree.SubElement(element, "data", key=key).text = str(edge[key])
    return _xml(root)


def gexf(graph: Graph) -> str:
    """GEXF 1.3 for Gephi: names as labels, entity type and edge counts as attributes."""
    root = ElementTree.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    body = ElementTree.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    node_attributes = ElementTree.SubElement(body, "attributes", {"class": "node"})
    ElementTree.SubElement(node_attributes, "attribute", id="type", title="type", type="string")
    edge_attributes = ElementTree.SubElement(body, "attributes", {"class": "edge"})
    for key in ("facts", "meeting", "agreement"):
        ElementTree.SubElement(edge_attributes, "attribute", id=key, title=key, type="integer")
    nodes = ElementTree.SubElement(body, "nodes")
    for entity_id, node in graph.nodes.items():
        element = ElementTree.SubElement(nodes, "node", id=f"e{entity_id}", label=node["name"])
        values = ElementTree.SubElement(element, "attvalues")
        ElementTree.SubElement(values, "attvalue", {"for": "type", "value": node["type"]})
    edges = ElementTree.SubElement(body, "edges")
    for number, ((first, second), edge) in enumerate(graph.edges.items()):
        ends = {"id": str(number), "source": f"e{first}", "target": f"e{second}"}
        element = ElementTree.SubElement(edges, "edge", ends | {"weight": str(edge["weight"])})
        values = ElementTree.SubElement(element, "attvalues")
        for key in ("facts", "meeting", "agreement"):
            ElementTree.SubElement(values, "attvalue", {"for": key, "value": str(edge[key])})
    return _xml(root)


def _xml(root: ElementTree.Element) -> str:
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, "unicode")


def export_text(session: Any, format: Format, contents: Contents, filters: Filters,
                bom: bool = False) -> str:  # fmt: skip
    """The whole export as text: facts or conflicts for csv/jsonl, the graph otherwise."""
    if format in (Format.graphml, Format.gexf):
        graph = entity_graph(session, filters)
        return graphml(graph) if format == Format.graphml else gexf(graph)
    facts = exported_facts(session, filters)
    if contents == Contents.conflicts:
        conflicts = exported_conflicts(session, [fact["id"] for fact in facts])
        return conflicts_csv(conflicts, bom) if format == Format.csv else json_lines(conflicts)
    return facts_csv(facts, bom) if format == Format.csv else json_lines(facts)


def check_type(type_: str | None) -> str | None:
    """An unknown claim type is a usage error naming the known ones."""
    if type_ is not None and type_ not in CLAIM_TYPES:
        raise typer.BadParameter(
            f"unknown type {type_!r}; known types: {', '.join(CLAIM_TYPES)}", param_hint="--type"
        )
    return type_


export_app = typer.Typer(help="Export facts, conflicts or the entity graph to a file.")


@export_app.callback(invoke_without_command=True)
def export(
    format: Annotated[Format, typer.Option("--format", help="csv, jsonl, graphml or gexf")],
    contents: Annotated[
        Contents, typer.Option("--what", help="facts or conflicts (csv and jsonl)")
    ] = Contents.facts,
    type: Annotated[
        str | None, typer.Option("--type", callback=check_type, help="Only this claim type")
    ] = None,
    entity: Annotated[int | None, typer.Option("--entity", help="Only facts naming it")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only facts it reported")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default stdout)")
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start a CSV with a UTF-8 BOM (Excel)")
    ] = False,
    db: Annotated[
        str | None, typer.Option("--db", envvar="CONCORD_DB", help="SQLAlchemy URL")
    ] = None,
) -> None:
    """Facts (one CSV row per source), conflicts, or who met or agreed with whom."""
    sessions = session_factory(open_database(db))
    with sessions() as session:
        text = export_text(session, format, contents, Filters(type, entity, outlet), bom)
    if out is None:
        sys.stdout.write(text)
        return
    if not out.parent.is_dir():
        raise typer.BadParameter(f"no folder {out.parent}", param_hint="--out")
    out.write_text(text, encoding="utf-8", newline="")
