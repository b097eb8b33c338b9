"""The words comment sections print around their comments, in the languages of the sites they serve.

A German paper heads its comments "Leserkommentare (8)", puts "Empfehlen 23 Antworten Melden"
under each and "vor 3 Stunden" in the header; a French one "Réactions (7)", "J'aime 14 Répondre
Signaler" and "il y a 2 heures"; an Italian one "Commenti (8)", "Mi piace (4) Rispondi Segnala"
and "3 ore fa"; a Dutch one "Reacties (9)", "Reageer Meld" and "2 uur geleden". The text-dump
reader (``page_parser``, ``page_furniture``, ``comment_header``) builds its patterns from these
lists, one list per idea, English first and then the larger European news markets' languages
(German, French, Italian, Dutch, Spanish, Portuguese, then Czech, Finnish and Turkish: "Diskuse k
článku (8 příspěvků)", "Reagovat Nahlásit", "před 2 hodinami"; "Vastaa", "3 päivää sitten", "29.3.2024
klo 18.42"; "Yorumlar (8)", "Beğen (14) Yanıtla Şikayet et", "3 saat önce"). The HTML reader's words for class names
are in ``comment_words``; relative times' are ``relative_words``'s, forums' ``forum_words``'s,
sidebars' ``sidebar_words``'s; the words of a time (``time_words``) and of a name (``name_words``)
have modules of their own.
"""

from __future__ import annotations

import re
from typing import Final

# The forum words live in ``forum_words``; the HTML reader asks for the quote words here.
from threads.forum_words import FORUM_QUOTE_WORDS as FORUM_QUOTE_WORDS

