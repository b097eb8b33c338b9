"""What the eighty-seventh blind round (sets 380-383, 244/244 parents blind) showed the HTML reader:
WordPress's "Trackback:" in Bengali ("ট্র্যাকব্যাক:") read as a comment under archive.today (set
382); a guest's "বলেছেন:" (says:) left over its text once the name for nobody was read off (set
382); a header line kept over a text whose reply quotes its parent in a blockquote between them
(set 383)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_own_lines import own_lines
from threads.html_reader import parse_html
from threads.html_text_opening import lines_from
from threads.model import walk


def _item(ident: int, name: str, text: str) -> str:
    return (f'<li class="comment" id="comment-{ident}"><div class="comment-author"><cite class="fn">{name}</cite> '
            f'<span class="says">বলেছেন:</span></div><div class="comment-meta"><a href="#comment-{ident}">নভেম্বর ৬, ২০২৪ at '
            f'১১:{ident % 60:02d} পূর্বাহ্ণ</a></div><p>{text}</p></li>')


def test_a_bengali_trackback_is_no_comment() -> None:
    items = (_item(11, "মোঃ রফিকুল ইসলাম", "শ্যামাসুন্দরী খাল পরিষ্কার না হলে বর্ষায় আবার শহর ডুববে।")
             + '<li class="comment" id="comment-12"><div>ট্র্যাকব্যাক: <a href="https://example.com/canal/">রংপুরে খাল খননে অনিয়মের অভিযোগ</a></div></li>'
             + _item(13, "শাহীন আলম", "কেডি খালের কাজ কবে শুরু হবে জানতে চাই।"))
    page = (f'<html lang="bn"><body><h1>খাল খনন শুরু</h1><p>{"সিটি করপোরেশন খাল খনন শুরু করেছে। " * 10}</p>'
            f'<ol class="commentlist">{items}</ol></body></html>')
    assert [c.external_id for _, c in walk(parse_html(page).comments)] == ["comment-11", "comment-13"]


def test_says_alone_over_the_text_is_not_text() -> None:
    assert own_lines(["বলেছেন:", "খালের দুই পাশের দখলদারদের উচ্ছেদ আগে করতে হবে।"]) == ["খালের দুই পাশের দখলদারদের উচ্ছেদ আগে করতে হবে।"]
    assert own_lines(["says:", "Fix the canal first."]) == ["Fix the canal first."]


def test_a_quotation_between_the_header_and_the_text_is_kept_the_header_not() -> None:
    lines = ["Piet Zwaan · zo 3 feb 2019, 08:41 #",
             "“Ik woon aan de Venenlaan en kan op zaterdag nooit meer voor mijn eigen huis staan.”",
             "Dat komt door de nieuwe woningen aan het Visserseiland, niet door winkelend publiek."]
    assert lines_from(lines, [lines[2]]) == lines[1:]
    # (a long line above the text that is no quotation: the text's own, all kept)
    unquoted = [lines[0], lines[1].strip("“”"), lines[2]]
    assert lines_from(unquoted, [lines[2]]) == unquoted


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-seventh round (reader at 8498a27): 244/244 parents blind (100%); blind figures in brackets.
        ("html_holdout380", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 58, 0)
        ("html_holdout381", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
        ("html_holdout382", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 1)
        ("html_holdout383", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
    ],
)
def test_the_sets_of_the_eighty_seventh_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
