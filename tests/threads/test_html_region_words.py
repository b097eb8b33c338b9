"""Article extraction leaves out comment regions named in other languages."""

from __future__ import annotations

from threads.html_reader import parse_html


def test_a_comment_region_named_in_another_language_is_not_the_story() -> None:
    """The story is never taken from a block named for comments in any language comment_words
    knows: here Turkish "yorumlar" (comments), longer than the story itself."""
    story = "<p>" + "Belediye meclisi yeni otobüs hattını onayladı. " * 4 + "</p>"
    chatter = "".join(
        f"<div class='yorum-kutusu'><b>Okur {n}</b><p>{'Bu karar çok geç geldi ve herkes bunu biliyor. ' * 6}</p></div>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Otobüs hattı</title></head><body><div class='icerik'><h1>Otobüs hattı</h1>"
        f"{story}</div><section class='yorumlar'>{chatter}</section></body></html>"
    )
    article = parse_html(html)
    assert "Belediye meclisi" in article.body and "geç geldi" not in article.body
