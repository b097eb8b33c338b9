"""Pages whose classes are gone (archive.today keeps none; bench/holdout_classless.py reads every
holdout page so): a Drupal block of recent comments known by its id alone, a name alone in its
element before the time, a label in brackets where the name would be. Pages written for these tests."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Ferry lot to be resurfaced</h1><p>{'The council voted on Tuesday to resurface the lot. ' * 25}</p>"


def _page(comments: str, sidebar: str = "") -> str:
    return (f"<!doctype html><html><head><title>Story</title></head><body><main><article>{_STORY}</article>"
            f"{comments}</main>{sidebar}</body></html>")


def _comment(number: int, name: str, when: str, text: str) -> str:
    return (f'<div id="comment-{number}"><div><div>{name}</div><div><i aria-hidden="true"></i></div>'
            f'<div title="{when}"><i aria-hidden="true"></i> 2 weeks ago</div></div><div><p>{text}</p></div>'
            f'<div><div><i></i><span>Reply</span></div></div></div>')


def test_a_name_alone_in_its_element_before_the_time() -> None:
    """wpDiscuz with its classes gone: "<div>Hannah Okafor</div>", then the time's tooltip."""
    page = _page(
        '<div id="wpdcom">'
        + _comment(5512, "Hannah Okafor", "April 14, 2025 3:22 pm", "Protected lanes on Grove Street are overdue for everyone.")
        + _comment(5519, "[Comment removed]", "April 14, 2025 4:02 pm", "This comment was removed by a moderator for abuse.")
        + "</div>"
    )
    assert [(c.external_id, c.author_name) for _path, c in walk(parse_html(page).comments)] == [
        ("comment-5512", "Hannah Okafor"), ("comment-5519", None),
    ]


def test_a_drupal_block_of_recent_comments_known_by_its_id() -> None:
    """Drupal's "Recent comments" view lists comment links with their ages; its id says what it
    is ("block-olivero-views-block-comments-recent-block-1"), its classes are gone."""
    sidebar = ('<div id="block-olivero-views-block-comments-recent-block-1"><h2>Recent comments</h2><ul>'
               + "".join(f'<li><div><span><a href="/comment/{n}#comment-{n}">Subject {n}</a></span></div>'
                         f'<div><span>{n % 5 + 1} hours ago</span></div></li>' for n in (9923, 9921, 9919))
               + "</ul></div>")
    comments = "".join(
        f'<a id="comment-{n}"></a><article data-comment-user-id="{n % 50}"><footer><p><a href="/user/{n % 50}">{name}</a></p>'
        f'<p>Sun, 11/03/2024 - 11:02</p></footer><div><h3><a href="/comment/{n}#comment-{n}">Subject {n}</a></h3>'
        f'<div><p>{text}</p></div></div></article>'
        for n, name, text in (
            (9908, "Harold Nguyen", "The ferry terminal lot is a disgrace and has been for years."),
            (9912, "Ruth Abernathy", "Not everyone has a phone in hand to pay at the machine."),
        )
    )
    found = [(c.external_id, c.author_name) for _path, c in walk(parse_html(_page(f"<section>{comments}</section>", sidebar)).comments)]
    assert found == [("comment-9908", "Harold Nguyen"), ("comment-9912", "Ruth Abernathy")]


def test_a_family_of_ids_with_a_prefix_of_several_words_and_a_forms_item_beside_them() -> None:
    """Commento without its classes: "div#commento-comment-card-<hash>" per comment (the replies
    nested inside), and the comment form's "li#comment-editor", which names no comment."""
    def card(ident: str, name: str, text: str, inner: str = "") -> str:
        return (f'<div id="commento-comment-card-{ident}"><div><div>{name}</div><div title="Mon Mar 11 2024 19:05:00">3 days ago</div></div>'
                f'<div><p>{text}</p></div><div>{inner}</div></div>')

    page = _page(
        '<div id="commento"><ul><li id="comment-editor"><textarea></textarea><button>Add comment</button></li></ul>'
        + card("0b848277dc6fb42c", "Ana Pereira", "The new bus lane has cut my commute by ten minutes each way.",
               card("7d31a0c94be2f615", "Rui Costa", "Not for those of us coming from the north side, sadly."))
        + card("e0e8b0b7aa5c1d92", "Marta Silva", "Will the night buses use the lane as well, does anyone know?")
        + "</div>"
    )
    assert [(path, c.external_id, c.author_name) for path, c in walk(parse_html(page).comments)] == [
        ((0,), "commento-comment-card-0b848277dc6fb42c", "Ana Pereira"),
        ((0, 0), "commento-comment-card-7d31a0c94be2f615", "Rui Costa"),
        ((1,), "commento-comment-card-e0e8b0b7aa5c1d92", "Marta Silva"),
    ]


