"""How one page writes its dates: which way round its numeric dates go, and the zone its printed
times are in where it states one.

Both are facts about the page, not about one date: "12/04/2025" is the 12th of April on a page in
Portuguese and the 4th of December on a US one, and a forum's footer "All times are GMT -5" says
where every bare "09:15 PM" on it was printed. ``page_dates`` sets them for the span of one page's
parse; ``html_time.parse_time`` reads them (a context variable, so that the many places that read
a time need not pass the page along, and concurrent parses do not see each other's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import UTC, date, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, available_timezones

from threads.zone_names import zone_named


class LazyDay:
    """A day found only when first asked for: the text reader finds the story's day by reading the
    page's top lines for a date, which costs a date parse, and most pages print no date without a
    year, so never need it."""

    __slots__ = ("_day", "_done", "_find")

    def __init__(self, find: Callable[[], date | None]) -> None:
        self._find = find
        self._day: date | None = None
        self._done = False

    def get(self) -> date | None:
        """The day, found as it would be before any page's reading began: in no page's day order,
        zone or watch (the day's own date is read as the top of the page prints it)."""
        if not self._done:
            self._done = True  # (a date read while finding it asks again: no day yet)
            outer, watch = _CURRENT.set(None), _WATCH.set(None)
            try:
                self._day = self._find()
            finally:
                _CURRENT.reset(outer)
                _WATCH.reset(watch)
        return self._day


class LazyZone:
    """A zone found only when first asked for: the HTML reader looks for the page's statement of
    its zone ("All times are …", in many languages: a scan of the whole page per cue, about 3 ms
    on a 300 KB page) only when a time printed without one is read; ``fallback`` where the page
    states none."""

    __slots__ = ("_done", "_fallback", "_find", "_zone")

    def __init__(self, find: Callable[[], tzinfo | None], fallback: tzinfo) -> None:
        self._find = find
        self._fallback = fallback
        self._zone: tzinfo = fallback
        self._done = False

    def get(self) -> tzinfo:
        if not self._done:
            self._done = True
            self._zone = self._find() or self._fallback
        return self._zone


@dataclass(frozen=True, slots=True)
class PageDates:
    day_first: bool = False  # "12/04/2025" is the 12th of April
    zone: tzinfo | LazyZone = UTC  # where times printed without a zone were printed
    settled: bool = False  # the day order came from the page's language, not a default
    story: date | LazyDay | None = None  # the story's day: the year of a date printed without one
    year_first: bool = False  # the language writes year, month, day: "3/11" without a year is the 11th of March
    language: str = ""  # the page's primary language tag ("hr" of "hr-HR"): which month "listopada" is


@dataclass(slots=True)
class DayOrderWatch:
    """Whether a parse met a numeric date that reads both ways ("12/02/2024") while nothing said the
    page's language: a text dump has no ``lang``, so its reader finds the language only then
    (``page_language``) and reads the page again in it."""

    unsure: bool = False


_PLAIN: Final = PageDates()  # what a page that says nothing gets: month first, UTC
_CURRENT: ContextVar[PageDates | None] = ContextVar("page_dates", default=None)
_WATCH: ContextVar[DayOrderWatch | None] = ContextVar("day_order_watch", default=None)
# English-speaking regions that print the month first; English without a region is read so too,
# as dateutil does. Every other language prints the day first (or the year, which "12/04/2025"
# cannot be).
_MONTH_FIRST_REGIONS: Final = frozenset({"", "us", "ca", "ph"})
# A forum's statement of its zone: vBulletin "All times are GMT -5. The time now is …", phpBB
# "All times are UTC - 5 hours" or "All times are <span title=…>UTC-05:00</span>", German
# "Alle Zeiten sind UTC+1" and vBulletin's "Alle Zeitangaben in WEZ +1" (WEZ: western European,
# UTC), French "Toutes les heures sont au format UTC+1", Spanish, Italian and Dutch; Discuz!'s
# "當前時區 GMT+8" ("current zone") and "所有時間為 GMT+8", in traditional and simplified Chinese.
_ZONE_STATEMENT_WORDS: Final = (
    "all times are", "alle zeiten sind", "alle zeitangaben in", "toutes les heures sont", "todos los horarios son",
    "tutti gli orari sono", "alle tijden zijn", "當前時區", "当前时区", "所有時間為", "所有时间为",
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
    # "All times shown are Irish time", Thai "เวลาที่แสดงเป็นเวลาประเทศไทย (GMT+7)" (the time shown
    # is Thailand's), Vietnamese "Thời gian hiển thị theo giờ Việt Nam (GMT+7)", Hebrew "השעות באתר
    # לפי שעון ישראל" (the site's hours are Israel's clock), Turkish "Sitede yer alan saatler
    # Türkiye saatidir (TSİ)", Swahili "Saa zote ni za Afrika Mashariki (EAT)"
    "all times shown are", "เวลาที่แสดงเป็นเวลา", "thời gian hiển thị theo giờ", "השעות באתר לפי שעון",
    "sitede yer alan saatler", "saa zote ni za",
    # French "Toutes les heures sont indiquées à l'heure de Paris", Romanian "Toate orele afișate
    # pe site sunt în ora României (EET/EEST)"
    "toutes les heures sont indiquées", "toutes les heures sont affichées", "toate orele afișate pe site sunt în ora",
    "toate orele sunt în ora",
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
)
_ZONE_STATEMENT: Final = re.compile(
    r"(?i)(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(_ZONE_STATEMENT_WORDS, key=len, reverse=True)) + r")\s*(?:au\s+format\s+)?(?:[—–-]\s*)?"
    r"(?:<[^>]{0,200}>\s*)?(?:(?:[^\W\d_][\w'’-]{0,24}\s+){0,5}?[^\W\d_][\w-]{0,30}\s*\(\s*)?(?:GMT|UTC|WEZ)"  # (a zone's or place's name before it: "SA-tyd (UTC+2)", "la hora de Uruguay (UTC-3)")
    r"(?:\s*(?P<sign>[+\-−])\s*(?P<hours>\d{1,2})(?:[:.](?P<minutes>\d{2}))?(?:\s*hours?)?)?(?![\w:+\-])"
)
_CITY_STATEMENT: Final = re.compile(
    r"(?i)(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(_ZONE_STATEMENT_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:(?:à|a)\s+l['’]heure\s+de|la\s+hora(?:\s+de)?|in|de|en)\s+)?(?P<city>[^\W\d_][\w-]{1,30}(?:\s+(?-i:[A-Z])[\w-]{2,30})?)(?:['’]s)?(?:\s+time)?\b"
)
_NAMED_ZONE_STATEMENT: Final = re.compile(
    r"(?i:all\s+times\s+(?:shown\s+)?are|all\s+dates\s+and\s+times\s+on\s+this\s+website\s+are|times\s+(?:are\s+)?shown\s+in|az\s+(?:oldalon\s+szereplő\s+)?időpontok|sitede\s+yer\s+alan\s+saatler|saa\s+zote\s+(?:zilizoonyeshwa\s+kwenye\s+tovuti\s+hii\s+)?ni\s+za)(?:\s+in)?\s+"
    r"(?:[^\W\d_][\w-]{0,15}\s+){0,4}?\(?(?P<abbreviation>[A-ZÇĞİÖŞÜ]{2,5})\)?(?![\w(/])(?!\s+[^\W\d_])"  # (not "(NZDT until 7 April, NZST after)": a change of zone, which a place says better)
)  # (Hungarian: "Az időpontok közép-európai idő (CET) szerint értendők", the times are in CET; not
# one of two, "(GMT/IST)", which a country's name says better)
_NAMED_ZONE_CUES: Final = ("imes are", "időpontok", "imes shown", "yer alan saatler", "aa zote", "imes on this website")
_FIRST_NAMED_CUES: Final = 2  # (the cues the text reader looks for: English, Hungarian)
_CITY_STATEMENT_CUES: Final = (
    "imes are", "heures sont", "imes shown are", "לפי שעון", "orele afișate", "orele sunt", "godziny podano", "orários de",
    "eitangaben in", "به وقت", "sono riferiti all", "horas corresponden", "بتوقيت", "imes on this site", "horas indicadas",
)
_FIRST_CITY_CUES: Final = 2  # (the cues the text reader looks for: English, French)  # (the languages that name a city's time so)
# The language each cue added for the HTML reader is written in: a page whose ``lang`` names another
# is not searched for it (each cue is one more scan of the whole page). The others, English ones
# and those the text reader shares, are looked for on every page.
_CUE_LANGUAGES: Final = {
    "yer alan saatler": "tr", "aa zote": "sw", "לפי שעון": "he", "orele afișate": "ro", "orele sunt": "ro",
    "godziny podano": "pl", "orários de": "pt", "eitangaben in": "de", "به وقت": "fa", "sono riferiti all": "it",
    "horas corresponden": "es", "بتوقيت": "ar", "ที่แสดงเป็นเวลา": "th", "hiển thị theo giờ": "vi",
    "godziny w serwisie": "pl", "orario de": "es", "horas indicadas": "pt", "арлық уақыт": "kk", "時刻は日本時間": "ja", "時間は日本時間": "ja", "日本時間で表示": "ja", "日本時間（JST）": "ja",
    "日本時間(JST)": "ja", "모든 시간은 한국시간": "ko", "한국시간(KST)": "ko",
}


