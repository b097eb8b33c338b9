"""What the twentieth blind round (sets 112-115) showed the HTML reader: pages written for these
tests."""

from __future__ import annotations

from threads.html_reader import parse_html

_STORY = f"<h1>Bridge closed to lorries until spring</h1><p>{'The beams will be inspected over the winter. ' * 25}</p>"


def test_datalife_engines_time_in_an_unnamed_span_beside_its_meta_box_of_buttons() -> None:
    """DataLife Engine prints the time in "<span class=grey>" by the name, and a "meta" box of
    buttons (Reply, Quote, Complain) that a class names as a time's place: the time is the span's."""
    def comment(number: int, name: str, when: str, text: str) -> str:
        return f"""<li id="comments-tree-item-{number}" class="comments-tree-item"><div id="comment-id-{number}"><div class="comment">
        <div class="com_info"><div class="com_user"><b class="name"><a href="/user/{name}/">{name}</a></b>
        <span class="grey">{when}</span></div><div class="meta"><ul class="left"><li class="reply"><a href="#">Відповісти</a></li>
        <li class="quote"><a href="#">Цитувати</a></li></ul></div></div>
        <div class="com_content"><div class="text"><div id="comm-id-{number}">{text}</div></div></div></div></div></li>"""

    page = f"""<!DOCTYPE html><html lang="uk"><body>{_STORY}<ol class="comments-tree-list">
    {comment(5521, "Петро_Коваль", "26 жовтня 2024 19:42", "Нарешті хтось подивився на ці балки.")}
    {comment(5523, "Оксана", "26 жовтня 2024 20:05", "А об'їзд через що?")}</ol></body></html>"""
    assert [(c.author_name, c.created_at and c.created_at.strftime("%Y-%m-%d %H:%M")) for c in parse_html(page).comments] == [
        ("Петро_Коваль", "2024-10-26 19:42"), ("Оксана", "2024-10-26 20:05"),
    ]


def test_a_talkbacks_title_linking_to_itself_is_not_its_text() -> None:
    """Israeli talkbacks open with a numbered title that links to the talkback itself
    ("a.tb-title" to "#tb-…"), then the name, place and time, then the text: the title is no part
    of the text (a talkback that is only a title keeps it as its text)."""
    def talkback(number: int, title: str, name: str, text: str) -> str:
        body = f'<div class="tb-body"><p>{text}</p></div>' if text else ""
        return f"""<li class="tb-item" id="tb-{number}"><div class="tb-row"><a class="tb-title" href="#tb-{number}">{title}</a>
        <span class="tb-by"><span class="tb-author">{name}</span></span><span class="tb-date">(27.10.24 00:41)</span></div>
        {body}</li>"""

    page = f"""<!DOCTYPE html><html lang="he" dir="rtl"><body>{_STORY}<section class="talkbacks" id="talkbacks">
    <h2>תגובות</h2><ol class="tb-list">
    {talkback(1048822, "מי יגור שם בכלל?", "רונית", "עוד 1,200 יחידות דיור ואין מספיק עבודה בעיר.")}
    {talkback(1048830, "בושה!!!", "אנונימי", "")}</ol></section></body></html>"""
    assert [c.body for c in parse_html(page).comments] == ["עוד 1,200 יחידות דיור ואין מספיק עבודה בעיר.", "בושה!!!"]


def test_an_epoch_in_data_ts_is_the_instant_of_a_time_printed_in_the_papers_zone() -> None:
    """A Polish portal prints "08.01.2025, 14:32" (its own zone, UTC+1) over the instant in
    ``data-ts``: the instant is the time."""
    page = f"""<!DOCTYPE html><html lang="pl"><body>{_STORY}<section class="comments"><h2>Komentarze</h2>
    <div class="comment" id="kom-1"><span class="comment__author">Marek</span>
    <span class="comment__date" data-ts="1736343130">08.01.2025, 14:32</span><p class="comment__text">Wreszcie.</p></div>
    <div class="comment" id="kom-2"><span class="comment__author">Ala</span>
    <span class="comment__date" data-ts="1736345444">08.01.2025, 15:10</span><p class="comment__text">Zobaczymy.</p></div>
    </section></body></html>"""
    assert [c.created_at and c.created_at.strftime("%H:%M") for c in parse_html(page).comments] == ["13:32", "14:10"]


