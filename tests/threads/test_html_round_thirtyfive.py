"""What the thirty-fifth blind round (sets 172-175, 228/237 parents blind) showed the HTML reader:
a board's printed post numbers ("1." where a name would be, ">>1" linking to "#c-1041"), a
deleted comment in Japanese too short in spaced words to be found by its id, Substack's build
hashes on class names, a staff badge beside a linked name under archive.today, JComments' quote
box made of spans, a Bitrix blog's depth in the style of the block inside each comment and its
time before a text that is a div, a screen-reader label on Coral's deleted comment, Czech zone
names, and Estonian and Romanian words for nobody. Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk

_STORY = f"<h1>Market prices drive locals away</h1><p>{'Stall holders say the visitors pay what neighbours will not. ' * 25}</p>"


def _page(comments: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def _tree(page: str) -> list[tuple[str | None, str | None, tuple[int, ...]]]:
    return [(c.external_id, c.author_name, path) for path, c in walk(parse_html(page).comments)]


def _board_post(number: int, name: str, text: str, answers: int | None = None) -> str:
    """A classless board post as archive.today keeps it: its number, its name, its time, and a
    ">>n" link to the post answered."""
    link = f'<a href="#c-{2000 + answers}" style="color:blue">&gt;&gt;{answers}</a><br>' if answers else ""
    return (
        f'<div id="c-{2000 + number}" style="padding:12px 0"><div style="font-size:13px">'
        f'<span style="font-weight:700">{number}.</span> <span style="font-weight:700">{name}</span> '
        f'<span style="color:gray">2025/05/10(土) 1{number}:05</span></div>'
        f'<div style="font-size:15px">{link}{text}</div></div>'
    )


def test_a_board_numbers_its_posts_and_answers_by_linked_number() -> None:
    page = _page(
        '<div id="comments">'
        + _board_post(1, "浅野川の住人", "近江町の海鮮丼はもう観光客向けの値段ですね。四千円の丼を地元の人は食べません。昔のように買い物する市場に戻ってほしいです。")
        + _board_post(2, "匿名さん", "でも新幹線が延びてから、観光客がいないと店がやっていけないのも事実です。近所の八百屋さんはまだ地元価格ですよ。", answers=1)
        + _board_post(3, "Kenji", "その八百屋さんはどこですか。母が足が悪くて、歩いて行ける店を探しています。名前を教えてもらえると助かります。", answers=2)
        + '<div id="c-2004" style="padding:12px 0"><div style="color:gray">4. <span style="font-style:italic">このコメントは削除されました</span></div></div>'
        + _board_post(5, "野々市から", "削除されたコメントの言い方はひどかったけど、言いたいことは分かります。市場の中で地元の人が居づらくなっているのは確か。", answers=4)
        + "</div>",
        lang="ja",
    )
    assert _tree(page) == [
        ("c-2001", "浅野川の住人", (0,)),
        ("c-2002", None, (0, 0)),
        ("c-2003", "Kenji", (0, 0, 0)),
        ("c-2004", None, (1,)),
        ("c-2005", "野々市から", (1, 0)),
    ]


def test_a_post_number_is_not_a_name() -> None:
    assert clean_name("1.") is None
    assert clean_name("#12") is None
    assert clean_name("R2D2 fan") == "R2D2 fan"


def test_a_class_name_with_a_build_hash_still_names_the_author() -> None:
    def comment(number: int, name: str, text: str) -> str:
        return (
            f'<div class="comment"><div id="comment-{number}" class="comment-anchor"></div>'
            f'<div class="pencraft comment-content"><div class="comment-meta">'
            f'<a href="https://substack.com/profile/{number}-x" class="pencraft commentAuthor-c9sKzs weight-semibold-uqA4FV">{name}</a>'
            f'<a href="/p/story/comment/{number}" class="comment-timestamp" title="Mar 9, 2025, 6:14 PM">Mar 9</a></div>'
            f'<div class="comment-body"><p>{text}</p></div></div></div>'
        )

    page = _page(
        '<div class="comments-page"><div class="comment-list"><div class="comment-list-items">'
        + comment(4101, "Desmond Hadaway", "The stall fee makes no sense when the ships only come in winter.")
        + comment(4102, "Ava J.", "Vendors were never asked before the market moved.")
        + "</div></div></div>"
    )
    assert [name for _, name, _ in _tree(page)] == ["Desmond Hadaway", "Ava J."]


def test_a_badge_beside_a_linked_name_is_neither_name_nor_text() -> None:
    """archive.today writes WordPress's classes out as style: the name is a link in a bold line,
    a staff badge in a span after it."""
    def comment(number: int, name: str, badge: str, text: str) -> str:
        tag = f' <span style="font-size:11px;background-color:navy;color:white">{badge}</span>' if badge else ""
        return (
            f'<li id="comment-{number}" style="display:block"><div style="display:block">'
            f'<div style="font-weight:600;font-size:15px"><a href="https://paper.example/author/x{number}/">{name}</a>{tag}</div>'
            f'<div style="font-size:13px"><time datetime="2025-03-09T11:40:30-05:00"><a href="#comment-{number}">March 9, 2025 at 11:40 am</a></time></div>'
            f'<div style="display:block"><p>{text}</p></div></div></li>'
        )

    page = _page(
        '<ol style="list-style:none">'
        + comment(2231, "Gary Lund", "", "The deadline in the story is wrong for the northern zone, it is the seventeenth.")
        + comment(2238, "Jenna Kittelson", "Herald staff", "Gary, you're right, the first paragraph has been reworded to make that clearer.")
        + "</ol>"
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [c.author_name for c in comments] == ["Gary Lund", "Jenna Kittelson"]
    assert comments[1].body.startswith("Gary, you're right")


def test_a_quote_box_of_spans_names_the_comment_answered() -> None:
    """JComments quotes in "span.quote > span.quotebody > span.quote-title": the title names
    whose words they are, and the quote is not the reply's own text."""
    def comment(number: int, name: str, body: str) -> str:
        return (
            f'<div class="even" id="comment-item-{number}"><div class="comment-box">'
            f'<a class="comment-anchor" href="#comment-{number}" id="comment-{number}">#{number}</a>'
            f'<span class="comment-author">{name}</span><span class="comment-date">24.10.2025 21:15</span>'
            f'<div class="comment-body" id="comment-body-{number}">{body}</div></div></div>'
        )

    quote = (
        '<span class="quote"><span class="quotebody"><span class="quote-title">Nikola Vuković piše:</span><br />'
        "Povlašćena karta važi samo za jedno vozilo po domaćinstvu.</span></span><br />Drugo vozilo plaća punu cenu, tako je i u prvoj zoni."
    )
    page = _page(
        '<div id="comments-list" class="comments-list">'
        + comment(517, "Nikola Vuković", "Povlašćena karta važi samo za jedno vozilo po domaćinstvu. Šta da radimo?")
        + comment(521, "Mirjana Tot", "A šta je sa posetiocima Sinagoge vikendom?")
        + comment(526, "Ištvan Sabo", quote)
        + "</div>",
        lang="sr",
    )
    comments = parse_html(page).comments
    assert [c.external_id for c in comments] == ["comment-517", "comment-521"]
    reply = comments[0].replies[0]
    assert reply.external_id == "comment-526"
    assert reply.body.split("\n\n")[-1] == "Drugo vozilo plaća punu cenu, tako je i u prvoj zoni."
    assert reply.body.startswith("\u201c")


