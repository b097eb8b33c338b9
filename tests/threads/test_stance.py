"""Stance cues, the toxicity/insult penalty and the trigger-word shortcut."""

from __future__ import annotations

import pytest

from threads.stance import _CUES, classify_stance, cue_matches, hostility_penalty

# One example per rule of every cue: the trigger shortcut must never hide a pattern's match.
RULE_EXAMPLES = {
    "agree_more": ["I couldn't agree more."],
    "not_agree": ["I don't agree at all."],
    "disagree": ["I disagree with this."],
    "agree_strongly": ["Agree 100% with every word."],
    "agree_with_you": ["I agree with you here."],
    "agree": ["I do agree that it was late."],
    "you_are_wrong": ["You are so wrong about this."],
    "you_are_right": ["You\u2019re right about the pipeline."],
    "well_said": ["Well said.", "Well put!", "Spot on.", "Good point.", "Hear, hear.",
                  "Thank you for saying this.", "Thanks for pointing it out."],
    "exactly": ["Exactly!"],
    "amazes_me_how": ["It amazes me how little you read.", "It astonishes me how this works.",
                      "It baffles me how this works."],
    "out_of_touch": ["Totally out of touch."],
    "stop_complaining": ["So stop complaining and act."],
    "based_on_what": ["What is all this based on?", "Based on what?", "Any evidence for it?",
                      "Citation needed.", "Source?"],
    "not_true": ["That's not true.", "That is not true.", "It's not true at all.",
                 "That is a lie.", "A false equivalency again.", "I would counter argue that."],
    "you_say": ["You say 30 years of occupation? No.", "You claim it was peaceful?"],
    "dismissal": ["Nonsense.", "Rubbish!", "All propaganda.", "Pure fantasy.", "Absurd.",
                  "Ridiculous.", "Baloney.", "Hogwash.", "What a fairy tale."],
    "condescension": ["First learn how to write.", "Learn how to spell.",
                      "Do some serious research.", "Get your facts straight.",
                      "Keep your comments to yourself.", "You clearly don't understand."],
    "shame_on_you": ["Shame on you.", "How dare you."],
    "you_insult": ["Listen, you idiot."],
    "doubt": ["I do not think so."],
}


def test_every_cue_has_examples() -> None:
    names = [name for name, _, _ in _CUES]
    assert sorted(RULE_EXAMPLES) == sorted(names)
    for name, _, rules in _CUES:
        assert len(RULE_EXAMPLES[name]) >= len(rules), name


@pytest.mark.parametrize(("cue", "text"), [(c, t) for c, ts in RULE_EXAMPLES.items() for t in ts])
def test_each_example_matches_its_cue(cue: str, text: str) -> None:
    assert cue in [name for name, _ in cue_matches(text)]


def test_overlaps_resolve_to_the_longer_or_negated_form() -> None:
    assert cue_matches("I couldn't agree more") == [("agree_more", "couldn't agree more")]
    assert cue_matches("I don't agree") == [("not_agree", "don't agree")]
    assert cue_matches("agreed, 100%") == [("agree_strongly", "agreed, 100%")]
    # Word boundaries: neither "disagreement" nor "agreement" is an "agree".
    assert [n for n, _ in cue_matches("a disagreement")] == ["disagree"]
    assert cue_matches("this is an agreement") == []


def test_scores_by_hand() -> None:
    # "It amazes me how out of touch": -1.0 (amazes_me_how) - 0.75 (out_of_touch) = -1.75.
    r = classify_stance("dinosaurian,\nIt amazes me how out of touch with reality you are.")
    assert (r.stance, r.sign, r.score) == ("disagree", -1, -1.75)
    # "agree 100% with you": agree_strongly 1.5 (the bare "agree" inside it is not counted again).
    r = classify_stance("Zeituntsi Vache Achikyan, agree 100% with you.")
    assert (r.stance, r.sign, r.score) == ("agree", 1, 1.5)
    # A cue repeated counts once: two "nonsense" = -0.5.
    assert classify_stance("Nonsense. Nonsense!").score == -0.5
    assert classify_stance("The weather is fine today.").stance == "neutral"


def test_toxicity_and_insult_push_towards_attack() -> None:
    # penalty = 2.0 * (max(toxicity, insult) - 0.4) when above 0.4.
    assert hostility_penalty(0.9, 0.1) == pytest.approx(1.0)
    assert hostility_penalty(0.3, None) == 0.0
    assert hostility_penalty(None, 0.65) == pytest.approx(0.5)
    # No cue, toxicity 0.9: score -1.0 -> disagree.
    r = classify_stance("The weather is fine today.", toxicity=0.9)
    assert r.stance == "disagree" and r.score == pytest.approx(-1.0)
    # Toxicity 0.6: -0.4, still neutral.
    assert classify_stance("The weather is fine today.", toxicity=0.6).stance == "neutral"
    # "agree 100%" (1.5) with insult 0.8 (-0.8): 0.7 -> still agree.
    r = classify_stance("Agree 100%.", insult=0.8)
    assert r.stance == "agree" and r.score == pytest.approx(0.7)


def test_sign_shortcut_agrees_with_the_full_result() -> None:
    from threads.stance import stance_sign

    cases = [(t, tox, ins) for ts in RULE_EXAMPLES.values() for t in ts
             for tox, ins in ((None, None), (0.9, None), (None, 0.7), (0.45, 0.2))]
    for text, tox, ins in cases:
        assert stance_sign(text, tox, ins) == classify_stance(text, tox, ins).sign, (text, tox, ins)
