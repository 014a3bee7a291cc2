"""Boilerplate removal that keeps offsets: removed stretches are blanked, not cut.

Pasted web pages carry site chrome around the article: membership appeals,
newsletter boxes, "Read also" links, comment forms, photo credits, bylines and a
feed of unrelated news. None of it may become a fact of the event. We work line
by line (chrome almost always sits on lines of its own) and replace a removed
line's characters with spaces, keeping newlines, so ``clean.text`` has the
body's length and every offset found in it is an offset into the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consistency.model import Article, CleanText, Removal

# "Read also" and its kin in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish.
_RELATED_CUES = "|".join((
    r"(?:read|see) (?:also|more)", r"also read", r"auch lesen", r"further reading", r"more on this(?: story| topic)?",
    r"lesen sie (?:auch|mehr|weiter)", r"auch interessant", r"das könnte (?:sie|dich) (?:auch )?interessieren",
    r"mehr zum thema", r"mehr dazu", r"passend dazu", r"siehe auch", r"zum weiterlesen", r"weiterlesen",
    r"weitere (?:artikel|themen|beiträge|nachrichten)", r"mehr themen",
    r"(?:à )?lire aussi", r"(?:à )?voir aussi", r"sur le même sujet", r"à découvrir aussi", r"lire la suite",
    r"lea (?:también|más)", r"lee (?:también|más)", r"vea también", r"ver también", r"(?:te|le) puede interesar",
    r"(?:noticias|notas) relacionadas", r"contenido relacionado", r"también (?:te )?puede interesar(?:te)?",
    r"leggi anche", r"potrebbe interessarti", r"vedi anche", r"articoli correlati",
    r"leia (?:também|mais)", r"veja também", r"notícias relacionadas",
    r"lees (?:ook|meer)", r"zie ook", r"meer nieuws",
    r"czytaj (?:też|także|również|więcej)", r"zobacz (?:też|także|również)",
))
# One-word furniture standing alone on a line: tag lists, share bars, tables of contents.
_NAVIGATION_WORDS = "|".join((
    "tags?", "themen", "schlagw(?:ö|o)rter?", "temas", "etiquetas", "mots[- ]clés", "tag", "argomenti",
    "teilen", "compartir", "partager", "condividi", "partilhar", "delen", "udostępnij",
    "inhaltsverzeichnis", "table of contents", "contents", "índice", "sommaire", "indice", "inhalt",
))

# A line matching one of these is chrome by itself. (pattern, reason); linear regexes only.
LINE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (r"^\s*(?:read|see) (?:also|more)\b\s*[:\-–—]", "related link"),
        (r"^\s*(?:related|recommended|more)(?: stories| articles| news)?\s*[:\-–—]", "related link"),
        (r"^\s*\*?\s*indicates required\s*$", "newsletter box"),
        (r"^\s*(?:subscribe|sign up|unsubscribe|successfully subscribed|successfuly subscribed)\b.{0,60}$", "newsletter box"),
        (r"\benter (?:your|correct) email\b|\bemail address\b.{0,40}$", "newsletter box"),
        (r"thank you for (?:signing up|subscribing)|sent you a confirmation email", "newsletter box"),
        (r"^\s*(?:become a member|gift (?:a )?membership|support us|donate(?: now)?)\b", "membership appeal"),
        (r"^\s*(?:skip to (?:main )?content|edit post|menu|search|close|share(?: this)?(?: article)?|print|comments?)\s*$", "site navigation"),
        (r"^\s*this audio is (?:created|generated)\b", "site notice"),
        (r"^\s*(?:visa|mastercard|american ?express|paypal)(?:\s+(?:visa|mastercard|american ?express|paypal)){1,4}\s*$", "payment widget"),
        (r"^\s*(?:no votes yet|please wait|rate this|loading)\W*$", "vote widget"),
        (r"^\s*(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?)\s*$", "comment form"),
        (r"your email address will not be published|required fields are marked", "comment form"),
        (r"^\s*source\s*:\s*\S{1,80}\s*$", "source footer"),
        (r"^\s*(?:follow us|all rights reserved|©|copyright ©|cookie)", "site footer"),
        (r"^\s*(?:photo|image|video)\s*(?:credit)?\s*:\s", "photo credit"),
        (r"\((?:photo(?: by)?[^()\n]{0,80}|[^()\n/]{1,80}/(?:getty images|afp|ap|reuters|epa|anadolu|ukrinform|bloomberg)[^()\n]{0,40})\)\s*$", "photo caption"),
        (r"^\s*by\s[^\n]{0,200}?(?:\b\d{1,2}:\d{2}\s?(?:am|pm)\b|\b\d+\s+min(?:ute)?s? read\b)", "byline"),
        (r"^\s*(?:published|updated|posted)\s*:?\s[^\n]{0,60}\d{4}[^\n]{0,30}$", "byline"),
        (r"^\s*(?:editors'? picks|most (?:read|popular)|trending|advertisement|sponsored)\s*$", "site navigation"),
        # The same chrome in the languages web pages come in most (pages pass through trafilatura first,
        # which keeps a share of it): a cue leading a line, or standing alone on it.
        (rf"^\W{{0,3}}(?:{_RELATED_CUES})\s*(?:[:»>|\-–—.…]|$)", "related link"),
        (rf"^\W{{0,3}}(?:{_RELATED_CUES})\b[^\n:]{{0,40}}:\s*$", "related link"),
        (r"^\s*(?:share (?:this|on|with)|teilen mit|partager (?:sur|avec)|compartir en|rate this|bewerten|"
         r"no comments|keine kommentare|sin comentarios|aucun commentaire|last modified|zuletzt geändert)\s*:?\s*$",
         "site navigation"),
        (r"^\s*(?:follow us|folg(?:e|t|en sie) uns|s[ií]guenos|suivez[- ]nous|seguici|siga-nos|obserwuj nas)\b", "site footer"),
        (r"^[^\n]{0,150}\b(?:all rights reserved|alle rechte vorbehalten|todos los derechos reservados|"
         r"tous droits réservés|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone)\b"
         r"[^\n]{0,80}$", "site footer"),
        (r"\bdownload (?:the|our) [^\n]{0,40}\bapps?\b[^\n]{0,40}\b(?:ios|android|app store|google play)\b",
         "app promotion"),
        (r"^\s*(?:afp|ap|reuters|dpa|epa|getty images|anadolu|xinhua)\s{0,2}/\s{0,2}[^\n/]{2,60}$", "photo credit"),
        (r"^[^\n]{0,80}\bsign(?:ing)? up\b[^\n]{0,80}\b(?:newsletter|news|updates|emails?|stories)\b[^\n]{0,60}$",
         "newsletter box"),
        (rf"^\s*(?:{_NAVIGATION_WORDS})\s*:?\s*$", "site navigation"),
        (r"^\s*(?:foto|fot\.|bild|photo|image|crédits?(?: photos?)?|credits?|copyright|fuente|quelle|titelbild)\s{0,3}:\s{0,3}\S[^\n]{0,120}$", "photo credit"),
        (r"\((?:fotos?|fot\.|bild|photos?|crédits?|credits?|images?)(?:\s(?:by|von|de|di))?\s{0,3}:[^()\n]{1,120}\)\.?\s*$", "photo caption"),
        (r"^\s*(?:aktualisiert|zuletzt aktualisiert|veröffentlicht|letzte änderung|stand|publié|mis à jour|actualizado|"
         r"publicado|aggiornato|pubblicato|release date|last updated)\b[^\n]{0,40}?(?:\d|:\s*$)[^\n]{0,40}$", "byline"),
        (r"\bnewsletter\b[^\n]{0,80}\b(?:abonn\w*|anmeld\w*|inscri\w*|suscr\w*|iscri\w*|sign up|subscribe)|"
         r"^\s*(?:sign up|subscribe) (?:to|for) [^\n]{0,120}$", "newsletter box"),
        (r"\baffiliate[- ]links?\b|\bwe may (?:earn|receive) (?:a )?(?:commission|compensation)\b|"
         r"^\s*this (?:post|article) contains (?:affiliate links|references to products)", "advertising notice"),
        # Markdown shows no HTML comment; one holds notes to editors and tools (consistency: ignore ...).
        (r"^\s*<!--(?:(?!-->).){0,2000}-->\s*$", "HTML comment"),
    )
)

# Words one of which a line must hold, lower-cased, for the pattern of LINE_PATTERNS with that
# reason and number to match it (patterns without an anchor search the whole line, and a news line
# holds none of these words: a substring test is several times quicker than the search). Only ASCII
# lines are screened: lower() and the patterns' IGNORECASE fold a few other letters differently.
_NEEDS: dict[str, tuple[str, ...]] = {  # the pattern's opening -> the words
    r"\benter (?:your|correct) email": ("email",),
    r"thank you for (?:sign": ("thank you for", "confirmation email"),
    r"your email address will": ("email address will not", "required fields"),
    r"^[^\n]{0,150}\b(?:all rights reserved": ("reserv", "vorbehalten", "riservati", "zastrze"),
    r"\bdownload (?:the|our) ": ("download",),
    r"^[^\n]{0,80}\bsign(?:ing)? up\b": ("sign",),
    r"\bnewsletter\b[^\n]{0,80}": ("newsletter", "sign up", "subscribe"),
    r"\baffiliate[- ]links?\b": ("affiliate", "we may", "contains"),
}


def _needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    found = [needs for opening, needs in _NEEDS.items() if pattern.pattern.startswith(opening)]
    return found[0] if found else ()


_SCREENED = tuple((pattern, reason, _needs(pattern)) for pattern, reason in LINE_PATTERNS)
# The unscreened patterns anchored at the line's start, as one: a line none of them opens (nearly every
# line of news) is then tried against the rest alone (unanchored or screened), in their order, and gets
# the reason the whole list in order would give. One match at the line's start in place of 25 searches.
_OPENING = tuple(screened for screened in _SCREENED if screened[0].pattern.startswith("^") and not screened[2])
_ANY_OPENING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _OPENING), re.IGNORECASE)
_REST = tuple(screened for screened in _SCREENED if screened not in _OPENING)
# Each of _APPEAL_WORDS' words holds one of these: an ASCII line with none of them (lower-cased) has none.
_APPEAL_NEEDS = ("member", "reader", "supporter", "donat", "contribution", "subscri", "newsletter",
                 "mission", "journalism", "reporting", "community")
if sum(1 for *_, needs in _SCREENED if needs) != len(_NEEDS):  # an edited pattern must not lose its screen silently
    raise AssertionError("clean._NEEDS names a pattern that LINE_PATTERNS no longer opens with")

# A heading after which the rest of the page is a feed of other stories.
TAIL_MARKERS = re.compile(
    r"^\s*(?:news feed|more news|latest news|latest stories|related (?:news|articles|stories)|"
    r"you (?:may|might) also like|read next|top stories)\s*$",
    re.IGNORECASE,
)

# Words of a publisher asking readers for money or sign-ups.
_APPEAL_WORDS = re.compile(
    r"\b(?:members?|membership|readers?|supporters?|donat\w*|contribution|subscri\w*|newsletter|"
    r"fund (?:our|the) (?:mission|journalism|reporting)|our (?:mission|journalism|reporting|community))\b",
    re.IGNORECASE,
)
# One appeal word is not enough in a news line ("members of parliament"); with a plea it is.
_PLEA = re.compile(
    r"\b(?:help us|join us|funded by (?:our|its) readers|support (?:us|our)|become a|thanks to (?:readers|you|our))\b",
    re.IGNORECASE,
)
APPEAL_MAX_CHARS = 400  # publishers' pleas are a few sentences at most
# A line that reports what a third party says or counts is the story's ("The operators' alliance, citing its
# members' accounts, says subscribers ..."): a publisher pleading for itself quotes nobody.
_REPORTED = re.compile(r"\b(?:says|said|citing|cited|according to|told)\b", re.IGNORECASE)
_TRUNCATED = re.compile(r"(?:…|\.\.\.)\s*$")
# A live report's entry opens with its clock time ("21:08 The jury ..."): one trailing off in suspense is the story
# told as it happens, not a teaser for another.
_LIVE_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\b")


def clean_article(article: Article) -> CleanText:
    """``clean_text`` of an article's body, knowing whether a main-text extractor already read it."""
    return clean_text(article.body, extracted=dict(article.provenance).get("body", "").startswith("trafilatura"))


