"""What the twenty-seventh blind round (sets 140-143, every parent right blind) showed the HTML
reader: Disqus saved by archive.today, where a guest's name is a bold span with no link and every
class is gone, and a Taiwanese floor board whose "回覆 <a>B1 name</a>" line names the parent and is
not the comment's text. Then the twenty-eighth (sets 144-147, 238/255 blind): a Thai board's
"cm-box" blocks and bracketed Buddhist-era stamps, Disqus by archive.today without its container's
id, Bitrix's quote table, zones stated in Russian and Azerbaijani, Dari's word for a guest, a
deleted Substack comment under its day. And the twenty-ninth (sets 148-151, 243/255 blind): SPIP's
forum, a zone named "(CET)" in Hungarian, Changyan's quoted floors in a list newest first, Tamil's
anonymous and a German removed posting's label. Pages written for these tests."""

from __future__ import annotations

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.zone_statements import stated_zone

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


def test_a_thai_boards_numbered_blocks_and_their_stamps() -> None:
    """"cm" is a short form of comment in an id with a number ("cm1", "cm1-1"), and the stamp
    "[12 มี.ค. 67 09:41 น.]" is read inside its brackets (Buddhist era 2567 is 2024)."""
    def box(number: str, text: str, name: str, stamp: str, replies: str = "") -> str:
        sub = f'<div class="cm-sub">{replies}</div>' if replies else ""
        kind = "cm-box cm-reply-box" if "-" in number else "cm-box"
        return (f'<div class="{kind}" id="cm{number}"><div class="cm-number">ความคิดเห็นที่ {number}</div><div class="cm-text">{text}</div>'
                f'<div class="cm-by">โดย: <b>{name}</b> <span class="cm-date">[{stamp}]</span></div>{sub}</div>')

    thread = box("1", "ควันส่วนใหญ่มาจากไร่ข้าวโพดครับ เช้านี้มองไม่เห็นดอยเลย", "คนแม่สาย", "12 มี.ค. 67 09:41 น.",
                 box("1-1", "ฝั่งเราก็ยังเผาอยู่ครับ เมื่อวานเห็นไฟไหม้สองสามจุด", "ลุงหนาน", "12 มี.ค. 67 10:20 น."))
    thread += box("2", "ทุกปีก็เป็นแบบนี้ ข่าวออกทุกปี ประชุมทุกปี", "ชาวเชียงราย", "12 มี.ค. 67 12:30 น.")
    page = f'<html lang="th"><body>{_STORY}<div class="cm-list"><h3>ความคิดเห็น</h3>{thread}</div></body></html>'
    comments = [(path, c.external_id, c.created_at and c.created_at.strftime("%Y-%m-%d %H:%M")) for path, c in walk(parse_html(page).comments)]
    assert comments == [((0,), "cm1", "2024-03-12 09:41"), ((0, 0), "cm1-1", "2024-03-12 10:20"), ((1,), "cm2", "2024-03-12 12:30")]
    assert parse_time("[]") is None


def test_disqus_by_archive_today_without_its_containers_id() -> None:
    """The thread's own ids stripped ("disqus_thread", "post-list"), its posts keep theirs: list
    items "post-" and a long number are comments."""
    thread = _post(6432011875, "BayuSetiawan", "Semoga kali ini benar-benar jadi, bukan cuma wacana seperti tahun lalu.", linked=True,
                   replies=_post(6432034410, "RiniAstuti", "Mas Bayu, saya pedagang di sana dan atapnya memang bocor tiap musim hujan.", linked=True))
    page = f'<html lang="id"><body>{_STORY}<div><div style="font-weight:700;">Komentar</div><ul style="margin:0;">{thread}</ul></div></body></html>'
    comments = [(path, c.external_id, c.author_name) for path, c in walk(parse_html(page).comments)]
    assert comments == [((0,), "post-6432011875", "BayuSetiawan"), ((0, 0), "post-6432034410", "RiniAstuti")]


