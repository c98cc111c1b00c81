"""Ownership, meeting, occupation, deal and statement recall and precision on sentences written for
the test (floors, not exact figures): the benchmark's tuning half holds too few such facts
to guide recall."""

from __future__ import annotations

from tests.conftest import Analyse
from tests.written_forms import (
    same_name,
    score_agreement_sentences,
    score_deal_reports,
    score_deals,
    score_meeting_reports,
    score_meetings,
    score_names,
    score_occupations,
    score_ownership,
    score_projects,
    score_statements,
)


def test_a_name_matches_its_inflected_forms() -> None:
    assert same_name("Газпрома", "Газпром")
    assert same_name("Роман Абрамович", "Роман Абрамович")
    assert not same_name("Сбербанк", "ВТБ")


def test_ownership_on_written_sentences(analyse: Analyse) -> None:
    score = score_ownership(analyse)
    assert score.recall >= 0.90, score.misses
    assert score.precision >= 0.95, score.spurious


def test_meetings_on_written_sentences(analyse: Analyse) -> None:
    score = score_meetings(analyse)
    assert score.recall >= 0.90, score.misses
    assert score.precision >= 0.95, score.spurious


def test_on_sentences_written_after_the_rules(analyse: Analyse) -> None:
    """A second set, written once the rules were in: no rule was fitted to it."""
    ownership = score_ownership(analyse, "ownership_fresh.jsonl")
    meetings = score_meetings(analyse, "meeting_fresh.jsonl")
    assert ownership.recall >= 0.90 and ownership.precision >= 0.95, ownership.misses
    assert meetings.recall >= 0.70 and meetings.precision >= 0.95, meetings.misses


def test_meetings_on_the_unseen_classes(analyse: Analyse) -> None:
    """Issue 16's hidden-set meeting classes (no meeting noun, a side outside the trigger's
    phrase, two meetings in a sentence, interviews and shows that are none), written and
    scored before the rules for them (recall 0.682, precision 0.933 then)."""
    score = score_meetings(analyse, "meeting_unseen.jsonl")
    assert score.recall >= 0.88, score.misses
    assert score.precision >= 0.95, score.spurious


def test_on_unseen_wordings(analyse: Analyse) -> None:
    """Issue 16's classes (lists, stakes and sales, structure, owner nouns), written before
    this round's rules: recall 0.780 before them."""
    score = score_ownership(analyse, "ownership_unseen.jsonl")
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.95, score.spurious


def test_on_wordings_written_after_the_lists(analyse: Analyse) -> None:
    """A last set, written once this round's rules were in: no rule was fitted to it
    (recall 0.545, precision 0.923: one owner's name the name finder cut short)."""
    score = score_ownership(analyse, "ownership_unseen_after.jsonl")
    assert score.recall >= 0.50, score.misses
    assert score.precision >= 0.90, score.spurious


def test_occupations_on_the_unseen_classes(analyse: Analyse) -> None:
    """Issue 16's hidden-set occupation classes (careers, a post shared by a list of names,
    membership, a state or region as the place, whole post phrases, sentences with none),
    written and scored before this round's rules (recall 0.656, precision 0.925 then)."""
    score = score_occupations(analyse)
    assert score.recall >= 0.75, score.misses
    assert score.precision >= 0.90, score.spurious


def test_occupations_written_after_the_rules(analyse: Analyse) -> None:
    """A second set, written once this round's rules were in and scored once: no rule was
    fitted to it (recall 0.706, precision 1.000)."""
    score = score_occupations(analyse, "occupation_unseen_after.jsonl")
    assert score.recall >= 0.65, score.misses
    assert score.precision >= 0.90, score.spurious


def test_occupations_of_round_4(analyse: Analyse) -> None:
    """Round 4's classes (a decree's issuer, the one appointed, board membership, former
    posts, a plural post before names of several states), written and scored before the
    rules for them (recall 0.448, precision 0.607 then)."""
    score = score_occupations(analyse, "occupation_round4.jsonl")
    assert score.recall >= 0.85, score.misses
    assert score.precision >= 0.90, score.spurious


def test_occupations_in_multi_paragraph_reports(analyse: Analyse) -> None:
    """Issue 16's occupations stated across a report's sentences (a generic noun or a pronoun
    for the organisation named before, a lone surname, lists, careers), nine reports written
    and scored before this round's rules (recall 0.481, precision 0.763 then)."""
    score = score_occupations(analyse, "occupation_reports.jsonl")
    assert score.recall >= 0.6, score.misses
    assert score.precision >= 0.9, score.spurious


