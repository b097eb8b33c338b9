"""English's cues for the incitement detector: calls ("should", "let's", "time to"), acts
("hang", "shoot", "expel by force"), targets, dehumanising comparisons, and the words that make a
call a report, a negation or an idiom ("kill time").

Every entry is a precision/recall trade-off measured by tests/moderation/data/incitement_sentences.csv.
"""

from __future__ import annotations

import re

from moderation.incitement_lexicon import ActPattern, Lexicon, alt, compiled, words

_W = r"(?:[\w’'-]+\s+)"  # one word and the space after it

# fmt: off
# --- calls -------------------------------------------------------------------------------------
_MODAL = (
    r"\b(?:should|must|ought\s+to|oughta|needs?\s+to|has\s+to|have\s+to|(?:has|have|['’]ve)\s+got\s+to"
    r"|gotta|deserves?|deserved)\b"
)
_EXHORT = (
    r"\b(?:rise\s+up|take\s+action|to\s+arms|(?:it\s+is|it['’]s|high)\s+time|time\s+(?:to|for)"
    r"|(?:what\s+)?(?:we|armenia|the\s+(?:nation|people|country|army))\s+needs?"
    r"|i\s+call\s+(?:on|for|upon)|the\s+sooner\s+(?:you|we)|death\s+to"
    r"|(?:the\s+)?only\s+(?:cure|solution|answer|remedy|medicine|language\s+they\s+understand)"
    r"|needs?(?=\s+(?:a|an|the)\s))\b"
)
_LET = r"\blet(?:['’]s|\s+us|\s+(?:them|him|her|those|these)(?:\s+all)?)\b"
_RHETORICAL = (
    r"\bwhy\s+(?:doesn['’]t|don['’]t|won['’]t|can['’]t|didn['’]t|not)\s*(?:someone|somebody|anyone|we|you|they)?\b"
)
_WISH = r"\bi\s+(?:hope|wish|pray)(?:\s+that)?\s+(?:someone|somebody|they|he|she|you|we|the\s+\w+)\b"

# --- acts --------------------------------------------------------------------------------------
# Base forms open imperatives; past forms only count when a call governs them.
_LETHAL_BASE = (
    r"kill", r"shoot", r"hang", r"execute", r"murder", r"slaughter", r"butcher", r"lynch",
    r"behead", r"decapitate", r"exterminate", r"massacre", r"annihilate", r"eradicate", r"liquidate",
    r"eliminate", r"stab", r"bomb", r"nuke", r"torch", r"gas\s+them", r"burn(?:\s+(?:down|alive))?",
    r"string\s+" + _W + r"{0,2}up", r"hunt\s+" + _W + r"{0,3}down",
    r"wipe\s+(?:" + _W + r"{0,3})?(?:out|off\s+the\s+(?:map|face\s+of\s+the\s+earth))",
    r"blow\s+" + _W + r"{0,2}up", r"put\s+" + _W + r"{0,2}to\s+death", r"die",
    r"set\s+(?:fire\s+to|" + _W + r"{0,3}on\s+fire|" + _W + r"{0,3}alight)",
    r"line\s+" + _W + r"{0,3}up\s+against\s+(?:a|the)\s+wall", r"put\s+" + _W + r"{0,3}against\s+(?:a|the)\s+wall", r"poison", r"drown", r"torture",
    r"take\s+(?:him|her|them)\s+out", r"finish\s+(?:him|her|them)\s+off",
    r"puts?\s+a\s+bullet\s+(?:in|into|through)",
)
_LETHAL_PAST = (
    r"killed", r"shot", r"hanged", r"hung", r"executed", r"murdered", r"slaughtered", r"butchered",
    r"lynched", r"beheaded", r"decapitated", r"exterminated", r"massacred", r"annihilated",
    r"eradicated", r"liquidated", r"eliminated", r"stabbed", r"bombed", r"nuked", r"torched",
    r"gassed", r"burn(?:ed|t)(?:\s+(?:down|alive))?", r"strung\s+up", r"hunted\s+down",
    r"wiped\s+(?:out|off\s+the\s+(?:map|face\s+of\s+the\s+earth))", r"blown\s+up",
    r"put\s+to\s+death", r"be\s+dead", r"beaten\s+to\s+death", r"stoned\s+to\s+death",
    r"(?:lined\s+up|put)\s+against\s+(?:a|the)\s+wall", r"poisoned", r"drowned", r"tortured",
)
_FORCIBLE_BASE = (
    r"expel", r"deport", r"kick\s+" + _W + r"{0,3}out", r"drive\s+" + _W + r"{0,3}out",
    r"throw\s+" + _W + r"{0,3}out", r"purge", r"round\s+" + _W + r"{0,2}up", r"cleanse",
)
# Acts against a government: without a named target they aim at whoever is in power.
_OVERTHROW_BASE = (
    r"topple", r"overthrow", r"take\s+up\s+arms",
    r"storm\s+(?:the\s+)?(?:parliament|government|palace|presidential|building|offices?|capitol|embassy)",
)
_OVERTHROW_PAST = (r"toppled", r"overthrown", r"stormed\s+(?:the\s+)?(?:parliament|government|palace)")
_FORCIBLE_PAST = (
    r"expelled", r"deported", r"kicked\s+out", r"driven\s+out", r"thrown\s+out", r"purged",
    r"rounded\s+up", r"cleansed",
)
_FORCIBLE_ANY = (
    r"by\s+force", r"by\s+(?:any|all)\s+means(?:\s+necessary)?", r"with\s+(?:guns|weapons|violence)",
    r"violently", r"ethnic(?:ally)?\s+cleans(?:e|ed|ing)",
)
_NOMINAL_LETHAL = (
    r"firing\s+squads?", r"gallows", r"(?:the|a)\s+noose", r"(?:the|a)\s+rope", r"guillotine",
    r"(?:a\s+)?bullets?\s+(?:in|into|through)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:heads?|brains?|skulls?|backs?)",
    r"death\s+to",
)
_NOMINAL_OVERTHROW = (
    r"coup(?:\s+d\s*['’]?\s*[ée]tat)?", r"armed\s+(?:uprising|revolt|rebellion|insurrection|struggle)",
)


