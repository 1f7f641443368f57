"""CIT004: numbers and treatment effects must not rest on weak evidence alone.

Sentences, their citations and "states a number / recommends a treatment" come
from lint.analysis.claims (``classify``), so CIT001 and CIT004 read a page
the same way; this module adds the treatment-effect words and the evidence
level of each cited refs.bib entry (its ``evidence`` field).
"""

from ..analysis.claims import IGNORE_NUMBERS, _context, _need, _owner, classify, is_cite_role, settings
from ..core import evidence
from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..errors import ConfigError
from ..parsing.text import split_sentences
from ..registry import rule
from .citations import _targets

# Evidence levels that cannot carry a number or a treatment effect on their own
# (option `weak_levels`).
WEAK_LEVELS = ["patient-information", "video", "other"]
# Digits that are no data: parts of the article, calendar years, ordinals of
# events and editions (option `ignore_numbers`).
CIT004_IGNORE_NUMBERS = [*IGNORE_NUMBERS, r"(?:19|20)[0-9]{2}年", r"第[0-9０-９]+(?:回|版)"]
# A sentence states a treatment effect when it names a treatment and an effect
# (options `treatment_words`, `effect_words`).
TREATMENT_WORDS = [
    "治療",
    "療法",
    "抗凝固",
    "抗血栓",
    "血栓溶解",
    "溶解療法",
    "薬",
    "投与",
    "服用",
    "内服",
    "注射",
    "手術",
    "移植",
    "TIPS",
    "ヘパリン",
    "ワルファリン",
    "DOAC",
]
EFFECT_WORDS = [
    "効果",
    "有効",
    "効く",
    "効き",
    "改善",
    "再開通",
    "減ら",
    "減少",
    "減り",
    "低下",
    "下げ",
    "下が",
    "増え",
    "増加",
    "増や",
    "防ぐ",
    "防ぎ",
    "防げ",
    "予防",
    "抑え",
    "抑制",
    "消失",
    "縮小",
    "治る",
    "治り",
    "延長",
    "延ば",
    "生存",
    "死亡",
    "リスク",
    "副作用",
    "出血",
]


