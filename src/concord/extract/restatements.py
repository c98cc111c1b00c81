"""One thing told over several sentences.

A report names a project once and keeps coming back to it ("Компания построит завод …
Строительство завода начнётся весной … В церемонии пуска этого предприятия …"). Read
sentence by sentence, each return is a claim of its own: one project counted three times,
and sentences that only weigh it reported as news. A claim type that can tell when a later
claim restates an earlier one gets them folded here: the first report stays the claim and
its evidence, and a restatement adds only the roles the first report lacks (a date, a
place, who runs it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.claimtype import Restates


def fold_restatements(
    analysed: AnalysedDocument, claims: list[Claim], rules: Mapping[str, Restates]
) -> list[Claim]:
    """Claims in text order with every restatement folded into the report it restates
    (the nearest earlier claim of its type it restates). Within one sentence the order of
    claims is the extractors', not the text's: there a claim may also take the place of one
    that restates it ("утвердил проект создания фонда": the fund, not "проект")."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda claim: claim.evidence.start):
        restates = rules.get(claim.type)
        host = None
        if restates is not None:
            host = next(
                (
                    index
                    for index in reversed(range(len(kept)))
                    if kept[index].type == claim.type and restates(analysed, kept[index], claim)
                ),
                None,
            )
            if host is None:
                host = next(
                    (
                        index
                        for index in reversed(range(len(kept)))
                        if kept[index].type == claim.type
                        and kept[index].evidence == claim.evidence
                        and restates(analysed, claim, kept[index])
                    ),
                    None,
                )
                if host is not None:
                    kept[host] = with_missing_roles(claim, kept[host])
                    continue
        if host is None:
            kept.append(claim)
        else:
            kept[host] = with_missing_roles(kept[host], claim)
    return kept


def with_missing_roles(report: Claim, restatement: Claim) -> Claim:
    """The report, with the restatement's values for the roles the report has none of."""
    present = {argument.role for argument in report.arguments}
    added = [argument for argument in restatement.arguments if argument.role not in present]
    return replace(report, arguments=[*report.arguments, *added]) if added else report