@functools.cache
def _cues_for(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The statement cues to look for on a page in ``language`` ("" where it is not known: all)."""
    def kept(cue: str) -> bool:
        return not language or _CUE_LANGUAGES.get(cue, language) == language

    return (
        tuple(cue for cue in _ZONE_STATEMENT_CUES if kept(cue)),
        tuple(cue for cue in _NAMED_ZONE_CUES if kept(cue)),
        tuple(cue for cue in _CITY_STATEMENT_CUES if kept(cue)),
        tuple(pair for pair in _PHRASE_ZONES if kept(pair[0])),
    )
# Statements of a zone in languages written without spaces: Japanese "the times are Japan time".
_PHRASE_ZONES: Final = (
    ("時刻は日本時間", "Asia/Tokyo"), ("時間は日本時間", "Asia/Tokyo"), ("日本時間で表示", "Asia/Tokyo"), ("日本時間（JST）", "Asia/Tokyo"),
    ("日本時間(JST)", "Asia/Tokyo"), ("모든 시간은 한국시간", "Asia/Seoul"), ("한국시간(KST)", "Asia/Seoul"),
)
# Countries whose one zone a statement names by the country ("Irish time", "שעון ישראל").
_COUNTRY_ZONES: Final = {
    "irish": "Europe/Dublin", "ireland": "Europe/Dublin", "israel": "Asia/Jerusalem", "ישראל": "Asia/Jerusalem",
    "türkiye": "Europe/Istanbul", "turkey": "Europe/Istanbul", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
    "british": "Europe/London", "uk": "Europe/London", "portuguese": "Europe/Lisbon", "kenya": "Africa/Nairobi",
    "new zealand": "Pacific/Auckland", "româniei": "Europe/Bucharest", "romania": "Europe/Bucharest",
    "polskiego": "Europe/Warsaw", "portugal": "Europe/Lisbon", "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "mitteleuropäischer": "Europe/Berlin", "mitteleuropäische": "Europe/Berlin", "deutscher": "Europe/Berlin",
    "تهران": "Asia/Tehran", "tehran": "Asia/Tehran", "italiana": "Europe/Rome",
    "peninsular": "Europe/Madrid", "القاهرة": "Africa/Cairo", "cairo": "Africa/Cairo",
}
_MAX_OFFSET_HOURS: Final = 14


@functools.cache
def _city_zones() -> dict[str, str]:
    """The tz database's zones by their city's name ("paris": "Europe/Paris"), read once."""
    return {key.rsplit("/", 1)[1].replace("_", " ").casefold(): key for key in available_timezones() if "/" in key}


def _city_zone(city: str) -> tzinfo | None:
    """The zone of a city or country a statement names, in one word or two ("New Zealand"; "mitteleuropäischer
    Zeit": German capitalises the noun after the one that names the zone)."""
    words = city.casefold()
    key = _city_zones().get(words) or _COUNTRY_ZONES.get(words)
    if key is None and " " in words:
        first = words.split()[0]
        key = _city_zones().get(first) or _COUNTRY_ZONES.get(first)
    return ZoneInfo(key) if key is not None else None
# A substring of each statement, found before the pattern is tried (nearly every page has none).
_ZONE_STATEMENT_CUES: Final = (
    "imes are", "eiten sind", "eitangaben", "heures sont", "horarios son", "orari sono", "ijden zijn", "時區", "时区", "時間為",
    "时间为", "tye is", "orarios corresponden", "orarios están", "orários seguem", "orários estão", "orários são",
    "riferiscono a", "eziehen sich", "correspondent à", "الأوقات", "ремя на сайте", "ремя указано", "сё время", "се время",
    "ас на сайті", "ас вказано", "üm saatler", "ərhlərin vaxtı", "ütün vaxtlar",
    "ที่แสดงเป็นเวลา", "hiển thị theo giờ", "orele afișate", "orele sunt", "horas corresponden", "godziny w serwisie",
    "orario de", "imes on this website", "арлық уақыт",
)
# How much of a text dump's end its footer takes, where a forum states its zone: searching only
# there keeps the test off the whole page (a substring scan of a non-ASCII page costs ~17 us).
FOOTER_CHARS: Final = 5000


def current() -> PageDates:
    return _CURRENT.get() or _PLAIN


def current_zone() -> tzinfo:
    """Where the enclosing page prints times that carry no zone (found now, if it was given lazily)."""
    zone = current().zone
    return zone.get() if isinstance(zone, LazyZone) else zone


def story_day() -> date | None:
    """The story's day in the enclosing ``page_dates``, found now if it was given lazily."""
    story = current().story
    return story.get() if isinstance(story, LazyDay) else story


class page_dates:  # noqa: N801 (used as a function: ``with page_dates(...)``)
    """Within the block, dates are read as the page writes them: numeric dates in ``language``'s
    day order (a page's ``lang``: "pt-PT", "en_GB"), times without a zone in ``zone``, dates
    without a year in the year of ``story`` (the day the story was published). What is not
    given is kept from an enclosing block: a newsroom that knows where its site prints its times
    (``flask threads ingest --timezone``) gives the zone around a parse, where the page says none.
    A class, not a generator: every page's parse enters one, and a generator costs several times
    more."""

    __slots__ = ("_dates", "_token")

    def __init__(
        self, language: str | None = None, zone: tzinfo | LazyZone | None = None, story: date | LazyDay | None = None,
    ) -> None:
        outer = current()
        self._dates = PageDates(
            day_first=day_first(language) if language else outer.day_first,
            zone=zone or outer.zone,
            settled=bool(language) or outer.settled,
            story=story or outer.story,
            year_first=year_first(language) if language else outer.year_first,
            language=_primary(language) if language else outer.language,
        )
        self._token: Token[PageDates | None] | None = None

    def __enter__(self) -> None:
        self._token = _CURRENT.set(self._dates)

    def __exit__(self, *_exc: object) -> None:
        if self._token is not None:
            _CURRENT.reset(self._token)


class watching_day_order:  # noqa: N801 (used as a function: ``with watching_day_order() as watch``)
    """Within the block, ``reads_day_first`` notes an ambiguous numeric date on the watch it yields."""

    __slots__ = ("_token", "_watch")

    def __init__(self) -> None:
        self._watch = DayOrderWatch()
        self._token: Token[DayOrderWatch | None] | None = None

    def __enter__(self) -> DayOrderWatch:
        self._token = _WATCH.set(self._watch)
        return self._watch

    def __exit__(self, *_exc: object) -> None:
        if self._token is not None:
            _WATCH.reset(self._token)


def _primary(language: str) -> str:
    return language.strip().replace("_", "-").lower().partition("-")[0]


def month_in_language(choices: dict[str, int]) -> int | None:
    """The month a word naming different months in different languages ("listopada": October in
    Croatian, November in Polish) names in the page's language; None where the page's language
    is not known yet (a watch hears it, so a text dump's reader finds the language and reads the
    page again) or is none of them."""
    dates = current()
    if dates.language:
        return choices.get(dates.language)
    if not dates.settled and (watch := _WATCH.get()) is not None:
        watch.unsure = True
    return None


def reads_day_first(first: int, second: int) -> bool:
    """Whether the numeric date "first/second/year" gives the day first: where one number cannot be
    a month it can be read only one way; otherwise as the page writes its dates, and a watch
    (``watching_day_order``) hears that the default decided it."""
    if first > 12:
        return True
    if second > 12:
        return False
    dates = current()
    if not dates.settled and first != second and (watch := _WATCH.get()) is not None:
        watch.unsure = True
    return dates.day_first


def day_first(language: str | None) -> bool:
    """Whether ``language`` writes the day before the month: every language but US-style English."""
    if not language:
        return False
    primary, _sep, region = language.strip().replace("_", "-").lower().partition("-")
    if not primary:
        return False
    return primary != "en" or region.split("-")[0] not in _MONTH_FIRST_REGIONS


def shown_day_first(text: str) -> bool | None:
    """Whether the page's own numeric dates say it writes the day first: a "21/05/2024" can be
    read only so, a "05/21/2024" only the other way; None where none tells (or they disagree).
    For a page whose language does not say (``lang="en"`` alone: a Ugandan or an Irish paper
    writes "10/06/2024" for the 10th of June)."""
    day = month = False
    for first, second, _year in _slashed_dates(text):
        day = day or 12 < first <= 31 and second <= 12
        month = month or 12 < second <= 31 and first <= 12
    return day if day != month else None


def _slashed_dates(text: str) -> Iterator[tuple[int, int, int]]:
    """The two numbers and the year of each "21/05/2024" in ``text``. The year is found first, as
    a literal "/" leads it, then the numbers just before it: a pattern opening with a digit is
    tried at every digit of the markup's scripts and styles (20x slower)."""
    for year in _SLASHED_YEAR.finditer(text):
        match = _DAY_AND_MONTH.search(text, max(0, year.start() - 6), year.start())
        if match is not None:
            yield int(match[1]), int(match[2]), int(year[0][1:])


# How soon after the story its comments are dated, for the story's day to tell the day order.
_COMMENTS_WITHIN: Final = timedelta(days=31)


def story_day_first(text: str, story: date) -> bool | None:
    """Whether the page's numeric dates that read both ways ("10/06/2025") give the day first, by
    the story's day: comments are dated on the story's day or in the weeks after it, so the order
    that puts more of them there is the page's ("10/06/2025" under a story of the 10th of June:
    the 10th of June, not the 6th of October). None where both orders put as many there."""
    day = month = 0
    for first, second, number in _slashed_dates(text):
        if not (0 < first <= 12 and 0 < second <= 12) or first == second:
            continue
        day += _soon_after(story, number, second, first)
        month += _soon_after(story, number, first, second)
    return None if day == month else day > month


# A few days before the day the order is judged by: where the story's own time is not marked, that
# day is the first dated line at the top, which may be when the page was saved (archive.today's
# "8 Oct 2024" over comments of the 5th to the 7th).
_BEFORE_TOP_DAY: Final = timedelta(days=7)


def _soon_after(story: date, year: int, month: int, day: int) -> bool:
    try:
        return -_BEFORE_TOP_DAY <= date(year, month, day) - story <= _COMMENTS_WITHIN
    except ValueError:
        return False


# "21/05/2024": its year, then what comes before it (a lookbehind sees past the search's start).
_SLASHED_YEAR: Final = re.compile(r"/(?:19|20)\d{2}(?![\d/])")
_DAY_AND_MONTH: Final = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})$")


