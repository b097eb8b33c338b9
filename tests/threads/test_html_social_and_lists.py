"""Threads a newsroom or researcher saves from outside its own site: a mailing list's HyperKitty
archive, a Bluesky thread, an X conversation, a Moodle forum of the paper's members, LinkedIn
comments under an article, a Nextdoor post and a Vanilla discussion (hand-written set 107); and
what the nineteenth blind round (sets 108-111) showed: Facebook's plugin in its later markup,
WordPress saved by archive.today, Bengali and Khmer words. Pages written for these tests."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Maternity unit to stop births in January</h1><p>{'The health agency confirmed the closure on Friday. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, list[object]]]:
    return [(c.external_id, _tree(c.replies)) for c in comments]


def _email(ident: str, name: str, day: str, clock: str, body: str, first: bool = False) -> str:
    return f"""<div class="email{' email-first' if first else ''}"><div id="{ident}" class="email-header">
    <div class="gravatar-wrapper"><div class="email-author"><span class="name"><a href="/archives/users/{ident.lower()}/">{name}</a>
    </span><br><span class="rank">12 messages</span></div></div><div class="email-date right">
    <span class="date d-none d-sm-inline">{day}</span><span class="date d-sm-none">26 oct. '24</span>
    <div class="time"><span title="Heure de l'expéditeur : {day} 21:48">{clock}</span></div></div></div>
    <div class="email-body">{body}</div><div class="email-info"><a class="reply reply-mailto" href="mailto:l@x">Répondre</a></div></div>"""


def test_hyperkitty_replies_indented_by_level_under_the_first_message() -> None:
    """Mailman 3's archive prints a thread's first message, then its replies flat in one box after
    a sort link, each in a wrapper whose left margin is twice its level: level 0 answers the first
    message, a deeper one the shallower one before it. The day and the clock are printed in two
    elements of one small box, and a reply opens with its mail client's attribution over the
    quoted lines, which are not its own words."""
    def reply(margin: int, email: str) -> str:
        return f'<div class="even" style="margin-left:{margin}em;">{email}</div>'

    quoted = ('Le sam. 26 oct. 2024 à 22:31, Claire V &lt;claire(a)example.fr&gt; a écrit :\n<div class="quoted-switch">'
              '<a href="#">...</a></div><div class="quoted-text">&gt; the night emergencies\n</div>\nExactly the problem.')
    page = f"""<!DOCTYPE html><html><body><div class="row view-thread"><div class="col-sm-9"><div class="thread-header"><h3>Maternity</h3></div>
    {_email("Q7V3MZK2HRAW5XNE4CJTY6PLUBDG2SOF", "Bernard M", "sam. 26 oct. 2024", "19:48", "Good evening all, here is the article. " * 30, first=True)}
    <p class="sort-mode"><a href="?sort=date">Afficher les réponses par date</a></p><div class="replies">
    {reply(0, _email("M4KXJ2WQ7ZB5NREH3TLUVA6CYDPGS5IO", "Claire V", "sam. 26 oct. 2024", "20:31", "Thanks Bernard."))}
    {reply(2, _email("3ZPWE7HNQK5JRL2XTCAMU4YV6BSGDFOA", "Bernard M", "sam. 26 oct. 2024", "21:05", quoted))}
    {reply(2, _email("TN5LGX2RBH7QWEKZ4JMVAU3PC6YSDIFE", "Sylvie C", "dim. 27 oct. 2024", "07:40", "Hello Claire."))}
    {reply(0, _email("HX6C4VQPZJ2WK7NTRE3LUBMA5YSGDFKR", "Monique B", "dim. 27 oct. 2024", "00:58", "Retired midwife here."))}
    </div></div></div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("Q7V3MZK2HRAW5XNE4CJTY6PLUBDG2SOF", [("M4KXJ2WQ7ZB5NREH3TLUVA6CYDPGS5IO", [("3ZPWE7HNQK5JRL2XTCAMU4YV6BSGDFOA", []), ("TN5LGX2RBH7QWEKZ4JMVAU3PC6YSDIFE", [])]), ("HX6C4VQPZJ2WK7NTRE3LUBMA5YSGDFKR", [])])]
    claire = comments[0].replies[0]
    assert (claire.author_name, claire.created_at and claire.created_at.strftime("%Y-%m-%d %H:%M")) == (
        "Claire V", "2024-10-26 20:31")
    body = claire.replies[0].body
    assert body == "\u201cthe night emergencies\u201d\n\nExactly the problem."


