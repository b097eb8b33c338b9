"""Systems a newsroom's archive still holds: XenForo 1, Dreamwidth, IntenseDebate, HashOver, and a
paper's reader Q&A whose blocks are known only by their parts' names."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Riverside car park to shut for 18 months</h1><p>{'The flood wall work starts next month. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_xenforo_1_posts_and_their_camel_case_quotes() -> None:
    """XenForo 1 lists posts as ol#messageList > li.message; a quote is a "bbCodeQuote" block
    headed "Sal_K said: ↑", its arrow linking the post quoted, which is the parent."""
    def post(number: int, name: str, text: str) -> str:
        return f"""<li id="post-{number}" class="message" data-author="{name}"><div class="messageUserInfo"><h3 class="userText">
        <a href="members/{name}.{number}/" class="username">{name}</a></h3></div><div class="messageInfo primaryContent">
        <div class="messageContent"><article><blockquote class="messageText ugc baseHtml">{text}</blockquote></article></div>
        <div class="messageMeta"><a href="threads/car-park.88/#post-{number}" class="datePermalink"><span class="DateTime"
        title="Oct 21, 2015 at 9:14 PM">Oct 21, 2015</span></a></div></div></li>"""

    quote = ('<div class="bbCodeBlock bbCodeQuote" data-author="Sal_K"><aside><div class="attribution type">Sal_K said:'
             ' <a href="goto/post?id=48219#post-48219" class="AttributionLink">↑</a></div><blockquote class="quoteContainer">'
             '<div class="quote">If the price of it never happening is a car park</div></blockquote></aside></div>')
    page = f"""<html><body>{_STORY}<form class="InlineModForm"><ol class="messageList" id="messageList">
    {post(48213, "pebblemill", "Eighteen months! Where is everyone going to park?")}
    {post(48219, "Sal_K", "If the price of it never happening is a car park, fine by me.")}
    {post(48230, "Dave Pryce", quote + "Same here, and I run a shop on Mill Lane.")}</ol></form></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("post-48213", "pebblemill", []), ("post-48219", "Sal_K", [("post-48230", "Dave Pryce", [])]),
    ]
    assert comments[1].replies[0].body.endswith("\n\nSame here, and I run a shop on Mill Lane.")
    assert "said:" not in comments[1].replies[0].body.split("\n\n")[-1]


def test_a_reader_qa_known_by_its_parts_names() -> None:
    """A Q&A box named for nothing the reader knows, blocks named "qa-post" for nothing either,
    but parts named "qa-post__author", "qa-post__time" and "qa-post__body": the blocks are the
    comments, the answers nested in the questions. Related-story cards with an author and a
    date but only a linked headline are not comments."""
    def post(kind: str, ident: str, name: str, text: str, inner: str = "") -> str:
        return f"""<article class="qa-post qa-post--{kind}" id="{ident}"><header class="qa-post__meta">
        <span class="qa-post__author">{name}</span><span class="qa-post__time">9:12am AEST, Sat 5 Oct 2019</span></header>
        <div class="qa-post__body"><p>{text}</p></div>{f'<div class="qa-post__replies">{inner}</div>' if inner else ""}</article>"""

    cards = "".join(
        f'<div class="card"><span class="card__author">Rhys Tamblyn</span><span class="card__date">4 Oct 2019</span>'
        f'<div class="card__body"><a href="/news/{n}">Bypass opens to traffic on Monday morning</a></div></div>'
        for n in range(4)
    )
    answer = post("answer", "a-1042", "Rhys Tamblyn", "Hi Denise. Not straight away, the council decides that.")
    page = f"""<html><body>{_STORY}<section class="reader-qa" id="reader-questions"><h2>Your questions</h2>
    {post("question", "q-1042", "Denise", "Will the old highway get new speed limits straight away?", answer)}
    {post("question", "q-1049", "Barry", "Who is paying for the new roundabout at the north end?")}
    </section><section class="more-news">{cards}</section></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("q-1042", "Denise", [("a-1042", "Rhys Tamblyn", [])]), ("q-1049", "Barry", []),
    ]
    no_comments = f"<html><body>{_STORY}<section class='more-news'>{cards}</section></body></html>"
    assert parse_html(no_comments).comments == []


def test_dreamwidth_flat_threads_state_their_depth_on_the_wrapper() -> None:
    """Dreamwidth prints every comment flat, each in "div.comment-thread comment-depth-N": a
    depth on the wrapper, not a box of replies to the comment before. A reply links its parent."""
    def comment(ident: int, depth: int, name: str, text: str, parent: int | None = None) -> str:
        parent_link = f'<li class="link commentparent"><a href="/84512.html?thread={parent}#cmt{parent}">Parent</a></li>' if parent else ""
        return f"""<div class="comment-thread comment-depth-{depth}"><a name="cmt{ident}"></a><div id="cmt{ident}" class="dwexpcomment">
        <div class="comment-wrapper comment-depth-{depth}" style="margin-left: {(depth - 1) * 25}px;"><div class="comment" id="comment-cmt{ident}">
        <div class="header comment-header"><div class="comment-poster"><span class="ljuser"><a href="https://{name}.dreamwidth.org/"><b>{name}</b></a></span></div>
        <div class="datetime comment-datetime"><span>2019-03-10 06:47 pm (UTC)</span></div></div>
        <div class="contents"><div class="comment-content">{text}</div></div><div class="footer"><ul class="comment-interaction-links">
        <li class="link commentreply"><a href="/84512.html?replyto={ident}">Reply</a></li>{parent_link}</ul></div></div></div></div></div>"""

    page = f"""<html><body>{_STORY}<div id="comments"><h2 class="comments-title">Comments</h2>
    {comment(48301, 1, "pigeonhole_jen", "Thanks for writing this up, the Ledger left it out.")}
    {comment(48557, 2, "rivet", "You left out that it was her campaign promise.", 48301)}
    {comment(49069, 1, "culvertguy", "I was at the board meeting too, back row.")}
    {comment(49325, 1, "marisol_reports", "A correction: the vote was five to two.")}</div></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(page).comments] == [
        ("comment-cmt48301", ["comment-cmt48557"]), ("comment-cmt49069", []), ("comment-cmt49325", []),
    ]