def test_occupations_in_reports_written_after_the_rules(analyse: Analyse) -> None:
    """Five reports written once this round's rules were in and scored once, never fitted
    (recall 0.517, precision 0.826)."""
    score = score_occupations(analyse, "occupation_reports_after.jsonl")
    assert score.recall >= 0.45, score.misses
    assert score.precision >= 0.75, score.spurious


def test_deals_on_the_unseen_classes(analyse: Analyse) -> None:
    """Issue 16's deal classes (the benchmark's kinds, several parties as one deal, a
    currency's country, and talk, plans, prices and figures that are no deal), written and
    scored before the rules for them (recall 0.838, precision 0.853 then)."""
    score = score_deals(analyse)
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.95, score.spurious


def test_deals_written_after_the_rules(analyse: Analyse) -> None:
    """A second set, written once the deal rules were in and scored once: no rule was
    fitted to it (recall 1.000, precision 0.818: a built plant's name taken for a side, an
    opinion about a deal)."""
    score = score_deals(analyse, "deal_unseen_after.jsonl")
    assert score.recall >= 0.90, score.misses
    assert score.precision >= 0.80, score.spurious


def test_deals_over_reports(analyse: Analyse) -> None:
    """Ten multi-paragraph reports: fines on companies named a sentence before, a stake
    bought under an agreement, loans and debts told by a common noun, investments, and
    talks, rumours, prices and revenue that are no deal; written and scored before the
    rules for them (recall 0.467, precision 0.636 then)."""
    score = score_deal_reports(analyse)
    assert score.recall >= 0.85, score.misses
    assert score.precision >= 0.95, score.spurious


def test_deals_over_reports_written_after_the_rules(analyse: Analyse) -> None:
    """Six reports written once those rules were in and scored once: no rule was fitted
    to them (recall 1.000, precision 0.833: a city's adjective taken for a side)."""
    score = score_deal_reports(analyse, "deal_reports9_after.jsonl")
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.80, score.spurious


def test_deals_over_long_reports(analyse: Analyse) -> None:
    """Six long reports in the benchmark's style (2009-2014 news: stakes, arms and gas,
    IMF tranches, fines, transfers, investments; deals in passing, sides sentences
    before or after), written and scored before the rules for them (recall 0.476,
    precision 0.750 then)."""
    score = score_deal_reports(analyse, "deal_reports10.jsonl")
    assert score.recall >= 0.65, score.misses
    assert score.precision >= 0.85, score.spurious


def test_deals_over_long_reports_written_after_the_rules(analyse: Analyse) -> None:
    """Four long reports written once those rules were in and scored once, never fitted
    (recall 0.500, precision 0.500: a company named with its abbreviation as two sides, a
    loan to two borrowers split in pairs, a pipeline's name as a side)."""
    score = score_deal_reports(analyse, "deal_reports10_after.jsonl")
    assert score.recall >= 0.50, score.misses
    assert score.precision >= 0.50, score.spurious


def test_deals_over_long_reports_eleven(analyse: Analyse) -> None:
    """Six long reports (a loan to two borrowers, bracketed short names, regulators told as
    "регулятор" and "ведомство", an embargo, leases, a region funding a club), written and
    scored before deal11's rules (recall 0.438, precision 0.700 then). «Вимм-Билль-Данн»
    and its "(ВБД)" are one entity since the short-name join, so its purchase is one claim,
    not two (P 13/15 → 12/14)."""
    score = score_deal_reports(analyse, "deal_reports11.jsonl")
    assert score.recall >= 0.75, score.misses
    assert score.precision >= 0.85, score.spurious


def test_deals_over_long_reports_eleven_written_after_the_rules(analyse: Analyse) -> None:
    """Four long reports written once deal11's rules were in and scored once, never fitted
    (recall 0.545, precision 0.375: places and a plant named inside the deal's object, a
    headline's capitals, a quoted plant's name as sides). deal12 fixed those classes on its
    own sentences, so it is no longer unseen (P 0.750 since). With the parser's heads one
    tree, the fine of "Федеральная служба … (Росприроднадзор)" on a second company is read,
    named in full (P 0.667); since a short name in brackets joins the full one and names the
    entity, both fines are the regulator's under its short name (R 8/11, P 8/9)."""
    score = score_deal_reports(analyse, "deal_reports11_after.jsonl")
    assert score.recall >= 0.72, score.misses
    assert score.precision >= 0.85, score.spurious


