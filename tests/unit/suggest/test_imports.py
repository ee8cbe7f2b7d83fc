"""What may be imported without spaCy: the package's plain types and the date resolver
(the store re-resolves DATE values with it), the rule data."""

from __future__ import annotations

import subprocess
import sys


def test_date_resolver_and_types_import_without_spacy():
    code = (
        "import sys\n"
        "sys.modules['spacy'] = None  # any import of spaCy now fails\n"
        "import annotate.suggest\n"
        "from annotate.suggest import DocSuggestions, resolve_date, revalue, rules_version\n"
        "from annotate.suggest.date_values import resolve_date as r2\n"
        "from annotate.suggest.types import SpanSuggestion\n"
        "import datetime\n"
        "print(resolve_date('Tuesday', datetime.date(2022, 11, 30), 'past')[0],\n"
        "      revalue('Tuesday', datetime.date(2022, 11, 30), {'tense': 'future'}),\n"
        "      len(rules_version()))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2022-11-29", "2022-12-06", "12"]


def test_names_that_need_spacy_load_it_on_first_use():
    code = (
        "import sys, annotate.suggest\n"
        "assert 'spacy' not in sys.modules\n"
        "annotate.suggest.suggest_doc\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
