"""The words around a comment's time, in the languages of the sites that print them: the word
before a date ("le 26/10/2024", "am 3. März"), between a date and its clock ("à 18h12", "um 21:47
Uhr", "στις 16:10"), after the clock (Thai "น.", morning and afternoon in Arabic, Hindi, Bengali,
Amharic), how a stamp ends ("vor 5 Stunden", "3 saat önce") and days named relative to today.

Both readers read times with them (``html_time``, ``comment_header``, ``page_flat_stamps``): split
from ``page_words`` as one idea, the words of a time.
"""

from __future__ import annotations

from typing import Final

# The word before a date in a header: "Claire D. le 26/10/2024", "Jim on 5 May 2021", "am 3. März".
DATE_PREPOSITIONS: Final = ("on", "am", "le", "il", "op", "el", "em", "στις")
# Between a date and its clock, in text dumps and in HTML dates (html_time): "at 6:42 pm", "um 21:47
# Uhr", "à 18h12", "alle 18:42", "om 08:14", "a les 9:05" (ca), "o 14:32" (pl), "v 14:32" (cs),
# "kl. 07.42", "klo 22.14", "30.03.2024. u 21:14" (hr, sr, bs), "о 09:12" (uk), "в 14:32" (ru).
CLOCK_CONNECTORS: Final = (
    "at", "@", "um", "à", "a", "alle", "om", "às", "a las", "a la", "a les", "o", "v", "kl.", "kl", "klo", "u", "о", "в",
    "στις", "pukul", "في", "الساعة", "ore", "ora",  # ... and Italian "3 novembre 2024 ore 18:22", Romanian "24 octombrie 2009, ora 18:42"  # Greek "28 Μαρτίου 2025 στις 16:10", Indonesian "… pukul 10:42", Arabic "… في 7:42 م"
    "بوقت",  # Urdu "10 مارچ 2025 بوقت 9:40 شام"
    "على الساعة",  # Maghrebi Arabic "الأحد 14 جويلية 2024 على الساعة 21:40" (at the hour)
    "|",  # a bar between the day and the clock ("13 Mei 2024 | 19:42 WIB", Komento)
    "·",  # a middle dot there ("5 Nuwamba, 2023 · 9:12 na safe", a Hausa paper's own list)
    # Serbian in Cyrillic, Estonian, Slovenian, Latvian, Vietnamese, Turkish, Romanian, Armenian,
    # Persian, Hebrew: "29. март 2024. у 19:42", "kell 14:32", "ob 14:32", "plkst. 14:32", "lúc 14:32"
    "у", "kell", "ob", "plkst.", "plkst", "lúc", "saat", "la", "ժամը", "ساعت", "בשעה",
    "በ",  # Amharic WordPress "ማርች 13, 2024 በ 9:15 ጥዋት"
    "रोजी",  # Marathi Blogger "९ डिसेंबर, २०२३ रोजी १०:४७ म.उ." (on)
    "saa",  # Swahili WordPress "Machi 30, 2024 saa 9:15 asubuhi" (at; "asubuhi" morning, "mchana" afternoon)
)
# How a header's stamp ends, four characters, for the flat reader's cheap pass (page_flat): "link":
# Drupal's "… 21:04 Permalink"; " now": Coral's "Just now" under the name. "önce", "tten": Turkish
# "3 saat önce", Finnish "3 päivää sitten". " Uhr": German "26.10.2024, 21:14 Uhr"; the rest end a
# relative time's unit ("vor 5 Stunden", "há 3 horas", "il y a 2 heures").
STAMP_TAILS: Final = frozenset({
    "a.m.", "p.m.", "A.M.", "P.M.", "link", " now", " Now", "önce", "tten", " Uhr", "rday", "temu",
    "ente", "nent",  # a permalink in words after the time ("… - 19:22 Enlace permanente", "lien permanent")
    "ted)",  # "20 hours ago(Edited)" (Coral)
    " hs.",  # "12/02/2024 - 09:14 hs." (horas: Argentine papers)
    "nden", "uten", "agen", "chen", "aten", "hren", "ures", "ours", "oras", "utos", "dias", "días", "eden", "тому",
    "lede",  # Afrikaans "3 uur gelede"
    " uur",  # Dutch, Flemish clock "14/02/24, 07.32 uur"
    "iden", "edan",  # Norwegian, Danish "for 8 timer siden", Swedish "för 2 timmar sedan"
    "lalu",  # Indonesian, Malay "3 jam lalu"
    "unde", "nute", "Jahr", "onat", " Tag", "oche",  # German singular "vor 1 Stunde", "vor 1 Jahr", "vor 1 Woche"
    " mes",  # Spanish "hace 1 mes"
    " ore", " oră", "zile", " پیش", "азад",  # Romanian "acum 18 ore", "acum 2 zile"; Persian; Russian "3 часа назад"
    "แล้ว",  # Thai "5 ชั่วโมงที่แล้ว" (5 hours ago)
    "jour", "mois", " ans",  # French singular "il y a 1 jour", "il y a 2 mois", "il y a 3 ans"
    "eure", "onde", "aine", "1 an", "n an", "nnée",  # ... "il y a 1 heure", "1 seconde", "1 semaine", "1 an", "un an", "1 année"
    "o fa", "i fa", "e fa", "a fa",  # Italian "1 giorno fa", "2 giorni fa", "3 ore fa", "un'ora fa"
    "trás", "पहले", "پہلے", "pita", " আগে", "өмнө", "മ്പ്", "ன்பு",  # Portuguese "2 dias atrás", Hindi, Urdu, Swahili "siku 3 zilizopita", Bengali, Mongolian, Malayalam, Tamil
    "часа", " час", "нути", "нута", " дни", " ден", "унди", "мици", "есец", "сеца", "дини",  # Bulgarian "преди 2 дни 4 часа"
    # Portuguese and Spanish singulars and longer units: "há 1 dia", "hace 1 hora", "há 2 semanas", "hace 1 año"
    " dia", " día", "hora", "mana", "anas", " mês", "eses", " ano", "anos", " año", "años",
    # the units of relative_words' other languages: Basque "duela 10 minutu", Estonian "3 tundi
    # tagasi", Latvian "pirms 2 stundām", Lithuanian "prieš 2 val.", Slovak, Slovenian, Croatian,
    # Catalan, Icelandic, Hungarian "3 órája", Vietnamese "3 giờ trước", Tagalog, Hebrew
    "nutu", "ordu", "egun", "aste", "bete", "urte", " bat", "gasi", "ndām", "ūtēm", "enām", "šiem", "diem", "val.",
    "min.", "sav.", "mėn.", "nami", "tami", "ňami", "rami", "nevi", "sata", "nuta", "dana", "sati",
    "ores", "nuts", "dies", "ndum", "útum", "ögum", "rája", "erce", "apja", "lőtt", "rước", "ipas",
    "שעות", "דקות", "ימים", " שעה", " יום", "שבוע",
})
# A word for the hour after the clock, abbreviated: Thai "5 มี.ค. 2567 เวลา 07:45 น." (o'clock).
CLOCK_AFTER_WORDS: Final = frozenset({"น."})
# Morning and afternoon as words after the clock, where they are not "am"/"pm" (Arabic "09:15 ص",
# "01:05 م", "صباحا", "مساء"; Hindi "पूर्वाह्न", "अपराह्न"; Urdu WordPress "9:40 شام", "11:20 صبح").
# Bengali WordPress "৯:১২ পূর্বাহ্ণ", "৪:৪৮ অপরাহ্ণ" (and spelt with "ন"); Tamil "முற்பகல்", "பிற்பகல்".
MORNING_AFTER_CLOCK: Final = ("ص", "صباحا", "पूर्वाह्न", "صبح", "ጥዋት", "ጠዋት", "পূর্বাহ্ণ", "পূর্বাহ্ন", "முற்பகல்", "म.पू.", "sáng", "asubuhi")  # (Amharic "በ 9:15 ጥዋት")
AFTERNOON_AFTER_CLOCK: Final = ("م", "مساء", "अपराह्न", "شام", "ከሰዓት", "ከሰዓት በኋላ", "অপরাহ্ণ", "অপরাহ্ন", "பிற்பகல்", "म.उ.", "chiều", "mchana", "jioni")  # (Marathi "म.पू.", "म.उ."; Vietnamese WordPress "9:21 chiều")
# Morning and afternoon as one letter after the clock (Arabic "09:15 ص", "01:05 م").
CLOCK_HALF_LETTERS: Final = frozenset("صم")
# Morning and afternoon as two letters after the clock (Greek "11:32 πμ", "3:40 μμ").
CLOCK_HALF_PAIRS: Final = frozenset({"πμ", "μμ"})
# Days named relative to today: a stamp too ("gestern", "hier", "ieri", "gisteren", "ayer").
RELATIVE_DAY_WORDS: Final = (
    "just now", "yesterday", "today", "gerade eben", "soeben", "gestern", "heute", "à l'instant", "hier",
    "aujourd'hui", "adesso", "ieri", "oggi", "zojuist", "gisteren", "vandaag",
    "ahora", "ayer", "hoy", "agora", "ontem", "hoje", "только что", "вчера", "сегодня", "الآن", "أمس", "اليوم",
    "včera", "dnes", "právě teď", "eilen", "tänään", "juuri nyt", "dün", "bugün", "az önce", "şimdi",
    "wczoraj", "dzisiaj", "dziś", "przed chwilą", "вчора", "сьогодні", "щойно",
    "i går", "i dag", "igår", "idag", "nettopp", "akkurat nå", "lige nu", "just nu",
    "kemarin", "hari ini", "baru saja", "ieri", "azi", "astăzi", "chiar acum", "دیروز", "امروز", "همین الان",
)