def test_drupal_saved_by_archive_today_its_anchors_profile_links_and_printed_times() -> None:
    """archive.today strips Drupal's classes: each comment is the block after its empty
    ``<a id="comment-2207"></a>``, its name the link to "/user/14", its time the unnamed line
    under the name; a reply's hidden "In reply to <a href=#comment-2207>…</a>" names its parent."""
    def comment(number: int, name: str, when: str, text: str, parent: int | None = None) -> str:
        reply = (f'<p style="position:absolute;width:1px;">In reply to <a href="https://archive.ph/o/X/https://w.ca/comment/{parent}'
                 f'#comment-{parent}">Subject</a> by <a title="View user profile." href="https://w.ca/user/1">Someone</a></p>'
                 if parent else "")
        return f"""<a id="comment-{number}"></a><div style="display:flex;margin-bottom:36px;"><div style="flex:1;">
        <div style="display:flex;"><p style="font-weight:600;"><a title="View user profile." href="https://archive.ph/o/X/https://w.ca/user/{number}"
        style="color:rgb(49, 49, 49);">{name}</a></p><p style="color:rgb(117, 117, 117);">{when}</p></div>
        <div style="font-size:16px;"><p>{text}</p></div>{reply}</div></div>"""

    page = f"""<!DOCTYPE html><html lang="en"><body>{_STORY}<div style="margin-top:54px;"><h2>Comments</h2>
    {comment(2207, "Gerald Gaudet", "Fri, 03/07/2025 - 19:42", "That compressor has been on borrowed time since the 2019 inspection.")}
    <div style="margin-left:52px;">{comment(2209, "Mary Arsenault", "Sat, 03/08/2025 - 08:15", "It was the brine pump, not the compressor, that failed.", 2207)}</div>
    {comment(2211, "Pat Doucette", "Sat, 03/08/2025 - 10:33", "Move it to the other rink, which has ice and the parking.")}
    </div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name, c.created_at and c.created_at.strftime("%d %H:%M"), [r.external_id for r in c.replies])
            for c in comments] == [
        ("comment-2207", "Gerald Gaudet", "07 19:42", ["comment-2209"]), ("comment-2211", "Pat Doucette", "08 10:33", []),
    ]


def test_a_page_naming_its_zone_by_its_abbreviation() -> None:
    """"All times are Indian Standard Time (IST)" (a Shillong paper's own system): IST is UTC+5:30."""
    from threads.zone_statements import stated_zone

    zone = stated_zone("<p>All times are Indian Standard Time (IST).</p>")
    assert zone is not None and str(zone) == "UTC+05:30"
    assert stated_zone("<p>All times are approximate.</p>") is None


def test_a_flat_lists_reply_opening_by_naming_whom_it_answers() -> None:
    """WordPress with threading off lists comments flat; a reply opens "Réponse à Abdelilah: …":
    it answers Abdelilah's latest comment above it."""
    def comment(number: int, name: str, text: str) -> str:
        return f"""<li class="comment depth-1" id="li-comment-{number}"><div id="comment-{number}" class="comment-box">
        <div class="comment-head"><span class="comment-name">{name}</span>
        <a class="comment-permalink" href="#comment-{number}"><time datetime="2024-04-13T18:20:00+01:00">13 avril 2024</time></a></div>
        <div class="comment-text"><p>{text}</p></div></div></li>"""

    page = f"""<!DOCTYPE html><html lang="fr"><body>{_STORY}<ol class="comment-list">
    {comment(20514, "Abdelilah", "Les prix n'ont pas baissé depuis l'an dernier.")}
    {comment(20517, "Fatima Zahra B.", "Je travaille dans un riad, les touristes reviennent.")}
    {comment(20521, "Fassi de Paris", "Réponse à Abdelilah: la hausse des prix c'est partout.")}</ol></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(page).comments] == [
        ("comment-20514", ["comment-20521"]), ("comment-20517", []),
    ]


def test_set_119s_words_lithuanian_name_and_text_classes_indonesian_bar_and_guest() -> None:
    """A Lithuanian paper names the name "vardas" and the text "tekstas" (the masked address in
    "ip" beside them is neither); Komento in Indonesian prints "13 Mei 2024 | 19:42 WIB" and the
    guest label "Tamu", nobody."""
    from threads.comment_names import clean_name
    from threads.html_time import parse_time

    page = f"""<!DOCTYPE html><html lang="lt"><body>{_STORY}<div class="komentaru-sarasas">
    <div class="komentaras" id="komentaras-318204"><div class="komentaras-galva"><span class="vardas">Vida</span>
    <span class="ip">IP: 78.61.*.*</span><time datetime="2024-03-30T21:14:00+02:00">2024-03-30 21:14</time></div>
    <div class="komentaras-tekstas"><p>Gaila. Vaikystėje kiekvieną sekmadienį eidavome į kiną.</p></div></div>
    <div class="komentaras" id="komentaras-318211"><div class="komentaras-galva"><span class="vardas">Jonas</span>
    <span class="ip">IP: 88.119.*.*</span><time datetime="2024-03-30T22:03:00+02:00">2024-03-30 22:03</time></div>
    <div class="komentaras-tekstas"><p>Bilietas kainavo litą.</p></div></div></div></body></html>"""
    assert [(c.author_name, c.body) for c in parse_html(page).comments] == [
        ("Vida", "Gaila. Vaikystėje kiekvieną sekmadienį eidavome į kiną."), ("Jonas", "Bilietas kainavo litą."),
    ]
    found = parse_time("13 Mei 2024 | 19:42 WIB")
    assert found is not None and found.strftime("%d %H:%M") == "13 12:42"
    assert clean_name("Tamu") is None


def test_set_117s_finnish_reply_to_comment_and_disqus_profiles_without_classes() -> None:
    """A Finnish paper's flat list says "Vastaus kommenttiin <a href=#kommentti-48844>#5</a>" (in
    reply to comment #5); Disqus saved by archive.today names a commenter only by the link to
    their Disqus profile ("disqus.com/by/juanpechmid/")."""
    def kommentti(number: int, name: str, text: str, answers: int | None = None) -> str:
        reply = f'<div class="vastaus-viite">Vastaus kommenttiin <a href="#kommentti-{answers}">#{answers}</a></div>' if answers else ""
        return f"""<li class="kommentti" id="kommentti-{number}"><div class="kommentti-otsake"><span class="nimimerkki">{name}</span>
        <span class="aika">4.4.2024 klo 7.22</span></div>{reply}<div class="kommentti-teksti"><p>{text}</p></div></li>"""

    page = f"""<!DOCTYPE html><html lang="fi"><body>{_STORY}<ol class="kommentit">
    {kommentti(48812, "Maija", "Taas myöhässä.")}{kommentti(48821, "Pekka", "Ei yllätä ketään.")}
    {kommentti(48830, "Liisa", "Totta, mutta urakoitsija vaihtui.", answers=48812)}</ol></body></html>"""
    assert [(c.external_id, [r.external_id for r in c.replies]) for c in parse_html(page).comments] == [
        ("kommentti-48812", ["kommentti-48830"]), ("kommentti-48821", []),
    ]
    post = """<li id="post-6592045123" style="list-style:none"><div style="display:flex"><div style="flex:1">
    <header style="display:block"><span style="font-weight:700"><a href="https://archive.ph/o/X/https://disqus.com/by/juanpechmid/"
    style="color:#2A2E2E">Juan Pech</a></span> <span><a href="https://archive.ph/o/X/https://m.mx/nota/%23comment-6592045123"
    title="viernes, 8 de noviembre de 2024 20:14">hace 2 días</a></span></header>
    <div style="font-size:15px"><p>Por fin. Mi hija sale del hospital a las 11 de la noche y cada noche pagamos taxi.</p></div>
    </div></div></li>"""
    page = f"""<!DOCTYPE html><html lang="es"><body>{_STORY}<div id="comentarios"><ul style="list-style:none">{post}
    {post.replace("6592045123", "6592101877").replace("juanpechmid", "marielac").replace("Juan Pech", "Mariela Canul")}</ul></div></body></html>"""
    assert [c.author_name for c in parse_html(page).comments] == ["Juan Pech", "Mariela Canul"]


def test_an_arabic_page_stating_the_zone_of_all_its_times() -> None:
    """An Omani paper: "جميع الأوقات بتوقيت مسقط (GMT+4)" (all times are Muscat time)."""
    from threads.zone_statements import stated_zone

    zone = stated_zone("<p class=note>جميع الأوقات بتوقيت مسقط (GMT+4)</p>")
    assert zone is not None and str(zone) == "UTC+04:00"


def test_datalife_engines_reply_popup_between_a_comment_and_its_replies() -> None:
    """DataLife Engine writes an empty "<div id=dlereplypopup-4024>" between a comment's block and
    the list of its replies: a placeholder of its scripts, not a comment's anchor, so the list
    still answers the comment before it. Ukrainian Drupal's "(не перевірено)" is no part of a name."""
    from threads.comment_names import clean_name

    def item(number: int, name: str, text: str, replies: str = "") -> str:
        return f"""<li id="comments-tree-item-{number}" class="comments-tree-item"><div id="comment-id-{number}"><div class="comment">
        <div class="com_info"><div class="com_user"><b><a href="/user/{number}/">{name}</a></b><br>
        <span class="date grey">14 ноября 2024 13:15</span></div></div>
        <div class="com_content"><div id="comm-id-{number}">{text}</div></div></div></div>
        <div id="dlereplypopup-{number}"></div>{f'<ol class="comments-tree-list">{replies}</ol>' if replies else ''}</li>"""

    page = f"""<!DOCTYPE html><html lang="ru"><body>{_STORY}<div id="dle-comments-list"><ol class="comments-tree-list">
    {item(4021, "Сибиряк55", "Опять троллейбусы режут.", item(4024, "Марина Л.", "А вы сами когда ездили?", item(4029, "Пенсионер", "Каждый день езжу.")))}
    </ol></div></body></html>"""
    comments = parse_html(page).comments
    assert [c.author_name for c in comments] == ["Сибиряк55"]
    assert [r.author_name for r in comments[0].replies] == ["Марина Л."]
    assert [r.author_name for r in comments[0].replies[0].replies] == ["Пенсионер"]
    assert clean_name("Ніна Петрівна (не перевірено)") == "Ніна Петрівна"


def test_a_line_saying_whom_a_comment_answers_is_not_its_text() -> None:
    """A Persian site prints "در پاسخ به سمیه" (in reply to Somayeh) over the reply's words."""
    from threads.html_own_lines import own_lines

    assert own_lines(["در پاسخ به سمیه", "خانم محترم، همه که توان خرید پمپ ندارند."]) == ["خانم محترم، همه که توان خرید پمپ ندارند."]
    opening = "در پاسخ به این سوال باید گفت که شهرداری هیچ برنامه‌ای ندارد."  # a sentence, not a line naming someone
    assert own_lines([opening, "بیشتر."])[0] == opening


def test_anonymous_in_tajik_and_sorani_kurdish() -> None:
    """wpDiscuz in Tajik prints "Беном" (anonymous), Drupal in Sorani "نەناسراو": nobody."""
    from threads.comment_names import clean_name

    assert clean_name("Беном") is None
    assert clean_name("نەناسراو") is None


def test_substack_replies_inside_the_collapser_and_a_deleted_comments_label() -> None:
    """Substack can wrap a comment's replies in the "comment-list-collapser" beside it (set 124,
    a Maui newsletter): they answer that comment. A deleted comment keeps only its "Comment
    deleted" label by the date, and its replies keep it as their parent."""
    def comment(ident: int, name: str | None, text: str, replies: str = "") -> str:
        who = (f'<span class="commentTopItem"><a href="https://substack.com/@x" class="comment-user-name">{name}</a></span>'
               if name else '<span class="comment-deleted-label">Comment deleted</span>')
        box = (f'<div class="comment-list-collapser"><div class="comment-list"><div class="comment-list-items">{replies}'
               '</div></div></div>') if replies else ""
        body = f"<span><p>{text}</p></span>" if text else ""
        return (f'<div class="comment-list-item"><div class="comment" id="comment-{ident}"><div class="comment-content">'
                f'<div class="comment-rest"><div class="comment-meta">{who}<a href="/comment/{ident}" class="comment-date" '
                f'title="Jun 4, 2024, 9:20 AM">Jun 4</a></div><div class="comment-body">{body}</div><div class="comment-actions">'
                f'<a class="comment-action reply-button">Reply</a></div></div></div></div>{box}</div>')

    page = f"""<html><body>{_STORY}<div class="comments-page"><div class="comment-list"><div class="comment-list-items">
    {comment(1, "Leilani K", "The reservoir is at 41 percent.", comment(2, "Keoni B", "It was lower in 2019."))}
    {comment(3, None, "", comment(4, "Marcy F", "Blaming the farmers is too easy."))}
    </div></div></div></body></html>"""
    tree = [(c.external_id, c.author_name, c.body, [(r.external_id, r.body) for r in c.replies]) for c in parse_html(page).comments]
    assert tree == [
        ("comment-1", "Leilani K", "The reservoir is at 41 percent.", [("comment-2", "It was lower in 2019.")]),
        ("comment-3", None, "Comment deleted", [("comment-4", "Blaming the farmers is too easy.")]),
    ]