def test_deals_over_long_reports_twelve(analyse: Analyse) -> None:
    """Five long reports (places inside what was sold, plants in a loan's purpose or a
    supply's, a headline, co-funders with no recipient), written and scored before deal12's
    rules (recall 0.625, precision 0.462 then)."""
    score = score_deal_reports(analyse, "deal_reports12.jsonl")
    assert score.recall >= 0.62, score.misses
    assert score.precision >= 0.80, score.spurious


def test_deals_over_long_reports_twelve_written_after_the_rules(analyse: Analyse) -> None:
    """Three long reports written once deal12's rules were in, committed before scoring and
    scored once, never fitted (recall 0.909, precision 0.900; the base 0.909 / 0.455)."""
    score = score_deal_reports(analyse, "deal_reports12_after.jsonl")
    assert score.recall >= 0.90, score.misses
    assert score.precision >= 0.90, score.spurious


def test_deals_over_long_reports_thirteen(analyse: Analyse) -> None:
    """Five long reports in FactRuEval's style (sides by a pronoun, a court's order to pay,
    a conjoined verb's subject, a lease), written and scored before deal13's rules (recall
    0.556, precision 0.727 then)."""
    score = score_deal_reports(analyse, "deal_reports13.jsonl")
    assert score.recall >= 0.77, score.misses
    assert score.precision >= 0.87, score.spurious


def test_deals_over_long_reports_thirteen_written_after_the_rules(analyse: Analyse) -> None:
    """Three long reports written once deal13's rules were in, committed before scoring and
    scored once, never fitted (recall 0.636, precision 0.750; the base 0.636 / 0.857); deal14's
    look-back change lifted it to 0.727 / 0.875, so it is no longer unseen."""
    score = score_deal_reports(analyse, "deal_reports13_after.jsonl")
    assert score.recall >= 0.72, score.misses
    assert score.precision >= 0.87, score.spurious


def test_deals_over_long_reports_fourteen_written_after_the_rules(analyse: Analyse) -> None:
    """Three long reports with bare nouns for companies, written once deal14's rules were in,
    committed before scoring and scored once, never fitted (recall 0.167, precision 0.667;
    the base the same)."""
    score = score_deal_reports(analyse, "deal_reports14_after.jsonl")
    assert score.recall >= 0.16, score.misses
    assert score.precision >= 0.66, score.spurious


def test_deals_over_long_reports_fifteen_with_bare_noun_sides(analyse: Analyse) -> None:
    """Three long reports whose sides are told by bare nouns ("области", "региону",
    "компания" for a "комбинат", "станция"), committed before deal15's rules and scored
    then (recall 0.091, precision 0.250); fitted since."""
    score = score_deal_reports(analyse, "deal_reports15.jsonl")
    assert score.recall >= 0.54, score.misses
    assert score.precision >= 0.6, score.spurious


def test_deals_over_long_reports_twenty_four_written_before_the_rules(analyse: Analyse) -> None:
    """Six long reports in the benchmark's style (a stake sold with the buyer in the next
    sentence, contracts to take part in a tournament and a fight, fines on a list, a fund's
    tranche with the capital for the state, a services contract, sponsors, broadcast rights),
    written with their gold before deal24's rules and any run on them, scored once at the
    end of deal24 and never fitted then (recall 0.483, precision 0.632; main then 0.414 /
    0.526). Round 25 read its misses and fitted some of them (a subject hung before a
    colon, a fine after a verdict on a list, a buyer named by the role in the next
    sentence): 0.655 / 0.739 since, a fitted figure."""
    score = score_deal_reports(analyse, "deal_reports24_unseen.jsonl")
    assert score.recall >= 0.65, score.misses
    assert score.precision >= 0.73, score.spurious


def test_deals_on_real_news_classes_seventeen(analyse: Analyse) -> None:
    """Short reports of my own for deal17's classes (a regional office with its place, a
    bracketed city or group, the agency that tells, initials, a bank with its country,
    sellers without a buyer, a list before "они"), written with the rules (fitted)."""
    score = score_deal_reports(analyse, "deal_real17.jsonl")
    assert score.recall >= 0.75, score.misses
    assert score.precision >= 0.75, score.spurious


def test_deals_on_real_news_classes_eighteen(analyse: Analyse) -> None:
    """Short reports of my own for deal18's classes (a subject pronoun for the name the
    sentence before was about; "Им стала X" after a deal noun with its side unnamed),
    written with the rules (fitted)."""
    score = score_deal_reports(analyse, "deal_real18.jsonl")
    # the one miss: "у областного правительства" is no name the name finder knows
    assert score.recall >= 0.66, score.misses
    assert score.precision >= 0.66, score.spurious


