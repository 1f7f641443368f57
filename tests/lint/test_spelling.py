"""SPL001 (misspelled-word) on real PO files written to tmp_path."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.context import PUBLISH_PROFILE, Context  # noqa: E402
from lint.findings import ERROR, WARNING  # noqa: E402
from lint.parsing.catalog import load_catalog  # noqa: E402
from lint.registry import RULES  # noqa: E402
from lint.rules.spelling import (  # noqa: E402
    MEDICAL_DICTIONARIES,
    WORD_LIST,
    _suffix_crosses,
    read_medical_dictionary,
    read_prefix_rules,
    read_suffix_rules,
    read_word_list,
    words_to_check,
)
from lint.runner import load_rules  # noqa: E402

load_rules()
HEADER = (
    'msgid ""\nmsgstr ""\n"Language: {language}\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
)


def write(tmp_path, *entries, language="en", name="page.po"):
    folder = tmp_path / "locale" / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    text = HEADER.format(language=language)
    for entry in entries:
        if isinstance(entry, str):
            text += entry.rstrip("\n") + "\n\n"
        else:
            text += f'msgid "{entry[0]}"\nmsgstr "{entry[1]}"\n\n'
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def spell(path, config=None, profile="default"):
    catalog = load_catalog(path)
    ctx = Context(root=path.parent, config=config or {}, profile=profile)
    return list(RULES["SPL001"].check(catalog, ctx) or ())


def words(findings):
    return [f.message.split('"')[1] for f in findings]


def test_misspelled_words_are_reported_with_suggestions(tmp_path):
    path = write(
        tmp_path,
        ("門脈の血栓です。", "A blood clot in the portal vien causes thrombosis."),
        ("再開通率です。", "The recanalisaton rate {cite:p}`loffredo-2017`."),
    )
    findings = spell(path)
    assert words(findings) == ["vien", "recanalisaton"]
    vein, recanalization = findings
    assert "vein" in vein.suggestion.split(", ") and len(vein.suggestion.split(", ")) <= 3
    assert recanalization.suggestion == "recanalization"  # long words: suggested from the project words
    assert vein.rule == "SPL001" and vein.name == "misspelled-word" and vein.severity == WARNING
    # reported on the word itself: line of the msgstr, column of the word
    line = path.read_text(encoding="utf-8").splitlines()[vein.line - 1]
    assert line[vein.column - 1 :].startswith("vien")


def test_a_token_longer_than_any_word_is_no_word(tmp_path):
    # the lenient readings (compounds, slips, suggestions) are quadratic in a token's length: a token longer
    # than the longest dictionary word (45 letters) is reported at once, without them
    long_token = "a'" * 2000 + "a"
    path = write(tmp_path, ("門脈", f"The vein {long_token} and pneumonoultramicroscopicsilicovolcanoconiosis."))
    findings = spell(path)
    assert len(findings) == 1 and "is no word: 4001 letters" in findings[0].message
    assert findings[0].suggestion == ""


def test_typographic_apostrophes_and_etc_are_known(tmp_path):
    # real translations use the typographic apostrophe; it is the same letter as the typewriter one
    path = write(
        tmp_path,
        ("薬は飲み忘れないでください。", "Don’t skip a dose, and it’s fine to take it with food, fruit, etc."),
        ("薬", "Dont’ skip a dose."),
    )
    assert words(spell(path)) == ["Dont"]  # a slip is still one


def test_suggestions_keep_the_capitalisation(tmp_path):
    findings = spell(write(tmp_path, ("肝臓", "Livr disease.")))
    assert words(findings) == ["Livr"] and findings[0].suggestion.split(", ")[0][0].isupper()


def test_roles_urls_code_numbers_and_keys_are_not_words(tmp_path):
    text = (
        "See [the center](https://www.nanbyou.or.jp/entry/xyzzyq) and https://example.org/qwrtyp "
        "and `qzxv --frobnicate` {cite:p}`boccatonda-2024,stine-2021` {ref}`Part 2 <diagnsis-ref>`. "
        "JAK2 V617F is found in 3rd cases; JapaneseHealth.org; Type II."
    )
    assert spell(write(tmp_path, ("x", text))) == []


def test_the_project_word_list_drugs_eponyms_and_abbreviations(tmp_path):
    text = (
        "Apixaban, rivaroxaban, edoxaban, dabigatran and warfarin; Virchow's triad; the Child-Pugh "
        "score; a Meso-Rex bypass; TIPS, LMWH, DOACs, MPN, HCC, EVL and EIS; AASLD and EASL; Doppler."
    )
    assert spell(write(tmp_path, ("x", text))) == []


def test_abbreviations_are_checked_against_the_word_list(tmp_path):
    findings = spell(write(tmp_path, ("x", "It is distinguished from PVTT and from DOAX.")))
    assert words(findings) == ["PVTT", "DOAX"]
    assert "DOAC" in findings[1].suggestion.split(", ")


def test_hyphenated_compounds_are_checked_part_by_part(tmp_path):
    findings = spell(write(tmp_path, ("x", "The Child-Pughh score and a well-known Meso-Rex bypass.")))
    assert words(findings) == ["Pughh"]


def test_glossary_english_and_configured_words_are_known(tmp_path):
    path = write(tmp_path, ("x", "Extrahepatic portal vein obstruction (EHPVO) and the Sugiuraa procedure."))
    assert words(spell(path)) == ["Sugiuraa"]
    assert spell(path, config={"rules": {"misspelled-word": {"words": ["Sugiuraa"]}}}) == []


def test_medical_words_units_and_british_spelling(tmp_path):
    path = write(
        tmp_path,
        ("x", "Thrombocytopenia and atopic dermatitis; LDL below 140 mg/dL, 125/75 mmHg, 5 mL."),
        ("y", "Oedema and anaemia are seen at the health centre."),
        ("z", "The British Society for Haematology and the Journal of Paediatrics agree."),
    )
    findings = spell(path)
    assert [(f.message.split('"')[1], f.suggestion) for f in findings] == [
        ("Oedema", "Edema"),
        ("anaemia", "anemia"),
        ("centre", "center"),
    ]


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="needs Debian hunspell-en-us")
def test_british_medical_roots_are_flagged_though_the_american_list_has_them(tmp_path):
    # SCOWL's en_US lists hypoglycaemia beside hypoglycemia; the house writes the American root
    path = write(
        tmp_path,
        ("x", "Hypoglycaemia at night can cause headaches."),
        ("y", "The Royal College of Paediatrics and Child Health agrees."),  # a name keeps its spelling
        ("z", "Aesthetic and poetic concerns are a different matter."),  # no medical root
    )
    assert [(f.message.split('"')[1], f.suggestion) for f in spell(path)] == [("Hypoglycaemia", "Hypoglycemia")]


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="needs Debian hunspell-en-us")
def test_british_forms_inside_a_word_and_after_a_vowel_are_found_by_the_american_list(tmp_path):
    # oe/ae inside a word and -tre/-bre after a vowel would also rewrite American words (poet, does,
    # macabre, timbre), so they are tried only on words SCOWL's American list lacks
    path = write(
        tmp_path,
        ("a", "Swelling of the arm is called lymphoedema; coeliac disease is unrelated."),
        ("b", "Drink one litre of water and eat foods high in fibre, then go to the theatre."),
        ("c", "The poet does not find macabre timbre in the shoes she was canoeing in, archaeologically."),
        ("d", "The Haemophilus influenzae type b vaccine and Escherichia coli are named in Latin."),
        ("e", "Ageing is normal; a grey area remains."),
    )
    found = [(f.message.split('"')[1], f.suggestion) for f in spell(path) if f.message.startswith("British")]
    assert found == [
        ("lymphoedema", "lymphedema"),
        ("coeliac", "celiac"),
        ("litre", "liter"),
        ("fibre", "fiber"),
        ("theatre", "theater"),
        ("Ageing", "Aging"),
        ("grey", "gray"),
    ]


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="needs Debian hunspell-en-us")
def test_british_forms_the_general_list_knows_are_flagged_and_names_keep_theirs(tmp_path):
    # (thirty-seventh session, from an audit of issue 12) forms pyspellchecker knows as English words, which the American
    # list lacks: a doubled l before an ending, -ium, sulph-, a single final l, practise, judgement; American words with
    # ll (controller, installed, calling, rebelled, compelled) and dialogue stay; a charity's name and a quoted title keep
    # their spelling
    path = write(
        tmp_path,
        ("a", "Travellers and those counselling them should take aluminium and sulphur seriously."),
        ("b", "Enrol early, practise daily and use your judgement."),
        ("c", "The controller was installed while calling; the dialogue went well."),
        ("d", "Anaemia UK and Haemophilia Scotland cite the study “A randomised trial of iron”."),
        ("e", "Rebels rebelled and compelled the controller; the counsellors rebelled."),
        ("f", "Doctors may call this “oedema”."),
    )
    found = [(f.message.split('"')[1], f.suggestion) for f in spell(path)]
    assert found == [
        ("Travellers", "Travelers"),
        ("counselling", "counseling"),
        ("aluminium", "aluminum"),
        ("sulphur", "sulfur"),
        ("Enrol", "Enroll"),
        ("practise", "practice"),
        ("judgement", "judgment"),
        ("counsellors", "counselors"),
        ("oedema", "edema"),  # a word quoted alone is a term, no title
    ]


def test_only_published_english_is_checked(tmp_path):
    fuzzy = '#, fuzzy\nmsgid "a"\nmsgstr "Mispeled fuzzy text."'
    obsolete = '#~ msgid "b"\n#~ msgstr "Mispeled obsolete text."'
    assert spell(write(tmp_path, fuzzy, obsolete, ("c", ""))) == []
    assert spell(write(tmp_path, ("d", "Mispeled."), language="ja")) == []


def test_publish_profile_makes_misspellings_errors(tmp_path):
    path = write(tmp_path, ("x", "Mispeled."))
    assert [f.severity for f in spell(path)] == [WARNING]
    assert [f.severity for f in spell(path, profile=PUBLISH_PROFILE)] == [ERROR]


def test_one_finding_per_word_and_entry(tmp_path):
    findings = spell(write(tmp_path, ("x", "Mispeled, mispeled and MISPELED.")))
    assert len(findings) == 1


def test_word_splitting():
    assert list(words_to_check("Virchow's patients' DOACs non-cirrhotic e.g. JAK2 IV")) == [
        "Virchow",
        "patients",
        "DOAC",
        "non",
        "cirrhotic",
    ]


def test_word_list_is_well_formed():
    raw = [line.split("#", 1)[0].strip() for line in WORD_LIST.read_text(encoding="utf-8").splitlines()]
    entries = [w for w in raw if w]
    assert all(" " not in w for w in entries), "one word a line"
    assert len(entries) == len(set(e.lower() for e in entries)), "no duplicates"
    known = read_word_list(WORD_LIST)
    for word in (
        "apixaban",
        "rivaroxaban",
        "edoxaban",
        "dabigatran",
        "warfarin",
        "virchow",
        "child",
        "pugh",
        "meso",
        "rex",
        "tips",
        "lmwh",
        "doac",
        "mpn",
        "hcc",
        "evl",
        "eis",
        "aasld",
        "easl",
        "doppler",
    ):
        assert word in known


def test_the_spell_checker_is_loaded_only_when_spl_runs(tmp_path):
    path = write(tmp_path, ("x", "Mispeled."))
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from lint.runner import make_session, run
        run([{str(path)!r}], make_session(root={str(tmp_path)!r}, select=["TRN"]))
        assert "spellchecker" not in sys.modules, "loaded without SPL"
        report = run([{str(path)!r}], make_session(root={str(tmp_path)!r}, select=["SPL"]))
        assert "spellchecker" in sys.modules
        assert [f.rule for f in report.findings] == ["SPL001"]
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not (ROOT / "locale" / "en" / "LC_MESSAGES").is_dir(), reason="no English catalogs yet")
def test_the_english_edition_is_spelled_correctly():
    findings = []
    for path in sorted((ROOT / "locale" / "en" / "LC_MESSAGES").glob("*.po")):
        findings += spell(path)
    assert findings == [], "\n".join(f"{f.path}:{f.line}: {f.message}" for f in findings)


def test_an_abbreviation_defined_after_its_name_is_known(tmp_path):
    path = write(
        tmp_path,
        ("x", "The European Centre for Disease Prevention and Control (ECDC) reports; ECDC agrees."),
        ("y", "The XQZW report."),
    )
    assert words(spell(path)) == ["XQZW"]


def test_words_the_source_writes_in_latin_letters_are_taken_as_written(tmp_path):
    path = write(
        tmp_path,
        ("麻酔科の専門誌 Anaesthesia に報告されています。", "It was reported in the journal Anaesthesia."),
        ("麻酔科の専門誌に報告されています。", "It was reported in an anaesthesia journal."),
        ("専門誌 Anaesthesia です。", "Anaesthesia reports it; so does Anaestesia."),
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [(12, "anaesthesia"), (15, "Anaestesia")]


def test_an_abbreviation_the_msgid_writes_is_the_sources_spelling(tmp_path):
    # Copied from the msgid, an abbreviation cannot be the translator's slip; one the msgid does
    # not write is still checked against the word list.
    path = write(
        tmp_path,
        ("QZXは4つの型に分けられます。", "QZX is divided into four subtypes."),
        ("低QZXP食を試すなら栄養士に相談してください。", "To try a low-QZXP diet, see a dietitian."),
        ("過敏性腸症候群は4つの型に分けられます。", "QZX is divided into four subtypes."),
        ("QZXは5つの型に分けられます。", "QXZ is divided into five subtypes."),
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [(15, "QZX"), (18, "QXZ")]


def test_an_abbreviation_the_msgid_writes_against_a_number_is_the_sources_spelling(tmp_path):
    # Japanese writes no space around it (75gQZXで): the source's word is its letters, not the digit token
    path = write(
        tmp_path,
        ("75gQZXで診断します。", "A 75 g QZX is used to diagnose it."),
        ("QZXP値を測ります。", "The QZXP value is measured."),
        ("75gの糖を飲みます。", "You drink 75 g of QZX."),
        ("７５ｇＱＺＸで診断します。", "A 75 g QZX is used."),  # full-width letters are the same letters
        ("QzA1c値を測ります。", "The QzA value is measured."),  # QzA is part of QzA1c, no word of its own
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [(15, "QZX"), (21, "QzA")]


def test_a_short_katakana_name_matches_with_its_vowels_and_kana_with_two_sounds(tmp_path):
    path = write(
        tmp_path,
        # two consonants only, one letter from "Zone": the vowels i-o make the match
        ("ジオン注による硬化療法です。", "Sclerotherapy using Zione injection."),
        # ジ is di in drug names (ジゴキシン digoxin): both skeletons are tried
        ("ジクアホソル点眼液を使います。", "Use Diquafosol eye drops."),
        # vowels that differ: still unknown
        ("ジオン注による治療です。", "Treatment using Zaune injection."),
        ("点眼液を使います。", "Use Diquafosol eye drops."),
    )
    assert words(spell(path)) == ["Zaune", "Diquafosol"]


def test_a_loanword_abbreviated_by_its_consonants_is_accepted(tmp_path):
    path = write(
        tmp_path,
        ("テレビの音を大きくします。", "They turn the TV up loud."),
        # letters out of order, or not from the word's first consonant: unknown
        ("テレビの画面を見ます。", "They watch the VB screen."),
        ("テレビの音を小さくします。", "They turn the RV down."),
        # no katakana word in the source: unknown
        ("音を大きくします。", "They turn the TV up."),
    )
    # without the abbreviation list, which knows TV and RV as English abbreviations
    config = {"rules": {"misspelled-word": {"abbreviation-dictionaries": []}}}
    assert words(spell(path, config=config)) == ["VB", "RV", "TV"]


def test_a_medical_word_of_two_productive_parts_is_known(tmp_path):
    # sarco- starts and -penia (after o) ends many words of the medical dictionary; a slip does not split so
    path = write(tmp_path, ("x", "Sarcopenia and sarcopenia differ from osteopnia."))
    assert words(spell(path)) == ["osteopnia"]


def test_a_name_the_source_writes_in_katakana_is_accepted(tmp_path):
    path = write(
        tmp_path,
        ("チラーヂンSを毎朝飲みます。", "Take Thyradin S every morning."),
        ("アレグラを飲みます。", "Take Allegra."),
        ("ロキソニンを飲みます。", "Take Loxonin."),
        # no katakana word with those sounds in the source: still unknown
        ("甲状腺の薬を毎朝飲みます。", "Take Thyradin every morning."),
        # one letter from a known word: a slip, even though it sounds like the katakana
        ("ワルファリンを飲みます。", "Warfrin is taken daily."),
        # lower case: a generic name or loanword is written so (the spelling check cannot tell a
        # brand from a generic; capitalising brands is not its job)
        ("チラーヂンを飲みます。", "Take thyradin."),
        # lower case and one letter from a known word: still a slip
        ("ステロイドを塗ります。", "Apply a sterod cream."),
    )
    assert words(spell(path)) == ["Thyradin", "Warfrin", "sterod"]


def test_u_before_a_vowel_kana_may_write_a_v(tmp_path):
    from lint.japanese.sounds import katakana_skeletons

    # older loanwords write v as ウ + vowel (ウイルス, virus), as they write w (ウイスキー, whisky)
    assert "PKPRS" in katakana_skeletons("ボカウイルス")  # b, k, v, r, s
    assert "SK" in katakana_skeletons("ウイスキー")  # the w stays silent too
    assert "RPN" not in katakana_skeletons("ルーウン")  # ウ before a consonant kana is a vowel only
    path = write(
        tmp_path,
        ("ボカウイルスによる気管支炎です。", "It is bronchitis caused by bocavirus."),
        ("ボカウイルスの検査です。", "It is a test for bokavirus."),  # k for c: the same sounds
        ("風邪の原因です。", "Bocavirus is a cause of colds."),  # not in the source: unknown
    )
    assert words(spell(path)) == ["Bocavirus"]


def test_a_katakana_name_one_edit_from_a_word_the_katakana_does_not_write(tmp_path):
    from lint.japanese.sounds import vowel_distance

    # Calonal is one edit from "clonal" (the same consonants) and Mucosta from "mucosa" (not the
    # same): the katakana's vowels (カロナール, karonaaru) and consonants say which word it writes
    assert vowel_distance("Calonal", "カロナール") < vowel_distance("clonal", "カロナール")
    assert vowel_distance("norovirus", "ノロウイルス") < vowel_distance("nairovirus", "ノロウイルス")
    assert vowel_distance("Calonal", "解熱剤") is None
    path = write(
        tmp_path,
        ("熱が出たらカロナールを飲んでください。", "If you have a fever, take Calonal."),
        ("胃薬としてムコスタが出されました。", "Mucosta was prescribed for the stomach."),
        ("ノロウイルスの流行期です。", "It is norovirus season."),
        # a known word a slip away that the katakana writes, vowels as close: still a slip
        ("ワルファリンを毎日飲みます。", "Take warfrin every day."),
        # no katakana word with those sounds: still unknown
        ("熱が出たら解熱剤を飲んでください。", "If you have a fever, take Calonal."),
    )
    assert words(spell(path)) == ["warfrin", "Calonal"]


def test_katakana_and_english_consonant_skeletons():
    from lint.japanese.sounds import english_skeleton, katakana_names, katakana_skeleton, transliterates

    assert katakana_skeleton("チラーヂン") == english_skeleton("Thyradin") == "TRTN"
    assert katakana_skeleton("クラリチン") == english_skeleton("Claritin") == "KRTN"
    assert katakana_skeleton("ロキソニン") == english_skeleton("Loxonin") == "RKSN"
    assert katakana_skeleton("ワクチン") != english_skeleton("vaccine")
    # two consonants match too much to count
    assert not transliterates("Mali", katakana_names("マリが好きです"))
    # a gh after a vowel, before t or at the end, is silent; one before a vowel is not
    assert transliterates("breakthrough", katakana_names("ブレイクスルー感染"))
    assert transliterates("Brighton", katakana_names("ブライトンの名前"))
    assert not transliterates("Laughing", katakana_names("ラニングの名前"))


def test_a_japanese_word_of_the_source_in_romaji_is_accepted(tmp_path):
    path = write(
        tmp_path,
        ("山田先生の研究チームが発表しました。", "Dr. Yamada's team announced it."),
        ("東北大学の研究です。", "A study from Tōhoku University and Touhoku hospitals."),
        ("漢方薬を使います。", "Kampo medicine is used."),
        # one letter off the romaji: a slip
        ("山田先生の研究です。", "Dr. Yamado's team announced it."),
        # a romaji word the source does not have
        ("先生の研究チームが発表しました。", "Dr. Yamada's team announced it."),
    )
    assert words(spell(path)) == ["Yamado", "Yamada"]


def test_romanisation_folds_long_vowels_and_reads_the_data_file(tmp_path):
    from lint.errors import ConfigError
    from lint.japanese.sounds import fold_romaji, load_romaji, romanize

    assert romanize("トウホク") == fold_romaji("Tōhoku") == fold_romaji("Tohoku") == "tohoku"
    assert romanize("ホッカイドウ") == "hokkaido" and romanize("マッチャ") == "matcha"
    assert romanize("シンバシ") == fold_romaji("Shimbashi")
    bad = tmp_path / "romaji.toml"
    bad.write_text('[romaji]\n"ア" = "A"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"romaji.toml: \[romaji\] ア must be lower-case letters"):
        load_romaji(bad)


def test_a_closed_compound_of_two_common_words_is_known(tmp_path):
    path = write(
        tmp_path,
        ("a", "Handwashing with a smartphone reminder prevents heatstroke."),
        # a slip whose halves are rare fragments of the dictionary is not a compound
        ("b", "Asthama and seperately."),
    )
    assert words(spell(path)) == ["Asthama", "seperately"]


def test_a_generic_drug_name_is_known_by_its_inn_stem(tmp_path):
    path = write(
        tmp_path,
        # -asvir, -previr: hepatitis C antivirals; neither name is in a dictionary
        ("新しい飲み薬があります。ウイルスに効きます。", "There is daclatasvir, a new oral drug against the virus."),
        ("飲み薬の一つです。リスクは低めです。", "Grazoprevir is one oral drug."),
        # the stem alone says nothing without a katakana word in the source (a drug name comes from one)
        ("新しい飲み薬が出ました。", "There is daclatasvir now."),
        # one letter from a known drug (candesartan): a slip, although it ends in -sartan
        ("血圧の薬（カンデサルタン）です。", "It is candisartan, a blood pressure drug."),
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [(15, "daclatasvir"), (18, "candisartan")]


def test_a_medical_compound_of_a_combining_form_and_a_known_word_is_known(tmp_path):
    path = write(
        tmp_path,
        ("腎盂の結石を砕きます。", "Pyelolithotripsy breaks up the stone."),
        ("腎臓の結石を取ります。", "A nephrolithotomie removes the stone."),
    )
    assert words(spell(path)) == ["nephrolithotomie"]


def test_an_abbreviation_spelled_out_in_the_entry_is_known(tmp_path):
    path = write(
        tmp_path,
        ("骨盤底筋トレーニング（PFMT）を続けます。", "Keep up pelvic floor muscle training (PFMT)."),
        ("PFMT（骨盤底筋トレーニング）を続けます。", "Keep up PFMT (pelvic floor muscle training)."),
        # the letters are not those of the words before them, in order
        ("骨盤底筋トレーニング（PFMT）を毎日します。", "Do pelvic floor muscle training (PFTM) daily."),
    )
    assert words(spell(path)) == ["PFTM"]


def test_names_joined_as_in_the_source_are_names(tmp_path):
    path = write(
        tmp_path,
        # two short names (two sounds or fewer each): matched in order, together
        ("ベール・ユーン両先生の共著です。", "It was written by Behr and Yoon."),
        ("ベール・ユーン両先生の本です。", "It is a book by Behr-Yoon."),
        # the second katakana name is another one: neither English name is taken
        ("ベール・マーク両先生の共著です。", "It was written by Behr and Yoon."),
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [(15, "Behr"), (15, "Yoon")]


def test_an_abbreviation_after_a_partial_expansion_is_known(tmp_path):
    path = write(
        tmp_path,
        # the bracket repeats "type 2" and abbreviates the rest of the name
        # (msgids without the abbreviation: one the msgid writes is taken as written)
        ("2型糖尿病の方へ。", "For people with type 2 diabetes mellitus (type 2 DM)."),
        ("股関節の変形性関節症です。", "It is osteoarthritis of the hip (hip OA)."),
        # the kept word is not in the name before the bracket: no definition
        ("膝の痛みです。", "It is knee pain (hip OA)."),
    )
    assert words(spell(path)) == ["OA"]


def test_us_customary_units_are_known(tmp_path):
    path = write(
        tmp_path,
        ("体重を2 kg減らします。", "Lose 2 kg (4.4 lb)."),
        ("水を500 mL飲みます。", "Drink 500 mL (17 fl oz) of water."),
    )
    assert spell(path) == []


def test_the_inn_stems_are_the_who_suffix_stems_that_are_no_common_english_ending():
    from collections import Counter

    from spellchecker import SpellChecker

    from lint.parsing.word_tables import load_word_tables, table
    from lint.rules.spelling import WORD_FORMS

    stems = table(load_word_tables(WORD_FORMS), WORD_FORMS, "inn_stems")
    ends: Counter[str] = Counter()
    for word in SpellChecker().word_frequency.dictionary:
        if word.isalpha():
            for size in range(2, min(len(word), 13)):
                ends[word[-size:]] += 1
    assert {"buvir", "mab", "tinib", "dil", "vaptan", "cillin"} <= set(stems)
    assert not {"ine", "one", "ase", "al", "ium"} & set(stems)  # ordinary endings, left out
    assert all(ends[stem] <= 12 for stem in stems)


def test_a_drug_name_by_a_who_stem_the_first_table_lacked(tmp_path):
    path = write(
        tmp_path,
        # -vaptan (vasopressin receptor antagonists) and -dil (vasodilators) are WHO stems
        ("リキシバプタンを飲みます。", "You take lixivaptan."),
        ("リパスジルの点眼薬です。", "It is a ripasudil eye drop."),
        # a slip one edit from a dictionary drug (tolvaptan) stays a slip, stem or not
        ("トルバプタンを飲む薬です。", "You take tulvaptan daily."),
    )
    assert words(spell(path)) == ["tulvaptan"]


def test_a_word_with_letters_in_brackets_is_read_as_its_two_spellings(tmp_path):
    path = write(
        tmp_path,
        ("a", "Nucleos(t)ide analogues lower the viral load; check the dose(s) with your doctor."),
        # each spelling is checked: a slip in either is found
        ("b", "Take the tablet(s) with water and note the symptom(z)."),
    )
    assert words(spell(path)) == ["symptomz"]
    assert list(words_to_check("nucleos(t)ide dose(s)")) == ["nucleoside", "nucleostide", "dose", "doses"]
    assert list(words_to_check("nucleos(t)ide", lambda w: w != "nucleostide")) == ["nucleoside", "nucleotide"]


def test_edit_distance_counts_a_swap_as_one_edit_and_stops_past_the_limit():
    from lint.rules.spelling import edit_distance

    assert edit_distance("recieve", "receive") == 1  # adjacent letters swapped
    assert edit_distance("ibuprophen", "ibuprofen") == 2  # ph for f: a change and a deletion
    assert edit_distance("pneumococal", "pneumococcal") == 1
    assert edit_distance("sarcopenia", "sarcogenic") == 2
    assert edit_distance("abc", "abcdef") == 3  # past the limit of two: limit + 1


def test_a_lenient_reading_does_not_accept_a_slip_of_a_word_it_also_accepts(tmp_path):
    path = write(
        tmp_path,
        # イブプロフェン is read as "ibuprophen" by its consonants, but the medical word "ibuprofen",
        # two edits away in a long word, is read the same way: a slip
        ("イブプロフェンを飲みます。", "Take ibuprophen for the pain."),
        ("痛みにはイブプロフェンを飲みます。", "Take ibuprofen for the pain."),
        # pneumo + coccal would pass as a compound; "pneumococcal" of the same form is one edit away
        ("肺炎球菌ワクチンを受けます。", "Get the pneumococal vaccine."),
        ("肺炎球菌ワクチンを受けましょう。", "Get the pneumococcal vaccine."),
        # -sartan makes a drug name, but "telmisartan" (two edits) ends in the same stem
        ("血圧の薬（カンデサルタン）です。", "It is tilmesartan, a blood pressure drug."),
        # a compound with no dictionary word of its head one edit away stays known
        ("腎盂の結石を砕きます。", "Pyelolithotripsy breaks up the stone."),
        # an English word the katakana also spells is a coincidence (Zion), not the name meant (Zione)
        ("ジオン注による硬化療法です。", "Sclerotherapy using Zione injection."),
    )
    assert [(f.line, words([f])[0]) for f in spell(path)] == [
        (9, "ibuprophen"),
        (15, "pneumococal"),
        (21, "tilmesartan"),
    ]


def test_an_abbreviation_of_the_hunspell_list_is_known_as_written(tmp_path):
    # 紫外線 is written in kanji, so the msgid gives no Latin spelling: "UV" is known from the
    # all-capital entries of hunspell-en-us (SCOWL), and only in capitals.
    dictionary = Path("/usr/share/hunspell/en_US.dic")
    if not dictionary.is_file():
        pytest.skip("hunspell-en-us is not installed")
    path = write(
        tmp_path,
        ("紫外線を避けてください。", "Avoid UV light."),
        ("紫外線を避けましょう。", "Avoid uv light."),
        ("紫外線を避けます。", "Avoid UVV light."),
    )
    assert words(spell(path)) == ["uv", "UVV"]


def test_the_abbreviation_list_reads_only_capitals_with_their_plurals(tmp_path):
    from lint.rules.spelling import read_abbreviations

    dic = tmp_path / "en.dic"
    dic.write_text("5\nUV/M\nDVD/SM\nNASA\nAb/M\nuv\n", encoding="utf-8")
    assert read_abbreviations(dic) == {"UV", "DVD", "DVDs", "NASA"}
    path = write(tmp_path, ("紫外線", "UV light and DVDs."))
    config = {"rules": {"misspelled-word": {"abbreviation-dictionaries": []}}}
    assert words(spell(path, config=config)) == ["UV", "DVD"]  # a plural is checked as its singular


def test_a_name_run_together_with_its_loanword_and_a_kanji_name_in_romaji(tmp_path):
    from lint.japanese.sounds import romaji_morae

    assert romaji_morae("hochuekkito") == 6  # ho chu e k ki to (補中益気湯: four kanji)
    assert romaji_morae("hepatitus") == 0  # not romaji
    path = write(
        tmp_path,
        # a katakana name with the loanword after it in one katakana word
        ("ペルメトリンクリームを塗ります。", "Apply permethrin cream."),
        # a slip of the name: unknown
        ("患部にペルメトリンクリームを塗ります。", "Apply permethrine cream to the skin."),
        # Kampo formulas in romaji, whose kanji the tokenizer cannot read
        ("補中益気湯や六君子湯が使われます。", "Hochuekkito and rikkunshito are used."),
        # not romaji, or no kanji name long enough: unknown
        ("補中益気湯が使われます。", "Hoxuekkito is used."),
        ("漢方が使われます。", "Rikkunshito is used."),
    )
    assert words(spell(path)) == ["permethrine", "Hoxuekkito", "Rikkunshito"]


def test_a_regular_derivation_of_a_known_word_is_known_but_not_a_slip_of_one():
    from lint.parsing.glossary import GLOSSARY
    from lint.rules.spelling import _speller

    speller = _speller(WORD_LIST, GLOSSARY, ())
    # steatosis -> steatotic, assist -> assistive: words the dictionaries leave out
    assert speller.known("steatotic") and speller.known("assistive")
    # thrombotic is one edit away and ends the same way: "thromotic" is its slip
    assert not speller.known("thromotic")
    assert not speller.known("assistve")


def test_a_broken_derivation_names_file_and_entry():
    from lint.errors import ConfigError
    from lint.rules.spelling import _derivations

    assert _derivations(("osis|otic", "|ive")) == ("osis|otic", "|ive")
    with pytest.raises(ConfigError, match=r"en-word-forms.toml: \[derivations\] word #2 'otic'"):
        _derivations(("osis|otic", "otic"))


def test_an_r_after_a_vowel_may_be_the_long_vowel_of_a_katakana_name():
    from lint.japanese.sounds import katakana_names, transliterates

    # シルガード: ガー is "gar", as カード is card; the r before a vowel is heard (ワルファリン)
    assert transliterates("Silgard", katakana_names("9価ワクチン（シルガード9）は"))
    assert transliterates("Warfarin", katakana_names("ワルファリンを飲む"))
    assert not transliterates("Silgrad", katakana_names("9価ワクチン（シルガード9）は"))


def test_an_english_th_may_be_the_s_a_katakana_name_writes():
    from lint.japanese.sounds import katakana_names, transliterates, transliterates_with

    # Japanese has no th: セスロラン may be "Sethrolan" (th as s) as セトロラン may (th as t)
    assert transliterates("Sethrolan", katakana_names("セスロランを飲みます"))
    assert transliterates("Sethrolan", katakana_names("セトロランを飲みます"))
    assert not transliterates("Sekhrolan", katakana_names("セスロランを飲みます"))
    # and run together with its loanword (スミスリンシャンプー-like: name + ローション)
    assert transliterates_with("Methrin", "lotion", katakana_names("メスリンローションを塗ります"))


def test_a_short_name_without_the_vowels_japanese_adds_and_voiced_as_the_katakana_writes():
    from lint.japanese.sounds import katakana_sounds, sounds_like, voicing_agrees

    # モルター: mo-ru-taa, the u after r added by Japanese and -er written as a long vowel
    assert sounds_like("Molter", katakana_sounds("モルター法"))
    assert not sounds_like("Malter", katakana_sounds("モルター法"))
    # the katakana writes タ, not ダ: "Molder" has the classes but not the voicing
    assert voicing_agrees("Molter", "モルター法")
    assert not voicing_agrees("Molder", "モルター法")
    assert voicing_agrees("Molder", "モルダー法")


def test_a_participle_of_an_osis_verb_and_a_prefixed_word_are_known():
    from lint.parsing.glossary import GLOSSARY
    from lint.rules.spelling import _speller

    speller = _speller(WORD_LIST, GLOSSARY, ())
    # thrombosis -> thrombosing, hyalinosis -> hyalinosing: the verb back-formed from a noun in -osis
    assert speller.known("thrombosing") and speller.known("hyalinosing")
    assert not speller.known("thrombossing")
    # de-, over-, under- before a known word (deprescribe, overprescribing, underdosing) ...
    assert speller.known("deprescribe") and speller.known("overprescribing") and speller.known("underdosing")
    # ... unless a dictionary word is one edit away: "devision" is a slip of division
    assert not speller.known("devision")


def test_a_dictionary_entry_is_read_with_the_forms_its_suffix_flags_allow(tmp_path):
    # as Hunspell reads it: the flags name the .aff file's suffix rules, each with its condition on the end
    aff = tmp_path / "x.aff"
    aff.write_text(
        "SET UTF-8\nSFX S Y 4\nSFX S   y     ies        [^aeiou]y\nSFX S   0     s          [aeiou]y\n"
        "SFX S   0     es         [sxzh]\nSFX S   0     s          [^sxzhy]\nSFX D Y 1\nSFX D   0     ed         [^ey]\n",
        encoding="utf-8",
    )
    dic = tmp_path / "x.dic"
    dic.write_text("4\ncolonoscopy/S\nbiopsy/S\nabscess/S\nsplint/D\nstoma\n", encoding="utf-8")
    rules = read_suffix_rules(aff)
    words = read_medical_dictionary(dic, rules)
    assert {"colonoscopies", "biopsies", "abscesses", "splinted"} <= words
    assert not {"colonoscopys", "stomas", "stomata", "biopsys", "abscesss"} & words
    assert read_medical_dictionary(dic) == {"colonoscopy", "biopsy", "abscess", "splint", "stoma"}


def test_a_dictionary_entry_is_read_with_the_forms_its_prefix_flags_allow(tmp_path):
    # PFX as Hunspell reads it; a prefix goes on a suffixed form only when both groups say Y
    aff = tmp_path / "x.aff"
    aff.write_text(
        "SET UTF-8\nPFX A Y 1\nPFX A   0     re         .\nPFX K N 1\nPFX K   0     pro        .\n"
        "SFX S Y 1\nSFX S   0     s          [^sxzhy]\nSFX G N 1\nSFX G   0     ing        [^e]\n",
        encoding="utf-8",
    )
    dic = tmp_path / "x.dic"
    dic.write_text("3\ninfusion/AS\nthrombotic/K\nstent/KSG\n", encoding="utf-8")
    words = read_medical_dictionary(dic, read_suffix_rules(aff), read_prefix_rules(aff), _suffix_crosses(aff))
    assert {"reinfusion", "reinfusions", "prothrombotic", "prostent", "stents", "stenting"} <= words
    # K is no cross product, and G is none either: no prefix on a suffixed form
    assert not {"prostents", "prostenting", "rethrombotic", "infusionpro"} & words
    assert read_medical_dictionary(dic, read_suffix_rules(aff)) == {
        "infusion",
        "infusions",
        "thrombotic",
        "stent",
        "stents",
        "stenting",
    }


@pytest.mark.skipif(not Path(MEDICAL_DICTIONARIES[0]).is_file(), reason="needs Debian hunspell-en-med")
def test_words_made_by_the_medical_lists_prefix_flags_are_known(tmp_path):
    # arrhythmic/K, catheterization/A, duction/AIF in hunspell-en-med, with en_US.aff's pro-, re-, con-
    path = write(tmp_path, ("a", "Proarrhythmic effects after recatheterization are rare; conduction is checked."))
    assert words(spell(path)) == []
    path = write(tmp_path, ("a", "Proarhythmic effects are rare."))
    assert words(spell(path)) == ["Proarhythmic"]


@pytest.mark.skipif(not Path(MEDICAL_DICTIONARIES[0]).is_file(), reason="needs Debian hunspell-en-med")
def test_plurals_of_medical_words_are_known_and_their_misspellings_are_not(tmp_path):
    path = write(tmp_path, ("a", "Regular colonoscopies and endoscopies find polyps; colonoscopys do not."))
    assert words(spell(path)) == ["colonoscopys"]


def test_a_catalog_of_no_known_language_is_reported_not_skipped(tmp_path):
    path = tmp_path / "loose.po"  # outside locale/<language>/LC_MESSAGES and without a Language header
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "x"\nmsgstr "Anticoagulation improves recanalisaton."\n',
        encoding="utf-8",
    )
    findings = spell(path)
    assert len(findings) == 1 and "names no language" in findings[0].message and findings[0].line == 1
    english = write(tmp_path, ("x", "Anticoagulation improves recanalisaton."))
    assert words(spell(english)) == ["recanalisaton"]


def test_a_listed_word_longer_than_the_limit_is_still_a_word(tmp_path):
    long_word = "pneumonoultramicroscopicsilicovolcanoconiosisx"  # 46 letters
    path = write(tmp_path, ("門脈", f"The word {long_word} is listed."))
    assert len(spell(path)) == 1
    assert spell(path, config={"rules": {"misspelled-word": {"words": [long_word]}}}) == []


def test_an_eponym_is_known_with_its_accents():
    from lint.parsing.glossary import GLOSSARY
    from lint.rules.spelling import _speller

    speller = _speller(WORD_LIST, GLOSSARY, ())
    # (ninth session) the medical list has Behcet (and Behçet's), not Behçet: the name with its own letters is known
    assert speller.known("Behçet") and speller.known("Behcet")
    assert speller.known("Ménière") and speller.known("Sjögren")
    # an accent does not make a slip or a common word a name (from the review): the medical list gives eponyms their
    # possessive, and only those are read without their accents
    assert not speller.known("Bëhcit")
    for word in ("pàtient", "médicine", "diabetès", "blöod", "surgéry", "öperation", "fevér"):
        assert not speller.known(word), word


def test_a_family_name_beside_its_given_name_in_romaji_is_a_name(tmp_path):
    # (ninth session, translation-blind35) the tokenizer reads 馬原 as two words (uma + hara); the given name beside
    # it is read from the source, so the family name is the person's own reading
    path = write(
        tmp_path,
        ("馬原文彦医師が報告しました。", "Dr. Fumihiko Mahara reported it."),
        ("馬原文彦先生が報告しました。", "Dr. Mahara Fumihiko reported it."),
        # a slip is no romaji; a name with no given name of the source beside it stays unknown
        ("馬原文彦医師の報告です。", "Dr. Fumihiko Mahrra reported it."),
        ("馬原医師が報告しました。", "Dr. Kenji Mahara reported it."),
    )
    assert words(spell(path)) == ["Mahrra", "Kenji", "Mahara"]


def test_a_family_name_needs_the_kanji_of_one_before_the_given_name(tmp_path):
    # (from the second review) no family name in the source, a given name that is not there, or a family name the
    # tokenizer knows as one word (高橋: its reading decides) leaves the word unknown
    path = write(
        tmp_path,
        ("文彦医師が報告しました。", "Dr. Fumihiko Hamara reported it."),
        ("田中医師が診察します。", "Dr. Tanaka Kanoka will see you."),
        ("高橋健一先生が説明します。", "Dr. Kenichi Takahasi will explain."),
    )
    assert words(spell(path)) == ["Hamara", "Kanoka", "Takahasi"]


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="needs Debian hunspell-en-us")
def test_slips_of_a_combining_form_placeholders_and_american_suggestions(tmp_path):
    # (thirty-fifth session, from a check of issue 12) a combining form one edit from a dictionary word is a slip
    # (hemotology: hematology), also behind a British root; a placeholder's name is no word; a suggestion is given
    # in the house's American spelling
    path = write(
        tmp_path,
        ("a", "She was referred to hemotology."),
        ("b", "She was referred to haemotology."),
        ("c", "Revised in {yaer}."),
        ("d", "Signs of haemorage include black stools."),
    )
    found = {f.message.split('"')[1]: f for f in spell(path)}
    assert set(found) == {"hemotology", "haemotology", "haemorage"}
    assert "hematology" in found["hemotology"].suggestion.split(", ")
    assert "hematology" in found["haemotology"].suggestion.split(", ")
    assert "hemorrhage" in found["haemorage"].suggestion.split(", ")
    assert "haemorrhage" not in found["haemorage"].suggestion.split(", ")


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="needs Debian hunspell-en-us")
def test_british_forms_in_title_case_are_flagged_names_of_organisations_and_quoted_titles_are_not(tmp_path):
    # (thirty-fifth session, from a second check of issue 12) any two capitalised words were taken for a name
    path = write(
        tmp_path,
        ("a", "About Anaemia"),
        ("b", "Your Haematologist will explain."),
        ("c", "ANAEMIA"),
        ("d", "The Ministry of Health, Labour and Welfare and the British Society for Haematology agree."),
        ("e", 'See \\"Guidelines for the management of anaemia\\" (2020).'),  # a quoted title, escaped for the PO file
    )
    assert sorted(f.message.split('"')[1] for f in spell(path)) == ["ANAEMIA", "Anaemia", "Haematologist"]


@pytest.mark.skipif(not Path("/usr/share/hunspell/en_med_glut.dic").is_file(), reason="needs Debian hunspell-en-med")
def test_a_slip_of_a_medical_word_gets_the_medical_word_as_suggestion(tmp_path):
    # (thirty-seventh session, from the issue-12 audit) the suggestion came from the general list only
    path = write(tmp_path, ("a", "The count showed thrombocytopnia."))
    assert [(f.message.split('"')[1], f.suggestion) for f in spell(path)] == [("thrombocytopnia", "thrombocytopenia")]
