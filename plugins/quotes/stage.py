"""The quotes stage: who said what, in direct and indirect speech.

Works paragraph by paragraph on the body, over the ``search``-folded text (quotation marks are
untouched by it), and reports raw offsets through the normalizer's offset map.

- **Direct quotes** are the text between quotation marks of any style (“ ” « » " „ ‘ ’), paired
  left to right within a paragraph, so a closing mark used as an opener still pairs; a mark left
  open runs to the end of its paragraph. A short quoted phrase after a naming word (لوكالة
  "سبوتنيك") or a source phrase (وفقا لـ"فرانس برس"), with a digit (طائرات «إف 16»), or in a
  sentence with no speech verb is a name, a title or a figure, not a quote, and so is one right
  before a verb that names nobody after it («المرصد السوري» أعلن أمس أن: its subject).
- **Unquoted direct speech** is what follows a verb of saying and a colon without quotation marks
  (وقال هنية: كانت زيارة ناجحة; a quoted name may stand between: عبر حسابه في “تويتر”:), up to the
  next quotation, the sentence of the next speech verb
  or the paragraph's end: ``unquoted``.
- **Indirect speech** is a speech verb followed by إن/أن, or a source phrase followed by فإن
  (ووفقا للناطق … فإن), and the reported clause, up to the end of the sentence, the next direct
  quote or the next speech verb after a comma (…، مضيفا أن) or after في حين/بينما; quoted words in
  it that are not speech (نتج عنه «استشهاد») are part of it. Not when إلى and a noun phrase follow
  the verb or its subject (وتشير المصادر إلى سيطرة …، ويتوقع مراقبون أن: that أن is another
  verb's); such a verb still names its subject for a later cue. A present speech verb after أن/لن
  (عليه أن يقول) says what is to be said, not what was, unless يود or قبل/بعد come before أن.
- **Speakers**: the noun phrase after the speech verb or source phrase (وفقا لـ، بحسب) before the
  quote — after a relaying verb, the one relayed (نقلت تقارير عن متحدث … قوله، نقلت الوكالة تأكيد
  المتحدث …), and the verb's subject when a source phrase follows it (وأوضح نصرالله وفقا لما نقلته
  الوكالة: «…»; not نقلا عن or على لسان, which name the one who spoke) — or the subject
  before the verb (ريتشارد هارت … يعتبر أن، أما X فقال، يذكر أن X أعلن), or after the quote
  (“…”، قال المسؤول);
  otherwise the most recent speaker whose gender agrees with the verb (وأضاف / وأضافت), as for a
  quote continued from the paragraph before; a participle (مضيفا) never takes the words after it.
  A speaker named by قال with no quote of their own is remembered for the next pronoun cue, and a
  feminine participle (مضيفة) goes on with a feminine speaker. A participle whose sentence names
  nobody who spoke goes on with the title or institution its sentence (or a later clause in it)
  opens with after a verb, or with the one a speech verb in it names before a comma; a statement
  relayed from a pronoun (ونقل التلفزيون عنه قوله) is the last speaker's. After من جهته a
  description is speaker enough (الحكم الدولي، الأزهر); a pronoun cue opening a sentence with
  nobody named before takes the title or institution (or the one after أما) the sentence before
  opens with, when number and gender agree and that sentence does not relay. A negated cue (لم تؤكد
  إن), the impersonal يذكر أن, a verbal noun after تم, أن after بيد/غير/إلا and an أن inside what
  follows a colon (وقال: نريد أن) report nothing; two verbs before one أن report it once. علي, which the
  folding makes one with على, is a name where the article writes it so. ``canonical`` is the
  fullest form of the name in the article (هورن → إميلي هورن; a given name only where it follows a
  title, a speech verb or بن, so that a verb before the name, أعلن بوتين، is never taken for one;
  a full name only by a longer mention that ends with it, of the same type; a generic title by
  the first mention that opens with its words and is not another one: مصدر قضائي ثان).
- **Where a name ends**: at a stop word, a colon, a speech verb, ب and a speech noun (بخطابه), a
  manner of saying (معلقا، ردا، مرارا، بشكل، بقوة) or any word written with the accusative's tanween
  (ووقوفًا، حاليًا: right after the verb it names nobody), a time (العام الماضي، ليل الاثنين), a
  lone بـ, وهو, a word with its pronoun (حينها، واسمها), a comma after a person's name when the
  verb's object or a time follows it (…أردوغان، العقوبات الأمريكية; …، 38 عاما; not a description;
  once a post and a name are given, anything that describes neither: …بختيار دوغان، قصف الطائرات), a
  quotation mark that does not enclose a short quoted name (a longer quotation right after the cue
  is what was said), or at twelve words when none of these comes by the sixteenth; في goes on with
  where a post is held when nobody is named yet (السفيرة الأمريكية في الأمم المتحدة سامانثا باور;
  not في كلمته، في ذلك الوقت), and لدى after an envoy's and من after a number (عدد من مؤيدي الأسد)
  go on, as does إلى after an envoy's (المبعوث الأممي إلى اليمن; not before a person's title); a
  word written with ة and its pronoun before a preposition right after the verb is its object (وأكد
  رغبته في), and so is a definite word after a definite one that is no adjective of it after وصف
  (ووصفت السفارة الروسية الأمر بأنه), as is a word with its pronoun after a description's comma (…،
  عضو مجلس الإدارة في فيسبوك، استقالته); a لل word goes on after a title (المتحدث العسكري للجيش) or
  an institution (مركز الملك سلمان للإغاثة) and is the one spoken to after a name (ماكرون
  للصحافيين).
- **Statements**: a cue with فيه/فيها (بيانا قال فيه، تغريدة جاء فيها; جاء and ورد are cues only
  so) reports the statement before it, given by
  the subject of the verb that issued it (وأصدر مجلس النادي بيانا) or the one named after it
  (البيان الذي أصدره X).

Everything is found on one pass over the document first — cues, quotation marks, sentence ends and
every إن/أن — and looked up by position (bisection) for each paragraph and quote. Positions and
quotation marks are read with the helpers of ``text.py``; names are compared and completed with
those of ``names.py``; the words the rules name are in ``lexicon.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any

from khabar import Document
from khabar.arabic import distinct_words, occurrences, words_pattern

from .names import DEFINITE, KINSHIP, TOKEN_STRIP, given_names, same_one, same_title, shared_ending
from .text import (
    QUOTE_MARKS,
    Matches,
    first_within,
    heads,
    in_lists,
    pair_marks,
    short_name,
    word_before,
)

_THAT_CORE = re.compile(r"ان(?:ه|ها|هم|هما)?(?![^\W\d_])")  # a literal start: scanned for at C speed


@dataclass(slots=True)
class Speaker:
    text: str
    start: int  # folded offsets
    end: int
    feminine: bool | None = None
    plural: bool = False  # named with a plural verb ("هناك آخرون يقولون"): no singular pronoun's
    refers_to: Speaker | None = None  # the person a bare title stands for


# the words of a speaker's name, and commas (؛, folded to ;, is one too: "لاحم الناصر؛ المستشار المصرفي")
_NAME_TOKEN = re.compile(r"[^\s:،,;\"“”«»]+|[،,;]")
_COMMAS = ("،", ",", ";")
_COMMA_SPLIT = re.compile(r"\s*[،,;]\s*")
_ARABIC_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_DIGIT = re.compile(r"\d")  # any script's digits
_OFFICES = {"الصحفيه", "الصحفي", "الاعلامي", "الاعلاميه", "الرسمي", "الرسميه", "باسم"}
_NEGATIONS = {"لم", "لا", "لن", "ولم", "ولا", "ولن"}  # not ما: "ما قالت إنه" is "what she said"
_NOT_REPORTING = {  # words after which أن means "to": من الممكن أن، يجب أن، قبل أن
    "الممكن",
    "يمكن",
    "يجب",
    "ينبغي",
    "بعد",
    "قبل",
    "دون",
    "بدون",
    "لابد",
    "يريد",
    "تريد",
    "يستطيع",
    "تستطيع",
    "يحاول",
    "تحاول",
    "حاول",
    "اريد",  # the same verbs in the first person: "هذا أقصى ما أستطيع أن أقدمه"
    "نريد",
    "استطيع",
    "نستطيع",
    "احاول",
    "نحاول",
    "المقرر",
    "المتوقع",
    "المفترض",
    "اجل",
    "بامكان",
    "يحق",
}
_CONNECTIVES = {  # words that make أن a conjunction of their own: بيد أن، غير أن، إلا أن (however),
    # بل إن (what is more), إذ إن، حيث إن (since)
    "بل",
    "اذ",
    "حيث",
    "بيد",
    "غير",
    "الا",
    "رغم",
    "برغم",
    "بالرغم",
    "بما",
    "لو",
    "كما",  # كما أن (moreover): "…، كما أن هذا الأمر يدعونا" (not "كما أكد أن", كما before the verb)
    "وكما",
}
_PASSIVE = {"تم", "يتم", "سيتم", "تمت"}  # "تم نقل الشهيد": a verbal noun, not a speech verb
_NOTHING_SAID = _NEGATIONS | _PASSIVE | {"عدم"}  # before a cue: "لم تؤكد إن", "وتم نقل … بيد أن"، "عدم ذكر"
_NOT_THAT = _NOT_REPORTING | _CONNECTIVES  # before أن: it is not the reported clause's
# before a verb that shows: "وهو ما يشير إلى أن"، "مما يؤكد أن"، "وهذا يؤكد أن" (a fact, nobody speaks)
_WHAT = {"ما", "مما", "هذا", "وهذا", "هذه", "وهذه", "ذلك", "وذلك"}
_FACTS = _WHAT - {"ذلك", "وذلك"}  # a fact that shows, whatever follows: not ذلك ("مقابل ذلك يشير …")
_ON_IT = re.compile(r"\s+علي(?:ه|ها)(?![^\W\d_])")
_SHOWING = {"يشير", "تشير", "يوكد", "توكد", "يفيد", "تفيد", "يوضح", "توضح", "يبين", "تبين"}  # folded
_TO = {"ان", "لن", "كي", "لكي"}  # before a present verb: "عليه أن يقول", "لن يقول" (to say, will not say)
# what a relaying verb relays, before whose it is: "نقلت الوكالة تأكيد X"، "تصريحات لسفير …" (folded)
_RELAYED_NOUNS = r"تاكيدات|تاكيد|تصريحات|تصريح|قول|نفي|حديث|كلام"
_RELAYED_SPEECH = re.compile(rf"(?<![^\W\d_])(?:{_RELAYED_NOUNS})(?![^\W\d_])(?:\s+ل(?=[^\W\d_]))?\s*")
# and right before the one relayed, or عن: "عن X"، "حديث X"، "تصريحات لX"
_RELAYED_FROM = re.compile(rf"(?<![^\W\d_])(?:عن|{_RELAYED_NOUNS})\s+ل?$")
# فإن، folded, and فهو، فهذا (then it is, then this): what a source phrase's name ends at
_SO_THAT = {"فان", "فانه", "فانها", "فانهم", "فهو", "فهي", "فهم", "فهما", "فهذا", "فهذه"}
_WHILE_WORDS = r"في\s+حين|بينما|فيما"  # while, whereas
_WHILE = re.compile(rf"(?<![^\W\d_])(?:{_WHILE_WORDS})\s+$")  # right before a speech verb
# after these, أن and a present verb tell what was said: "قبل أن يطالب بـ…" (before he demanded),
# "وتود الجامعة أن توضح أن …" (the university would like to make clear), "سوى أن يعلن «…»"
_STATING = {"قبل", "بعد", "منذ", "يود", "تود", "نود", "اود", "سوي"}
# between a speech verb and a source phrase that relays it: its subject, in up to six words, with
# no quotation, colon or إن/أن of its own
# source phrases that name the one who spoke, not who reported it (folded): "نقلا عن"، "على لسان"،
# "ونقلت الوكالة ما قاله جيف كوفلين: «…»"
_WHOSE_WORDS = ("نقل", "علي لسان", "ما قال", "مما قال")
_WHAT_SAID = ("ما قال", "مما قال")  # "ما قاله X": what X said, before it is given
# after "ما قاله X", what it is (هو، هي) or what it is called: "وكان الدليل على ما قاله النعيمي هذه
# المرة هو ورقة … عنوانها «…»" gives no words of his
_MARK_OR_SENTENCE_END = re.compile(rf"[{QUOTE_MARKS}.!?؟\n]")
_WHAT_IT_IS = re.compile(r"(?<![^\W\d_])(?:هو|هي|عنوانه|عنوانها|بعنوان)(?![^\W\d_])")
# up to six words between a verb and the source that relays it, set off by commas, dashes or a bracket:
# "وقالت الخارجية الأميركية في بيان -بحسب وكالة الأنباء الفرنسية-"
_RELAYED_BY = re.compile(r"[\s،,\-–—(]*(?:[^\s،,:\"“”«»\-–—(]+[\s،,\-–—(]+){0,6}")
# "it is noted that" opening a sentence, before the subject of its verb (folded): يذكر أن، يشار إلى أن،
# الجدير بالذكر أن
_NOTED_THAT = re.compile(
    r"\s*(?:و?يذكر|و?يشار\s+الي|(?:و|ومن\s+)?الجدير\s+بالذكر|يجدر\s+الاشاره\s+الي)\s+ان\s+"
)
_ANOTHER = {"اخر", "اخري", "ثان", "ثاني", "ثانيه", "ثالث", "اخرون", "اخرين"}  # folded: another one
# after a name and a comma, a clause of its own begins with one of these, not an apposition; not
# stop words, as a name may hold them (ليو هي، هو جينتاو)
_PRONOUNS = {"هو", "هي", "هم", "هما", "وهو", "وهي", "وهم"}
# words that open a description after a name and a comma, besides titles and the forms of
# participles and فاعل (see QuotesStage._apposition): folded
_DESCRIPTIONS = {"احد", "احدي", "خبير", "خبيره", "استاذ", "استاذه", "اختصاصي", "استشاري", "عضو", "عضوه"}
# أن (فإن، بأنه …) or a colon ahead in the sentence: what a cue that may be another word needs
_THAT_AHEAD = re.compile(r"[^.\n]{0,120}?(?:(?<![^\W\d_])[فب]?ان(?:ه|ها|هم)?(?![^\W\d_])|:)")
_BETWEEN = {"بين"}  # بيّن (explained) folds to بين (between): a cue only with و/ف opening a clause
_CONSIDERS = {"يعتبر", "تعتبر"}  # "considers that", or "is considered" (يُعتبر) before a predicate
_IMPERSONAL = {"يذكر"}  # "يذكر أن" is "it is worth noting", not "he mentions"
# a participle or an adverb in the accusative (مخاطبا، معلقا، مستفسرا، مرارا): how something was said,
# not a name (a second letter ا، و or ي is most often a foreign name's: ماريا، ميستورا، مورلا)
# (of seven letters or more only مست، مت، من: مستدركا، متسائلا، منفعلا; not مهروترا)
_ADVERBIAL = re.compile(r"م[^\Wاوي\d_][^\W\d_]{2,3}ا|م(?:ست|ت|ن)[^\W\d_]{3,}ا")
# أكدت موسكو عدم صحة …; not a speaker's anonymity (تحدث شريطة عدم الكشف عن هويته، طلب عدم ذكر اسمه)
_NEGATED_MASDAR = re.compile(r"(?<![^\W\d_])عدم(?![^\W\d_])(?!\s+(?:الكشف|ذكر|نشر|الافصاح)(?![^\W\d_]))")
# a source's withholding of its name, to the end of it (folded): "لم يذكر اسمه"، "طلب عدم ذكر اسمه"،
# "طلب التكتم على هويته"، "رافضة كشف اسمها"، "تحدث شريطة عدم الكشف عن هويته"
_ANONYMITY = re.compile(
    r"(?:و?لم\s+|(?:عدم|طلب|طلبت|طلبوا|رفض|رفضت|رفضوا|فضل|فضلت|فضلوا|تحدث|تحدثت|تحدثوا|طالبا|طالبه|رافضا"
    r"|رافضه|مفضلا|مفضله|شريطه|بشرط)\s+)(?:[^\s،,:.\"“”«»]+\s+){0,4}?(?:اسم|هوي)[^\s،,:.\"“”«»]*?"
    r"(?:ه|ها|هم|هما)(?![^\W\d_])"
)
# a blessing set off after a name or a pronoun's verb (folded): "ابن القيم رحمه الله"، "كتب - رحمه الله -"،
# "سموه -حفظه الله-"، "قال صلى الله عليه وسلم"; with the marks that set it off
_BLESSING = re.compile(
    r"[-–—(]*\s*(?:(?P<prophet>صلي\s+الله\s+عليه\s+وسلم)|(?P<verb>(?:ي?(?:رحم|حفظ|رعا|ايد)|رضي\s+الله\s+عن)"
    r"(?:ه|ها|هم|هما))(?:\s+الله)?|عليه\s+السلام)(?![^\W\d_])"
)
_MASDAR_HEADS = {"مبدا", "بسبب", "سبب", "حال", "حاله", "شريطه", "بشرط", "شرط"}  # folded; X عدم …
_WAS = re.compile(r"(?<![^\W\d_])و?كان(?:ت)?\s+")
# لـ«عكاظ»، لـCNN; and in the reversed marks of machine-set pages: لـ”عين اليوم”
_ADDRESSEE = re.compile(r"\s*لـ?\s*(?:[«\"“”(][^«»\"“”)\n]{1,40}[»\"”“)]|[A-Za-z]+)\s*")
# what the cue is about, before its subject: "ويجيب عن هذا السؤال قسم التثقيف الصحي:"، "أجاب عن هذه
# التساؤلات خبير الطقس"
_ABOUT_THIS = re.compile(
    r"\s*(?:عن|علي|حول)\s+(?:هذا|هذه|ذلك|تلك)(?:\s+ال[^\s،,:]+)?(?:\s+ايضا)?\s*[،,]?\s*(?=\S)"
)
_WHAT_VERB = re.compile(r"\s*ما\s+[^\s،,:]+\s+")  # after a source phrase: "ما نقلته", "ما ذكرت"
_COLON = re.compile(r"(?<!\d)\s*:\s*")  # not 10:30
# a colon and a quotation right after a quotation: "الباحث في "جامعة نورث إيسترن": "…"" names the speaker
_COLON_THEN_QUOTE = re.compile(rf"\s*:\s*[{QUOTE_MARKS}]")
# a word right after a quote that goes on with its clause as its verb: not و (and), not a preposition
# that goes on with what was said (إن "فرنسا عادت" إلى، إن "لا مشكلة" لدينا)
_CLAUSE_GOES_ON = re.compile(  # or a comma, then its verb in the present or the future: أن "جي ميل"، سيمنح
    r" *(?:[،,] *(?=[سيت][^\W\d_]{2,}))?(?!و|(?:الي|في|على|علي|من|عن|مع|لدي|لدينا)(?![^\W\d_]))[^\W\d_]"
)
_NAMED = re.compile(r"\s*[:،,]")  # "قال X:"، "قال X، خبير النوم، …": a name, then what was said
_SAY = {"قال", "قالت", "يقول", "تقول", "قالوا", "يقولون", "قالا"}  # the verb that is speech, whatever follows
_RELAYING = {"نقل", "نقلت", "ينقل", "تنقل"}
# the verbs that studies, figures and messages have as well as people (folded): "الدراسات تشير إلى
# أن"، "الرسائل تؤكد أن"، "تنظيم كأس العالم يعتبر": inside reported speech, no speaker of a quotation
_INDICATING = {
    *("اشار", "اشارت", "يشير", "تشير", "افاد", "افادت", "يفيد", "تفيد"),
    *("يوكد", "توكد", "يظهر", "تظهر", "يكشف", "تكشف", *_CONSIDERS),
}
# what a report is, whose it is after ل ("تقرير لوكالة بلومبيرغ"), folded
_DOCUMENTS = {"تقرير", "تقارير", "دراسه", "تحقيق", "مقال", "مقاله", "افتتاحيه", "تحليل"}
# a source after a demonstrative that may speak ("وأضاف هذا المصدر"، "وذكرت هذه التقارير"), folded
_SOURCE_NOUNS = {"مصدر", "مصادر", "دراسات", "بيان", "صحيفه", "وكاله", *_DOCUMENTS}
# a definite word next, an adjective (not إلى، الذي، التي, folded): "كمبريدج أناليتيكا البريطانية"
_DEFINITE_NEXT = re.compile(r" ال(?!ي(?![^\W\d_])|ذي|تي|ذين)[^\W\d_]{2,}")
_BEFORE_A_NOUN = {
    "علي",
    "في",
    "الي",
    "عن",
    "مع",
    "دون",
    "بدون",
    "ودون",
    "وبدون",
    "عدم",
}  # a word after one is no verb (folded): "على أكمل وجه"، "بدون ذكر اسمه"
_PREPOSITION_ENDINGS = tuple(f"{p} " for p in _BEFORE_A_NOUN)
# "وعلمت «الشرق الأوسط» من مصادر مطلعة أن": the outlet learned it from its sources, who speak
_ITS_SOURCES = re.compile(r"مصا?در(?:ها|ه)(?![^\W\d_])")
_LEARNED_FROM = re.compile(
    rf"\s*(?:[{QUOTE_MARKS}(][^{QUOTE_MARKS}()\n]{{1,40}}[{QUOTE_MARKS})]|[^\s،,]+)\s+من\s+"
)
# a relative clause set off by commas, an aside on the one named before it: "موقع المرصد السعودي، الذي
# أورد الخبر، عن"، "لكن الديمقراطيين، الذين يعارضون التعديلات، يقولون"
_ASIDE = r"\s*[،,]\s*(?:الذي|التي|الذين)\s[^،,:\n]+[،,]\s*"
# after a quoted outlet too, and after a relative aside on it: ونقلت "فرانس برس" عن، "ونقل موقع المرصد
# السعودي، الذي أورد الخبر، عن"
_FROM = re.compile(rf"[{QUOTE_MARKS}]?(?:{_ASIDE})?\s*عن\s+")
_AMMA = re.compile(r"اما\s+")  # "أما X فقال": as for X, he said
_BUT_WORDS = r"و?لكن|(?:الا|غير|بيد)\s+ان"  # but, however: لكن، إلا أن، غير أن، بيد أن
# although, after a comma: "…، مع أن الرئيس الإيراني حسن روحاني صرّح أن"، "رغم أن خطيبته تقول إنها"
_ALTHOUGH = re.compile(r"[،,]\s*(?:مع|ب?رغم)\s+ان\s")
_BUT = re.compile(rf"(?:{_BUT_WORDS}|كما|بل)\s+")  # "لكن مدراء الشركة قالوا", "إلا أن زنغنه أفاد"
# "…، لكن مسؤولين إيرانيين قالوا إن": but, however after a comma opens a clause with a subject of its own;
# لكن does without the comma ("… للتعليق على الأمر لكن المسؤول الحكومي قال إن")
_CONTRAST = re.compile(rf"[،,]\s*(?P<but>{_BUT_WORDS})\s|(?<![^\W\d_])(?P<bare>و?لكن)\s")
_TIME_NOUNS = {"العام", "الاسبوع", "الشهر", "الموسم", "اليوم"}
_TIMES = {  # between an issuing verb's subject and the statement: "وأصدرت الوزارة اليوم بيانا"
    *("يوم", "مساء", "صباح", "اليوم", "امس"),
    *("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"),
}
_ONCE = re.compile(r"\s+(?:مره|يوم|ليله|صباح|مساء)(?![^\W\d_])")  # after ذات: "ذات مرة"، "ذات يوم" (once)
_TIME_ADJECTIVE = re.compile(r"\s+(?:الماضي|الجاري|الحالي|المقبل|المنصرم)(?![^\W\d_])")
# years after a number: an age after a name, not part of it ("المعتمر نور الدين السوالمة 43 سنة")
_YEARS = r"(?:سنه|سنوات|عاما|عام)(?![^\W\d_])"
_YEARS_OLD = re.compile(rf"\s+{_YEARS}")
_AGE_IN_BRACKETS = re.compile(rf"\s*\(\s*\d+\s+{_YEARS}\s*\)")  # "مودريتش (32 عاما)"
# a part of the day before the day it is in: "ليل الاثنين"، "فجر الأحد"، "منتصف ليل" (not «فجر ليبيا»)
_PARTS_OF_DAY = {"ليل", "ليله", "فجر", "ظهر", "عصر", "منتصف"}
_DAY_AFTER = re.compile(rf"\s+{words_pattern(_TIMES | {'ليل', 'الليل', 'ليله', 'النهار'})}(?![^\W\d_])")
_LONE_PREPOSITIONS = {"ب", "ل", "ك"}  # بـ، لـ with the tatweel folded away: "وصف … بـ«…»"
_MANNER = {  # how it was said, folded: "بشكل عفوي", "فيقول بلغتنا الدارجة", "وقال بدوره"
    *("بشكل", "بصوره", "بلهجه", "بصوت", "بوضوح", "بشده", "بقوه", "بحزم", "بصراحه", "بسخريه", "ببساطه"),
    *("بدوره", "بدورها", "بنفسه", "بنفسها", "بلغتنا", "بلهجته", "بلهجتها", "بصوته", "بصوتها"),
    *("بجلاء", "بغضب", "بحسره", "بمراره", "بفخر", "باسف", "بثقه", "بحماس", "بتفاول", "بصرامه"),
    *("بامتعاض", "باستياء", "بدهشه", "باختصار", "بالتفصيل", "بهدوء", "بانفعال", "بمعني"),
    # "أجاب الحارس ضاحكا": participles of the first form, listed (their pattern is ماريا's too)
    *("ضاحكا", "ضاحكه", "ساخرا", "ساخره", "مازحا", "مازحه", "غاضبا", "غاضبه", "باكيا", "باكيه"),
    *("صارخا", "صارخه", "هاتفا", "هاتفه"),
}
# what opens a question, after a verb of asking (folded): "وتساءلت: هل …"، "تتساءل كيف ستحمي فرنسا …"
_QUESTIONS = {"هل", "وهل", "كيف", "لماذا", "ماذا", "متي", "اين"}  # not ألم, أليس: names too
# those who speak for someone named after them, never his given name (folded): "فريق تيلرسون"
# prepositions that the stop words leave out (بين is a speech verb too: "وبين الوزير أن"): "التوتر
# بين إسرائيل و#لبنان" gives no given name بين to إسرائيل
_NO_GIVEN_NAMES = {"بين", "وبين", "ضد", "نحو", "تجاه", "سوي", "غير", "لدي", "مثل", "ازاء"}
# led by, written by and the like, and particles with ب or ل (folded): "بقيادة غروس" is not his name
_NO_GIVEN_NAMES |= {
    "بقياده",
    "بزعامه",
    "برياسه",
    "باشراف",
    "بقلم",
    "ببساطه",
    "لازال",
    "لاتزال",
    "لنا",
    "لهذه",
}
_ASSOCIATES = {"فريق", "مكتب", "فرع", "حمله", "عايله", "اسره", "محامي", "محامو", "مساعدو", "انصار"}
# a relative of someone named after: "والد الشهيد"، "شقيقة الضحية" (folded: ة → ه)
_KIN = {"والد", "والده", "شقيق", "شقيقه", "ابن", "ابنه", "نجل", "نجله", "زوج", "زوجه", "ارمله", "جد", "عم"}
# nouns that begin with و (وزير and وزارة are in the lexicon): والد and the like, وفد، ولي (العهد)
_WAW_NOUNS = {w for w in _KIN if w[0] == "و"} | {"وفد", "ولي"}
_EXPRESSED = {"عبر", "وعبر"}
_AL_VERBS = {
    "التقي",
    "والتقي",
    "التقت",
    "والتقت",
    "القي",
    "والقي",
    "القت",
    "والقت",
}  # verbs that look definite: "والتقى المهندس …"، "وألقى السفير … كلمة"
_THEN_VERB = re.compile(r"\sف[^\W\d_]{2,}")  # the verb after أما X: "أما الباحث … فبين"
_THERE = re.compile(r"هناك\s+(?!من\s)")
# "لكن الديمقراطيين، الذين يعارضون التعديلات، يقولون": an aside on the subject, right before its verb
_RELATIVE_ASIDE = re.compile(rf"{_ASIDE}$")
_RELATIVE_ASIDE_AHEAD = re.compile(rf"(?:{_ASIDE})?\s*")  # the same after a name, if it comes
# a description between commas right before the verb: "موهانداس باي، صاحب المشاريع المحلي، يقول"
_APPOSITION_ASIDE = re.compile(r"\s*[،,]\s*(?P<first>[^\W\d_]+)[^،,:\n]*[،,]\s*$")
# who they are, right before the verb: "المدافعون عن حقوق المزارعين وهم من النقابيين يقولون"
_WHO_THEY_ARE = re.compile(r"\s*[،,]?\s+و(?:هم|هو|هي|هن)\s+من\s+[^،,:\n]+?[،,]?\s*$")
_PRONOUN_OPENING = re.compile(  # a clause that opens with a particle or a pronoun names nobody
    r"(?:فقد|وقد|هناك|حيث|بينما|اذ|اذا|ثم|انه|انها|انهم|لان|لانه|لانها|لانهم|ليس|لو|عندما|كلا|كلاهما)"
    r"(?![^\W\d_])|(?:و?لكن)\S"
)
# إليه، أفاد به، قال لي: a pronoun object or addressee after the verb, then its subject
_OBJECT_PRONOUNS = {
    "اليه",
    "اليها",
    "اليهم",
    "عليه",
    "عليها",
    "عليهم",
    "به",
    "بها",
    "بهم",
    "لي",
    "لنا",
    "له",
    "لها",
    "لهم",
}
# the verbs that point to something (إلى what), folded: أشار إلى «العقبات» gives a phrase of what was said
_POINTING_VERBS = {"اشار", "يشير", "اشارت", "تشير", "اشاروا", "مشيرا", "مشيره", "لفت", "يلفت", "لفتت"}
# a verb of warning or expressing and what it takes after the name: "حذرت المقررة … هلال إيلفر من أزمة
# غذائية"، "وأعرب الوزير عن قلقه" (folded)
_WARNING_VERBS = {"حذر": "من", "حذرت": "من", "يحذر": "من", "حذروا": "من", "اعرب": "عن", "اعربت": "عن"}
# a verb that names a speaker even with no quote of its own
_NAMING_CUES = _SAY | _POINTING_VERBS | set(_WARNING_VERBS)
# honorifics (folded), and who is spoken of by one with a pronoun, his or hers: "وقال فضيلته"، "وأوضح
# معاليه"، "وأكد سموه"، "قالت سموها" → the honorific
_HONORIFICS = ("فضيله", "سماحه", "جلاله", "سياده", "فخامه", "دوله", "سعاده", "حضره", "معالي", "سمو")
_HONORED = {
    (honorific[:-1] + "ت" if honorific.endswith("ه") else honorific) + pronoun: honorific
    for honorific in _HONORIFICS
    for pronoun in ("ه", "ها")
}
# where an honorific opens a name: "صاحب السمو الملكي الأمير …"، "معالي وزير الخارجية …" (folded)
_HONORIFIC_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:صاحب\s+)?(?:ال)?(?P<honorific>{words_pattern(_HONORIFICS)})(?![^\W\d_])"
)
_PREPOSITION_NEXT = re.compile(r"\s+(?:في|علي|الي|من|عن|مع|بال)")  # what a verb's object goes on with
_KNOWN_BY = {"ب", "باسم", "عليه", "عليها", "عليهم"}  # after a naming verb: "يعرف بـ«…»"، "أطلق عليها"
_PREPOSITIONS = {"عن", "ب", "علي", "الي", "من"}  # not في: في «الإيكونوميست» is a name
# the words after which a quoted institution is named, not quoted (folded): "العضوية في «مجلس …»"،
# "التابع لـ«الجيش السوري الحر»"، "يشغل عضوية «لجنة العلاقات الخارجية …»"، "من «إدارة الأغذية …»"
_BEFORE_AN_INSTITUTION = {"في", "ل", "من", "الي", "مع", "ضد", "عضويه", "التابع", "التابعه"}
_THAT_OR_VERB_IN_A_NAME = {"ان", "انه", "انها", "قد", "لا", "لم", "لن"}  # a clause, not a name
# after a short quotation, what shows it is a verb's subject (folded: أن، إن are ان): "قالت «منظومة
# …»، في بيان، إن"، "وأشار "ابن ريحان"، إلى أنه"
_TO_NEXT = re.compile(r"\s*[،,]?\s*الي(?![^\W\d_])")  # إلى (folded) after a quotation mark
_NAMED_BY_VERB = re.compile(
    r"\s*[،,]?\s*(?:في\s+[^\s،,]+\s*[،,]\s*)?(?:عن|(?:الي\s+|ب)?(?:ان|انه|انها))(?![^\W\d_])"
)
_NOT_OPENING_VERBS = {  # first words of a sentence that are not its verb (folded)
    *("اما", "لكن", "ولكن", "كما", "بينما", "فيما", "ثم", "قد", "لقد", "وقد", "بعد", "وبعد", "منذ"),
    *("ان", "بان", "فان", "اذا", "وفي", "في"),
}
# what may stand between a name and a relative pronoun that refers to it: where it is (one word after
# في) and its abbreviation in brackets
_PLACE_AND_ABBREVIATION = re.compile(r"(?:\s+في\s+[^\W\d_]+)?(?:\s*\([^()\n]{1,30}\))?")
# a verb with و whose subject is unsaid, a preposition right after it: "وأعربت في بيان لها عن القلق"
_SUBJECT_UNSAID = re.compile(r"[وف](?P<verb>[^\W\d_]{2,})\s+(?:في|عن|علي|الي|من|خلال|امام)\s")
# what a verb with no subject after it says: "الذي أعلن أن"، "التي قالت: «…»" (folded)
_SAID_RIGHT_AFTER = re.compile(r"\s*(?:ب?ان|[:«“\"])")
_RELATIVES = {"الذي", "التي", "الذين"}  # "بحسب قائد الجبهة، الذي أكد أن": the one named before
# and one named before, when the article names them: "مكتب الإحصاء الأوروبي (يوروستات) والذي أشار"
_AND_RELATIVES = {"والذي", "والتي", "والذين"}
_OF_A_MOSQUE = re.compile(r"\s+(?:وخطيب|ال?مسجد|ال?جامع|الحرم)(?![^\W\d_])")  # "إمام وخطيب المسجد النبوي"
# the preposition a word of a name goes on with, which is part of the name (folded, without و and
# ال): a post over what it runs ("المشرف العام على البرنامج")، a source close to (من) or informed
# of (على) someone ("مصدر مقرب من الرئاسة"، "مسؤول مطلع على التحقيقات"), an official with what
# they are responsible for ("رئيسة مجلس الإدارة المسؤولة عن السياسة")
_GOES_ON_WITH = {
    **dict.fromkeys(("مشرف", "مشرفه", "قايم", "قايمون"), "علي"),
    **dict.fromkeys(("مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه"), "من"),
    **dict.fromkeys(("مطلع", "مطلعه", "مطلعون", "مطلعين"), "علي"),
    **dict.fromkeys(("مسوول", "مسووله", "مسيول", "مسيوله"), "عن"),
    # whom a member stands for: "مارك وورنر العضو عن ولاية فرجينيا"، "النائب عن حزب العمال"
    **dict.fromkeys(("عضو", "عضوه", "نايب", "نايبه"), "عن"),
    # who speaks for a cause: "المدافعون عن حقوق المزارعين يقولون"، "المدافعة عن حقوق الإنسان"
    **dict.fromkeys(("مدافع", "مدافعه", "مدافعون", "مدافعين", "مدافعات"), "عن"),
}
# titles held at a place, named after لدى (not لدى مغادرته, upon leaving): folded
_ENVOYS = {"سفير", "سفيره", "مندوب", "مندوبه", "ممثل", "ممثله", "مبعوث", "مبعوثه", "مراقب"}
_CONDITIONALS = {"اذا", "لو", "ان", "وان", "لين"}  # before كان: "إذا كانت النتائج جيدة" names no speaker
_PERCENTAGE = re.compile(r"%\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?%")  # "بحسب %47 من المجيبين"
_QUANTITIES = {
    "كل",  # كل من X وY: both of them
    "عدد",
    "العديد",
    "مجموعه",
    "عشرات",
    "ميات",
    "الاف",
    "بعض",
    "معظم",
    "غالبيه",
    "الكثير",
}  # folded
# broken plurals that name many speakers with a singular verb: "وقال شهود عيان" (folded)
_MANY = {"شهود", "خبراء", "مصادر", "علماء", "نشطاء", "سكان", "اطباء", "اعضاء", "قاده", "زعماء", "وزراء"}
_MANY |= {"سفراء", "مشايخ", "رجال", "نواب", "اهالي", "طلاب", "مراقبين", "محللين", "معارضين", "مسوولين"}
# two of these, besides two of a title, are many: "الجانبان"، "الخبيران" (الرئيسان is a title's)
_PAIRED = {"جانب", "طرف", "بلد", "خبير", "باحث", "لاعب"}
# where a clause that opens with a verb may begin inside a sentence: after a comma, or after a
# dateline ("ماجد الرفاعي- سبق- جدة: أعلنت وزارة الصحة"، "دبي (CNN)— رد الرئيس التركي")
_CLAUSE_MARKS = ("،", ",", ";", ":", "—", "–")  # ; is ؛ folded: "وحول أهمية المشاريع؛ كشف عضو اللجنة …"
_INITIAL = re.compile(r"[\u0621-\u064a]\.")  # د. م. أ.: a title, not a given name ("د. الموسى")
_KIN_ENDINGS = tuple(f"{word} " for word in KINSHIP)  # a verb after them is a name: أبو طالب
_SHORT_VERBS = {"رد", "حث"}  # verbs of two letters that open a sentence: "رد الرئيس التركي … على"
# Latin letters spelled out in acronyms (folded): "سي أي إيه"، "إيه بي سي"، "أي تي بي ميديا"
_SPELLED_LETTERS = {"اي", "ايه", "بي", "تي", "سي", "دي", "اف", "جي", "اس", "كيه", "اتش", "ار", "اكس"}
_QAD = {"قد", "وقد", "فقد", "لقد"}  # a particle before a sentence's verb: "وقد احتجت السلطات"
# "من جانبه، أعرب رئيس النادي …": for his part; the sentence's verb and subject come after it
_FOR_ITS_PART = re.compile(r"\s*(?:و?من\s+(?:جانب|جهت|ناحيت)|بدور)(?:ه|ها|هم|هما)(?![^\W\d_])\s*[،,]?\s*")
# "فيما زود الأمير …": a clause of its own that opens a sentence, its verb next; so does كما (also)
# before the verb: "كما حددت الهيئة العامة للغذاء … خطوات"
_WHILE_OPENING = re.compile(rf"\s*و?(?:{_WHILE_WORDS}|كما)\s+")
# "وبهذه المناسبة تحدث رئيس الاتحاد قائلا"، "وفي هذا السياق، أبدى الوزير": the setting, its verb next
_SETTING_OPENING = re.compile(
    r"\s*و?(?:(?:ب|في)\s*(?:هذه|هذا)\s+(?:المناسبه|السياق|الصدد|الاطار|الخصوص|الشان)"
    r"|في\s+(?:السياق|الاطار|الصدد)\s+(?:ذاته|نفسه))\s*[،,]?\s*"
)
_BLANK = re.compile(r"\s*")  # nothing but spaces between a sentence's start and its cue
# "أوضح ذلك رئيس النادي": ذلك is the verb's object (not "قال هذا المسؤول", whose هذا is the subject's)
# (not before a particle or an adverb: "تؤكد ذلك وليس العكس", "ينفي ذلك متحدثا عن")
_DEMONSTRATIVE = re.compile(
    r"\s+ب?ذلك(?=\s+(?!(?:وليس|ولا|ولم|ولن|وهو|وهي|فقط|ايضا|او)\s)(?:[^\sا،,]|ا\S)+(?:\s|$))"
)
# "ونقل التلفزيون عنه قوله": the one relayed is a pronoun's, someone named before
_FROM_PRONOUN = re.compile(r"(?:\s+[^\s،,:.\"“”«»]+){0,6}?\s*عن(?P<pronoun>ه|ها|هم|هما)(?![^\W\d_])")
_OBJECT_SUFFIXES = ("ها", "هم", "هما")  # a verb with its object, not a given name
# one or some of those named before, with their pronoun (folded): a speaker, not a verb's object
_SOME_OF_THEM = {"بعضهم", "بعضهن", "احدهم", "احدهما", "احداهن", "احداهما", "كلاهما", "معظمهم", "اغلبهم"}
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")  # his, her, their: as the article writes them (not ة)
_POSSESSIVE_SUFFIXES = (*_PRONOUN_SUFFIXES, "ي", "نا")  # كتابه، روايتها: a work and its author
# إلى and a noun phrase of two words or more before أن (folded): "تشير المصادر إلى سيطرة المقاومة …"
# points to a noun, not a clause; not إلى أن, nor إلى ضرورة أن (the noun's clause is what was said),
# nor إلى "الوطن" (whom it was said to)
_TO_A_NOUN = re.compile(r"(?<![^\W\d_])الي\s+(?![\"«“]|(?:ف|ب)?ان(?:ه|ها|هم|هما)?(?![^\W\d_]))\S+\s+\S")
_IN_IT = re.compile(r"\s*(?:فيه|فيها)(?![^\W\d_])")  # "بيانا قال فيه:", "في وقت أكد فيه الوزير أن"
# who gave the statement, named after it: "البيان الذي أصدره X"، "البيان الصادر عن X"، "مقابلة مع X"
_AUTHOR_AFTER = re.compile(r"\s*(?:(?:الذي|التي)\s+[^\W\d_]+?(?:ه|ها)|الصادره?\s+عن|(?P<with>مع))\s+")
# whose statement it is, with ل: "في تغريدة للوزير البحريني"، "في كلمة لوزير الخارجية"، "مقابلة لغراندي"
# (not after a letter, a telegram or an address, which ل sends to someone: "رسالة للرئيس")
_AUTHOR_FOR = re.compile(r"\s+ل(?=[^\W\d_])")
_SENT_TO = {"رساله", "برقيه", "خطاب"}
_PRONOUN_AFTER_L = re.compile(r"(?:ه|ها|هم|هما|هن|ي|نا)(?![^\W\d_])")  # له، لها، لهم …
# what في opens after a title that is when or where it was said, not where the post is held (folded)
_OCCASIONS = {
    *("ذلك", "هذا", "هذه", "تلك", "نفس", "الوقت", "وقت", "حين", "اطار", "ظل", "سياق", "معرض", "ختام"),
    *("افتتاح", "اجتماع", "الاجتماع", "جلسه", "الجلسه", "اتصال", "رد", "حفل", "الحفل", "ندوه", "الندوه"),
    *("محاضره", "المحاضره", "مناسبه", "المناسبه", "تقرير", "التقرير", "حوار", "الحوار", "زياره"),
    *("نهايه", "بدايه", "مستهل", "اعقاب", "حينه", "فقره", "سلسله", "ساعه", "الساعه"),
    *_TIME_NOUNS,
    *_TIMES,
}
# adverbs of the sentence a speaker's name may follow ("وقال أولاً الدكتور …"), folded
_SENTENCE_ADVERBS = {"اولا", "ثانيا", "ثالثا", "رابعا", "اخيرا"}
# when and how often, with or without the accusative's tanween (folded), right after a verb whose
# subject stands before it: "وكان أردوغان قد صرح سابقا بالتزامن مع …"، "ووصف مرارا تحقيق مولر"
_ADVERBS_OF_TIME = {"سابقا", "لاحقا", "حاليا", "قريبا", "فورا", "مرارا", "دايما", "احيانا", "غالبا", "ايضا"}
_TANWEEN_FATH = "\u064b"  # ً: the accusative's ending, folded away with the other diacritics
_NEXT_WORD = re.compile(r"[^\w]*([^\W_]+)")  # the next word, in quotation marks or a hashtag or not
_DESCRIBED_AS = re.compile(r"\s*ب")  # what a described one is described as: بـ«…»، بأنه، بالخائن
# particles a verb with its subject unsaid follows (folded): "كما وصفت بأنها"، "حيث وصف بـ"
_PARTICLES_BEFORE_A_VERB = {*_QAD, "كما", "حيث", "ثم", "اذ", "عندما", "حين", "حينما", "ولكنه", "لكنه"}
# the verbs that describe or accuse what follows their subject (وصف X Y بـ…، اتهم X Y بـ…), whose
# subject ends before it: "ووصفت السفارة الروسية الأمر"، "واتهم الشهراني الجهات المختصة" (folded)
_DESCRIBING = {"وصف", "وصفت", "يصف", "تصف", "اتهم", "اتهمت", "يتهم"}
# present speech verbs (of the lexicon's) whose object a name after them is: "أردوغان يصف خاشقجي"
# (folded). Not their feminine forms, which are no cues: تتهم، تطالب، تحذر added more wrong
# speakers than right ones on the corpus (an object after a named subject: "وتتهم المنظمات الشرطة")
_PRESENT_WITH_OBJECT = {"يصف", "يحذر", "يتهم", "يطالب"}
# adjectives after a definite noun that are no nisba, elative or الم form (folded): الأمين العام
_ADJECTIVES = {
    *("العام", "السابق", "الحالي", "الاسبق", "الجديد", "الكبير"),
    *("الكبري", "الصغير", "الحر", "الحرام", "الشريف", "الكريم", "الاول", "الاولي", "الثاني"),
    *("الثالث", "الاخير", "العليا", "العظمي", "الدايم", "الخاص", "القديم", "الصارم", "الحديث"),
}  # and their feminine (ـه)
# آن at a word's end, as written (the letter before it is looked at apart: a pattern that opens with
# a look-behind is scanned for at every position)
_ANNE = re.compile(r"آن(?![^\W\d_])")  # (after NFC: the stage reads ا and a combining madda too)
# what فإن (then) answers when it comes right after a word: "لذا فإن"، "وإلا فإن" (folded)
_THEREFORE = {"لذا", "لهذا", "لذلك", "ولذلك", "ولهذا", "الا", "والا", "وعليه", "وبالتالي", "بالتالي", "ثم"}
# words that open the clause after فإن, never the surname after a Dutch "van" (folded)
_OPENS_AFTER_THEN = {
    *("هناك", "هنالك", "هذا", "هذه", "ذلك", "تلك", "هولاء", "ليس", "ليست", "كل", "لكل", "عدد", "نسبه"),
    *("حوالي", "نحو", "اي", "بعض", "معظم", "اغلب", "اكثر", "جميع", "من", "ما", "علي", "في", "بامكان"),
    *("لدي", "عليه", "عليها", "امام", "مثل", "قرابه", "ثمه"),
}
# what فإن answers earlier in its sentence: a condition or a time ("إذا …، فإن"، "عندما …، فإن")
_CONDITION = re.compile(
    r"(?<![^\W\d_])(?:و|ف)?(?:اذا|لو|لولا|طالما|كلما|عندما|حين|بينما|بما|لان|مع ان|اما)(?![^\W\d_])"
)
_AT_A_TIME = re.compile(r"(?:وقت|حين)\s+(?:(?:الذي|التي)\s+)?$")  # "في الوقت الذي قال فيه الطراونة"


def _without_particle(word: str) -> str:
    """A word without the و، ب، ل or ف it may open with, when it is longer than that: "وبوزارة" →
    "بوزارة", "لمجلس" → "مجلس" (not "في" → "ي")."""
    return word[1:] if word[:1] in "وبلف" and len(word) > 3 else word


def _cut_before(name: Speaker, end: int) -> Speaker | None:
    """``name`` cut before ``end`` (a position in the text), without the spaces before it."""
    cut = name.text[: end - name.start].rstrip()
    return Speaker(cut, name.start, name.start + len(cut)) if cut else None


def _opens_short_parenthesis(text: str, index: int) -> bool:
    """Whether the ان at ``index`` opens a short parenthesis: the letter N of an abbreviation spelled
    out ("المركز الوطني للأمن الإلكتروني (إن سي إس سي) إنه"، "(إن تي في)"), not a reported clause
    in parentheses ("وأكد رئيس الوزراء (أن دول منطقة الخليج عليها …")."""
    if not index or text[index - 1] != "(":
        return False
    closing = text.find(")", index, index + 16)
    return closing > 0 and len(text[index:closing].split()) <= 4


def _two_of(head: str, words: set[str]) -> bool:
    """Whether ``head`` is the dual of one of ``words``: الرئيسان، الوزيرين (without ال)."""
    return head.endswith(("ان", "ين")) and head[:-2] in words


def _opens_clause_with_waw(text: str, index: int) -> bool:
    """Whether و/ف stands at ``index``, opens a paragraph or a clause and is followed by أن or a colon
    in its sentence: ". وبين الوزير أن"، "، فبين:" (not "بين الرياض وبين جدة"، ". وبين الستة، أخوان")."""
    if text[index : index + 1] not in ("و", "ف"):
        return False
    before = index - 1
    while before >= 0 and text[before] in " \t\xa0\u200e\u200f":
        before -= 1
    return (before < 0 or text[before] in "\n.،,:;!?؟") and bool(_THAT_AHEAD.match(text, index))


def _initial(text: str, index: int) -> bool:
    """Whether the mark at ``index`` is the period of a one-letter Arabic abbreviation (د. for دكتور،
    م. for مهندس، ب. of ميتشل ب. ريس), not a Latin letter's ("من نوع B. ومن أضرارها")."""
    return (
        text[index] == "."
        and "\u0621" <= text[index - 1 : index] <= "\u064a"
        and not text[index - 2 : index - 1].isalpha()
    )