def test_deals_on_real_news_classes_nineteen(analyse: Analyse) -> None:
    """Short reports of my own for deal19's classes (a speaker, the outlet he told, a
    quoted chairman: no sides), written with the rules (fitted)."""
    score = score_deal_reports(analyse, "deal_real19.jsonl")
    assert score.recall >= 0.5, score.misses
    assert score.precision >= 0.85, score.spurious


def test_deals_on_real_news_classes_twenty(analyse: Analyse) -> None:
    """Short reports of my own for deal20's classes (what a bought stake is of; a place a
    party is from), written with the rules (fitted)."""
    score = score_deal_reports(analyse, "deal_real20.jsonl")
    assert score.recall >= 0.5, score.misses
    assert score.precision >= 0.85, score.spurious


def test_statements_on_the_unseen_classes(analyse: Analyse) -> None:
    """Written before the sixth round's rules (R 0.836, P 0.958 then), fitted after."""
    score = score_statements(analyse)
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.95, score.spurious


def test_statements_written_after_the_rules(analyse: Analyse) -> None:
    """Written after the rules and never fitted (R 0.909, P 0.909 when first scored)."""
    score = score_statements(analyse, "statement_unseen_after.jsonl")
    assert score.recall >= 0.85, score.misses
    assert score.precision >= 0.85, score.spurious


def test_ownership_in_written_reports(analyse: Analyse) -> None:
    """Multi-paragraph reports (owner or property named once, then a pronoun, a common noun
    or left out), scored before this round's rules (recall 0.152, precision 0.714), then
    fitted; and a second set written after the rules, never fitted (0.750 / 0.900)."""
    fitted = score_ownership(analyse, "ownership_reports.jsonl")
    assert fitted.recall >= 0.90 and fitted.precision >= 0.95, fitted.misses
    after = score_ownership(analyse, "ownership_reports_after.jsonl")
    assert after.recall >= 0.70 and after.precision >= 0.85, after.misses


def test_statements_in_multi_paragraph_reports(analyse: Analyse) -> None:
    """Reports of several paragraphs (speakers named once, then by surname, pronoun, bare
    post or organisation word), written before the seventh round's rules (R 0.800, P 0.973
    then), fitted after."""
    score = score_statements(analyse, "statement_reports.jsonl")
    assert score.recall >= 0.95, score.misses
    assert score.precision >= 0.95, score.spurious


def test_statements_in_reports_written_after_the_rules(analyse: Analyse) -> None:
    """Reports written after the seventh round's rules and scored once, never fitted
    (R 0.800, P 0.909 then)."""
    score = score_statements(analyse, "statement_reports_after.jsonl")
    assert score.recall >= 0.75, score.misses
    assert score.precision >= 0.85, score.spurious


def test_statements_in_the_ninth_rounds_reports(analyse: Analyse) -> None:
    """Reports written for the ninth round: the set scored before its rules (R 0.864,
    P 0.905 then), fitted after; the set written after the rules, scored once, never fitted
    (R 0.923, P 1.000)."""
    fitted = score_statements(analyse, "statement_reports9.jsonl")
    assert fitted.recall >= 0.95 and fitted.precision >= 0.95, fitted.misses + fitted.spurious
    after = score_statements(analyse, "statement_reports9_after.jsonl")
    assert after.recall >= 0.85 and after.precision >= 0.90, after.misses + after.spurious


def test_statements_in_the_tenth_rounds_long_reports(analyse: Analyse) -> None:
    """Long 2009-2014-style reports of the tenth round: the set scored before its rules
    (R 0.753, P 0.963 then), fitted after (R 0.973, P 0.986); the set written after the
    rules, scored once, never fitted (R 0.846, P 0.917)."""
    fitted = score_statements(analyse, "statement_reports10.jsonl")
    assert fitted.recall >= 0.95 and fitted.precision >= 0.95, fitted.misses + fitted.spurious
    after = score_statements(analyse, "statement_reports10_after.jsonl")
    assert after.recall >= 0.80 and after.precision >= 0.88, after.misses + after.spurious