def clean_text(body: str, *, extracted: bool = False) -> CleanText:
    """Blank the boilerplate of ``body``; return the blanked text and what was removed.

    ``extracted`` says the body is a main-text extractor's output (a web page through trafilatura):
    teaser cards are gone from it by the page's structure, and a paragraph that ends in an ellipsis
    there is the story's own (on trafilatura's evaluation pages the teaser rule removed 19 wanted
    passages and no unwanted one), so only the line rules run.
    """
    lines = list(_lines(body))
    drop: dict[int, str] = {}
    for index, (start, end) in enumerate(lines):
        line = body[start:end]
        if not line.strip():
            continue
        if TAIL_MARKERS.match(line) and _content_before(body, lines, index) >= 400:
            for later in range(index, len(lines)):
                drop[later] = "news feed"
            break
        reason = _line_reason(line)
        if reason:
            drop[index] = reason
    if not extracted:
        _drop_teasers(body, lines, drop)
    if not drop:
        # Most articles lose nothing: the body itself, not a copy rebuilt from its characters (a worker
        # then also pickles one string for the body and the cleaned text, not two).
        return CleanText(body, ())
    removed: list[Removal] = []
    chars = list(body)
    for index in sorted(drop):
        start, end = lines[index]
        if start == end or not body[start:end].strip():
            continue
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
        if removed and removed[-1].reason == drop[index] and not body[removed[-1].end : start].strip():
            removed[-1] = Removal(removed[-1].start, end, drop[index])
        else:
            removed.append(Removal(start, end, drop[index]))
    return CleanText("".join(chars), tuple(removed))


