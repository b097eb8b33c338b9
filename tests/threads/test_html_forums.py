"""Forum threads attached to stories: posts printed flat, each naming the post it answers its own way."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Seafront parking charges of £4 an hour</h1><p>{'The council votes on Tuesday. ' * 30}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_discourse_drops_the_story_post_and_follows_reply_tabs_by_handle() -> None:
    """Discourse's first post is the paper's copy of the story (it opens with the title); a
    reply's "in reply to" tab names the handle ("mkowalczyk"), not the full name shown."""
    def post(number: int, handle: str, name: str, text: str, tab: str = "") -> str:
        return f"""<div class="topic-post"><article id="post_{number}" data-post-id="{600 + number}" data-user-id="{number}">
        <div class="names"><span class="first full-name"><a href="/u/{handle}" data-user-card="{handle}">{name}</a></span>
        <span class="second username"><a href="/u/{handle}" data-user-card="{handle}">{handle}</a></span></div>
        <div class="post-infos">{tab}</div><div class="cooked"><p>{text}</p></div></article></div>"""

    tab = '<a class="reply-to-tab" title="in reply to"><img class="avatar" alt=""><span>mkowalczyk</span></a>'
    page = f"""<html><body>{_STORY}<div class="post-stream">
    {post(1, "ledgernews", "Riverton Ledger", "Seafront parking charges of £4 an hour</p><p>By our reporter.")}
    {post(2, "mkowalczyk", "Marta Kowalczyk", "Finally, someone charges the day trippers.")}
    {post(3, "gosterhout", "Glen Osterhout", "Easy to say if you do not run a café.")}
    {post(4, "pnatarajan", "Priya Natarajan", "The cafés will be fine.", tab)}</div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("post_2", "Marta Kowalczyk", [("post_4", "Priya Natarajan", [])]),
        ("post_3", "Glen Osterhout", []),
    ]


def test_forum_references_inside_a_post_name_its_parent() -> None:
    """NodeBB's "replied to" button (data-topid), Flarum's leading PostMention (data-id, which is
    not the post's text) and Invision's quote (data-ipsquote-contentcommentid) each name the post
    answered by its id."""
    nodebb = f"""<html><body>{_STORY}<ul component="topic">
    <li component="post" data-pid="2238"><div class="post-header" itemprop="author">
      <a class="fw-bold" href="/user/maggie.o" data-username="maggie.o">maggie.o</a></div>
      <div component="post/content"><p>The district says drivers are short.</p></div></li>
    <li component="post" data-pid="2241"><div class="post-header" itemprop="author">
      <a class="fw-bold" href="/user/derek_w" data-username="derek_w">derek_w</a></div>
      <span>replied to <a component="post/parent" data-topid="2238" href="/post/2238">maggie.o</a></span>
      <div component="post/content"><p>Amazon pays more.</p></div></li></ul></body></html>"""
    assert _tree(parse_html(nodebb).comments) == [("comment-2238", "maggie.o", [("comment-2241", "derek_w", [])])]

    flarum = f"""<html><body>{_STORY}<div class="PostStream">
    <div class="PostStream-item" data-id="1804" data-type="comment"><article class="Post CommentPost">
      <h3 class="PostUser-name">Jonas</h3><div class="Post-body"><p>Four pounds is too much.</p></div></article></div>
    <div class="PostStream-item" data-id="1805" data-type="discussionStickied"><p>Sticky.</p></div>
    <div class="PostStream-item" data-id="1806" data-type="comment"><article class="Post CommentPost">
      <h3 class="PostUser-name">Pam</h3><div class="Post-body"><p><a class="PostMention" data-id="1804"
      href="/d/412/1">Jonas</a> The sea wall has to be paid for.</p></div></article></div></div></body></html>"""
    (first,) = parse_html(flarum).comments
    (reply,) = first.replies
    assert reply.body == "The sea wall has to be paid for." and first.body == "Four pounds is too much."

    invision = f"""<html><body>{_STORY}<div class="cTopic">
    <article id="elComment_1" class="cPost ipsComment"><h3 class="cAuthorPane_author">Deb</h3>
      <div data-role="commentContent"><p>Break-ins every week.</p></div></article>
    <article id="elComment_2" class="cPost ipsComment"><h3 class="cAuthorPane_author">Sam</h3>
      <div data-role="commentContent"><p>Another one.</p></div></article>
    <article id="elComment_3" class="cPost ipsComment"><h3 class="cAuthorPane_author">Vic</h3>
      <div data-role="commentContent"><blockquote class="ipsQuote" data-ipsquote data-ipsquote-contentcommentid="1">
      <p>Break-ins every week.</p></blockquote><p>Report every one.</p></div></article></div></body></html>"""
    assert [c.external_id for c in parse_html(invision).comments[0].replies] == ["elComment_3"]


def test_a_message_board_of_table_cells_opened_by_anchors() -> None:
    """A 2009 board: each message is a cell opened by ``<a name="msgN">``, its subject in bold
    (not its author), "Posted by <b>name</b> on date" and "In reply to: <a href=#msgN>"."""
    def row(number: int, indent: int, subject: str, header: str, text: str) -> str:
        spacer = f'<img src="spacer.gif" width="{indent}" height="1">' if indent else ""
        return f"""<tr><td width="{indent}">{spacer}</td>
        <td class="msg"><a name="msg{number}"></a><div class="msgsubj"><b>{subject}</b></div>
        <div class="msghdr">{header}</div><div class="msgbody">{text}</div>
        <div class="msglinks"><a href="post.pl?reply={number}">Reply</a></div></td></tr>"""

    page = f"""<html><body>{_STORY}<table class="board">
    {row(5531, 0, "Another increase", "Posted by <b>taxedtodeath</b> on 9/14/2009 7:12:44 AM", "My assessment went up again.")}
    {row(5534, 20, "Re: Another increase", "Posted by <b>José</b> on 9/14/2009 8:03:10 AM<br>In reply to: <a href='#msg5531'>taxedtodeath</a>", "It is cheaper than shipping inmates.")}
    {row(5533, 0, "hearing?", "Posted by <b>guest</b>, 2 hours ago", "Is there a hearing on this?")}
    </table></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("msg5531", "taxedtodeath", [("msg5534", "José", [])]), ("msg5533", None, [])]
    assert comments[0].body == "My assessment went up again."
    assert comments[0].created_at is not None and comments[0].created_at.strftime("%H:%M") == "07:12"