def _bluesky_post(handle: str, name: str, rkey: str, when: str, text: str, depth: int, anchor: bool = False) -> str:
    guides = '<div style="width: 14px; margin-left: 6px; border-left-width: 2px; flex-shrink: 0;"></div>' * depth
    counts = f'<a href="/profile/{handle}/post/{rkey}/liked-by">88 curtidas</a>' if anchor else ""
    return f"""<div><div role="link" tabindex="0" data-testid="postThreadItem-by-{handle}" style="padding-left: 8px;">{guides}
    <div style="flex: 1 1 0%;"><a href="/profile/{handle}" class="css-146c3p1 r-1loqt21" aria-label="Ver perfil"><span>{name}</span><span>@{handle}</span></a>
    <a href="/profile/{handle}/post/{rkey}" class="css-146c3p1 r-1loqt21" aria-label="{when}" data-tooltip="{when}">2d</a>
    <div dir="auto" data-testid="postText">{text}</div>{counts}</div></div></div>"""


def test_a_bluesky_thread_nested_by_its_indent_guides_under_the_anchor_post() -> None:
    """Bluesky's web app draws a reply's depth as that many empty bordered columns before it; the
    anchor post, the only one linking to its likes, is the story; the time is the time link's
    tooltip ("15 de outubro de 2024 às 19:07"), not its "2d"."""
    page = f"""<!DOCTYPE html><html lang="pt"><body><main>
    {_bluesky_post("folha.com.br", "Folha do Vale", "3l6krz7ujbd2q", "15 de outubro de 2024 às 19:00", "Prefeitura adia a reforma. " * 20, 0, anchor=True)}
    {_bluesky_post("marcia.bsky.social", "Márcia Ferraz", "3l6ktbw5pzw2k", "15 de outubro de 2024 às 19:07", "De novo? Já adiaram em 2022.", 0)}
    {_bluesky_post("ze.bsky.social", "Zé do Queijo", "3l6kuc3gkr22x", "15 de outubro de 2024 às 19:25", "Sou permissionário há 18 anos.", 1)}
    {_bluesky_post("marcia.bsky.social", "Márcia Ferraz", "3l6kv2hx5cn2s", "15 de outubro de 2024 às 19:38", "Força, Zé.", 2)}
    {_bluesky_post("rafa.com.br", "Rafael Antunes", "3l6m3tqd7lk2v", "16 de outubro de 2024 às 08:03", "Pra ser justo, o texto diz.", 0)}
    </main></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("3l6ktbw5pzw2k", [("3l6kuc3gkr22x", [("3l6kv2hx5cn2s", [])])]), ("3l6m3tqd7lk2v", [])]
    assert [(c.author_name, c.created_at and c.created_at.strftime("%d %H:%M")) for c in comments] == [
        ("Márcia Ferraz", "15 19:07"), ("Rafael Antunes", "16 08:03")]


def test_an_x_conversation_leaves_its_focused_post_to_the_story() -> None:
    """X marks a conversation's posts ``article[data-testid=tweet]``; the focused post (tabindex
    -1) is the story, the replies (tabindex 0) its comments, each named by its status link."""
    def tweet(handle: str, name: str, status: str, text: str, focused: bool = False) -> str:
        return f"""<div data-testid="cellInnerDiv"><article role="article" tabindex="{-1 if focused else 0}" data-testid="tweet">
        <div data-testid="User-Name"><a href="/{handle}"><span>{name}</span></a><a href="/{handle}"><span>@{handle}</span></a>
        <a href="/{handle}/status/{status}" class="css-146c3p1 r-bcqeeo"><time datetime="2025-03-28T19:31:02.000Z">Mar 28</time></a></div>
        <div lang="en" data-testid="tweetText"><span>{text}</span></div></article></div>"""

    page = f"""<!DOCTYPE html><html><body><main><section aria-label="Conversation">
    {tweet("WexCourier", "Wexcombe Courier", "1905600000000000000", "NEW: Councillors voted 7–4 last night. " * 8, focused=True)}
    {tweet("gwenparry", "Gwen Parry", "1905692711384920211", "24 hours?? Who exactly is getting a bus at 3am.")}
    {tweet("devm", "Dev Malhotra", "1905866127048622169", "Good. Every single morning the 41 sits behind delivery vans.")}
    </section></main></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name) for c in comments] == [("1905692711384920211", "Gwen Parry"), ("1905866127048622169", "Dev Malhotra")]