def test_meetings_across_a_report(analyse: Analyse) -> None:
    """Multi-paragraph reports (issue 16, round 5): the set written before the rules (R 0.778,
    P 0.897 then), the one written after them (R 0.500, P 1.000 when first scored; its misses
    then became rules) and a third set written after those (see docs/notes/meeting5.md)."""
    before = score_meeting_reports(analyse)
    assert before.recall >= 0.95 and before.precision >= 0.95, (before.misses, before.spurious)
    after = score_meeting_reports(analyse, "meeting_reports_after.jsonl")
    assert after.recall >= 0.95 and after.precision >= 0.95, (after.misses, after.spurious)
    third = score_meeting_reports(analyse, "meeting_reports_third.jsonl")
    assert third.recall >= 0.85 and third.precision >= 0.95, (third.misses, third.spurious)
    fourth = score_meeting_reports(analyse, "meeting_reports_fourth.jsonl")
    assert fourth.recall >= 0.95 and fourth.precision >= 0.95, (fourth.misses, fourth.spurious)


def test_meetings_across_reports_of_round_six(analyse: Analyse) -> None:
    """Round 6 (docs/notes/meeting6.md): summits, calls, credentials and delegations, scored
    before the rules (R 0.647, P 1.000 then), and a set written after them, never fitted
    (R 0.714, P 1.000 when first scored)."""
    sixth = score_meeting_reports(analyse, "meeting_reports_sixth.jsonl")
    assert sixth.recall >= 0.95 and sixth.precision >= 0.95, (sixth.misses, sixth.spurious)
    seventh = score_meeting_reports(analyse, "meeting_reports_seventh.jsonl")
    assert seventh.recall >= 0.7 and seventh.precision >= 0.95, (
        seventh.misses,
        seventh.spurious,
    )


def test_meetings_across_reports_of_round_ten(analyse: Analyse) -> None:
    """Round 10 (docs/notes/meeting10.md): a pronoun after a host who received the report's
    topic, audiences, visits paid, meetings held one by one; scored before the rules (R 0.692,
    P 0.733 then), and a set written after them, never fitted (R 0.778, P 1.000 when first
    scored)."""
    tenth = score_meeting_reports(analyse, "meeting_reports_tenth.jsonl")
    assert tenth.recall >= 0.95 and tenth.precision >= 0.95, (tenth.misses, tenth.spurious)
    after = score_meeting_reports(analyse, "meeting_reports_tenth_after.jsonl")
    assert after.recall >= 0.75 and after.precision >= 0.95, (after.misses, after.spurious)


def test_meetings_across_long_reports_of_round_eleven(analyse: Analyse) -> None:
    """Round 11 (docs/notes/meeting11.md): long FactRuEval-style reports; scored before the
    rules (R 0.500, P 0.769 then), and a set written after them, never fitted (R 0.667,
    P 0.833 when first scored)."""
    before = score_meeting_reports(analyse, "meeting_reports11.jsonl")
    assert before.recall >= 0.9 and before.precision >= 0.85, (before.misses, before.spurious)
    after = score_meeting_reports(analyse, "meeting_reports11_after.jsonl")
    assert after.recall >= 0.65 and after.precision >= 0.8, (after.misses, after.spurious)


def test_meetings_across_long_reports_of_round_thirteen(analyse: Analyse) -> None:
    """Round 13 (docs/notes/meeting13.md): long 2009-2014-style reports scored before the
    rules (R 0.667, P 0.833 then), and a set written after them, never fitted (R 0.889,
    P 0.800 when first scored)."""
    before = score_meeting_reports(analyse, "meeting_reports13.jsonl")
    assert before.recall >= 0.95 and before.precision >= 0.95, (before.misses, before.spurious)
    after = score_meeting_reports(analyse, "meeting_reports13_after.jsonl")
    assert after.recall >= 0.85 and after.precision >= 0.75, (after.misses, after.spurious)


def test_initiatives_and_agreements_in_written_reports(analyse: Analyse) -> None:
    """Nine multi-paragraph reports (parties named in one sentence and referred to in the
    next, denied and merely discussed projects), written and scored before this round's
    rules: initiative R 0.562 P 0.440, agreement R 0.600 P 0.462 then."""
    initiatives = score_projects(analyse, "initiative")
    assert initiatives.recall >= 0.80, initiatives.misses
    assert initiatives.precision >= 0.85, initiatives.spurious
    agreements = score_projects(analyse, "agreement")
    assert agreements.recall >= 0.95, agreements.misses
    assert agreements.precision >= 0.95, agreements.spurious


