"""The words comment systems name their elements with, in the languages of the sites they serve.

A German paper writes ``li.kommentar`` with ``a.kommentar__autor`` and ``ul.kommentar__antworten-
liste``; a French one ``span.reaction__pseudo`` and ``div.reaction__texte``; a Polish one
``div.komentarz``. The HTML reader finds comments and their fields by such names, so each idea
(comment, author, time, text, replies) is listed here once, in English and in the languages of
the larger European news markets, and the patterns are built from these lists.
"""

from __future__ import annotations

import re
from typing import Final

# "comment" inside a class or id: kommentar (German, Scandinavian), komentarz (Polish), komentář
# (Czech), kommentti (Finnish), comentario/comentário (Spanish, Portuguese), reactie (Dutch), yorum
# (Turkish), hozzászólás (Hungarian), σχόλιο (Greek, transliterated), talkback (Israeli sites'
# word for a reader's comment, in Hebrew and in their markup), posting (Austrian papers' word for
# a reader's comment: "Postings", "posting-thread").
# "commentaire" (French) and "commento" (Italian) contain "comment" already.
COMMENT_STEMS: Final = (
    "comment", "cmnt", "komment", "koment", "coment", "reacti", "yorum", "hozzaszol", "sxoli", "talkback",  # ("reactie", "reaction")
    "athugasemd",  # Icelandic ("table.athugasemd" after its anchor "athugasemd-10230")
    "posting",
)
# Short forms of "comment" in class names and ids: cmt (English), kom (Polish, Czech, Slovak,
# Scandinavian: "kn-kom", "kom-771203"), hsz (Hungarian hozzászólás). Matched only inside a
# comments container or in an id with a number, as "kom" begins other words too.
COMMENT_ABBREVIATIONS: Final = ("cmt", "cm", "kom", "hsz")
# A discussion: discussion/discussione/discusión/discussie, Diskussion/diskuse/diskusia (de, sv,
# cs, sk), dyskusja (pl), diskuze (cs).
DISCUSSION_STEMS: Final = ("discus", "diskus", "dyskus", "diskuz")
# One post of a discussion, where a site does not call it a comment: Beitrag (de), příspěvek (cs), príspevok (sk),
# wpis (pl), bericht (nl), inlägg/innlegg/indlæg (sv, no, da), viesti (fi), messaggio (it),
# mensaje/mensagem (es, pt), and a message board's msg ("msgbody").
POST_WORDS: Final = (
    "beitrag", "prispevek", "prispevok", "wpis", "bericht", "inlagg", "innlegg", "indlaeg", "viesti", "messaggio", "mensaje",
    "mensagem", "msg",
)
# The commenter's name: English, then autor (de, es, pt, pl), auteur (fr, nl), autore (it),
# pseudo (fr: a nickname), naam (nl), nome/nombre (it, pt, es), forfatter (da, no), avtor (ru,
# transliterated), nimimerkki/nimi (fi), yazar/isim (tr), namn (sv), navn (no, da), nama/pengguna (id, ms),
# név (hu), usuario (es), utente (it), forfattar (nn).
AUTHOR_WORDS: Final = (
    "name", "author", "user", "user-?name", "who", "nick", "nickname", "display-?name", "by", "owner",
    "autor", "auteur", "autore", "pseudo", "naam", "nome", "nombre", "forfatter", "avtor", "nimimerkki", "nimi",
    "yazar", "isim", "namn", "navn", "nama", "pengguna", "nev", "usuario", "utente", "forfattar",
    "emri",  # Albanian
    "signatur",  # Swedish papers' "span.signatur" (the signature under a comment)
    "vardas", "vards", "ime",  # Lithuanian, Latvian, Slovenian and Croatian
    "jmeno", "meno", "imie", "imya", "nume", "onoma",  # Czech, Slovak, Polish (imię), Russian (имя), Romanian, Greek (όνομα) as class names write them
)
# When it was posted: English, then zeit/datum (de, nl, sv), heure (fr), fecha/hora (es, pt),
# ora (it), czas (pl), tijd (nl), aika/pvm (fi), tarih/zaman (tr), waktu/tanggal (id), idő (hu), čas (cs, sk), tid (no, sv, da), data (it, pt, pl, ru: the date; last in the list, as
# an English "comment-data" block may hold more than the date).
TIME_WORDS: Final = (
    "when", "date", "time", "posted", "created", "datetime", "date-?time", "time-?ago", "stamp",
    "zeit", "datum", "heure", "fecha", "hora", "ora", "czas", "tijd", "aika", "pvm", "tarih", "zaman", "waktu",
    "tanggal", "ido", "cas", "tid", "tyd", "koha", "timi", "data",  # ("tyd": Afrikaans, "koha": Albanian, "timi": Icelandic tími)
    "firma",  # Italian and Spanish "signature" under the text: "scritto da <b>X</b> il 12/03/2009 alle 18:42" ("commento_firma")
)
# Its text: English, then texte (fr), texto (es, pt), testo (it), tekst (nl, pl, da, no), inhalt
# (de), contenu (fr), contenido (es), contenuto (it), tresc (pl), teksti (fi), metin (tr), isi/teks (id), szöveg (hu), cuerpo/corpo (es, it, pt),
# and the abbreviation txt.
TEXT_WORDS: Final = (
    "text", "content", "body", "message",
    "texte", "texto", "testo", "tekst", "inhalt", "contenu", "contenido", "contenuto", "tresc", "teksti", "metin",
    "isi", "teks", "szoveg", "cuerpo", "corpo", "txt",
    "tekstas", "teksts", "besedilo",  # Lithuanian, Latvian, Slovenian
    "texti",  # Icelandic
)
# A box of replies, by the last word of its class: English, then antworten (de), reponses (fr),
# respuestas (es), risposte (it), respostas (pt), antwoorden/reacties (nl), odpowiedzi (pl), svar
# (sv, da, no), otvety (ru, transliterated), vastaukset (fi), yanıtlar (tr), odpovědi (cs),
# odgovori (hr, sl, sr), válaszok (hu), răspunsuri (ro), balasan (id), and a list in German, French, Spanish,
# Italian, Polish (liste, lista).
REPLIES_WORDS: Final = (
    "children", "replies", "reply-?list", "reply[-_]section", "reply[-_]boxes",  # (Commentics 4: "cmtx_reply_section", "cmtx_reply_boxes")
    "indented", "item-indent",  # (Drupal 7's "div.indented", Olivero's "comments__item-indent"; not Coral's "coral-indent-1")
    "follow-?ups?", "sub-?comments?", "subcomments",
    "thread", "items", "list", "nested", "responses",
    "antworten", "reponses", "respuestas", "risposte", "respostas", "antwoorden", "reacties",
    "odpowiedzi", "svar", "liste", "lista", "otvety", "vastaukset", "yanitlar", "odpovedi", "odgovori", "valaszok",
    "raspunsuri", "balasan",
    "deti",  # (sk, cs: "children", a Slovak forum's "dstrom__deti")
)
# A depth class's word ("niveau-2"): English, then niveau (nl, fr, de), nivel (es, pt), livello
# (it), poziom (pl), ebene (de), taso (fi), niva (sv, no, da), uroven (ru, transliterated).
DEPTH_WORDS: Final = (
    "depth", "level", "lvl", "indent", "niveau", "nivel", "livello", "poziom", "ebene", "taso", "niva", "uroven",  # ("lvl-2": cut short)
)
# An "in reply to" element's class: English, then antwoord-op/reactie-op (nl), antwort-auf (de),
# en-reponse/reponse-a (fr), respuesta-a (es), risposta-a (it), resposta-a (pt), odpowiedz-na (pl),
# odgovor-na/odgovor-za (the South Slavic languages), odpoved-na (cs, sk).
REPLY_TO_CLASS_WORDS: Final = (
    # (not LiveRe's "reply-top", the header over the text)
    "reply-?to(?!p)", "replying-?to", "in-?reply", "antwoord-?op", "reactie-?op", "antwort-?auf", "en-?reponse", "reponse-?a",
    "respuesta-?a", "risposta-?a", "resposta-?a", "odpowiedz-?na",
    "odgovor-?na", "odgovor-?za", "odpoved-?na",  # (sr, hr, bs, me; cs, sk)
    r"(?:comment|kommentar|antwort)[-_]an(?![a-z])",  # German "kommentar-an" (to: the "@Gerda M." line over a reply)
    r"(?<![a-z])valasz(?![a-z-])",  # Hungarian "hsz-valasz" (not the "valasz-gomb" button, nor "valaszok")
    # not "transparent", nor bbPress's "bbp-parent-forum-311", nor a BEM modifier saying a block
    # is a parent's (LinkedIn's "comments-comment-meta__container--parent")
    r"(?<!trans)(?<!--)parent(?!-(?:forum|topic)-)",
)
# The word heading a quotation of another comment ("Quote:", DataLife Engine's "Цитата: X",
# "Zitat", "Citation", "Cita", "Citazione", "Cytat", "Citát", "Lainaus", "Alıntı", "Idézet", ...).
QUOTE_WORDS: Final = (
    "quote", "quoting", "цитата", "цитата от", "цитую", "zitat", "citation", "cita", "citação", "citazione",
    "cytat", "citát", "citace", "lainaus", "alıntı", "idézet", "citaat", "sitat", "citat", "παράθεση", "引用",
    "인용", "اقتباس", "ציטוט", "цитат",
)
# A forum profile's date beside a post, never the post's time: "Joined: Mon Jan 01, 2018",
# "Registered", "Member since", "Регистрация", "Registriert", "Dabei seit", "Inscrit", "Miembro desde".
PROFILE_DATE_WORDS: Final = (
    "joined", "registered", "member since", "регистрация", "зарегистрирован", "registriert", "dabei seit",
    "mitglied seit", "inscrit", "inscription", "miembro desde", "registrado", "iscritto", "lid sinds",
    "zarejestrowany", "registrován", "rekisteröitynyt", "kayıt", "üyelik", "anmeldungsdatum", "geregistreerd",
    "註冊時間", "注册时间", "登録日", "가입일",  # Discuz!'s profile card ("註冊時間 2010-2-14"), Japanese, Korean boards
)
# Names that name nobody, in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
# Ukrainian, Turkish, Arabic, the South Slavic languages, Japanese, Korean, Chinese, Hindi, Thai,
# Greek, Vietnamese, Hungarian, Romanian, Persian, Afrikaans, Czech, Swahili and Urdu (the English ones are comment_header's):
# "Gast", "Invité", "Anónimo", "Ospite", "Gość", "Гость", "Гість", "Misafir", "زائر", "Gost", "Гост" ...; and
# vBulletin's "Unregistered".
ANONYMOUS_WORDS: Final = (
    "gast", "anonym", "invité", "visiteur", "visiteuse", "anonyme", "anónimo", "invitado", "anonimo", "ospite", "anônimo",
    "convidado", "anoniem", "gość", "anonim", "гость", "аноним", "гість", "анонім", "misafir", "زائر", "مجهول", "ضيف",
    "name withheld", "withheld", "name withheld on request", "name withheld by request", "nimetön", "vieras", "vierailija", "anonymt", "anonym bruger", "gost", "гост", "anònim",
    "anònima", "אנונימי", "אורח", "unregistered",
    "גולש", "גולשת",  # Hebrew "surfer" (a man, a woman): a talkback section's name for a reader who gave none
    "匿名", "名無しさん", "ゲスト", "익명", "손님", "비회원", "ភ្ញៀវ", "ስም የለሽ", "അജ്ഞാതൻ", "பெயர் குறிப்பிடாதவர்", "விருந்தினர்", "訪客", "游客", "遊客", "匿名用戶", "匿名用户", "अनाम", "अतिथि",
    "ผู้ไม่ประสงค์ออกนาม", "ผู้เยี่ยมชม", "ανώνυμος", "επισκέπτης", "ẩn danh", "khách",
    "vendég", "névtelen", "vizitator", "ناشناس", "gas", "host",
    "ziyaretçi", "asiyejulikana", "bila jina", "mgeni", "ไม่ระบุชื่อ", "گمنام", "نامعلوم", "अज्ञात", "bạn đọc",
    "کاربر مهمان", "ผู้ใช้ไม่ระบุตัวตน", "ไม่ระบุตัวตน", "visitante",  # Persian guest user, Thai anonymous (user), es/pt visitor
    "வாசகர்",  # Tamil "reader", a Tamil paper's name for a commenter who gave none
    "komentarz usunięty", "tanpa nama", "匿名希望", "độc giả",
    "lecteur anonyme", "lectrice anonyme", "pengguna anonim", "facebook user", "корбари facebook", "näbelli ulanyjy", "myhman", "ဧည့်သည်", "အမည်မသိ", "ແຂກ", "ບໍ່ລະບຸຊື່", "ຜູ້ບໍ່ປະສົງອອກຊື່",  # French anonymous reader; Burmese, Lao guest and no name
    "අමුත්තා", "නිර්නාමික", "නාඳුනන", "нэргүй", "panauhin",  # Sinhala guest, anonymous and unknown, Mongolian nameless, Tagalog guest
    "あぼーん", "削除", "削除済み", "（削除）", "(削除)",  # a textboard's deleted post, in its name and text ("deleted")
    "anonüümne", "anonimas", "anonīms", "anonymní", "anonymný", "anonimni", "বেনামী", "বেনামি", "অতিথি", "እንግዳ",
    "ስም-አልባ",  # Estonian, Lithuanian, Latvian, Czech, Slovak, Croatian, Bengali, Amharic
    "بێناو", "ناناسراو", "نەناسراو",  # Sorani: nameless, unknown
    "viesis", "анонимен", "анонимна", "анонимно",  # Latvian guest, Bulgarian
    "изтрит", "изтрит потребител", "[изтрит]",  # Bulgarian "deleted (user)" where the name was
    "nenas", "bênav", "navnenas", "अनामित", "निनावी", "बेनामी", "ਅਗਿਆਤ", "અનામી", "મહેમાન", "ಅನಾಮಧೇಯ", "అజ్ఞాత",  # Kurmanji; Marathi, Hindi, Punjabi, Gujarati, Kannada, Telugu
    "külaline", "svečias", "gość", "gostujoči", "gost", "гост", "гість", "гость", "vieras", "gæst", "gjest", "gäst",  # guest (et, lt, pl, sl, hr, sr, uk, ru, fi, da, no, sv)
    "зочин", "[verwijderd]", "[gelöscht]", "gelöscht", "[supprimé]", "[eliminado]", "[usunięty]", "[usunięta]", "[usunięte]",  # Mongolian guest; a deleted account
    "slettet", "sletta", "raderad", "gelöschter user", "gelöschter benutzer", "gelöschtes konto",  # a deleted account (nb, nn, sv, de)
    "anonimnež", "anonimen",  # Slovenian (Drupal's name for an anonymous visitor)
    "anonimno", "utente anonimo", "usuario anónimo", "un internaute", "internaute", "usuario eliminado", "utente eliminato", "utilisateur supprimé", "utilisateur anonyme", "anonymer benutzer", "конок", "мейман",  # sr/hr/me "anonymously"; it, es, fr, de anonymous user; Kyrgyz guest
    "匿名さん", "ނަމެއް ނެތް",  # Japanese, Dhivehi ("no name")
    # anonymous and guest in the other languages a comment system is translated into: Icelandic,
    # Faroese, Basque, Luxembourgish, Welsh, Irish, Maltese, Albanian, the Caucasus, Central Asia,
    # South and South-East Asia's scripts
    "nafnlaus", "nafnlaust", "gestur", "dulnevndur", "anonimoa", "ezezaguna", "gonbidatua", "gaascht",
    "dienw", "gwestai", "anaithnid", "anonimu", "mistieden", "vizitor", "ანონიმური", "სტუმარი", "անանուն", "հյուր",
    "қонақ", "mehmon", "qonaq", "அநாமதேய", "பெயரில்லா", "అజ్ఞాత", "ಅನಾಮಧೇಯ", "അജ്ഞാതൻ", "निनावी", "અનામી", "ਗੁਮਨਾਮ",
    "නිර්නාමික", "អនាមិក", "အမည်မသိ", "ບໍ່ລະບຸຊື່",
    "ანონიმი", "anonyma", "mpitsidika", "anonimu",  # Georgian, Malagasy (anonymous, visitor)
    "tamu", "pengunjung",  # Indonesian guest and visitor
    "беном", "меҳмон", "نەناسراو", "میوان",  # Tajik anonymous and guest, Sorani Kurdish anonymous and guest
    "مهمان", "مهمان گرامی", "بی‌نام", "بی نام",  # Persian and Dari guest, "dear guest", nameless
    "مہمان",  # Urdu guest (written with Urdu's own h, ہ)
    "அநாமதேயர்", "அநாமதேயம்",  # Tamil anonymous (a person; anonymity)
    "posting entfernt", "beitrag entfernt", "kommentar entfernt",  # a removed posting's label where its name was (de)
    "oaspete", "vizitator anonim", "utilizator anonim",  # Romanian guest, anonymous visitor and user
    "госць", "ананім",  # Belarusian guest, anonymous
    "anonyymi",  # Finnish anonymous
    "hosť", "kustutatud kasutaja", "ผู้ใช้ไม่ระบุชื่อ", "บุคคลทั่วไป",  # (Thai: "member of the public", a guest)
    "návštěvník", "smazáno", "(smazáno)", "törölt felhasználó", "[törölt felhasználó]", "silinmiş kullanıcı",  # cs visitor, deleted; hu, tr deleted user  # Slovak guest, Estonian deleted user, Thai anonymous user
    "[slettet]", "[borttagen]", "[poistettu]", "poistettu", "borttagen användare",  # a deleted account (no/da, sv, fi; sv "deleted user")
    "obrisani korisnik", "[obrisani korisnik]", "izbrisani korisnik", "обрисани корисник",  # hr, bs, sr: a deleted user
    "anonimowy", "anonimowa",  # Polish Drupal's anonymous commenter ("Anonimowy (niezweryfikowany)")
    "utente",  # Italian "user", signing a removed comment where the name was
    "محذوف", "مستخدم محذوف",  # Arabic "deleted", "deleted user"
    "supprimé", "supprimée",  # French "deleted" where the name was ("(supprimé)")
    "message modéré", "commentaire modéré",  # French "moderated message / comment" where the name was
    "neprihlásený čitateľ", "neprihlásený", "neprihlásená",  # Slovak: a reader not logged in
    "anonimni", "anonimna",  # Bosnian, Croatian, Serbian Drupal's anonymous commenter
    "usuari eliminat", "usuari anònim",  # Catalan: a deleted user, an anonymous one
    "verwijderd", "verwijderde gebruiker", "smazaný uživatel", "smazaný účet", "odstraněný uživatel",  # nl deleted (user); cs deleted user, account
    "নাম প্রকাশে অনিচ্ছুক", "ຜູ້ບໍ່ອອກນາມ",  # Bengali "unwilling to give a name", Lao anonymous
    "അതിഥി",  # Malayalam guest
    "baƙo", "baƙuwa", "bako", "bakuwa",  # Hausa guest (a man, a woman; and written without the hooked letter)
    "නමක් නැති", "නම නැති",  # Sinhala "without a name"
)
# Drupal's "(not verified)" after a visitor's name, in English and as its Arabic, German, French,
# Spanish, Bulgarian, Ukrainian, Russian, Czech, Polish, Italian, Danish, Swedish, Norwegian,
# Dutch, Finnish, Portuguese, Persian, Turkish, Hungarian, Greek, Romanian, Hebrew, Catalan, Chinese,
# Japanese, Korean, the South Slavic and Baltic languages', Indonesian, Vietnamese, Hindi and Basque
# translations print it, and "(guest)" in Polish, German and French.
UNVERIFIED_WORDS: Final = (
    "not verified", "unverified", "guest", "anonymous", "غير متحقق", "غير مُتحقَّق منه", "غير متحقق منه", "تایید نشده", "nicht überprüft", "non vérifié", "no verificado",
    "непроверен", "неперевірений", "не перевірено", "непроверенный", "не проверено", "neověřeno", "niezweryfikowany", "non verificato", "gość", "gast",
    "invité", "ikke bekræftet", "ikke verificeret", "ikke bekreftet", "ej verifierad", "inte verifierad", "ikkje verifisert", "ikke verifisert", "niet geverifieerd", "ei varmennettu",
    "não verificado", "تأیید نشده", "doğrulanmamış", "nem ellenőrzött", "μη επαληθευμένο", "μη επαληθευμένος", "neverificat", "לא מאומת",
    "haijathibitishwa", "haijahakikiwa", "hajathibitishwa",  # Swahili
    "لم يتم التحقق منه", "لم يتم التحقق",  # Drupal's Arabic
    "no verificat", "未驗證", "未验证", "未認証", "확인되지 않음", "비회원", "손님", "neoverený", "ni preverjeno", "nije provjereno", "nije provjeren", "nije provjerena", "nije potvrđeno", "nije potvrđen", "nije potvrđena", "nije verifikovan",
    "непроверено", "nepatvirtintas", "nepatvirtinta", "nav pārbaudīts", "kinnitamata", "belum diverifikasi", "chưa xác minh",
    "असत्यापित", "egiaztatu gabe", "ez egiaztatua",  # Catalan, Chinese, Japanese, Korean, Slovak ... Basque
    "যাচাই করা হয়নি", "যাচাইকৃত নয়",  # Bengali
    "സ്ഥിരീകരിച്ചിട്ടില്ല",  # Malayalam (Drupal's "not verified")
    "پشتڕاست نەکراوەتەوە", "پشتڕاستنەکراوە", "پشتڕاست نەکراوە",  # Sorani
    "non verificado",  # Galician
    "μη επαληθευμένος", "μη επαληθευμένη",  # Greek, by the visitor's gender
    "pole kontrollitud", "pole kinnitatud", "kontrollimata",  # Estonian (besides "kinnitamata")
    "ei varmistettu", "ei vahvistettu",  # Finnish (besides "ei varmennettu")
    "niet gecontroleerd",  # Dutch (besides "niet geverifieerd")
    "ni preverjen", "සත්‍යාපනය කර නැත", "සත්යාපනය කර නැත",  # Slovenian (of a person), Sinhala (with and without its joiner)
    "net verifizéiert", "ekki staðfest", "egiaztatu gabea", "heb ei wirio", "gan fíorú", "mhux ivverifikat",
    "i paverifikuar", "неверификуван", "непотврден", "непотврдено", "nepārbaudīts", "nepatikrintas",  # lb, is, eu, cy, ga, mt, sq, mk, lv, lt
    # ... and in South and South-East Asia's scripts and Amharic (Malayalam, Tamil, Telugu, Kannada,
    # Marathi, Gujarati, Punjabi, Nepali, Sinhala, Khmer, Thai)
    "പരിശോധിച്ചിട്ടില്ല", "சரிபார்க்கப்படவில்லை", "ధృవీకరించబడలేదు", "ಪರಿಶೀಲಿಸಲಾಗಿಲ್ಲ", "सत्यापित नाही", "ચકાસાયેલ નથી",
    "ਤਸਦੀਕ ਨਹੀਂ", "प्रमाणित नगरिएको", "තහවුරු කර නැត", "មិនបានផ្ទៀងផ្ទាត់", "មិនទាន់ផ្ទៀងផ្ទាត់", "ยังไม่ได้ยืนยัน", "ያልተረጋገጠ", "አልተረጋገጠም",
    "չստուգված", "დაუდასტურებელი", "tsy voamarina",  # Armenian, Georgian, Malagasy
    "ບໍ່ໄດ້ຢືນຢັນ", "ບໍ່ໄດ້ກວດສອບ", "မအတည်ပြုရသေး", "အတည်မပြုရသေး",  # Lao, Burmese
    "tassyklanmadyk",  # Turkmen (not verified)
    "තහවුරු නොකළ", "තහවුරු නොකළ අය",  # Sinhala (not confirmed), besides Drupal's "තහවුරු කර නැත"
    "тексерілмеген", "расталмаған",  # Kazakh (not checked, not confirmed)
    "nehatiye piştrastkirin", "piştrast nekirî", "پشتڕاست نەکراوە", "tasdiqlanmagan", "тасдиқнашуда", "текшерилбеген",  # Kurmanji, Sorani, Uzbek, Tajik, Kyrgyz
    "असत्यापित", "पडताळणी न केलेले", "प्रमाणित नभएको",  # Hindi, Marathi, Nepali
    r"ip:?\s[^)]{0,40}",  # a guest's masked address ("Gość (IP: 83.24.*.*)")
    r"\d{1,3}\.\d{1,3}\.(?:\d{1,3}|[x*]{1,3})\.[x*]{1,3}",  # ... without the word ("Зочин (66.181.161.xxx)")
    "staff", "mod", "moderator", "admin",  # a role in brackets after the name (MetaFilter's "brambleworth (staff)")
    "гость", "гість", "қонақ", "меҳмон", "ospite", "invitado", "convidado", "vieras", "gæst", "gjest", "gäst",  # "Name (гость)": DataLife Engine
)
# A comment's header and footer (name, time, buttons), in German (kopf, fuss) and French (entete),
# and an "in reply to" line (en-reponse, fr).
# Also where the commenter lives, a line some papers print under the name (location, where, city,
# Ort, lieu, lugar, luogo, místo), YUI's header and footer abbreviations (hd, ft), "head", and
# Czech header, footer, badge and actions (hlavička, patička, odznak, akce), and Indonesian ones
# (kepala, lencana, aksi); the abbreviations hdr (header) and loc (location);
# Hungarian head and buttons (fej, gombok); Spanish header, badge and actions (cabecera, insignia,
# acciones); Norwegian top and buttons (topp, knappar/knapper); Portuguese "em resposta" lines.
FURNITURE_WORDS: Final = (
    "kopf", "fuss", "entete", "en-?reponse", "hlava", "otsake", "location", "where", "ort", "lieu", "lugar", "luogo",
    "misto", "hd", "ft", "hlavicka", "paticka", "odznak", "akce", "head", "city", "kepala", "lencana", "aksi",
    "hdr", "loc", "fej", "gombok", "cabecera", "insignia", "acciones", "topp", "knappar", "knapper", "em-?resposta",
    "no", "num", "number",  # the comment's number ("ความคิดเห็นที่ 1-1", Thai papers' "comment-no")
    "comment-?by",  # a byline box ("comment-by": "โดย" and the name, address, time)
    "cab", "cabecalho", "selo", "sello",  # Portuguese and Spanish: a comment's head ("cabeçalho"), a badge ("Jornalista")
    "rate", "karma",  # DataLife Engine's rating box ("+14 ▲ ▼") beside the name and date; a commenter's karma
    "plek", "kop", "verwysing",  # Afrikaans: the commenter's town, the comment's head, its "Antwoord op X" line
    "geo",  # the commenter's town beside the name (Commentics' "cmtx_geo")
    "naglowek", "stopka",  # Polish: a comment's head and foot ("opinia-naglowek", "opinia-stopka")
    # the commenter's region beside the name (Chinese portals' "湖南湘潭"); not a box of the
    # comment's text (Commentics' "cmtx_comment_area", "cmtx_content_area", "cmtx_main_area")
    "(?<!comment[-_])(?<!content[-_])(?<!main[-_])(?<!text[-_])(?<!body[-_])area",
)

