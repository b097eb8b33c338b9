"""Keys never reach a log line: Perspective clients send theirs as `?key=` in the URL, which access
logs (werkzeug's, gunicorn's) print as part of the request line. A filter on those loggers rewrites
the value to REDACTED before any handler formats the record."""

from __future__ import annotations

import logging
import re

# key=, api_key=, apikey= and access_token= in a query string, whatever the case.
_KEY_IN_QUERY = re.compile(r"([?&;](?:key|api_?key|access_token)=)[^&;\s\"'#]*", re.IGNORECASE)
REDACTED = "REDACTED"
# Loggers that print request lines: the development server's, and gunicorn's access and error logs.
LOGGERS = ("werkzeug", "gunicorn.access", "gunicorn.error")


def redact(message: str) -> str:
    return _KEY_IN_QUERY.sub(lambda m: m.group(1) + REDACTED, message)


class RedactKeys(logging.Filter):
    """Rewrites a record whose formatted message carries a key in a query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            return True  # not ours to fix; the handler reports the bad format itself
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install(loggers: tuple[str, ...] = LOGGERS) -> None:
    """Attach the filter to each logger once (idempotent: many apps may be built in one process)."""
    for name in loggers:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactKeys) for f in logger.filters):
            logger.addFilter(RedactKeys())