# fmt: on


def _acts() -> tuple[ActPattern, ...]:
    def word(forms: tuple[str, ...]) -> re.Pattern[str]:
        return compiled(r"\b" + alt(forms) + r"\b")

    return (
        ActPattern("lethal", word(_LETHAL_BASE), lethal=True, imperative=True),
        ActPattern("lethal", word(_LETHAL_PAST), lethal=True, participle=True),
        ActPattern("forcible", word(_FORCIBLE_BASE), imperative=True),
        ActPattern("forcible", word(_FORCIBLE_PAST), participle=True),
        ActPattern("forcible", word(_FORCIBLE_ANY)),
        ActPattern("lethal", word(_NOMINAL_LETHAL), lethal=True, nominal=True),
        ActPattern("overthrow", word(_OVERTHROW_BASE), imperative=True),
        ActPattern("overthrow", word(_OVERTHROW_PAST), participle=True),
        ActPattern("overthrow", word(_NOMINAL_OVERTHROW), nominal=True),
    )


# fmt: off
# --- figurative and non-violent uses, blanked before any cue is looked for ---------------------
_FIGURATIVE = (
    r"\bjob[-\s]?killers?\b",
    r"\bkiller\s+(?:app|feature|deal|idea|instinct|look|smile|line|combo|price|argument)s?\b",
    r"\bkill(?:s|ed|ing)?\s+(?:it|time|the\s+(?:mood|vibe|bill|deal|idea|proposal|motion|project|lights?|engine|joke|process|buzz))\b",
    r"\bkill(?:s|ed|ing)?\s+two\s+birds\b",
    r"\bkill(?:s|ed|ing)?\s+(?:off\s+)?(?:the|this|that|a|an|any|our|their|his|her|every)\s+(?:[\w’'-]+\s+){0,2}(?:bills?|laws?|proposals?|deals?|ideas?|plans?|projects?|motions?|amendments?|reforms?|initiatives?|treaty|treaties|chances?|hopes?|talks|negotiations|momentum|story|stories|rumou?rs?)\b",
    r"\b(?:is|are|was|were)\s+killing\s+(?:me|us)\b",
    r"\b(?:the\s+)?killing\s+fields?\b",
    r"\bshoot\s+first\s+and\s+ask\s+questions\s+later\b",
    r"\bbuck\s*shot\b",
    r"\bshoot(?:s|ing)?\s+(?:for\s+the\s+(?:stars|moon)|the\s+breeze|the\s+messenger|hoops|the\s+ball)\b",
    r"\bshoot(?:s|ing)?\s+(?:a|the|our|their|his|her)\s+(?:\w+\s+)?(?:video|film|movie|scene|photos?|pictures?|clip|documentary|ad|advert|episode)s?\b",
    r"\b(?:shoot|shot|shooting)\s+(?:\w+\s+)?(?:themselves|himself|herself|yourself|ourselves|myself|itself)\s+in\s+the\s+foot\b",
    r"\b(?:shoot|shot|shoots|shooting)\s+(?:it\s+|that\s+|this\s+)?down\b(?!\s+(?:him|her|them|the\s+(?:protesters|demonstrators|people)))",
    r"\bshot\s+(?:in\s+the\s+(?:arm|dark)|to\s+fame|up\s+(?:the\s+)?(?:charts|rankings))\b",
    r"\bcall(?:s|ed|ing)?\s+the\s+shots\b",
    r"\b(?:a|an|the|his|her|their|our|my|your|its|one|another|first|best|good|great|last|parting|cheap|big|long|mug|flu|booster|warning|moon|kill|jump|slap|screen|hot)\s+(?:shot|shots|stab|bomb|torch|hang|kill)\b",
    r"\bhang(?:s|ing|ed)?\s+(?:out|on|in\s+there|around|up|tight|loose|about|back|over|together|by\s+a\s+thread)\b",
    r"\bhang(?:s|ing|ed)?\s+(?:his|her|their|our|my|your)\s+heads?\b",
    r"\bhang(?:s|ing|ed)?\s+(?:[\w’'-]+\s+){0,2}(?:flags?|banners?|pictures?|portraits?|posters?|laundry|washing|signs?|lights|decorations)\b",
    r"\bhung\s+(?:jury|parliament|up)\b", r"\bhung\s+out\s+to\s+dry\b", r"\bhang\s+\w+\s+out\s+to\s+dry\b",
    r"\bget\s+the\s+hang\s+of\b",
    r"\bburn(?:s|ed|t|ing)?\s+(?:out|bridges|the\s+midnight\s+oil|calories|money|cash|through|rubber|the\s+candle)\b",
    r"\bburn(?:s|ed|t|ing)?\s+(?:his|her|their|our|my|your)\s+(?:fingers|bridges|money|savings)\b",
    r"\bburning\s+(?:question|issue|desire|sensation)\b", r"\bcrash\s+and\s+burn\b",
    r"\bexecut(?:e|ed|es|ing)\s+(?:the|a|an|this|that|our|their|his|her|its)\s+(?:\w+\s+)?(?:plan|strategy|orders?|contract|trade|program|code|command|deal|task|transaction|vision|policy|mission|play|reform)s?\b",
    r"\bbomb(?:s|ed)?\s+(?:the|an?|my|his|her|their)\s+(?:exam|test|interview|audition)\b",
    r"\bstab(?:s|bed|bing)?\s+(?:\w+\s+)?in\s+the\s+back\b",
    r"\bpass(?:es|ed)?\s+the\s+torch\b", r"\bcarry\s+the\s+torch\b",
    r"\bgallows\s+humou?r\b", r"\bbite\s+the\s+bullet\b", r"\bdodged?\s+a\s+bullet\b",
    r"\bdie[-\s]hards?\b", r"\bdie\s+(?:of|from)\s+(?:shame|embarrassment|boredom|laughter|laughing)\b",
    r"\bdying\s+to\b", r"\bto\s+die\s+for\b", r"\bthe\s+die\s+is\s+cast\b",
    r"\btake\s+(?:[\w’'-]+\s+){0,3}out\s+(?:for|to)\s+(?:a\s+|the\s+)?(?:dinner|lunch|breakfast|coffee|drinks?|meal|walk|date)\b",
    # Beating someone at the polls is politics, not violence.
    r"\b(?:massacr|slaughter|annihilat|kill|wip|bur|destroy|crush)\w*\s+(?:out\s+)?(?:[\w’'-]+\s+){0,3}(?:at|in)\s+the\s+(?:polls|ballot\s+box|elections?|vote)\b",
    r"\b(?:politically|electorally)\s+(?:dead|killed|executed)\b",
    # A named event is history, not a call: "the Pinsk massacre", "the Khojaly killings".
    r"(?-i:\b[A-Z][\w’'-]+)\s+(?:massacres?|genocide|pogroms?|bombings?|shootings?|killings?|executions?)\b",
    r"\bcoup\s+de\s+(?:gr[aâ]ce|main|th[ée][aâ]tre)\b",
    r"\b(?:diplomatic|pr|publicity|media|marketing|quite\s+a|real|major|big|huge|minor)\s+coup\b",
    r"\btoppl(?:e|ed|es|ing)\s+(?:over|the\s+(?:record|leaders?|champions?|rankings))\b",
    r"\bexpel(?:s|led|ling)?\s+(?:[\w’'-]+\s+){0,3}(?:ambassadors?|diplomats?|envoys?|students?|pupils?|members?)\b",
    r"\b(?:ambassadors?|diplomats?|envoys?|students?|pupils?)\s+(?:[\w’'-]+\s+){0,3}expelled\b",
    r"\bexpel(?:s|led|ling)?\s+(?:[\w’'-]+\s+){0,3}from\s+(?:the\s+)?(?:party|school|university|club|league|parliament|game|team|nato|eu|csto|un|alliance|council|union|organi[sz]ation|competition|tournament|olympics|bloc)\b",
    r"\b(?:kick|throw|drive)(?:s|ed|ing|n)?\s+(?:[\w’'-]+\s+){0,3}out\s+of\s+(?:office|power|the\s+(?:party|eu|nato|csto|team|game|tournament|league|council|club|group|coalition|race))\b",
    r"\b(?:round|rounded|rounding)\s+(?:up|down)\s+(?:the\s+)?(?:numbers?|figures?|votes?|results?|prices?)\b",
    r"\btreat(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,2}(?:like|as)\s+[\w’'-]+",
)

