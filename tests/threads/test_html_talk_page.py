"""A MediaWiki talk page's comments, as DiscussionTools brackets them (threads/html_talk_page.py)."""

from __future__ import annotations

from threads.html_reader import parse_html


def _comment(ident: str, text: str, signature: str) -> str:
    return (
        f'<span data-mw-comment-start="" id="{ident}"></span>{text} {signature} '
        f'<span class="ext-discussiontools-init-timestamplink"><a href="#{ident}">14:22, 3 April 2023 (UTC)</a></span>'
        f'<span data-mw-comment-end="{ident}"></span>'
        '<span class="ext-discussiontools-init-replylink-buttons"><a role="button">reply</a></span>'
    )


def _user(name: str) -> str:
    return f'<a href="/wiki/User:{name.replace(" ", "_")}">{name}</a> (<a href="/wiki/User_talk:{name}">talk</a>)'


def test_talk_page_threads_come_from_the_comment_ids() -> None:
    """Replies are indented ``dd``s after their parent's paragraph, so nothing encloses a thread;
    the start marker's id names the comment answered, and the time in UTC."""
    first = "c-Marta_Kovač-20230403142200-Detour_route"
    reply = "c-Hbrennan-20230403151000-Marta_Kovač-20230403142200"
    anonymous = "c-203.0.113.44-20230403163500-Hbrennan-20230403151000"
    other = "c-OldTownGreg-20230404081500-Ferry_timetable"
    unsigned = (
        '<span class="autosigned">— Preceding <a href="/wiki/Help:Signatures">unsigned</a> comment added by '
        '<a href="/wiki/Special:Contributions/203.0.113.44">203.0.113.44</a></span>'
    )
    page = f"""<html><body><h1>Ferry Street bridge to close</h1><p>{'The bridge closes for repairs. ' * 30}</p>
    <div class="mw-heading"><h3 id="Detour_route">Detour route</h3></div>
    <p>{_comment(first, "The detour goes past the <b>primary school</b>.", _user("Marta Kovač"))}</p>
    <dl><dd>{_comment(reply, "Mill Road has a weight limit too.", _user("Hbrennan"))}
    <dl><dd>{_comment(anonymous, "Buses are exempt.", unsigned)}</dd></dl></dd></dl>
    <div class="mw-heading"><h3 id="Ferry_timetable">Ferry timetable</h3></div>
    <p>{_comment(other, "Is the council adding crossings?", _user("OldTownGreg"))}</p></body></html>"""
    top, second = parse_html(page).comments
    assert (top.external_id, top.author_name, top.body) == (
        first, "Marta Kovač", "The detour goes past the primary school.",
    )
    assert top.created_at is not None and top.created_at.isoformat() == "2023-04-03T14:22:00+00:00"
    (answer,) = top.replies
    assert (answer.author_name, answer.body) == ("Hbrennan", "Mill Road has a weight limit too.")
    (deeper,) = answer.replies
    assert (deeper.external_id, deeper.author_name, deeper.body) == (anonymous, None, "Buses are exempt.")
    assert (second.author_name, second.replies) == ("OldTownGreg", [])


def test_a_german_talk_page_signs_with_benutzer_links() -> None:
    """German Wikipedia's signature links the "Benutzer:" namespace: the name, and the signature is
    no part of the text; a signature the reader cannot tell gives way to the id's signer."""
    first = "c-Lukas_Brenner-20250329114500-Ursache"
    reply = "c-Schwarzwaldkiefer-20250329130200-Lukas_Brenner-20250329114500"
    signature = ('<a href="/wiki/Benutzer:Lukas_Brenner" title="Benutzer:Lukas Brenner">Lukas Brenner</a> '
                 '(<a href="/wiki/Benutzer_Diskussion:Lukas_Brenner">Diskussion</a>)')
    page = f"""<html lang="de"><body><h1>Brückeneinsturz</h1><p>{'Die Brücke ist eingestürzt. ' * 30}</p>
    <div class="mw-heading"><h2 id="Ursache">Ursache</h2></div>
    <p>{_comment(first, "Laut Kurier war es Spannungsrisskorrosion.", signature)}</p>
    <dl><dd>{_comment(reply, "Das ist noch nicht belegt.", "—&nbsp;Schwarzwaldkiefer")}</dd></dl></body></html>"""
    (top,) = parse_html(page).comments
    assert (top.author_name, top.body) == ("Lukas Brenner", "Laut Kurier war es Spannungsrisskorrosion.")
    assert [r.author_name for r in top.replies] == ["Schwarzwaldkiefer"]