def test_bitrix_quotes_name_the_comment_answered() -> None:
    """Bitrix heads its quote with a row "Цитата" and opens the quoted words with "<name> пишет:";
    a guest's words ("Гость пишет:") are found by the words themselves."""
    def post(number: int, name: str, text: str) -> str:
        return (f'<a name="message{number}"></a><table class="reviews-post-table" id="message{number}"><thead><tr><td><div><b>'
                f'<a class="reviews-user" href="/u/{number}">{name}</a></b>, <span class="message-post-date">27.03.2024 09:{number % 60:02d}:00</span>'
                f'</div></td></tr></thead><tbody><tr><td><div class="reviews-text" id="message_text_{number}">{text}</div></td></tr></tbody></table>')

    def quote(name: str, words: str) -> str:
        return f'<div class="quote"><table class="forum-quote"><thead><tr><th>Цитата</th></tr></thead><tbody><tr><td>{name} пишет:<br>{words}</td></tr></tbody></table></div>'

    posts = (post(108101, "Андрей Ф.", "Опять урезают пятый маршрут, утром битком, а его просто убирают.")
             + post(108102, "Гость", "Перевозчик просто не хочет возить по убыточным маршрутам, вот и всё.")
             + post(108103, "Марина Ш.", "Мой ребёнок ездит на пятёрке в школу. Кто его считал и когда?")
             + post(108104, "Сарапул сегодня", quote("Марина Ш.", "Кто его считал и когда?") + "Мы направили запрос в управление.")
             + post(108105, "Андрей Ф.", quote("Гость", "Перевозчик просто не хочет возить по убыточным маршрутам") + "Так пусть объявят новый конкурс."))
    page = f'<html lang="ru"><body>{_STORY}<div class="reviews-block-container">{posts}</div></body></html>'
    comments = [(path, c.external_id) for path, c in walk(parse_html(page).comments)]
    assert comments == [((0,), "message108101"), ((1,), "message108102"), ((1, 0), "message108105"), ((2,), "message108103"), ((2, 0), "message108104")]


def test_zones_stated_in_more_languages_and_a_guest_in_dari() -> None:
    """"Время на сайте — самарское (UTC+4)", "Şərhlərin vaxtı Bakı vaxtı ilə (GMT+4)": every
    time on the page is in that offset; "مهمان" (guest) names nobody."""
    assert str(stated_zone("Время на сайте — самарское (UTC+4).")) == "UTC+04:00"
    assert str(stated_zone("Şərhlərin vaxtı Bakı vaxtı ilə (GMT+4) göstərilir.")) == "UTC+04:00"
    assert clean_name("مهمان") is None and clean_name("مهمان گرامی") is None


def test_a_deleted_comments_day_over_its_label_is_no_text() -> None:
    """Substack saved by archive.today: a deleted comment shows only its day ("Aug 15", the time
    in its title) over "Comment deleted"; the day is its time, not its text."""
    def comment(number: int, name: str, day: str, text: str, replies: str = "") -> str:
        by = f'<a href="https://example.substack.com/@{name}" style="font-weight:600;">{name}</a>' if name else ""
        below = f'<div style="margin-left:16px;">{replies}</div>' if replies else ""
        return (f'<div id="comment-{number}"><div style="display:flex;"><div style="flex:1;"><div style="display:flex;">{by}'
                f'<a href="https://example.substack.com/p/story/comment/{number}" title="{day}, 2025, 1:12 PM">{day}</a></div>'
                f'<div dir="auto"><p>{text}</p></div></div></div>{below}</div>')

    thread = comment(72920011, "", "Aug 15", "Comment deleted",
                     comment(72920388, "kaleo", "Aug 16", "Whoever that was, the station was the only place open after dark on this road."))
    thread += comment(72921004, "leilani", "Aug 16", "We drive forty minutes for gas now, and the co-op said nothing about it.")
    page = f'<html><body>{_STORY}<div>{thread}</div></body></html>'
    comments = [(path, c.external_id, c.body) for path, c in walk(parse_html(page).comments)]
    assert comments[0] == ((0,), "comment-72920011", "Comment deleted")
    assert [path for path, _, _ in comments] == [(0,), (0, 0), (1,)]


