"""The words pages state their comments' zone in, in every language the readers have met: the
statement openings ("All times are", "Alle Zeitangaben in"), the cheap substrings looked for before
any pattern is tried, the language each cue is written in (a page in another is not scanned for it),
and the countries and phrases that name one zone. Data only: ``zone_statements`` reads pages with it.
"""

from __future__ import annotations

from typing import Final

# A forum's statement of its zone: vBulletin "All times are GMT -5. The time now is …", phpBB
# "All times are UTC - 5 hours" or "All times are <span title=…>UTC-05:00</span>", German
# "Alle Zeiten sind UTC+1" and vBulletin's "Alle Zeitangaben in WEZ +1" (WEZ: western European,
# UTC), French "Toutes les heures sont au format UTC+1", Spanish, Italian and Dutch; Discuz!'s
# "當前時區 GMT+8" ("current zone") and "所有時間為 GMT+8", in traditional and simplified Chinese.
ZONE_STATEMENT_WORDS: Final = (
    "all times are", "all times", "alle zeiten sind", "alle zeitangaben in", "toutes les heures sont", "todos los horarios son",
    "tutti gli orari sono", "alle tijden zijn", "當前時區", "当前时区", "所有時間為", "所有时间为",
    "所有時間均為", "所有时间均为",  # "本站所有时间均为北京时间（UTC+8）" (all the site's times are Beijing time)
    "时间均为", "時間均為",  # "以下评论时间均为悉尼当地时间" (the comments' times below are all Sydney's local time)
    "alle tye is",  # Afrikaans ("Alle tye is SA-tyd (UTC+2)")
    # the same, naming the place whose time it is: "Todos los horarios corresponden a la hora de
    # Uruguay (UTC-3)", "Os horários seguem o horário de Brasília (UTC-3)", "All times are in Eastern Time (UTC-5)"
    "todos los horarios corresponden a", "todos los horarios están en", "los horarios corresponden a",
    "todos os horários seguem", "os horários seguem", "todos os horários estão em", "os horários são",
    "tutti gli orari si riferiscono a", "alle zeiten beziehen sich auf", "alle zeitangaben beziehen sich auf",
    "toutes les heures correspondent à", "alle tijden zijn in",
    "جميع الأوقات", "كل الأوقات",  # Arabic: "جميع الأوقات بتوقيت مسقط (GMT+4)" (all times are Muscat time)
    # Russian and Ukrainian ("Время на сайте — самарское (UTC+4)"), Turkish ("Tüm saatler GMT+3"),
    # Azerbaijani ("Şərhlərin vaxtı Bakı vaxtı ilə (GMT+4) göstərilir": the comments' time, Baku time).
    "время на сайте", "время указано", "всё время", "все время", "час на сайті", "час вказано",
    "tüm saatler", "şərhlərin vaxtı", "bütün vaxtlar",
    "jsou uvedeny v místním čase",  # Czech "Všechny časy v diskusi jsou uvedeny v místním čase (Praha, SEČ/SELČ)"
    "são horas legais da",  # Portuguese "Todas as horas indicadas nos comentários são horas legais da Madeira (WET/WEST)"
    "เว็บไซต์นี้เป็นเวลา",  # Thai "เวลาทั้งหมดที่แสดงบนเว็บไซต์นี้เป็นเวลาประเทศไทย (GMT+7)"
    "laikas svetainėje nurodomas",
    "laikas nurodytas",  # Lithuanian "Laikas nurodytas Lietuvos laiku" (the time is given in Lithuania's)
    "laiks norādīts pēc",  # Latvian "Komentāru laiks norādīts pēc Latvijas laika" (by Latvia's time)
    "в комментариях указано",  # Russian "Время в комментариях указано алматинское" (Almaty's)
    "times shown in", "times are in",  # "Times shown in Pacific time", "Comment times are in Philippine Standard Time"
    "heures sont indiquées", "heures indiquées sont celles de",  # French "Les heures sont indiquées à l'heure d'Alger", "… sont celles de Paris"
    "se muestran en el horario del",  # Spanish "… se muestran en el horario del Pacífico (tiempo de Nayarit)"
    "horários no fuso de",  # Portuguese "Horários no fuso de Brasília" (times in Brasília's zone)
    "horas são indicadas na hora de",  # Portuguese "Todas as horas são indicadas na hora de Moçambique (CAT)"
    "heures affichées : heure de",  # French "Heures affichées : heure de Paris"  # Lithuanian "Laikas svetainėje nurodomas Lietuvos laiku (EET, vasarą EEST)"
    "ni saa za",  # Swahili "Saa zote kwenye maoni ni saa za Afrika Mashariki (EAT, UTC+3)" (the comments' times)
    "ni kwa saa za",  # Swahili "Nyakati zote kwenye tovuti hii ni kwa saa za Afrika Mashariki (EAT, UTC+3)"
    "barcha vaqtlar",  # Uzbek "Saytdagi barcha vaqtlar Toshkent vaqti (UTC+5) bo'yicha" (all the site's times are Tashkent's)
    # "All times shown are Irish time", Thai "เวลาที่แสดงเป็นเวลาประเทศไทย (GMT+7)" (the time shown
    # is Thailand's), Vietnamese "Thời gian hiển thị theo giờ Việt Nam (GMT+7)", Hebrew "השעות באתר
    # לפי שעון ישראל" (the site's hours are Israel's clock), Turkish "Sitede yer alan saatler
    # Türkiye saatidir (TSİ)", Swahili "Saa zote ni za Afrika Mashariki (EAT)"; Thai "เวลาทั้งหมดเป็นเวลา
    # ประเทศไทย (GMT+7)" (all times are Thailand's)
    "all times shown are", "เวลาที่แสดงเป็นเวลา", "เวลาทั้งหมดเป็นเวลา", "thời gian hiển thị theo giờ", "השעות באתר לפי שעון",
    "sitede yer alan saatler", "saa zote ni za",
    # French "Toutes les heures sont indiquées à l'heure de Paris", Romanian "Toate orele afișate
    # pe site sunt în ora României (EET/EEST)"
    "toutes les heures sont indiquées", "toutes les heures sont affichées", "toate orele afișate pe site sunt în ora",
    "toate orele sunt în ora",
    "orele sunt afișate după ora", "orele sunt afişate după ora",  # Romanian "Orele sunt afișate după ora României" (either s)
    # Polish "Wszystkie godziny podano według czasu polskiego (CET/CEST)", Portuguese "Horários de
    # Brasília", German "Alle Zeitangaben in mitteleuropäischer Zeit (MEZ bzw. MESZ)"
    "wszystkie godziny podano według czasu", "horários de",
    "wszystkie godziny w serwisie podawane są według",  # Polish "… według czasu letniego środkowoeuropejskiego (UTC+2)"
    "horario de",  # Argentine Spanish "Horario de Argentina (GMT -3)"
    "times are shown in", "comment times are shown in",  # "Comment times are shown in Irish time"
    "all times on this site are", "all dates and times on this website are",  # "… New Zealand time (NZDT until …)", "… (SAST, UTC+2)"
    "les heures sont indiquées",  # "Sauf mention contraire, les heures sont indiquées à l'heure de Paris"
    # Portuguese "Todas as horas indicadas neste sítio referem-se à hora legal de Portugal continental",
    # Kazakh "Барлық уақыт Астана уақытымен (UTC+5)", Korean "모든 시간은 한국시간(KST) 기준입니다"
    "todas as horas indicadas neste sítio referem-se à hora legal de", "барлық уақыт",
    # Italian "Tutti gli orari indicati sul sito sono riferiti all'ora italiana (CET/CEST)", Mexican
    # Spanish "Todas las horas corresponden al tiempo del centro de México (UTC−6)"
    "tutti gli orari indicati sul sito sono riferiti all'ora", "tutti gli orari indicati sul sito sono riferiti all’ora",
    "todas las horas corresponden al", "todas las horas corresponden a",
    # Arabic "جميع الأوقات المعروضة على الموقع بتوقيت القاهرة" (all times shown are Cairo time)
    "جميع الأوقات المعروضة على الموقع بتوقيت", "بتوقيت",
    # Hebrew "כל השעות המופיעות באתר הן לפי שעון ישראל", Persian "… به وقت رسمی تهران است" (Tehran's
    # official time)
    "כל השעות המופיעות באתר הן לפי שעון", "به وقت رسمی", "به وقت",
    # Korean "기사 및 댓글의 모든 시간은 한국 표준시(KST, UTC+9) 기준입니다" (all times of stories and
    # comments are Korea Standard Time), Slovak "Všetky časy sú uvedené v miestnom čase (Bratislava,
    # SEČ/SELČ)" (in local time), Portuguese "Horários dos comentários no horário de Brasília",
    # Italian "Gli orari dei commenti sono indicati in ora italiana"
    "모든 시간은", "všetky časy sú uvedené v miestnom čase", "no horário de", "sono indicati in ora",
    # Hebrew "כל השעות באתר מוצגות לפי שעון ישראל" (by Israel's clock), Finnish "Kellonajat ovat
    # Suomen aikaa" (the times are Finland's)
    "לפי שעון", "kellonajat ovat",
    "alla tider anges i",  # Swedish "Alla tider anges i svensk tid" (all times are given in Swedish time)
    "alla tider är",  # Swedish "Alla tider är svensk tid" (all times are Swedish time)
    "er angivet i", "er oppgitt i",  # Danish "Alle tidspunkter på siden er angivet i dansk tid", Norwegian "… er oppgitt i norsk tid"
    # "Comment timestamps are shown in Singapore time (SGT, GMT+8)", French "Les horaires des
    # commentaires sont indiqués à l'heure de Paris", Bengali "সকল সময় বাংলাদেশ সময় (GMT+6) অনুযায়ী" (all
    # times by Bangladesh time)
    "timestamps are shown in", "sont indiqués", "sont indiquées", "সকল সময়",
    "indiquées sur ce site sont", "indiqués sur ce site sont",  # French "Toutes les heures indiquées sur ce site sont à l'heure de Suisse"
    # Spanish "Todos los horarios de este sitio corresponden a la hora oficial argentina (UTC-3)",
    # Swedish "Tiderna anges i svensk tid (CET/CEST)"
    "todos los horarios de este sitio", "tiderna anges i",
    # Russian "Время на сайте указано московское" (the site's time is Moscow's), Greek "Όλες οι ώρες
    # είναι σε ώρα Ελλάδας (Αθήνα)" (all hours are Greece's time)
    "время на сайте указано", "όλες οι ώρες είναι",
    # Polish "Wszystkie godziny podane są według czasu środkowoeuropejskiego (CET)", Italian "Tutti
    # gli orari sono espressi in ora italiana (CET/CEST)"
    "wszystkie godziny podane są według", "tutti gli orari sono espressi in ora",
    "orari espressi in ora",  # Italian "Orari espressi in ora italiana" (times given in Italian time)
    "sono espressi in ora",  # "Gli orari dei commenti sono espressi in ora italiana (CET/CEST)"
    "seguem o horário de",  # Portuguese "Todos os horários informados no site seguem o horário de Brasília"
    "all dates and times on this site are",  # "All dates and times on this site are UK time (BST in summer, GMT in winter)"
    "هەموو کاتەکان",  # Sorani "هەموو کاتەکان بە کاتی هەرێمی کوردستان نیشان دەدرێن (UTC+3)" (all times are the Kurdistan Region's)
    "সব সময়",  # Bengali "সব সময় বাংলাদেশ সময় (জিএমটি +৬) অনুযায়ী দেখানো হয়েছে" (all times by Bangladesh time)
    "মন্তব্যের সময়",  # Bengali "মন্তব্যের সময় বাংলাদেশ সময় (জিএমটি+৬) অনুযায়ী …" (the comments' times)
    "เว็บไซต์เป็นเวลา",  # Thai "เวลาทั้งหมดที่แสดงบนเว็บไซต์เป็นเวลาประเทศไทย (GMT+7)"
    "sono espressi nell'ora di", "sono espressi nell’ora di",  # Italian "… sono espressi nell'ora di Roma"
    "sva su vremena na portalu prikazana po",  # Croatian "… po srednjoeuropskom ljetnom vremenu (UTC+02:00)"
    "comment times are",  # "All comment times are Mountain Time" (US/Mountain)
    "kaikki ajat ovat",  # Finnish "Kaikki ajat ovat Suomen aikaa" (all times are Finland's)
    "todas las horas son hora",  # Spanish "Todas las horas son hora peninsular española (Madrid)"
    "ሁሉም ሰዓቶች",  # Amharic "ሁሉም ሰዓቶች በምሥራቅ አፍሪካ ሰዓት (EAT, UTC+3) ናቸው" (all times are East Africa Time)
    "ពេលវេលាទាំងអស់",  # Khmer "ពេលវេលាទាំងអស់ គិតតាមម៉ោងកម្ពុជា (GMT+7)" (all times are by Cambodia's clock)
    "ในเว็บไซต์เป็นเวลา",  # Thai "เวลาทั้งหมดในเว็บไซต์เป็นเวลาประเทศไทย (GMT+7)" (all the website's times are Thailand's)
    # Ukrainian "Час на сайті вказано за Києвом" (by Kyiv), Indonesian "Semua waktu dalam WIB (UTC+7)"
    "час на сайті вказано за", "semua waktu dalam",
    # Spanish "Todas las horas de publicación y de comentarios se muestran en hora de Chile
    # continental" (are shown in Chile's mainland time), Dutch "Alle tijden op deze site zijn
    # weergegeven in Nederlandse tijd (CET/CEST, Europe/Amsterdam)"
    "se muestran en", "zijn weergegeven in",
    # Spanish "Todas las horas de publicación y de los comentarios corresponden a la hora oficial
    # de Chile continental", "Todas las horas indicadas en esta web corresponden a la hora peninsular española"
    "corresponden a",
    "alle tider er",  # Norwegian and Danish "Alle tider er norsk tid" (all times are Norway's)
    "alle klokkeslett er", "alle klokkeslett i kommentarfeltet er",  # Norwegian (all clock times [in the comments] are …)
    "բոլոր ժամերը՝",  # Armenian "Կայքում նշված բոլոր ժամերը՝ Երևանի ժամանակով (UTC+4)" (all the site's times, Yerevan's)
    "times shown are",  # "Times shown are New Zealand time." (Commentics' note over the comments)
    "godziny podano według",  # Polish "Godziny podano według czasu polskiego" (the hours are given in Polish time)
    "si riferiscono all'ora", "si riferiscono all’ora",  # Italian "Tutti gli orari indicati sul sito si riferiscono all'ora italiana"
    "kõik kellaajad on",  # Estonian "Kõik kellaajad on Eesti aja järgi" (all times are by Estonia's time)
    "se expresan en",  # Spanish "Todas las horas de esta web se expresan en hora peninsular española"
    "tijden op deze site zijn",  # Dutch "Alle tijden op deze site zijn in Nederlandse tijd" (all times on this site)
    "estão na hora local dos", "estão na hora local de", "estão na hora local da",  # Portuguese "As horas dos comentários estão na hora local dos Açores"
)

