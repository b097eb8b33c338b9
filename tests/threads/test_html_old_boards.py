"""Boards and comment tables of the 2000s that a paper's archive or the Wayback Machine still holds:
phpBB 2's table rows, an Israeli forum's tables opened by bare-number anchors with replies in
camel-case boxes, an Arabic site's comment tables."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def _phpbb2_post(number: int, name: str, when: str, body: str) -> str:
    """One post of phpBB 2's subSilver template: the name's cell opens with the post's anchor, the
    post's cell says when, and the next row holds only buttons."""
    return f"""<tr><td class="row1" valign="top"><span class="name"><a name="{number}"></a><b>{name}</b></span><br />
    <span class="postdetails">Stammgast<br />Anmeldungsdatum: 14.03.2005<br />Beiträge: 1204</span></td>
    <td class="row1"><table width="100%"><tr><td><a href="viewtopic.php?p={number}#{number}"><img alt="Beitrag" /></a>
    <span class="postdetails">Verfasst am: {when}&nbsp; Titel: Re: Wasserpreis</span></td></tr>
    <tr><td colspan="2">{body}</td></tr></table></td></tr>
    <tr><td class="row1"><a href="#top">Nach oben</a></td><td class="row1"><a href="profile.php?u=8">Profil</a></td></tr>"""


def test_phpbb_2_rows_their_anchors_quotes_and_the_pasted_story() -> None:
    """Each post is a table row named by an empty anchor by the poster's name; times are in the
    board's stated zone; a quote's header sits in a row of its own over the quoted cell and names
    whose post it answers; the opening post pasting the story under its headline is the article."""
    quote = ('<span class="postbody"></span><table width="90%"><tr><td><span class="genmed"><b>Mausi71 hat folgendes '
             'geschrieben:</b></span></td></tr><tr><td class="quote">Hätten die das nicht in Schritten machen können?'
             '</td></tr></table><span class="postbody"><br />Dann hätte sich jeder bei jedem Schritt aufgeregt.</span>')
    page = f"""<html><head><title>Forum :: Thema anzeigen - Stadtwerke: Wasser wird 18 Prozent teurer</title></head><body>
    <a class="maintitle" href="viewtopic.php?t=4120">Stadtwerke: Wasser wird 18 Prozent teurer</a>
    <table class="forumline" width="100%">
    {_phpbb2_post(38120, "Kalle_W", "26.10.2007 18:36", '<span class="postbody">Stadtwerke Wetzlar: Wasser wird 18 Prozent '
                  'teurer<br /><br />' + "Die Stadtwerke erhöhen zum 1. Januar den Wasserpreis deutlich. " * 12 + "</span>")}
    {_phpbb2_post(38124, "Mausi71", "26.10.2007 20:14", '<span class="postbody">Acht Jahre keine Erhöhung und dann gleich '
                  '18 Prozent.</span>')}
    {_phpbb2_post(38127, "ruediger", "26.10.2007 21:03", quote)}
    {_phpbb2_post(38131, "Heinz-Peter", "27.10.2007 08:47", '<span class="postbody">Ein Sozialtarif wäre das Mindeste.'
                  '</span>')}
    </table><span class="gensmall">Alle Zeiten sind GMT + 1 Stunde</span></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("38124", "Mausi71", [("38127", "ruediger", [])]), ("38131", "Heinz-Peter", []),
    ]
    assert comments[0].body == "Acht Jahre keine Erhöhung und dann gleich 18 Prozent."
    assert comments[0].replies[0].body == "Dann hätte sich jeder bei jedem Schritt aufgeregt."
    assert [c.created_at.strftime("%Y-%m-%d %H:%M") for c in (comments[0], comments[1]) if c.created_at] == [
        "2007-10-26 19:14", "2007-10-27 07:47",
    ]


def test_tables_after_bare_number_anchors_with_replies_in_camel_case_boxes() -> None:
    """An Israeli forum: ``<a name="5581262">`` then the message's table; its replies follow in a
    "msgReplies" box; a message that is only its title ("(ל"ת)", no text) is that title."""
    def message(number: int, name: str, title: str, text: str) -> str:
        return f"""<a name="{number}"></a><table class="msgTbl" id="msg{number}">
        <tr><td class="msgHead"><span class="msgTitle">{title}</span></td></tr>
        <tr><td class="msgInfo">מאת: <span class="msgAuthor"><a href="/user.asp?id={number % 97}">{name}</a></span> |
        <span class="msgDate">10/9/10 16:22</span></td></tr><tr><td class="msgBody">{text}</td></tr></table>"""

    page = f"""<html dir="rtl"><body><h1>העירייה תסגור את הבריכה</h1><p>{"הבריכה העירונית תיסגר לשיפוץ של שנה. " * 20}</p>
    <div class="forumMsgs">{message(5581262, "דני_ג", "שנה?!", "וכבר צריך שיפוץ של שנה? מי בנה אותה?")}
    <div class="msgReplies">{message(5581301, "מיכל ר.", "לא רק הבריכה", "דני, גם המלתחות לא עומדות בתקן.")}
    <div class="msgReplies">{message(5581355, "דני_ג", 'צודקת, לא ידעתי (ל"ת)', "")}</div></div>
    {message(5581447, "רוני_השחיין", "ומה עם הנוער?", "הילדים מתאמנים חמש פעמים בשבוע.")}</div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("msg5581262", "דני_ג", [("msg5581301", "מיכל ר.", [("msg5581355", "דני_ג", [])])]),
        ("msg5581447", "רוני_השחיין", []),
    ]
    assert comments[0].replies[0].replies[0].body == 'צודקת, לא ידעתי (ל"ת)'


def test_an_arabic_sites_comment_tables_their_evening_marks_and_vocatives() -> None:
    """A Jordanian site of 2011 prints each comment as ``table.comment#comment-N``, its time as
    "11/07/2011 - 09:22 م" (م after noon, ص before), flat: a reply opens by calling the one it
    answers, "يا أخ خالد" ("O brother Khalid")."""
    def comment(number: int, name: str, when: str, text: str) -> str:
        return f"""<table class="comment" id="comment-{number}" width="100%"><tr><td class="comment_head">
        <span class="comment_num">{number % 10}</span></td><td class="comment_head"><span class="comment_title">عنوان</span></td></tr>
        <tr><td></td><td class="comment_body">{text}</td></tr><tr><td></td><td class="comment_info">
        <span class="comment_name">{name}</span> | <span class="comment_date">{when}</span></td></tr></table>"""

    page = f"""<html dir="rtl" lang="ar"><body><h1>انقطاع المياه عن أحياء في إربد</h1><p>{"تواصل انقطاع المياه. " * 30}</p>
    <div id="comments_box">{comment(20914, "أبو محمد", "11/07/2011 - 09:22 م", "الماء ما اجت على حي التركمان.")}
    {comment(20921, "خالد العمري", "12/07/2011 - 08:40 ص", "انا بشتغل في قطاع المياه والمشكلة أكبر.")}
    {comment(20925, "أم ليث", "12/07/2011 - 10:15 ص", "يا أخ خالد احترمنا، بس الاعتداءات موجودة من سنين.")}</div>
    </body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [
        ("comment-20914", "أبو محمد", []), ("comment-20921", "خالد العمري", [("comment-20925", "أم ليث", [])]),
    ]
    assert comments[0].created_at is not None and comments[0].created_at.strftime("%d %H:%M") == "11 21:22"


