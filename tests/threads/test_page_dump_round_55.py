"""Text dumps of comment systems printed flat in other languages (#15, taught while round 55 ran):

- Coral in French under its own tabs ("• Commentaires 8" / "• Mon profil") and over a box of the
  city's stories headed "Les plus lus à Lorient": a "most read" heading naming a place ends the
  section, so the tabs are read as tabs over flat comments, not as the comment list;
- Cackle in Georgian: "კომენტარები 8" opens with a letter Unicode calls lower case (Mkhedruli,
  written without capitals), relative times "2 დღის წინ", and a row "პასუხი ▲ 9 ▼" (Reply and
  the votes) under each comment's text.

Dumps written for this test.
"""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_bounds import is_sidebar_heading
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page
from threads.removed_placeholders import is_removed_placeholder
from threads.text import starts_lower

_CORAL_FR = (
    ARTICLE
    + """Commentaires (4)

Les commentaires sont modérés. Lire la charte.

  • Commentaires 4
  • Mon profil

Se connecter pour commenter
Trier par[Plus récents    ]
Armelle56
il y a 3 jours
Le port de pêche mérite mieux que ce parking provisoire depuis deux ans.
J'aimeRépondrePartagerSignaler
Tanguy R.
il y a 3 jours
En réponse à Armelle56
Provisoire, c'est le mot qu'on entend depuis la fermeture de la criée.
J'aimeRépondrePartagerSignaler
Solenn
il y a 2 jours
Les travaux doivent commencer en mars selon le conseil municipal.
J'aimeRépondrePartagerSignaler
Ronan Le Bihan
il y a 1 jour
En réponse à Solenn
Mars de quelle année ? On nous l'a déjà promis pour l'an dernier.
J'aimeRépondrePartagerSignaler
Afficher plus de commentaires

Les plus lus à Lorient

 1. Festival interceltique : le programme dévoilé
 2. La rade fermée à la baignade jusqu'à vendredi
 3. Le port de pêche attendra encore

Derniers commentaires

  • Solenn sur Le port de pêche : « Les travaux doivent… »
"""
)


def test_french_coral_under_its_tabs_over_a_box_naming_the_city() -> None:
    comments = parse_page(_CORAL_FR).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Armelle56"),
        ((0, 0), "Tanguy R."),
        ((1,), "Solenn"),
        ((1, 0), "Ronan Le Bihan"),
    ]


_CACKLE_KA = (
    ARTICLE
    + """გაზიარება
კომენტარები 4
დალაგება: ძველი · ახალი
[                    ]
[png]
დავით ჯაფარიძე 3 დღის წინ
სანაპიროს განახლება კარგია, მაგრამ ავტობუსები ისევ იშვიათად დადის.
პასუხი ▲ 11 ▼
[png]
მარიამ 2 დღის წინ
ახალი განრიგით ავტობუსი ყოველ ათ წუთში უნდა მოვიდეს.
პასუხი ▲ 4 ▼
[png]
სტუმარი 2 დღის წინ
პარკირების ადგილები სად იქნება? სტატიაში ამაზე არაფერია.
პასუხი ▲ 7 ▼
[png]
ირაკლი 5 საათის წინ
მერიამ თქვა, რომ პარკინგი ძველი ბაზრის ადგილზე გაკეთდება.
პასუხი ▲ 2 ▼
მეტი კომენტარის ჩვენება
ყველაზე კითხვადი
  • ქალაქის ბიუჯეტი დამტკიცდა
  • ახალი სკოლა ვაკეში
ბოლო კომენტარები
მარიამ: ახალი განრიგით ავტობუსი... →
© 2024 ქალაქის ამბები.
"""
)


def test_georgian_cackle_read_flat() -> None:
    comments = parse_page(_CACKLE_KA).comments
    assert [c.author_name for _, c in walk(comments)] == ["დავით ჯაფარიძე", "მარიამ", None, "ირაკლი"]
    assert [c.body for _, c in walk(comments)][1] == "ახალი განრიგით ავტობუსი ყოველ ათ წუთში უნდა მოვიდეს."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Les plus lus à Lorient", True),
        ("Les plus lus", True),
        ("Derniers commentaires", True),
        ("I più letti in Liguria", True),
        ("Les plus lus à la fin d'une phrase que personne n'écrit comme titre de boîte. Vraiment.", False),
        ("Les commentaires sont modérés", False),
    ],
)
def test_most_read_headings_naming_a_place(line: str, expected: bool) -> None:
    assert is_sidebar_heading(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("პასუხი ▲ 9 ▼", True),
        ("Antworten ▲ 3 ▼ 1", True),
        ("பதில் 👍 6 👎 0", True),
        ("▲ 12 ▼", True),
        ("პასუხი მერიას ▲", False),  # a word that is no button: the comment's own text
    ],
)
def test_reply_and_votes_in_any_language_are_a_button_row(line: str, expected: bool) -> None:
    assert is_furniture_line(line) is expected


