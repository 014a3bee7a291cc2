"""Whose words a relayed quotation carries: the speaker a second person passed them on from.

"The union's leader said the rector had told staff", "said a campaigner, quoting the mayor back at
him": the words are the rector's and the mayor's, and the union leader or the campaigner is only the
channel. Another outlet crediting the same words to the rector by name credits the same speaker,
through no relay, so the two are one source, not one quotation in two mouths. The extractor keeps
such a relay as the credit's chain (the cited source first, the origin last); here the origin is
matched to the other outlet's person by name, or by a role the reports give that person.
"""

from __future__ import annotations

from collections.abc import Sequence

from consistency.roles import holds_role, plain_words
from consistency.values import by_surname, source_key, untitled_key


def relayed_from(chain: Sequence[str], person: str, roles: frozenset[str]) -> bool:
    """Whether a link of ``chain`` past the cited source (a speaker whose words that source relays) is
    ``person``: the same name, the name by its surname, or a role (``"the council leader"``) among
    ``roles``, the role words the reports write beside that person. A role matches only a person the
    reports give that very role: a relay naming someone else leaves the two credits apart."""
    person_key = untitled_key(source_key(person))
    for link in chain[1:]:
        key = untitled_key(source_key(link))
        if not key:
            continue
        if key == person_key or by_surname(key, person_key):
            return True
        if roles and plain_words(link) and holds_role(link, roles):
            return True
    return False
