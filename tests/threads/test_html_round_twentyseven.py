"""What the twenty-seventh blind round (sets 140-143, every parent right blind) showed the HTML
reader: Disqus saved by archive.today, where a guest's name is a bold span with no link and every
class is gone, and a Taiwanese floor board whose "回覆 <a>B1 name</a>" line names the parent and is
not the comment's text. Pages written for these tests."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Ferry launch pushed back a week</h1><p>{'The river is running high this spring and the crew waits. ' * 25}</p>"
_TITLE = "Tuesday, June 11, 2024 7:15 AM"


def _post(number: int, name: str, text: str, replies: str = "", answered: str = "", linked: bool = False) -> str:
    """One Disqus post as archive.today writes it: styles for classes, the name bold."""
    shown = f'<a href="https://disqus.com/by/{name.lower()}/" style="font-weight:700;">{name}</a>' if linked else name
    reply_to = f'<a href="#comment-{answered}" style="color:grey;">↪ {answered}</a> ' if answered else ""
    below = f'<ul style="list-style:none;margin:18px 0 0 48px;">{replies}</ul>' if replies else ""
    return (
        f'<li id="post-{number}" style="margin:0 0 20px;"><div style="display:flex;"><div style="width:36px;"><img alt="Avatar" src="a.png"></div>'
        f'<div style="flex:1 1 0%;"><div style="font-size:13px;"><span style="font-weight:700;font-size:13px;">{shown}</span> '
        f'<span style="color:grey;">{reply_to}<span>•</span> <a href="https://example.ca/story/%23comment-{number}" title="{_TITLE}">3 days ago</a></span></div>'
        f'<div style="margin-top:4px;"><div dir="auto"><div><p style="margin:0 0 15px;">{text}</p></div></div></div>'
        f'<div style="font-size:13px;"><span>4 ▲</span> <span>▼</span> • <span>Reply</span> • <span>Share ›</span></div></div></div>{below}</li>'
    )


def test_a_guests_bold_name_in_disqus_saved_by_archive_today() -> None:
    """No class names anything: the bold span is the guest's name, and the line it heads (the
    reply arrow, the time) is not the comment's text, which is the block around its paragraph."""
    thread = _post(
        6480112233, "SourdoughSal", "They should never have promised the first of June with the river this high.", linked=True,
        replies=_post(6480118801, "Marcel T.", "Sal, the gauge at Dawson was almost a metre over normal for the date on Sunday."),
    )
    page = f'<html><body>{_STORY}<div id="disqus_thread"><ul id="post-list" style="list-style:none;">{thread}</ul></div></body></html>'
    comments = [(path, c.external_id, c.author_name, c.body) for path, c in walk(parse_html(page).comments)]
    assert comments == [
        ((0,), "post-6480112233", "SourdoughSal", "They should never have promised the first of June with the river this high."),
        ((0, 0), "post-6480118801", "Marcel T.", "Sal, the gauge at Dawson was almost a metre over normal for the date on Sunday."),
    ]


def test_a_label_and_a_link_to_the_parent_are_not_the_text() -> None:
    """"回覆 <a href=#cmt-1>B1 name</a>" on a line of its own names whom the reply answers; the
    comment's text is what follows it."""
    def item(number: int, floor: str, name: str, text: str, answered: str = "") -> str:
        ref = f'<div class="cmt-ref">回覆 <a href="#cmt-{answered}">{answered and "B1 鹽埕老高雄"}</a></div>' if answered else ""
        return (f'<li class="cmt-item" id="cmt-{number}"><div class="cmt-floor">{floor}</div><div class="cmt-main"><div class="cmt-user">'
                f'<span class="cmt-name">{name}</span><span class="cmt-time">2024/03/27 13:20</span></div>'
                f'<div class="cmt-content">{ref}{text}</div><div class="cmt-act"><a class="cmt-reply" href="javascript:;">回覆</a></div></div></li>')

    page = (f'<html lang="zh-Hant"><body>{_STORY}<section id="comments"><h3>網友留言 (2)</h3><ul class="cmt-list">'
            f'{item(1, "B1", "鹽埕老高雄", "輕軌開了以後路口變得很難左轉，塞車更嚴重了。")}'
            f'{item(2, "B2", "匿名網友", "車道變少是真的，但你可以改騎車去輕軌站啊。", answered="1")}</ul></section></body></html>')
    comments = [(path, c.external_id, c.body) for path, c in walk(parse_html(page).comments)]
    assert comments == [
        ((0,), "cmt-1", "輕軌開了以後路口變得很難左轉，塞車更嚴重了。"),
        ((0, 0), "cmt-2", "車道變少是真的，但你可以改騎車去輕軌站啊。"),
    ]
