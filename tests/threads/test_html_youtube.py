"""YouTube's comments as a browser saves them after rendering: Polymer custom elements that name
their parts by ids repeated in every comment."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>River crest expected Thursday</h1><p>{'Route 9 stays closed until the water drops. ' * 25}</p>"


def _comment(lc: str, handle: str, text: str, *, owner: str = "ytd-comment-thread-renderer", creator: bool = False) -> str:
    if creator:  # the plain name link is hidden; a badge shows the channel's name
        name = (f'<a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-view-model" hidden="" href="/@{handle}">'
                '<span class="style-scope ytd-comment-view-model"></span></a><ytd-author-comment-badge-renderer '
                f'class="style-scope ytd-comment-view-model" creator=""><a id="name" class="yt-simple-endpoint style-scope '
                f'ytd-author-comment-badge-renderer" href="/@{handle}"><yt-formatted-string id="text" class="style-scope '
                f'ytd-channel-name">@{handle}</yt-formatted-string></a></ytd-author-comment-badge-renderer>')
    else:
        name = (f'<h3 class="style-scope ytd-comment-view-model"><a id="author-text" class="yt-simple-endpoint style-scope '
                f'ytd-comment-view-model" href="/@{handle}"><span class="style-scope ytd-comment-view-model">@{handle}</span></a></h3>')
    return f"""<ytd-comment-view-model id="comment" class="style-scope {owner}"><div id="body" class="style-scope ytd-comment-view-model">
    <div id="main" class="style-scope ytd-comment-view-model"><div id="header" class="style-scope ytd-comment-view-model">
    <div id="header-author" class="style-scope ytd-comment-view-model">{name}
    <span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope
    ytd-comment-view-model" href="/watch?v=qT7mZx3LkPw&amp;lc={lc}">2 days ago</a></span></div></div>
    <ytd-expander id="expander" class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander">
    <yt-attributed-string id="content-text" class="style-scope ytd-comment-view-model"><span role="text">{text}</span>
    </yt-attributed-string></div></ytd-expander><div id="action-buttons" class="style-scope ytd-comment-view-model">
    <span id="vote-count-middle" class="style-scope ytd-comment-engagement-bar">212</span></div></div></div>
    </ytd-comment-view-model>"""


def _thread(first: str, *replies: str) -> str:
    box = ""
    if replies:
        box = ('<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer class="style-scope '
               'ytd-comment-thread-renderer"><div id="contents" class="style-scope ytd-comment-replies-renderer">'
               + "".join(replies) + "</div></ytd-comment-replies-renderer></div>")
    return (f'<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><div id="comment-container" '
            f'class="style-scope ytd-comment-thread-renderer">{first}</div>{box}</ytd-comment-thread-renderer>')


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, str, list[object]]]:
    return [(c.external_id, c.author_name, c.body, _tree(c.replies)) for c in comments]


def test_youtube_threads_hold_their_replies_named_by_their_links() -> None:
    """Every comment is id="comment": its name is the "lc=" of its time link. A thread is its
    first comment with the replies' box; its author is the "/@handle" link, or the creator's
    badge where the plain link is hidden; the text is "content-text", not the vote count."""
    reply = "ytd-comment-replies-renderer"
    page = f"""<html><body>{_STORY}<ytd-comments id="comments" class="style-scope ytd-watch-flexy">
    <div id="contents" class="style-scope ytd-item-section-renderer">
    {_thread(_comment("Ugw4Jd0sK2pQn8rTcVh4AaABAg", "KVRNNews4", "Shelter info: the Red Cross shelter is open.", creator=True))}
    {_thread(_comment("UgzQ3k8mVt1rH7xLd2F4AaABAg", "dalemorrow5190", "Third time in six years Route 9 went under."),
             _comment("UgzQ3k8mVt1rH7xLd2F4AaABAg.9xK2LmPqRsT9xK4nB7cWd1", "sandyb_vc", "The county applied for a grant.", owner=reply))}
    </div></ytd-comments></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("Ugw4Jd0sK2pQn8rTcVh4AaABAg", "@KVRNNews4", "Shelter info: the Red Cross shelter is open.", []),
        ("UgzQ3k8mVt1rH7xLd2F4AaABAg", "@dalemorrow5190", "Third time in six years Route 9 went under.", [
            ("UgzQ3k8mVt1rH7xLd2F4AaABAg.9xK2LmPqRsT9xK4nB7cWd1", "@sandyb_vc", "The county applied for a grant.", []),
        ]),
    ]