# The cues of the statements that name a zone by its abbreviation ("Times shown are in CET").
NAMED_ZONE_CUES: Final = (
    "imes are", "időpontok", "imes shown", "yer alan saatler", "aa zote", "imes on this website",
    "časy sú uvedené",  # (only its pair of names: "… v stredoeurópskom čase (SEČ/SELČ)")
    "uvedené v miestnom",  # "Časy príspevkov sú uvedené v miestnom čase (SEČ/SELČ)" (the posts' times are local)
)

FIRST_NAMED_CUES: Final = 2  # (the cues the text reader looks for: English, Hungarian)

CITY_STATEMENT_CUES: Final = (
    "imes are", "heures sont", "ur ce site sont", "imes shown are", "לפי שעון", "orele afișate", "orele sunt", "rele sunt afi", "godziny podano", "orários de",
    "eitangaben in", "به وقت", "sono riferiti all", "horas corresponden", "بتوقيت", "imes on this site", "horas indicadas",
    "časy sú uvedené", "orário de", "indicati in ora", "ellonajat ovat", "tider anges i", "er angivet i", "er oppgitt i", "tamps are shown in", "ont indiqué", "iderna anges i", "lla tider är",
    "orarios corresponden",  # "Todos los horarios corresponden a la hora oficial de Uruguay"
    "üm saatler", "as horas son hora", "aikki ajat ovat",
    "orario de",  # "Horario de Chile continental"
    "vetainėje nurodomas",  # Lithuanian (the site's time is given in Lithuania's)
    "uvedeny v místním", "horas legais da",  # Czech and Portuguese, above (the country's mainland time)  # Turkish "Tüm saatler Türkiye saatidir" (all times are Türkiye's); Spanish above
    "godziny w serwisie", "ремя на сайте", "ώρες είναι", "godziny podane", "espressi in ora", "ас на сайті", "espressi nell",
    "арлық уақыт",  # Kazakh "Сайттағы барлық уақыт Алматы уақытымен көрсетілген" (all the site's times are Almaty's)
    "时间均为", "時間均為",
    "muestran en hora", "ijn weergegeven in",  # Spanish and Dutch, above
    "corresponden a la hora",  # Spanish, above
    "ijden zijn in",  # Dutch "Alle tijden zijn in Nederlandse tijd"
    "lle tider er",  # Norwegian, Danish, above
    "lle klokkeslett",  # Norwegian, above
    "imes shown are", "ellaajad on", "e expresan en",  # English, Estonian, Spanish, above
    "odziny podano",  # Polish "Godziny podano według czasu polskiego", its capital too
    "riferiscono all",  # Italian, above
    "ijden op deze site zijn",  # Dutch, above
    "stão na hora local d",  # Portuguese, above
    "orários são de",  # Portuguese "Todos os horários são de Brasília" (all times are Brasília's)
    "ll times ",  # English without its verb: "All times Eastern.", "All times Alaska Time."
    "imes shown in", "aikas nurodytas", "aiks norādīts", "комментариях указано",  # English, Lithuanian, Latvian, Russian, above
    "heures sont indiqu", "sont celles de", "muestran en el horario",  # French, Spanish, above
    "orários no fuso", "horas são indicadas", "eures affichées",  # Portuguese, French, above
)

