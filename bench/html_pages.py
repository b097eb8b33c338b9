"""Realistic saved article pages for the HTML reader's benchmark, written here, not copied.

The saved test pages are small and comment-dense (a few kilobytes, a handful of comments); a
newsroom's saved page is a few thousand words of story inside a theme (menus, sidebars, scripts)
with tens to hundreds of comments, nested a few deep. ``article_page`` builds such a page in
WordPress markup, deterministically from a seed, so the benchmark measures both shapes.
"""

from __future__ import annotations

import random

_WORDS = tuple(
    [
        "council",
        "budget",
        "harbour",
        "ferry",
        "tenants",
        "rent",
        "water",
        "levels",
        "school",
        "board",
        "vote",
        "residents",
        "evening",
        "planning",
        "permit",
        "bridge",
        "repairs",
        "traffic",
        "the",
        "a",
        "of",
        "and",
        "to",
        "in",
        "that",
        "it",
        "was",
        "for",
        "on",
        "with",
        "as",
        "said",
        "would",
        "could",
        "their",
        "there",
        "which",
        "about",
        "after",
        "before",
        "meeting",
        "report",
        "figures",
        "county",
        "inspector",
        "contract",
        "delayed",
        "spring",
        "autumn",
        "funding",
        "library",
        "closure",
        "hospital",
        "nurses",
        "wages",
        "housing",
        "plan",
    ]
)
_NAMES = (
    "Maeve",
    "Tomasz K.",
    "Ruth Okafor",
    "harbourwatcher",
    "J. Lindqvist",
    "Priya",
    "Old Sam",
    "Ines M.",
    "Kwame",
    "Dot Fairley",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, 8, 22) for _ in range(sentences))


def _comment(rng: random.Random, number: int, depth: int, replies: str) -> str:
    month = rng.choice(_MONTHS)
    day, hour, minute = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 59)
    stamp = f"{month} {day}, 2023 at {hour}:{minute:02d} {rng.choice(('am', 'pm'))}"
    iso = f"2023-{_MONTHS.index(month) + 1:02d}-{day:02d}T{hour:02d}:{minute:02d}:00+00:00"
    # Some themes print only the text of the time, which the reader has to parse.
    when = (
        f'<time datetime="{iso}">{stamp}</time>'
        if number % 3
        else f'<span class="comment-date">{stamp}</span>'
    )
    body = "".join(f"<p>{_paragraph(rng, rng.randint(1, 3))}</p>" for _ in range(rng.randint(1, 3)))
    children = f'<ol class="children">{replies}</ol>' if replies else ""
    return (
        f'<li id="comment-{number}" class="comment byuser depth-{depth} {"odd" if number % 2 else "even"}">'
        f'<article id="div-comment-{number}" class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><img alt="" src="/avatar/{number}.png" class="avatar" height="32">'
        f'<b class="fn">{rng.choice(_NAMES)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="/story/#comment-{number}">{when}</a>'
        f'</div></footer><div class="comment-content">{body}</div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>'
        f"</article>{children}</li>"
    )


def _thread(rng: random.Random, count: int) -> str:
    """``count`` comments: top-level ones with replies up to four deep."""
    made = 0
    out: list[str] = []

    def make(depth: int) -> str:
        nonlocal made
        made += 1
        number = made
        replies = []
        while depth < 4 and made < count and rng.random() < 0.45 / depth:
            replies.append(make(depth + 1))
        return _comment(rng, number, depth, "".join(replies))

    while made < count:
        out.append(make(1))
    return "".join(out)


def article_page(words: int, comments: int, seed: int = 0) -> bytes:
    """A WordPress article page with about ``words`` words of story and ``comments`` comments."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    written = 0
    while written < words:
        text = _paragraph(rng, rng.randint(2, 5))
        written += len(text.split())
        paragraphs.append(f"<p>{text}</p>")
        if len(paragraphs) % 9 == 0:
            paragraphs.append(
                '<figure class="wp-caption"><img src="/p.jpg" alt=""><figcaption>'
                f"{_sentence(rng, 5, 10)}</figcaption></figure>"
            )
    menu = "".join(f'<li class="menu-item"><a href="/s/{w}">{w.title()}</a></li>' for w in _WORDS[:12])
    recent = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{n}</span> on '
        f'<a href="/x/#comment-{i}">An older story</a></li>'
        for i, n in enumerate(_NAMES)
    )
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry contract '
        'delayed again | The Lakeside Courier</title><meta property="article:published_time" '
        'content="2023-03-02T08:00:00+00:00"><link rel="stylesheet" href="/style.css">'
        f"<script>{'var cfg = {a: 1, b: [2, 3]};' * 40}</script></head>"
        '<body class="post-template-default single single-post"><header id="masthead" class="site-header">'
        f'<nav id="site-navigation" class="main-navigation"><ul class="menu">{menu}</ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main">'
        '<article id="post-1" class="post type-post"><header class="entry-header">'
        '<h1 class="entry-title">Harbour ferry contract delayed again</h1><div class="entry-meta">'
        '<span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/ruth">'
        'Ruth Okafor</a></span></span> <time class="entry-date published" datetime="2023-03-02T08:00:00+00:00">'
        f'March 2, 2023</time></div></header><div class="entry-content">{"".join(paragraphs)}'
        '<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li></ul></div>'
        '</div></article><div id="comments" class="comments-area">'
        f'<h2 class="comments-title">{comments} thoughts on “Harbour ferry contract delayed again”</h2>'
        f'<ol class="comment-list">{_thread(rng, comments)}</ol><div id="respond" class="comment-respond">'
        '<form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post">'
        '</form></div></div></main><aside id="secondary" class="widget-area"><section '
        f'class="widget widget_recent_comments"><ul id="recentcomments">{recent}</ul></section></aside>'
        '</div><footer id="colophon" class="site-footer"><p>© The Lakeside Courier</p></footer></body></html>'
    )
    return page.encode("utf-8")
