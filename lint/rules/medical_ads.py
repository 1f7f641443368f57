"""MED: advertising-style medical claims (医療広告ガイドライン, 医薬品等適正広告基準).

The article is patient education, not an advertisement, but the house holds it
to Japan's standards for medical advertising: the phrases they forbid mislead a
reader of an article exactly as they mislead a reader of an advertisement. The
phrases, each with the standard it breaks and a suggested rewrite, are data:
lint/data/medical-ads.toml. Matching is by regular expression on each sentence
of prose (no tokenizer), with three safeguards against flagging honest text:

- a phrase inside 「」 or 『』 is a mention, not a claim (「必ず治る」という広告に注意);
- a phrase followed by a hedge or a negation is fine (必ず治るとは限りません;
  副作用がない薬はありません) — each entry lists its own ``unless_after``;
- descriptive clinical and epidemiological superlatives are not in the lists
  (最も多い原因, 最も一般的, 最も重要な区別, 第一選択, 完全再開通, 最高血圧,
  必ず医師に相談してください).

Every unit of prose is checked, including non-claim blocks: editorial text must
not rank itself either (「最も信頼できる情報源」).
"""

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..parsing.text import split_sentences
from ..registry import rule

PHRASES = Path(__file__).resolve().parent.parent / "data" / "medical-ads.toml"
QUOTES = {"「": "」", "『": "』"}


@lru_cache(maxsize=None)
def _regex(source):
    """A compiled regular expression, compiled on first use (most phrases never match a page)."""
    return re.compile(source)


@dataclass(frozen=True)
class Phrase:
    rule: str
    source: str  # the pattern
    after_source: str  # unless_after, or ""
    before_source: str  # unless_before anchored at the end, or ""
    reason: str
    rewrite: str

    @property
    def pattern(self):
        return _regex(self.source)

    @property
    def unless_after(self):
        return _regex(self.after_source) if self.after_source else None

    @property
    def unless_before(self):
        return _regex(self.before_source) if self.before_source else None


