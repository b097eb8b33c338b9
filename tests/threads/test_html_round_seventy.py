"""What set 310's and 311's misses (the sixty-ninth round) showed the HTML reader: a React list
named "commentList" in a page without a doctype, its replies in lists of their own inside each
item; a quote box under archive.today whose header ("Marie-Jo a écrit :") opens the words quoted."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk

_STORY = "<article><h1>{title}</h1><p>{body}</p></article>"


def _tree(page: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each comment's id, the id of the comment it is nested under, its author, in page order."""
    ids: dict[tuple[int, ...], str | None] = {}
    out = []
    for path, comment in walk(parse_html(page).comments):
        ids[path] = comment.external_id
        out.append((comment.external_id, ids.get(path[:-1]), comment.author_name))
    return out


def test_a_react_comment_list_without_a_doctype_keeps_its_replies() -> None:
    """lexbor matches class selectors in any case where a page has no doctype (a headless
    browser's DOM snapshot): "ul.commentList" is not WordPress's "ol.commentlist", whose items
    would hold each thread whole; the articles carrying the comments' ids are the comments."""

    def comment(ident: str, name: str, text: str, parent: str | None = None) -> str:
        link = f' data-parent-id="{parent}"' if parent else ""
        return (f'<article class="sc-kAzzGY kqVwYo" id="cmt-{ident}" data-comment-id="{ident}"{link}>'
                f'<div class="sc-dSfdvi"><div class="sc-hBEYos"><a class="bRtKqP" href="/users/{ident}">{name}</a>'
                f'<time datetime="2025-04-05T10:12:00.000Z">1日前</time></div><p class="hLzNpM">{text}</p>'
                '<div><button type="button">共感した<span>2</span></button></div></div></article>')

    replies = ('<ul class="sc-gKclnd replyList"><li class="sc-iCfMLu">' + comment("b2", "ぶどう好き", "名乗りも迫力ありましたね。", "a1")
               + '</li><li class="sc-iCfMLu">' + comment("b3", "やまなしっ子", "駅前は大混雑でした。", "a1") + "</li></ul>")
    items = ('<li class="sc-hHftDr">' + comment("a1", "甲府の住人", "毎年楽しみにしています。") + replies + "</li>"
             + '<li class="sc-hHftDr">' + comment("a4", "武田ファン", "観覧席の有料化を考えた方がいい。") + "</li>")
    story = _STORY.format(title="信玄公祭りに過去最多の観客", body="甲府市中心部で信玄公祭りが開かれた。" * 20)
    page = (f'<html lang="ja"><head><meta charset="utf-8"></head><body><main>{story}'
            f'<section class="comments" id="comment-area"><h2>コメント</h2><ul class="sc-dIUggk commentList">{items}</ul>'
            "</section></main></body></html>")
    assert _tree(page) == [
        ("cmt-a1", None, "甲府の住人"),
        ("cmt-b2", "cmt-a1", "ぶどう好き"),
        ("cmt-b3", "cmt-a1", "やまなしっ子"),
        ("cmt-a4", None, "武田ファン"),
    ]


def test_a_quote_box_opened_by_its_header_answers_the_comment_named() -> None:
    """archive.today writes a quote box's class out as a bar down its left; here the header and the
    words quoted are one run of text, and the reply answers the latest comment by that name."""

    def comment(number: int, name: str, text: str) -> str:
        return (f'<div id="com-{number}" style="border-bottom:1px dotted #CCC;padding:8px 0;">'
                f'<div style="font-size:11px;color:#666;"><span style="font-weight:bold;">{name}</span> - Le 27/10/2012 à 18h40</div>'
                f'<div style="font-size:13px;">{text}</div>'
                f'<div style="font-size:10px;"><a href="https://archive.ph/o/Xq7Lk/http://example.fr/repondre/{number}">Répondre</a></div></div>')

    quote = ('<div style="border-left:3px solid #DDD;padding-left:8px;font-style:italic;">Marie-Jo a écrit : Ce carrefour est '
             "dangereux depuis des années</div>Je passe là tous les jours en scooter, le problème c'est la vitesse.")
    comments = (comment(55201, "Kerlo56", "Encore un giratoire de plus.")
                + comment(55207, "Marie-Jo", "Ce carrefour est dangereux depuis des années, il était temps.")
                + comment(55210, "Yann", "Et pendant ce temps le pont est toujours fermé aux vélos.")
                + comment(55214, "Kerlo56", quote))
    story = _STORY.format(title="Un giratoire à Kervénanec", body="La mairie de Lorient a voté les travaux du carrefour. " * 20)
    page = f"<!doctype html><html><body>{story}<div><div>Réactions</div>{comments}</div></body></html>"
    assert ("com-55214", "com-55207", "Kerlo56") in _tree(page)
    body = next(c.body for _, c in walk(parse_html(page).comments) if c.external_id == "com-55214")
    assert body.startswith("\u201cMarie-Jo a écrit") and body.split("\n\n")[1].startswith("Je passe là")  # the quote set apart


def test_a_relative_time_in_any_language_cldr_describes_closes_a_header() -> None:
    """A text dump's header: a name and a relative time as CLDR writes it, in languages the
    hand-written pattern does not hold (Tamil, Gujarati, Sinhala, Khmer)."""
    from threads.comment_header import read_header

    for line, name in [
        ("Anbu_Yercaud 2 நாட்களுக்கு முன்", "Anbu_Yercaud"),
        ("ராஜேஷ் குமார் - அஸ்தம்பட்டி 1 நாளுக்கு முன்", "ராஜேஷ் குமார் - அஸ்தம்பட்டி"),
        ("જીગ્નેશ રાણા 2 કલાક પહેલાં", "જીગ્નેશ રાણા"),
        ("Kasun · පැය 6 කට පෙර", "Kasun"),
        ("សុខា 3 ម៉ោង\u200bមុន", "សុខា"),
    ]:
        header = read_header(line, None)
        assert header is not None and header.relative, line
        assert header.author is not None and header.author.startswith(name.split(" - ")[0]), (line, header)


def test_what_is_not_a_name_and_a_relative_time() -> None:
    """A headline run into its age (a "latest news" box), an avatar's bracketed text alone before
    the time, a sentence's number: no header."""
    from threads.comment_header import read_header
    from threads.relative_words import relative_start

    assert read_header("• সাতক্ষীরায় ইটভাটায় অভিযান, ৪ লাখ টাকা জরিমানা১ ঘণ্টা আগে", None) is None
    assert read_header("[noa] 2 days ago", None) is None
    assert relative_start("Route 3 A") is None
    assert relative_start("2 நாட்களுக்கு முன்") == 0
