"""The HTML reader on the holdout pages with every class attribute removed (#15).

archive.today, the saving tool behind half the pages the blind rounds lost, writes each class
out as inline style: only ids, nesting and styles are left to know a comment by. This reads
every holdout set (``tests/threads/data/html_holdout*``) twice, as written and with its class
attributes deleted (styles, ids and everything else kept), and prints per reader the comments
found and the parents, authors, times and openers right, scored as ``holdout_pages`` scores
(whose keys these are). Stripped pages are harsher than archive.today's copies, which keep a
bold name's weight and a reply's margin as style; nothing is tuned to them.

Usage: ``.venv/bin/python bench/holdout_classless.py [-v]``; ``-v`` lists the pages read as
nothing once stripped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from bench.holdout_pages import DATA, Score, score  # noqa: E402
from threads.html_reader import decode_html_bytes, parse_html  # noqa: E402


def stripped(html: str) -> str:
    """The page with every class attribute removed."""
    tree = LexborHTMLParser(html)
    for node in tree.css("[class]"):
        del node.attrs["class"]
    return tree.html or ""


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    totals = {"as written": Score(), "classes removed": Score()}
    nothing: list[str] = []
    folders = sorted(
        (p for p in DATA.glob("html_holdout*") if (p / "expected.json").exists()),  # (a set being written has no key yet)
        key=lambda p: int(p.name.removeprefix("html_holdout") or 1),
    )
    for folder in folders:
        key = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, rows in key.items():
            if name.startswith("_"):
                continue
            html = decode_html_bytes((folder / name).read_bytes(), name)
            for reader, text in (("as written", html), ("classes removed", stripped(html))):
                try:
                    result = score(parse_html(text, name).comments, rows)
                except Exception as error:  # noqa: BLE001 - a crash is a figure here, not a stop
                    result = Score(expected=len(rows), error=f"{type(error).__name__}: {error}")
                totals[reader].add(result)
                if reader == "classes removed" and result.matched <= 1 < len(rows):
                    nothing.append(f"{folder.name}/{name}")
    print(f"{len(folders)} holdout sets")
    print(f"{'pages':<16}{'found':>13}{'parents':>13}{'authors':>13}{'times':>13}{'words':>13}")
    for reader, total in totals.items():
        n = total.expected
        cells = [total.matched, total.parents, total.authors, total.times, total.words]
        print(f"{reader:<16}" + "".join(f"{value:>7}/{n:<5}" for value in cells) + f"  parents {total.parents / n:.1%}")
    print(f"pages read as nothing once stripped: {len(nothing)}")
    if verbose:
        for page in nothing:
            print(f"  {page}")


if __name__ == "__main__":
    main()