FIRST_CITY_CUES: Final = 2  # (the cues the text reader looks for: English, French)  # (the languages that name a city's time so)

# The language each cue added for the HTML reader is written in: a page whose ``lang`` names another
# is not searched for it (each cue is one more scan of the whole page). The others, English ones
# and those the text reader shares, are looked for on every page.
CUE_LANGUAGES: Final = {
    "yer alan saatler": "tr", "aa zote": "sw", "לפי שעון": "he", "orele afișate": "ro", "orele sunt": "ro", "rele sunt afi": "ro",
    "godziny podano": "pl", "orários de": "pt", "eitangaben in": "de", "به وقت": "fa", "sono riferiti all": "it",
    "horas corresponden": "es", "بتوقيت": "ar", "ที่แสดงเป็นเวลา": "th", "ทั้งหมดเป็นเวลา": "th", "เว็บไซต์เป็นเวลา": "th", "uvedené v miestnom": "sk", "hiển thị theo giờ": "vi",
    "godziny w serwisie": "pl", "godziny podane": "pl", "espressi in ora": "it", "orario de": "es", "horas indicadas": "pt", "арлық уақыт": "kk", "時刻は日本時間": "ja", "時間は日本時間": "ja", "日本時間で表示": "ja", "日本時間（JST）": "ja",
    "日本時間(JST)": "ja", "모든 시간은 한국시간": "ko", "한국시간(KST)": "ko", "모든 시간은": "ko",
    "časy sú uvedené": "sk", "orário de": "pt", "indicati in ora": "it", "ellonajat ovat": "fi",
    # (the first statements learnt, in the languages they are written in: on a page declaring
    # another language, each is one scan of the page for nothing, about 20-60 us on 75 KB)
    "eiten sind": "de", "eitangaben": "de", "eziehen sich": "de", "heures sont": "fr", "ur ce site sont": "fr", "correspondent à": "fr",
    "horarios son": "es", "orarios corresponden": "es", "orarios están": "es", "orari sono": "it", "riferiscono a": "it",
    "ijden zijn": "nl", "時區": "zh", "时区": "zh", "時間為": "zh", "时间为": "zh", "時間均為": "zh", "时间均为": "zh", "emua waktu dalam": "id", "tye is": "af",
    "orários seguem": "pt", "orários estão": "pt", "orários são": "pt", "الأوقات": "ar", "ремя на сайте": "ru",
    "ремя указано": "ru", "сё время": "ru", "се время": "ru", "ас на сайті": "uk", "ас вказано": "uk",
    "üm saatler": "tr", "ərhlərin vaxtı": "az", "ütün vaxtlar": "az", "archa vaqtlar": "uz", "kwa saa za": "sw", "ពេលវេលាទាំងអស់": "km", "ሁሉም ሰዓቶች": "am", "ni saa za": "sw", "vetainėje nurodomas": "lt", "uvedeny v místním": "cs", "horas legais da": "pt", "ไซต์นี้เป็นเวลา": "th", "as horas son hora": "es", "aikki ajat ovat": "fi", "هەموو کاتەکان": "ckb", "সব সময়": "bn", "vremena na portalu": "hr", "espressi nell": "it", "tider anges i": "sv", "er angivet i": "da", "er oppgitt i": "no", "ont indiqué": "fr", "সকল সময়": "bn", "iderna anges i": "sv", "lla tider är": "sv", "orarios de este sitio": "es", "한국 표준시(KST)": "ko",
    "ellaajad on": "et", "lle klokkeslett": "no", "e expresan en": "es", "odziny podano": "pl", "riferiscono all": "it",
    "ijden op deze site zijn": "nl", "ন্তব্যের সময়": "bn", "stão na hora local d": "pt", "இந்திய நேரப்படி": "ta", "orários são de": "pt",
    "aikas nurodytas": "lt", "heures sont indiqu": "fr", "orários no fuso": "pt", "horas são indicadas": "pt", "eures affichées": "fr", "भारतीय मानक समय": "hi", "sont celles de": "fr", "muestran en el horario": "es", "aiks norādīts": "lv", "комментариях указано": "ru", "ഇന്ത്യൻ സമയപ്രകാരം": "ml", "ශ්\u200dරී ලංකා වේලාව": "si", "ශ්රී ලංකා වේලාව": "si",
    "muestran en hora": "es", "ijn weergegeven in": "nl", "բոլոր ժամերը": "hy", "corresponden a la hora": "es", "ijden zijn in": "nl",
}

