"""Comments of systems the reader does not know by name, found by their class and ids (set 47:
an Italian paper's own markup, a Japanese paper's print view)."""

from __future__ import annotations

from threads.html_reader import parse_html

_STORY = "<article><h1>Ferrovia, tornano i treni</h1>" + "<p>Dal 2 dicembre tornano i treni sulla linea. </p>" * 30 + "</article>"


def _box(number: int, name: str, text: str, extra: str = "", replies: str = "") -> str:
    return f"""<li class="commento" id="cmt-{number}"><div class="commento__box">
      <div class="commento__head"><span class="commento__autore">{name}</span>
      <span class="commento__data">21/11/2024 alle 08:05</span>{extra}</div>
      <div class="commento__testo"><p>{text}</p></div></div>{replies}</li>"""


def test_the_element_carrying_the_id_around_each_block_is_the_comment() -> None:
    """The class names the block inside each list item; the item carries the id that the "in
    risposta a" link points at, so the item is the comment: its permalink, and the reply's
    parent within its thread."""
    answer = _box(230930, "Roberta", "Vediamo il 2 dicembre.", '<span class="commento__inrisposta">in risposta a <a href="#cmt-230921">Franco_B</a></span>')
    replies = f'<ol class="commento__risposte">{_box(230921, "Franco_B", "Non ci credo.")}{answer}</ol>'
    page = f"""<html lang="it"><body>{_STORY}<section id="commenti"><ol class="commenti">
    {_box(230915, "Marisa", "Finalmente.", replies=replies)}{_box(230940, "Dario", "Io lavoro a Lucca.")}</ol></section></body></html>"""
    first, second = parse_html(page).comments
    assert (first.external_id, second.external_id) == ("cmt-230915", "cmt-230940")
    (franco,) = first.replies
    assert (franco.external_id, [r.external_id for r in franco.replies]) == ("cmt-230921", ["cmt-230930"])


def test_a_box_of_replies_is_no_comment_and_lends_no_date() -> None:
    """"p-comment__replies" names the box around a comment's replies, not a comment; a deleted
    comment that prints no date does not take its reply's."""
    def comment(number: int, head: str, text: str, replies: str = "") -> str:
        box = f'<div class="p-comment__replies"><p>返信 1件</p><ul>{replies}</ul></div>' if replies else ""
        return (f'<li class="p-comment" id="c-{number}">{head}<div class="p-comment__body"><p>{text}</p></div>'
                f"{box}</li>")

    def head(name: str, when: str) -> str:
        return f'<div class="p-comment__head"><span class="p-comment__user">{name}</span><time class="p-comment__date">{when}</time></div>'

    reply = comment(16, head("ysk*****", "2024/03/10 21:05"), "運行時間の延長を検討してほしいです。")
    page = f"""<html lang="ja"><body>{_STORY}<section class="p-comments" id="comments"><ul class="p-comments__list">
    {comment(7, head("kaz*****", "2024/03/10 19:02"), "母が通院に使っています。")}
    {comment(14, "", "このコメントは投稿者によって削除されました。", reply)}</ul></section></body></html>"""
    first, deleted = parse_html(page).comments
    assert first.external_id == "c-7" and deleted.external_id == "c-14"
    assert deleted.created_at is None and [r.external_id for r in deleted.replies] == ["c-16"]