def test_a_moodle_forum_post_named_by_its_profile_link() -> None:
    """Moodle prints "von <a href=…/user/view.php?id=97>Klaus Deuschle</a> - <time>" under the
    post's subject: the name is the profile link's, not the subject above it."""
    def post(number: int, subject: str, name: str, text: str, replies: str = "") -> str:
        return f"""<article id="p{number}" class="forum-post-container mb-2" data-post-id="{number}" data-region="post">
        <div class="d-flex border p-2 mb-2 forumpost focus-target"><div class="d-flex flex-column w-100">
        <header class="mb-2 header row d-flex"><div class="d-flex flex-column"><h3 class="h6 fw-bold mb-0">{subject}</h3>
        <div class="mb-3">von <a href="https://club.example.de/user/view.php?id={number}&amp;course=7">{name}</a> -
        <time datetime="2025-03-30T09:12:00+02:00">Sonntag, 30. März 2025, 09:12</time></div></div></header>
        <div class="post-content-container"><p>{text}</p></div></div></div>
        <div class="indent" data-region="replies-container">{replies}</div></article>"""

    page = f"""<!DOCTYPE html><html lang="de"><body>{_STORY}<div class="discussion-nested">
    {post(8812, "Zu teuer", "Hanna Vogt", "Hundertzwanzig Euro sind zu viel.",
          post(8815, "Re: Zu teuer", "Klaus Deuschle", "Frau Vogt, in Heidelberg zahlt man mehr."))}
    </div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name) for c in comments] == [("p8812", "Hanna Vogt")]
    assert [(c.external_id, c.author_name) for c in comments[0].replies] == [("p8815", "Klaus Deuschle")]


def test_linkedin_comments_their_names_and_the_private_member() -> None:
    """LinkedIn names a commenter in "comments-comment-meta__description-title", the connection
    degree after it ("• 2nd"), in a meta box whose BEM modifier "--parent" says it heads a
    top-level comment (not a box naming the comment answered); "LinkedIn Member" is a private
    profile, nobody."""
    def comment(urn: str, name: str, degree: str, text: str, replies: str = "") -> str:
        return f"""<article class="comments-comment-entity" data-id="urn:li:comment:(urn:li:linkedInArticle:1,{urn})">
        <div class="comments-comment-meta__container comments-comment-meta__container--parent">
        <a href="https://www.linkedin.com/in/{urn}/"><h3 class="comments-comment-meta__description">
        <span class="comments-comment-meta__description-title">{name}</span>
        <span class="comments-comment-meta__data"><span aria-hidden="true">{degree}</span></span></h3></a></div>
        <div class="comments-comment-item-content-body"><span class="comments-comment-item__main-content">{text}</span></div>
        {replies}</article>"""

    page = f"""<!DOCTYPE html><html><body>{_STORY}<div class="comments-comments-list">
    {comment("11", "Tomasz Zieliński", " • 2nd", "Great piece, Agnieszka.")}
    {comment("12", "LinkedIn Member", "", "We did the same at our paper.")}
    </div></body></html>"""
    comments = parse_html(page).comments
    assert [(c.author_name, c.body) for c in comments] == [
        ("Tomasz Zieliński", "Great piece, Agnieszka."), (None, "We did the same at our paper.")]


def test_a_header_part_left_hanging_before_the_text_is_not_text() -> None:
    """Nextdoor prints "Kooringal East · 2 d ago" between the name and the text: with the time
    read off, the neighbourhood and its separator are not the comment's words."""
    def comment(number: int, name: str, place: str, text: str) -> str:
        return f"""<div class="comment-container" id="comment_{number}" data-comment-id="{number}">
        <div class="comment-body-container"><div class="comment-detail-container"><div class="comment-bubble">
        <div class="comment-detail-author-row"><a href="/profile/{number}/" class="comment-detail-author-name">{name}</a></div>
        <div class="comment-detail-scopeline"><span>{place}</span><span aria-hidden="true"> · </span>
        <span class="comment-detail-timestamp">2 d ago</span></div>
        <div class="comment-body-text-container"><span class="content-body">{text}</span></div></div></div></div></div>"""

    page = f"""<!DOCTYPE html><html><body>{_STORY}<div class="comments">
    {comment(1, "Fiona McGrath", "Kooringal East", "About time.")}{comment(2, "Dimitri K.", "Kooringal North", "The trucks are the problem.")}
    </div></body></html>"""
    assert [c.body for c in parse_html(page).comments] == ["About time.", "The trucks are the problem."]