# --- targets -----------------------------------------------------------------------------------
_NATIONALITIES = (
    r"armenians?", r"azeris?", r"azerbaijanis?", r"turks?", r"turkish", r"russians?", r"kurds?",
    r"kurdish", r"georgians?", r"iranians?", r"persians?", r"arabs?", r"jews?", r"jewish", r"muslims?",
    r"christians?", r"israelis?", r"palestinians?", r"americans?", r"europeans?", r"ukrainians?",
    r"chinese", r"africans?", r"mexicans?", r"pakistanis?", r"syrians?", r"lebanese", r"afghans?",
    r"somalis?", r"gypsies", r"roma", r"hindus?", r"sikhs?", r"catholics?", r"protestants?",
    r"atheists?", r"immigrants?", r"migrants?", r"refugees?", r"foreigners?", r"asylum\s+seekers?",
    r"blacks", r"whites", r"gays?", r"lesbians?", r"liberals?", r"leftists?", r"conservatives?",
    r"communists?", r"zionists?", r"westerners?", r"sorosites?", r"settlers?", r"invaders?",
    r"occupiers?", r"the\s+enemy", r"enemies", r"british", r"french", r"germans?", r"greeks?",
    r"poles", r"serbs?", r"albanians?", r"bosniaks?", r"yazidis?", r"assyrians?", r"diaspora",
)
_NATIONS = (
    r"armenia", r"azerbaijan", r"turkey", r"russia", r"iran", r"israel", r"georgia", r"ukraine",
    r"america", r"usa", r"the\s+us", r"the\s+uk", r"france", r"europe", r"baku", r"yerevan",
    r"moscow", r"ankara", r"the\s+kremlin", r"artsakh",
)
_GROUP_ADJ = (
    r"armenian", r"azeri", r"azerbaijani", r"turkish", r"russian", r"kurdish", r"georgian",
    r"iranian", r"persian", r"arab", r"jewish", r"muslim", r"christian", r"israeli", r"palestinian",
    r"american", r"european", r"ukrainian", r"african", r"mexican", r"syrian", r"afghan",
    r"immigrant", r"migrant", r"refugee", r"western", r"turco-[a-z]+",
)
_GROUP_NOUN = (
    r"soldiers?", r"troops", r"army", r"people", r"men", r"women", r"children", r"kids", r"families",
    r"population", r"civilians", r"villages?", r"homes", r"houses", r"mosques?", r"churches",
    r"shops", r"businesses", r"settlers", r"invaders", r"occupiers", r"forces", r"military",
    r"government", r"leaders?", r"politicians", r"officials", r"traitors", r"embassy", r"scum",
    r"dogs", r"rats", r"pigs", r"cockroaches", r"vermin", r"parasites", r"animals", r"garbage",
    r"trash", r"filth", r"pests", r"swine", r"apes", r"monkeys", r"snakes", r"invader", r"soldier",
)
_OFFICES = (
    r"(?:past|former|current|present|previous|last)?\s*(?:\d+\s+)?presidents?", r"prime\s+ministers?",
    r"(?:foreign|defen[cs]e|interior)\s+ministers?", r"ministers?", r"pm", r"premier", r"government",
    r"regime", r"junta", r"parliament", r"mps?", r"deput(?:y|ies)", r"senators?", r"congressm[ae]n",
    r"officials?", r"politicians?", r"leaders?", r"leadership", r"judges?", r"prosecutors?",
    r"police(?:men)?", r"cops?", r"mayors?", r"governors?", r"journalists?", r"reporters?",
    r"editors?", r"activists?", r"protesters?", r"demonstrators?", r"dictators?", r"despots?",
    r"tyrants?", r"kings?", r"oligarchs?", r"cabinet", r"authorities", r"elites?", r"traitors?",
    r"collaborators?", r"turncoats?", r"puppets?", r"stooges?", r"shills?", r"cohorts?",
    r"power\s+brokers?", r"the\s+opposition", r"soldiers", r"troops", r"generals",
)
_DESCRIPTIVE = (
    r"(?:this|that|these|those)\s+(?:[\w’'-]+\s+)?(?:clowns?|guys?|m[ae]n|wom[ae]n|idiots?|morons?|traitors?|losers?|scum|bastards?|criminals?|thugs?|people|pigs?|puppets?|crooks?|thieves)",
)
_PRONOUNS = (
    r"him", r"her", r"them", r"they", r"he", r"she", r"all\s+of\s+them", r"every\s+(?:last\s+)?one\s+of\s+them",
    r"each\s+of\s+them", r"the\s+lot\s+of\s+them", r"everyone\s+(?:there|here|of\s+them)",
    r"(?:those|anyone|anybody|people|everyone|whoever)(?=\s+who\b)", r"whoever",
    r"their\s+(?:homes|houses|villages|families|children|kids|shops|churches|mosques|people|leaders)",
)
_NOT_NAMES = """
    i a an the this that these those they we he she it you his her their our my your its all some
    any if when why what who whom whose how and but or so let just please now then someone somebody
    everyone everybody people no nobody not none every each there here yes well also even only still
    time death god lord sir mr mrs ms dr hey oh ok okay guys folks brothers sisters friends monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december should must need needs rise take give kill shoot hang
    burn remove arrest expel deport storm topple overthrow wipe drive kick throw execute lynch
    behead hunt round purge string set line put finish blow bomb torch stab nuke die hope wish pray
    why after before since because while though although unless until as at by for from in into of
    on to with without about against between during today tomorrow yesterday read agree thank thanks
    enough never always maybe perhaps honestly frankly sure true false actually really seriously
    clearly obviously instead otherwise however therefore hence thus anyway yet besides meanwhile
    again first second third finally tonight last next many most more several both either other
    another such one two three go come look listen hold make keep bring send get do does did is are
    was were be have has had can could will would shall might it's that's there's what's i'm we're
    they're you're let's don't doesn't didn't can't won't every western eastern northern southern
"""

