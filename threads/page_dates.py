"""How one page writes its dates: which way round its numeric dates go, and the zone its printed
times are in where it states one.

Both are facts about the page, not about one date: "12/04/2025" is the 12th of April on a page in
Portuguese and the 4th of December on a US one, and a forum's footer "All times are GMT -5" says
where every bare "09:15 PM" on it was printed (``zone_statements`` reads such statements).
``page_dates`` sets them for the span of one page's parse; ``html_time.parse_time`` reads them (a
context variable, so that the many places that read a time need not pass the page along, and
concurrent parses do not see each other's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import UTC, date, timedelta, tzinfo
from typing import Final


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

    def stated(self) -> bool:
        """Whether the page states its zone (as opposed to the fallback)."""
        return self.get() is not self._fallback


@dataclass(frozen=True, slots=True)
class PageDates:
    day_first: bool = False  # "12/04/2025" is the 12th of April
    zone: tzinfo | LazyZone = UTC  # where times printed without a zone were printed
    settled: bool = False  # the day order came from the page's language, not a default
    story: date | LazyDay | None = None  # the story's day: the year of a date printed without one
    year_first: bool = False  # the language writes year, month, day: "3/11" without a year is the 11th of March
    language: str = ""  # the page's primary language tag ("hr" of "hr-HR"): which month "listopada" is
    saved: date | LazyDay | None = None  # the day the page was saved: what "yesterday, 23:15" is relative to


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




def current() -> PageDates:
    return _CURRENT.get() or _PLAIN


def current_zone() -> tzinfo:
    """Where the enclosing page prints times that carry no zone (found now, if it was given lazily)."""
    zone = current().zone
    return zone.get() if isinstance(zone, LazyZone) else zone


def zone_stated() -> bool:
    """Whether the enclosing page's zone for times printed without one is known (stated on the
    page, or given by whoever asked for the parse), not the UTC taken where nothing says."""
    zone = current().zone
    return zone.stated() if isinstance(zone, LazyZone) else zone is not UTC


def story_day() -> date | None:
    """The story's day in the enclosing ``page_dates``, found now if it was given lazily."""
    story = current().story
    return story.get() if isinstance(story, LazyDay) else story


def page_saved_day() -> date | None:
    """The day the enclosing page was saved, where its saving tool stamped it (found now, if given lazily)."""
    saved = current().saved
    return saved.get() if isinstance(saved, LazyDay) else saved


class page_dates:  # noqa: N801 (used as a function: ``with page_dates(...)``)
    """Within the block, dates are read as the page writes them: numeric dates in ``language``'s
    day order (a page's ``lang``: "pt-PT", "en_GB"), times without a zone in ``zone``, dates
    without a year in the year of ``story`` (the day the story was published), "yesterday" before
    ``saved`` (the day the page was saved). What is not
    given is kept from an enclosing block: a newsroom that knows where its site prints its times
    (``flask threads ingest --timezone``) gives the zone around a parse, where the page says none.
    A class, not a generator: every page's parse enters one, and a generator costs several times
    more."""

    __slots__ = ("_dates", "_token")

    def __init__(
        self, language: str | None = None, zone: tzinfo | LazyZone | None = None, story: date | LazyDay | None = None,
        saved: date | LazyDay | None = None,
    ) -> None:
        outer = current()
        self._dates = PageDates(
            day_first=day_first(language) if language else outer.day_first,
            zone=zone or outer.zone,
            settled=bool(language) or outer.settled,
            story=story or outer.story,
            year_first=year_first(language) if language else outer.year_first,
            language=primary_language(language) if language else outer.language,
            saved=saved or outer.saved,
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


def primary_language(language: str) -> str:
    """"pt-BR" -> "pt": the language a tag names, without its region."""
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
    return primary_language(language or "") in _YEAR_FIRST_LANGUAGES


_YEAR_FIRST_LANGUAGES: Final = frozenset({"ja", "zh", "ko", "hu", "lt", "mn"})
