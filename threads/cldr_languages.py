"""Every language and script CLDR describes, as Babel ships it: the locale data the readers take
words from where no hand-written list can cover every language (relative times, parts of the
day). Regional variants ("en_GB", "pt_BR") are left out, as they repeat their language's words;
script variants ("sr_Latn", "zh_Hant", "uz_Cyrl") are kept, as they write them differently.

Babel has no public call for these tables (it formats with them, inside ``format_timedelta`` and
``format_time``), so the data is read from ``Locale._data``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, Final

from babel import Locale, localedata

_SCRIPT_VARIANT: Final = re.compile(r"[a-z]{2,3}_[A-Z][a-z]{3}")


@functools.cache
def language_data() -> tuple[Mapping[str, Any], ...]:
    """Each language's and script's locale data, loaded once a process (about 0.6 s)."""
    return tuple(
        Locale.parse(ident)._data
        for ident in localedata.locale_identifiers()
        if "_" not in ident or _SCRIPT_VARIANT.fullmatch(ident) is not None
    )