# Codes of one written language: Norwegian's Bokmål and Nynorsk.
SAME_LANGUAGE: Final = {"nb": "no", "nn": "no"}

# Statements of a zone in languages written without spaces: Japanese "the times are Japan time";
# and where a place's name is in a script the city pattern cannot read.
PHRASE_ZONES: Final = (
    ("時刻は日本時間", "Asia/Tokyo"), ("時間は日本時間", "Asia/Tokyo"), ("日本時間で表示", "Asia/Tokyo"), ("日本時間（JST）", "Asia/Tokyo"),
    ("日本時間(JST)", "Asia/Tokyo"), ("모든 시간은 한국시간", "Asia/Seoul"), ("한국시간(KST)", "Asia/Seoul"), ("한국 표준시(KST)", "Asia/Seoul"),
    # Tamil "கருத்துகளின் நேரம் இந்திய நேரப்படி (IST)" (the comments' time is by Indian time): a
    # place's name in a script whose vowel signs ``\w`` does not take, so no city pattern reads it
    ("இந்திய நேரப்படி", "Asia/Kolkata"),
    ("ഇന്ത്യൻ സമയപ്രകാരം", "Asia/Kolkata"),
    ("भारतीय मानक समय", "Asia/Kolkata"),  # Hindi "… सभी समय भारतीय मानक समय (IST) में हैं" (Indian standard time)  # Malayalam "സമയം ഇന്ത്യൻ സമയപ്രകാരം" (the time is by Indian time)
    # Sinhala "සියලු වේලාවන් ශ්‍රී ලංකා වේලාවෙනි" (all times are Sri Lanka's), with or without the joiner
    ("ශ්\u200dරී ලංකා වේලාව", "Asia/Colombo"), ("ශ්රී ලංකා වේලාව", "Asia/Colombo"),
)