def _bitrix(number: int, depth: int, name: str, when: str, text: str, profile: bool = True) -> str:
    """A Bitrix blog comment as archive.today keeps it: no class, its depth in the padding of the
    block inside it, name and time floated over a div of text."""
    who = (
        f'<a href="https://paper.example/blogs/user/{number}/" style="font-weight:bold">{name}</a>'
        if profile else f'<span style="font-weight:bold;color:gray">{name}</span>'
    )
    return (
        f'<div id="blg-comment-{number}" style="text-align:left"><a name="{number}"></a>'
        f'<div style="padding-left:{2.5 * depth}em"><div style="border:1px solid silver">'
        f'<div style="padding:8px 10px"><div style="float:left">{who}</div>'
        f'<div style="float:right;font-size:11px">{when}</div><div style="clear:both"></div></div>'
        f'<div style="padding:0 10px 8px 10px">{text}</div>'
        f'<div style="font-size:11px"><span>Рейтинг: <b>+3</b></span> <span><a href="javascript:void(0)">Ответить</a></span></div>'
        "</div></div></div>"
    )


def test_a_bitrix_blog_indented_by_style_inside_each_comment() -> None:
    page = _page(
        _bitrix(1938, 0, "Алексей Смирнов", "28.10.2025 09:14", "Этот дом я помню с детства, там жила моя учительница музыки, и он ещё крепкий.")
        + _bitrix(1941, 1, "Гость", "28.10.2025 10:32", "Учительница учительницей, а дом гнилой насквозь, я живу через дорогу от него.", profile=False)
        + _bitrix(1947, 2, "Наталья Белова", "28.10.2025 12:05", "Гнилой он потому, что его шесть лет никто не топил и не закрывал окна.")
        + _bitrix(1943, 0, "Игорь", "28.10.2025 11:20", "Программа «Дом за рубль» у нас так и не заработала, хотя её обещали два года.")
    , lang="ru")
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert _tree(page) == [
        ("blg-comment-1938", "Алексей Смирнов", (0,)),
        ("blg-comment-1941", None, (0, 0)),
        ("blg-comment-1947", "Наталья Белова", (0, 0, 0)),
        ("blg-comment-1943", "Игорь", (1,)),
    ]
    assert comments[1].created_at == datetime(2025, 10, 28, 10, 32, tzinfo=UTC)
    assert comments[1].body.startswith("Учительница учительницей")


