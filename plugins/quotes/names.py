"""Names in an article, for the quotes stage: whether a mention names a speaker more fully, and the
given names that stand before a family name."""

from __future__ import annotations

from .text import word_start

TOKEN_STRIP = '.,،:;!?؟()[]"“”«»'
_PLACE_WORDS = {"في", "من", "عن", "ب", "على", "علي", "الي", "لدى", "باسم"}
_POSTS_HELD_IN = {"في", "لدى", "لدي"}  # السفير الروسي في الأمم المتحدة، المندوب الدائم لدى …
DEFINITE = ("ال", "بال", "لل", "وال", "فال", "كال")  # a definite word, bare or after a preposition
_RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"}
# the words that link a name to a parent's or a child's (folded): after them a word is a name, even
# one that is a verb elsewhere (أبو طالب، بن علي)
KINSHIP = {"بن", "بنت", "ابن", "ابو", "ابي", "ابا", "ام"}
# the adjectives of a time (folded): a verb follows them, not a given name
_WHEN = {
    "الماضي",
    "الماضيه",
    "المقبل",
    "المقبله",
    "الحالي",
    "الحاليه",
    "الجاري",
    "الاخير",
    "الاخيره",
    "المنصرم",
}
# one or some of a group, before the group and whose it is (folded): "احد مويدي ترامب" is not Trump
_ONE_OF = {"احد", "احدي", "بعض", "ابرز"}


def same_one(mention: str, speaker: str) -> bool:
    """Whether ``mention`` may name ``speaker`` more fully: not when the words they share follow a
    place or office word ("مسؤول في البيت الأبيض", "المتحدث باسم البيت الأبيض" are not البيت الأبيض),
    nor, when the speaker has words of its own, when they end the place of a post ("المندوب الفرنسي
    في الأمم المتحدة" is not "ممثل الولايات المتحدة"; "سفير إيران في موسكو مهدي سنائي" is سنائي), nor
    when they are whose group the mention is one of ("نيوت غينغريتش أحد مؤيدي ترامب" is not ترامب)."""
    mention_words, speaker_words = mention.split(), speaker.split()
    shared = shared_ending(mention_words, speaker_words)
    if len(mention_words) == shared:
        return True
    before = mention_words[-1 - shared]
    two_before = mention_words[-2 - shared] if len(mention_words) > shared + 1 else ""
    if before in _PLACE_WORDS and not (before == "علي" and two_before in KINSHIP):
        return False  # "بن علي الموسى": علي folds as على, but after بن it is a name
    if two_before in _ONE_OF:
        return False
    return shared == len(speaker_words) or _POSTS_HELD_IN.isdisjoint(mention_words[:-shared])


def shared_ending(first: list[str], second: list[str]) -> int:
    """How many last words two names have in common: 2 for "مايك بومبيو" and "الوزير مايك بومبيو"."""
    shared = 0
    while shared < min(len(first), len(second)) and first[-1 - shared] == second[-1 - shared]:
        shared += 1
    return shared


def same_title(word: str, title: str) -> bool:
    """Whether ``word`` is ``title`` (مستشار) or it with one letter more (a feminine or a plural
    ending): not a longer word that begins with it (بيانات is not بيان)."""
    return word.startswith(title) and len(word) - len(title) <= 1


def given_names(text: str, name: str, verbs: set[str]) -> set[str]:
    """The words that stand right before ``name`` after a title or a speech verb, anywhere in the
    text: the given names of "الرئيس الروسي فلاديمير بوتين", "… الأمريكي إميلي هورن" and "وقال جون
    بولتون" (C-level scans). A verb or a noun before a name ("وأعلن بوتين", "… المنطقة. اعتقل داميان",
    "منتقدي أردوغان") stands after neither, and a speech verb is never a given name."""
    found: set[str] = set()
    index = text.find(name)
    while index > 0:
        end = index + len(name)
        if text[index - 1] == " " and (end == len(text) or not text[end].isalpha()):
            start = word_start(text, index - 1)
            previous = text[start : index - 1].strip(TOKEN_STRIP)
            if previous and previous not in verbs and start > 1 and text[start - 1] == " ":
                before_start = word_start(text, start - 1)
                if names_follow(text[before_start : start - 1], previous, verbs, name.startswith("ال")):
                    found.add(previous)
        index = text.find(name, end)
    return found


def names_follow(before: str, word: str, verbs: set[str], definite_name: bool) -> bool:
    """Whether ``word``, standing after ``before``, may be a given name: after a title (a definite
    word), a speech verb, بن/أبو, or an apposition's comma ("…، محمد علوش"), though a word that
    starts with و ف ب ل after a comma begins a new clause ("…، لكنه كان"). Before a definite name
    the comma is not enough: "في النهاية، اتفق القادة" is a clause, not "اتفق" of القادة."""
    if before.endswith(("،", ",")):
        if word[0] in "وفبل" or definite_name:
            return False
        before = before[:-1]
    title = (
        before.startswith(DEFINITE)
        and before[-1:] not in TOKEN_STRIP
        and before not in _RELATIVES  # not "التي أنجزتها الوزارة": a relative pronoun is followed by a verb
        and before not in _WHEN  # not "وفي الخريف الماضي، قوض ترامب": a time, then the verb
    )
    return title or before in verbs or before in KINSHIP