def test_vbulletin_5_builds_the_page_from_widgets() -> None:
    """vBulletin 5 puts the whole page, thread included, in "canvas-widget"s; the one holding the
    page's headline is the thread, not a sidebar, and so is its tab panel."""
    def post(number: int, name: str, text: str) -> str:
        return f"""<li class="b-post js-post" id="post{number}" data-node-id="{number}">
        <div class="b-userinfo"><a class="b-userinfo__name" href="/member/{name}">{name}</a></div>
        <div class="js-post__content-text"><p>{text}</p></div></li>"""

    page = f"""<html><body><div class="canvas-widget conversation-content-widget widget-tabs">
    <h1 class="main-title" itemprop="headline">Light rail extension delayed to 2029</h1>
    <div class="widget-tabs-panel"><ul class="conversation-list">{post(52210, "RailFan_Dev", "Another three years.")}
    {post(52214, "Kim", "The bridge works come first.")}</ul></div></div>
    <div class="canvas-widget widget-activitystream"><h1>Latest Activity</h1><ul><li class="b-post" id="post1">
    <a class="b-userinfo__name">Someone</a><p>Elsewhere entirely, in another thread.</p></li></ul></div></body></html>"""
    assert [(c.external_id, c.author_name) for c in parse_html(page).comments] == [
        ("post52210", "RailFan_Dev"), ("post52214", "Kim"),
    ]