# Countries whose one zone a statement names by the country ("Irish time", "שעון ישראל").
COUNTRY_ZONES: Final = {
    "irish": "Europe/Dublin", "ireland": "Europe/Dublin", "israel": "Asia/Jerusalem", "ישראל": "Asia/Jerusalem",
    "türkiye": "Europe/Istanbul", "turkey": "Europe/Istanbul", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
    "british": "Europe/London", "uk": "Europe/London", "portuguese": "Europe/Lisbon", "kenya": "Africa/Nairobi",
    "new zealand": "Pacific/Auckland", "nz": "Pacific/Auckland", "româniei": "Europe/Bucharest", "romania": "Europe/Bucharest",
    "polskiego": "Europe/Warsaw", "portugal": "Europe/Lisbon", "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "mitteleuropäischer": "Europe/Berlin", "mitteleuropäische": "Europe/Berlin", "deutscher": "Europe/Berlin",
    "mez": "Europe/Berlin",  # German "Alle Zeitangaben in MEZ/MESZ": central European time, with its summer time
    "تهران": "Asia/Tehran", "tehran": "Asia/Tehran", "italiana": "Europe/Rome", "suomen": "Europe/Helsinki", "svensk": "Europe/Stockholm", "dansk": "Europe/Copenhagen", "norsk": "Europe/Oslo",
    "peninsular": "Europe/Madrid", "uruguay": "America/Montevideo",
    "chile": "America/Santiago", "açores": "Atlantic/Azores", "nederlandse": "Europe/Amsterdam",
    "eesti": "Europe/Tallinn",  # (Estonian "Eesti aja järgi", by Estonia's time)
    "suisse": "Europe/Zurich", "schweiz": "Europe/Zurich", "svizzera": "Europe/Zurich", "switzerland": "Europe/Zurich", "swiss": "Europe/Zurich",  # ("à l'heure de Suisse")
    "lietuvos": "Europe/Vilnius",  # (Lithuanian "Lietuvos laiku", in Lithuania's time)
    "latvijas": "Europe/Riga", "philippine": "Asia/Manila", "philippines": "Asia/Manila",
    "belgische": "Europe/Brussels", "belge": "Europe/Brussels", "алматинское": "Asia/Almaty", "алматинскому": "Asia/Almaty",
    "colombiana": "America/Bogota", "colombia": "America/Bogota", "moçambique": "Africa/Maputo", "mozambique": "Africa/Maputo",
    "ecuador": "America/Guayaquil",  # (Spanish "la hora de Ecuador continental": the mainland's, not Galápagos')
    "pacífico": "America/Mazatlan",  # (Mexico's Pacific zone, "horario del Pacífico": Nayarit, Sinaloa)
    "московское": "Europe/Moscow", "московскому": "Europe/Moscow", "środkowoeuropejskiego": "Europe/Warsaw", "österreichischer": "Europe/Vienna", "києвом": "Europe/Kyiv", "київським": "Europe/Kyiv",
    "القاهرة": "Africa/Cairo", "cairo": "Africa/Cairo",
    "北京": "Asia/Shanghai", "beijing": "Asia/Shanghai",  # ("北京时间", China's one zone, named for its capital, no exemplar city of CLDR's)
    "астана": "Asia/Almaty",  # (Kazakhstan's capital, in Almaty's zone, is no exemplar city of CLDR's)
    **{name.casefold(): "Europe/Athens" for name in ("Ελλάδας", "Ελλάδος")},  # (casefolded: Greek's final sigma)
}