def test_a_name_element_holding_only_an_avatar_is_not_the_name() -> None:
    """IntenseDebate's "idc-a" holds the avatar's link, the name comes after it in
    "IDAuthorName"; HashOver names its commenter "hashover-name-plain" or, with a website,
    "hashover-name-website"."""
    intense = f"""<html><body>{_STORY}<div id="idc-container"><div id="idc-cover">
    <div id="IDComment72810344" class="idc-c idc-depth-0"><div class="idc-c-h"><div class="idc-a"><a href="http://intensedebate.com/people/marthab">
    <img src="avatar.png" width="35"></a></div><span class="idc-i"><a href="http://intensedebate.com/people/marthab" class="IDAuthorName">marthab</a></span>
    <span class="idc-time"><a href="#IDComment72810344">2 days ago</a></span></div><div class="idc-c-b"><div class="idc-c-t">
    <div class="idc-c-t-inner" id="IDCommentText72810344"><p>My three kids all went to Ridgeview.</p></div></div></div></div>
    <div id="IDComment72811902" class="idc-c idc-depth-0"><div class="idc-c-h"><div class="idc-a"><img src="avatar.png" width="35"></div>
    <span class="idc-i"><a href="http://intensedebate.com/people/danw" class="IDAuthorName">Dan W.</a></span></div><div class="idc-c-b">
    <div class="idc-c-t"><div class="idc-c-t-inner"><p>Closing it saves the district a lot.</p></div></div></div></div></div></div></body></html>"""
    hashover = f"""<html><body>{_STORY}<div id="hashover"><div id="hashover-comments-section"><div id="hashover-c1" class="hashover-comment"><div class="hashover-header">
    <span class="hashover-name-plain">Martina Oelke</span><span class="hashover-date"><a href="#hashover-c1">vor 5 Tagen</a></span></div>
    <div class="hashover-content"><div class="hashover-body"><p>Das ist wirklich ein Trauerspiel.</p></div></div></div>
    <div id="hashover-c2" class="hashover-comment"><div class="hashover-header"><a href="https://freibad-lindenau.de"
    class="hashover-name-website">Förderverein Freibad Lindenau</a></div><div class="hashover-content"><div class="hashover-body">
    <p>Wir sammeln weiter Spenden.</p></div></div></div></div></div></body></html>"""
    assert [c.author_name for c in parse_html(intense).comments] == ["marthab", "Dan W."]
    assert [c.author_name for c in parse_html(hashover).comments] == ["Martina Oelke", "Förderverein Freibad Lindenau"]