def test_a_forum_threads_story_posted_by_the_sites_own_account_is_the_article() -> None:
    """The paper's editors ("מערכת השרון היום", of the site "השרון היום") open the thread with the
    story: it is the article, and the replies to it are top-level comments."""
    def message(number: int, name: str, text: str) -> str:
        return f"""<a name="{number}"></a><table class="msgTbl" id="msg{number}"><tr><td class="msgInfo">מאת:
        <span class="msgAuthor">{name}</span> | <span class="msgDate">10/9/10 16:22</span></td></tr>
        <tr><td class="msgBody">{text}</td></tr></table>"""

    story = "עיריית רמת השרון הודיעה היום כי הבריכה העירונית תיסגר לשיפוץ מקיף לתקופה של כשנה. " * 6
    page = f"""<html dir="rtl"><head><meta property="og:site_name" content="השרון היום"></head><body>
    <h1>העירייה תסגור את הבריכה</h1><div class="forumMsgs">{message(5581200, "מערכת השרון היום", story)}
    <div class="msgReplies">{message(5581262, "דני_ג", "וכבר צריך שיפוץ של שנה?")}
    {message(5581447, "רוני_השחיין", "הילדים מתאמנים חמש פעמים בשבוע.")}</div></div></body></html>"""
    assert _tree(parse_html(page).comments) == [("msg5581262", "דני_ג", []), ("msg5581447", "רוני_השחיין", [])]
