"""What the thirtieth blind round (sets 152-155, 242/252 parents blind) showed the HTML reader:
Komento 4's header box, classed as a reply box, that opens with the commenter's own linked name
before the one answered ("<a href=/perfil/luis>Luis</a> ▸ <a href=#comment-3412>Yusmary</a>");
Coral's reply lists beside the comment, not inside it ("ReplyList-root"); Vietnamese "Độc giả" (a
reader) for nobody named; a Papua New Guinean page whose every date reads both ways, under a story
whose day says which; an Iranian CMS's text in "div.comments"; Nepali Bikram Sambat dates. And the
thirty-first (sets 156-159, 255/255): Drupal's Arabic "(not verified)" with its short vowels.
Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.page_dates import story_day_first

_STORY = f"<h1>Water cuts reach a sixth day</h1><p>{'Neighbours queue at the tanker again this morning. ' * 25}</p>"


def _page(comments: str) -> str:
    return f"<!doctype html><html lang='es'><head><title>Story</title></head><body><article>{_STORY}</article>{comments}</body></html>"


def _komento(number: int, name: str, text: str, answered: tuple[int, str] | None = None, depth: int = 0) -> str:
    """One Komento 4 item: the header's reply box holds the commenter's profile link, then a link
    to the comment answered."""
    target = f' ▸ <a href="https://paper.example/story#comment-{answered[0]}">{answered[1]}</a>' if answered else ""
    return (
        f'<div class="kt-comments__item {"is-child" if depth else "is-parent"}" data-kt-comment-item data-id="{number}" '
        f'data-parentid="kmt-{answered[0] if answered else 0}" data-depth="{depth}" itemscope itemtype="http://schema.org/Comment">'
        f'<div class="kt-comment"><div class="kt-comment__hd"><a id="comment-{number}"></a>'
        f'<div class="kt-reply-to text-sm"><a href="https://paper.example/comunidad/perfil/{name.lower().replace(" ", "-")}" '
        f'data-kt-user-id="{number}">{name}</a>{target}</div>'
        f'<div class="kt-comment-date"><time itemprop="dateCreated" datetime="2024-06-18T08:{depth}5:00-04:00">hace 5 días</time></div></div>'
        f'<div class="kt-comment__bd"><div class="kt-comment-message" itemprop="text"><p>{text}</p></div></div></div></div>'
    )


def test_komento_names_the_commenter_first_in_its_reply_box() -> None:
    page = _page(
        '<div class="kt-comments" data-kt-comments>'
        + _komento(3412, "Yusmary Quintero", "Llevamos seis días sin agua en La Milagrosa, no cinco.")
        + _komento(3415, "Luis Alberto Rondón", "En Pozo Hondo estamos igual desde el domingo.", (3412, "Yusmary Quintero"), 1)
        + _komento(3419, "Yusmary Quintero", "Luis, esa bomba la cambiaron en marzo.", (3415, "Luis Alberto Rondón"), 2)
        + _komento(3416, "Carmen Dávila", "Hay que organizarse por consejo comunal.")
        + "</div>"
    )
    got = [(c.external_id, c.author_name, path) for path, c in walk(parse_html(page).comments)]
    assert got == [
        ("comment-3412", "Yusmary Quintero", (0,)),
        ("comment-3415", "Luis Alberto Rondón", (0, 0)),
        ("comment-3419", "Yusmary Quintero", (0, 0, 0)),
        ("comment-3416", "Carmen Dávila", (1,)),
    ]


def _coral(ident: str, name: str, text: str, replies: str = "") -> str:
    """A Coral comment as a saving tool flattens it: the comment's container, then its reply list
    beside it, named for it."""
    below = f'<div id="coral-comments-replyList-log--{ident}" role="log" class="ReplyList-root">{replies}</div>' if replies else ""
    return (
        f'<div id="comment-{ident}" class="CommentContainer-root"><div class="coral coral-indent Indent-root">'
        f'<div role="article" class="coral coral-comment Comment-root"><div class="coral coral-comment-topBar">'
        f'<button class="coral coral-username coral-comment-username" type="button"><span>{name}</span></button>'
        f'<a class="coral coral-comment-timestampLink" href="https://paper.example/story?commentID={ident}">'
        f'<time datetime="2024-04-07T01:10:00.000Z" class="coral coral-timestamp">23 hours ago</time></a></div>'
        f'<div class="coral coral-content coral-comment-content">{text}</div></div></div></div>{below}'
    )


def test_coral_reply_lists_beside_their_comment() -> None:
    thread = (
        '<div class="AllCommentsTabContainer-borderedComment">'
        + _coral("aa11", "GuyFromUpton", "The boardwalk was only rebuilt in 2016.",
                 _coral("bb22", "Mick Dwyer", "Only the decking was replaced then.",
                        _coral("cc33", "Sue Parata", "Then publish the contract.")))
        + "</div>"
        + '<div class="AllCommentsTabContainer-borderedComment">'
        + _coral("dd44", "Kath O'Brien", "Will the underpass stay open?")
        + "</div>"
    )
    page = _page(f'<div id="coral_thread"><div class="coral coral-stream App-root">{thread}</div></div>')
    got = [(c.external_id, path) for path, c in walk(parse_html(page).comments)]
    assert got == [("comment-aa11", (0,)), ("comment-bb22", (0, 0)), ("comment-cc33", (0, 0, 0)), ("comment-dd44", (1,))]


def test_a_vietnamese_reader_is_nobody_named() -> None:
    assert clean_name("Độc giả") is None
    assert clean_name("Nguyễn Văn An") == "Nguyễn Văn An"


def test_the_story_day_tells_the_day_order_where_no_date_does() -> None:
    """lang="en" alone and every comment date reads both ways ("10/06/2025"): the story's day of
    the 10th of June says they are the 10th and 11th of June, not October and November."""
    items = "".join(
        f'<li id="c-{n}" class="comment"><div class="comment-meta"><span class="author">Reader {n}</span> '
        f'<span class="date">{day}/06/2025 7:42 PM</span></div><div class="comment-body"><p>{text}</p></div></li>'
        for n, day, text in ((1, "10", "The market road floods every June."), (2, "11", "Council says the drain is next."))
    )
    page = (
        "<!doctype html><html lang='en'><head><title>Story</title>"
        "<meta property='article:published_time' content='2025-06-10T06:00:00+10:00'></head><body>"
        f"<article>{_STORY}</article><h2>Comments</h2><ol class='comment-list'>{items}</ol></body></html>"
    )
    assert [c.created_at.strftime("%Y-%m-%d") for c in parse_html(page).comments if c.created_at] == ["2025-06-10", "2025-06-11"]
    assert story_day_first("10/06/2025 and 11/06/2025", date(2025, 6, 10)) is True
    assert story_day_first("06/10/2025 and 06/11/2025", date(2025, 6, 10)) is False
    assert story_day_first("10/06/2025", date(2024, 1, 1)) is None


def test_a_nepali_sites_bikram_sambat_dates() -> None:
    """"२०८१ वैशाख ५ गते, १६:२०" is the 5th of Baisakh 2081, the 17th of April 2024 (the calendar's
    months change length year by year: nepali_datetime's table)."""
    assert parse_time("२०८१ वैशाख ५ गते, १६:२०") == datetime(2024, 4, 17, 16, 20, tzinfo=UTC)
    assert parse_time("चैत ३०, २०८० ०९:१५") == datetime(2024, 4, 12, 9, 15, tzinfo=UTC)
    assert parse_time("२०८१ माघ ४० गते") is None  # no such day


def _iranian_item(number: int, name: str, text: str, replies: str = "") -> str:
    """One item of an Iranian news CMS's list: name, country flag and Solar Hijri stamp, the text in
    "div.comments", the answer and like links, the replies in "comm_answer_container"."""
    below = f'\n<div class="comm_answer_container">\n{replies}\n</div>' if replies else ""
    return f"""
<div class="comments_item{' comm_answer_line' if number > 1845190 else ''}" id="cm-{number}">
    <div class="comm_info_name_container">
        <div class="comm_info_name">{name}</div>
        <div class="comm_info_country"><img src="IR.png" alt="IR" title="Iran" width="16" height="11"></div>
        <div class="comm_info_date">۱۰:۲۵ - ۱۴۰۳/۰۱/۲۳</div>
    </div>
    <div class="comments">{text}</div>
    <div class="comm_like">
        <a class="comm_answer_link" href="javascript:reply_to({number},'{name}');">پاسخ</a>
        <div class="like_container">
            <a class="like_btn" href="javascript:like({number},1);" title="موافق"><span class="pos_comment" id="cm_pos_{number}">۱۴</span> <i class="icon-like"></i></a>
            <a class="dislike_btn" href="javascript:like({number},2);" title="مخالف"><span class="neg_comment" id="cm_neg_{number}">۹</span> <i class="icon-dislike"></i></a>
        </div>
    </div>{below}
</div>"""


def test_an_iranian_cms_text_in_a_block_named_comments() -> None:
    """"div.comments" inside each "comments_item" is the comment's text (the like counters' ids,
    "cm_pos_1845190", look like comments' own and hide it from the other searches); a
    "ul.comments" of replies (Lemmy) is not."""
    leaf = _iranian_item(1845301, "محمدرضا", "مصرف خانگی فقط ده درصد آب است و بقیه کشاورزی؛ ولی باز هم باید صرفه‌جویی کرد.")
    middle = _iranian_item(1845244, "یک مشهدی", "آقای محمدرضا، ده درصد برای کل استان است و برای شهر مشهد بیشتر.", leaf)
    thread = _iranian_item(1845190, "سارا", "هر سال همین خبر را می‌نویسید و هر سال هم فقط از مردم می‌خواهید صرفه‌جویی کنند.", middle)
    page = _page(f'<div class="comments_container" id="comments">\n<div class="comments_list">{thread}\n</div>\n</div>')
    got = [(path, c.author_name, " ".join(c.body.split()[:3])) for path, c in walk(parse_html(page).comments)]
    assert got == [((0,), "سارا", "هر سال همین"), ((0, 0), "یک مشهدی", "آقای محمدرضا، ده"), ((0, 0, 0), "محمدرضا", "مصرف خانگی فقط")]


def test_drupals_arabic_not_verified_with_or_without_short_vowels() -> None:
    """Round 31 (sets 156-159, every parent right blind): an Aswan Drupal site's "(غير مُتحقق منه)"
    after a visitor's name, written with a damma the word list lacked."""
    assert clean_name("أم يوسف (غير مُتحقق منه)") == "أم يوسف"
    assert clean_name("أم يوسف (غير متحقق منه)") == "أم يوسف"
    assert clean_name("مجهول (غير مُتحقق منه)") is None
    assert clean_name("Kamal (83.12.x.x)") == "Kamal"  # the list's patterns still read as patterns


def test_round_thirty_two_names() -> None:
    """Round 32 (sets 160-163, 254/255 parents blind): Finnish "Vierailija" (visitor) and Sorani
    "بێناو" (nameless) name nobody; Drupal's Sorani "(not verified)" and the Azerbaijani author
    badge "Müəllif" are no part of a name."""
    assert clean_name("Vierailija") is None
    assert clean_name("بێناو") is None
    assert clean_name("شیلان (پشتڕاست نەکراوەتەوە)") == "شیلان"
    assert clean_name("Elnur Həsənov Müəllif") == "Elnur Həsənov"


def test_a_south_slavic_reply_line_beats_the_one_level_list() -> None:
    """A portal's replies all sit under the thread's first comment; "→ odgovor za <a
    href=#komentar-2>Jelena</a>" in "komentar__odgovor-na" names the comment answered."""
    reply = (
        '<li class="komentar komentar--odgovor" id="komentar-{n}" data-parent="1"><div class="komentar__meta">'
        '<span class="komentar__autor">{name}</span> <time datetime="2024-05-0{n}T10:00:00+02:00">{n}. maj</time></div>'
        "{line}<p>{text}</p></li>"
    )
    thread = (
        '<ol class="komentari"><li class="komentar" id="komentar-1"><div class="komentar__meta"><span class="komentar__autor">'
        'Marko</span> <time datetime="2024-05-01T09:00:00+02:00">1. maj</time></div><p>Put do plaže je opet zatvoren.</p>'
        '<ul class="komentar__odgovori">'
        + reply.format(n=2, name="Jelena M.", line="", text="Zatvoren je zbog radova na kanalizaciji.")
        + reply.format(
            n=3, name="Vuk", text="Radovi traju već treći mjesec.",
            line='<span class="komentar__odgovor-na">→ odgovor za <a href="#komentar-2">Jelena M.</a></span>',
        )
        + "</ul></li></ol>"
    )
    got = [(c.external_id, path) for path, c in walk(parse_html(_page(thread)).comments)]
    assert got == [("komentar-1", (0,)), ("komentar-2", (0, 0)), ("komentar-3", (0, 0, 0))]


def test_reaction_tallies_are_no_comments() -> None:
    """Disqus's reactions saved by archive.today ("<img alt=Lucu> Lucu 0"); and (below) a
    "Trackbacks" list whose items look like comments once the saving tool stripped their classes."""
    tallies = "".join(
        f'<li style="margin:0 10px"><img alt="{word}" src="r.png"><div>{word}</div><div>{count}</div></li>'
        for word, count in (("Suka", 6), ("Lucu", 0), ("Marah", 3))
    )
    posts = "".join(
        f'<li id="post-65681234{n}" style="list-style:none"><div><span style="font-weight:700">Pembaca {n}</span> • '
        f'<a href="https://example.id/berita#comment-65681234{n}" title="Senin, 3 Juni 2024 10:0{n}">3 hari yang lalu</a></div>'
        f"<div><p>Jalan di depan pasar rusak lagi setelah hujan deras minggu ini, nomor {n}.</p></div></li>"
        for n in (1, 2)
    )
    disqus = f'<div id="disqus_thread"><div><ul style="display:flex">{tallies}</ul></div><ul style="list-style:none">{posts}</ul></div>'
    assert [c.body[:10] for c in parse_html(_page(disqus)).comments] == ["Jalan di d", "Jalan di d"]


def test_a_trackbacks_list_without_its_classes() -> None:
    comment = (
        '<ol><li id="comment-{n}"><p><b>{name}</b> <span>says:</span> <span>March {n}, 2024 at 2:10 pm</span></p>'
        "<p>{text}</p></li></ol>"
    )
    page = _page(
        "<h2>Comments</h2>"
        + comment.format(n=7, name="Ruth", text="The catfish plant closing will hit Isola hardest.")
        + "<h2>Trackbacks</h2>"
        + comment.format(n=8, name='<a href="https://other.example/post">Third closure this year | Catfish Report</a>', text="[…] another plant […]")
    )
    assert [c.author_name for c in parse_html(page).comments] == ["Ruth"]


def test_round_thirty_three() -> None:
    """Round 33 (sets 164-167, 248/249 parents blind): Drupal's Basque "(ez egiaztatua)", Hausa
    month names ("Maris 12, 2024", wpDiscuz in Kano)."""
    assert clean_name("Miren (ez egiaztatua)") == "Miren"
    assert clean_name("Anonimoa (ez egiaztatua)") is None
    assert parse_time("Maris 12, 2024 9:14 am") == datetime(2024, 3, 12, 9, 14, tzinfo=UTC)
    assert clean_name("મહેમાન") is None  # round 34: Gujarati "guest"


def test_a_guests_quoted_words_place_a_reply_beside_it() -> None:
    """A Polish portal nests replies one level under the thread's first comment; a reply quoting
    "~gość napisał(a):" (a guest wrote) answers the earlier reply holding the words it quotes."""
    reply = (
        '<div class="kom kom-odp" id="k{n}"><div class="kom-gora"><span class="kom-nick">{name}</span> '
        '<span class="kom-data">14.08.2026, 0{n}:15</span></div><div class="kom-tresc">{text}</div></div>'
    )
    quote = '<div class="kom-cytat"><div class="kom-cytat-autor">~gość napisał(a):</div>Kto odpowie za dzieci w wagonach?</div>'
    thread = (
        '<div class="komentarze"><div class="kom" id="k1"><div class="kom-gora"><span class="kom-nick">Wojtek</span> '
        '<span class="kom-data">13.08.2026, 19:40</span></div><div class="kom-tresc">Kiedyś maszynistów szkolili na miejscu.</div>'
        + reply.format(n=2, name="~gość", text="Wojtek, to nie traktor. Kto odpowie za dzieci w wagonach? Dobrze, że pilnują.")
        + reply.format(n=3, name="Marek", text="W Białowieży też czekają na kurs od roku.")
        + reply.format(n=4, name="Basia_H", text=quote + "Nikt nie mówi, żeby jeździł byle kto.")
        + "</div></div>"
    )
    got = [(c.external_id, path) for path, c in walk(parse_html(_page(thread)).comments)]
    assert got == [("k1", (0,)), ("k2", (0, 0)), ("k4", (0, 0, 0)), ("k3", (0, 1))]