def test_a_vanilla_quote_embed_links_the_comment_it_quotes() -> None:
    """Vanilla's flat discussions quote a comment in an embed whose header links it, five
    elements below the quote's box: the reply answers the comment quoted."""
    def comment(number: int, name: str, text: str) -> str:
        return f"""<li class="Item ItemComment" id="Comment_{number}"><div class="Comment"><div class="Item-Header CommentHeader">
        <span class="Author"><a href="/profile/{name}" class="Username">{name}</a></span>
        <span class="MItem DateCreated"><a href="/discussion/comment/{number}#Comment_{number}" class="Permalink">
        <time datetime="2025-03-09T01:37:40+00:00">March 8</time></a></span></div>
        <div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{text}</div></div></div></div></li>"""

    quote = """<div class="embedExternal embedQuote"><div class="embedExternal-content"><article class="embedText-body">
    <div class="embedText-main"><div class="embedText-header embedQuote-header"><a href="/profile/dorisw" class="embedQuote-userLink">
    <span class="embedQuote-userName">dorisw</span></a><a href="/discussion/comment/13#Comment_13" class="embedQuote-metaLink">
    <time class="embedQuote-dateTime meta" datetime="2025-03-08T21:52:18+00:00">March 8</time></a></div>
    <div class="embedQuote-excerpt userContent"><p>Has anyone heard from the harbormaster?</p></div></div></article></div></div>"""
    page = f"""<!DOCTYPE html><html><body>{_STORY}<ul class="MessageList DataList Comments">
    {comment(13, "dorisw", "<p>We have a mooring in the inner harbor. Has anyone heard from the harbormaster?</p>")}
    {comment(14, "pete", "<p>The dredge starts Monday.</p>")}
    {comment(19, "CaptainMikeL", quote + "<p>They're moving K and L rows out.</p>")}
    </ul></body></html>"""
    assert _tree(parse_html(page).comments) == [("Comment_13", [("Comment_19", [])]), ("Comment_14", [])]


def test_facebooks_plugin_without_its_ufi_names_nests_its_replies() -> None:
    """Later versions of Facebook's comments plugin dropped the "UFIComment" and "UFIReplyList"
    names: a comment is the image block ``div._3-8y[direction=left]`` holding its replies, and its
    id is in the link on its time ("?fb_comment_id=…"). A reply opening with another reply's
    author ("Mónica, …") still answers the comment it is listed under: the plugin nests one level."""
    def block(ident: str, name: str, text: str, replies: str = "", top: bool = True) -> str:
        return f"""<div class="_3-8y{' _5nz1' if top else ''} clearfix" direction="left"><div class="_ohe lfloat">
        <a href="https://www.facebook.com/{name.split()[0].lower()}" class="img _8o _8s UFIImageBlockImage"><img alt=""></a></div>
        <div><div class="UFIImageBlockContent _42ef _8u"><div><div class="UFICommentContentBlock"><div class="UFICommentContent">
        <div class="_26f8"><a class=" UFICommentActorName" href="https://www.facebook.com/{name.split()[0].lower()}">{name}</a></div>
        <div class="_30o4"><span><span class="_5mdd"><span>{text}</span></span></span></div></div>
        <div class="fsm fwn fcg UFICommentActions"><a class="UFIReplyLink" href="#">Responder</a> ·
        <a class="uiLinkSubtle" href="https://diario.example.ec/nota/?fb_comment_id=9183440212745561_{ident}">
        <abbr class="UFISutroCommentTimestamp livetimestamp" data-utime="1755011100">2 d</abbr></a></div></div>
        {f'<div class="_44ri _2pis">{replies}</div>' if replies else ''}</div></div></div></div>"""

    replies = (block("91835512", "Mónica Ordóñez", "Carlos Jaramillo tiene razón.", top=False)
               + block("91835673", "Carlos Jaramillo", "Mónica, ojalá.", top=False))
    page = f"""<!DOCTYPE html><html lang="es"><body>{_STORY}<div class="_4k-6">
    {block("91834805", "Carlos Jaramillo", "Otra vez cierran Jipiro.", replies)}
    {block("91834961", "Lorena Cueva", "Ojalá arreglen los baños.")}</div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("9183440212745561_91834805", [("9183440212745561_91835512", []), ("9183440212745561_91835673", [])]),
        ("9183440212745561_91834961", []),
    ]


def test_wordpress_saved_by_archive_today_its_names_and_times_without_classes() -> None:
    """archive.today strips WordPress's classes: the comment is a list item with its id, the name
    a line of its own (a link where the commenter gave a site), the time the permalink's text
    under it. The name line is not the comment's words, and "Anonymous" is nobody."""
    def comment(number: int, name: str, when: str, text: str) -> str:
        return f"""<li id="comment-{number}" style="list-style-type:none;"><div style="display:flex;"><div><img alt="Avatar"
        width="40"></div><div><div style="font-size:15.2px;">{name}</div><div style="display:flex;"><div><span><a
        href="https://archive.ph/Xq7bN#comment-{number}" style="color:rgb(99, 99, 99);">{when}</a></span></div></div>
        <p style="margin-top:9.6px;">{text}</p></div></div></li>"""

    page = f"""<!DOCTYPE html><html lang="en"><body>{_STORY}<ol style="list-style-type:none;">
    {comment(311, '<a href="http://farmers.example" rel="external nofollow ugc">Onalenna Kgosi</a>', "April 11, 2024 at 9:14 am",
             "The crossing has been closed every April.")}
    {comment(320, "Anonymous", "April 11, 2024 at 6:30 pm", "Mokoro polers are charging P50 to cross now.")}
    </ol></body></html>"""
    comments = parse_html(page).comments
    assert [(c.external_id, c.author_name, c.created_at and c.created_at.strftime("%d %H:%M"), c.body) for c in comments] == [
        ("comment-311", "Onalenna Kgosi", "11 09:14", "The crossing has been closed every April."),
        ("comment-320", None, "11 18:30", "Mokoro polers are charging P50 to cross now."),
    ]