# A comment section's heading word (with a count or not: "Kommentare (8)", "8 commenti").
COMMENTS_HEADING_WORDS: Final = (
    "kommentare", "leserkommentare", "lesermeinungen", "leserbriefe", "diskussion",
    "commentaires", "réactions", "vos réactions", "vos commentaires",
    "commenti", "i vostri commenti", "discussione",
    "reacties", "reacties van lezers",
    "comentarios", "comentários", "komentarze", "komentarzy", "kommentarer", "kommentit", "kommenttia", "komentara", "коментара",
    "indlæg", "innlegg", "inlägg",  # posts (da, nb, sv), after "Debat 8"
    "комментарии", "комментариев", "комментария", "обсуждение", "комментарии читателей", "التعليقات", "تعليقات", "تعليقات القراء",
    "diskuse", "diskuse k článku", "diskuze", "diskuze k článku", "komentáře", "keskustelu", "yorumlar", "yorum", "okur yorumları",
    "komentari", "komentari čitatelja", "komentarji",
    "коментарі", "коментарі читачів", "обговорення",
    "kommentarfelt", "læserkommentarer", "läsarkommentarer", "kommentarar",  # (Nynorsk)
    "сэтгэгдэл", "сэтгэгдлүүд",  # Mongolian
    "коментари", "коментари читалаца",  # Serbian in Cyrillic
    "komentar", "komentar pembaca", "komen", "ulasan",  # Indonesian, Malay ("8 Komen": wpDiscuz in Malay)
    "comentaris", "comentaris dels lectors",  # Catalan
    "kommentaar", "lesers se kommentaar",  # Afrikaans
    # Japanese, Korean, Chinese, Hindi, Greek, Thai
    "コメント", "みんなのコメント", "読者のコメント", "みんなの声", "読者の声", "댓글", "독자 댓글", "독자의견", "독자 의견", "留言", "讀者留言", "读者留言", "評論", "评论",
    "回應", "讀者回應", "回应", "读者回应",  # Chinese "讀者回應 (8)" (readers' responses)
    "टिप्पणियाँ", "टिप्पणियां", "पाठकों की राय", "पाठकों की टिप्पणियां",
    "प्रतिक्रियाएं", "प्रतिक्रियाएँ", "पाठकों की प्रतिक्रियाएं", "पाठकों की प्रतिक्रियाएँ", "σχόλια", "σχόλια αναγνωστών", "ความคิดเห็น", "แสดงความคิดเห็น",
    "comentarii", "comentariile cititorilor", "نظرات", "دیدگاه‌ها", "نظرات خوانندگان", "نظرات بینندگان", "نظرات کاربران",  # Romanian, Persian
    "maoni", "تبصرے",  # Swahili "8 Maoni", Urdu "8 تبصرے"
    "postings",  # Austrian papers' forums: "8 Postings"
    "תגובות", "טוקבקים",  # Hebrew "תגובות 8" ("talkbacks")
    "σχολια",  # Greek in capitals drops its accents: "8 ΣΧΟΛΙΑ"
    "この記事へのコメント", "記事へのコメント",  # Japanese "comments on this article (8件)"
    "hozzászólások", "kommentek", "olvasói hozzászólások",  # Hungarian "Hozzászólások (8)"
    "hozzászólás", "komment",  # Hungarian puts the singular after a count: "9 HOZZÁSZÓLÁS"
    "iruzkin",  # ... as Basque does: "8 Iruzkin" (wpDiscuz)
    # The word in the other languages news sites print it in: Baltic, Nordic, Albanian, Slovak,
    # Belarusian, Caucasian, Turkic, Celtic, Basque, Maltese, Luxembourgish, Frisian, Vietnamese,
    # Tagalog, South Asian, South-East Asian, Amharic, Pashto, Sorani.
    "komentāri", "komentāru", "lasītāju komentāri", "komentarai", "komentarų", "skaitytojų komentarai",
    "kommentaarid", "kommentaari", "lugejate kommentaarid", "athugasemdir", "viðmerkingar",
    "komentet", "komente", "komentáre", "komentárov", "diskusia", "каментары", "კომენტარები",
    "մեկնաբանություններ", "şərhlər", "пікірлер", "izohlar", "sylwadau", "tuairimí", "iruzkinak",
    "kummenti", "kommentaren", "reaksjes", "bình luận", "ý kiến bạn đọc", "ý kiến", "mga komento",
    "মন্তব্য", "মন্তব্যসমূহ", "கருத்துகள்", "கருத்துக்கள்", "వ్యాఖ్యలు", "ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಕಾಮೆಂಟ್‌ಗಳು",
    "അഭിപ്രായങ്ങൾ", "प्रतिक्रिया", "ટિપ્પણીઓ", "ਟਿੱਪਣੀਆਂ", "අදහස්", "មតិយោបល់", "မှတ်ချက်များ",
    "አስተያየቶች", "نظرونه", "لێدوانەکان",
    # ... Odia, Tajik, Kyrgyz, Uzbek in Cyrillic, Turkmen, Tatar, Bashkir, Uyghur, Kurmanji, Lao,
    # Tigrinya, Somali, Hausa, Yoruba, Zulu, Malagasy, Kinyarwanda, Nepali, Dhivehi, Sundanese
    "ମନ୍ତବ୍ୟ", "ମନ୍ତବ୍ୟଗୁଡ଼ିକ", "шарҳҳо", "шарҳ", "комментарийлер", "пикирлер", "изоҳлар", "фикрлар",
    "teswirler", "фикерләр", "комментарийҙар", "ئىنكاسلار", "şîrove", "ຄຳເຫັນ", "ርእይቶታት",
    "faallooyin", "sharhi", "sharhohi", "àwọn àsọyé", "amazwana", "hevitra", "ibitekerezo",
    "प्रतिक्रियाहरू", "ކޮމެންޓްތައް", "koméntar",
    "टिप्पण्या", "टिप्पणी",  # Marathi (Blogger's "८ टिप्पण्या:")
    "পাঠকের মন্তব্য", "মন্তব্য সমূহ", "वाचकांच्या प्रतिक्रिया", "വായനക്കാരുടെ അഭിപ്രായങ്ങൾ", "வாசகர் கருத்துகள்", "வாசகர் கருத்து", "கருத்து",  # readers' comments (bn, mr, ml, ta)
)
COUNT_UNIT_WORDS: Final = ("件", "条", "則", "개", "건")  # a counter after a heading's count: "コメント312件", "评论12条"
# A word before the count in a heading whose unit follows the count: "Forum 8 Postings".
COUNT_LEAD_HEADING_WORDS: Final = ("forum", "debat", "debatt")  # (and "Debat 8 indlæg": Danish, "debate, 8 posts")
# WordPress's "7 thoughts on “<title>”" in other languages: the count's unit, then the word before
# the story's quoted title ("7 odpowiedzi na „…”", "7 Gedanken zu „…“", "7 réflexions sur « … »",
# "7 commenti su “…”", "7 reacties op “…”", "7 comentarios en «…»", "7 svar på ”…”", "7 ответов на «…»").
TITLE_AFTER_HEADING_UNITS: Final = (
    "odpowiedzi", "komentarzy", "komentarze", "myśli", "gedanken", "kommentare", "antworten", "reaktionen",
    "réflexions", "commentaires", "réponses", "pensées", "pensieri", "commenti", "risposte",
    "comentarios", "respuestas", "pensamientos", "comentários", "respostas", "pensamentos",
    "reacties", "gedachten", "antwoorden", "svar", "kommentarer", "tankar", "tanker",
    "komentářů", "komentáře", "odpovědí", "komentárov", "odpovedí", "komentara", "odgovora",
    "комментариев", "комментария", "ответов", "ответа", "мыслей", "коментарів", "відповідей",
    "kommenttia", "vastausta", "comentarii", "răspunsuri", "gânduri",
    "tanggapan", "komentar",  # Indonesian "9 tanggapan untuk “…”", "8 Komentar pada “…”"
    "σκέψεις",  # Greek "9 σκέψεις για το “…”", "8 σκέψεις σχετικά με το “…”"
    "تعليقات", "تعليق", "أفكار",  # Arabic "8 تعليقات على “…”"
    "תגובות",  # Hebrew "8 תגובות על “…”"
)
TITLE_AFTER_HEADING_LINKS: Final = (
    "na", "do", "zu", "zum", "auf", "sur", "à", "su", "a", "op", "over", "bij", "en", "sobre", "em", "para",
    "på", "till", "til", "om", "k", "ke", "u", "к", "на", "о", "до", "despre", "la", "artikkeliin",
    "untuk", "pada", "για το", "για", "σχετικά με το", "σχετικά με τη", "σχετικά με", "على", "על",
)
# A count after the story's title, which a heading puts first in Hindi and Amharic: "“…” पर 8 विचार" (WordPress's
# "8 thoughts on “…”"); the word between them, then the count's unit.
TITLE_FIRST_HEADING_LINKS: Final = ("पर", "ላይ")  # (Amharic: "በ“…” ላይ 8 ሀሳቦች")
TITLE_FIRST_HEADING_UNITS: Final = ("विचार", "टिप्पणियाँ", "टिप्पणियां", "प्रतिक्रियाएँ", "ሀሳቦች", "አስተያየቶች")
# The word between a name and a story's title in a box of the site's latest comments (WordPress's
# widget: "Ana em Açude Itans chega a 40%", "Jean dans Le budget", "Kai bei Neue Brücke").
OTHERS_ON_WORDS: Final = ("on", "em", "en", "dans", "sur", "bei", "zu", "su", "op", "na", "pe", "på", "о", "к записи")
# The comment form's heading under the comments.
FORM_HEADING_WORDS: Final = (
    "ihr kommentar", "kommentar schreiben", "schreiben sie einen kommentar", "kommentieren",
    "laisser un commentaire", "votre réaction", "votre commentaire", "réagir", "ajouter un commentaire",
    "lascia un commento", "scrivi un commento", "il tuo commento", "commenta",
    "plaats een reactie", "schrijf een reactie", "uw reactie", "jouw reactie", "reageer",
    "deja un comentario", "escribe un comentario", "tu comentario", "deixe um comentário",
    "deja tu comentario", "escribe tu comentario", "añade un comentario",
    "оставить комментарий", "ваш комментарий", "написать комментарий", "добавить комментарий",
    "أضف تعليقك", "أضف تعليقا", "أضف تعليقاً", "اترك تعليقا", "اترك تعليقاً", "شارك برأيك",
    "přidat příspěvek", "přidat komentář", "napsat komentář", "kirjoita kommentti", "kommentoi",
    "yorum yaz", "yorum yap", "yorumunuzu yazın",
    "መልስ ይተዉ", "አስተያየት ይስጡ",  # Amharic WordPress "Leave a Reply"
    "ostavite komentar", "napišite komentar", "dodajte komentar", "vaš komentar", "komentiraj",
    "dodaj komentarz", "napisz komentarz", "twój komentarz", "skomentuj",
    "залишити коментар", "ваш коментар", "написати коментар", "додати коментар",
    "skriv en kommentar", "skriv kommentar", "legg igjen en kommentar", "lämna en kommentar", "kommenter",
    "оставите коментар", "напишите коментар", "додајте коментар", "ваш коментар",
    "tulis komentar", "kirim komentar", "tinggalkan komentar", "berikan komentar", "komentar anda",
    "deixa el teu comentari", "escriu un comentari", "el teu comentari", "afegeix un comentari",
    "コメントを書く", "コメントする", "댓글 쓰기", "댓글쓰기", "發表留言", "发表留言", "發表評論", "发表评论",
    "प्रातिक्रिया दे", "प्रतिक्रिया दें", "एक टिप्पणी छोड़ें", "टिप्पणी करें", "أضف تعليقًا",
    "γράψτε σχόλιο", "γράψτε το σχόλιό σας", "προσθήκη σχολίου", "ร่วมแสดงความคิดเห็น",
    "lasă un comentariu", "adaugă un comentariu", "scrie un comentariu", "comentariul tău",
    "ارسال نظر", "نظر خود را بنویسید", "دیدگاه خود را بنویسید", "ارسال دیدگاه",
    "szóljon hozzá", "szólj hozzá", "új hozzászólás", "hozzászólás írása", "írja meg véleményét",
)
# A comment list's pagination under the thread, "Page 1 of 3": the word for page, then the word
# between the two numbers ("Seite 1 von 3", "Pagina 1 di 3", "Página 1 de 3", "Strona 1 z 3").
PAGE_WORDS: Final = ("page", "seite", "pagina", "página", "strona", "sida", "side", "sivu", "stránka", "sayfa")
PAGE_OF_WORDS: Final = ("of", "von", "di", "de", "van", "z", "av", "af", "/")
# The link to a wiki user's talk page in a talk page's signature: "Marta Kovač (talk) 14:22, 3 April
# 2023 (UTC)", "--Lukas Brenner (Diskussion) 12:45, 29. Mär. 2025 (CET)".
TALK_WORDS: Final = (
    "talk", "diskussion", "discussion", "discussione", "discusión", "discussão", "overleg", "dyskusja",
    "diskuse", "diskusia", "keskustelu", "обсуждение", "обговорення", "tartışma", "vita",
    "disk.", "diskussionsseite",  # "--Ergonaut ^(Disk.) 03:05, …": a superscript abbreviation
)
# A wiki's note under a post its writer did not sign, before the address it came from.
UNSIGNED_WORDS: Final = (
    "preceding unsigned comment added by", "unsigned comment added by",
    "vorstehender nicht signierter beitrag stammt von",
)
# A comment system's sort control, its words before the order chosen ("Sort by: Best", "Trier par
# Les plus anciens", "Sortieren nach: Neueste"), which w3m may draw as a box.
SORT_WORDS: Final = (
    "sort by", "sort", "trier par", "trier", "sortieren nach", "sortieren", "ordenar por", "ordina per",
    "sorteer op", "sorteren op", "řadit", "řadit podle", "sortuj", "sortuj według", "sortera efter", "sorter etter",
)
# The orders a thread can be sorted in, printed as tabs on the heading's line after the count
# ("댓글 8 최신순 공감순": comments 8, newest, most liked; "Comments 12 Newest Oldest").
ORDER_WORDS: Final = (
    "newest", "oldest", "best", "top", "popular", "latest", "neueste", "älteste", "beliebteste",
    "récents", "anciens", "populaires", "recientes", "antiguos", "nuovi", "vecchi", "nieuwste", "oudste",
    "최신순", "공감순", "과거순", "인기순", "추천순", "등록순", "답글순", "비공감순", "新しい順", "古い順", "人気順",
    "最新", "最热", "最早", "最熱",
)
# A button under a reply that shows the thread's hidden replies, after their count: "2 weitere
# Antworten anzeigen" (English "Show 2 more replies" is ``page_furniture``'s).
MORE_REPLIES_WORDS: Final = (
    "weitere antworten anzeigen", "weitere antworten", "weitere kommentare anzeigen", "autres réponses",
    "altre risposte", "respuestas más", "más respuestas", "mais respostas", "meer reacties", "flere svar",
    "więcej odpowiedzi", "další odpovědi",
)
# The same button where the count follows in brackets, or none is printed: "さらに返信を表示（2件）".
SHOW_REPLIES_WORDS: Final = ("さらに返信を表示", "返信を表示", "返信をもっと見る", "답글 더보기", "답글 보기", "查看更多回复", "查看全部回复")
# A comment's buttons, one word or a few: a row of them with counts is furniture
# ("Empfehlen 23 Antworten Melden", "J'aime 14 Répondre Signaler", "Mi piace (23) Rispondi Segnala").
BUTTON_WORDS: Final = (
    "antworten", "melden", "empfehlen", "gefällt mir", "teilen", "zitieren", "kommentar melden",
    "répondre", "signaler", "j'aime", "j’aime", "partager", "citer",
    "rispondi", "segnala", "mi piace", "condividi", "cita",
    "reageer", "meld", "meld misbruik", "delen", "beantwoorden",
    "responder", "denunciar", "me gusta", "compartir", "curtir", "compartilhar",
    "ответить", "пожаловаться", "нравится", "поделиться", "цитировать",
    "жалоба", "скарга", "шағым", "шикоят", "арыз",  # DataLife Engine's "Complaint" (ru, uk, kk, tg, ky)
    "رد", "إبلاغ", "أعجبني", "مشاركة", "اقتباس", "رابط ثابت", "رابط دائم", "постоянная ссылка",
    "តំណភ្ជាប់", "esteka iraunkorra", "közvetlen link",  # Khmer, Basque and Hungarian Drupal's "Permalink"
    # ... and in the other languages Drupal is translated into
    "পার্মালিংক", "स्थायी लिंक", "पर्मालिंक", "स्थायी लिङ्क", "நிலையான இணைப்பு", "ลิงก์ถาวร", "liên kết tĩnh",
    "tautan permanen", "pautan kekal", "kalıcı bağlantı", "μόνιμος σύνδεσμος", "パーマリンク", "固定链接", "永久連結",
    "고유링크", "پیوند ثابت", "مستقل ربط", "קישור קבוע", "link bezpośredni", "bezpośredni link", "trvalý odkaz",
    "постійне посилання", "enlace permanente", "link permanente", "permanente link", "lien permanent",
    "legătură permanentă", "постоянна връзка", "трајна веза", "trajna poveznica", "trajna povezava", "pysyvä linkki",
    "permanent länk", "permanent lenke", "püsilink", "pastāvīgā saite", "nuolatinė nuoroda",
    "reagovat", "reagovať", "nahlásiť", "odpovedať", "odpovědět", "nahlásit", "válasz", "tetszik", "nem tetszik", "jelentés", "sdílet", "citovat", "vastaa", "ilmoita", "ilmoita asiaton viesti",
    "jaa", "lainaa", "yanıtla", "cevapla", "şikayet et", "beğen", "beğenme", "paylaş", "alıntıla",
    "odgovori", "prijavi", "sviđa mi se", "podijeli", "citiraj", "odgovorite",
    "odpowiedz", "zgłoś", "zgłoś naruszenie", "lubię to", "udostępnij", "cytuj",
    "відповісти", "поскаржитися", "подобається", "поділитися", "цитувати",
    "svar", "svara", "rapporter", "rapportér", "anmeld", "anmäl", "liker", "synes godt om", "gilla", "dela",
    "lik", "meld frå", "meld fra",  # Norwegian (Nynorsk, Bokmål): "Lik (31) Svar Meld frå"
    "одговори", "пријави", "свиђа ми се", "подели",
    "отговор", "отговори", "сигнал", "сигнализирай", "харесвам", "сподели",  # Bulgarian
    "antwoord", "hou van", "rapporteer", "deel",  # Afrikaans
    "suka", "balas", "laporkan", "bagikan", "kutip",
    "respon", "respondre", "denuncia", "comparteix", "m'agrada",
    "返信", "いいね", "通報", "답글", "추천", "비추천", "신고", "공감", "비공감", "回覆", "讚好", "舉報", "回复", "点赞", "举报", "引用",
    "顶", "踩", "頂",  # Chinese portals' votes up and down ("回复 顶[56]", Changyan's)
    "जवाब दें", "απάντηση", "μου αρέσει", "αναφορά", "ตอบกลับ", "ถูกใจ", "แจ้งลบ",
    "ອ້າງອີງ", "ຕອບກັບ",  # Lao "quote", "reply"
    "הגב", "להגיב", "השב", "דווח", "שתף",  # Hebrew "reply", "report", "share"
    "răspunde", "raportează", "distribuie", "respect", "apreciază", "îmi place",  # Romanian
    "پاسخ", "گزارش تخلف", "پسندیدم", "اشتراک",  # Persian
    # a forum post's row (vBulletin, phpBB): "Reply With Quote  Report Post"
    "reply with quote", "report post", "multi-quote this message", "quick reply",
    # a comment's permalink and reply, named in words: French, Spanish, Italian and Portuguese,
    # Bengali Drupal, Thai, Amharic WordPress
    "স্থায়ী লিংক", "ลิงก์ถาวร", "ቋሚ አገናኝ", "መልስ", *("lien permanent", "enlace permanente", "link permanente"),
    "permalien", "povezava", "enllaç permanent", "permanenter link",  # Drupal's in French, Slovenian, Catalan, German
)
# A comment's permalink named in words, which Drupal prints after the time on the same line
# ("Vie, 01/11/2024 - 19:22 Enlace permanente"; English "Permalink" is read with the time).
PERMALINK_WORDS: Final = (
    "lien permanent", "enlace permanente", "link permanente", "ligação permanente", "dauerlink",
    "permanenter link", "közvetlen link", "esteka iraunkorra", "enllaç permanent", "trwały odnośnik", "trvalý odkaz",
)
# The "Reply" link a comment system prints after the comment's time, on the same line ("2 June 2024
# at 2:21 pm Reply", "March 4, 2024 at 3:12 pm - Reply", "12. März 2024 · Antworten").
REPLY_WORDS: Final = (
    "reply", "respond", "antworten", "répondre", "rispondi", "reageer", "beantwoorden", "responder",
    "ответить", "відповісти", "رد",
    "odpovědět", "reagovat", "reagovať", "odpovedať", "vastaa", "yanıtla", "cevapla", "odgovori",
    "svar", "svara", "antwoord",
    "одговори", "balas", "respon", "respondre",
    "返信", "답글", "回覆", "回复", "जवाब दें", "απάντηση", "ตอบกลับ", "răspunde", "پاسخ",
    # WordPress's "Reply" in more of the languages it is translated into
    "odpowiedz", "odpovedať", "válasz", "отговор", "адказаць", "atsakyti", "atbildēt", "vasta",
    "erantzun", "trả lời", "tumugon", "sumagot", "jibu", "përgjigju", "պատասխանել", "პასუხი",
    "cavab ver", "cavabla", "жауап беру", "javob berish", "הגב", "השב", "جواب دیں", "উত্তর দিন", "জবাব দিন",
    "பதில்", "ateb", "freagair", "wieġeb", "መልስ", "ឆ្លើយតប", "മറുപടി",
)
# "says:" after a commenter's name.
SAYS_WORDS: Final = (
    "says", "said", "wrote", "writes",
    "sagt", "schreibt", "schrieb", "hat folgendes geschrieben", "hat geschrieben", "dit", "écrit", "a écrit", "dice", "scrive", "ha scritto",
    "zegt", "schrijft", "schreef", "escribe", "escribió", "diz", "escreveu",
    "пишет", "написал", "написала", "كتب", "كتبت",
    "napsal", "napsala", "píše", "kirjoitti", "kirjoittaa", "yazdı",
    "je napisao", "je napisala", "napisao", "napisala", "piše",
    "je napisal(a)", "je napisal", "napisal(a)", "napisal",  # Slovenian
    "napisał", "napisała", "napisał(a)", "pisze",
    "skrifaði", "skrifar",  # Icelandic "wrote", "writes"
    "пише", "написав", "написала",
    "ha escrit",
    "ने कहा", "نے کہا", "a scris", "írta",  # Hindi, Urdu "… ने कहा:", "… نے کہا:"
    "قال", "قالت", "berkata", "λέει", "είπε",  # WordPress's "says:" in Arabic, Indonesian, Greek ("said:" too)
    "הגיב", "הגיבה",  # Hebrew, "Name הגיב:"
    # WordPress's "says:" in the other languages its translators cover (month_names.LANGUAGES and
    # more): South Slavic, Bulgarian, Macedonian, East Slavic, West Slavic, Hungarian, Romanian,
    # Baltic, Nordic, Iberian, Turkic, South-East Asian, Albanian, Caucasian, Persian, Indic, Celtic.
    "каже", "kaže", "pravi", "вели", "каза", "казва", "говорит", "говорить", "кажа",
    "powiedział", "powiedziała", "říká", "napísal", "napísala", "hovorí", "szerint", "mondja", "spune",
    "sako", "parašė", "rašė", "saka", "raksta", "ütleb", "kirjutas", "sanoo", "säger", "skriver", "siger", "sier", "seier", "segir",
    "disse", "diu", "dedi ki", "diyor ki", "der ki", "viết", "nói", "đã nói", "mengatakan", "ay nagsabi", "nagsabi",
    "anasema", "alisema", "thotë", "ասում է", "ამბობს", "deyir", "дейді", "deydi",
    "erabiltzaileak bidalia",  # Basque Drupal's "<name> erabiltzaileak bidalia: <date>" (submitted by)
    "گفت", "می‌گوید", "אומר", "אומרת", "कहते हैं", "कहा", "کہتے ہیں", "বলেছেন", "বলেন",
    "พูดว่า", "กล่าวว่า", "より", "說道", "说道", "yn dweud", "meddai", "a deir", "jgħid",
    "เขียนว่า", "ຂຽນວ່າ", "ເວົ້າວ່າ", "បានសរសេរ", "និយាយថា", "ရေးသည်",  # Thai and Lao "wrote", Lao "said", Khmer "wrote", "says", Burmese "wrote"
)
# The same words for a text dump's lines: all but the forms giving the writer's gender in brackets
# ("napisał(a):"), which Polish and Slovenian portals print over a quotation inside a comment as
# often as over a post; in a dump the quotation's box is gone and the line cannot tell them apart.
# (Measured on the holdout sets' w3m and elinks dumps: read as headers there, those lines lost 6
# comments and 26 openings against 3 parents gained.)
TEXT_SAYS_WORDS: Final = tuple(word for word in SAYS_WORDS if "(" not in word)
# A page's own stamp labels, which a dump prints as a word over or before a date and time ("Updated
# 26 Mar 2024 at 19:00", "อัปเดต 26 มี.ค. 2567 เวลา 19:00 น." under an air-quality box): no
# commenter is named so.
STAMP_LABEL_WORDS: Final = (
    "updated", "last updated", "published", "posted", "modified", "edited", "aktualisiert", "zuletzt aktualisiert",
    "veröffentlicht", "stand", "mis à jour", "publié", "actualisé", "actualizado", "publicado", "aggiornato",
    "pubblicato", "atualizado", "bijgewerkt", "gepubliceerd", "aktualizacja", "zaktualizowano", "opublikowano",
    "обновлено", "опубликовано", "оновлено", "опубліковано", "aktualizováno", "publikováno", "päivitetty",
    "julkaistu", "uppdaterad", "publicerad", "oppdatert", "publisert", "opdateret", "güncellendi", "güncelleme",
    "actualizat", "publicat", "frissítve", "ενημερώθηκε", "δημοσιεύθηκε", "עודכן", "פורסם", "تحديث", "آخر تحديث",
    "به‌روزرسانی", "diperbarui", "diterbitkan", "cập nhật", "ažurirano", "objavljeno", "ажурирано", "објављено",
    "อัปเดต", "อัพเดท", "เผยแพร่", "更新", "最終更新", "업데이트", "发布", "發布",
)
# A respectful word after a name, marking the words before it as a name ("राकेश जी, …", "Priya ji, …").
NAME_HONORIFIC_WORDS: Final = (
    "ji", "jee", "जी", "साहब", "साहेब", "sahab", "saheb", "sahib", "bhai", "bhaiya", "भाई", "भैया",
    "बहन", "behen", "didi", "दीदी", "جی", "صاحب", "بھائی",
    "جان", "عزیز",  # Dari and Persian: "احمد شاه جان، …", "فرید عزیز، …"
)
# Thanks and greetings before a name that then ends its sentence ("Thanks Jo.", "Olá, Cláudia.",
# "Cheers Pete!"): the name is of the one answered, where an earlier comment is by it.
GREETING_WORDS: Final = (
    "thanks", "thank you", "cheers", "hi", "hey", "hello", "dear", "morning", "evening",
    "merci", "bonjour", "bonsoir", "salut", "danke", "hallo", "gracias", "hola", "grazie", "ciao",
    "obrigado", "obrigada", "olá", "oi", "bedankt", "dank je", "hoi", "hej", "tack", "takk", "tak",
    "kiitos", "moi", "dzięki", "dziękuję", "cześć", "díky", "ďakujem", "köszönöm", "mulțumesc",
    "hvala", "спасибо", "привет", "дякую", "благодаря", "ευχαριστώ", "teşekkürler", "merhaba",
    "asante", "terima kasih", "salamat",
)
# The line under a reply's header naming the author it answers: "In reply to X", "Reactie op X";
# in HTML, the words before a link to the parent ("Reply to <a>Martha</a>", html_reply_to).
REPLY_TO_WORDS: Final = (
    "in reply to", "replying to", "replied to", "reply to", "in response to", "responding to", "antwort auf", "als antwort auf", "antwort an",  # (Coral 8 in German: "Antwort an <name>")
    "en réponse à", "réponse à", "répondre à", "responder a", "rispondi a", "respon a",  # (wpDiscuz's "Reply to  <name>": fr, es, it, ca)
    "in risposta a", "risposta a", "risponde a", "ha risposto a", "reactie op", "als antwoord op", "antwoord op", "en respuesta a", "respuesta a",
    "em resposta a", "resposta a", "en resposta a",  # (pt, ca)
    "в ответ на", "ответ для", "в ответ", "ردا على", "رداً على", "رد على",
    "odpověď na", "reakce na", "odpoveď na", "reakcia na",  # (cs, sk)
    "vastaus käyttäjälle", "vastaus viestiin", "vastaus nimimerkille", "vastauksena", "vastaus kommenttiin",
    "w odpowiedzi na", "w odpowiedzi do", "odpowiedź na", "odpowiedź do",
    "у відповідь на", "відповідь для",
    "σε απάντηση του", "σε απάντηση της", "σε απάντηση στον", "σε απάντηση στη", "σε απάντηση προς",
    "resposta para", "jibu kwa", "جواب برائے", "जवाब", "জবাব", "जवाफ",  # wpDiscuz's "Reply to  <name>" (pt-BR, sw, ur, hi, bn, ne)
    "ca răspuns la", "răspuns la", "răspuns pentru", "در پاسخ به", "válasz erre", "válasz neki", "előzmény", "válaszként erre",
    "в отговор на", "отговор на", "in antwoord op", "antwoord op",
    "balas kepada", "balasan untuk",  # Malay wpDiscuz "Balas kepada  <name>"
    "honi erantzuna",  # Basque Drupal's "In reply to"
    "ഇതിനുള്ള മറുപടി",  # Malayalam wpDiscuz's "Reply to"
    "回應", "回应",  # Drupal in Chinese: "回應 <subject> 作者 <author>"
    "בתגובה ל", "בתגובה אל",  # Hebrew forums' "| בתגובה ל: <name>"
    "одговор за", "odgovor za",  # Serbian "Одговор за <name>" under the header
    "honi erantzuna", "erantzuna honi",  # Basque wpDiscuz "Honi erantzuna  <name>"
    # Drupal's "In reply to <subject> by <author>" in Luxembourgish, Icelandic, Albanian, Latvian,
    # Lithuanian, Slovenian, Vietnamese, Indonesian
    "äntwert op", "svar við", "në përgjigje të", "përgjigju te", "përgjigje për", "atbilde uz", "atsakymas į", "odgovor na", "trả lời", "membalas",
    "vastus kommentaarile", "vastuseks",  # Estonian "↳ vastus kommentaarile <a href=#kommentaar-N>" (reply to the comment)
    "ตอบกลับ",  # Thai wpDiscuz "ตอบกลับ <name>" (alone, the button)
    "svar på", "som svar på", "svar til", "svar till",  # Swedish, Danish, Norwegian: "Svar på <a>#1</a> av Lasse:"; Coral 8 in Swedish "Svar till <name>"
    "لە وەڵامی", "وەڵام بۆ",  # Sorani Kurdish: in reply to, a reply to
)
# The label before a name in a header laid out as fields ("By: Dana | 10/9/10 16:22 | …", header_fields).
BY_LABEL_WORDS: Final = ("by", "from", "author", "posted by", "von", "par", "di", "por", "door", "od", "от", "מאת", "من", "كتب")
# ... and the words after the name where a language puts the name first: "<a>匿名</a>への返信"
# (Japanese Movable Type), Turkish "X adlı kullanıcıya yanıt", Korean "X님에게 답글".
REPLY_TO_AFTER_WORDS: Final = (
    "への返信", "への返事", "adlı kullanıcıya yanıt", "kullanıcısına yanıt", "adlı okuyucuya yanıt", "okuyucusuna yanıt",  # (tr: to the user, the reader named)
    "님에게 답글", "에게 답글",
    "님 의견에 대한 답글", "님의 의견에 대한 답글", "님 글에 대한 답글", "의견에 대한 답글", "에 대한 답글",  # ("└ <a>1번 X</a>님 의견에 대한 답글")
    "ga javob", "-ga javob", "ka javob", "qa javob",  # Uzbek ("↳ <a href=#c5528>#1</a> ga javob", a reply to #1)
)
# Between the subject and the author in Drupal's "In reply to <subject> by <author>" in other
# languages: "In risposta a Finalmente di Lucia", "Antwort auf … von …", "В отговор на … от …".
SUBJECT_BY_WORDS: Final = (
    "by", "di", "von", "par", "de", "door", "od", "przez", "от", "від", "av", "af", "από",
    "vum", "vun", "eftir", "nga", "iš", "bởi", "oleh",  # lb, is, sq, lt, vi, id
    "–", "—",  # a dash between them (Basque Drupal: "Honi erantzuna: Noiz arte? – Koldo")
    "egilea:",  # or Basque Drupal 10's "author:" ("Honi erantzuna: Azkenean! egilea: Miren Etxaniz")
    "作者",  # Chinese
)
# A comment system's words for screen readers, printed after the visible stamp by renderers that
# ignore CSS: "19 hours ago Comment from Owen P., 19 hours ago" (Coral).
COMMENT_FROM_WORDS: Final = ("comment from",)
# The same words for screen readers on a line of their own over the visible name, with the time:
# "Commento di nonnoFranco 1 giorno fa" over "nonnoFranco" (Coral in Italian), "Reply from …".
SPOKEN_HEADER_WORDS: Final = (
    "comment from", "reply from", "commento di", "risposta di", "commentaire de", "réponse de",
    "kommentar von", "antwort von", "comentario de", "respuesta de", "reactie van",
)
# What goes on after a removed comment's placeholder in the same sentence, its reason: "This
# comment was removed by a moderator because …", "Dieser Kommentar wurde von der Redaktion
# entfernt, da er gegen unsere Netiquette verstößt", "… supprimé car …", "… rimosso perché …".
REMOVED_REASON_WORDS: Final = (
    "because", "for", "as", "due", "after",
    "da", "weil", "wegen", "car", "pour", "parce", "perché", "per", "omdat", "wegens", "vanwege",
    "porque", "por", "pois",
    "pro", "kvůli", "za", "z důvodu", "z powodu",  # Czech, Polish
    "eftersom", "fordi", "da den", "koska", "kuna", "pre", "mert", "deoarece", "pentru", "zbog", "због",  # Nordic, et, sk, hu, ro, South Slavic
)
def alternation(words: tuple[str, ...]) -> str:
    """The words as one regular-expression group, longest first, their blanks any blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


def initials(*lists: tuple[str, ...]) -> frozenset[str]:
    """The first letters of the words in ``lists``, in both cases: a cheap test before a pattern."""
    return frozenset(c for words in lists for word in words for c in (word[0].lower(), word[0].upper()))
# A comment's link to the comment it answers, in the row of buttons under a reply only (LiveJournal,
# Dreamwidth: "(Reply) (Parent) (Thread)"; Russian "(Ответить) (Выше) (Ветвь дискуссии)").
PARENT_BUTTON_WORDS: Final = ("parent", "выше", "уровень выше")
# A line that shows or hides a comment's replies and counts them, under the comment: "Hide replies
# (2)", "Show 3 replies", "Ukryj odpowiedzi (2)", "Antworten anzeigen (3)". The noun, then the verbs
# that must come with it (a count beside "Antworten" alone is a vote and the "Reply" button: Isso);
# "Show 2 more replies" counts replies the page left out, and "more" is in neither list.
REPLY_COUNT_NOUNS: Final = (
    "replies", "reply", "answers", "responses", "antworten", "antwort", "odpowiedzi", "odpowiedź", "réponses", "réponse",
    "respuestas", "respuesta", "risposte", "risposta", "respostas", "resposta", "reacties", "reactie",
    "ответы", "ответов", "ответа", "ответ", "odpovědi", "vastaukset", "vastausta", "svar", "balasan", "balas",
)
# A word that counts a comment's replies alone before the number: Korean "답글 2" under a comment
# ("답글 0" where none), Japanese "返信 2", Chinese "回复 2".
REPLY_COUNT_LABELS: Final = ("답글", "返信", "回复", "回覆")
REPLY_COUNT_VERBS: Final = (
    "hide", "show", "view", "see", "load", "expand", "collapse", "all", "the",
    "ausblenden", "einblenden", "anzeigen", "alle", "ukryj", "pokaż", "zobacz", "rozwiń", "zwiń",
    "masquer", "afficher", "voir", "les", "ocultar", "mostrar", "ver", "las", "nascondi", "mostra", "vedi", "le",
    "exibir", "esconder", "verbergen", "tonen", "bekijk", "скрыть", "показать", "все", "skrýt", "zobrazit",
    "piilota", "näytä", "dölj", "visa", "skjul", "vis", "sembunyikan", "tampilkan", "lihat",
)
