"""Relative times in the languages of the sites comment systems serve: "3 hours ago", "vor 3
Stunden", "il y a 2 heures", "3 ore fa", "2 dias atrás", "siku 3 zilizopita", "15 گھنٹے پہلے".

A comment's header shows one where it shows no date; the text-dump reader (``comment_header``,
``page_furniture``) reads a line as a stamp by this pattern, and tries it on a line without a
digit only where one of its cue words is there. The rest of the comment words are ``page_words``'s.

Where the pattern does not know a language, ``relative_start`` reads the past relative times of
every language CLDR describes ("2 நாட்களுக்கு முன்", "2 કલાક પહેલાં", "пре 3 сата"), by the
patterns Babel ships: the hand-written pattern above stays for what CLDR does not write (an
amount in words, Drupal's two units, the qualifiers).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from threads.cldr_languages import language_data

# A relative time: a number or article, then a unit, after "vor"/"il y a"/"hace"/"há" or before
# "ago"/"fa"/"geleden".
_UNITS: Final = (
    "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year",  # + s
    "sekunden?", "minuten?", "stunden?", "tag(?:en)?", "wochen?", "monat(?:en)?", "jahr(?:en)?",
    "secondes?", "minutes?", "heures?", "jours?", "semaines?", "mois", "ans?", "années?",
    "second[oi]", "minut[oi]", "or[ae]", "giorn[oi]", "settiman[ae]", "mes[ei]", "ann[oi]",
    "seconden", "minuut", "minuten", "uur", "dagen", "dag", "weken", "maanden?", "jaar",
    "sekondes?", "ure", "dae", "weke", "maand", "jare",  # Afrikaans ("3 uur gelede"; "minute", "maande" above)
    "segundos?", "minutos?", "horas?", "días?", "dias?", "semanas?", "mes(?:es)?", "meses", "mês", "años?", "anos?",
    "h", "j",  # cut short: "il y a 3 h", "il y a 2 j"
)
# An English unit before "ago", also as Reddit cuts it with a point ("20 hr. ago", "3 mo. ago",
# "1 yr. ago"): the stamp is a comment's header wherever it is written so.
AGO_UNIT: Final = r"(?:second|sec|minute|min|hour|hr|day|week|month|year|mo|yr)s?\.?"
_AMOUNT: Final = r"(?:\d{1,3}|an?|a\s+few|einer?|einem|un[ae]?|un'|een|uno|um|uma)"
# Drupal's interval keeps two units, the second a number's ("2 days 1 hour ago", "2 giorni 3 ore
# fa", "vor 2 Tage 3 Stunden"): without it the first unit reads as the commenter's name.
_SECOND_UNIT: Final = rf"(?:,?\s+\d{{1,2}}\s+(?:{'|'.join(_UNITS)})s?)?"
# Rails' and Django's "about", "almost", "over" after the preposition: "hace alrededor de 23 horas",
# "vor etwa 2 Stunden", "il y a environ 3 heures", "há cerca de 2 horas", "hace casi 2 años".
_QUALIFIER: Final = (
    r"(?:(?:etwa|fast|über|mehr\s+als|environ|presque|plus\s+de|alrededor\s+de|casi|más\s+de|cerca\s+de|quase|mais\s+de"
    r"|circa|quasi|oltre|ongeveer|bijna|meer\s+dan)\s+)?"
)
_RELATIVE: Final = (
    rf"(?:(?:about|over|almost|etwa|fast|environ|circa|ongeveer)\s+)?"
    rf"(?:(?:vor|il\s+y\s+a|hace|há|ha)\s+{_QUALIFIER}{_AMOUNT}\s+(?:{'|'.join(_UNITS)})s?{_SECOND_UNIT}"
    rf"|{_AMOUNT}\s+(?:{'|'.join(_UNITS)})s?{_SECOND_UNIT}\s+(?:ago|fa|geleden|gelede|atrás)"
    # Russian ("20 минут назад", "час назад") and Arabic ("منذ ساعتين", "منذ 3 ساعات"): the unit's
    # case and number change with the amount, and Arabic has a dual without a number.
    r"|(?:\d{1,3}\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад"
    r"|منذ\s+(?:\d{1,3}\s+)?(?:ثوان|ثانية|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|أسبوعين|أسابيع"
    r"|شهر|شهرين|أشهر|سنة|سنتين|سنوات)"
    # Czech ("před 2 hodinami", "před hodinou"), Finnish ("3 päivää sitten", "tunti sitten") and
    # Turkish ("3 saat önce"): the unit's case changes with the amount here too.
    r"|před\s+(?:\d{1,3}\s+)?(?:sekund(?:ou|ami)|minut(?:ou|ami)|hodin(?:ou|ami)|dnem|dny|týdn(?:em|y)|měsíc(?:em|i)|rokem|lety)"
    r"|(?:\d{1,3}\s+)?(?:sekunti(?:a)?|minuutti(?:a)?|tunti(?:a)?|päivä(?:ä)?|viikko(?:a)?|kuukausi|kuukautta|vuosi|vuotta)\s+sitten"
    r"|(?:\d{1,3}|bir)\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce"
    # Polish, often with the unit cut short: "3 godz. temu", "45 min temu", "2 dni temu".
    r"|(?:\d{1,3}\s+)?(?:sek\.?|sekund[ęy]?|min\.?|minut[ęy]?|godz\.?|godzin[ęy]?|dni|dzień|tydz\.?|tydzień|tygodni[e]?"
    r"|mies\.?|miesiąc[e]?|miesięcy|rok|lat[a]?)\s+temu"
    # Norwegian, Danish and Swedish: "for 8 timer siden", "3 dager siden", "för 2 timmar sedan".
    r"|(?:(?:for|för)\s+)?(?:\d{1,3}|en|et|ett)\s+(?:sekund(?:er)?|minutt(?:er)?|minut(?:ter|er)?|time[r]?|timme|timmar"
    r"|dag(?:er|e|ar)?|uke[r]?|uge[r]?|vecka|veckor|måned(?:er)?|månad(?:er)?|år)\s+(?:siden|sedan)"
    # Serbian, in either script: "пре 3 сата", "pre 2 dana", "пре 1 сат".
    r"|(?:пре|pre)\s+(?:\d{1,3}\s+)?(?:секунд[еи]?|минут[аеи]?|сат[аи]?|дан[аи]?|недељ[аеу]|месец[аи]?|годин[аеу]"
    r"|sekund[ei]?|minut[aei]?|sat[ai]?|dan[ai]?|nedelj[aeu]|mesec[ai]?|godin[aeu])"
    # Bulgarian, with Drupal's second unit: "преди 2 дни 4 часа", "преди 5 минути", "преди час".
    r"|преди\s+(?:\d{1,3}\s+)?(?:секунд[аи]?|минут[аи]?|час(?:а)?|ден|дни|дена|седмиц[аи]|месец(?:а)?|годин[аи])"
    r"(?:\s+\d{1,3}\s+(?:секунд[аи]?|минут[аи]?|час(?:а)?|ден|дни|дена|седмиц[аи]|месец(?:а)?))?"
    # Ukrainian: "3 години тому", "5 хвилин тому", "2 дні тому".
    r"|(?:\d{1,3}\s+)?(?:секунд[уи]?|хвилин[уи]?|годин[уи]?|д(?:ень|ні|нів)|тижн(?:і|ів|ень)|місяц(?:ь|і|ів)|р(?:ік|оки|оків))\s+тому"
    # Indonesian and Malay: "3 jam lalu", "5 menit yang lalu", "2 hari lalu".
    r"|(?:\d{1,3}|se)\s*(?:detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu"
    # Korean, Japanese, Chinese ("5시간 전", "3時間前", "2小時前"), Thai ("5 ชั่วโมงที่แล้ว"), Hindi
    # ("3 घंटे पहले", "1 वर्ष पहले") and Greek ("πριν από 3 ώρες").
    r"|\d{1,3}\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    r"|\d{1,3}\s*(?:秒|分|分鐘|分钟|時間|小時|小时|日|天|週間|周|個月|个月|ヶ月|か月|年)\s*前"
    r"|\d{1,3}\s*(?:วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)\s*ที่แล้ว"
    r"|\d{1,3}\s+(?:सेकंड|मिनट|मिनटों|घंटे|घंटा|घंटों|दिन|दिनों|हफ्ते|हफ़्ते|हफ्ता|हफ़्ता|सप्ताह|महीने|महीना|महीनों|साल|सालों|वर्ष|वर्षों)\s+पहले"
    # Malayalam ("2 ദിവസം മുമ്പ്") and Tamil ("2 நாட்களுக்கு முன்பு")
    r"|\d{1,3}\s+(?:സെക്കൻഡ്|മിനിറ്റ്|മണിക്കൂർ|ദിവസം|ആഴ്ച|മാസം|വർഷം)\s+മുമ്പ്"
    r"|\d{1,3}\s+(?:வினாடிகளுக்கு|நிமிடங்களுக்கு|மணிநேரத்திற்கு|நாட்களுக்கு|வாரங்களுக்கு|மாதங்களுக்கு|ஆண்டுகளுக்கு)\s+முன்பு"
    # Mongolian ("16 цагийн өмнө", "3 хоногийн өмнө")
    r"|\d{1,3}\s+(?:секундын|минутын|цагийн|хоногийн|өдрийн|долоо\s+хоногийн|сарын|жилийн)\s+өмнө"
    # Bengali ("২ দিন আগে", "৩ ঘণ্টা আগে"; \d reads Bengali digits)
    r"|\d{1,3}\s+(?:সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর)\s+আগে"
    # Urdu ("15 گھنٹے پہلے", "2 دن پہلے") and Swahili, the unit first ("siku 3 zilizopita", "saa 2 zilizopita").
    r"|\d{1,3}\s+(?:سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|ہفتہ|مہینے|مہینہ|سال)\s+پہلے"
    r"|(?:sekunde|dakika|saa|siku|wiki|mwezi|miezi|mwaka|miaka)\s+\d{1,3}\s+(?:zilizopita|iliyopita|uliopita)"
    r"|πριν\s+(?:από\s+)?\d{1,3}\s+(?:δευτερόλεπτα|λεπτά|λεπτό|ώρες|ώρα|ημέρες|ημέρα|μέρες|μέρα|εβδομάδες|εβδομάδα|μήνες|μήνα|χρόνια|χρόνο)"
    # Romanian ("acum 18 ore", "acum o oră", "acum un minut") and Persian ("۲ ساعت پیش", "۴۵ دقیقه پیش").
    r"|acum\s+(?:\d{1,3}|o|un|una|câteva)\s+(?:secunde?|minute?|minut|ore|oră|ora|zile|zi|săptămâni|săptămână|luni|lună|ani|an)"
    r"|(?:\d{1,3}\s+)?(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+پیش"
    # Basque ("duela 12 ordu", "duela egun bat"), Estonian ("3 tundi tagasi"), Latvian ("pirms 2
    # stundām"), Lithuanian ("prieš 2 val."), Slovak and Slovenian ("pred 3 hodinami", "pred 3
    # urami"), Croatian and Bosnian ("prije 3 sata"), Catalan ("fa 3 hores"), Galician ("hai 3
    # horas"), Icelandic ("fyrir 3 klukkustundum"), Hungarian ("3 órája", "3 órával ezelőtt"),
    # Vietnamese ("3 giờ trước"), Tagalog ("3 oras ang nakalipas"), Hebrew ("לפני 3 שעות").
    r"|duela\s+(?:\d{1,3}\s+)?(?:segundo|minutu|ordu|egun|aste|hilabete|urte)(?:\s+bat)?"
    r"|(?:\d{1,3}\s+)?(?:sekundit?|minutit?|tundi|tund|päeva|päev|nädalat?|kuud?|aastat?)\s+tagasi"
    r"|pirms\s+(?:\d{1,3}\s+)?(?:sekundēm|sekundes|minūtēm|minūtes|stundām|stundas|dienām|dienas|nedēļām|nedēļas|mēnešiem|mēneša|gadiem|gada)"
    r"|prieš\s+(?:\d{1,3}\s+)?(?:sek\.?|sekund(?:ę|es|žių)|min\.?|minut(?:ę|es|čių)|val\.?|valand(?:ą|as|ų)|d\.|dien(?:ą|as|ų)|sav\.?|mėn\.?|m\.)"
    r"|pred\s+(?:\d{1,3}\s+)?(?:sekund(?:ou|ami)|minút(?:ou|ami)|hodin(?:ou|ami)|dň(?:om|ami)|týždň(?:om|ami)|mesiac(?:om|mi)|rok(?:om)?|rokmi"
    r"|sekund(?:o|ami)|minut(?:o|ami)|ur(?:o|ami)|dnev(?:om|i)|dn(?:em|evi)|tedn(?:om|i)|mesec(?:em|i)|let(?:om|i)?)"
    r"|prije\s+(?:\d{1,3}\s+)?(?:sekund[eiu]?|minut[aeu]?|sat[ai]?|dan[a]?|tjed(?:an|na)|mjesec[ai]?|godin[aeu])"
    r"|fa\s+(?:\d{1,3}|un|una)\s+(?:segons?|minuts?|hor(?:a|es)|dies|dia|setman(?:a|es)|mesos|mes|anys?)"
    r"|hai\s+(?:\d{1,3}|un|unha)\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|anos?)"
    r"|fyrir\s+(?:\d{1,3}\s+)?(?:sekúndum|mínútum|klukkustundum?|klst\.?|dögum|degi|vikum|viku|mánuðum|mánuði|árum|ári)"
    r"|\d{1,3}\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)"
    r"|\d{1,3}\s+(?:másodperccel|perccel|órával|nappal|héttel|hónappal|évvel)\s+ezelőtt"
    r"|\d{1,3}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước"
    r"|\d{1,3}\s+(?:segundo|minuto|oras|araw|linggo|buwan|taon)\s+ang\s+nakalipas"
    r"|לפני\s+(?:\d{1,3}\s+)?(?:שניות|דקות|דקה|שעות|שעה|שעתיים|ימים|יום|יומיים|שבועות|שבוע|חודשים|חודש|שנים|שנה)"
    # Georgian ("2 დღის წინ"), Armenian ("3 ժամ առաջ"), Kazakh ("2 күн бұрын"), Azerbaijani ("5 saat
    # əvvəl") and Uzbek ("2 kun oldin"): a number, a unit, the word for "ago".
    r"|\d{1,3}\s+(?:წამის|წუთის|საათის|დღის|კვირის|თვის|წლის)\s+წინ"
    r"|\d{1,3}\s+(?:վայրկյան|րոպե|ժամ|օր|շաբաթ|ամիս|տարի)\s+առաջ"
    r"|\d{1,3}\s+(?:секунд|минут|сағат|күн|апта|ай|жыл)\s+бұрын"
    r"|\d{1,3}\s+(?:saniyə|dəqiqə|saat|gün|həftə|ay|il)\s+əvvəl"
    r"|\d{1,3}\s+(?:soniya|daqiqa|soat|kun|hafta|oy|yil)\s+oldin)"
)
# What a relative time in words holds, before its pattern is tried on a line without a digit.
RELATIVE_CUES: Final = (
    "vor ", "y a ", "hace ", "há ", " fa", "geleden", " gelede", "назад", "منذ ", "před ", " sitten", " önce", " temu", " тому",
    " siden", " sedan", "пре ", "pre ", "преди ", " lalu", "전", "前", "ที่แล้ว", " पहले", "πριν ", "acum ", " پیش",
    " atrás", " پہلے", "pita", " আগে", " өмнө", " മുമ്പ്", " முன்பு",
    "duela ", " tagasi", "pirms ", "prieš ", "pred ", "prije ", "fa ", "hai ", "fyrir ", " ezelőtt",
    " trước", "nakalipas", "לפני ", " წინ", " առաջ", " бұрын", " əvvəl", " oldin",
)
RELATIVE_PATTERN: Final = _RELATIVE


def has_relative_cue(text: str) -> bool:
    """Whether ``text`` holds one of ``RELATIVE_CUES``: a plain loop, which costs a third of
    ``any()`` over a generator and less than a regex search on long lines (asked of most short lines)."""
    for cue in RELATIVE_CUES:  # noqa: SIM110 - any() over a generator costs three times this
        if cue in text:
            return True
    return False


def relative_start(text: str) -> int | None:
    """Where a relative time in the past closing ``text`` begins, in any language CLDR describes
    ("Anbu 2 நாட்களுக்கு முன்" → 5), or None: a number and the words CLDR writes around it for
    a unit of time ago, in any of its widths and plural forms, compared without blanks (Chinese
    and Japanese write "3天前" and "3 天前" alike)."""
    if not text or not (text[-1].isalpha() or text[-1] == "." or unicodedata.category(text[-1])[0] == "M"):
        return None  # (a mark may close a word: Tamil's virama, Gujarati's anusvara)
    # (a stamp is short: only the numbers in the text's last few dozen characters are looked at)
    tail = max(0, len(text) - _STAMP_CHARS)
    if _NUMBER.search(text, tail) is None:
        return None  # (most lines: no number near their end)
    for number in reversed(list(_NUMBER.finditer(text, tail))):
        after = "".join(text[number.end() :].split()).casefold()
        befores = _past_patterns().get(after)
        if befores is None:
            continue
        before = "".join(text[: number.start()].split()).casefold()
        for lead in befores:
            if before.endswith(lead):
                start = _start_of(text, number.start(), len(lead))
                # apart from what comes before it: a headline run into its age ("… জরিমানা১
                # ঘণ্টা আগে", a "latest news" box) is no name and a stamp
                return start if start == 0 or not text[start - 1].isalnum() and unicodedata.category(text[start - 1])[0] != "M" else None
    return None


_NUMBER: Final = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_STAMP_CHARS: Final = 48  # (CLDR's longest past pattern runs to about 40 characters)
_UNITS_OF_TIME: Final = ("year", "month", "week", "day", "hour", "minute", "second")


def _start_of(text: str, number: int, lead: int) -> int:
    """The index in ``text`` where the ``lead`` characters (blanks not counted) before the number begin."""
    index = number
    while lead > 0 and index > 0:
        index -= 1
        if not text[index].isspace():
            lead -= 1
    return index


@functools.cache
def _past_patterns() -> dict[str, tuple[str, ...]]:
    """CLDR's past relative times: the words after the number ("நாட்களுக்குமுன்"), each with the
    words that may come before it ("vor", or nothing), blanks removed and case folded. Every
    language and script Babel has data for, not its regional variants (which repeat them); not a
    form of one letter or a sign before the number ("-3 h", CLDR's narrowest), which would read
    "Route 3 A" as a time. Built once a process, on the first line it is asked of (about 0.7 s)."""
    forms: dict[str, set[str]] = {}
    for data in language_data():
        fields = data["date_fields"]
        for unit in _UNITS_OF_TIME:
            for width in ("", "-short", "-narrow"):
                try:
                    past = fields[unit + width]["past"]
                except KeyError:
                    continue
                for pattern in past.values():
                    lead, marker, tail = pattern.partition("{0}")
                    lead, tail = "".join(lead.split()).casefold(), "".join(tail.split()).casefold()
                    if not marker or lead[-1:] in _SIGNS or sum(c.isalpha() for c in lead + tail) < 2:
                        continue
                    forms.setdefault(tail, set()).add(lead)
    # (longest lead first: "hace" before "")
    return {tail: tuple(sorted(leads, key=len, reverse=True)) for tail, leads in forms.items()}


_SIGNS: Final = ("-", "\u2212", "\u2013", "+")