# A substring of each statement, found before the pattern is tried (nearly every page has none).
ZONE_STATEMENT_CUES: Final = (
    "imes are", "eiten sind", "eitangaben", "heures sont", "horarios son", "orari sono", "ijden zijn", "時區", "时区", "時間為",
    "时间为", "時間均為", "时间均为", "emua waktu dalam", "tye is", "orarios corresponden", "orarios están", "orários seguem", "orários estão", "orários são",
    "riferiscono a", "eziehen sich", "correspondent à", "الأوقات", "ремя на сайте", "ремя указано", "сё время", "се время",
    "ас на сайті", "ас вказано", "üm saatler", "ərhlərin vaxtı", "ütün vaxtlar",
    "ที่แสดงเป็นเวลา", "ทั้งหมดเป็นเวลา", "เว็บไซต์เป็นเวลา", "hiển thị theo giờ", "orele afișate", "orele sunt", "horas corresponden", "godziny w serwisie",
    "orario de", "imes on this site", "арлық уақыт", "모든 시간은", "সকল সময়", "tamps are shown in", "orarios de este sitio",
    "բոլոր ժամերը",
    "archa vaqtlar", "kwa saa za", "ពេលវេលាទាំងអស់", "هەموو کاتەکان", "সব সময়", "vremena na portalu", "ሁሉም ሰዓቶች", "ni saa za", "ไซต์นี้เป็นเวลา",
    "imes shown are", "ellaajad on", "e expresan en",  # "Times shown are Guyana Time (GMT-4)"
    "ন্তব্যের সময়",  # Bengali, above
)
