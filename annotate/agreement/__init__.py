"""Inter-annotator agreement: pure functions over plain data (no store, no UI).

Kept free of the store and the UI so every figure in an agreement report can be checked
against published worked examples in isolation. `nominal` holds the stance metrics and
alpha's bootstrap interval, `spans` the matching of spans and relations; both are
re-exported here, the one place callers import them from.
"""

from annotate.agreement.nominal import (
    RaterT,
    StanceData,
    UnitT,
    alpha_from_units,
    bootstrap_alpha_ci,
    bootstrap_alpha_ci_grouped,
    bootstrap_alpha_rows,
    cohen_kappa,
    coincidence_matrix,
    fleiss_kappa,
    group_sums,
    gwet_ac1,
    krippendorff_alpha_nominal,
    percent_agreement,
    quantile,
    unit_agreement,
)
from annotate.agreement.spans import (
    PRF,
    DocT,
    MatchMode,
    PairwiseAgreement,
    Relation,
    Span,
    check_mode,
    greedy_match,
    match_relations,
    match_spans,
    micro_prf,
    pairwise_relation_f1,
    pairwise_span_f1,
    relation_prf,
    span_prf,
    span_prf_by_label,
)

__all__ = [
    "PRF", "DocT", "MatchMode", "PairwiseAgreement", "RaterT", "Relation", "Span", "StanceData",
    "UnitT", "alpha_from_units", "bootstrap_alpha_ci", "bootstrap_alpha_ci_grouped",
    "bootstrap_alpha_rows", "check_mode", "cohen_kappa", "coincidence_matrix", "fleiss_kappa",
    "greedy_match", "group_sums", "gwet_ac1", "krippendorff_alpha_nominal", "match_relations",
    "match_spans", "micro_prf", "pairwise_relation_f1", "pairwise_span_f1", "percent_agreement",
    "quantile", "relation_prf", "span_prf", "span_prf_by_label", "unit_agreement",
]
