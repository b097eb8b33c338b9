"""The headings of boxes that follow a page's comments and list stories or other pages' comments
("Most read", "Meistgelesen", "Comentarios recientes"), in the languages of the sites the readers
serve: the comment section ends at one (``page_bounds``). Kept apart from ``page_words``, whose
other lists name what a comment section itself prints.
"""

from __future__ import annotations

from typing import Final

# Boxes after the comments that list stories or other pages' comments: the section ends there.
SIDEBAR_HEADING_WORDS: Final = (
    "meistgelesen", "meist gelesen", "meistkommentiert", "neueste kommentare", "neueste artikel",
    "das könnte sie auch interessieren", "mehr zum thema", "auch interessant",
    "les plus lus", "les plus commentés", "derniers commentaires", "dernières réactions", "à lire aussi",
    "lire aussi", "sur le même sujet", "dans la même rubrique",
    "i più letti", "più letti", "ultimi commenti", "leggi anche", "potrebbe interessarti",
    "i più commentati", "più commentati", "commenti recenti",
    "meest gelezen", "laatste reacties", "lees ook", "meer nieuws", "meest besproken", "uitgelichte reactie",
    "lo más leído", "más leídas", "últimos comentarios", "mais lidas", "últimos comentários",
    "lo más comentado", "más comentadas", "te puede interesar",
    "las más comentadas", "los más comentados", "las más leídas", "los más leídos", "lo más visto",
    "comentarios recientes", "comentários recentes",  # WordPress's widget in Spanish and Portuguese
    "самое читаемое", "популярное", "популярные обсуждения", "читайте также", "последние комментарии",
    "най-четени", "най-четените", "най-коментирани", "последни коментари", "прочетете още",  # Bulgarian
    "الأكثر قراءة", "الأكثر تعليقا", "الأكثر تعليقاً", "اقرأ أيضا", "اقرأ أيضاً", "آخر التعليقات",
    "nejčtenější", "nejživější diskuse", "nejnovější komentáře", "čtěte také", "luetuimmat",
    "uusimmat kommentit", "luetuimmat uutiset", "lue myös", "en çok okunanlar", "çok okunanlar", "son yorumlar",
    "ilginizi çekebilir",
    "najčitanije", "najnovije", "najnoviji komentari", "pročitajte još", "pročitajte i",
    "najnowsze komentarze", "najczęściej czytane", "najpopularniejsze", "czytaj także", "czytaj też",
    "zobacz także", "najczęściej komentowane",
    "найобговорюваніше", "найпопулярніше", "найчитаніше", "останні коментарі", "читайте також",
    "mest lest", "mest lese", "siste kommentarer", "nyeste kommentarer", "les også", "mest læste", "seneste kommentarer",
    "læs også", "mest läst", "mest lästa", "senaste kommentarer", "läs också",
    "најчитаније", "најкоментарисаније", "najkomentarisanije", "најновији коментари", "прочитајте још",
    "terpopuler", "komentar terbaru", "terbaru", "baca juga", "berita terkait", "paling banyak dibaca", "terkini",
    "el més llegit", "els més llegits", "més llegides", "més comentats", "últims comentaris", "llegeix també",
    "よく読まれている記事", "最新のコメント", "アクセスランキング", "많이 본 댓글", "많이 본 뉴스", "최신 댓글",
    "最多回應", "最新留言", "最新評論", "最新评论", "熱門文章", "热门文章",
    "सबसे ज़्यादा पढ़ी गईं", "ताज़ा टिप्पणियाँ", "हाल की टिप्पणियाँ", "أحدث التعليقات",
    "πρόσφατα σχόλια", "δημοφιλή", "τα πιο δημοφιλή", "ข่าวยอดนิยม", "ความคิดเห็นล่าสุด", "обсуждаемое",
    "cele mai comentate", "cele mai citite", "ultimele comentarii", "citește și", "citește și:",
    "پربحث‌ترین‌ها", "پربحث ترین ها", "پربازدیدترین‌ها", "آخرین نظرات", "آخرین دیدگاه‌ها", "بیشتر بخوانید",
    "הנקראים ביותר", "הכי נקראים", "עוד באתר", "כתבות נוספות",  # Hebrew "most read", "more on the site"
    # "Latest news" in the languages above and more
    "aktuelle nachrichten", "dernières nouvelles", "dernières infos", "ultime notizie", "últimas noticias",
    "últimas notícias", "laatste nieuws", "senaste nytt", "siste nytt", "seneste nyt", "najnowsze wiadomości",
    "последние новости", "останні новини", "آخر الأخبار", "ข่าวล่าสุด", "最新ニュース", "최신 뉴스", "最新新闻", "最新消息",
    "नवीनतम समाचार", "ताज़ा ख़बरें", "berita terkini", "berita terbaru", "tin mới nhất", "son dakika", "ultimele știri",
    "najnovije vijesti", "најновије вести", "legfrissebb hírek", "nejnovější zprávy", "viimeisimmät uutiset",
    "τελευταία νέα", "آخرین اخبار", "تازہ ترین خبریں", "azken albisteak", "darrers articles", "últimes notícies",
    # WordPress's "Recent Comments" widget in more of its languages
    "legutóbbi hozzászólások", "komentet e fundit", "naujausi komentarai", "jaunākie komentāri", "viimased kommentaarid",
    "nýjustu athugasemdir", "azken iruzkinak", "bình luận mới nhất", "ความเห็นล่าสุด", "የቅርብ ጊዜ አስተያየቶች",
    "վերջին մեկնաբանություններ", "ბოლო კომენტარები", "সাম্প্রতিক মন্তব্য", "அதிகம் படித்தவை", "சமீபத்திய கருத்துகள்", "最近のコメント",
    "최근 댓글", "近期评论", "近期評論", "ostatnie komentarze", "posledné komentáre", "zadnji komentarji", "останні коментарі",
)
# A sidebar's tabs, printed one under another ("Popular" / "Latest" / "Comments"): a comments
# heading right under or over one of these labels is the box's tab, not the thread's heading.
SIDEBAR_TAB_WORDS: Final = (
    "popular", "latest", "recent", "trending", "most read", "most popular", "most viewed", "newest", "top", "tags",
    "beliebt", "neueste", "aktuell", "populaires", "récents", "populaire", "popolari", "recenti",
    "populares", "recientes", "recentes", "populair", "nieuwste", "populära", "senaste", "populære", "nyeste",
    "popularne", "najnowsze", "populární", "nejnovější", "популярное", "новое", "الأكثر قراءة", "الأحدث",
)
