"""CIT001, thirty-first session: English practical lines (the counterpart of the Japanese practical exemption).

An English request whose verb is one of the visit's logistics, or a statement whose subject is the writer, the staff or
a thing of the service, or whose head states the service's facts, needs no source when no word of it is of health
(lint/analysis/medical_en.py, lint/data/medical-content-en.toml). A word of health outside a service's name or the
line's occasion, a count of people, a rate, a measurement, advice, a prohibition, urgency and a condition of the body
keep it a claim. The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from lint.analysis import medical_en


@pytest.mark.parametrize(
    "text, expected",
    [
        # requests of the visit's logistics, with no word of health
        ("Please bring your insurance card and a list of your medicines to the appointment.\n", "exempt"),
        ("Please allow up to two hours for your gastroscopy appointment.\n", "exempt"),
        ("Please arrive 30 minutes before your procedure.\n", "exempt"),
        ("If you cannot attend, please call us to rearrange.\n", "exempt"),
        # (the time after care is care, as 検査後 is: Please arrange for someone to take you home after your operation
        # stays a claim)
        ("Please arrange for someone to take you home.\n", "exempt"),
        # statements of the institution's side: the writer, the staff, a thing of the service
        ("The stroke unit is on the second floor; lifts are next to the main entrance.\n", "exempt"),
        ("The X-ray department at the centre closes at 7 pm.\n", "exempt"),
        ("Results are usually posted to you and your GP.\n", "exempt"),
        ("Testing at the public health centre is free and anonymous.\n", "exempt"),
        ("You can book a vaccination appointment online or by phone.\n", "exempt"),
        ("You can book your test with a practice nurse at your GP surgery.\n", "exempt"),
        ("Your neurologist will go through your headache diary with you.\n", "exempt"),
        ("There is a café on the ground floor where the person collecting you can wait.\n", "exempt"),
        ("If you arrive more than 10 minutes late, we may have to rebook your appointment.\n", "exempt"),
        # a word of health outside a name or an occasion: care
        ("Do not eat anything for six hours before your procedure.\n", "uncited"),
        ("Drink plenty of water after the scan to help clear the dye.\n", "uncited"),
        ("Your nurse will check your blood pressure and your tablets.\n", "uncited"),
        ("You can bring one person, but the injection may sting for a few seconds.\n", "uncited"),
        ("The procedure takes about an hour.\n", "uncited"),
        # a time after a procedure is the course of care, as 手術日の翌日 is
        ("Your nurse will phone you two days after the operation.\n", "uncited"),
        ("Using your CPAP machine every night can reduce daytime sleepiness within a few weeks.\n", "uncited"),
        # verbs that govern care as often as logistics are no logistics (keep the area dry, wear sunscreen)
        ("Keep the area clean and dry for two days.\n", "uncited"),
        ("Wear sunscreen whenever you go outside.\n", "uncited"),
        # a count of people, a tendency of the reader, a rate, a measurement
        ("Most people can go home the same day.\n", "uncited"),
        ("You can usually go home the same day.\n", "uncited"),
        ("About 1 in 10 people will need a second appointment.\n", "uncited"),
        ("Levels above 7 mg/dL are considered high.\n", "uncited"),
        # a condition of the body, or urgency, makes a referral care-seeking advice
        ("Come back if it is not better in a week.\n", "uncited"),
        ("If your ankles suddenly swell or you pass much less urine, call your kidney team the same day.\n", "uncited"),
        ("If your periods are very heavy, ask your GP to check your iron levels.\n", "uncited"),
        # a verb of the service with a subject that is no thing of the service grants nothing
        ("It runs in families.\n", "uncited"),
        ("It usually starts in childhood and comes back in spring.\n", "uncited"),
        # from the review of the first version, which judged by the absence of health words alone (119 of 318 claims
        # went through), one or two of each class it found:
        # the writer or the service over a comparison, a ranking, an outcome, a count (no health word needed)
        ("Our unit has the lowest caesarean rate in the region.\n", "uncited"),
        ("Our midwives are the best in London.\n", "uncited"),
        ("Our new scanner is faster and more accurate.\n", "uncited"),
        ("Our helpline has helped thousands of people quit for good.\n", "uncited"),
        ("Screening is free and saves lives.\n", "uncited"),
        ("Results are usually normal.\n", "uncited"),
        ("Results take up to 10 days and most are normal.\n", "uncited"),
        # a health word in a service's name with a claim over it; a verb of the service over the body
        ("The eye clinic can stop you losing your sight.\n", "uncited"),
        ("The placenta is usually delivered within an hour of the birth.\n", "uncited"),
        ("Your airways will be open again within minutes.\n", "uncited"),
        # we in a clause or an object is no subject
        ("Come back in 10 days so we can remove the sutures.\n", "uncited"),
        ("The vast majority of lumps we see are harmless.\n", "uncited"),
        # an interval, a dose schedule or a time after care in a request
        ("Call us to book your second shot within 28 days.\n", "uncited"),
        ("Please attend every three weeks for your infusion.\n", "uncited"),
        ("You can return to work a fortnight after your operation.\n", "uncited"),
        ("You can return to the gym after a month.\n", "uncited"),
        ("Please wait for a short while after your vaccination before you leave.\n", "uncited"),
        # a condition that is not one of the visit
        ("Tell your midwife if the baby moves less than usual.\n", "uncited"),
        ("Ring us if the lump gets bigger.\n", "uncited"),
        # a measurement with a unit
        ("Choose a toothpaste with 1,450 ppm fluoride.\n", "uncited"),
        # and the service lines the strict version keeps exempt
        ("If you need more than 12 items a year, please ask at the pharmacy counter.\n", "exempt"),
        (
            "Please fill in the travel risk questionnaire and return it at least two weeks before your appointment.\n",
            "exempt",
        ),
        ("Please allow most of the morning for your visit.\n", "exempt"),
        ("Please allow up to two hours for your gastroscopy appointment.\n", "exempt"),
        ("Please allow two hours for the dye to work.\n", "uncited"),
        ("Each prescription item costs £9.90 in England unless you are exempt.\n", "exempt"),
        ("Visiting on the stroke unit is from 2pm to 8pm, with no more than two visitors at a bedside.\n", "exempt"),
    ],
)
def test_english_practical_lines(reasons, text, expected):
    """``expected`` is the status (exempt, uncited) of the sentence."""
    assert reasons(text)[-1][0] == expected, reasons(text)


@pytest.mark.parametrize(
    "text, words",
    [
        # endings of the combining forms reach words no table holds
        ("Patients with thrombocytopenia bruise easily.", ("thrombocytopenia", "bruise")),
        ("She had a cholecystectomy last year.", ("cholecystectomy",)),
        # common words that end alike are not of health
        ("We value empathy and sympathy at the academic centre.", ()),
        # a health word in a service's name, or a procedure as the occasion, is not health
        ("Blood test results are posted to your GP.", ()),
        ("Please arrive 30 minutes before your scan.", ()),
        ("The scan is painless.", ("scan", "painless")),
    ],
)
def test_english_health_words(text, words):
    assert medical_en.health_words(text) == words


@pytest.mark.parametrize(
    "text, expected",
    [
        # (thirty-first session, from the same review) the older English referral and terms readings let care through:
        # a request that sends the reader somewhere while a clause of it acts on the body
        ("Please arrive having had nothing to eat since midnight.\n", "uncited"),
        ("Call us before you stop taking clozapine.\n", "uncited"),
        ("Please arrive an hour early so the numbing cream can work.\n", "uncited"),
        ("Please book your booster a year after your first shot.\n", "uncited"),
        # "free to" is permission; a word of health beside the terms says more than the terms
        ("You are free to go home the same day.\n", "uncited"),
        ("The scan is available on Saturdays and is completely harmless.\n", "uncited"),
        # referrals and terms as before
        ("If you have any questions, please call the clinic.\n", "exempt"),
        ("Please bring your medicines in their original boxes.\n", "exempt"),
        ("The flu jab is free for everyone aged 65 and over.\n", "exempt"),
    ],
)
def test_english_referrals_and_terms_that_carry_care(reasons, text, expected):
    assert reasons(text)[-1][0] == expected, reasons(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (thirty-first session, second review: 517 claims aimed at every English exemption; 141 went through at the
        # session's start, 49 now) variants of each class it found, written for these tests:
        # an English line exempted as the service's (hours, referral, terms, link) that also states care
        ("The pharmacy is open on Sundays, and most rashes settle without cream.\n", "uncited"),
        ("Phone us on 0300 000 0000; the vaccine contains no live virus and is safe in pregnancy.\n", "uncited"),
        ("Your pharmacist can explain how the patches stop nicotine cravings.\n", "uncited"),
        ("Read [our leaflet](leaflet.md): antibiotics do not cure a cold.\n", "uncited"),
        ("The implant, which prevents pregnancy for three years, is available at our clinic.\n", "uncited"),
        # named, not stated: what a pointer points at, a list's contents, things brought, a page's title, a question
        ("See Fig. 3 for a diagram of the knee.\n", "exempt"),
        ("Please bring a list of your current medicines to your appointment.\n", "exempt"),
        ("Please bring your inhaler and spacer to every appointment.\n", "exempt"),
        ("For more about eczema, see [Living with eczema](eczema.md).\n", "exempt"),
        ("If you have any questions about your treatment, please call the ward.\n", "exempt"),
        ("To book a hearing test, call the audiology clinic.\n", "exempt"),
        # practical lines: a deadline before the visit, not before any act; verbs that govern care as often as
        # logistics; an effect offered; a tendency of the staff; a relative clause; a time of care
        ("Wait four weeks before you go swimming again.\n", "uncited"),
        ("Please allow your child to sleep it off at home.\n", "uncited"),
        ("Please complete the whole course of tablets.\n", "uncited"),
        ("Please complete the form before your appointment.\n", "exempt"),
        ("Our physiotherapists can help you walk without a frame again.\n", "uncited"),
        ("Our surgeons can usually do this as a day case.\n", "uncited"),
        ("There are home kits that detect the infection reliably.\n", "uncited"),
        ("You can go back to the office from the second week.\n", "uncited"),
        ("Please book your flu jab each October.\n", "uncited"),
        ("The stop-smoking clinic runs every Wednesday from 1 pm to 3 pm.\n", "exempt"),
    ],
)
def test_english_second_review_classes(reasons, text, expected):
    assert reasons(text)[-1][0] == expected, reasons(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # (thirty-first session) the reader's belongings and clothes govern wear, leave, remove and switch; "let us know"
        # asks the reader to tell the service; a duration over the reader's act is a regimen
        ("Please wear loose, comfortable clothing.\n", "exempt"),
        ("Please leave valuables at home.\n", "exempt"),
        ("Please remove nail varnish before you come in.\n", "exempt"),
        ("Leave the dressing on for 48 hours.\n", "uncited"),
        ("The car park is behind the main building.\n", "exempt"),
        ("Let us know if you need wheelchair access.\n", "exempt"),
        ("Let us know if the pain gets worse.\n", "uncited"),
        ("You will wear the boot for six weeks.\n", "uncited"),
        ("If you are 16 or over, you can order a free home testing kit online.\n", "exempt"),
    ],
)
def test_english_belongings_and_let_us_know(reasons, text, expected):
    assert reasons(text)[-1][0] == expected, reasons(text)