def test_bengali_wordpress_morning_and_afternoon_and_khmer_not_yet_verified() -> None:
    """Bengali WordPress prints "ফেব্রুয়ারি ১৮, ২০২৪ ৪:৪৮ অপরাহ্ণ" (afternoon, in Bengali
    digits); Drupal in Khmer marks a visitor "(មិនទាន់ផ្ទៀងផ្ទាត់)", not yet verified."""
    from threads.comment_names import clean_name
    from threads.html_time import parse_time

    assert parse_time("ফেব্রুয়ারি ১৮, ২০২৪ ৪:৪৮ অপরাহ্ণ") == parse_time("18 February 2024 4:48 pm")
    assert parse_time("ফেব্রুয়ারি ১৮, ২০২৪ ৯:১২ পূর্বাহ্ণ") == parse_time("18 February 2024 9:12 am")
    assert clean_name("ចាន់ សុភា (មិនទាន់ផ្ទៀងផ្ទាត់)") == "ចាន់ សុភា"
    assert clean_name("អនាមិក (មិនទាន់ផ្ទៀងផ្ទាត់)") is None


def test_a_substack_notes_thread_leaves_its_focused_note_to_the_story() -> None:
    """Substack marks the note a thread page is about ``data-testid="note-focused"``, its replies
    "note-reply" in the list after it: the focused note is the story, and a reply in that list is
    top-level, not an answer to it."""
    def note(ident: int, name: str, text: str, kind: str = "note-reply", replies: str = "") -> str:
        return f"""<div class="pencraft pc-display-flex" id="c-{ident}" data-testid="{kind}"><div>
        <a href="https://substack.com/@{name.split()[0].lower()}" data-testid="note-author-name">{name}</a>
        <time datetime="2024-11-03T05:22:00.000Z">Nov 3</time></div>
        <div data-testid="note-body"><div class="ProseMirror"><p>{text}</p></div></div>
        {f'<div class="replies-container" data-testid="note-replies">{replies}</div>' if replies else ''}</div>"""

    page = f"""<!DOCTYPE html><html><body><main>
    {note(77812345, "Caleb Ware", "Tonight's story: the county approved a jail food contract. " * 6, kind="note-focused")}
    <div class="replies-list" data-testid="note-replies">
    {note(77830015, "Renee Dupont", "This is exactly why we pay for local news.",
          replies=note(77851204, "Caleb Ware", "Thank you Renee."))}
    {note(77866931, "Marcus Bell", "Fined twice in Ohio for what, though?")}</div></main></body></html>"""
    assert _tree(parse_html(page).comments) == [("c-77830015", [("c-77851204", [])]), ("c-77866931", [])]
