"""The words a forum prints around its posts, in the languages of the boards newspapers run.

A forum thread's post has a header ("Post by X » Fri Oct 25, 2024 8:48 am", "Posted November 12"),
the poster's card ("Join Date" over "Jun 2009", "Posts: 1,214") and, where it answers another, a
quote naming that post's author ("Quote: Originally Posted by X", "Zitat von X"). The text-dump
forum reader (``page_forum_thread``, ``page_forum_posts``) and the HTML reader's quote headers build
their patterns from these lists; the words of ordinary comment sections are ``page_words``'s.
"""

from __future__ import annotations

from typing import Final

# A forum post's quote of another post names its author first: vBulletin "Quote: Originally Posted
# by X" (its image's alt text "Originally Posted" before it in a dump), "Zitat von X", "Citation:
# Envoyé par X", "Cita: Originalmente Escrito por X", "Originariamente inviato da X".
FORUM_QUOTE_WORDS: Final = (
    "originally posted by", "zitat von", "envoyé par", "originalmente escrito por", "originalmente publicado por",
    "originariamente inviato da", "oorspronkelijk geplaatst door",
)
# The line over a forum post's text that names its poster before its time (phpBB: "Post by X »
# Fri Oct 25, 2024 8:48 am", the icon's alt text "Post" before it, glued in w3m: "Postby X »").
FORUM_BY_WORDS: Final = ("by", "von", "par", "por", "da", "door", "przez", "av", "af", "от", "od", "tarafından")
# The word over a forum post's text before its time (Invision: "Posted November 12").
FORUM_POSTED_WORDS: Final = (
    "posted", "geschrieben", "verfasst", "publié", "posté", "publicado", "pubblicato", "geplaatst",
    "opublikowano", "napisano", "опубликовано", "lähetetty", "gönderildi",
)
# What ends a forum post's own text (phpBB's "Top" link to the page's head) or a quote in it
# (XenForo's "Click to expand..." under a long quote).
FORUM_POST_END_WORDS: Final = (
    "top", "back to top", "nach oben", "haut", "arriba", "torna su", "naar boven", "do góry", "наверх",
    "click to expand...", "click to expand", "zum erweitern klicken...", "cliquez pour agrandir...",
    "haz clic para expandir...", "clicca per espandere...", "klik om uit te vouwen...", "kliknij, aby rozwinąć...",
)
# The poster's card between a forum post's name and its text: labels, each over or before its value
# ("Join Date" over "Jun 2009", "Posts: 1,214").
FORUM_USER_INFO_WORDS: Final = (
    "join date", "joined", "posts", "location", "age", "gender", "reputation", "rep power", "thanks",
    "thanked", "registered", "messages", "points", "blog entries", "likes received", "trophy points", "reaction score",
    "registriert seit", "dabei seit", "beiträge", "wohnort", "inscrit le", "inscription", "localisation",
    "fecha de ingreso", "mensajes", "ubicación", "registrato dal", "messaggi", "località",
    "lid sinds", "berichten", "dołączył", "posty", "postów", "skąd", "регистрация", "сообщений", "адрес",
)
# The link to the quoted post after its author's name ("Zitat von X Beitrag anzeigen"); English
# "View Post" is read apart, as w3m may wrap "Post" onto the next line.
FORUM_VIEW_POST_WORDS: Final = (
    "beitrag anzeigen", "voir le message", "ver mensaje", "visualizza messaggio", "bericht bekijken",
    "pokaż post", "zobrazit příspěvek",
)
# A newsroom's own account, by a word of its name ("LagosMetroNews", "Gazette Newsroom", "מערכת
# השרון היום", "Redaktion"): a long opening post by one is the story a thread discusses.
NEWSROOM_WORDS: Final = (
    "news", "newsroom", "newsdesk", "desk", "editors", "editorial", "redaktion", "rédaction", "redacción",
    "redazione", "redactie", "redação", "redakcja", "redakce", "redakcia", "szerkesztőség", "toimitus",
    "редакция", "редакція", "מערכת", "التحرير", "تحریریه", "編集部", "편집국",
)