def test_georgian_is_not_read_as_lower_case() -> None:
    assert not starts_lower("კომენტარები 8")
    assert starts_lower("comments wrapped off the line above")
    assert not starts_lower("Commentaires")


_TAMIL_GLUED = (
    ARTICLE
    + """வாசகர் கருத்து (3)
வரிசை: புதியவை முதலில் | பழையவை முதலில்
கவிதா - தல்லாகுளம், மதுரைஜூன் 3, 2024 09:15 AM
பேருந்து நிலையம் அருகே நடைபாதை இன்னும் சரிசெய்யப்படவில்லை.
பதில் 👍 4 👎 0
முருகேசன் - சிம்மக்கல்ஜூன் 2, 2024 06:40 PM
மழைக்காலத்திற்கு முன் வடிகால் பணிகளை முடிக்க வேண்டும்.
பதில் 👍 9 👎 1
சுரேஷ் - கோரிப்பாளையம்ஜூன் 2, 2024 11:05 AM
சாலை விரிவாக்கம் நல்லது, ஆனால் மரங்களை வெட்டக்கூடாது.
பதில் 👍 12 👎 2
உங்கள் கருத்தைப் பதிவு செய்யுங்கள்
[                    ] [                    ]
அனுப்பு
அதிகம் படித்தவை
 1. வைகை ஆற்றில் நீர்வரத்து அதிகரிப்பு
 2. மாநகராட்சி கூட்டத்தில் புதிய தீர்மானங்கள்
"""
)


def test_tamil_names_run_into_the_month() -> None:
    """A Tamil paper's header prints the name, the town and the time as elements with no blank
    between, so w3m runs the town into the month ("மதுரைஜூன் 3, 2024"); the "most read" box
    under the form is no comment list."""
    comments = parse_page(_TAMIL_GLUED).comments
    assert [(c.author_name, c.created_at.isoformat() if c.created_at else None) for _, c in walk(comments)] == [
        ("கவிதா - தல்லாகுளம், மதுரை", "2024-06-03T09:15:00+00:00"),
        ("முருகேசன் - சிம்மக்கல்", "2024-06-02T18:40:00+00:00"),
        ("சுரேஷ் - கோரிப்பாளையம்", "2024-06-02T11:05:00+00:00"),
    ]


_LIVERE_KO = (
    ARTICLE
    + """댓글 4 최신순 공감순
SNS 계정으로 로그인 후 댓글을 남겨주세요. 네이버카카오

  • [data] 갈매기 카카오 3일 전

    주말마다 해변 주차장이 꽉 차서 한참 돌아야 해요.

    답글 1 공감 8 신고
      □ [data] 영일대주민 네이버 2일 전

        셔틀버스가 생긴다니 다행이네요.

        공감 3 신고
  • 관리자에 의해 삭제된 댓글입니다.
  • [data] 바닷바람 네이버 5시간 전

    야간 조명도 좀 늘려 주세요.

    답글 0 공감 2 신고

더보기
많이 본 뉴스

 1. 시내버스 노선 개편안 발표
 2. 해수욕장 개장 일정 확정
"""
)


def test_livere_in_korean_under_a_heading_with_its_sort_tabs() -> None:
    """LiveRe's list under "댓글 4 최신순 공감순" (comments 4, newest, most liked): the sign-in
    service after each name is no part of it, "답글 1 공감 8 신고" (reply, like, report) is a row of
    buttons, and the removed comment's placeholder keeps its place."""
    comments = parse_page(_LIVERE_KO).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "갈매기"),
        ((0, 0), "영일대주민"),
        ((1,), None),
        ((2,), "바닷바람"),
    ]
    assert [c.body for _, c in walk(comments)] == [
        "주말마다 해변 주차장이 꽉 차서 한참 돌아야 해요.",
        "셔틀버스가 생긴다니 다행이네요.",
        "관리자에 의해 삭제된 댓글입니다.",
        "야간 조명도 좀 늘려 주세요.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "관리자에 의해 삭제된 댓글입니다.",
        "კომენტარი წაშლილია მოდერატორის მიერ",
        "இந்த கருத்து விதிமுறை மீறலால் நீக்கப்பட்டது",
    ],
)
def test_removed_placeholders_in_korean_georgian_and_tamil(line: str) -> None:
    assert is_removed_placeholder(line)


def test_a_comment_about_a_removal_is_no_placeholder() -> None:
    assert not is_removed_placeholder("კომენტარი რატომ წაშალეთ? ეს სწორი არ არის")