# --- dehumanising comparisons ------------------------------------------------------------------
_VERMIN = (
    r"rats", r"cockroaches", r"roaches", r"vermin", r"parasites", r"animals", r"beasts", r"savages",
    r"sub-?humans?", r"lice", r"insects", r"maggots", r"leeches", r"pigs", r"swine", r"apes",
    r"monkeys", r"termites", r"dogs", r"pests", r"snakes", r"worms",
)
_REFUSE = (r"garbage", r"trash", r"filth", r"scum", r"a\s+plague", r"a\s+cancer", r"a\s+disease", r"an?\s+infestation")
# (kind, pattern). "simile" and "collective" need a group anywhere before them in the sentence,
# "copula" needs the group as its subject, "compound" carries its own group ("Turkish rats").
_DEHUMANISING = (
    ("simile", compiled(r"\blike\s+(?:[\w’'-]+\s+)?" + alt(_VERMIN) + r"\b")),
    ("copula", compiled(
        r"\b(?:are|is|be|being|['’]re|become|as)\s+(?:(?:all|just|nothing\s+but|no\s+better\s+than"
        r"|little\s+more\s+than|such|filthy|dirty|disgusting|worthless|bloody|fucking|damn|mere|simply|basically"
        r"|literally|real|the|a\s+(?:bunch|pack|nest|horde|swarm)\s+of)\s+){0,3}"
        + alt(_VERMIN + _REFUSE)
        + r"\b"
    )),
    ("collective", compiled(r"\b(?:bunch|pack|nest|horde|swarm|plague|infestation)\s+of\s+(?:[\w’'-]+\s+)?" + alt(_VERMIN + (r"scum",)) + r"\b")),
    ("compound", compiled(r"\b" + alt(_GROUP_ADJ) + r"\s+" + alt(_VERMIN + (r"scum", r"filth", r"garbage", r"trash")) + r"\b")),
    ("collective", compiled(r"\b(?:sub-?humans?|untermenschen)\b")),
)