def test_spips_forum_under_an_article() -> None:
    """SPIP lists an article's forum as "div.forum-message#forumN" in "ul.forum", each message's
    replies in the list after it, its text in "div.forum-texte" under a subject line."""
    def message(number: int, name: str, text: str, replies: str = "") -> str:
        below = f"<ul><li>{replies}</li></ul>" if replies else ""
        return (f'<div class="forum-message hentry" id="forum{number}"><div class="forum-chapo"><strong class="forum-titre">'
                f'<a href="#forum{number}" class="forum-anchor">#</a> Et les travaux ?</strong><small><abbr class="published" '
                f'title="2024-10-26T16:52:10Z">26 octobre 2024, 18:52</abbr>, par <span class="vcard author"><strong class="fn">{name}</strong>'
                f'</span></small></div><div class="forum-texte"><p>{text}</p></div></div>{below}')

    thread = message(2208, "Marc", "On nous avait déjà fermé la ligne six mois en 2019 pour les viaducs.",
                     message(2211, "Josiane", "En 2019 c'était la voie et les rails, pas les ouvrages d'art."))
    page = f'<html lang="fr"><body>{_STORY}<div class="forum"><h2>2 Messages</h2><ul class="forum"><li class="forum-fil">{thread}</li></ul></div></body></html>'
    comments = [(path, c.external_id, c.author_name, c.body) for path, c in walk(parse_html(page).comments)]
    assert comments == [
        ((0,), "forum2208", "Marc", "On nous avait déjà fermé la ligne six mois en 2019 pour les viaducs."),
        ((0, 0), "forum2211", "Josiane", "En 2019 c'était la voie et les rails, pas les ouvrages d'art."),
    ]


def test_changyan_quoted_floors_newest_first() -> None:
    """A Changyan reply quotes the comments it answers in stacked boxes, the last the one answered;
    the list runs newest first, which the names answered (found only further down) show."""
    def block(number: int, name: str, stamp: str, text: str, floors: tuple[str, ...] = ()) -> str:
        boxes = "".join(f'<div class="floor-gw"><div class="floor-head-gw"><span class="floor-name-gw">{f}</span></div>'
                        f'<div class="floor-cont-gw">引用的话</div></div>' for f in floors)
        wrap = f'<div class="wrap-floor-gw">{boxes}</div>' if boxes else ""
        return (f'<div class="block-cont-gw" id="cmt_{number}"><div class="msg-wrap-gw"><div class="cont-head-gw">'
                f'<span class="user-name-gw"><a href="javascript:void(0)">{name}</a></span></div>{wrap}<div class="cont-msg-gw">'
                f'<span class="wrap-word-gw">{text}</span></div><div class="cont-tail-gw"><span class="time-gw">{stamp}</span></div></div></div>')

    blocks = (block(4, "锦江老住户", "7月19日 08:15", "说得对，装电梯要大家商量。", ("高层王大爷", "一楼住户王姐"))
              + block(3, "一楼住户王姐", "7月18日 21:47", "我们一楼采光本来就差。", ("高层王大爷",))
              + block(2, "川大物业研究", "7月18日 19:30", "政策要求三分之二业主同意。")
              + block(1, "高层王大爷", "7月18日 14:55", "我住六楼，每天爬楼梯很辛苦。"))
    page = f'<html lang="zh-CN"><body>{_STORY}<div id="SOHUCS"><div class="list-block-gw">{blocks}</div></div></body></html>'
    comments = [(path, c.external_id) for path, c in walk(parse_html(page).comments)]
    assert comments == [((0,), "cmt_1"), ((0, 0), "cmt_3"), ((0, 0, 0), "cmt_4"), ((1,), "cmt_2")]


def test_a_zone_named_in_hungarian_and_more_words_for_nobody() -> None:
    """"Az időpontok közép-európai idő (CET) szerint értendők": the page's times are CET; Tamil's
    "அநாமதேயர்" and a German "Posting entfernt" where the name was name nobody."""
    assert str(stated_zone("Az időpontok közép-európai idő (CET) szerint értendők.")) == "UTC+01:00"
    assert clean_name("அநாமதேயர்") is None and clean_name("Posting entfernt") is None