def test_a_screen_reader_label_is_not_a_deleted_comments_text() -> None:
    def comment(ident: str, inner: str, replies: str = "") -> str:
        return (
            f'<div class="coral coral-comment Indent-root" id="comment-{ident}"><div class="coral-indent">{inner}</div>'
            f'<div class="coral coral-replyList ReplyList-root">{replies}</div></div>'
        )

    tombstone = (
        '<div class="coral coral-comment-tombstone CommentTombstone-root" role="article">'
        '<span class="Comment-srOnly">Deleted comment</span>'
        '<div class="coral coral-comment-tombstone-message">This comment is no longer available.</div></div>'
    )
    reply = (
        '<div role="article" class="coral coral-comment-commentContainer Comment-root">'
        '<span class="Comment-srOnly">Comment from Dartmouth_Dave</span>'
        '<div class="coral-comment-username"><span class="Username-usernameText">Dartmouth_Dave</span></div>'
        '<time datetime="2025-03-02T14:05:00.000Z" class="coral-timestamp">3 weeks ago</time>'
        '<div class="coral coral-content coral-comment-content">Whatever it said, the ferry is still late every Monday.</div></div>'
    )
    page = _page('<div id="coral_thread">' + comment("a1", tombstone, comment("b2", reply)) + "</div>")
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [c.body for c in comments] == [
        "This comment is no longer available.", "Whatever it said, the ferry is still late every Monday.",
    ]


def test_czech_zone_names() -> None:
    assert parse_time("29. 3. 2025 21:12 SEČ") == datetime(2025, 3, 29, 20, 12, tzinfo=UTC)
    assert parse_time("30. 3. 2025 16:48 SELČ") == datetime(2025, 3, 30, 14, 48, tzinfo=UTC)


def test_estonian_and_romanian_names_for_nobody() -> None:
    assert clean_name("Mart (pole kontrollitud)") == "Mart"
    assert clean_name("Anonüümne (pole kontrollitud)") is None
    assert clean_name("Oaspete") is None