# fmt: on

# fmt: off
_LOCATIVES = "in at on from into across near over inside outside within throughout around"
_NOT_OBJECTS = """for in at on by with from to now immediately today tomorrow publicly together already too
    again like as if when and or but because before after without alive down up out off right soon here
    there slowly quickly"""
_IDIOM_OBJECTS = """about again against alive anybody anyone asap at away back because bridges by calories cancer
    clutter covid crap crime dat debt dis disease down dust everybody everyone evil fat fear filth fire first for
    forever fraud from graft greed hate herself himself hunger if immediately in inflation into itself loose money
    myself nobody nonsense of off on oneself onto ourselves out over please pool rot rubber somebody someone spam
    stuff terror themselves tight time to today together tomorrow tonight trash up virus war waste weight when
    while with without yourself"""
_ABSTRACT_SUFFIXES = "tion sion ism ity ty ness ment ance ence cy ship dom ery ing age ure ice"
_DETERMINERS = "the a an these those their our his her its my your this that"
_REPORTED_AUX = "was were been is are am had has have being got gotten who which whom that i've we've they've ’ve 've"
_MODALS = "should must ought need needs has have got gotta deserve deserves deserved let us"
_NEGATORS = """not never no nobody noone none neither nor hardly stop stops prevent avoid protect save defend
    oppose condemn reject instead"""