def year_first(language: str | None) -> bool:
    """Whether ``language`` writes the year, then the month, then the day (Japanese, Chinese,
    Korean, Hungarian, Lithuanian, Mongolian): its dates without a year give the month first."""
    return _primary(language or "") in _YEAR_FIRST_LANGUAGES


_YEAR_FIRST_LANGUAGES: Final = frozenset({"ja", "zh", "ko", "hu", "lt", "mn"})


# One zone's winter and summer names as a statement pairs them ("közép-európai idő (CET/CEST)").
_ZONE_PAIRS: Final = {
    "CET/CEST": "Europe/Berlin", "MEZ/MESZ": "Europe/Berlin", "EET/EEST": "Europe/Helsinki", "GMT/BST": "Europe/London",
    "WET/WEST": "Europe/Lisbon", "GMT/IST": "Europe/Dublin", "NZST/NZDT": "Pacific/Auckland", "AEST/AEDT": "Australia/Sydney",
}
_ZONE_PAIR: Final = re.compile(r"\((" + "|".join(re.escape(pair) for pair in _ZONE_PAIRS) + r")\)")


def stated_zone(markup: str, every_language: bool = True, language: str = "") -> tzinfo | None:
    """The zone a page says all its times are in, or None where it says nothing. Without
    ``every_language``, only statements in English, Hungarian and French by a place or an
    abbreviation are looked for: each more language costs a scan of the text, which the text
    reader, reading a whole page in about 0.3 ms, cannot afford on every footer."""
    # the cheap tests first: nearly every page names no zone and says nothing of the kind
    zone_cues, named_cues, city_cues, phrases = _cues_for(_primary(language) if language else "")
    match = (
        _ZONE_STATEMENT.search(markup)
        if ("UTC" in markup or "GMT" in markup or "WEZ" in markup) and any(cue in markup for cue in zone_cues)
        else None
    )
    if match is None:
        # ... or the zone's abbreviation: "All times are Indian Standard Time (IST)" (first: the
        # words before it are no city, "All times are South African Standard Time (SAST)")
        named_cues = named_cues if every_language else _NAMED_ZONE_CUES[:_FIRST_NAMED_CUES]
        named = _NAMED_ZONE_STATEMENT.search(markup) if any(cue in markup for cue in named_cues) else None
        if named is not None and (zone := zone_named(named["abbreviation"])) is not None:
            return zone
        if named is None and every_language and any(cue in markup for cue in named_cues) and (pair := _ZONE_PAIR.search(markup)):
            return ZoneInfo(_ZONE_PAIRS[pair.group(1)])  # ("… (CET/CEST) szerint értendők": both names, one zone)
        # ... or names the city whose time it is: "Toutes les heures sont à l'heure de Paris"
        if any(cue in markup for cue in (city_cues if every_language else _CITY_STATEMENT_CUES[:_FIRST_CITY_CUES])):
            # (the first statement naming a place whose zone is known: "horários de ônibus" names none)
            zone = next((found for city in _CITY_STATEMENT.finditer(markup) if (found := _city_zone(city["city"])) is not None), None)
            if zone is not None:
                return zone
        # ... or, in a language without spaces, says it in a phrase: "時刻は日本時間です"
        return next((ZoneInfo(zone) for phrase, zone in phrases if every_language and phrase in markup), None)
    if not match["sign"]:
        return UTC
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > _MAX_OFFSET_HOURS or minutes >= 60:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if match["sign"] in "-−" else offset)
