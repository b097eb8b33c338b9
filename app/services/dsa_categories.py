"""The DSA vocabulary Threadwatch uses: notice categories and the Commission's Transparency Database
codes they map to, so notices, statements and the transparency report count the same things."""

from __future__ import annotations

# key -> (what readers see, STATEMENT_CATEGORY_* of the Transparency Database)
NOTICE_CATEGORIES: dict[str, tuple[str, str]] = {
    "illegal_speech": ("Illegal hate speech, insult or defamation", "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"),
    "violence": ("Threats, incitement to violence or terrorist content", "STATEMENT_CATEGORY_VIOLENCE"),
    "privacy": ("Personal data or privacy violation (e.g. doxxing)",
                "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"),
    "non_consensual": ("Non-consensual intimate images or stalking", "STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR"),
    "child_sexual_abuse": ("Child sexual abuse material", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
    "intellectual_property": ("Copyright or trademark infringement",
                              "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
    "scams": ("Scams and fraud", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    "civic_discourse": ("Illegal interference with elections or civic discourse",
                        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"),
    "public_security": ("Risk for public security", "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"),
    "self_harm": ("Promotion of self-harm", "STATEMENT_CATEGORY_SELF_HARM"),
    "other": ("Other illegal content", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"),
}
# Art. 16(2)(c): a notice must carry the reporter's name and e-mail, except for the offences of
# Articles 3 to 7 of Directive 2011/93/EU (child sexual abuse), where reporters may stay anonymous.
ANONYMOUS_CATEGORIES = frozenset({"child_sexual_abuse"})

# Removal reasons of the queue -> Transparency Database category.
REASON_CATEGORY: dict[str, str] = {
    "incitement": "STATEMENT_CATEGORY_VIOLENCE",
    "threat": "STATEMENT_CATEGORY_VIOLENCE",
    "hate": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "insult": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "spam": "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
    "off_topic": "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
}
# Policy labels (the rule that held a comment) -> category.
LABEL_CATEGORY: dict[str, str] = {
    "incitement": "STATEMENT_CATEGORY_VIOLENCE",
    "threat": "STATEMENT_CATEGORY_VIOLENCE",
    "identity_attack": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "insult": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
}
DEFAULT_CATEGORY = "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"

# Audit actions that restrict someone, and the kind of statement each one needs.
RESTRICTING_ACTIONS: dict[str, str] = {
    "remove": "removal",
    "policy-remove": "removal",
    "policy-hold": "hold",
    "author-suspend": "suspension",
    "author-ban": "ban",
}
NOTICE_OUTCOMES = ("removed", "restricted", "no_action")


def category_words(code: str) -> str:
    """STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH -> 'illegal or harmful speech'."""
    return code.removeprefix("STATEMENT_CATEGORY_").replace("_", " ").lower()


def automated_rule(rule: str | None) -> bool:
    """A rule of the scoring policy queued or decided it (automated means), not a reader or a person."""
    return bool(rule) and not str(rule).startswith("dsa-")