# The patterns built from the English words (with FURNITURE_WORDS), shared by html_find and
# html_comments. A class naming a comment's text, not the comment: "commento-body", "UFICommentContent".
# In any language TEXT_WORDS knows ("comentario-texto", "kommentar-inhalt").
CONTENT_WORD: Final = re.compile(r"(?i)(?:" + "|".join((*TEXT_WORDS, "contents", "msg")) + ")$")
# Classes naming a comment's author and its time, best first (html_comments ranks by them).
AUTHOR_PRIORITY: Final = {
    "fn": 0, "coral-comment-username": 0, "comment__author": 1, "comment-author-name": 1,
    "author-name": 1, "username": 1, "comment-username": 1, "commenter-name": 1, "commenter": 2,
    "comment-author": 2, "author": 2, "user-name": 2, "nickname": 2, "post-author": 2, "hnuser": 1, "idc-a": 1,
    "username-coloured": 1,  # phpBB: a name in its group's colour (moderators, staff)
    "user-name-gw": 0,  # Changyan's name
    "kwho-user": 1, "kwho-moderator": 1, "kwho-admin": 1, "kwho-globalmoderator": 1, "kwho-guest": 1,  # Kunena
    "display-name__html": 0,  # Mastodon's name, without the "@handle" beside it
    "uname": 1,  # a user's name, beside an avatar's letter and a town in the same box
    "from": 2,  # a news archive's "Von:"/"From:" header
    "full-name": 0,  # Discourse shows the full name before the username
    "author-text": 1,  # YouTube (an id, see html_scan.names_of)
    "hashover-name-plain": 1, "hashover-name-website": 1,  # HashOver: a name typed, or linked to a site
    "ljuser": 1,  # LiveJournal and Dreamwidth
    "bigusername": 1,  # vBulletin 3
    "postauthor": 2,  # Discuz! 7: the poster's cell, the name first, a hidden menu and the profile card after it
    "comments-comment-meta__description-title": 1,  # LinkedIn: the name, its connection degree and headline after it
}
TIME_PRIORITY: Final = {
    "coral-comment-timestamp": 1, "comment-date": 1, "comment-time": 1, "comment__time": 1,
    "comment-timestamp": 1, "time-ago": 1, "timestamp": 2, "date": 2, "posted": 2, "published": 2,
    "comment-metadata": 3, "commentmetadata": 3, "comment-meta": 3, "post-meta": 3, "submitted": 3,
    "meta": 4, "age": 2, "kdate": 1,
    "time-gw": 0,  # Changyan (Sohu's widget, Chinese portals): its classes end in "-gw"
    "time-com": 1,  # VnExpress
    "comment-footer": 4,  # Typepad and Movable Type: "Posted by: Name | February 09, 2011 at 08:42 AM" below the text
    "published-time-text": 1,  # YouTube
    "comment-datetimelink": 1, "comment-datetime": 1,  # LiveJournal, Dreamwidth
    "smallcopy": 4,  # MetaFilter: "posted by <a>name</a> at <a>6:58 PM</a> on March 8" under the text
}
# Classes naming a comment's text, best first.
CONTENT_PRIORITY: Final = {
    "comment-content": 0, "comment__content": 0, "post-message": 0, "coral-comment-content": 0,
    "field-name-comment-body": 0, "field--name-comment-body": 0, "comment-text": 0, "comment-message": 0,
    "comment-body-text": 0, "commenttext": 0, "commtext": 0, "postcontent": 0, "message": 1, "text": 2, "content": 2, "bd": 2,
    "texti": 2,  # an Icelandic paper's "td.texti"
    "content-text": 0,  # YouTube
    "u_cbox_contents": 0, "u_cbox_delete_contents": 0, "u_cbox_cleanbot_contents": 0,  # Naver's cbox (its "u_cbox_reply_txt" is the reply button; its clean bot's notice over a hidden comment)
    "kmsg": 0,  # Kunena's message text
    "wrap-word-gw": 0,  # Changyan's comment text
    "t_msgfont": 0, "t_f": 0,  # Discuz! 7 and X: the post's own cell, inside "postcontent" with its header
    "full_content": 1,  # VnExpress-style Vietnamese papers (the name runs into it, the initials' avatar before)
}
# Inside a comment, never its text: who and when, buttons, votes, avatars, nested reply boxes.
FURNITURE_TOKEN: Final = re.compile(
    r"""(?ix)^(?:.*[-_])?(?:
        reply|reply-?link|replybutton|meta|metadata|commentmetadata|actions?|actionbar|footer|author
      | author-name|avatar|vcard|byline|likes?|likebox|like-?button|rating|votes?|voting|share|sharing
      | sharedaddy|says|edit-?link|permalink|timestamp|time|time-ago|date|submitted|links|menu|toolbar|options|label
      | buttons?|username|user-?name|in-?reply(?:-?to)?|inreplyto|reply-?to|replying(?:-?to)?|awaiting-?moderation|moderation|flag
      | report|badges?|usertag|user-?tag|commenttag|header|fn|signature|user-?info|name|when|who|nick
      | subtitle|user-?title|flair|tagline|sr-?only|screen-?reader-?text|visually-?hidden|assistive-?text|""" + "|".join(FURNITURE_WORDS) + r"""
    )$
    | ^(?:entete|en-?tete|kopf|cabecera|cabecalho)[-_]\w+$  # (the head first, French-style: "entete-reaction")"""
)
# The same in camel case, as React and Facebook's plugin write them ("UFICommentActorSubtitle"), and
# Flarum's "PostMention" naming the post answered (not Vanilla's "atMention", the "@Name" a
# reader typed into the text); an Israeli talkback's "talkbackNumber", "talkbackLocation".
FURNITURE_CAMEL: Final = re.compile(
    r"[a-z](?:Subtitle|Badge|Actions|Meta|Header|Footer|Avatar|Timestamp|Name|Number|Location|Votes)$|^PostMention$"
)