def test_initiatives_and_agreements_written_after_the_rules(analyse: Analyse) -> None:
    """Five more reports, written once the first rules were in and scored once before a
    second round of rules was written from their misses (initiative R 0.500 P 0.500,
    agreement R 0.800 P 0.857 then)."""
    name = "initiative_agreement_unseen_after.jsonl"
    initiatives = score_projects(analyse, "initiative", name)
    assert initiatives.recall >= 0.70, initiatives.misses
    assert initiatives.precision >= 0.95, initiatives.spurious
    agreements = score_projects(analyse, "agreement", name)
    assert agreements.recall >= 0.95, agreements.misses
    assert agreements.precision >= 0.95, agreements.spurious


def test_initiatives_and_agreements_in_a_third_set(analyse: Analyse) -> None:
    """Five reports written after the second round of rules and scored once: no rule was
    fitted to them (initiative R 0.400 P 0.286, agreement R 0.833 P 0.857 then)."""
    name = "initiative_agreement_unseen_third.jsonl"
    initiatives = score_projects(analyse, "initiative", name)
    assert initiatives.recall >= 0.40, initiatives.misses
    assert initiatives.precision >= 0.25, initiatives.spurious
    agreements = score_projects(analyse, "agreement", name)
    assert agreements.recall >= 0.80, agreements.misses
    assert agreements.precision >= 0.80, agreements.spurious


def test_ownership_in_written_reports_round_six(analyse: Analyse) -> None:
    """Business-news reports (co-owners "вместе с партнером", pronoun owners, places, closed
    purchases): scored before round six's rules (R 0.387, P 0.812), then fitted; a second set
    written after the rules, never fitted (R 0.667, P 0.933 when first scored). Its gold
    leaves out "Основатель сети «X» Y продал компанию" while the project's convention
    (test_ownership_lists, the eighth and ninth sets) counts an owner named so: since round
    nine reads "сеть" as a company noun that pair is claimed (P 15/17)."""
    fitted = score_ownership(analyse, "ownership_reports_sixth.jsonl")
    assert fitted.recall >= 0.80 and fitted.precision >= 0.90, fitted.misses
    after = score_ownership(analyse, "ownership_reports_seventh.jsonl")
    assert after.recall >= 0.60 and after.precision >= 0.85, after.misses


def test_ownership_in_written_reports_round_seven(analyse: Analyse) -> None:
    """Reports with possession idioms ("находится у", "в руках", "в портфеле"), buyers in the
    dative, dative owners, city and region ownership: scored before round seven's rules
    (R 0.350, P 0.833), then fitted; a small set written after the rules, never fitted
    (R 0.545, P 1.000 when first scored)."""
    fitted = score_ownership(analyse, "ownership_reports_eighth.jsonl")
    assert fitted.recall >= 0.45 and fitted.precision >= 0.85, fitted.misses
    after = score_ownership(analyse, "ownership_reports_ninth.jsonl")
    assert after.recall >= 0.50 and after.precision >= 0.90, after.misses


def test_ownership_in_written_reports_round_nine(analyse: Analyse) -> None:
    """Remaining stakes, stakes of a company named by its common noun, objects put first,
    chains owned through a company, a group's make-up after "его", owning up to a year,
    with suppliers, lenders, sponsors, managers, licensees and failed purchases as
    negatives: scored before round nine's rules (R 0.370, P 0.714), then fitted; six
    written after the rules, never fitted (R 0.600, P 1.000 when first scored)."""
    fitted = score_ownership(analyse, "ownership_reports_twelfth.jsonl")
    assert fitted.recall >= 0.80 and fitted.precision >= 0.90, fitted.misses + fitted.spurious
    after = score_ownership(analyse, "ownership_reports_thirteenth.jsonl")
    assert after.recall >= 0.55 and after.precision >= 0.85, after.misses + after.spurious


def test_ownership_in_written_reports_round_ten(analyse: Analyse) -> None:
    """Long reports in the style of 2009-2014 business news (bankruptcies, privatisation,
    media, clubs, an obituary, a merger), owners said in passing: scored before round ten's
    rules (R 0.537, P 0.833), then the general rules (R 0.630, P 0.833); four written after
    the rules, never fitted (R 0.500, P 0.857 when first scored)."""
    fitted = score_ownership(analyse, "ownership_reports_fourteenth.jsonl")
    assert fitted.recall >= 0.60 and fitted.precision >= 0.80, fitted.misses + fitted.spurious
    after = score_ownership(analyse, "ownership_reports_fourteenth_after.jsonl")
    assert after.recall >= 0.45 and after.precision >= 0.85, after.misses + after.spurious