def _words(ctx, key, default):
    value = ctx.option(key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        label = ctx.config_label or "pyproject.toml"
        raise ConfigError(
            f"{label}: [tool.pvt-lint.rules.weak-evidence-only] {key}: must be a list of non-empty strings"
        )
    return value


def states_effect(text, treatment_words, effect_words):
    """The first (treatment, effect) word pair of a sentence, or None."""
    treatment = next((w for w in treatment_words if w in text), None)
    effect = next((w for w in effect_words if w in text), None)
    return (treatment, effect) if treatment and effect else None


def sentence_keys(unit, sentence, known=None):
    """The citation keys that belong to one sentence of a unit (as CIT001 assigns them). ``known``: a dict the
    caller keeps for a page, so that a unit's citations are assigned once for all its sentences (per sentence, a
    paragraph of n cited sentences cost n³: 1,000 of them took 17 s)."""
    if known is None:
        known = {}
    key = (id(unit), unit.plain)
    if key not in known:
        known[key] = _keys_by_sentence(unit)
    return list(known[key].get(sentence.start, ()))


def _keys_by_sentence(unit):
    """{sentence start: citation keys} of every sentence of a unit, each citation read once."""
    sentences = split_sentences(unit.plain)
    starts = [s.start for s in sentences]
    found = {start: [] for start in starts}
    if not sentences:
        return found
    for role in unit.roles:
        if not is_cite_role(role.name):
            continue
        keys = found[starts[_owner(sentences, role.plain_offset, starts)]]
        try:
            keys.extend(k for k in _targets(role.content) if k not in keys)
        except ValueError:
            continue  # CIT003 reports a malformed role
    return found


def evidence_levels(ctx, keys):
    """{key: evidence level} for the keys; None when a key is unknown (CIT002's business)."""
    bibliography = ctx.bibliography
    entries = getattr(bibliography, "entries", None)
    if entries is None:
        return None
    levels = {}
    for key in keys:
        entry = entries.get(key) if hasattr(entries, "get") else None
        if entry is None:
            return None
        levels[key] = evidence.level_of(entry.fields) or evidence.FALLBACK_LEVEL
    return levels


@rule(
    "CIT004",
    "weak-evidence-only",
    target="page",
    severity="warning",
    needs_tokenizer=True,
    options=("weak_levels", "treatment_words", "effect_words", "ignore_numbers"),
)
def weak_evidence_only(page, ctx):
    """A number or a treatment effect whose only citations are weak sources.

    What it checks: each sentence that states a number (a digit: percentages,
    counts, durations, ranges; not calendar years such as 2024年, ordinals such
    as 第31回 or 第3版, nor 第3部), recommends a treatment (the words of CIT001) or
    states a treatment effect (a treatment word such as 抗凝固療法, 治療, 薬,
    手術 together with an effect word such as 再開通, 改善, 減少, 防ぐ, 生存,
    出血) and carries citations of its own. When every one of those citations is
    a refs.bib entry whose `evidence` is patient-information, video or other, the
    sentence is reported. Exempt: what CIT001 exempts (headings, questions,
    nonclaim blocks' plain statements, ...). Sentences without a citation are CIT001's; unknown
    keys are CIT002's.

    Why: patients act on numbers and on what a treatment does. A patient leaflet,
    a video or a web page may explain, but cannot be the only support for such a
    claim: a guideline, a meta-analysis or a peer-reviewed review must back it.

    Options ([tool.pvt-lint.rules.weak-evidence-only]): weak_levels = [...];
    treatment_words = [...]; effect_words = [...]; ignore_numbers = [regex, ...].

    Example violation (video-ac-2022 is a video):
        抗凝固療法で再開通する人は71%でした{cite:p}`video-ac-2022`。
    Fix (cite the meta-analysis that reports the figure; a weak source may stay
    beside it):
        抗凝固療法で再開通する人は71%でした{cite:p}`loffredo-2017`。
    """
    if ctx.bibliography is None:
        return
    weak = {w.lower() for w in _words(ctx, "weak_levels", WEAK_LEVELS)}
    treatment_words = _words(ctx, "treatment_words", TREATMENT_WORDS)
    effect_words = _words(ctx, "effect_words", EFFECT_WORDS)
    claims = ctx.sibling("uncited-claim")  # sentences are read with CIT001's settings
    recommendation_words = settings(claims).words
    patterns = []
    for pattern in _words(ctx, "ignore_numbers", CIT004_IGNORE_NUMBERS):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            label = ctx.config_label or "pyproject.toml"
            raise ConfigError(
                f"{label}: [tool.pvt-lint.rules.weak-evidence-only] ignore_numbers: bad pattern {pattern!r}: {exc}"
            ) from None
    known = {}  # each unit's keys by sentence, read once
    for check in classify(page, claims):
        if check.status == "exempt" or not check.own:
            continue
        need, trigger = _need(check.sentence.text, recommendation_words, patterns)
        if need == "number":
            what = f"states a number ({trigger})"
        elif need == "recommendation":
            what = f"recommends a treatment (「{trigger}」)"
        elif need == "contraindication":
            what = f"states a contraindication (「{trigger}」)"
        else:
            pair = states_effect(check.sentence.text, treatment_words, effect_words)
            if pair is None:
                continue
            what = f"states a treatment effect (「{pair[0]}」…「{pair[1]}」)"
        keys = sentence_keys(check.unit, check.sentence, known)
        levels = evidence_levels(ctx, keys)
        if not keys or levels is None or not all(level in weak for level in levels.values()):
            continue
        line, column = check.position
        cited = ", ".join(f"{key} ({levels[key]})" for key in keys)
        yield ctx.report(
            line,
            column,
            f"sentence {what} but is cited only to weak sources: {cited}",
            context=_context(check.sentence.text),
            suggestion="cite, beside or instead of it, a stronger source that supports this very sentence "
            "(a clinical guideline, a meta-analysis or a peer-reviewed review)",
        )