def alternation(words: tuple[str, ...]) -> str:
    """The words as one regular-expression group."""
    return "(?:" + "|".join(words) + ")"


# Drupal's "Submitted by X on DATE" as its translations print it: the words before the name, and
# the word between the name and the date ("Eingereicht von X am …", "أرسلت بواسطة X في …").
SUBMITTED_BY_WORDS: Final = (
    "eingereicht von", "verfasst von", "soumis par", "publié par", "enviado por", "inviato da", "ingezonden door", "ingediend door",
    "przesłane przez", "أرسلت بواسطة", "أرسل بواسطة",
    "enviat per",  # Catalan
    "υποβλήθηκε από", "indsendt af", "trimis de",  # Greek, Danish, Romanian
    # "Posted by" and "Written by" as papers' own systems print it ("Posté par <b>X</b> le 29/03/2008 à 23h12")
    "posté par", "écrit par", "postato da", "scritto da", "publicado por", "escrito por", "postado por",
    "gepostet von", "geschrieben von", "geplaatst door", "geschreven door", "napisane przez", "skrevet af",
    "skrevet av", "skrivet av", "postat de",
)
SUBMITTED_ON_WORDS: Final = ("on", "at", "am", "le", "el", "il", "em", "op", "w", "في", "στις")  # ("at": MetaFilter's "by X at 6:58 PM on March 8")
# The translations that put the name first: the prefix glued to it and the words after it (Basque
# "X erabiltzaileak bidalia: DATE", Amharic "በX የተለጠፈ — DATE").
SUBMITTED_AFTER_WORDS: Final = (("", "erabiltzaileak bidalia"), ("በ", "የተለጠፈ"))
