"""What a comment system prints where a removed comment was: "This comment has been removed by a
moderator.", "[deleted]", "Dieser Kommentar wurde von der Redaktion entfernt.", "삭제된 댓글입니다".

The placeholder keeps its place in the thread, so the replies under it stay under it: both readers
keep it as a comment by nobody, with no header (no name, no time), and a page's text is checked
against these phrases in every language they are listed in.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_words import REMOVED_REASON_WORDS, alternation

# What a comment system prints in place of a removed comment, which keeps its replies under it:
# "This comment has been removed by a moderator.", "Comment deleted", "[deleted]", "This comment
# was removed". The line is the whole comment; it has no header (no name, no time).
_REMOVED_PHRASE: Final = r"""(?ix)^(?:
        \[(?:deleted|removed)\]
      | (?:this\s+)?(?:comment|post|message|reply)\s+(?:has\s+been|was|is)\s+(?:removed|deleted|withdrawn)
      | (?:this\s+)?(?:comment|post|message|reply)\s+is\s+no\s+longer\s+available
      | (?:comment|post|message|reply)\s+(?:removed|deleted|withdrawn) | (?:deleted|removed)\s+(?:comment|post|message)
      | (?:dieser\s+|dieses\s+)?(?:kommentar|beitrag|posting)\s+(?:wurde\s+)?(?:(?:von\s+der|vom)\s+\w+\s+)?(?:entfernt|gelöscht|gesperrt)
      | gelöschter\s+(?:kommentar|beitrag)  # (Coral's German label where the name was)
      | (?:ce\s+)?commentaire\s+(?:a\s+été\s+)?(?:supprimé|retiré)(?:\s+par\s+(?:la\s+rédaction|la\s+modération|un\s+modérateur))?
      | (?:ce\s+)?commentaire\s+n['’]est\s+plus\s+disponible  # (Coral's French "no longer available")
      | (?:questo\s+)?commento\s+(?:è\s+stato\s+)?(?:rimosso|eliminato|cancellato)(?:\s+dalla\s+redazione)?
      | (?:deze\s+)?reactie\s+(?:is\s+)?(?:verwijderd|verborgen)(?:\s+door\s+de\s+(?:redactie|moderator))?
      | (?:este\s+)?comentário\s+(?:foi\s+)?(?:removido|apagado|excluído)(?:\s+(?:pela\s+(?:redação|moderação)|pelo\s+moderador))?
      | (?:este\s+)?comentario\s+(?:ha\s+sido\s+|fue\s+)?(?:eliminado|borrado|retirado)(?:\s+por\s+(?:la\s+redacción|un\s+moderador))?
      | (?:aquest\s+)?comentari\s+(?:ha\s+estat\s+|va\s+ser\s+)?(?:eliminat|esborrat|retirat)(?:\s+per\s+(?:la\s+redacció|un\s+moderador))?  # ca
      | (?:ovaj\s+)?komentar\s+je\s+(?:uklonjen|obrisan|izbrisan)(?:\s+(?:od\s+strane\s+)?(?:uredništva|moderatora))?(?:\s+zbog\s+kršenja\s+pravila(?:\s+komentiranja)?)?
      | (?:овај\s+)?коментар\s+је\s+(?:уклоњен|обрисан|избрисан)(?:\s+(?:од\s+стране\s+)?(?:уредништва|модератора))?(?:\s+због\s+кршења\s+правила(?:\s+коментарисања)?)?
      | (?:цей\s+)?коментар\s+(?:було\s+)?(?:видалено|приховано)(?:\s+(?:модератором|редакцією))?(?:\s+за\s+порушення\s+правил(?:\s+спільноти)?)?
      | (?:acest\s+)?comentariu\s+(?:(?:a\s+fost\s+)?(?:șters|eliminat|ascuns)(?:\s+de\s+(?:redacție|moderator))?|nu\s+mai\s+este\s+disponibil)
      | تم\s+حذف\s+(?:هذا\s+)?التعليق(?:\s+لمخالفته\s+(?:قواعد|شروط|سياسة)\s+(?:النشر|الموقع|التعليقات))?
      | (?:tento\s+)?(?:příspěvek|komentář)\s+(?:byl\s+)?(?:odstraněn|smazán|skryt)(?:\s+(?:moderátorem|redakcí|administrátorem))?
      | (?:smazaný|odstraněný|skrytý)\s+(?:příspěvek|komentář)  # Czech "Smazaný příspěvek" (deleted post) where the name was
      | (?:ten\s+)?(?:komentarz|wpis)\s+(?:został\s+)?(?:usunięty|ukryty)(?:\s+przez\s+(?:moderatora|redakcję|administratora))?
      | (?:този\s+)?коментар(?:ът)?\s+(?:е\s+)?(?:изтрит|премахнат)  # Bulgarian
      | (?:этот\s+)?комментарий\s+(?:был\s+)?(?:удал[её]н|скрыт)(?:\s+(?:модератором|редакцией))?(?:\s+за\s+нарушение\s+правил(?:\s+сообщества)?)?
      | (?:den\s+här\s+|denne\s+)?kommentaren\s+(?:har\s+(?:tagits\s+bort|raderats|dolts)|er\s+(?:fjernet|fjerna|slettet|sletta|skjult))(?:\s+av\s+(?:en\s+)?\w+)?  # sv, no (Bokmål, Nynorsk), da
      | (?:denne\s+)?kommentar\s+(?:er\s+(?:blevet\s+)?)?(?:slettet|fjernet)(?:\s+af\s+(?:en\s+)?\w+)?  # da: "Kommentar slettet." (Isso's note), "Denne kommentar er blevet slettet"
      | kommentaar\s+(?:on\s+)?(?:eemaldatud|kustutatud) | (?:kommentti|viesti)\s+on\s+poistettu  # et, fi
      | (?:tento\s+)?(?:príspevok|komentár)\s+(?:bol\s+)?(?:odstránený|zmazaný|skrytý)(?:\s+(?:administrátorom|moderátorom|redakciou))?  # sk
      | bu\s+yorum,?\s+(?:[^\s.]+\s+){0,6}?(?:kaldırılmıştır|silinmiştir|kaldırıldı|silindi)  # tr, its reason inside
      | (?:a\s+)?hozzászólás(?:t)?\s+(?:törölték|törölve|moderálva) | törölt\s+hozzászólás  # hu
      | komentaras\s+(?:buvo\s+)?pašalintas | komentārs\s+(?:ir\s+)?(?:dzēsts|izdzēsts)  # lt, lv
      | το\s+σχόλιο\s+(?:έχει\s+)?(?:διαγραφεί|αφαιρεθεί) | ה?תגובה\s+(?:נמחקה|הוסרה)  # el, he
      | bình\s+luận\s+(?:này\s+)?đã\s+bị\s+(?:xóa|ẩn) | komentar\s+(?:ini\s+)?(?:telah\s+)?dihapus  # vi, id
      | (?:该|此|該)(?:评论|評論|留言)已(?:被)?(?:删除|刪除)  # Chinese
      | \((?:deleted|removed)\s+comment\) | \(удал[её]нный\s+комментарий\)  # LiveJournal's "(Deleted comment)"
      | (?:(?:관리자|운영자|작성자)에\s*의해\s*)?삭제된\s*댓글(?:입니다)? | (?:この)?コメントは[^。]{0,30}?削除されました  # Korean, Japanese
      | (?:бұл\s+)?пікір\s+(?:(?:модератормен|редакциямен|әкімшілікпен)\s+)?(?:жойылды|өшірілді)  # Kazakh
      | (?:ushbu\s+)?izoh\s+(?:moderator\s+tomonidan\s+)?(?:o['‘’ʻ]chirildi|olib\s+tashlandi)  # Uzbek
      | კომენტარი\s+წაშლილია(?:\s+(?:მოდერატორის|ადმინისტრატორის|რედაქციის)\s+მიერ)?  # Georgian
      | (?:இந்த\s+)?கருத்து\s+(?:[^\s.]+\s+){0,3}?நீக்கப்பட்டது  # Tamil, its reason inside ("விதிமுறை மீறலால்")
    )(?:\s+by\s+(?:a\s+|the\s+|an\s+)?(?:site\s+)?(?:moderator|author|user|commenter|admin(?:istrator)?|staff|site)s?)?"""
_REMOVED: Final = re.compile(_REMOVED_PHRASE + r"\s*[.!。]?$")
# The placeholder going on with the reason, in the same sentence: "This comment was removed by a
# moderator because it did not abide by our community standards." (the dump wraps it anywhere).
_REASON_WORDS: Final = REMOVED_REASON_WORDS
# The words as one group with their blanks as "\s+": the phrase is verbose, where a bare blank is
# no blank ("z důvodu", "z powodu").
_REMOVED_BECAUSE: Final = re.compile(_REMOVED_PHRASE + rf",?\s+{alternation(_REASON_WORDS)}\s")
_REMOVED_INITIALS: Final = frozenset("[(TtCcPpMmRrDdKkBbQqEeOoAaКкЦцЭэОоت삭こコ" "VvHhΤτהת该此該" "관운작კஇக" "GgТт" "ПпБбIiUu" "Ss")
_MAX_PLACEHOLDER: Final = 70


def is_removed_placeholder(text: str) -> bool:
    """A removed comment's placeholder, the whole of a stripped line."""
    return len(text) < _MAX_PLACEHOLDER and text[:1] in _REMOVED_INITIALS and _REMOVED.match(text) is not None


def opens_with_placeholder(text: str) -> bool:
    """A removed comment's placeholder as the first sentence of a longer line, a notice after it
    ("Dieser Kommentar wurde von der Redaktion entfernt. Bitte beachten Sie unsere Netiquette.")."""
    if text[:1] not in _REMOVED_INITIALS:
        return False
    stop = text.find(". ", 0, _MAX_PLACEHOLDER)
    if stop > 0 and _REMOVED.match(text[: stop + 1]) is not None:
        return True
    head = text[:_MAX_PLACEHOLDER]
    return any(f" {word} " in head for word in _REASON_WORDS) and _REMOVED_BECAUSE.match(text) is not None


def shows_placeholder(text: str) -> bool:
    """A removed comment's placeholder, alone or opening a longer text with its notice."""
    return is_removed_placeholder(text) or opens_with_placeholder(text)
