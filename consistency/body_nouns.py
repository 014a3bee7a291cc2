"""The nouns one body goes by, and the roles bodies of many kinds speak through (``rules/vocabulary/bodies.yaml``).

One outlet quotes "the trust's chief executive", another credits the same words to "the charity": a trust may be a
charity, so the two are one voice. The kinds of body and their people's roles are in ``consistency.roles``; this
module reads what a report may write for one body under another kind's noun, and the roles shared across kinds.
Attribution checks ask it for every pair of role words, so the file is read once per vocabulary folder.
"""

from __future__ import annotations

import functools
from pathlib import Path

from consistency.errors import RuleError
from consistency.vocabulary import active, is_word_list, vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

BODIES_FILE = "bodies.yaml"
_BODIES_KEYS = ("one_body", "headed_alike", "post_words")
_HEADED_KEYS = ("bodies", "roles")

Bodies = tuple[tuple[frozenset[str], ...], tuple[frozenset[str], frozenset[str]], frozenset[str]]


def one_body(a: str, b: str) -> bool:
    """Whether two nouns of bodies may name one body ("trust" and "charity", "base" and "station"): the
    same noun, or two nouns of one group of the vocabulary's ``one_body``."""
    a, b = a.lower(), b.lower()
    return a == b or any(a in group and b in group for group in _bodies(active())[0])


def post_words() -> frozenset[str]:
    """Words that only grade or qualify a post ("deputy", "acting", "artistic"): beside a head role they place
    its holder in no other body than the one her report names."""
    return _bodies(active())[2]


def headed_alike(bodies: frozenset[str]) -> frozenset[str]:
    """The roles a body of these nouns speaks through beyond its kind's own (a hospital's chief executive)."""
    listed, roles = _bodies(active())[1]
    return roles if bodies & listed else frozenset()


@functools.lru_cache(maxsize=8)
def _bodies(folder: str | None) -> Bodies:
    """The vocabulary of the active ``folder`` (its own file, else the shipped one): resolved once per folder, as
    a file lookup per noun pair would cost more than the check itself."""
    return load_bodies(str(vocabulary_file(BODIES_FILE)))


@functools.lru_cache(maxsize=4)
def load_bodies(path: str) -> Bodies:
    """The groups of ``one_body``, the nouns and roles of ``headed_alike`` and the ``post_words``; nothing for a
    missing file."""
    file = Path(path)
    if not file.is_file():
        return (), (frozenset(), frozenset()), frozenset()
    node = compose_file(file, "vocabulary file")
    if node is None:
        return (), (frozenset(), frozenset()), frozenset()
    fields = mapping(path, node, "a body vocabulary")
    reject_unknown(path, fields, _BODIES_KEYS, "the body vocabulary")
    groups: list[frozenset[str]] = []
    if "one_body" in fields:
        key_node, value_node = fields["one_body"]
        value = value_of(path, value_node)
        if not isinstance(value, list) or not all(is_word_list(g) for g in value):
            raise RuleError(path, "one_body needs a list of lists of nouns", line_of(key_node))
        groups = [frozenset(w.lower() for w in g) for g in value]
    listed: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    if "headed_alike" in fields:
        key_node, value_node = fields["headed_alike"]
        headed = mapping(path, value_node, "headed_alike")
        reject_unknown(path, headed, _HEADED_KEYS, "headed_alike")
        lists = {k: value_of(path, headed[k][1]) if k in headed else [] for k in _HEADED_KEYS}
        if not all(is_word_list(v) for v in lists.values()):
            raise RuleError(path, "headed_alike: bodies and roles need lists of words", line_of(key_node))
        listed = frozenset(w.lower() for w in lists["bodies"])
        roles = frozenset(w.lower() for w in lists["roles"])
    posts: frozenset[str] = frozenset()
    if "post_words" in fields:
        key_node, value_node = fields["post_words"]
        value = value_of(path, value_node)
        if not is_word_list(value):
            raise RuleError(path, "post_words needs a list of words", line_of(key_node))
        posts = frozenset(w.lower() for w in value)
    return tuple(groups), (listed, roles), posts