def test_ownership_in_written_reports_round_thirteen(analyse: Analyse) -> None:
    """Long reports where owning is broader than shares (founders, creators, launchers, the
    state behind a bank, two states' council, a holding's outlets): scored before round
    thirteen's rules (R 0.444, P 0.742), then the general rules (R 0.630, P 0.846); three
    written after the rules, never fitted (R 0.368, P 0.778 when first scored)."""
    fitted = score_ownership(analyse, "ownership_reports_fifteenth.jsonl")
    assert fitted.recall >= 0.60 and fitted.precision >= 0.80, fitted.misses + fitted.spurious
    after = score_ownership(analyse, "ownership_reports_fifteenth_after.jsonl")
    assert after.recall >= 0.35 and after.precision >= 0.75, after.misses + after.spurious


def test_ownership_in_written_reports_round_fourteen(analyse: Analyse) -> None:
    """Round fourteen's name finder fixes (purpose phrases, Latin names after a kind, a share
    cut off a name) and participle agreement: the fifteenth set rose to R 0.667, P 0.875;
    three long reports written after the rules, never fitted (R 0.500, P 1.000 when first
    scored)."""
    fitted = score_ownership(analyse, "ownership_reports_fifteenth.jsonl")
    assert fitted.recall >= 0.65 and fitted.precision >= 0.85, fitted.misses + fitted.spurious
    after = score_ownership(analyse, "ownership_reports_sixteenth_after.jsonl")
    assert after.recall >= 0.45 and after.precision >= 0.85, after.misses + after.spurious



def test_ownership_of_state_corporations_round_fifteen(analyse: Analyse) -> None:
    """Round fifteen's rules from real news excerpts (entering a state corporation, what lies
    within a corporation's make-up, shares handed over), on sentences written for them with
    negatives (a consortium's member, handed over to run, papers handed to a bank)."""
    score = score_ownership(analyse, "ownership_state_corporations.jsonl")
    assert score.recall >= 0.7 and score.precision >= 0.95, score.misses + score.spurious

def test_ownership_precision_on_real_news_round_sixteen(analyse: Analyse) -> None:
    """Round sixteen's precision rules from real news (places among a group's assets, posts
    written next to a company's name, denied or planned purchases, a participle before its
    noun), on sentences written for them; most rows are negatives."""
    score = score_ownership(analyse, "ownership_precision_real.jsonl")
    assert score.recall >= 0.75 and score.precision >= 0.95, score.misses + score.spurious


def test_agreements_in_written_reports_round_seven(analyse: Analyse) -> None:
    """Ten reports of the many ways news states a document (ratified, extended, initialled,
    joined, a programme or plan approved, a contract refused; laws, rulings, book titles as
    negatives): scored before round seven's rules (R 0.583, P 0.650), then fitted; five
    written after the rules, never fitted (R 0.857, P 0.900 when first scored)."""
    fitted = score_projects(analyse, "agreement", "agreement_reports7.jsonl")
    assert fitted.recall >= 0.95 and fitted.precision >= 0.90, fitted.misses + fitted.spurious
    after = score_projects(analyse, "agreement", "agreement_reports7_after.jsonl")
    assert after.recall >= 0.80 and after.precision >= 0.85, after.misses + after.spurious


def test_initiatives_started_as_activities_services_and_bodies(analyse: Analyse) -> None:
    """initiative8's two fresh sets, scored before its rules (reports8 R 0.929 P 1.000,
    reports8b R 0.375 P 0.750 then) and fitted since: the floors keep them."""
    first = score_projects(analyse, "initiative", "initiative_reports8.jsonl")
    assert first.recall >= 0.90 and first.precision >= 0.90, (first.misses, first.spurious)
    second = score_projects(analyse, "initiative", "initiative_reports8b.jsonl")
    assert second.recall >= 0.85 and second.precision >= 0.85, (second.misses, second.spurious)


def test_person_and_place_names_on_written_sentences(analyse: Analyse) -> None:
    for name in ("names.jsonl", "names_after.jsonl"):
        score = score_names(analyse, name)
        assert score.recall >= 0.9, score.misses
        assert score.precision >= 0.9, score.spurious


def test_statements_in_the_thirteenth_rounds_long_reports(analyse: Analyse) -> None:
    """Six long reports of round 13 (scored R 0.738, P 0.815 before its rules, then fitted)."""
    score = score_statements(analyse, "statement_reports13.jsonl")
    assert score.recall >= 0.85 and score.precision >= 0.85, (score.misses, score.spurious)