def _lines(body: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\n", body):
        yield start, match.start()
        start = match.end()
    yield start, len(body)


def _line_reason(line: str) -> str | None:
    lowered = line.lower() if line.isascii() else None
    for pattern, reason, needs in _SCREENED if _ANY_OPENING.match(line) else _REST:
        if needs and lowered is not None and not any(need in lowered for need in needs):
            continue
        if pattern.search(line):
            return reason
    if len(line) > APPEAL_MAX_CHARS:
        return None  # a long paragraph with "donation" and "supporters" is news about them, not a plea
    if lowered is not None and not any(need in lowered for need in _APPEAL_NEEDS):
        return None
    # Distinct words: "Members of parliament voted ... Seven members abstained" names one kind of member twice.
    appeals = len({word.lower().rstrip("s") for word in _APPEAL_WORDS.findall(line)})
    if (appeals >= 2 or (appeals and _PLEA.search(line))) and not _REPORTED.search(line):
        return "membership appeal"
    return None


def _content_before(body: str, lines: list[tuple[int, int]], index: int) -> int:
    return sum(end - start for start, end in lines[:index] if body[start:end].strip())


def _drop_teasers(body: str, lines: list[tuple[int, int]], drop: dict[int, str]) -> None:
    """A promoted story is a short headline line followed by a summary cut off with an ellipsis."""
    for index, (start, end) in enumerate(lines):
        line = body[start:end].strip()
        if index in drop or not line or not _TRUNCATED.search(line) or len(line) < 60 or _LIVE_ENTRY.match(line):
            continue
        drop[index] = "promoted story"
        previous = index - 1
        while previous >= 0 and not body[lines[previous][0] : lines[previous][1]].strip():
            previous -= 1
        if previous >= 0 and previous not in drop:
            headline = body[lines[previous][0] : lines[previous][1]].strip()
            if len(headline) <= 120 and not headline.endswith("."):
                drop[previous] = "promoted story"