class QuotesStage:
    """Adds the ``quotes`` layer. See the module docstring."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings

    def setup(self, registry: Any) -> None:
        self.normalizer = registry.normalizer("search")
        fold = self.normalizer.fold
        data = tomllib.loads(
            resources.files(__package__).joinpath("lexicon.toml").read_text(encoding="utf-8")
        )
        verbs = data["speech_verbs"]
        self.participles = {fold(v) for v in verbs["participles"]}
        self.in_statements = {fold(v) for v in verbs["in_statements"]}
        self.plural_verbs = {fold(v) for v in verbs["plural"]}
        # مؤكدة، مضيفة: a feminine participle agrees with a feminine speaker as a feminine verb does
        self.feminine_verbs = {fold(v) for v in verbs["feminine"]} | {
            p for p in self.participles if p.endswith("ه")
        }
        all_verbs = {fold(v) for group in verbs.values() for v in group}
        sources = {fold(w) for w in data["source_phrases"]["words"]}
        self.outlet_verbs = {fold(w) for w in data["outlet_verbs"]["words"]}
        # a name ends where a source phrase begins ("وأكدت الحكومة وفقا لوكالة الأنباء …") and where
        # an outlet's verb does ("أكد خبراء مصريون استطلعت «الشرق الأوسط» آراءهم")
        self.stops = (
            {fold(w) for w in data["speaker_stops"]["words"]}
            | {w.split()[0] for w in sources}
            | _QAD
            | self.outlet_verbs
        )
        self.naming = {fold(w) for w in data["naming_words"]["words"]}
        self.naming_verbs = {fold(w) for w in data["naming_verbs"]["words"]}
        titles_of_works = {fold(w) for w in data["work_titles"]["words"]}
        # كتابه، روايتها، فيلمهم: a work and its author's pronoun (a final ة is ت before a suffix);
        # not اسمه, which a source withholds right before speaking ("طالبا عدم ذكر اسمه “…”")
        self.work_titles = titles_of_works | {
            stem + suffix
            for w in titles_of_works - {"اسم"}
            for stem in {w, w[:-1] + "ت" if w.endswith("ه") else w}
            for suffix in _POSSESSIVE_SUFFIXES
        }
        self.colon_speech = {fold(w) for w in data["colon_speech"]["words"]}
        self.states = {fold(w) for w in data["states"]["words"]}
        self.state_heads = {fold(w) for w in data["states"]["heads"]}
        organisations = words_pattern(
            {fold(w) for w in data["organisations"]["words"]} | self.states | self.state_heads
        )
        self.organisation = re.compile(organisations + r"(?!\w)")  # a whole word opening the name
        self.list_openers = {fold(w) for w in data["list_openers"]["words"]}
        self.institution_heads = {fold(w) for w in data["institution_heads"]["words"]}
        self.platforms = {fold(w) for w in data["platforms"]["words"]}
        interviews = {fold(w) for w in data["interviews"]["words"]}
        places = {fold(w) for w in data["place_words"]["words"]}
        self.titles = {fold(w) for w in data["generic_titles"]["words"]}
        self.person_titles = {fold(w) for w in data["person_titles"]["words"]}
        self.professions = {fold(w) for w in data["professions"]["words"]}
        self.people_by_profession = self.professions - {fold(w) for w in data["professions"]["places_only"]}
        # a post, held somewhere (السفير في …), not a title that comes right before a name (الدكتور)
        self.posts = self.titles | self.person_titles - {fold(w) for w in data["honorifics"]["words"]}
        self.places_and_posts = places | self.person_titles  # before a quoted name, without the article
        self.by_speech = tuple(  # بخطابه، بكلمة، بكلمته، بقوله: a final ة is ت before a suffix
            "ب" + form
            for w in data["speech_nouns"]["words"] + data["speech_means"]["words"]
            for form in {fold(w), fold(w.removesuffix("ة") + "ت")}
        )
        self.speech_nouns = {fold(w) for w in data["speech_nouns"]["words"]}  # no given name: حديث أردوغان
        # what someone issues, as a name's first word (see _issued): a speech noun or a document, with
        # or without the article, and a speech noun's plural in ات (البيانات)
        self._issued_words = {
            article + noun
            for noun in {*self.speech_nouns, *(n + "ات" for n in self.speech_nouns), *_DOCUMENTS}
            for article in ("", "ال")
        }
        statements = words_pattern(self.speech_nouns)
        # بيانا (tanween folds to ا)، البيان، رسالة؛ after ب or في (رد ترامب بتغريدة، في البيان) it is
        # no issuing verb's object
        self.statement = re.compile(
            rf"(?<![^\W\d_])و?(?P<in_by>ب|في\s+)?(?:ال)?(?P<noun>{statements})ا?(?![^\W\d_])"
        )
        self.in_statement = re.compile(rf"\s+(?:ال)?{statements}")  # after في: "المصدر في تصريحات لـ…"
        issuing = words_pattern(fold(w) for w in data["issuing_verbs"]["words"])
        self.issuing = re.compile(rf"(?<![^\W\d_])[وف]?{issuing}(?![^\W\d_])")
        verb = words_pattern(all_verbs)
        # a phrase that ends in ل runs into the word after it (وفقا لوكالة); any other ends a word
        # of its own (حسبما ذكر is not the start of حسبما ذكرت, nor بحسب of بحسبهم), or runs into
        # ما (حسبما أكده X: see _WHAT_VERB)
        attached = {w for w in sources if w.endswith("ل")}
        source = (
            rf"(?:{words_pattern(attached)}|{words_pattern(sources - attached)}(?:(?![^\W\d_])|(?=ما\s)))"
        )
        # the words that start a cue, to find cues from the text's distinct words (see _find_cues)
        # each word that may be a cue, with و/ف or without, by the verb it is (وقال → قال): the verbs
        # are looked for in the text without و/ف
        # (بين only with و/ف: bare, it is "between" or a name, بين ستانتون)
        self.verb_of = {p + v: v for v in all_verbs for p in "وف"} | {v: v for v in all_verbs - _BETWEEN}
        self.cue_words = frozenset(self.verb_of)
        # the verbs of speech, which a name follows (not جاء، ورد: "وجاءت زيارة كارتر")
        self.verb_words = frozenset(w for w, v in self.verb_of.items() if v not in self.in_statements)
        self.interviews = interviews
        self.before_outlet = self.verb_words | interviews  # what an outlet spoken to follows
        self.source_heads = heads(sources)
        self.verb = re.compile(rf"(?<![^\W\d_])(?:[وف])?(?P<verb>{verb})(?![^\W\d_])")
        # not فحسب ("only": "ليس في أوقات الأزمات فحسب، بل"), which is حسب after ف
        self.source = re.compile(rf"(?<![^\W\d_])(?:و|ف(?!حسب(?![^\W\d_])))?(?P<verb>{source})\s*")
        self.that = re.compile(r"(?<![^\W\d_])(?:ف|ب)?(?:ان|انه|انها|انهم|انهما)(?![^\W\d_])")

    # -- per document ----------------------------------------------------------------------------

    def process(self, document: Document) -> None:
        folded = self.normalizer(document.text)
        text = folded.text
        self._raw_text, self._folded = document.text, folded  # for _as_written
        # the word آن in the article (most have none; الآن is not it): each ان is then read as written
        raw = unicodedata.normalize("NFC", document.text) if "\u0653" in document.text else document.text
        self._anne = any(not raw[m.start() - 1 : m.start()].isalpha() for m in _ANNE.finditer(raw))
        self._types: dict[str, str] = {}  # each name's type, worked out once
        boilerplate = [(s["start"], s["end"]) for s in document.spans("boilerplate")]
        self._verbs, self._sources = self._find_cues(text)
        # found once for the document, looked up by position (bisect) for each quote
        self._marks = occurrences(text, QUOTE_MARKS)
        self._sentence_marks = [  # where sentences end: a mark before a space or the end, not the
            # period of an initial ("ويقول د. مهروترا:")
            i
            for i in occurrences(text, ".!?؟")
            if (i + 1 == len(text) or text[i + 1].isspace()) and not _initial(text, i)
        ]
        self._thats = self._find_thats(text)
        self._masdars = Matches(
            [m for i in occurrences(text, ("عدم",)) if (m := _NEGATED_MASDAR.match(text, i))]
        )
        events = sorted([*self._marks, *self._verbs.starts, *self._sources.starts])
        recent: list[Speaker] = []
        self._mentioned: list[Speaker] = []  # the speakers named with no quote of their own
        found = []
        end = -1
        for event in events:  # only paragraphs with a quotation mark or a cue can hold a quote
            if event < end:
                continue
            start = text.rfind("\n", 0, event) + 1
            end = text.find("\n", event)
            end = len(text) if end < 0 else end
            raw_start, raw_end = folded.source_span(start, end)
            if any(s <= raw_start and raw_end <= e for s, e in boilerplate):
                continue
            found.extend(self._paragraph(text, start, end, recent))
        # each name once: the speakers', then those of the cues that gave no quote
        mentions = list(
            dict.fromkeys([*(q[3].text for q in found if q[3]), *(s.text for s in self._mentioned)])
        )
        self._by_last: dict[str, list[str]] = {}
        for mention in mentions:
            if mention.split():
                self._by_last.setdefault(mention.split()[-1], []).append(mention)
        canonical_of: dict[str, str] = {}
        self._given_names_of: dict[str, set[str]] = {}  # by last name, for _canonical
        for kind, q_start, q_end, speaker, cue in found:
            raw_start, raw_end = folded.source_span(q_start, q_end)
            if raw_end <= raw_start:
                continue
            record = None
            if speaker is not None:
                s_start, s_end = folded.source_span(speaker.start, speaker.end)
                name = (speaker.refers_to or speaker).text
                if name not in canonical_of:
                    canonical_of[name] = self._raw(
                        document.text, folded, self._canonical(text, name, mentions)
                    )
                record = {
                    "text": document.text[s_start:s_end],
                    "start": s_start,
                    "end": s_end,
                    "canonical": canonical_of[name],
                    "type": self._type(speaker.text),
                }
            attributes = {
                "text": document.text[raw_start:raw_end],
                "kind": "direct" if kind == "unquoted" else kind,
                "speaker": record,
            }
            if kind == "unquoted":
                attributes["unquoted"] = True  # direct speech the article gives without quotation marks
            if cue:
                attributes["cue"] = cue
            document.add_span("quotes", raw_start, raw_end, **attributes)

    def _find_cues(self, text: str) -> tuple[Matches, Matches]:
        """Every speech verb and source phrase of the text, in order.

        Scanning with the cue patterns tries them at every character (most of this stage's time);
        instead the text's distinct words are looked up in sets (``str.split`` and set operations
        run in C), and the patterns are matched only where a candidate word stands."""
        verbs = []
        present = {self.verb_of[word] for word in distinct_words(text) & self.cue_words}
        # a verb's match starts at the و/ف before it, if there is one (وقال), or where it stands
        starts = {i - 1 if i and text[i - 1] in "وف" else i for i in occurrences(text, present)}
        for index in sorted(starts):
            match = self.verb.match(text, index)
            if match is None:
                continue
            verb = match.group("verb")
            if (
                (verb not in _BETWEEN or _opens_clause_with_waw(text, index))
                and (verb not in self.in_statements or _IN_IT.match(text, match.end()))
                and (verb != "علمت" or self._learned_by_outlet(text, match.end()))
                and not self._after_kin(text, index)
                # "على أكمل وجه": after a preposition, a noun that looks like a verb (not "وأكمل")
                and not (
                    text.endswith(_PREPOSITION_ENDINGS, 0, index)
                    and index == match.start("verb")
                    and self._after_preposition(text, index)
                )
            ):
                verbs.append(match)
        sources = []
        for index in occurrences(text, self.source_heads):  # a phrase starts there or at و/ف before it
            match = index and text[index - 1] in "وف" and self.source.match(text, index - 1)
            if (match or (match := self.source.match(text, index))) and not self._what_it_is(text, match):
                sources.append(match)
        return Matches(verbs), Matches(sources)

    def _what_it_is(self, text: str, source: re.Match) -> bool:
        """Whether "ما قاله X" is followed, before a quotation mark or the sentence's end, by what it
        is (هو، هي) or what it is called: "وكان الدليل على ما قاله النعيمي هذه المرة هو ورقة …
        عنوانها «…»" gives no words of his."""
        if not source.group("verb").startswith(_WHAT_SAID):
            return False
        stop = _MARK_OR_SENTENCE_END.search(text, source.end())
        return _WHAT_IT_IS.search(text, source.end(), stop.start() if stop else len(text)) is not None

    def _after_preposition(self, text: str, index: int) -> bool:
        """Whether the word before ``index`` is a preposition, after which a word is a noun: "على
        أكمل وجه"، "مع رأي البيت الأبيض". على as written, not the name علي, which folds the same
        ("في عهد زين العابدين بن علي يقول المدافعون")."""
        before = word_before(text, index)
        if before != "علي":
            return before in _BEFORE_A_NOUN
        return self._as_written(index - 4, index - 1).endswith("ى")

    def _learned_by_outlet(self, text: str, end: int) -> bool:
        """Whether علمت ("learned") is an outlet's, what a newspaper reports, and not a person's:
        an outlet in quotation marks or brackets after it ("وعلمت «عكاظ»"، "علمت (المدينة)"), an
        institution ("وعلمت صحيفة الأوبزرفر"), or sources it was learned from ("علمت الصحيفة من مصادر")."""
        learned = _LEARNED_FROM.match(text, end)
        return (
            text[end + 1 : end + 2] in QUOTE_MARKS + "("
            or bool(self.organisation.match(text, end + 1))
            or (learned is not None and text.startswith("مصدر", learned.end()))
        )

    @staticmethod
    def _after_kin(text: str, index: int) -> bool:
        """Whether the word at ``index`` follows أبو، بن and the like, which make a verb a name:
        "د. موفق أبو طالب" (the text's own ending test first: most words follow no such word)."""
        return text.endswith(_KIN_ENDINGS, 0, index) and word_before(text, index) in KINSHIP

    def _find_thats(self, text: str) -> Matches:
        """Every إن/أن (and إنه، فإن، بأن …) of the text, in order: where ``ان`` is followed by the
        end of a word, the pattern is matched from the letter before it (ف، ب) or from it. Not آن,
        which folds the same: a name (قالت آن بوفيرت) or "the time has come"."""
        thats = []
        self._vans: set[int] = set()  # where a فان is the "van" of a name, for _noun_phrase too
        for core in _THAT_CORE.finditer(text):
            index = core.start()
            match = (index and text[index - 1] in "فب" and self.that.match(text, index - 1)) or (
                self.that.match(text, index)
            )
            if (
                match
                and not self._a_name_folded_as_particle(index, "ان")
                and not _opens_short_parenthesis(text, index)
            ):
                if match.group() == "فان" and self._van_of_a_name(text, match.start()):
                    self._vans.add(match.start())
                else:
                    thats.append(match)
        return Matches(thats)

    def _van_of_a_name(self, text: str, position: int) -> bool:
        """Whether the folded فان at ``position`` is the "van" of a Dutch or Flemish name (لويس فان
        غال، وقال فان جال إن، روبن فان بيرسي), not فإن (then), which opens a clause: written without
        hamza, right after a word with nothing but a space between, before a word that opens no clause
        (not الولايات، هناك، ملاحظته), and answering nothing earlier in its sentence (not "وبحسب
        الجيدة فان مركز"، "إذا … فان"), unless a name's first word stands right before it."""
        if self._as_written(position, position + 3) != "فان":
            return False
        if position < 2 or text[position - 1] != " " or not text[position - 2].isalpha():
            return False  # "…، فان": after a comma it is then
        before = word_before(text, position)
        if before in _THEREFORE:
            return False
        after = _NEXT_WORD.match(text, position + 3)
        if after is None or after.start(1) != position + 4:
            return False  # فان "منشآت …"، فان 33: then
        following = after.group(1)
        if (
            following.startswith("ال")
            or following in _OPENS_AFTER_THEN
            or following.isdigit()
            or (len(following) > 4 and following.endswith("ات"))  # فان عائلات الأطفال: a plural
        ):
            return False
        if self._as_written(*after.span(1)).endswith(("ة", "ه", "ها", "هم")):
            return False  # فان ملاحظته، فان أزمة: a noun of the clause, not a surname
        sentence = max(text.rfind(mark, 0, position) for mark in ".!?؟\n") + 1
        answers = bool(self._sources.within(sentence, position)) or bool(
            _CONDITION.search(text, sentence, position)
        )
        return not answers or not before.startswith(("ال", "و", "ف"))

    def _said_with(self, speaker: Speaker, verb: str) -> None:
        """Note on ``speaker`` the gender and number of the verb that named them, for a later pronoun
        cue to agree with."""
        before = max(0, speaker.start - 20)  # the word right before the name, not the whole text
        if verb in _RELAYING and _RELAYED_FROM.search(self._folded.text, before, speaker.start):
            # "نقلت الوكالة عن أردوغان"، "… حديث أردوغان": the verb is the agency's, not his
            speaker.feminine = None
        elif verb not in self.cue_words:  # a source phrase (على لسان، بحسب): the name's own gender
            speaker.feminine = speaker.text.split(None, 1)[0].endswith("ه")  # المتحدثة، الشرطة
        else:
            speaker.feminine = verb in self.feminine_verbs
        speaker.plural = verb in self.plural_verbs

    def _passive(self, text: str, verb: re.Match) -> bool:
        """Whether a verb of describing is the passive (وُصفت) after the noun it describes: bare
        (no و or ف), right after a word and right before بـ or بأن — "بشعارات وصفت بأنها مسيئة"، "في
        خطوة وصفت بأنها …"، "هجوما على الدوحة وصف بـ«…»": said by nobody the article names, unless
        its sentence reports someone's words before it ("أفادت مصادر أن … بحروق وصفت بأنها …")."""
        if verb.group("verb") not in ("وصف", "وصفت") or verb.start() != verb.start("verb"):
            return False
        before = word_before(text, verb.start())
        if (
            not before[-1:].isalpha()
            or before in _PARTICLES_BEFORE_A_VERB
            or _DESCRIBED_AS.match(text, verb.end()) is None
        ):
            return False
        sentence_start = self._sentence_start(text, text.rfind("\n", 0, verb.start()) + 1, verb.start())
        return not self._verbs.within(sentence_start, verb.start()) and not self._sources.within(
            sentence_start, verb.start()
        )

    def _nothing_said(self, text: str, verb: re.Match) -> bool:
        """Whether a speech verb reports nothing: negated or passive ("لم تؤكد"، "تم نقل"), or a
        present verb after أن، لن، كي ("عليه أن يقول لنا", "يريد أن يوضح"), which says what is to be
        said, unless قبل، بعد، يود … stand up to three words before أن ("قبل أن يطالب بـ…" tells
        what he did)."""
        before = word_before(text, verb.start())
        if before in _NOTHING_SAID:
            return True
        if (
            before in _FACTS
            and verb.group("verb") in _SHOWING
            and verb.start() == verb.start("verb")  # not "هذا وتؤكد التقارير"
            and not _ON_IT.match(text, verb.end())  # "ما يؤكد عليه آلان تورين": what he stresses
        ):
            return True  # "وهذا يؤكد وجود الفيروس لدى الإبل"، "مما يؤكد قطعا أنهم": a fact shows it
        if before not in _TO or verb.group("verb")[:1] not in "يت":
            return False
        # the three words before أن: "وتود الجامعة أن توضح" has its subject between
        words = text[: text.rfind(before, 0, verb.start())].rsplit(None, 3)[-3:]
        return before != "ان" or _STATING.isdisjoint(w[1:] if w[:1] in "وف" else w for w in words)

    def _says_something(self, text: str, start: int, end: int) -> bool:
        """Whether a speech verb in ``[start, end)`` says something (see :meth:`_nothing_said`)."""
        return any(not self._nothing_said(text, verb) for verb in self._verbs.within(start, end))

    def _sentence_start(self, text: str, start: int, position: int) -> int:
        """Where the sentence holding ``position`` begins, within a paragraph starting at ``start``:
        after the last sentence end (. ! ? ؟ and a space) before it, or right after a mark that
        stands just before ``position``."""
        if position > start and text[position - 1] in ".!?؟":
            return position
        marks = self._sentence_marks
        index = bisect_right(marks, position - 2) - 1
        return marks[index] + 2 if index >= 0 and marks[index] >= start else start

    def _sentence_ends(self, start: int, end: int) -> bool:
        """Whether a sentence ends between ``start`` and ``end`` (not at the period of an initial:
        "وأوضح د. أبو طالب بأنه"), or a mark stands right before ``end`` (سي.إن.إن، "..أنهم")."""
        ends = first_within(self._sentence_marks, start, end) is not None
        return ends or self._folded.text[end - 1] in ".!?؟"

    def _paragraph(self, text: str, start: int, end: int, recent: list[Speaker]) -> list[tuple]:
        """The quotes of one paragraph, in text order, so that a pronoun (وأضاف) sees every
        speaker named before it, in direct or indirect speech."""
        self._addressed: list[tuple[re.Match, Speaker]] = []  # cues whose لـ«…» named an outlet: _said_to
        direct = self._direct_candidates(text, start, end)
        indirect = self._indirect_candidates(text, start, end, direct) if self.settings.indirect else []
        reporting = {i[0].start() for i in indirect}
        # a speaker who said something to the outlet named after them and no more in quotation marks
        # ("بحسب ما أكد مصدر في المقاومة لـ«الشرق الأوسط».") is still the one a later "وأضاف" goes on with
        addressed = {
            cue.start(): (cue, speaker) for cue, speaker in self._addressed if cue.start() not in reporting
        }
        unquoted = self._unquoted_candidates(text, start, end, direct, reporting)
        reporting.update(u[0].start() for u in unquoted)
        events = sorted(
            [(d[0], "direct", d) for d in direct]
            + [(i[0].start(), "indirect", i) for i in indirect]
            + [(u[0].start(), "unquoted", u) for u in unquoted]
            + [
                (v.start(), "named", v)
                for v in self._verbs.within(start, end)
                if v.group("verb") in _NAMING_CUES
                and v.start() not in reporting
                and v.start() not in addressed
            ]
            + [(position, "addressed", cue_and_speaker) for position, cue_and_speaker in addressed.items()]
        )
        found = []
        for _, kind, event in events:
            if kind in ("named", "addressed"):
                # "قال نايل ستانلي، خبير النوم، إذا كان …": a speaker named with no quote of their
                # own is still the one a later "وأضاف: «…»" goes on with
                cue, speaker = event if kind == "addressed" else (event, self._named(text, event, end))
                if speaker is not None:
                    self._said_with(speaker, cue.group("verb"))
                    speaker.refers_to = self._antecedent(speaker, recent)
                    recent.append(speaker)
                    self._mentioned.append(speaker)
                continue
            if kind == "direct":
                opening, closing, q_start, q_end = event
                speaker, cue = self._speaker_before(text, start, opening, recent)
                tail = text[start:opening].rstrip()
                if speaker is None and tail[-1:] in ".!؟" and tail[-2:-1] in QUOTE_MARKS:
                    # “…”. “…”: the same speaker goes on; look in the sentence before
                    speaker, cue = self._speaker_before(text, start, start + len(tail) - 2, recent)
                if speaker is None:
                    speaker, cue = self._speaker_after(text, closing, end, recent)
                if speaker is None and recent and self._may_go_on(text, start, opening, recent[-1]):
                    speaker, cue = recent[-1], "previous"
            else:  # indirect, or unquoted: the cue, the إن/أن or colon, the clause or what was said
                match, that, q_start, q_end = event
                sentence_start = self._sentence_start(text, start, match.start())
                passive = self._passive(text, match)
                speaker = None if passive else self._speaker_of(text, sentence_start, match, that.start())
                cue = match.group("verb")
                if speaker is None and not passive:
                    speaker, carried = self._carried(text, sentence_start, match, recent)
                    cue = carried or "previous"
                    if speaker is None:  # "إلى أن النادي الألماني قد أعلن أنه": the club's
                        speaker = self._subject_after_that(text, sentence_start, match)
                        cue = match.group("verb") if speaker else "previous"
                if speaker is not None and cue != "previous":
                    self._said_with(speaker, cue)
            if speaker is not None and cue != "previous":
                speaker.refers_to = self._antecedent(speaker, recent)
                # "وبحسب تقرير المفوضية، فإن …": a document a clause is taken from says no more
                # after it; a person or an institution may ("ووفقا للناطق …، فإن …. وأشار إلى أن")
                if (
                    kind != "indirect"
                    or event[0].re is not self.source
                    or self._titled_or_institution(speaker)
                    # a name with its post: "وبحسب عاصم جهاد المتحدث باسم وزارة النفط، فإن"
                    or any(self._a_person(word.removeprefix("ال")) for word in speaker.text.split()[1:])
                ):
                    recent.append(speaker)
            found.append((kind, q_start, q_end, speaker, cue))
        return found

    def _may_go_on(self, text: str, start: int, opening: int, last: Speaker) -> bool:
        """Whether the last speaker may go on with a quote nobody is named for: not when the verb
        before it in its sentence disagrees with them in gender ("وقالت رابطة ضباط السجون …" then
        "وأضاف «…»" is another's, a man named by a verb that is not speech)."""
        verb = next(reversed(self._verbs.within(self._sentence_start(text, start, opening), opening)), None)
        if verb is not None and self._passive(text, verb):
            return False  # "بحروق وصفت بأنها «…»": nobody's
        if verb is None or last.plural or verb.group("verb") in self.plural_verbs:
            return True
        feminine = verb.group("verb") in self.feminine_verbs
        if last.text.startswith("ال") or self.organisation.match(last.text):
            return self._agrees(last, feminine)  # a title's or an institution's own gender: المتحدثة
        return last.feminine is None or last.feminine == feminine

    def _named(self, text: str, verb: re.Match, end: int) -> Speaker | None:
        """The speaker a verb names when it reports no quote of its own: قال and a name before a
        colon or a comma ("قال نايل ستانلي، خبير النوم، إذا كان …"), or أشار and a name before إلى
        and what it points to ("وأشار الوزير إلى أهمية التعاون")."""
        pointing = verb.group("verb") in _POINTING_VERBS
        if pointing and (verb.group("verb") in self.participles or text.find("الي", verb.end(), end) < 0):
            return None  # a participle's subject is its clause's; no إلى, nothing pointed to
        stop = self._clause_end(text, verb.end(), end)
        if complement := _WARNING_VERBS.get(verb.group("verb")):
            # "حذرت المقررة … هلال إيلفر من أزمة"، "وأعرب الرئيس باراك أوباما عن حزنه". حذر may take
            # whom it warns before من ("حذر فرع الوزارة المواطنين من"): a name is taken only when a
            # person's name ends it, not a definite word
            speaker = self._after_cue(text, verb, stop)
            if (
                speaker is None
                or not text.startswith(f" {complement} ", speaker.end)
                or word_before(text, verb.start()) in _TO  # "يطيب لي أن أعرب لفخامتكم عن": to express
            ):
                return None
            return None if complement == "من" and speaker.text.split()[-1].startswith(DEFINITE) else speaker
        if pointing:
            speaker = self._after_cue(text, verb, stop)
            if speaker is None or text[speaker.end : speaker.end + 1] != " ":
                return None
            return speaker if _TO_A_NOUN.match(text, speaker.end + 1) else None  # "الوزير إلى أهمية"
        if not _NAMED.match(text, stop) and not any(text.find(c, verb.end(), stop) >= 0 for c in ":،,"):
            return None  # no colon or comma for a name to end at (the name ends by ``stop``)
        speaker = self._after_cue(text, verb, stop)
        if (
            speaker is not None
            and _NAMED.match(text, speaker.end)
            and len(speaker.text) > 2
            and _NEGATIONS.isdisjoint(speaker.text.split())  # "قال لي الموظف هناك لا تراجع"
        ):
            return speaker
        return None

    def _direct_candidates(self, text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """(opening, closing, content start, content end) of the quotations that are speech."""
        candidates = []
        pairs = pair_marks(text, self._marks, start, end)
        listed = in_lists(text, pairs)
        for index, (opening, closing) in enumerate(pairs):
            if index in listed:
                continue  # جبل "الفالق" و"هضبة رمضة" و"جبل الوعيل": short quotations in a list are names
            q_start, q_end = opening + 1, closing
            if not text[q_start:q_end].strip():
                moved = self._misplaced_mark(text, start, opening)
                if moved:
                    candidates.append(moved)
                continue
            content = text[q_start:q_end].strip()
            length = len(content.split())  # in words
            if not _ARABIC_LETTER.search(content):
                continue  # no Arabic letter: a tag, a handle, a Latin name
            if content[:1] in ".,،:;":
                continue  # the gap between two quotes whose marks were mispaired
            if content in self.platforms:
                continue  # وكتب ترامب على "تويتر": where it was said
            if length <= 3 and _DIGIT.search(content):
                continue  # طائرات «إف 16»، "خليجي 23"، براون «18 عاما»، (البقرة: 273): a name or a figure
            if length <= 6 and self._sources.ending_at(opening):
                continue  # وفقا لـ"فرانس برس"، بحسب «مصادر مطلعة»: who the source is, not their words
            if length <= 6 and _COLON_THEN_QUOTE.match(text, closing + 1):
                continue  # لـ«الشرق الأوسط»: «…»: a name in the cue of the quote after the colon
            before = text[start:opening]
            tail = before.rstrip()
            # a paragraph or a colon opens speech, and so does a quote right after another one ("…”. “…”)
            opens_paragraph = (
                not tail
                or (tail.endswith(":") and word_before(tail, len(tail) - 1) not in self.list_openers)
                or (tail[-1:] in ".!؟" and tail[-2:-1] in QUOTE_MARKS)
            )
            short_opening = not tail and length <= 3  # «حجرتان وصالة» opens a paragraph
            if (not opens_paragraph or short_opening) and not self._speech_around(
                text, start, opening, closing, end
            ):
                continue  # quotation marks in a sentence nobody says: a name, a title, scare quotes
            previous = tail.rsplit(None, 1)[-1] if tail else ""  # the word before the mark
            previous_forms = {previous, previous[1:], previous[2:]}  # with و، ب، ل before it, or without
            # لـ«عكاظ» after a speech verb, its speaker or an interview (قال روني لـ"…"، في تصريح لـ«…»)
            # or right after the cue's speaker (أكد X لـ«الشرق الأوسط»), who is still named (see _paragraph)
            addressee = previous == "الي" and self._spoken_to(tail[: len(tail) - len(previous)])
            if previous in ("ل", "لـ"):
                if not self.before_outlet.isdisjoint(tail[: len(tail) - len(previous)].rsplit(None, 3)[-3:]):
                    addressee = True
                elif length <= 3 and (said_to := self._said_to(text, start, opening)):
                    addressee = True
                    self._addressed.append(said_to)
            # ملعب "كامب نو"، مدير "آفجين ليمتد": a place, or a post, without the article names what follows
            bare = _without_particle(previous)
            place = not self.places_and_posts.isdisjoint((previous, bare)) or (
                previous == "في" and self._after_post(tail[: len(tail) - len(previous)])
            )  # القيادي البارز في «جيش الإسلام»: where the post is held
            if (
                length <= 6
                and (
                    previous_forms & self.naming
                    or self._named_with_adjective(tail, previous)
                    or addressee
                    or place
                    or bare in self.outlet_verbs
                    or self._known_as(tail)
                )
            ) or previous_forms & self.work_titles:
                continue  # لوكالة "سبوتنيك"، أكد لـ«عكاظ»، لشركة «ماهاراشترا …»، تحت عنوان «كيف يؤثر …؟»
            if length == 1 and not opens_paragraph and previous not in _PREPOSITIONS:
                continue  # one quoted word is speech only as an object: أعربا عن “ارتياحهما”
            if length <= 4 and not self.that.fullmatch(previous) and _NAMED_BY_VERB.match(text, closing + 1):
                continue  # ونقل «المرصد السوري …» عن، وذكر مدير الإدارة "ناصر الدوسري"، أن: a name
            if length <= 4 and _TO_NEXT.match(text, closing + 1) and self._points_to(text, start, opening):
                continue  # "تشير خوارزمية «الحلم العميق» إلى نوع …": the name of what points
            if (
                1 < length <= 3
                and not opens_paragraph
                and (
                    # منع «صحيفة الحياة» من دخول الكويت: an institution's head and what it heads
                    (
                        self.organisation.match(content)
                        and not content.startswith("ال")
                        and content.split()[1].startswith("ال")
                    )
                    or content.split()[0] in KINSHIP  # تجهزه "أم خالد"، تبة "أبو عقال": a kunya
                )
                # بأنها «حكومة الفشل»، واصفا المنتخب بـ"أبو نقطة": what it was called
                and not (previous.startswith("بان") or previous == "ب")
            ):
                continue  # a name, not speech
            if length <= 6 and previous in self.verb_words and self.organisation.match(content):
                continue  # كما أفاد «المرصد السوري لحقوق الإنسان» أمس: the verb's subject, an institution
            if self._institution_named(content, previous):
                continue  # العضوية في «مجلس صيانة الدستور»، التابع لـ«الجيش السوري الحر»: an institution
            if (
                short_name(text, opening, closing)
                and previous not in _LONE_PREPOSITIONS  # "لما وصفته بـ"هدف معاد" قالت إنه": its object
                and self._subject_of_next_verb(text, closing + 1, end)
            ):
                continue  # «المرصد السوري لحقوق الإنسان» أعلن أمس أن: the verb's subject, a name
            if length <= 3 and previous in ("ان", "بان", "فان") and _CLAUSE_GOES_ON.match(text, closing + 1):
                continue  # أن "جنرال إلكتريك" تراقب: the clause's subject, a name (not إنه "أمر روتيني")
            inner = text[q_start:q_end]
            candidates.append(
                (
                    opening,
                    closing,
                    q_start + len(inner) - len(inner.lstrip()),
                    q_end - (len(inner) - len(inner.rstrip())),
                )
            )
        return candidates

    def _named_with_adjective(self, tail: str, previous: str) -> bool:
        """Whether the words before a quotation mark are a naming word and its adjective (a definite
        nisba): "في الدورية الطبية «الدورة الدموية»"، "قناة الإخبارية «…»"."""
        if not (previous.startswith("ال") and previous.endswith(("يه", "ي")) and len(previous) > 4):
            return False
        before = tail[: len(tail) - len(previous)].rsplit(None, 2)[-2:]
        if not before or (len(before) == 2 and before[0] == "امام"):
            return False  # "قال أوباما أمام الجماعة الأميركية «يبيعون الوهم»": to whom he said it
        noun = before[-1]
        return bool({noun, noun[1:], noun[2:], noun[3:]} & self.naming)

    def _points_to(self, text: str, start: int, opening: int) -> bool:
        """Whether a pointing verb (أشار، تشير، لفت) stands right before the quotation at ``opening``,
        with at most a word or two of its subject between: what is quoted then is that subject."""
        verb = next(reversed(self._verbs.within(start, opening)), None)
        return (
            verb is not None
            and verb.group("verb") in _POINTING_VERBS
            and len(text[verb.end() : opening].split()) <= 2
        )

    def _subject_of_next_verb(self, text: str, position: int, end: int) -> bool:
        """Whether a speech verb without و/ف follows ``position`` (after spaces only) and names nobody
        after it: the quotation before it is then its subject ("«المرصد السوري» أعلن أمس أن"), not
        what was said ("«نحن مستعدون» قال الوزير")."""
        verb = self._verbs.first(position, end)
        if (
            verb is None
            or text[position : verb.start()].strip()
            or verb.start("verb") != verb.start()  # "“قمعي وخطير” وأقر بأن": و opens a clause of its own
            or verb.group("verb") in self.participles
        ):
            return False
        return self._after_cue(text, verb, self._clause_end(text, verb.end(), end)) is None

    def _said_to(self, text: str, start: int, opening: int) -> tuple[re.Match, Speaker] | None:
        """The last cue in the sentence before the quotation at ``opening`` and its speaker, when لـ
        before the quotation names whom it was said to: the name runs from the cue right up to لـ
        ("أكد عبد الله الفوزان رئيس مجلس إدارة شركة … لـ«الشرق الأوسط»"، "بحسب ما أكد مصدر في
        المقاومة لـ«الشرق الأوسط»"). Not when anything else stands between: "قالت الشركة إنها اتخذت
        إجراءات لـ"تحديد …""، "أعلنت المتحدثة …، عن تطلعها لـ"استمرار الشراكة"" quote what was said."""
        sentence = self._sentence_start(text, start, opening)
        verbs, sources = self._verbs.within(sentence, opening), self._sources.within(sentence, opening)
        cue = max([*verbs[-1:], *sources[-1:]], key=lambda match: match.end(), default=None)
        if cue is None:
            return None
        if cue.re is self.verb:
            speaker = self._after_cue(text, cue, opening)
        else:
            speaker = self._noun_phrase(text, cue.end(), opening, after_source=True)
        if speaker is None or text[speaker.end : opening].strip() not in ("ل", "لـ"):
            return None
        return cue, speaker

    def _spoken_to(self, before: str) -> bool:
        """Whether إلى after ``before`` names whom it was said to: after an interview or a verb of
        saying (في تصريحات إلى "الوطن"، أكد إلى "الوطن"), not after a verb that points to something
        (أشار إلى «العقبات المستمرة»: a phrase of what was said)."""
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        verb = self.verb_of.get(word, "")
        return word in self.interviews or (bool(verb) and verb not in _POINTING_VERBS)

    def _after_post(self, before: str) -> bool:
        """Whether ``before`` ends with a post and at most one word after it (القيادي، القيادي البارز)."""
        return any(word.removeprefix("ال") in self.posts for word in before.rsplit(None, 2)[-2:])

    def _known_as(self, before: str) -> bool:
        """Whether the words before a quotation give the name it holds: "ما يعرف بـ"، "يدعى"،
        "المعروف باسم"، "التي أطلق عليها"."""
        words = before.rsplit(None, 3)
        if len(words) > 1 and words[-1] in _KNOWN_BY:
            words.pop()
        if words and self._naming_verb(words[-1]):
            return True
        # "ما تسميه إيران «…»": the verb carries what it names (ـه، ـها), its subject stands after it
        return any(self._naming_verb(w) and w.endswith(("ه", "ها")) for w in words[-3:-1])

    def _naming_verb(self, word: str) -> bool:
        """Whether a word is a naming verb, with و/ف before it or without."""
        return word in self.naming_verbs or (word[:1] in "وف" and word[1:] in self.naming_verbs)

    def _misplaced_mark(self, text: str, start: int, opening: int) -> tuple[int, int, int, int] | None:
        """ "كان النقاش ... الأصابع. قال جيك سوليفان: “" — translated pages move the mark to the end:
        the quote is the paragraph before the sentence that attributes it."""
        cue_sentence = self._sentence_start(text, start, opening)
        if cue_sentence == start or not text[start:opening].rstrip().endswith(":"):
            return None
        if not self._verbs.within(cue_sentence, opening):
            return None
        q_end = cue_sentence
        while q_end > start and text[q_end - 1] in " .":
            q_end -= 1
        return (opening, opening, start, q_end)

    def _indirect_candidates(self, text: str, start: int, end: int, direct: list[tuple]) -> list[tuple]:
        """(verb match, إن/أن match, clause start, clause end) of reported clauses. A negated masdar
        right after the verb and its subject is reported too, from عدم on: "وأكدت موسكو عدم صحة هذه
        التقارير" (the إن/أن match is then that of عدم). A clause runs to its sentence's end or to
        the next direct quote, over quotation marks that are not speech (ونتج عنه «استشهاد» 15)."""
        quoted = [(q_start, q_end) for _, _, q_start, q_end in direct]
        # where each direct quote begins: its opening mark, or its content (a mark moved to its end)
        openings = sorted(min(opening, q_start) for opening, _, q_start, _ in direct)
        candidates = []
        for match in self._verbs.within(start, end):
            that = self._thats.first(match.end(), min(end, match.end() + 120))
            masdar = None
            if self._masdars.starts:  # "وأكدت موسكو عدم صحة هذه التقارير …، أن": the masdar comes first
                limit = min(end, match.end() + 80, that.start() if that else end)
                masdar = self._masdars.first(match.end(), limit)
                if masdar is not None and self._right_after_subject(text, match, masdar.start()):
                    that = masdar
                else:
                    masdar = None
            if that is None:
                continue
            addressee = _ADDRESSEE.match(text, match.end(), that.start())  # its «» are no quote
            after = addressee.end() if addressee else match.end()
            between = text[after : that.start()]
            if self._sentence_ends(after, that.start()) or not self._only_names_quoted(
                text, after, that.start()
            ):
                continue  # a quotation before إن: what was said is that, not the clause after it
            if (to_noun := _TO_A_NOUN.search(text, after, that.start())) and self._right_after_subject(
                text, match, to_noun.start(), that.start()
            ):
                continue  # "وتشير المصادر إلى سيطرة …، ويتوقع مراقبون أن": that أن is another verb's
            semicolon = text.find(";", match.end(), that.start())  # ؛, folded
            if semicolon >= 0 and self._verbs.within(semicolon, that.start()):
                continue  # "وأكدت الوحدة …؛ وذكر أن": the clause is the later verb's (not "X؛ تاجر، إن")
            said = between[between.rfind(":") + 1 :].strip() if ":" in between else ""
            if said and not said.endswith(("،", ",")):
                continue  # "وقال: هناك … نريد أن": that أن is inside what he said; not "قال: اليوم، أنه"
            if self._nothing_said(text, match):
                continue  # "لكنها لم تؤكد إن …": nothing was said; "وتم نقل الشهيد … بيد أن": nobody speaks
            if match.group("verb") in _CONSIDERS and not self._considers(text, match, that.start()):
                continue  # "التوقيع … يعتبر خطوة كبيرة …، مجددا تأكيده على أن": is considered
            if match.group("verb") in _IMPERSONAL and not between.strip():
                continue  # "يذكر أن …" (it is worth noting): nobody speaks
            if (
                match.group("verb") in _SHOWING
                and between.strip() in ("", "الي", "علي")
                and word_before(text, match.start()) in _WHAT
            ):
                continue  # "وهو ما يشير إلى أن"، "مما يؤكد أن": a fact shows it (not "على ما تقول إنه")
            if word_before(text, that.start()) in _NOT_THAT:
                continue  # "قال … الذي من الممكن أن يضمه": that أن is "to"; "بيد أن" is "however"
            clause = self._reported_clause(text, that, masdar is not None, end, openings, quoted)
            if clause is not None:
                candidates.append((match, that, *clause))
        reported = {candidate[1].start() for candidate in candidates}
        for source in self._sources.within(start, end):  # "ووفقا للناطق الإعلامي …، فإن …"
            that = self._thats.first(source.end(), min(end, source.end() + 120))
            if that is None or not that.group().startswith("ف") or that.start() in reported:
                continue  # only فإن goes on from a source phrase; "وبحسب …، قال إن" is the verb's
            if (
                self._sentence_ends(source.end(), that.start())
                # "وفقا لدبلوماسي طلب عدم ذكر اسمه، فإن": a verb that says nothing is not the clause's
                or self._says_something(text, source.end(), that.start())
                or not self._only_names_quoted(text, source.end(), that.start())
            ):
                continue
            clause = self._reported_clause(text, that, False, end, openings, quoted)
            if clause is not None:
                candidates.append((source, that, *clause))
        return self._one_verb_each(text, candidates)

    def _considers(self, text: str, verb: re.Match, that: int) -> bool:
        """Whether يعتبر/تعتبر reports the إن/أن at ``that``: it follows the verb or the verb's
        subject, with at most an adverb or where the subject is between ("ويعتبر أردوغان أن"، "فيما
        يعتبر 61% منهم أن"، "ويعتبر الخبراء عموما أن"، "ويعتبر %58 من المجيبين في المنطقة أن"). A
        predicate after the verb makes it the passive, "is considered" ("التوقيع … يعتبر خطوة كبيرة
        نحو التسوية، مجددا تأكيده على أن"، "ما قدم يعتبر عملا رائعا"), and the أن after it is
        another's."""
        if self._right_after_subject(text, verb, that):
            return True
        subject = self._after_cue(text, verb, that)
        rest = text[subject.end : that].split() if subject is not None else []
        if rest[:1] == ["في"]:  # where they are: "ويعتبر %58 من المجيبين في منطقة الشرق الأوسط أن"
            return not any(comma in word for word in rest for comma in "،,")
        if len(rest) != 1:
            return False
        adverb = rest[0]  # مؤكدا، بوضوح، عموما، أيضا (not على: "يعتبر دليلا على أن")
        return (
            bool(_ADVERBIAL.fullmatch(adverb))
            or adverb in _MANNER
            or (adverb in self.stops and adverb[-1] == "ا")
        )

    def _reported_clause(
        self, text: str, that: re.Match, masdar: bool, end: int, openings: list[int], quoted: list[tuple]
    ) -> tuple[int, int] | None:
        """Where the clause reported after إن/أن (or from a negated masdar on) begins and ends; None
        when it is too short, inside a direct quote, the subject of one (إن بايدن "لم يقدم …"), or
        when أن is "to" before a speech verb ("عليه أن يقول لنا")."""
        c_start = that.start() if masdar else that.end()
        while c_start < end and text[c_start].isspace():
            c_start += 1
        if (
            that.group().endswith("ان")
            and (verb := self._verbs.at(c_start))
            and verb.group("verb")[:1] in "يت"
        ):
            return None  # a present speech verb after أن
        c_end = self._clause_end(text, c_start, end, openings)
        if c_end - c_start < 8 or any(q_s <= c_start < q_e for q_s, q_e in quoted):
            return None
        if len(text[c_start:c_end].split()) <= 3 and any(c_end < q_s <= c_end + 3 for q_s, _ in quoted):
            return None  # إن بايدن "لم يقدم": the quotation is what was said; the words before, its subject
        return c_start, c_end

    def _right_after_subject(self, text: str, verb: re.Match, position: int, stop: int | None = None) -> bool:
        """Whether ``position`` follows the verb directly or right after the verb's subject, with
        nothing else between: "وأكدت موسكو عدم", "ونفى عدم", "تشير المصادر إلى", not "قال إنه في حال
        عدم" or "قال في رسالة بعث بها إلى". The subject is read up to ``stop`` (``position`` if not
        given), so a name that runs past ``position`` holds it: المبعوث الأممي إلى اليمن."""
        between = text[verb.end() : position]
        if not between.strip(" ،,"):
            return True
        if word_before(text, position) in _MASDAR_HEADS:
            return False  # "تؤكد احترام مبدأ عدم التدخل": عدم belongs to the noun before it
        subject = self._after_cue(text, verb, position if stop is None else stop)
        return (
            subject is not None and subject.end <= position and not text[subject.end : position].strip(" ،,")
        )

    def _unquoted_candidates(
        self, text: str, start: int, end: int, direct: list[tuple], reporting: set[int]
    ) -> list[tuple]:
        """(verb match, colon match, start, end) of what was said after a cue and a colon without
        quotation marks ("وقال الأمير الوليد بن طلال: مجموعة روتانا استقدمت …"), up to the next
        quotation, the sentence of the next speech verb or the paragraph's end. Not when a quotation
        mark or إن/أن follows the colon (those are direct or indirect speech), nor when the cue
        reports a clause of its own (its start is in ``reporting``)."""
        candidates: list[tuple] = []
        if text.find(":", start, end) < 0:
            return candidates  # most paragraphs: no colon
        openings = [d[0] for d in direct]
        for match in self._verbs.within(start, end):
            if match.group("verb") not in self.colon_speech:
                continue
            colon = _COLON.search(text, match.end(), min(end, match.end() + 80))
            if (
                colon is None
                or match.start() in reporting
                or (candidates and match.start() < candidates[-1][3])
            ):
                continue
            between = text[match.end() : colon.start()]
            if (
                self._quoted_between(match.end(), colon.start(), openings)
                or self._sentence_ends(match.end(), colon.start())
                or "\n" in between
            ):
                continue
            if self._nothing_said(text, match):
                continue
            q_start = colon.end()
            if q_start >= end or text[q_start] in QUOTE_MARKS or self.that.match(text, q_start):
                continue  # “…” after the colon is a direct quote, إن … a reported clause
            q_end = min([end] + [o for o in openings if o > q_start])  # not [end, *(…)]: Cython
            for verb in self._verbs.within(q_start, q_end):  # "… بالنجاح. وعن غيابه قال": a new cue
                if (sentence := self._sentence_start(text, start, verb.start())) > q_start:
                    q_end = sentence
                    break
            while q_end > q_start and text[q_end - 1] in " .،,:":
                q_end -= 1
            if len(text[q_start:q_end].split()) >= 4:
                candidates.append((match, colon, q_start, q_end))
        return candidates

    def _quoted_between(self, start: int, end: int, openings: list[int]) -> bool:
        """Whether something quoted as speech, or a quotation mark left open, lies in ``[start, end)``
        (a quoted name does not: "وقال X عبر حسابه في “تويتر”: …"; ``openings``: the direct quotes')."""
        marks = self._marks
        first, last = bisect_left(marks, start), bisect_left(marks, end)
        return (last - first) % 2 == 1 or any(start <= opening < end for opening in openings)

    def _one_verb_each(self, text: str, candidates: list[tuple]) -> list[tuple]:
        """One speech verb for each reported clause. Two verbs before one إن/أن are a verb and its
        participle ("ونفت بكين … قائلة إنها"), whose subject is the verb's, or a verb and a nearer one
        with a subject of its own ("وتقول المجني عليها كما يقول المتهمون إنهم"), which reports it; so
        does one that opens a clause with و after a relative clause's verb ("أكد ترامب أنه اتصل
        بالملك سلمان، الذي نفى علمه بما حدث، وأشار إلى أنه": the relative clause has ended)."""
        kept: dict[int, tuple] = {}
        for candidate in candidates:
            match, that = candidate[0], candidate[1]
            if that.start() not in kept or (
                match.group("verb") not in self.participles
                and (
                    self._after_cue(text, match, that.start()) is not None
                    or (
                        _opens_clause_with_waw(text, match.start())
                        and word_before(text, kept[that.start()][0].start()) in _RELATIVES
                    )
                )
            ):
                kept[that.start()] = candidate
        return list(kept.values())

    def _antecedent(self, speaker: Speaker, recent: list[Speaker]) -> Speaker | None:
        """ "وقال المستشار": a bare definite title refers to the last person named with that title
        before it ("مستشار الأمن القومي جيك سوليفان"). A definite word that no earlier speaker carries
        is a name of its own: الجروان، الزعنون are family names, not titles. So does a title with its
        definite adjectives ("الملحق الثقافي" → "الدكتور تركي العيار الملحق الثقافي بالسفارة"), when
        the words of a person's title or profession follow one another in the earlier name."""
        if speaker.text in _HONORED:
            return self._honored(speaker, recent)
        if speaker.text.startswith(("هذا ", "هذه ")):  # "وقال هذا المسؤول السياسي": the one named before
            named = Speaker(speaker.text[4:], speaker.start + 4, speaker.end)
            if found := self._antecedent(named, recent):
                return found
            if not self._a_person(named.text.split()[0].removeprefix("ال")):
                return None  # "هذه التقارير" with no reports named before: no one to stand for
            feminine = speaker.text.startswith("هذه")  # "هذا المسؤول السياسي": the last man who spoke
            return next(
                (
                    s.refers_to or s
                    for s in reversed(recent)
                    if s.feminine in (None, feminine)
                    and not s.plural
                    and self._type(s.text) != "organisation"
                ),
                None,
            )
        if not speaker.text.startswith("ال") or speaker.text in self.states:
            return None  # most speakers: a name, or a title without its article; a state's name
        words = speaker.text.split()
        if len(words) > 1 and (
            len(words) > 3
            or not all(w.startswith("ال") for w in words)
            or not self._a_person(words[0].removeprefix("ال"))
        ):
            return None
        kind = self._type(speaker.text)  # a person's title, or an institution's (الشركة → شركة نيسان)
        if kind == "anonymous":
            return None
        title = words[0].removeprefix("ال")
        if len(words) > 1:
            return next(
                (
                    s
                    for s in reversed(recent)
                    if s.text != speaker.text
                    and f" {speaker.text} " in f" {s.text} "
                    and self._type(s.text) == kind
                ),
                None,
            )
        return next(
            (
                s
                for s in reversed(recent)
                if len(s.text.split()) > 1
                and self._type(s.text) == kind  # not الحكومة for المتحدث باسم الحكومة
                # not "بيان البلدية" for البلدية (but "تقرير الوكالة الدولية" for التقرير)
                and (not self._issued(s.text) or self._issued(speaker.text))
                and any(same_title(w.removeprefix("ال"), title) for w in s.text.split())
            ),
            None,
        )

    def _honored(self, speaker: Speaker, recent: list[Speaker]) -> Speaker | None:
        """Whom an honorific with a pronoun stands for ("وأوضح معاليه"، "وأكد سموه"، "قالت سموها"):
        the last person named before it with that honorific (معالي وزير الخارجية …، صاحب السمو
        الملكي الأمير …), among the speakers, else in the text before it ("صاحب السمو الملكي الأمير
        فيصل بن خالد أمير منطقة عسير، وقف … وأكد سموه"); else the last titled person who spoke."""
        feminine = speaker.text.endswith("ها")
        honorific = _HONORED[speaker.text]
        titled = [
            name
            for s in reversed(recent)
            if not s.plural
            and s.feminine in (None, feminine)
            and (name := s.refers_to or s).text not in _HONORED
            and self._type(name.text) == "person"
            # a title in the name: "وزير …"، "إمام وخطيب المسجد الحرام الشيخ …"
            and any(self._a_person(word.removeprefix("ال")) for word in name.text.split())
            and not self._many(name.text)
        ]
        honored = next(
            (n for n in titled if any(w.removeprefix("ال") == honorific for w in n.text.split())), None
        )
        if honored is not None:
            return honored
        text = self._folded.text
        for match in reversed(list(_HONORIFIC_BEFORE.finditer(text, 0, speaker.start))):
            if match.group("honorific") != honorific:
                continue
            name = self._noun_phrase(text, match.start(), speaker.start, held_in=False)
            # a title after the honorific ("سمو الأمير"، "معالي وزير"، "صاحب السمو الملكي الأمير"), not
            # a list of the honoured ("أصحاب السمو والفضيلة والمسؤولين")
            after = text[match.end() : name.end].split() if name is not None else []
            if after[:1] == ["الملكي"]:
                after = after[1:]
            if after and self._a_person(after[0].removeprefix("ال")):
                return self._without_object(text, name)
            break
        return titled[0] if titled else None

    # -- pieces -------------------------------------------------------------------------------------

    def _speech_around(self, text: str, start: int, opening: int, closing: int, end: int) -> bool:
        """A speech verb or source phrase in the quote's sentence, before it or just after it; not a
        negated verb ("ولم يذكر بيان الكرملين “التسوية الداخلية”": nothing was said)."""
        sentence_start = self._sentence_start(text, start, opening)
        if self._sources.within(sentence_start, opening) or self._says_something(
            text, sentence_start, opening
        ):
            return True
        if closing >= end:
            return False  # left open to the paragraph's end: what follows is the next paragraph's
        after = text[closing + 1 : min(end, closing + 40)]
        position = closing + 1 + len(after) - len(after.lstrip(" ،,."))
        return bool(self._verbs.at(position) or self._sources.at(position))

    def _clause_end(self, text: str, start: int, end: int, openings: list[int] | None = None) -> int:
        """Where the clause from ``start`` ends: at its sentence's end, or before the next quotation
        mark; with ``openings`` (where the direct quotes begin, sorted), before the next of them, a
        speech verb after a comma ("…، وأضاف أن") or after في حين، بينما، فيما, or a source phrase
        after a comma that names a source (see :meth:`_names_source`), whichever comes first. The
        spaces and punctuation that end it, and a quotation mark it holds only the close of, are
        left out."""
        cut = end
        sentence = first_within(self._sentence_marks, start, end)
        if sentence is not None:
            cut = sentence + 1
        mark = first_within(self._marks if openings is None else openings, start, cut)
        if mark is not None:
            cut = mark
        if openings is not None:
            # a speech verb or a source phrase that names who says it ("…، وحسب مصدر في المقاومة،
            # فإن"، "…، وفقا لوكالة الأناضول") after a comma
            cues = self._verbs.within(start, cut)
            if sources := self._sources.within(start, cut):  # most clauses hold none
                named = [source for source in sources if self._names_source(text, source, cut)]
                cues = sorted([*cues, *named], key=lambda cue: cue.start())
            for cue in cues:
                if while_ := _WHILE.search(text, max(start, cue.start() - 12), cue.start()):
                    cut = while_.start()  # "… في حين أكد متحدث إن", "بينما قال": another's statement
                    break
                before = cue.start() - 1
                while before > start and text[before] == " ":
                    before -= 1
                if before >= start and text[before] in "،,":
                    cut = cue.start()  # "…، وقال إن", "…، مضيفا أن": a statement of its own begins
                    break
        while cut > start and text[cut - 1] in " .,،":
            cut -= 1
        if cut > start and text[cut - 1] in QUOTE_MARKS and self._odd_marks(start, cut):
            return self._clause_end(text, start, cut - 1, openings)  # "… السنين ”": a mark it did not open
        return cut

    def _names_source(self, text: str, source: re.Match, end: int) -> bool:
        """Whether a source phrase names whom what goes before it or after it comes from, by ``end``:
        a verb of saying after it ("بحسب ما نقلته"، "وفقا لما قاله"، "حسبما ذكرت"), a person or an
        institution ("وفقا لوكالة الأناضول"، "بحسب وزير الداخلية") or a clause of its own after it
        ("وحسب مصدر في المقاومة لـ«…»، فإن"); not a rule followed ("وفقا للشروط"، "بحسب الآلية")."""
        phrase = source.group("verb")
        if phrase.startswith(_WHOSE_WORDS) or phrase.split()[-1] in self.verb_of:
            return True  # "نقلا عن"، "على لسان"، "ما قاله"، "حسبما ذكرت": a speaker follows
        after = source.end() + 1 if text.startswith("ل", source.end()) else source.end()
        if _WHAT_VERB.match(text, after, end):
            return True
        if (that := self._thats.first(source.end(), end)) is not None and that.group().startswith("ف"):
            return True
        named = self._noun_phrase(text, source.end(), end, after_source=True)
        return named is not None and self._titled_or_institution(named)

    def _odd_marks(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds an odd number of quotation marks: the open or the close of
        a quotation that reaches beyond it."""
        return bool((bisect_left(self._marks, end) - bisect_left(self._marks, start)) % 2)

    def _speaker_before(self, text: str, start: int, opening: int, recent: list[Speaker]):
        sentence_start = self._sentence_start(text, start, opening)
        verbs = self._verbs.within(sentence_start, opening)
        # not "…، لم يذكر اسمه، إن", nor a passive: "بشعارات وصفت بأنها «…»"
        verbs = [
            verb for verb in verbs if not self._nothing_said(text, verb) and not self._passive(text, verb)
        ]
        if len(verbs) > 1:  # "قالت جينا هاسبل، التي أعلن ترامب عن تعيينها …: «…»": a relative clause
            # with a subject of its own describes the one named before it, who speaks (not "مصدر …،
            # الذي أعلن أن «…»", whose verb is the source's)
            verbs = verbs[:1] + [
                v
                for v in verbs[1:]
                if word_before(text, v.start()) not in _RELATIVES or _SAID_RIGHT_AFTER.match(text, v.end())
            ]
        cues = verbs + [
            source
            for source in self._sources.within(sentence_start, opening)
            if not any(self._relays(text, verb, source) for verb in verbs)
            # "بالرد على ما قاله رئيس التحرير، إذ كتب «…»": the words of the one who wrote
            and not (
                source.group("verb").startswith(_WHAT_SAID)
                and any(verb.start() > source.start() for verb in verbs)
            )
        ]
        if not cues:
            return None, None
        # a source phrase (وبحسب الكرملين، أعرب بوتين وبايدن عن “…”) names the speaker over the verb's
        # subject, but not over قال after it: "وبحسب «رويترز» قال سوكراتيس لازاريديس «…»" relays his words
        source = next((c.start() for c in cues if c.re is self.source), opening)  # the first: in order
        cues.sort(
            key=lambda m: (
                m.re is self.source or (m.start() > source and m.group("verb") in _SAY),
                m.start(),
            ),
            reverse=True,
        )
        for cue in cues:
            speaker = self._speaker_of(text, sentence_start, cue, opening)
            if speaker is None and verbs and cue is verbs[-1] and cue.group("verb") not in _INDICATING:
                # "ونقلت كونا أن البلدين أكدا على “…”": the words are the inner verb's subject's
                speaker = self._subject_after_that(text, sentence_start, cue)
            if speaker is not None:
                self._said_with(speaker, cue.group("verb"))
                return speaker, cue.group("verb")
        return self._carried(text, sentence_start, cues[0], recent)  # وأضاف: “…”

    def _relays(self, text: str, verb: re.Match, source: re.Match) -> bool:
        """Whether a source phrase relays what the speech verb a few words before it reports: "وأوضح
        نصرالله وفقا لما نقلته الوكالة الوطنية: «…»" is Nasrallah's, "وأضاف، بحسب الوكالة: «…»" the
        pronoun's, not the agency's (but "نقلا عن"، "على لسان" name the one who spoke)."""
        if source.group("verb").startswith(_WHOSE_WORDS):
            return False  # "ونقلت الوكالة على لسان العميد … قوله": the one whose words they are
        between = text[verb.end() : source.start()]
        return verb.end() <= source.start() and _RELAYED_BY.fullmatch(between) is not None

    def _opening_subject(
        self, text: str, sentence_start: int, end: int, participle: bool = False, many: bool = False
    ) -> Speaker | None:
        """The subject of the verb that opens the sentence of a participle or a pronoun cue, if it
        is a title or an institution ("وأبدى رئيس النادي هذيل آل شرمه ارتياحه …، وقال:", "وجه وزير
        الخزانة الأميركي ستيفن منوتشين تحذيرا …، قائلا"). The sentence must open with a word that
        can be a verb, with or without و/ف: not a particle (أما، لكن، كما), a title nor a definite
        word (a pronoun cue comes here only when nobody has spoken before it in the article: "عبر
        الرئيس الأمريكي … عن حزنه، وأشار إلى أن"). The verb's object after the subject is left out.
        When the sentence opens with a clause of its own ("رغم كل الجدل …، دافع الرئيس الأمريكي
        دونالد ترامب …، مؤكدا"), a participle's subject is that of the nearest clause after a comma
        or a dateline that opens with a verb and a title or an institution. فيما and بينما before the
        verb are passed over ("فيما زود الأمير فيصل … اللاعبين …، أكد أن"), and so is the setting
        ("وبهذه المناسبة تحدث رئيس اتحاد القدم قائلا:"). ``many``: for a plural cue, a subject that
        names many people will do too ("انتقد عدد من الشباب …. وقالوا")."""
        if topic := self._topic(text, sentence_start, end) or self._titled_topic(text, sentence_start, end):
            return topic
        if for_its_part := _FOR_ITS_PART.match(text, sentence_start, end):
            sentence_start = for_its_part.end()
        elif opening := _WHILE_OPENING.match(text, sentence_start, end) or _SETTING_OPENING.match(
            text, sentence_start, end
        ):
            sentence_start = opening.end()
        subject = self._subject_of_verb_at(
            text, sentence_start, end, any_name=bool(for_its_part), many=many, bare=True
        )
        if subject is not None or not participle:
            return subject
        comma = end
        while (comma := max(text.rfind(mark, sentence_start, comma) for mark in _CLAUSE_MARKS)) >= 0:
            if (subject := self._subject_of_verb_at(text, comma + 1, end, many=many)) is not None:
                return subject
        return None

    def _subject_of_verb_at(
        self, text: str, start: int, end: int, any_name: bool = False, many: bool = False, bare: bool = False
    ) -> Speaker | None:
        """The title or institution after the verb that opens a clause at ``start`` (see
        :meth:`_opening_subject`); ``any_name``: a description or a name with one after a comma
        will do (after من جهته), not only a title or an institution; ``many``: so will a name of
        many people (عدد من الشباب، مئات الطلاب); ``bare``: so will a person's bare name (see
        :meth:`_bare_name`), at the opening of a sentence."""
        tokens = _NAME_TOKEN.finditer(text, start, end)
        verb = next(tokens, None)
        if verb is not None and (verb.group() in _QAD or verb.group() in _NEGATIONS):
            verb = next(tokens, None)  # "وقد احتجت السلطات"، "ولم يتحدث أردوغان": the verb is next
        if verb is None or verb.end() >= end - 1:
            return None
        word = verb.group()
        if (
            (len(word) < 3 and word not in _SHORT_VERBS)
            or (word in self.stops and word not in _EXPRESSED)
            or word in _NOT_OPENING_VERBS
        ):
            return None  # عبر is "via" as a stop word and "expressed" opening a sentence (عبر الرئيس … عن)
        if word[0] not in "وف" and (word in self.person_titles or word in self.titles):
            return None
        if _PRONOUN_OPENING.match(word) or (word.startswith(DEFINITE) and word not in _AL_VERBS):
            return None
        if word in _RELAYING or word[1:] in _RELAYING:
            return None  # "وتنقل الصحيفة عن الزوجة قولها": the paper relays, it does not speak
        if text[verb.end() : verb.end() + 1] in _COMMAS:
            return None  # "دبي، الإمارات العربية المتحدة (CNN) –": a dateline's city, not a verb
        subject = self._noun_phrase(text, verb.end(), end, held_in=False)
        if subject is None:
            return None
        honored = subject.text.split(None, 1)[0]
        if honored in _HONORED:  # "وأشاد سموه بالجهود …، مؤكدا"، "مبديا سموه تفاؤله"
            return Speaker(honored, subject.start, subject.start + len(honored))
        if text.startswith(" في ", subject.end) and (held := self._held_in(text, verb.end(), end, subject)):
            subject = held
        named_with_post = bare and self._name_and_post(subject)
        if not (
            self._titled_or_institution(subject)
            or (any_name and self._described(subject))
            or (many and self._many(subject.text))
            or (bare and not text[verb.end() : subject.start].strip() and self._bare_name(text, subject))
            or named_with_post
        ):
            return None
        whole = self._without_object(text, subject)
        if whole is not None and word.endswith("ت") and len(word.removeprefix("و")) > 3:
            whole = self._before_feminine_object(text, whole)  # "وانتقدت الحكومة القانون، معتبرة"
        if named_with_post:  # the name as it stands ("السويسري كريستيان"), an object may follow the post
            comma = _COMMA_SPLIT.search(text, subject.start, subject.end)
            if whole is not None and whole.end > comma.start():
                return whole
            post = self._without_object(
                text, Speaker(text[comma.end() : subject.end], comma.end(), subject.end)
            )
            end = subject.end if post is None else post.end
            return Speaker(text[subject.start : end], subject.start, end)
        return whole

    def _held_in(self, text: str, start: int, end: int, subject: Speaker) -> Speaker | None:
        """The subject at ``start`` with where its post is held, over the في right after it, when a
        comma ends the name and a name or a post's place stands after في, with no relative clause:
        "كشف عضو اللجنة السياحية الوطنية في مجلس الغرف السعودية عبدالغني الأنصاري، عن" (not "ودعا
        رئيس الوزراء المنشقين في الحزب والذين"، "… الحوثيين في اليمن، دون", an object's place)."""
        held = self._noun_phrase(text, start, end)
        if held is None or text[held.end : held.end + 1] not in _COMMAS:
            return None
        place = text[subject.end + 4 : held.end].split()  # after " في "
        if all(word.startswith((*DEFINITE, "و", "ب")) for word in place) or not _AND_RELATIVES.isdisjoint(
            place
        ):
            return None
        return held

    def _name_and_post(self, subject: Speaker) -> bool:
        """Whether a subject is a person's name and, after a comma, their post: "السويسري كريستيان
        غروس، المدير الفني لفريق الأهلي" (a name of its own before the comma, a title after it)."""
        parts = _COMMA_SPLIT.split(subject.text)
        name = parts[0].split()
        return (
            len(parts) > 1
            and 1 < len(name) <= 4
            and all(word.lstrip("#").isalpha() for word in name)  # not a dateline: "(CNN)— انتقد"
            and any(not word.startswith(DEFINITE) for word in name)
            # no title after its first word but in a family name: "هجوم الجمهوريين النائب إد رويس" is
            # a verb's object and its subject; "تركي آل الشيخ" is one man
            and not any(
                self._a_person(word.removeprefix("ال")) and before not in KINSHIP and before != "ال"
                for before, word in pairwise(name)
            )
            and bool(parts[1].split())
            and self._a_person(parts[1].split()[0].removeprefix("ال"))
        )

    def _bare_name(self, text: str, subject: Speaker) -> bool:
        """Whether a subject right after its verb is a person's bare name of one to three words that a
        preposition or a comma ends, and that the article gives elsewhere too: "وأصر أكسوي على
        براءته" after "الصحافي مراد أكسوي" (not "دانت دمشق إعادة فرض …", where the object runs on
        from the name; nor "وقع أكثر من 250 عالما", "عاشته تونس", "مدخرات «الدرناوي»")."""
        words = subject.text.split()
        after = _PREPOSITION_NEXT.match(text, subject.end)
        return (
            len(words) <= 3
            and not any(w.startswith(DEFINITE) or w in self.stops or w.endswith("ته") for w in words)
            and not any(mark in subject.text for mark in QUOTE_MARKS)
            and (
                (after is not None and after.group().strip() != "من")
                or text[subject.end : subject.end + 1] in _COMMAS
                or _AGE_IN_BRACKETS.match(text, subject.end)  # "وناشد سيزار (23 عاما)، وهو إعلامي"
            )
            and text.count(words[-1]) > 1
        )

    def _described(self, name: Speaker) -> bool:
        """Whether a name is a description ("البائع فاضل محمد", "الحكم الدولي", "الأزهر", a relative
        of someone: "والد الشهيد …") or a name with its description after a comma ("روكو كونتينتو،
        ممثل اتحاد الشرطة", "هشام النجار، الخبير"): a bare name may run on into the verb's object
        ("دانت دمشق إعادة فرض …")."""
        words = name.text.split()
        if words[0].startswith("ال") or words[0] in _KIN:
            return True  # "والد الشهيد الشيخ ناصر بشيري", "شقيقة الضحية"
        after_comma = _COMMA_SPLIT.split(name.text, maxsplit=1)[1:]
        return bool(after_comma) and (
            after_comma[0].startswith("ال") or after_comma[0].split()[0] in self.person_titles
        )

    def _many(self, name: str) -> bool:
        """Whether a name names many people though a singular verb named them (Arabic puts a verb
        before its subject in the singular): "مسؤولون أمريكيون"، "شهود عيان"، "عدد من العلماء"،
        "الرئيسان"."""
        head = name.split()[0]
        head = head[1:] if head[:1] == "و" and len(head) > 3 else head
        definite = head.startswith("ال")
        head = head.removeprefix("ال")
        return (
            head in _MANY
            or head in _QUANTITIES
            # a sound plural: definite, a participle or a nisba (الباحثون، مسؤولون، دبلوماسيون), not a
            # name (كلينتون، جونسون)
            or (
                head.endswith("ون")
                and (definite or (head[0] == "م" and len(head) > 5) or head.endswith("يون"))
            )
            or (head.endswith("ان") and (_two_of(head, self.person_titles) or _two_of(head, _PAIRED)))
        )

    def _titled_or_institution(self, name: Speaker) -> bool:
        """Whether a name opens with a person's title, two of them, or an institution (وزير،
        المتحدث، الرئيسان، الكرملين)."""
        head = name.text.split()[0].removeprefix("ال")
        return (
            self._a_person(head)
            or _two_of(head, self.person_titles)
            or bool(self.organisation.match(name.text))
        )

    def _a_person(self, word: str) -> bool:
        """Whether a word without its article is a person's title or a profession (رئيس، متحدثة،
        المحلل، المصممة): a word that names a person."""
        return word in self.person_titles or word.removesuffix("ه") in self.people_by_profession

    def _without_object(self, text: str, subject: Speaker) -> Speaker | None:
        """A sentence-opening verb's subject without the object after it: "مجلس الإسماعيلي بيانا
        رسميا" ends before بيانا, "إدارة مرور الشرقية 200 شاحنة" before the number, "الدكتور الزهراني
        بالجودة" before بالجودة, and after a person's name, a comma that no title follows ends it
        ("الرئيس السوداني، عمر حسن البشير، حل الحكومة"). An institution's name ends at a bare word
        after its definite words ("وزارة الصحة الفلسطينية هوية الشاب", "الولايات المتحدة مقترح
        أردوغان"), unless a person's title stands in it ("جامعة الملك سعود", "حكومة رئيس الوزراء حيدر
        العبادي") or the word is a place in another institution ("… بوزارة الداخلية")."""
        person = False  # a person's title has opened the name or stands in it ("حكومة رئيس الوزراء …")
        named = False  # a person's name has begun: a word that is neither definite nor a title
        definite = False  # an institution's name has had a definite word
        previous = ""
        for word in _NAME_TOKEN.finditer(text, subject.start, subject.end):
            token = word.group()
            if word.start() > subject.start and (
                # "بيانا رسميا", not "شركة كمبريدج أناليتيكا البريطانية": a definite adjective after
                # a word in ا makes it a name's
                (
                    token.endswith("ا")
                    and not token.startswith("ال")
                    and not _DEFINITE_NEXT.match(text, word.end())
                    and not (person and not named)  # "الدكتورة ساندرا ندف": a name after a title
                )
                or token[0].isdigit()
                or token in _OBJECT_PRONOUNS  # "وردت المذيعة عليه بتعليق": whom the verb is about
                # "بالجودة" is the object; not "مدير الشؤون الصحية بالأحساء الدكتور …", a post's place
                or (
                    token.startswith("بال")
                    and not (person and not named and self._person_next(text, word.end()))
                )
                or (named and previous in _COMMAS and token.removeprefix("ال") not in self.person_titles)
                # "وزارة الخارجية البحرينية، وقوف البحرين": after an institution's comma, what it did
                or (definite and not person and previous in _COMMAS and not self._apposition(token))
                # "وألقى السفير عمرو رمضان كلمة"، "ووجه الوزير … رسالة": what the name gave
                or (named and self._speech_noun(token))
                # "مسؤولون ودبلوماسيون، التصريحات": a definite word after a comma is the object
                or (previous in _COMMAS and token.startswith("ال") and not self._apposition(token))
                or (
                    definite
                    and not person
                    and not token.startswith((*DEFINITE, "ل", "و"))
                    and len(token) > 2
                    and token not in self.stops
                    and not (token[0] == "ب" and self.organisation.match(token, 1))  # بوزارة الداخلية
                )
            ):
                end = subject.start + len(text[subject.start : word.start()].rstrip(" ،,;"))
                if text[end - 1] in QUOTE_MARKS and self._odd_marks(subject.start, end):
                    end = subject.start + len(text[subject.start : end - 1].rstrip())  # the open of «بارع»
                return Speaker(text[subject.start : end], subject.start, end) if end > subject.start else None
            person = person or self._a_person(token.removeprefix("ال"))
            if person and token not in (*_COMMAS, "في", "لدي"):  # not a post's place: لدى الأمم المتحدة
                named = named or not (token.startswith(("ال", "لل", "بال")) or token in self.person_titles)
            # an institution's name is complete after a definite word or a quoted one: تنظيم «داعش»
            quoted = text[word.end() : word.end() + 1] in QUOTE_MARKS
            definite = definite or (
                not person and (token.startswith(DEFINITE) or quoted or token in self.states)
            )
            previous = token
        return subject

    def _before_feminine_object(self, text: str, subject: Speaker) -> Speaker | None:
        """The subject of a feminine verb (انتقدت، ونددت) without the definite object after it: an
        adjective of a feminine subject is feminine (الحكومة الإسرائيلية، المحكمة العليا، السلطات
        الأمنية), so a definite word after a definite one that ends in neither ة nor ى/ا (and is no
        nisba, title or participle: see :meth:`_apposition`) is the verb's object ("وانتقدت الحكومة
        القانون"، "وأدانت الولايات المتحدة الأميركية الهجوم")."""
        previous = None
        for token in _NAME_TOKEN.finditer(text, subject.start, subject.end):
            word = token.group()
            if (
                previous is not None
                and previous.startswith("ال")
                and word.startswith("ال")
                and len(word) > 3
                and not word.endswith(("ه", "ي", "ا"))
                and not self._apposition(word)
            ):
                return _cut_before(subject, token.start())
            previous = word
        return subject

    def _carried(
        self, text: str, sentence_start: int, cue: re.Match, recent: list[Speaker]
    ) -> tuple[Speaker | None, str | None]:
        """The speaker of a pronoun cue (وأضاف) or a participle (مشيرا), which name nobody after
        them, and the cue to report for it: ``previous``, the last one named whose gender agrees
        with the verb. A participle's subject is its sentence's, though: the one named before whose
        name follows the verb that opens the sentence ("وأشاد دونيس بالمعسكر …، قائلا" is دونيس's,
        whoever spoke last; "قدم الكرملين وصفا …، مشددا" the Kremlin's), and the title or
        institution its sentence opens with (:meth:`_opening_subject`) when nobody spoke in that
        sentence before it (a pronoun cue's, when nobody spoke before at all or when the cue follows
        a comma of that sentence: "عبر الرئيس الأمريكي … عن حزنه، وأشار إلى أن"), with the verb as
        its cue. After a relative pronoun, the one named right before it ("بحسب قائد الجبهة، الذي
        أكد")."""
        verb = cue.group("verb")
        feminine = verb in self.feminine_verbs
        relayed = verb in _RELAYING and _FROM_PRONOUN.match(text, cue.end())
        if relayed:  # "ونقلت صحيفة حريت عنه قوله": the pronoun's gender, not the outlet's
            feminine = relayed.group("pronoun") == "ها"
        plural = verb in self.plural_verbs
        if plural:  # "وأضافوا": many people, whatever the gender of the verb that named them
            agreeing = [s for s in reversed(recent) if s.plural or self._many(s.text)]
        else:
            agreeing = [s for s in reversed(recent) if s.feminine in (None, feminine) and not s.plural]
        if relayed:
            return (agreeing[0], "previous") if agreeing else (None, None)
        if (
            # "…، حيث قال:"، "وفي تعليق لناصر الطوالة الذي …، قال:": said in the statement named before
            (text.endswith("حيث ", 0, cue.start()) or self._opens_in_a_statement(text, sentence_start))
            and (author := self._statement_author(text, cue)) is not None
            and self._agrees(author, feminine)
        ):
            if agreeing and self._names_part_of(author, agreeing[0]):
                return agreeing[0], "previous"  # "قال مفتي السعودية … جاء ذلك في كلمة للمفتي، حيث قال"
            self._said_with(author, verb)  # "جاء ذلك في تغريدة للوزير …، حيث قال:": the one who wrote it
            return author, verb
        participle = verb in self.participles
        source = self._source_before(text, sentence_start, cue) if participle else None
        if source is not None and self._agrees(source, feminine):
            self._said_with(source, verb)
            return source, verb
        if participle and agreeing:
            words = text[sentence_start : cue.start()].split(None, 2)
            if len(words) == 3 and not words[0].startswith(DEFINITE) and words[0] not in self.stops:
                subject = words[1].strip(TOKEN_STRIP)
                if len(subject) > 2 and (
                    not subject.startswith(DEFINITE) or self.organisation.match(subject)
                ):
                    named = next((s for s in agreeing if subject in s.text.split()), None)
                    if named is not None:
                        return named, "previous"
        relative = word_before(text, cue.start())
        antecedent = None
        if relative in _RELATIVES or relative in _AND_RELATIVES:  # "بحسب قائد الجبهة، الذي أكد"
            at = text.rfind(relative, 0, cue.start())
            antecedent = self._antecedent_of_relative(text, sentence_start, at)
        if antecedent is not None:
            self._said_with(antecedent, verb)
            return antecedent, verb
        # the sentence's own subject (not after a relative pronoun nobody before it is named for),
        # unless someone spoke in it since: "وأدانت المنظمة …، وأشار أمينها العام إلى أن …، مؤكدا
        # أن" goes on with the secretary general
        if (
            relative not in _RELATIVES
            and (
                not agreeing
                or (participle and agreeing[0].start < sentence_start)
                # "عبر الرئيس الأمريكي دونالد ترامب عن حزنه …، وأشار إلى أن": و and a verb after a comma
                # goes on with the subject of the verb its sentence opened with
                or (
                    agreeing[0].start < sentence_start
                    and (
                        text[sentence_start : cue.start()].rstrip()[-1:] in ("،", ",")
                        # "وانتقد ترامب مبدأ المدارس … إذ اعتبر أنها": إذ (as) goes on the same way
                        or text.endswith(" اذ ", 0, cue.start())
                    )
                )
                # "من جانبه، بارك محافظ القرى …، وقال:": for his part, the one named after it speaks
                or (
                    agreeing[0].start < sentence_start
                    and _FOR_ITS_PART.match(text, sentence_start, cue.start())
                )
            )
        ):
            opening = self._opening_subject(text, sentence_start, cue.start(), participle, many=plural)
            if opening is None and participle:
                opening = self._named_by_speech_verb(text, sentence_start, cue)
            if (
                opening is None
                and not agreeing
                # a pronoun cue, or a participle after a full stop typed for a comma ("…. مؤكدة أنها")
                and _BLANK.fullmatch(text, sentence_start, cue.start())
            ):
                opening = self._previous_subject(text, sentence_start, many=plural)
            if (
                opening is not None
                and self._agrees(opening, feminine)
                and (not plural or self._many(opening.text))
            ):
                self._said_with(opening, verb)
                return opening, verb
        return (agreeing[0], "previous") if agreeing else (None, None)

    def _source_before(self, text: str, sentence_start: int, cue: re.Match) -> Speaker | None:
        """The one a source phrase names right before a participle, a comma between: "بحسب ما أعلنه
        وكيل أعماله دنيس أسبلاند، مشيرا إلى أنه" goes on with the agent, whose words the sentence
        gave before. Only a person's title or an institution: "وفق المعايير الزمنية، مشيرا" is by
        the standards, not theirs."""
        source = next(reversed(self._sources.within(sentence_start, cue.start())), None)
        if source is None:
            return None
        name = self._after_cue(text, source, cue.start())
        if name is None or text[name.end : cue.start()].strip(" ،,") or not self._titled_or_institution(name):
            return None
        return name

    @staticmethod
    def _names_part_of(name: Speaker, fuller: Speaker) -> bool:
        """Whether every word of ``name`` is one of ``fuller``'s, with or without ال ("المفتي" of
        "مفتي السعودية، الشيخ عبدالعزيز آل الشيخ", "روبين" of "روبين رايت، المحلل والكاتب")."""
        words = {w.strip(TOKEN_STRIP).removeprefix("ال") for w in fuller.text.split()}
        return all(w.strip(TOKEN_STRIP).removeprefix("ال") in words for w in name.text.split())

    def _agrees(self, subject: Speaker, feminine: bool) -> bool:
        """Whether a subject agrees in gender with a verb: not a feminine noun (صحيفة، الوزارة) with
        a masculine verb, nor a man's title (رئيس، المتحدث) with a feminine one. A broken plural
        (مصادر) takes either, and a name's gender is not known (عبدالله، رئيس النادي)."""
        first = subject.text.split()[0]
        head = first.removeprefix("ال")
        if head == first and head not in self.person_titles and not self.organisation.match(first):
            return True  # a name
        if head.endswith("ه"):
            return feminine
        return not (feminine and head in self.person_titles)

    def _previous_subject(
        self, text: str, sentence_start: int, many: bool = False, back: int = 0
    ) -> Speaker | None:
        """The title or institution the sentence before ``sentence_start`` opens with, as the
        subject of its verb (with or without و), for a pronoun cue that opens a sentence when nobody
        has spoken yet: "استنكر رئيس الجالية … الهجوم. وقال: «…»"; or the one it names after أما,
        before the verb with ف ("أما الباحث الاجتماعي أحمد الصفحي فبين أن …. وقال إن"). ``many``:
        see :meth:`_opening_subject`. A sentence whose verb has its subject unsaid ("وأعربت في بيان
        لها عن القلق") goes on with the sentence before it, twice at most."""
        end = len(text[:sentence_start].rstrip())
        if end == 0:
            return None
        if text[end - 1] in ".!?؟":
            end -= 1
        start = self._sentence_start(text, text.rfind("\n", 0, end) + 1, end)
        opening = start + len(text[start:end]) - len(text[start:end].lstrip())
        if topic := self._topic(text, opening, end):
            return topic  # "أما الباحث … فبين أن …"
        subject = self._opening_subject(text, start, end, many=many)
        if (
            subject is None
            and back < 2
            and (unsaid := _SUBJECT_UNSAID.match(text, opening, end))
            and unsaid["verb"] not in self.in_statements  # "وجاء في البيان": the statement's words
        ):
            return self._previous_subject(text, start, many, back + 1)
        return subject

    def _topic(self, text: str, start: int, end: int) -> Speaker | None:
        """The one a sentence at ``start`` is about after أما, the subject of the verb with ف after it
        ("أما الباحث الاجتماعي أحمد الصفحي فبين أن"), with a relative clause between them or not ("أما
        ماجدة الحداد، التي كان والدها مديرا للمكتب، فاستذكرت … وقالت")."""
        amma = _AMMA.match(text, start, end)
        then = amma and _THEN_VERB.search(text, amma.end(), end)
        if not then or self._first_mark(text, start, end) is not None:
            return None  # "«… أما الشخصان الآخران فهما من الكاميرون»، مضيفا": in someone's words
        if name := self._name_up_to(text, amma.end(), then.start() + 1):
            return name
        name = self._noun_phrase(text, amma.end(), then.start() + 1)
        if name and _RELATIVE_ASIDE.match(text, name.end, then.start()):
            return name  # a relative clause between commas before the verb
        return None

    def _titled_topic(self, text: str, start: int, end: int) -> Speaker | None:
        """The titled person a sentence opens with, then a comma, when the cue at ``end`` has ف:
        "الروائي حمد الحمد، تميل قراءاته مع ما يستجد من أحداث، فيقول:" is about him, as after أما."""
        if not text.startswith("ف", end):
            return None
        opening = start + len(text[start:end]) - len(text[start:end].lstrip())
        comma = _COMMA_SPLIT.search(text, opening, end)
        first = text[opening : text.find(" ", opening, end)]
        if comma is None or not (first.startswith("ال") and self._apposition(first)):
            return None  # a title, a profession or a nisba: الروائي، الوزير، الكاتب
        name = self._name_up_to(text, opening, comma.start())
        return (
            name
            if name is not None and (self._titled_or_institution(name) or self._described(name))
            else None
        )

    def _named_by_speech_verb(self, text: str, sentence_start: int, cue: re.Match) -> Speaker | None:
        """The one a speech verb before a participle in its sentence names, with a comma after the
        name, when the verb reports nothing of its own: "حيث أكد حسين محمد إدهيم، من المنطقة
        الشرقية، …، موضحا أن" goes on with حسين محمد إدهيم."""
        for speech in reversed(self._verbs.within(sentence_start, cue.start())):
            if speech.group("verb") in self.participles:
                continue
            name = self._after_cue(text, speech, cue.start())
            if (  # a name, then a comma ("المتحدث …، الدكتور محمد المومني"، not "الزوج، جامعة تبوك …")
                name is not None
                and text[name.end : name.end + 1] in _COMMAS
                and self._titles_after_commas(name)
            ):
                return name
            return None
        return None

    def _antecedent_of_relative(self, text: str, sentence_start: int, relative: int) -> Speaker | None:
        """The one the relative pronoun at ``relative`` refers to, when a source phrase or a speech
        verb named them right before it: "وفقا لمدير الشرطة، اللواء عبدالعزيز الصولي، الذي أكد"."""
        cues = self._sources.within(sentence_start, relative) + self._verbs.within(sentence_start, relative)
        named = max(cues, key=lambda m: m.start(), default=None)
        speaker = None if named is None else self._after_cue(text, named, relative)
        if speaker is None:
            return self._titled_before(text, sentence_start, relative)
        rest = text[speaker.end : relative]
        apposition = rest.strip(" ،,")
        if not apposition:
            return speaker
        if (
            rest.lstrip(" ")[:1] in ("،", ",")
            and len(apposition.split()) <= 6
            and not any(c in apposition for c in "،,:")
        ):  # "بحسب قائد الجبهة، العقيد حميد الخليدي، الذي أكد": the name goes on after a comma
            end = speaker.end + len(rest.rstrip(" ،,"))
            return Speaker(text[speaker.start : end], speaker.start, end)
        # other words stand between the name and the relative: the one they name, if any
        return self._titled_before(text, sentence_start, relative)

    def _titled_before(self, text: str, sentence_start: int, relative: int) -> Speaker | None:
        """The title or institution and all that goes with it, up to the relative pronoun at
        ``relative``, when no cue names it: "التقت «صحتك» الدكتور ممدوح سبحي استشاري أمراض القلب،
        الذي أوضح", "ومن بين هؤلاء وزير التعليم إلياس بوصعب الذي نفى". The earliest word within
        twelve before it that opens a name running right up to it."""
        end = len(text[:relative].rstrip(" ،,"))
        for token in list(_NAME_TOKEN.finditer(text, sentence_start, end))[-12:]:
            word, start = token.group(), token.start()
            if word.startswith("ل") and (word[1:] in self.person_titles or self.organisation.match(word, 1)):
                word, start = word[1:], start + 1  # "تصريحا لرئيس النادي …": ل, then the name
            head = word.removeprefix("ال")
            if (
                not (head in self.person_titles or head in self.titles or self.organisation.match(word))
                or word_before(text, token.start()) in self.stops
            ):
                continue  # "في شركة إيوان المهندس …", "نيابة عن البنك الأستاذ …": a place, not the name
            name = self._noun_phrase(text, start, end)
            if (
                name is not None
                # up to the relative, or to where it is and its abbreviation: "مكتب الإحصاء الأوروبي في
                # بروكسل (يوروستات) والذي أشار"
                and _PLACE_AND_ABBREVIATION.fullmatch(text, name.end, end)
                # no object in it: "رفضت محكمة العدل الأوروبية استئنافا قدمته شركة نسله، التي تقول"
                and (whole := self._without_object(text, name)) is not None
                and whole.end == name.end
                # "قسطنطين كالاتشيف، رئيس المجموعة", not "خالد البلطان الرئيس السابق، بسبب مستحقات اللاعب"
                and self._titles_after_commas(name)
            ):
                return name
        return None

    def _titles_after_commas(self, name: Speaker) -> bool:
        """Whether each part of a name after a comma opens with a person's title: over a comma only
        a title goes on with a name, not another phrase."""
        return all(
            part.split()[0].removeprefix("ال") in self.person_titles
            for part in _COMMA_SPLIT.split(name.text)[1:]
            if part.split()
        )

    def _speaker_of(self, text: str, sentence_start: int, cue: re.Match, stop: int) -> Speaker | None:
        """The name after a cue, else the subject before it (see :meth:`_subject_before`). A present
        verb that takes an object, without و and after words, stands after its subject, as in a
        headline ("أردوغان يصف خاشقجي بـ«الصديق»", "الرئيس يحذر المعارضة:"): the name after it is its
        object, so the subject before it is looked for first; so does a verb after a bare قد, whose
        subject stands between كان and قد ("وكانت وكالة «أسوشيتد برس» قد اتهمت الجزائر بالتخلي")."""
        if text[cue.start()] not in "وف" and (
            cue.group("verb") in _PRESENT_WITH_OBJECT
            or (text.endswith(" قد ", 0, cue.start()) and cue.group("verb") not in _RELAYING)
        ):
            return self._subject_before(text, sentence_start, cue) or self._after_cue(text, cue, stop)
        return self._after_cue(text, cue, stop) or self._subject_before(text, sentence_start, cue)

    def _after_cue(self, text: str, cue: re.Match, stop: int) -> Speaker | None:
        """The name after a cue; after a relaying verb, the one relayed: "ونقلت تقارير محلية عن
        متحدث باسم وزارة الدفاع قوله إن …" is the spokesman's speech, not the reports'."""
        verb = cue.group("verb")
        if verb in self.participles:
            return None  # "…، مضيفا بلهجة مصرية أن": a participle's subject is its clause's, before it
        if in_it := _IN_IT.match(text, cue.end(), stop):  # "في وقت أكد فيه الوزير"، "بيانا قال فيه:"
            return self._named_after_in_it(text, cue, in_it.end(), stop) or self._statement_author(text, cue)
        if verb in _RELAYING and _FROM_PRONOUN.match(text, cue.end(), stop):
            return None  # "ونقل التلفزيون عنه قوله": the pronoun's, someone named before
        if verb in _RELAYING and (relayed := _FROM.match(text, cue.end(), stop)):
            return self._noun_phrase(text, relayed.end(), stop)  # "ونقلت عن مستشار … قوله": the one relayed
        if verb == "علمت" and (learned := _LEARNED_FROM.match(text, cue.end(), stop)):
            # "وعلمت «الوطن» من مصادر مطلعة أن": the sources; "من مصادرها": its own sources
            if its_own := _ITS_SOURCES.match(text, learned.end(), stop):
                return Speaker(its_own.group(), its_own.start(), its_own.end())
            return self._noun_phrase(text, learned.end(), stop)
        start = cue.end()
        if (
            cue.re is self.verb
            and "ذلك" in text[start : start + 6]
            and (demonstrative := _DEMONSTRATIVE.match(text, start, stop))
        ):
            start = demonstrative.end()  # "صرح بذلك وكيل الوزارة"
        if cue.re is self.source and verb.startswith(_WHAT_SAID):
            if text.startswith("ل", start):
                return None  # "ما قاله للوزراء": to whom; the one who said it is the pronoun's
            return self._noun_phrase(text, start, stop)
        speaker = self._noun_phrase(text, start, stop, cue.re is self.source)
        if speaker is not None and cue.re is self.verb:
            speaker = self._before_object(text, speaker)
            if verb in _DESCRIBING:
                speaker = self._before_described(text, speaker)
            speaker = self._statement_alone(speaker)
        if speaker is not None and verb in _RELAYING:
            relayed = _FROM.match(text, speaker.end, stop)
            if relayed:
                return self._noun_phrase(text, relayed.end(), stop) or speaker
            after = stop - len(text[speaker.end : stop].lstrip(" ،,"))  # past the spaces and a comma
            if said := (
                _RELAYED_SPEECH.search(text, speaker.start, speaker.end)
                or _RELAYED_SPEECH.match(text, after, stop)
            ):
                # "ونقلت الوكالة تأكيد المكلف بالإعلام …"، "نقلت إرنا تصريحات لسفير …"، "نقلت وكالة
                # بلومبرج، قول الأمير …" (قول ends a name): the one whose words are relayed, or the one
                # relaying when nobody is named after the words
                return self._noun_phrase(text, said.end(), stop) or _cut_before(speaker, said.start())
        return speaker

    def _before_object(self, text: str, speaker: Speaker) -> Speaker:
        """The name after a verb without what follows a comma after it when that is the verb's
        object or its time, not an apposition (see :meth:`_object_or_time`): "اعتبر الرئيس
        التركي رجب طيب أردوغان، العقوبات الأمريكية …"، "طالب المفوض … زيد بن رعد الحسين، إدارة
        "ترامب" بالتوقف" end at the comma; "رأفت الصباغ، المتحدث الرسمي"، "كين دوكتور، المحلل
        الأمريكي"، "السكرتير الصحفي لبوتين، دميتري بيسكوف" go on. Only once a person is named
        (see :meth:`_names_someone`): a title and its complements wait for the name after the
        comma ("المتحدث باسم حركة طالبان، زبي الله مجاهد"), and so does a relative of someone
        named ("زوجة الرئيس السوري بشار الأسد، أسماء الأسد"). Once both a post and a person's name
        are given, anything after a comma that is no description ends the name ("المسؤول الإعلامي
        للحزب بختيار دوغان، قصف الطائرات"، "سعد الحديثي، المتحدث باسم رئيس الوزراء، حيدر العبادي")."""
        if not _COMMA_SPLIT.search(speaker.text):
            return speaker  # most names hold no comma
        named = described = person = False
        previous = ""
        tokens = _NAME_TOKEN.finditer(text, speaker.start, speaker.end)
        for token in tokens:
            word = token.group()
            if not previous and word in _KIN:
                return speaker
            if word in _COMMAS:
                following = next(tokens, None)
                if following is None:
                    break
                if (
                    (
                        named
                        and (
                            self._object_or_time(following.group())
                            or self._with_pronoun(following)
                            or (described and person and not self._apposition(following.group()))
                        )
                    )
                    or (  # "أكدت وزارة الخارجية البحرينية، وقوف البحرين …": what an institution said
                        not person
                        and self._type(text[speaker.start : token.start()].rstrip()) == "organisation"
                        and not self._apposition(following.group())
                    )
                ):
                    end = speaker.start + len(text[speaker.start : token.start()].rstrip())
                    return Speaker(text[speaker.start : end], speaker.start, end)
                previous, word = word, following.group()
                described = described or person  # "خالد حسن، رئيس مجلس الإدارة،": a name and its post
            elif not previous:
                described = word.removeprefix("ال") in self.posts  # "المسؤول الإعلامي … بختيار دوغان،"
            names = (
                not previous or previous in _COMMAS or previous.startswith(DEFINITE)
            ) and self._names_someone(word)
            named = named or names
            # a person's own name, not a title's complement (لبوتين، لصحة المنطقة، باسمها): once a
            # post and a name are given, what follows a comma is the verb's object unless it
            # describes them ("… بختيار دوغان، قصف الطائرات"، "سعد الحديثي، المتحدث باسم رئيس
            # الوزراء، حيدر العبادي")
            person = person or (names and word[0] != "ل" and not word.startswith("باسم"))
            previous = word
        return speaker

    def _names_someone(self, word: str) -> bool:
        """Whether a word may be a person's name (رجب، أنور، ظريف) after a definite word, a comma
        or opening a name: not definite, a title, a stop word, a number nor an institution (حركة،
        لمنظمة)."""
        return not (
            word.startswith(DEFINITE)
            or word[0].isdigit()
            or word.removeprefix("ال") in self.person_titles
            or word in self.titles
            or word in self.stops
            or word in _OFFICES
            or word in self.institution_heads
            or self.organisation.match(word)
            or (word[0] in "لب" and (word[1:] in self.institution_heads or self.organisation.match(word, 1)))
        )

    def _before_described(self, text: str, speaker: Speaker) -> Speaker | None:
        """The name after وصف or اتهم without the one it describes or accuses, which follows it
        ("ووصفت السفارة الروسية الأمر بأنه"، "واتهم الشهراني الجهات المختصة بالتقصير"): it ends
        before a definite word after a definite one (as the article writes it: not إلقاء) that is
        no adjective of it — no description (see :meth:`_apposition`: a nisba, a title, a
        participle), elative or colour (البيت الأبيض) nor one of _ADJECTIVES. A name and a definite
        word after it are left as they are: a family name is written so (محمد الناصر). What someone
        said is described, not said by the one describing it ("يصف وزير الخارجية … جواد ظريف
        تصريحات نتانياهو")."""
        previous = None
        for token in _NAME_TOKEN.finditer(text, speaker.start, speaker.end):
            word = token.group()
            if previous is not None and self._speech_noun(word):
                return _cut_before(speaker, token.start()) or speaker
            if (  # "اتهم قيس الخزعلي، أمين عام تنظيم …، المملكة العربية السعودية": after the post, a
                # definite word that no title is opens the one described
                previous is not None
                and previous.group() in _COMMAS
                and word.startswith("ال")
                and not self._a_person(word.removeprefix("ال"))
                and word.removeprefix("ال") not in self.titles
                and word.removeprefix("ال") not in _DESCRIPTIONS
                and not word.endswith(("ي", "يه"))  # a nisba: "، العراقي"
            ):
                return _cut_before(speaker, previous.start()) or speaker
            if (
                previous is not None
                and word.startswith("ال")
                and word != "ال"  # آل, a family: "الدكتور آل عمرو"
                and previous.group().startswith("ال")
                and not (word.startswith("الا") and len(word) == 6)  # الأبيض، الأعلى، الأوسط
                and word.removesuffix("ه") not in _ADJECTIVES
                and not self._apposition(word)
                and self._as_written(previous.start(), previous.start() + 2) == "ال"
            ):
                return _cut_before(speaker, token.start()) or speaker
            previous = token
        if (
            previous is not None
            and previous.start() == speaker.start
            and _DESCRIBED_AS.match(text, speaker.end)
        ):
            return None  # "ووصف بلاتر بـ«آكل لحوم البشر»": one word before بـ is the one described
        return speaker

    def _statement_alone(self, speaker: Speaker | None) -> Speaker | None:
        """A statement or a report named with its article ends before a bare word, which no adjective
        of it is (an adjective is definite too): "وحذر البيان ميليشيات الحوثي من أن" is the
        statement's warning to the militia ("البيان الختامي"، "التقرير الصادر عن …"، "البيان لـ…" go
        on)."""
        if speaker is None:
            return None
        words = speaker.text.split()
        if (
            len(words) < 2
            or not words[0].startswith("ال")
            or not self._issued(words[0])
            or words[1].startswith("ال")
            or words[1][0] in '«"“”(لبو'
        ):
            return speaker
        return _cut_before(speaker, speaker.start + len(words[0])) or speaker

    def _issued(self, name: str) -> bool:
        """Whether a name is of what someone issued (بيان البلدية، تقرير الهيئة), not of who did."""
        space = name.find(" ")
        return (name if space < 0 else name[:space]) in self._issued_words

    def _speech_noun(self, word: str) -> bool:
        """Whether a word is one of the speech nouns, with or without the article, in the singular
        or its plural in ات (تصريحات، البيانات)."""
        noun = word.removeprefix("ال")
        return noun in self.speech_nouns or noun.removesuffix("ات") in self.speech_nouns

    def _object_or_time(self, word: str) -> bool:
        """Whether a word after a name and a comma opens the verb's object or when, not more of the
        name: a definite word that is no description (العقوبات، الحكم، بالخطأ), an institution
        (إدارة "ترامب"), a number (38 عاما) or a pronoun (هو) — not a name (دميتري، أسعد) or a
        description (المتحدث الرسمي، البرتغالي)."""
        if self._apposition(word):
            return False
        return (
            word.startswith(DEFINITE)
            or word[0].isdigit()
            or word in _PRONOUNS
            or bool(self.organisation.match(word))
        )

    def _with_pronoun(self, word: re.Match) -> bool:
        """Whether a word carries a pronoun as the article writes it (ـه، ـها، ـهم: استقالته، رفضها),
        the verb's object after a name and a comma, not the ة of a name (معاوية, which folds the same)
        nor الله (عبدالله), nor a description (مديره)."""
        written = self._as_written(word.start(), word.end())
        return (
            len(written) >= 5
            and written.endswith(_PRONOUN_SUFFIXES)
            and not written.endswith("له")
            and not self._apposition(word.group())
        )

    def _apposition(self, word: str) -> bool:
        """Whether a word after a comma opens a description of the one named before it: a title
        (رئيس، الشيخ), a relative (والد), أحد, a nisba (البرتغالي) or a profession by its form, a
        participle (المحلل، مدير، مستشارة) or فاعل (الكاتب، باحث، ناشطة)."""
        forms = (word, word[1:]) if word[:1] == "و" and len(word) > 3 else (word,)  # "، ومدير مركز …"
        for form in forms:
            bare = form.removeprefix("ال")
            if (
                bare in self.person_titles
                or bare in self.titles
                or bare in _KIN
                or bare in _DESCRIPTIONS
                or (form.startswith("ال") and form.endswith(("ي", "يه")))  # البرتغالي، الصحفية
                or (bare[:1] == "م" and len(bare) >= 4)
                or (bare[1:2] == "ا" and len(bare.removesuffix("ه")) == 4)
            ):
                return True
        return False

    def _named_after_in_it(self, text: str, cue: re.Match, start: int, stop: int) -> Speaker | None:
        """The name after "فيه" when it is the cue's subject: after a time ("في الوقت الذي أعلنت
        فيه الأمم المتحدة أن") or when it opens with a title or an institution ("مؤتمرا صحفيا، قال
        فيه الرئيس ماكرون"). What follows فيه is more often the verb's object ("أكد فيه خلو جسدي
        السائحين", "يرى فيه تهديدات")."""
        name = self._noun_phrase(text, start, stop)
        if name is None:
            return None
        if _AT_A_TIME.search(text, max(0, cue.start() - 20), cue.start()):
            return name
        # "قالت فيه جوليا كيتشوم، التي تعمل سكرتيرة …، إنها": قال takes no object, so a name that إن
        # follows is who spoke (not "رأى فيه إثباتا أن")
        if cue.group("verb") in _SAY and self.that.match(
            text, _RELATIVE_ASIDE_AHEAD.match(text, name.end).end()
        ):
            return name
        return name if self._titled_or_institution(name) else None

    def _author_for(self, text: str, sentence_start: int, statement: re.Match, stop: int) -> Speaker | None:
        """The one named with ل after a statement, whose statement it is ("في تغريدة للوزير
        البحريني"، "مقابلة لغراندي"): a title, an institution or a name, not whom a speech was given
        to ("في كلمة للشعب"), and not after a letter or a telegram, which ل sends to someone."""
        of = _AUTHOR_FOR.match(text, statement.end(), stop)
        if of is None or statement.group("noun") in _SENT_TO or _PRONOUN_AFTER_L.match(text, of.end()):
            return None  # "في بيان لها": the pronoun's, named before
        if not statement.group("in_by") and self.issuing.search(text, sentence_start, statement.start()):
            return None  # "ووجه كلمة لجمهور الزمالك": an issuing verb's subject gave it, ل names whom to
        author = self._noun_phrase(text, of.end(), stop, after_source=True, held_in=False)
        if author is None or not (
            self._titled_or_institution(author) or self._names_someone(author.text.split()[0])
        ):
            return None
        return author

    def _opens_in_a_statement(self, text: str, sentence_start: int) -> bool:
        """Whether the sentence opens with the statement its words are in: "وفي تعليق لX …"."""
        opening = sentence_start
        while opening < len(text) and text[opening] == " ":
            opening += 1
        statement = self.statement.match(text, opening)
        return statement is not None and (statement.group("in_by") or "").startswith("في")

    def _statement_author(self, text: str, cue: re.Match) -> Speaker | None:
        """Who gave the statement that a cue with فيه/فيها reports from, in the cue's sentence: the
        one named after the statement ("في البيان الذي أصدره الأمين العام …، وقال فيه", "مقابلة مع
        رئيسه التنفيذي كارل رومينيغه، أكد فيها"), or the subject of the verb that issued it ("وأصدر
        مجلس النادي بيانا رسميا، قال فيه:"); None when it names nobody ("وأصدرت بيانا أكدت فيه")."""
        sentence_start = self._sentence_start(text, text.rfind("\n", 0, cue.start()) + 1, cue.start())
        statements = list(self.statement.finditer(text, sentence_start, cue.start()))
        if not statements:
            return None
        statement = statements[-1]
        if len(text[statement.end() : cue.start()].split()) > 15:
            return None  # "في مداخلة مع قناة الإخبارية: …، قال تعالى … يذكر فيها": not that statement
        if by := _AUTHOR_AFTER.match(text, statement.end(), cue.start()):
            author = self._noun_phrase(text, by.end(), cue.start())
            if author is not None and by.group("with") and self.organisation.match(author.text):
                return None  # "في مداخلة مع قناة الإخبارية": the one who asked
            return author
        for given in reversed(statements):  # "في كلمة لوزير الخارجية … أمام المؤتمر، حيث أكد"
            if len(text[given.end() : cue.start()].split()) > 15:
                break
            if author := self._author_for(text, sentence_start, given, cue.start()):
                return author
        issuing = list(self.issuing.finditer(text, sentence_start, statement.start()))
        if not issuing or statement.group("in_by"):
            return None
        subject = self._noun_phrase(text, issuing[-1].end(), statement.start())
        if subject is None or self.statement.match(subject.text):
            return None  # "وبعد نشر بيان سولزبرغر، رد ترامب": نشر is no verb there
        rest = text[subject.end : statement.start()].replace("،", " ").replace(",", " ").split()
        if not all(word in _TIMES for word in rest):
            return None  # "نشرت القناة تقريرا من خلال مقابلة": the statement is not the verb's object
        return subject  # "وأصدرت قيادة القوات المشتركة اليوم بياناً": a time may stand between

    def _subject_before(self, text: str, sentence_start: int, cue: re.Match) -> Speaker | None:
        """The subject before the verb: between كان and the verb ("وكان المتحدث … دميتري بيسكوف،
        قال:"), or opening the sentence when the verb has no و before it ("ريتشارد هارت نائب
        الرئيس … يعتبر أن", "أما راشد الدخيل فقال:"), or opening the clause that لكن، إلا أن، غير
        أن open after a comma ("…، إلا أن جماعات حقوقية أوضحت أن"): Arabic puts و before a verb that
        opens its clause, so a bare verb after words is most often a verb after its subject."""
        if cue.group("verb") in self.participles:
            return None  # "…، مؤكدا أن": the participle's subject is the clause's, before it
        if noted := _NOTED_THAT.match(text, sentence_start, cue.start()):
            # "يذكر أن وزارة التجارة قد أعلنت أن …", "يذكر أن الشرطة كانت قد أعلنت": it is noted that
            # the subject said it; the subject follows أن, before كان if it comes
            was = _WAS.search(text, noted.end(), cue.start())
            if was is None:
                return self._name_up_to(text, noted.end(), cue.start())
            if text[was.end() : cue.start()].strip() in ("", "قد"):
                return self._name_up_to(text, noted.end(), was.start())
            return None  # "يذكر أن السفير كان قد اتهم …، مشيرا إلى أن القرضاوي قال": another verb's
        for contrast in _CONTRAST.finditer(text, sentence_start, cue.start()):
            # the clause after the last "، لكن" is the verb's
            sentence_start = contrast.start("but") if contrast["but"] else contrast.start("bare")
        # the last "، مع أن": its subject, if a person or an institution, is the verb's
        although = next(reversed(list(_ALTHOUGH.finditer(text, sentence_start, cue.start()))), None)
        if although is not None and cue.start("verb") == cue.start():
            was = _WAS.search(text, although.end(), cue.start())  # "رغم أن غازي القصيبي كان يرى أن"
            subject = self._name_up_to(text, although.end(), was.start() if was else cue.start())
            if subject is not None and (
                self._titled_or_institution(subject) or not subject.text.startswith("ال")
            ):
                return subject  # not "مع أن الإسلام شدد على حرمة الدماء"
            return None
        match = _WAS.search(text, sentence_start, cue.start())
        if match is not None and word_before(text, match.start()) not in _CONDITIONALS:
            # "حين كان لاعبا عام 2010، إذ أكد": كان without its subject; "إذا كانت …": a condition
            return self._name_up_to(text, match.end(), cue.start())
        opening = text[cue.start() : cue.start() + 1]
        if opening == "و":
            return None
        start = sentence_start
        while start < cue.start() and text[start] in " \t":
            start += 1
        if amma := _AMMA.match(text, start):
            start = amma.end()
        elif opening == "ف":
            return None
        while but := _BUT.match(text, start):  # "ولكن كما أشار": as he pointed out, no subject
            start = but.end()
        if there := _THERE.match(text, start):
            start = there.end()  # "بل هناك منظمات غربية ترى أن": there are some who say (not "هناك من")
        if (text[start : start + 1] in ("و", "ف") and not self._noun_with_waw(text, start)) or (
            _PRONOUN_OPENING.match(text, start)
        ):
            return None  # "وأصدرت اللجنة بيانا …", "لكنه قال": a verb or a pronoun opens it
        verb = cue.start()
        if not _RELATIVES.isdisjoint(text[start:verb].split()) and (
            aside := _RELATIVE_ASIDE.search(text, start, verb)
        ):
            verb = aside.start()  # the subject runs up to the aside
        elif who := _WHO_THEY_ARE.search(text, start, verb):
            verb = who.start()
        subject = self._name_up_to(text, start, verb) if 0 < len(text[start:verb].split()) <= 9 else None
        if (
            subject is None
            and (aside := _APPOSITION_ASIDE.search(text, start, verb))
            and self._apposition(aside["first"])
            and 0 < len(text[start : aside.start()].split()) <= 9
            and (name := self._name_up_to(text, start, aside.start())) is not None
        ):
            # "موهانداس باي، صاحب المشاريع المحلي والمساهم في المراحل الأولى، يقول": the name with who
            # they are, which the name's own reading does not carry over في
            end = name.start + len(text[name.start : aside.end()].rstrip().rstrip("،,").rstrip())
            return Speaker(text[name.start : end], name.start, end)
        return subject

    def _subject_after_that(self, text: str, sentence_start: int, cue: re.Match) -> Speaker | None:
        """The subject of a speech verb inside reported speech, between the أن that opens that
        speech and the verb ("وأشارت الصحيفة إلى أن النادي الألماني قد أعلن أنه"), when it is a
        title, an institution or a described name that agrees with the verb: the one who says the
        inner clause. For a cue nobody else is found for."""
        verb = cue.group("verb")
        if verb in self.participles or text[cue.start()] in "وف":
            return None  # "أن المعلمات هن عماد الأمة …، وقالت:": و opens a clause of its own
        that = next(reversed(self._thats.within(sentence_start, cue.start())), None)
        if that is None:
            return None
        subject = self._name_up_to(text, that.end(), cue.start())
        if subject is None or not (self._titled_or_institution(subject) or self._described(subject)):
            return None
        return subject if self._agrees(subject, verb in self.feminine_verbs) else None

    def _noun_with_waw(self, text: str, start: int) -> bool:
        """Whether the word at ``start``, which begins with و, is a noun and not و and a verb: a
        title (وزير، وكيل), an institution (وزارة، وكالة، واشنطن) or والد، وفد، ولي (العهد)."""
        word = text[start : text.find(" ", start)]
        return word in self.person_titles or word in _WAW_NOUNS or bool(self.organisation.match(text, start))

    def _name_up_to(self, text: str, start: int, verb: int) -> Speaker | None:
        """The name from ``start`` when it runs up to the verb at ``verb`` (a complement with ل may
        end it: "… نائب الرئيس التنفيذي للمؤسسة الدولية يعتبر"); None when other words stand
        between, as the name is then not the verb's subject."""
        subject = self._noun_phrase(text, start, verb)
        if subject is None or len(subject.text.split()) > 12:
            return None  # "كان بديلا جيدا لبعض المستثمرين الذين …، كما أوضح": a clause, not a name
        rest = text[subject.end : verb].strip(" ،,")
        if rest[:1] in QUOTE_MARKS and self._odd_marks(start, subject.end):
            rest = rest[1:].lstrip()  # «المرصد السوري لحقوق الإنسان» أعلن: a quoted name
        if not rest or rest in _QAD or _AGE_IN_BRACKETS.fullmatch(rest):
            return subject  # "وكان المتحدث … قد أوضح"، "أما X فقد أكد"، "وكان سانتوس (66 عاما) أعرب"
        if (rest.startswith("ل") and len(rest.split()) <= 4) or (
            # "لكن مصدرا في المعارضة في طهران أفاد": an unnamed source after لكن/إن, accusative, with
            # where it is (the ا of مصدرا ends a name after a verb: "أصدر بيانا في")
            subject.text.endswith("ا")
            and self._type(subject.text) == "anonymous"
            and rest.startswith("في ")
            and len(rest.split()) <= 6
            and not any(mark in rest for mark in (*_COMMAS, *QUOTE_MARKS))
        ):
            end = subject.end + len(text[subject.end : verb].rstrip(" ،,"))
            return Speaker(text[subject.start : end], subject.start, end)
        return None

    def _speaker_after(self, text: str, closing: int, end: int, recent: list[Speaker]):
        after = re.match(r"[\s،,.:]*", text[closing + 1 : end])
        position = closing + 1 + (after.end() if after else 0)
        match = self._verbs.at(position)
        if match and match.group("verb") in self.participles:
            return None, None  # "«…»، مؤكداً عدم وجود خلافات": a participle's subject stands before it
        after_source = False
        if not match:
            match, after_source = self._sources.at(position), True
        if not match:
            return None, None
        stop = self._clause_end(text, match.end(), end)
        speaker = self._noun_phrase(text, match.end(), stop, after_source)
        if speaker is not None:
            self._said_with(speaker, match.group("verb"))
        return speaker, match.group("verb") if speaker else None

    def _noun_phrase(
        self, text: str, start: int, end: int, after_source: bool = False, held_in: bool = True
    ) -> Speaker | None:
        """The speaker's name after a cue: words up to a stop word, a colon or the quote.
        ``held_in``: في may go on with where a post is held (see :meth:`_post_held_in`); not after a
        verb that takes an object, which may follow the place ("استنكر رئيس الجالية في المدينة
        الاعتداء")."""
        article = ""  # وفقا للبيت الابيض: ل + البيت, the name as it stands without the preposition
        if after_source and text.startswith("ل", start):
            start, article = start + 1, "ال"
        if after_source and (what := _WHAT_VERB.match(text, start, end)):
            start = what.end()  # "وفقا لما نقلته وكالة …" is the agency's; "حسب ما خطط له" is nobody's
        if addressee := _ADDRESSEE.match(text, start, end):
            start = addressee.end()  # "وقال لـ«الشرق الأوسط» الدكتور …": the one spoken to, then the speaker
        if about := _ABOUT_THIS.match(text, start, end):
            start = about.end()
        words: list[tuple[int, int]] = []
        # "لم يذكر اسمه"، "طلب التكتم على هويته": looked for only where a name or an identity is
        withholding = text.find("اسم", start, end) >= 0 or text.find("هوي", start, end) >= 0
        blessing = text.find("الله", start, end) >= 0 or text.find("السلام", start, end) >= 0
        has_place = False  # an "في" among the words: one place a post is held in, not a second
        apposition = 0  # where the words after the last comma begin: a post of their own may follow
        first_comma = 0  # where the words after the first comma begin (0: no comma yet)
        for match in _NAME_TOKEN.finditer(text, start, end):
            word = match.group()
            if (
                after_source
                and word in _SO_THAT
                and match.start() not in self._vans  # لويس فان غال: a name's "van", found with the thats
            ):
                break  # "وفقا للناطق … الرائد بدر السحيباني فإن …" (not فان جال, a name after a verb)
            if word in _COMMAS:
                if after_source and words:
                    break  # "بحسب فرانس برس، عقد …": the source ends at the comma
                # after a verb, an apposition ("السكرتير الصحفي لبوتين، دميتري بيسكوف") continues the name
                apposition = len(words)
                first_comma = first_comma or apposition
                continue
            if not words:
                if ":" in text[start : match.start()]:
                    return None  # "وقال: كان من المهم": what was said, not who said it
                if (
                    word in ("هذا", "هذه")
                    and (this := _DEFINITE_NEXT.match(text, match.end(), end))
                    and self._names_a_source(text[this.start() + 3 : this.end()])
                ):
                    # "وذكرت هذه التقارير أن"، "وأكد هذا المصدر": the one named before, by a demonstrative
                    words.append((match.start(), this.end()))
                    continue
                if match.start() - start > 1 and self._opens_quotation(text, start, match.start()):
                    return None  # 'وتابع "إننا مستعدون …"': what was said (not 'قالت "هيومن رايتس ووتش"')
                if word in _OBJECT_PRONOUNS or word.startswith("بال"):
                    continue  # "وأشار إليه الأسد", "وكتب بالتركية:": the speaker comes after them
                if word in _LONE_PREPOSITIONS:
                    return None  # "يطالب بـ«عقد …»": a preposition (its tatweel folded away), no name
                if word.startswith("لل") or word in self.participles or word in self.verb_words:
                    # "وقالت للجنة ...": an addressee; "وتابعت قائلة:", "وأضاف يقول": how; the pronoun's
                    return None
                if word in _SOME_OF_THEM:
                    words.append((match.start(), match.end()))
                    break  # "ورأى بعضهم أن"، "وقال أحدهم": some of those just named, no one else
                if (
                    (
                        len(word) > 3
                        and word.endswith(_OBJECT_SUFFIXES)
                        # "وذكر رئيسها": a title with the pronoun of whom it heads names the speaker
                        and not any(
                            word.endswith(s) and word[: -len(s)] in self.person_titles
                            for s in _OBJECT_SUFFIXES
                        )
                    )
                    or (
                        word.endswith("ته")
                        and word not in _HONORED
                        and _PREPOSITION_NEXT.match(text, match.end())
                        and self._with_pronoun(match)
                    )
                ):
                    # "وأكدت ثقتها بأن …"، "وأكد رغبته في …" (not "وقالت زوجته ميساء"): the verb's
                    # object; the speaker is the pronoun's
                    return None
            if blessing and (blessed := self._blessing(text, match.start(), end)):
                if words:
                    break  # "ابن القيم رحمه الله"، "سموه -حفظه الله-": the name ends before the blessing
                if not blessed.group("prophet"):
                    return None  # "كتب - رحمه الله - «…»": the pronoun's, blessed
                words.append(blessed.span("prophet"))  # "قال صلى الله عليه وسلم": the Prophet
                break
            if words and withholding and (withheld := _ANONYMITY.match(text, match.start(), end)):
                words.append((match.start(), withheld.end()))
                break  # "مسؤول سعودي، لم يذكر اسمه": the source withholds its name, and the name ends
            if words and apposition == len(words) and word in _PRONOUNS:
                break  # "يقول الكاتب، هو تحذير لأمريكا": a clause after the comma, not an apposition
            if (
                words
                and apposition == len(words) > first_comma
                and not self._apposition(word)
                and not word.startswith(("ب", "ل"))  # "المتحدث الرسمي، باسم الهيئة، بمنطقة المدينة"
                and word not in ("في", "لدي")
            ):
                break  # "شيخ الأزهر، أحمد الطيب، تحفظ …": after a name set off by commas, a description
            if (
                words
                and word in ("اي", "ايه")
                and (written := self._as_written(*match.span()))[:1] != "آ"  # آي is I
                and (word == "اي" or written.endswith("ة"))  # إيه is A
                and not self._spelled_letters(text, match)
            ):
                break  # "أي"/"أية" (any) opens the object: "ولم يجد الوزير أية صعوبة" (not "سي أي إيه")
            if word in _MANNER or word in _QUESTIONS:
                if not words:
                    # "ولكن نوالكا أعلن بشكل عفوي أن": how; "وتتساءل كيف ستحمي فرنسا": what was asked
                    return None
                break  # "مدرب أوروبي بشكل حصري"
            if word in _LONE_PREPOSITIONS or (word[0] == "ل" and word[1:2].isascii()):
                break  # "واتهم السفير … الغرب بـ«الهمجية»": what comes after بـ is no name
            if words and word.removeprefix("(").isdigit() and _YEARS_OLD.match(text, match.end()):
                break  # "المعتمر نور الدين السوالمة 43 سنة من الأردن", "مودريتش (32 عاما)": his age
            if (
                (word in _TIME_NOUNS and _TIME_ADJECTIVE.match(text, match.end()))
                or (word in _PARTS_OF_DAY and _DAY_AFTER.match(text, match.end()))
                or (word == "ذات" and _ONCE.match(text, match.end()))
            ):
                if not words:
                    # "وكان رئيس الوزراء … قال الشهر الماضي إن"، "بأنه أشار ذات مرة إلى": the subject
                    # came before
                    return None
                break  # "وقالت الشركة العام الماضي إنها", "الرئاسة الفرنسية ليل الاثنين": when, not who
            if (
                words
                and len(word) > 4
                and word.endswith(_OBJECT_SUFFIXES)
                and not word.startswith((*DEFINITE, "ب", "ل"))  # not الأسهم، بأبها
                and text[words[-1][0] : words[-1][1]] not in _NEGATIONS  # مصادر لم تسمها
            ):
                break  # "نفت الحركة مشاركتها", "الرجوب حينها": a word with its pronoun ends the name
            if word == "متحدثه" and words:
                break  # "وقالت ميركل، متحدثة إلى وسائل الإعلام": how she said it (متحدثا is below)
            if not words and word in _ADVERBS_OF_TIME:
                return None  # "صرح سابقا بالتزامن مع …"، "ووصف مرارا تحقيق مولر": its subject is before
            if word[-1] == "ا" and (
                (
                    _ADVERBIAL.fullmatch(word)
                    and (word[:-1] not in self.titles or word == "متحدثا")  # not مسؤولا (an official)
                )
                or self._accusative_adverb(text, match, words)
            ):
                if not words:
                    if word in _SENTENCE_ADVERBS:
                        continue  # "وقال أولاً الدكتور صدقة فاضل": the speaker comes after it
                    return None  # "وقال مخاطبا الحكومة", "وأضاف ووقوفًا على …": how, not who
                break  # "يقول أحد أصدقائي معلقا", "اعترفت قطر علناً": the name has ended
            if (
                (
                    (
                        word in self.stops or word.startswith(self.by_speech)
                    )  # بخطابه: the speech, not the name
                    and not (
                        word == "في"
                        and not has_place
                        and self._post_held_in(text, words[apposition:], match.end(), held_in)
                    )
                    and not (  # a number or share of people and who: عدد من مؤيدي الأسد، %47 من المجيبين
                        word == "من"
                        and len(words) == 1
                        and (
                            text[words[0][0] : words[0][1]] in _QUANTITIES
                            or _PERCENTAGE.fullmatch(text, words[0][0], words[0][1])
                        )
                    )
                    and not (  # what a post serves: "المستشار العقاري لعدد من شركات التطوير"
                        word == "من"
                        and len(words) > 1
                        and text[words[-1][0]] == "ل"
                        and text[words[-1][0] + 1 : words[-1][1]].removeprefix("ل") in _QUANTITIES - {"كل"}
                    )  # not لكل من, to whoever: "قالت منال لكل من يريد البدء"
                    and not (  # and an envoy with where he is sent: مندوب روسيا الدائم لدى الأمم المتحدة،
                        # المبعوث الأممي إلى اليمن
                        word in ("لدي", "الي")
                        and 0 < len(words) <= 3
                        and text[words[0][0] : words[0][1]].removeprefix("ال") in _ENVOYS
                        and not self._person_next(text, match.end())  # كتب السفير إلى وزير الخارجية
                    )
                    # "المشرف العام على …"، "مصدر مقرب من الرئاسة": the preposition goes on with the name
                    and not (words and self._goes_on_with(text, words, word))
                    and not (word == "امام" and _OF_A_MOSQUE.match(text, match.end()))  # إمام, not أمام
                    and not (  # whose report it is: "زعم تقرير لوكالة بلومبيرغ أن"
                        len(words) == 1
                        and word.startswith("ل")
                        and text[words[0][0] : words[0][1]] in _DOCUMENTS
                        and word in self.stops
                    )
                    and not self._a_name_folded_as_particle(match.start(), word)
                )
                or (  # the one spoken to (ماكرون للصحفيين), but a title goes on with its institution
                    # (الخدمة الصحفية للكرملين، المتحدث العسكري للجيش المصري، وزير الدولة للشؤون الخارجية)
                    words and word.startswith("لل") and not self._complement_goes_on(text, words)
                )
                or (  # the one spoken to, the speaker's own: "قال لقمان لابنه"، "كتبت غينتر لمتابعيها"
                    words
                    and word[0] == "ل"
                    and word[1:2] != "ل"
                    and len(word) >= 5
                    and not word.endswith("له")  # لعبدالله
                    and self._as_written(*match.span()).endswith(_PRONOUN_SUFFIXES)  # not لمعاوية
                )
            ):
                break
            if (
                words
                and (
                    (word in self.verb_words and text[words[-1][0] : words[-1][1]] not in KINSHIP)
                    or (  # more than a space between the words: a colon or a quotation mark may end it
                        text[words[-1][1] : match.start()] != " "
                        and (
                            ":" in text[words[-1][1] : match.start()]
                            or self._mark_ends_name(text, words[0][0], words[-1][1], match.start())
                        )
                    )
                )
            ):
                break  # "المبعوث الدولي: الشيء …", "رينزي صرح", "… منوتشين "نريد": the name has ended
            words.append((match.start(), match.end()))
            has_place = has_place or word == "في"
            if len(words) >= 20:  # no end in sight: the name up to its first comma, or its first
                # 12 words, as a guess ("ذكر مشرف وحدة … راضي الشبعان، أهمية مهارات الحركة …")
                words = words[: first_comma or 12]
                break
        if words and text[words[-1][0] : words[-1][1]] in ("في", "الي", "لدي"):
            words.pop()  # a post's place that a quotation mark cut off: "القيادي في "جيش …"، السفير إلى أن
        if words and not text[words[-1][0] : words[-1][1]].strip("-–—(["):
            # the dash that closes an apposition: "م. حمود الحربي - أمين عام المجلس -"; a bracket
            # that opens what was said: "وأكد سمو رئيس الوزراء (أن دول …"
            words.pop()
        if not words:
            return None
        s, e = words[0][0], words[-1][1]
        if text[e - 1] in "-–—" and not any(dash in text[s : e - 1] for dash in "-–—"):
            e -= 1  # a dash on the last word: "صندوق النقد الدولي- الذي فشلت …" (not "-رحمه الله-")
        if e < end and text[e] in QUOTE_MARKS and self._odd_marks(s, e):
            e += 1  # the close of a quoted name the name ends with: مدير "آفجين ليمتد"
        return Speaker(article + text[s:e], s, e)

    def _names_a_source(self, word: str) -> bool:
        """Whether a word without its article names someone who may speak: a person's title (الناطق،
        المسؤول) or a source (المصدر، التقارير), not a thing (المعلومات، الواقع)."""
        return self._a_person(word) or word in _SOURCE_NOUNS

    def _a_post(self, word: str) -> bool:
        """Whether a word without its article is a post or a profession, held somewhere."""
        return word in self.posts or word.removesuffix("ه") in self.professions

    @staticmethod
    def _spelled_letters(text: str, word: re.Match) -> bool:
        """Whether the word is a Latin letter spelled out in an acronym, with another one before or
        after it: "سي أي إيه"، "أي تي بي ميديا" (أي is I there, not "any")."""
        before = word_before(text, word.start()).strip("()")
        after = _NAME_TOKEN.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
        return before in _SPELLED_LETTERS or (after is not None and after.group() in _SPELLED_LETTERS)

    @staticmethod
    def _goes_on_with(text: str, words: list[tuple[int, int]], word: str) -> bool:
        """Whether ``word`` is the preposition the name's last word (past العام) goes on with (see
        ``_GOES_ON_WITH``): "المشرف العام على البرنامج"، "مصدر مقرب من الرئاسة" (not "أكد الوزير على
        أهمية …")."""
        last = text[words[-1][0] : words[-1][1]]
        if last in ("العام", "العامه") and len(words) > 1:
            last = text[words[-2][0] : words[-2][1]]
        if last[:1] == "و" and len(last) > 3:
            last = last[1:]  # "… والمشرف على تنفيذ المشروع"
        return _GOES_ON_WITH.get(last.removeprefix("ال")) == word

    def _person_next(self, text: str, position: int) -> bool:
        """Whether the word after ``position`` is a person's title (إلى وزير الخارجية: whom it was
        sent to, not where an envoy is sent)."""
        word = _NEXT_WORD.match(text, position)
        return word is not None and word.group(1).removeprefix("ال") in self.person_titles

    def _post_held_in(self, text: str, words: list[tuple[int, int]], after: int, held_in: bool) -> bool:
        """Whether في at ``after`` goes on with where the post the name holds so far is held: a
        title with nobody named yet (المسؤول الكبير في إدارة بايدن، السفيرة الأمريكية في الأمم المتحدة
        سامانثا باور، رئيس اللجنة الأمنية في المجلس المحلي), not the statement, the occasion or the
        time it was said in (المصدر في تصريح، الرئيس المصري في كلمته، الوزير في ذلك الوقت), nor after
        a name (الوزيرة جولي غينتر في الأسبوع 42) or a title that only comes before one (الدكتور).
        Without ``held_in`` (see :meth:`_noun_phrase`) only a generic title of one or two words goes
        on: "مصدر في شرطة تكساس"."""
        if not words:
            return False
        first = text[words[0][0] : words[0][1]].removeprefix("ال")
        if not held_in:
            return len(words) <= 2 and first in self.titles and not self.in_statement.match(text, after)
        # the last post or profession in it (الباحث في جامعة …، المحلل في بنك …), which may follow a
        # name: "نادية السقاف رئيسة لجنة الإغاثة الدولية المقيمة في الرياض"
        posts = [
            i
            for i, (s, e) in enumerate(words)
            # كبير المفاوضين: the chief of them (not الكبير, an adjective)
            if self._a_post(text[s:e].removeprefix("ال")) or text[s:e] == "كبير"
        ]
        if not posts:
            return False
        words = words[posts[-1] :]
        for (start, end), (previous_start, _) in zip(words[1:], words, strict=False):
            word = text[start:end]
            if (
                text.startswith("ال", previous_start)
                and not word.startswith(("ال", "ل", "وال"))  # "وزير التكنولوجيا الرقمية والثقافة"
                and word not in _OFFICES
            ):
                return False  # "الوزيرة جولي": a name after the title
        place = _NEXT_WORD.match(text, after)
        if place is None or self.in_statement.match(text, after):
            return False
        word = place.group(1)
        written = self._as_written(place.start(1), place.end(1))
        return not (
            word in _OCCASIONS
            or word in self.interviews  # "رئيس الهيئة في مكالمة لبرنامج …"
            or word[0].isdigit()
            or (len(written) > 3 and written.endswith(_PRONOUN_SUFFIXES))
        )  # "في حسابه", "في زيارته": the speaker's own, an occasion

    def _only_names_quoted(self, text: str, start: int, end: int) -> bool:
        """Whether every quotation mark in ``[start, end)`` belongs to a short quoted name or an
        institution's name (see :meth:`_institution_named`) that closes there (قال رئيس حزب "الوفد"
        عبد السند يمامة إن، وفقا لوكالة "فارس" الإيرانية، إن)."""
        marks = self._marks
        index, last = bisect_left(marks, start), bisect_left(marks, end)
        while index < last:
            if index + 1 >= last:
                return False
            opening, closing = marks[index], marks[index + 1]
            if not short_name(text, opening, closing) and not self._institution_named(
                text[opening + 1 : closing].strip(), word_before(text, opening)
            ):
                return False
            index += 2
        return True

    def _institution_named(self, content: str, previous: str) -> bool:
        """Whether a quotation is an institution's name after a preposition or a membership, not
        words quoted: "العضوية في «مجلس صيانة الدستور»"، "التابع لـ«الجيش السوري الحر»"، "يشغل عضوية
        «لجنة العلاقات الخارجية …»" — definite somewhere, as a name is (not "من «مجموعة إرهابية»",
        a description), with no أن or particle of a clause."""
        if not (previous in _BEFORE_AN_INSTITUTION or _without_particle(previous) in _BEFORE_AN_INSTITUTION):
            return False
        words = content.split()
        return (
            0 < len(words) <= 8
            and self.organisation.match(content) is not None
            and any(word.startswith("ال") for word in words)
            and _THAT_OR_VERB_IN_A_NAME.isdisjoint(words)
        )

    def _first_mark(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The index (in the document's marks) of the first quotation mark in ``[start, end)`` and
        where the quotation it opens would close: the next mark, or the end of the text."""
        marks = self._marks
        index = bisect_left(marks, start)
        if index == len(marks) or marks[index] >= end:
            return None
        return index, marks[index + 1] if index + 1 < len(marks) else len(text)

    def _opens_quotation(self, text: str, start: int, end: int) -> bool:
        """Whether a quotation longer than a name opens in ``[start, end)``."""
        first = self._first_mark(text, start, end)
        return first is not None and not short_name(text, self._marks[first[0]], first[1])

    def _mark_ends_name(self, text: str, name: int, start: int, end: int) -> bool:
        """Whether a quotation mark in ``[start, end)``, between two words of the name that starts at
        ``name``, ends it: the speech that follows it (… منوتشين "نريد قطع …") or a quotation that
        closes there, not a short quoted name inside the name (شبكة "سي إن إن"، صحيفة «هآرتس»
        الإسرائيلية) opening or closing."""
        first = self._first_mark(text, start, end)
        if first is None:
            return False
        index, closing = first
        mark = self._marks[index]
        opened = self._marks[index - 1] if index else -1
        if opened >= name and short_name(text, opened, mark):
            return False  # the close of a quoted name the name holds
        return text[mark + 1 : mark + 2].isspace() or not short_name(text, mark, closing)

    def _complement_goes_on(self, text: str, words: list[tuple[int, int]]) -> bool:
        """Whether a ``لل`` word after the name's ``words`` is a complement of the name, not the
        one spoken to: after a definite word (العسكري، العامة، الأعلى) or an office (الصحفية، باسم),
        or in the name of an institution without the article ("مدير مركز الملك سلمان للإغاثة",
        "شركة «نتفليكس» للبث"); not after a person's name (ماكرون للصحافيين)."""
        last = text[words[-1][0] : words[-1][1]]
        return (
            last.startswith("ال")
            or last in _OFFICES
            or any(text[start:end] in self.institution_heads for start, end in words)
        )

    def _accusative(self, start: int, end: int) -> bool:
        """Whether the folded word at ``[start, end)`` is written with the tanween of the accusative
        (ووقوفًا، تعليقاً): an adverb or an object, never the name of a subject."""
        return _TANWEEN_FATH in self._as_written(start, end)

    def _accusative_adverb(self, text: str, word: re.Match, words: list[tuple[int, int]]) -> bool:
        """Whether ``word``, after the name's ``words``, is an accusative that ends the name (an
        adverb or an object: "قطر علناً", "مجلس الوزراء عدداً"), not one that agrees with it: an
        adjective after a title in the accusative ("لكن مسؤولا كبيراً"), a name in quotation marks
        (وكالة "معاً")."""
        if not self._accusative(word.start(), word.end()) or text[word.start() - 1] in QUOTE_MARKS:
            return False
        if words:
            previous = text[words[-1][0] : words[-1][1]]
            return not (previous[-1] == "ا" and previous[:-1] in self.titles)
        return True

    def _a_name_folded_as_particle(self, position: int, word: str) -> bool:
        """Whether the folded word at ``position`` is a name the ``search`` folding makes one with a
        particle, as the article writes it: علي with a final ي (not the preposition على), آن with its
        madda (not إن/أن: "قالت آن بوفيرت"), آلان with its madda (not الآن, now: "يقول آلان تورين")."""
        if word == "علي":
            return self._as_written(position, position + 3).endswith("ي")
        if word == "الان":  # آلان (Alain), not الآن (now)
            return unicodedata.normalize("NFC", self._as_written(position, position + 4)).startswith("آ")
        return (
            word == "ان"
            and self._anne
            and unicodedata.normalize("NFC", self._as_written(position, position + 2)).startswith("آ")
        )

    def _blessing(self, text: str, start: int, end: int) -> re.Match | None:
        """The blessing at ``start`` (see ``_BLESSING``), not a name or a noun that folds the same:
        "رحمة الله يوسف زائي" (a name), "حفظة القرآن" (its memorizers)."""
        blessed = _BLESSING.match(text, start, end)
        if blessed and blessed.group("verb") and self._as_written(*blessed.span("verb")).endswith("ة"):
            return None
        return blessed

    def _as_written(self, start: int, end: int) -> str:
        """The folded text at ``[start, end)`` as the article writes it (ة، ى، diacritics)."""
        start, end = self._folded.source_span(start, end)
        return self._raw_text[start:end]

    @staticmethod
    def _raw(raw: str, folded: Any, name: str) -> str:
        """A folded name as the article writes it (its first occurrence)."""
        index = folded.text.find(name)
        if index < 0 and name.startswith("ال") and (index := folded.text.find(name[2:])) >= 0:
            start, end = folded.source_span(index, index + len(name) - 2)
            return "ال" + raw[start:end]  # "المتحدث …" of "وفقا للمتحدث …"
        if index < 0:
            return name
        start, end = folded.source_span(index, index + len(name))
        return raw[start:end]

    def _canonical(self, text: str, speaker: str, mentions: list[str]) -> str:
        """The fullest form of the speaker's name in the article (raw text of the article)."""
        words = speaker.split()
        if words and words[0].removeprefix("ال") in self.titles:
            # "المسؤول الكبير" → the first "مسؤول كبير ..." mention, word for word ("مسؤول" is not
            # "مسؤولون"), and not another one ("مصدر قضائي ثان"، "مسؤول أمريكي آخر")
            bare = " ".join(w.removeprefix("ال") for w in words)
            fuller = [
                m
                for m in mentions
                if m.startswith(bare + " ") and _ANOTHER.isdisjoint(m[len(bare) :].split())
            ]
            return max(fuller, key=len, default=speaker)
        last = words[-1] if words else speaker
        kind = self._type(speaker)  # not "فردريك بينار مدير عمليات المنظمة" for المنظمة
        many = self._many(speaker)  # "الرئيسان … والأمريكي دونالد ترامب" is no one person's name
        issued = self._issued(speaker)
        candidates = [
            m
            for m in self._by_last.get(last, ())
            if len(m) >= len(speaker)
            and same_one(m, speaker)
            and self._completes(m.split(), words)
            and self._type(m) == kind
            and (many or not self._many(m))
            # an institution by its whole name: "وزارة الدفاع الأميركية" is not "الاستخبارات الأميركية"
            and (kind != "organisation" or m.split()[-len(words) :] == words)
            # what someone issued is not who issued it: "بيان البلدية" is not البلدية's fuller name
            and (issued or not self._issued(m))
            # nor is a post at it: "الرئيس التنفيذي لمنظمة أوكسفام" is not أوكسفام's
            and not self._post_at(m.split(), words)
        ]
        if speaker in self.states:  # "البحرين" → "مملكة البحرين", not "وكالة أنباء البحرين"
            candidates = [m for m in candidates if self.state_heads.issuperset(m.split()[: -len(words)])]
        described = len(words) > 1 and last.startswith("ال")  # مندوب الشركة: no surname to complete
        # "محمد الفقيه" names a person in full: "مهند الفقيه" in the same article is another one
        full = len(words) > 1 and not words[-2].startswith(DEFINITE) and not _INITIAL.fullmatch(words[-2])
        given = kind != "anonymous" and not (described or full)
        if given and last not in self._given_names_of:
            self._given_names_of[last] = given_names(text, last, self.verb_words)
        for first in self._given_names_of[last] if given else ():  # "X هورن" in the article
            # a given name has no article (البيت، بالبيت); و ف ب ل may begin one (وليد، فلاديمير، ليديا).
            # An institution's is what kind of institution it is (وزارة الداخلية، قوات الشرطة), not a
            # verb or a post before it ("وتلاحظ باريس"، "مدير المرصد"، "تقرير المنظمة")
            if (
                (kind == "person" or self.organisation.fullmatch(first))
                and not first.startswith(DEFINITE)
                and not first.endswith(_OBJECT_SUFFIXES)  # "كسبه الهلال"، "أنجزتها الوزارة"
                and first not in self.stops
                and first not in _OFFICES  # "المتحدث باسم الحكومة": باسم is no given name
                and first not in self.speech_nouns  # "ونقلت الوكالة حديث أردوغان"
                and not (first[0] in "بل" and self._speech_noun(first[1:]))  # "ردا على تصريحات ستروميا"
                # an institution's head after ل or ب (لمنظمة أوكسفام): whose it is, not a given name
                and not (first[0] in "بل" and self.organisation.fullmatch(first, 1))
                and first not in _NO_GIVEN_NAMES
                and first not in _ASSOCIATES  # "وقال فريق تيلرسون": his team, not a Mr. Team Tillerson
                and len(first) > 2
            ):
                candidates.append(f"{first} {last}")
        if full:
            candidates = [c for c in candidates if c.split()[-len(words) :] == words]
        # of two as full, a given name before a title (شاهين قبادي, not السيد قبادي), then the one the
        # article names more often ("مايك بومبيو" twice, not "هاجم بومبيو" after a comma once), then
        # the last in the alphabet, for the same output every time
        fullest = max(((len(c), not c.startswith("ال")) for c in candidates), default=None)
        tied = [c for c in candidates if (len(c), not c.startswith("ال")) == fullest]
        best = tied[0] if len(tied) == 1 else max(tied, key=lambda c: (text.count(c), c), default=speaker)
        return best if best.split()[-1] == last else speaker

    def _post_at(self, mention: list[str], speaker: list[str]) -> bool:
        """Whether a mention names someone at the speaker, an institution (as its head's complement,
        after words of a post): "مارك غولدرينغ، الرئيس التنفيذي لمنظمة أوكسفام" and "كاشف أسرار شركة
        كمبردج أناليتيكا" for أوكسفام, كمبردج أناليتيكا; not "منظمة أوكسفام" itself."""
        shared = shared_ending(mention, speaker)
        if shared != len(speaker) or len(mention) < shared + 2:
            return False
        head = mention[-shared - 1]
        head = head[1:] if head[0] in "لب" and len(head) > 3 else head
        # what kind of institution it is (منظمة، شركة), not the end of another's name (لوزارة الداخلية
        # اللواء …) nor a state (وزير خارجية قطر خالد العطية)
        return (
            not head.startswith("ال")
            and head not in self.states
            and self.organisation.fullmatch(head) is not None
        )

    def _completes(self, mention: list[str], speaker: list[str]) -> bool:
        """Whether a mention's words end with the speaker's, or with their last words after what
        only describes the speaker (a title, an abbreviated one, definite words: السيد قبادي → شاهين
        قبادي، د. آل ناجي → عضو الشورى د. محمد آل ناجي): not when the speaker has a name of its own
        before the words they share ("سكوت ووكر المرشح الجمهوري" is not "كارلي فيورينا … مرشحي
        الحزب الجمهوري")."""
        return all(
            word.startswith("ال") or word.endswith(".") or word in self.person_titles or word in self.titles
            for word in speaker[: len(speaker) - shared_ending(mention, speaker)]
        )

    def _type(self, speaker: str) -> str:
        """anonymous (مسؤول أمريكي، مصدر …), organisation or state when the name opens with one
        (الكرملين، شركة نيسان), otherwise a person (وزير الخارجية …, المتحدث باسم الكرملين)."""
        kind = self._types.get(speaker)
        if kind is None:
            kind = self._types[speaker] = self._type_of(speaker)
        return kind

    def _type_of(self, speaker: str) -> str:
        if (
            speaker.startswith(("مسؤول", "مسوول"))
            or speaker.removeprefix("ال").startswith(("مصدر", "مصادر"))  # the source(s), never named
            or _ANONYMITY.search(speaker)
            or speaker in _SOME_OF_THEM  # "ورأى بعضهم": unnamed
        ):
            return "anonymous"
        if self.organisation.match(speaker):
            return "organisation"
        return "person"