def test_statements_in_long_reports_written_after_round_13s_rules(analyse: Analyse) -> None:
    """Four long reports written after round 13's rules, scored once, never fitted
    (R 0.812, P 0.929 when first scored)."""
    score = score_statements(analyse, "statement_reports13_after.jsonl")
    assert score.recall >= 0.78 and score.precision >= 0.9, (score.misses, score.spurious)


def test_statements_in_the_classes_real_news_showed(analyse: Analyse) -> None:
    """statement16: own sentences for constructions real excerpts used (surname and
    transcript labels, a "Name, post:" head over a dash quote, names in straight quotes, a
    place's institution as the source, "упоминал, что"); main gave R 4/11 on the first six."""
    score = score_statements(analyse, "statement_real16.jsonl")
    assert score.recall >= 0.9 and score.precision >= 0.9, (score.misses, score.spurious)


def test_statements_in_the_classes_real_news_showed_17(analyse: Analyse) -> None:
    """statement17: own sentences for a ministry's common noun after a company, a named
    judge beside a relaying agency, an outlet alone; branch start gave R 4/6 P 4/7."""
    score = score_statements(analyse, "statement_real17.jsonl")
    assert score.recall >= 0.9 and score.precision >= 0.9, (score.misses, score.spurious)


def test_agreements_in_the_classes_real_news_showed(analyse: Analyse) -> None:
    """agreement11: own sentences for constructions real excerpts used (a participle under
    a modal verb, a document's sum, "в контракте прописано", a pronoun or "Документ"
    describing the document, a contract terminated); main gave R 6/11 P 6/6 on them."""
    score = score_agreement_sentences(analyse, "agreement_real11.jsonl")
    assert score.found == score.expected, score.misses
    assert not score.spurious, score.spurious


def test_agreements_in_the_classes_devset_style_real_news_showed(analyse: Analyse) -> None:
    """agreement12: own sentences for documents told in passing in FactRuEval-style news (a
    treaty violated or acted under, a convention left, a right to leave one, an expiring
    contract, "не только … но и", documents that "будут действовать", "пошел на их
    заключение"); main gave R 7/12 P 7/8 on them."""
    score = score_agreement_sentences(analyse, "agreement_real12.jsonl")
    assert score.found == score.expected, score.misses
    assert not score.spurious, score.spurious


def test_agreements_in_the_classes_devset_style_real_news_showed_round_thirteen(
    analyse: Analyse,
) -> None:
    """agreement13: own sentences for documents told in passing (what a contract holds cited,
    an option in an agreement used, a condition on signing or ending, one document under two
    kinds, a text published of an initialled agreement, a document being prepared); main gave
    R 5/8 P 5/9 on them. The one spurious claim left is a restated "Документ занимает …"."""
    score = score_agreement_sentences(analyse, "agreement_real13.jsonl")
    assert score.found == score.expected, score.misses
    assert len(score.spurious) <= 1, score.spurious


def test_agreements_restated_in_passing_real_news_showed_round_fourteen(
    analyse: Analyse,
) -> None:
    """agreement14: own reports for a signed document's record cited by a verb of saying
    ("В документе говорится", "В нём отражены"), terms by a possessive pronoun ("По его
    условиям") and a signed document beside planned ones; negatives: a ministry's remark,
    "по его словам", a rumour, an offer."""
    score = score_agreement_sentences(analyse, "agreement_real14.jsonl")
    assert score.found == score.expected, score.misses
    assert not score.spurious, score.spurious


def test_jointly_made_papers_and_attached_protocols_real_news_showed_round_fifteen(
    analyse: Analyse,
) -> None:
    """agreement15: own reports for a jointly made paper signed under a noun outside the
    document nouns, a protocol signed "к соглашению", a provision stating terms and a signed
    reference word after parties came to terms; negatives: a joint appeal addressed to a
    government, a joint decision, agreeing to meet before a signed decree-like paper."""
    score = score_agreement_sentences(analyse, "agreement_real15.jsonl")
    assert score.found == score.expected, score.misses
    assert not score.spurious, score.spurious


def test_ownership_posts_and_lists_on_real_news_round_seventeen(analyse: Analyse) -> None:
    """Round seventeen's classes from real news (posts beside an owner noun, a launched mine,
    "этому правительству", one stake verb for several holders, group make-ups), on sentences
    written for them; the list rows are left for a later round."""
    score = score_ownership(analyse, "ownership_posts_lists_real.jsonl")
    assert score.recall >= 0.6 and score.precision >= 0.95, score.misses + score.spurious