def test_replies_that_name_without_linking_the_comment_answered() -> None:
    """Coral flattens replies below a depth and says "In reply to <name>" without a link; XenForo's
    "@Name" mention carries the name in ``data-username``; Movable Type says "replied to comment
    from X" with a link. Where the markup's parent is by that person already, it stays."""
    def coral(ident: str, name: str, text: str, replying: str = "", inner: str = "") -> str:
        reply = (f'<div class="coral coral-comment-inReplyTo"><span>In reply to</span> '
                 f'<span class="coral coral-comment-inReplyTo-username">{replying}</span></div>') if replying else ""
        return f"""<div class="coral coral-comment" id="{ident}"><span class="coral coral-comment-username">{name}</span>
        {reply}<div class="coral coral-comment-content">{text}</div><div class="coral-replies">{inner}</div></div>"""

    thread = coral("c1", "Renata", "The station closes.",
                   inner=coral("c2", "Hoa", "It reopens in May.", "Renata",
                               inner=coral("c3", "Renata", "Not for buses.", "Hoa")
                               + coral("c4", "Lee", "Buses run from Pine St.", "Hoa")))
    page = f"<html><body>{_STORY}<div id='coral_thread'>{thread}</div></body></html>"
    assert _tree(parse_html(page).comments) == [
        ("c1", "Renata", [("c2", "Hoa", [("c3", "Renata", []), ("c4", "Lee", [])])]),
    ]

    def mt(number: int, name: str, text: str, answers: int | None = None) -> str:
        replied = f' replied to <a href="#comment-{answers}">comment from X</a>' if answers else ""
        return f"""<div class="comment" id="comment-{number}"><div class="comment-header"><span class="byline">
        <span class="vcard author">{name}</span>{replied}</span></div>
        <div class="comment-content"><p>{text}</p></div></div>"""

    page = f"""<html><body>{_STORY}<div id="comments">{mt(1, "Hank", "Third levy in six years.")}
    {mt(2, "Ruth", "Roads got worse.")}{mt(3, "Deb", "Not for roads, Hank.", 1)}</div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("comment-1", "Hank", [("comment-3", "Deb", [])]), ("comment-2", "Ruth", []),
    ]


def test_old_disqus_reactions_are_not_comments() -> None:
    """The 2011 Disqus listed tweets about the story as "dsq-reaction" items beside the comments."""
    page = f"""<html><body>{_STORY}<div id="disqus_thread"><ul id="dsq-comments">
    <li class="dsq-comment" id="dsq-comment-1"><cite class="dsq-comment-header-author">local_reader</cite>
      <div class="dsq-comment-message">The east side loses its station.</div></li></ul>
    <div id="dsq-reactions"><ul class="dsq-comments"><li class="dsq-comment dsq-reaction">
      <cite class="dsq-comment-header-author">local412</cite>
      <div class="dsq-comment-message">Council votes 5-2 to close the station. #riverton</div></li></ul></div>
    </div></body></html>"""
    assert [c.author_name for c in parse_html(page).comments] == ["local_reader"]


def test_simple_machines_posts_take_their_anchor_name_time_and_text() -> None:
    """Simple Machines puts each post's anchor ("msg48815") before the box around the post, names
    the poster by a profile link in a rank card ("Hero Member", "Posts: 3841"), prints the time
    after the subject ("« Reply #1 on: March 09, 2024, 10:41:02 PM »") and keeps the text in an
    element named by the post's number ("msg_48815"). A subject ending in a count ("for 14
    months?") is not read into the date."""
    def post(number: int, name: str, reply: str, text: str, top: str = "") -> str:
        return f"""{top}<a id="msg{number}"></a><div class="windowbg"><span class="topslice"><span></span></span>
        <div class="post_wrapper"><div class="poster"><h4><a href="/forum/index.php?action=profile;u={number % 97}">{name}</a></h4>
        <ul class="reset smalltext" id="msg_{number}_extra_info"><li class="postgroup">Hero Member</li>
        <li class="postcount">Posts: 3841</li><li class="karma">Karma: +61/-3</li></ul></div>
        <div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5 id="subject_{number}">
        <a href="/forum/index.php?topic=51.msg{number}#msg{number}">Bridge closing for 14 months?</a></h5>
        <div class="smalltext">&#171; <strong>{reply} on:</strong> March 09, 2024, 10:41:02 PM &#187;</div></div></div>
        <div class="post"><div class="inner" id="msg_{number}">{text}</div></div></div>
        <div class="moderatorbar"><div class="signature" id="msg_{number}_signature">Harlan Historical Society</div></div>
        </div><span class="botslice"><span></span></span></div><hr class="post_separator" />"""

    quote = ('<div class="quoteheader"><div class="topslice_quote"><a href="/forum/index.php?topic=51.msg48812#msg48812">'
             'Quote from: ridgeback_dan on March 09, 2024, 10:14:37 PM</a></div></div>'
             '<blockquote class="bbc_standard_quote">Anybody hear about a one lane option?</blockquote>')
    page = f"""<html><body>{_STORY}<div id="forumposts">
    {post(48812, "ridgeback_dan", "", "Saw this in the Gazette tonight. Anybody hear about a one lane option?")}
    {post(48815, "MaggieK", "Reply #1", quote + "They looked at it and the arch is too far gone.")}
    {post(48817, "TruckerTom", "Reply #2", "Has anybody driven that detour with a loaded truck?")}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("msg48812", "ridgeback_dan", [("msg48815", "MaggieK", [])]),
        ("msg48817", "TruckerTom", []),
    ]
    assert [c.created_at.isoformat() if c.created_at else None for c in comments] == [
        "2024-03-09T22:41:02+00:00", "2024-03-09T22:41:02+00:00",
    ]
    assert comments[0].replies[0].body.endswith("\n\nThey looked at it and the arch is too far gone.")
    assert "Hero Member" not in comments[0].replies[0].body
    assert comments[1].body == "Has anybody driven that detour with a loaded truck?"