_SCOPE_BREAKERS = """who which whom whose because since although though while whereas unless until when where
    that before after otherwise lest than"""
_ACRONYMS = "NATO CSTO EU USA US UK UN PM MP MPS ARF AW OSCE CIA FSB KGB TV BBC CNN AP ID OK USSR NK RK"
# fmt: on


ENGLISH = Lexicon(
    language="en",
    segmenter_language="en",
    calls=(
        ("modal", compiled(_MODAL)),
        ("exhortation", compiled(_EXHORT)),
        ("let", compiled(_LET)),
        ("rhetorical", compiled(_RHETORICAL)),
        ("wish", compiled(_WISH)),
    ),
    imperative_calls=compiled(
        r"(?:remove|arrest|get\s+rid\s+of|lock\s+up|rise\s+up|take\s+action|send|gather|go|bring|grab|march"
        r"|find|catch|drag|arm|mobili[sz]e|organi[sz]e|surround|track|come|meet|join)\b"
    ),
    imperative_prefix=compiled(
        r"(?:\d{1,2}[.)]\s+|[-•*]\s+)?(?:[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+)?"
        r"(?:(?:please|just|now|so|then|and|go|come\s+on|simply|finally|all\s+right|ok|okay)[,!]?\s+)*"
    ),
    acts=_acts(),
    figurative=tuple(compiled(p) for p in _FIGURATIVE),
    targets=(
        ("group", compiled(r"\b" + alt(_GROUP_ADJ) + r"\s+" + alt(_GROUP_NOUN) + r"\b")),
        ("person", compiled(r"\b" + alt(_DESCRIPTIVE) + r"\b")),
        ("office", compiled(r"\b" + alt(_OFFICES) + r"\b")),
        ("group", compiled(r"\b" + alt(_NATIONALITIES) + r"\b")),
        ("group", compiled(r"\b" + alt(_NATIONS) + r"\b")),
        ("pronoun", compiled(r"\b" + alt(_PRONOUNS) + r"\b")),
    ),
    not_names=words(_NOT_NAMES),
    dehumanising=_DEHUMANISING,
    # Prepositions after which a target is the place of the act, not its object ("in parliament").
    locatives=words(_LOCATIVES),
    not_objects=words(_NOT_OBJECTS),
    determiners=words(_DETERMINERS),
    reported_aux=words(_REPORTED_AUX),
    governing_aux=words("be get gets to"),
    modals=words(_MODALS),
    negators=words(_NEGATORS),
    negation_exceptions=frozenset(
        {
            ("not", "only"),
            ("no", "mercy"),
            ("no", "matter"),
            ("no", "doubt"),
            ("no", "longer"),
            ("no", "more"),
        }
    ),
    scope_breakers=words(_SCOPE_BREAKERS),
    reporting=compiled(
        r"\b(?:said|says|say|saying|wrote|writes|write|claimed|claims|tweeted|posted|shouted|chanted|yelled"
        r"|screamed|declared|announced|suggested|argued|demanded|told\s+[\w’'-]+|call(?:s|ed)\s+for"
        r"|according\s+to|quoted)\b"
    ),
    first_person=words("i we i'd we'd i’d we’d"),
    condemnation=compiled(
        r"\b(?:disgrace(?:ful)?|disgusting|shameful|shame\s+on|appalling|outrageous|unacceptable|sickening"
        r"|abhorrent|deplorable|horrific|horrible|vile|condemn(?:s|ed|ing)?|no\s+place|beyond\s+the\s+pale"
        r"|crossed\s+a\s+line|how\s+dare|hate\s+speech|incitement|should\s+be\s+ashamed|reported?\s+(?:him|her|them|it)"
        r"|nonsense|barbaric|despicable\s+(?:words|comment|call|statement))\b"
    ),
    endorsement=compiled(
        r"\b(?:i\s+agree|agreed|exactly|absolutely|well\s+said|so\s+true|(?:he|she|they)\s+(?:is|are|was|were)\s+right"
        r"|(?:he|she|they)['’](?:s|re)\s+right|hear,?\s+hear|couldn['’]t\s+agree\s+more|and\s+rightly\s+so)\b"
        r"|(?<!\w)100\s*%"
    ),
    acronyms=words(_ACRONYMS),
    idiom_objects=words(_IDIOM_OBJECTS),
    abstract_suffixes=tuple(_ABSTRACT_SUFFIXES.split()),
    prediction=compiled(r"\b(?:will|shall|is\s+going\s+to|are\s+going\s+to|gonna)\b|['’]ll\b"),
    glee=compiled(
        r"\b(?:i|we)\b[^.!?;]{0,30}?\b(?:cheer(?:ing)?|celebrat(?:e|ing)|danc(?:e|ing)|rejoic(?:e|ing)"
        r"|(?:happily|gladly)\s+watch)\b"
        r"|\b(?:can['’]?t\s+wait|popcorn|good\s+riddance|open\s+(?:a|the)\s+champagne)\b"
    ),
)
