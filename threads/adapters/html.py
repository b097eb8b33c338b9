"""Rendered comment HTML (WordPress `content.rendered`, Disqus `message`) to plain text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

_BLOCKS = ("p", "br", "div", "li", "blockquote")


def html_to_text(html: str) -> str:
    """Text with paragraph breaks kept, so sentence splitting and spans see the author's structure."""
    if "<" not in html:
        return html.strip()
    tree = LexborHTMLParser(html)
    for tag in _BLOCKS:
        for node in tree.css(tag):
            node.insert_after("\n")
    root = tree.body or tree.root
    text = root.text(separator="") if root is not None else ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()