@lru_cache(maxsize=4)
def load_phrases(path=PHRASES):
    """code -> [Phrase] from the phrase file; ConfigError names a bad entry."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the phrase list: {exc}")
    phrases = {}
    for index, entry in enumerate(data.get("phrase", []), start=1):
        where = f"{path}: [[phrase]] #{index}"
        try:
            code = entry["rule"]
            phrase = Phrase(
                code,
                entry["pattern"],
                entry.get("unless_after", ""),
                f"(?:{entry['unless_before']})$" if entry.get("unless_before") else "",
                entry["reason"],
                entry["rewrite"],
            )
        except KeyError as exc:
            raise ConfigError(f"{where}: missing {exc.args[0]}")
        phrases.setdefault(code, []).append(phrase)
    return phrases


def _quoted(text):
    """A list: True where the character is inside 「」 or 『』."""
    inside, stack = [False] * len(text), []
    for i, ch in enumerate(text):
        if stack and ch == stack[-1]:
            stack.pop()
            continue
        inside[i] = bool(stack)
        if ch in QUOTES:
            stack.append(QUOTES[ch])
    return inside


@lru_cache(maxsize=8)
def _any_phrase(code):
    """One regular expression that finds whether a text may hold any phrase of ``code``."""
    phrases = load_phrases().get(code, [])
    try:
        return re.compile("|".join(f"(?:{p.source})" for p in phrases)) if phrases else None
    except re.error:  # name the entry that is wrong
        for index, phrase in enumerate(phrases, start=1):
            for source in (phrase.source, phrase.after_source, phrase.before_source):
                try:
                    re.compile(source)
                except re.error as exc:
                    raise ConfigError(f"{PHRASES}: {code} phrase #{index}: bad regular expression: {exc}")
        raise


def _check(page, ctx):
    code = ctx.rule.code
    phrases = load_phrases().get(code, [])
    allow = set(ctx.option("allow", []))
    any_phrase = _any_phrase(code)
    for unit in page.units:
        plain = unit.plain
        if not plain.strip() or any_phrase is None or not any_phrase.search(plain):
            continue
        for sentence in split_sentences(plain):
            text = sentence.text
            quoted, taken = None, []
            for phrase in phrases:
                for match in phrase.pattern.finditer(text):
                    start, end = match.span()
                    if match.group() in allow or any(a < end and start < b for a, b in taken):
                        continue
                    if phrase.unless_after is not None and phrase.unless_after.match(text, end):
                        continue
                    if phrase.unless_before is not None and phrase.unless_before.search(text[:start]):
                        continue
                    if quoted is None:
                        quoted = _quoted(text)
                    if quoted[start]:
                        continue
                    taken.append((start, end))
                    line, column = unit.position(sentence.start + start)
                    yield ctx.report(line, column, f"「{match.group()}」: {phrase.reason}",
                                     context=text.replace("\n", ""), suggestion=phrase.rewrite)


@rule("MED001", "outcome-guarantee", target="page")
def outcome_guarantee(page, ctx):
    """A promise of a result or of safety: 必ず治る, 完治する, 絶対に安全, 副作用はない, 100%…

    What: phrases that guarantee a cure, a result or the absence of harm
    (lint/data/medical-ads.toml, rule MED001). Hedged or negated uses are fine:
    「必ず治るとは限りません」「副作用がない薬はありません」「副作用がないか確認します」,
    and so is 「必ず医師に相談してください」.
    Why: no treatment guarantees its result. 医療広告ガイドライン treats such
    phrases as 虚偽広告 (its example: 「絶対安全な手術です」), and 医薬品等適正広告基準
    第4の3(5) forbids guaranteeing efficacy or safety. A patient who reads
    「必ず治る」 may stop a needed treatment or blame themselves when it fails.
    Example: 「抗凝固療法で血栓は必ず溶けます。」
    Fix: 「抗凝固療法を受けた人の約7割で血栓が消えた（再開通した）と報告されています{cite:p}`loffredo-2017`。」
    Each finding's suggestion gives a rewrite. Options: allow = [] (exact matched
    texts to accept).
    """
    return _check(page, ctx)


@rule("MED002", "superlative-ranking", target="page")
def superlative_ranking(page, ctx):
    """Self-ranking and superlatives: 最高, 日本一, No.1, 最も信頼できる, 最先端, 権威の頂点 …

    What: phrases that rank the article, its sources, a treatment or a person
    above others (lint/data/medical-ads.toml, rule MED002): 最高品質の医学的証拠,
    最も信頼できる情報源, 権威ある医学雑誌, 権威の頂点, 日本一, 世界一, No.1, 最先端の治療,
    他院より優れた. Descriptive clinical superlatives are fine: 「最も多い原因」
    「最も一般的な背景」「最も重要な区別」「第一選択の検査」「最高血圧」.
    Why: 医療広告ガイドライン forbids 比較優良広告 (its examples: 「日本一」「No.1」
    「最高の医療」「最先端の医療」), and 医薬品等適正広告基準 第4の3(6) forbids the
    superlative. Ranking words replace evidence: the reader should learn what the
    information rests on, not that it is "the best".
    Example: 「この記事は最高品質の医学的証拠にのみ基づいています。」
    Fix: 「この記事は、診療ガイドラインと系統的レビューを主な根拠にしています。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED003", "endorsement-claim", target="page")
def endorsement_claim(page, ctx):
    """An endorsement instead of evidence: 医師推奨, 専門医も推薦, ○○大学教授が認めた, 体験談 …

    What: phrases that rest a claim on who approves of it (lint/data/medical-ads.toml,
    rule MED003): doctors, professors, universities, the government or celebrities
    recommending or approving, and patients' testimonials. Clinical descriptions
    stay fine: 「ガイドラインで推奨されています」「医師の指示に従ってください」
    「医師が必要と認めた場合」.
    Why: 医薬品等適正広告基準 第4の10 forbids advertising that medical professionals
    recommend a product, and 医療広告ガイドライン forbids testimonials (体験談) and
    stressing ties with famous people. An endorsement is not evidence; and the
    house never names a reviewer who has not reviewed the article.
    Example: 「専門医も推薦する治療法です。」
    Fix: 「診療ガイドラインで推奨されている治療法です{cite:p}`aasld-2021`。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)