def test_a_badge_or_a_number_alone_over_the_text_is_not_the_text() -> None:
    """Coral's "Staff" tag and Komento's "#7" keep their own lines once their classes are gone."""
    def comment(number: int, name: str, label: str, text: str) -> str:
        return (f'<div id="comment-{number}"><div><div><a href="/user/{number}">{name}</a></div><div>{label}</div></div>'
                f'<time datetime="2024-03-11T19:05:00Z">2 days ago</time><div><div>{text}</div></div></div>')

    page = _page(
        '<div id="comments">'
        + comment(73110, "Kelly Marsh", "Staff", "Hi Gary, the council says the work starts in April.")
        + comment(73114, "Gary Tane", "#7", "Thanks Kelly, that is sooner than I thought it would be.")
        + comment(73120, "Mere Haami", "Subscriber", "Will the lane stay open during the works on weekends?")
        + "</div>"
    )
    assert [c.body for _path, c in walk(parse_html(page).comments)] == [
        "Hi Gary, the council says the work starts in April.", "Thanks Kelly, that is sooner than I thought it would be.",
        "Will the lane stay open during the works on weekends?",
    ]


def test_replies_in_the_block_right_after_a_comment() -> None:
    """Drupal 7 without its classes: "<a id=comment-N></a><div>comment</div><div>its replies</div>",
    the replies' block ("div.indented") known only by where it stands."""
    def comment(number: int, name: str, text: str) -> str:
        return (f'<a id="comment-{number}"></a><div><h3><a href="/comment/{number}#comment-{number}">Subject</a></h3>'
                f'<div><span>Submitted by {name} on Sat, 03/15/2025 - 08:40</span></div><div><p>{text}</p></div>'
                f'<ul><li><a href="/comment/reply/1187/{number}">reply</a></li></ul></div>')

    page = _page(
        '<div id="comments"><h2>Comments</h2>'
        + comment(3312, "Dawit", "Why do the volunteers have to pull the weed by hand every year?")
        + "<div>" + comment(3315, "Meklit", "The machines stand idle for want of spare parts from abroad.")
        + "<div>" + comment(3318, "Selam", "The university students built a machine of their own last year.") + "</div></div>"
        + comment(3320, "Solomon", "Fishermen cannot get their boats out of the shallows at all.")
        + "</div>"
    )
    assert [(path, c.external_id) for path, c in walk(parse_html(page).comments)] == [
        ((0,), "comment-3312"), ((0, 0), "comment-3315"), ((0, 0, 0), "comment-3318"), ((1,), "comment-3320"),
    ]


def test_comments_known_only_by_their_style_and_a_link_to_each() -> None:
    """The Facebook comments plugin under archive.today: no id and no class anywhere, each comment
    a block styled alike ("display:flex;margin-bottom:12px;"), its name bold, a line under the name
    ("Works at …"), its time a tooltip on the link to the comment ("?fb_comment_id=…") after the text;
    replies in a box inside it. The story's paragraphs share a style too, but hold no time."""
    def comment(ident: str, name: str, line: str, text: str, when: str, replies: str = "") -> str:
        box = f'<div style="padding-left:0px;margin-top:8px;">{replies}</div>' if replies else ""
        return (f'<div style="display:flex;margin-bottom:12px;"><div style="margin-right:8px;width:48px;"><img alt="" src="a.jpg"></div>'
                f'<div style="flex:1 1 0%;"><div style="font-size:14px;"><div><a href="https://www.facebook.com/x" style="font-weight:bold;">{name}</a>'
                f'<div style="font-size:12px;">{line}</div></div><div style="padding-top:2px;"><span style="white-space:pre-wrap;">{text}</span></div></div>'
                f'<div style="font-size:12px;"><a href="#">Like</a> · <a href="#">Reply</a> · '
                f'<a href="https://news.example/story?fb_comment_id=7191234567890123_{ident}"><abbr title="{when}">2y</abbr></a></div>{box}</div></div>')

    page = _page(
        '<div style="margin-top:32px;"><div style="font-size:18px;font-weight:bold;">Comments</div>'
        + comment("7191298765432101", "Otieno Ochieng", "Works at Kisumu Water and Sanitation Company",
                  "Water hyacinth is back again at Dunga and Hippo Point, every single year.", "Tuesday, 12 March 2024 at 11:00",
                  comment("7191356102938475", "Lakeside Standard", "Author",
                          "Thanks Otieno. We have asked the county when the harvesters will be back.", "Tuesday, 12 March 2024 at 11:42"))
        + comment("7191498812345671", "Brian Wekesa", "Top Commenter",
                  "Fishermen at Dunga beach cannot go out at all this week, the boats are stuck.", "Tuesday, 12 March 2024 at 13:05")
        + "</div>"
    )
    comments = parse_html(page).comments
    assert [(c.author_name, c.body, [r.author_name for r in c.replies]) for c in comments] == [
        ("Otieno Ochieng", "Water hyacinth is back again at Dunga and Hippo Point, every single year.", ["Lakeside Standard"]),
        ("Brian Wekesa", "Fishermen at Dunga beach cannot go out at all this week, the boats are stuck.", []),
    ]
    assert comments[0].created_at is not None and (comments[0].created_at.hour, comments[0].created_at.minute) == (11, 0)
