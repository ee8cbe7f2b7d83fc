"""The TUI's plain parts: wrapping, tokens and selections, the item index, the document model
kept current from the event log, key maps and their collisions, the CLI command."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from annotate.cli.tui import tui_cmd
from annotate.errors import AnnotateError
from annotate.schema import cue_verbs, default_schema
from annotate.store import Annotations, Store
from annotate.tui import selections
from annotate.tui.bindings import binding_ids, contexts, shifted
from annotate.tui.describe import describe
from annotate.tui.items import SPAN, SUGGESTION, Item, ItemIndex
from annotate.tui.keymap import (
    KeymapError,
    check_collisions,
    find_keys_file,
    load_keymap,
    parse_keymap,
)
from annotate.tui.model import DocModel
from annotate.tui.modes import EditDraft, NewSpan, move_caret
from annotate.tui.tokens import TextTokens
from annotate.tui.widgets.wrap import line_of, wrap
from tests.app.helpers import fill

TEXT = ("Stoltenberg said that the allies are ready to help. \"We will not stop,\" he "
        "added, \"whatever it takes.\"\nAccording to the minister, talks go on. Prices rose "
        "3.5% in the U.S. last year, she said.\n\nA third paragraph (with brackets) ends here.")


def test_wrap_keeps_offsets() -> None:
    text = "one two three four five six seven\n\neight nine"
    lines = wrap(text, 10)
    assert [text[s:e] for s, e in lines] == [
        "one two", "three four", "five six", "seven", "", "eight nine"]
    starts = [s for s, _ in lines]
    assert line_of(starts, text.index("six")) == 2


# -- tokens: spaCy's, paragraph by paragraph ---------------------------------------------------

def test_tokens_per_paragraph_are_the_whole_texts_tokens() -> None:
    nlp = spacy.blank("en")
    whole = [(t.idx, t.idx + len(t)) for t in nlp(TEXT) if not t.is_space]
    tokens = TextTokens(TEXT)
    mine = [(s, e) for i in range(tokens.paragraph_count)
            for s, e in zip(tokens.paragraph(i).starts, tokens.paragraph(i).ends, strict=True)]
    assert mine == whole


def test_snap_expands_like_the_exports() -> None:
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    tokens = TextTokens(TEXT)
    for start, end in [(3, 9), (0, 1), (TEXT.index("3.5"), TEXT.index("3.5") + 2),
                       (TEXT.index("U.S.") + 1, TEXT.index("U.S.") + 2),
                       (TEXT.index("ready") - 1, TEXT.index("ready") + 3)]:
        span = doc.char_span(start, end, alignment_mode="expand")
        assert span is not None
        assert tokens.snap(start, end) == (span.start_char, span.end_char), TEXT[start:end]
    assert tokens.snap(TEXT.index("\n\n") + 1, TEXT.index("\n\n") + 2) is None


def test_steps_cross_paragraphs_and_clamp() -> None:
    tokens = TextTokens(TEXT)
    last_of_first = TEXT.index("\nAccording") - 1
    nxt = tokens.step_start(last_of_first, 1)
    assert TEXT[nxt:].startswith("According")
    assert tokens.step_start(0, -1) == 0
    end = tokens.step_end(0, 1)
    assert TEXT[:end].endswith("Stoltenberg")
    assert TEXT[tokens.step_sentence(0, 1):].startswith("We will")  # spaCy: \" ends the first
    assert TEXT[tokens.step_paragraph(5, 1):].startswith("According")


# -- one-key selections --------------------------------------------------------------------------

def test_selections_sentence_quoted_and_clause_after_cue(schema) -> None:  # type: ignore[no-untyped-def]
    tokens = TextTokens(TEXT)
    verbs = schema.cues["speech_verbs"]
    according = schema.cues["according_to"]
    inside = TEXT.index("will not")
    sentence = selections.sentence(tokens, TEXT.index("allies"))
    assert sentence is not None
    assert TEXT[slice(*sentence)] == "Stoltenberg said that the allies are ready to help."
    quoted = selections.quoted(tokens, inside)
    assert quoted is not None and TEXT[slice(*quoted)] == "We will not stop"
    # from before the quote marks, the next quoted stretch of the paragraph
    second = selections.quoted(tokens, TEXT.index("added"))
    assert second is not None and TEXT[slice(*second)] == "whatever it takes."
    clause = selections.clause_after_cue(tokens, TEXT.index("allies"), verbs, according)
    assert clause is not None and TEXT[slice(*clause)] == "the allies are ready to help."
    accord = selections.clause_after_cue(tokens, TEXT.index("talks"), verbs, according)
    assert accord is not None and TEXT[slice(*accord)] == "talks go on."
    trailing = selections.clause_after_cue(tokens, TEXT.index("Prices"), verbs, according)
    assert trailing is not None and TEXT[slice(*trailing)] == \
        "Prices rose 3.5% in the U.S. last year"
    assert selections.clause_after_cue(tokens, TEXT.index("third"), verbs, according) is None
    assert {"said", "says", "denied", "admitted", "told"} <= selections.speech_forms(
        frozenset({"say", "deny", "admit", "tell"}))


def test_marking_verbs_are_cues_of_the_annotators_tools(schema) -> None:  # type: ignore[no-untyped-def]
    """`c`, `]` and the picker read the speech verbs and the marking verbs, which suggest
    nothing ("called on ..."): an annotator may still mark what they report."""
    verbs = cue_verbs(schema.cues)
    assert "call" not in schema.cues["speech_verbs"] and "call" in verbs
    assert "say" in verbs
    text = "The mayor called on residents to save water."
    tokens = TextTokens(text)
    at = text.index("residents")
    assert selections.clause_after_cue(tokens, at, schema.cues["speech_verbs"], ()) is None
    clause = selections.clause_after_cue(tokens, at, verbs, ())
    assert clause is not None and text[slice(*clause)].endswith("residents to save water.")


def test_modes_move_and_select() -> None:
    tokens = TextTokens(TEXT)
    draft = EditDraft(0, 11, (0, 11))
    draft.move(tokens, "end", 1)
    assert TEXT[draft.start:draft.end] == "Stoltenberg said" and draft.changed
    draft.move(tokens, "start", 1)
    draft.move(tokens, "start", 1)  # never past the end
    assert draft.start < draft.end
    new = NewSpan(caret=0)
    new.caret = move_caret(tokens, new.caret, "word", 1)
    assert TEXT[new.caret:].startswith("said")
    new.select(10, 20)
    assert new.selection() == (10, 20)
    assert new.marks()["selection"] is not None


def test_the_editor_moves_a_side_a_phrase_at_a_time() -> None:
    text = ("He said Romney led Obama in 2012, but still lost the election. "
            "She said: “It is over,” and left (for now).")
    tokens = TextTokens(text)
    start = text.index("Romney")
    draft = EditDraft(start, text.index(" the election.") + len(" the election"),
                      (0, 0))
    draft.move(tokens, "end", -1, "phrase")  # the report's last phrase goes
    assert text[draft.start:draft.end] == "Romney led Obama in 2012"
    draft.move(tokens, "end", 1, "phrase")  # and comes back, without the full stop
    assert text[draft.start:draft.end].endswith("lost the election")
    draft.move(tokens, "end", 1, "phrase")  # into the next sentence: to the colon
    assert text[:draft.end].endswith("She said")
    draft.move(tokens, "end", 1, "phrase")  # a quotation mark closes a phrase
    assert text[:draft.end].endswith("It is over")
    draft.move(tokens, "start", 1, "phrase")
    assert text[draft.start:].startswith("but still lost")
    draft.move(tokens, "start", -1, "phrase")
    draft.move(tokens, "start", -1, "phrase")  # the sentence's first word opens a phrase
    assert text[draft.start:].startswith("He said Romney")
    # a hyphen inside a word is no phrase's edge; a spaced one is
    text2 = "A well-known 63-year-old man - a voter - said so."
    tt2 = TextTokens(text2)
    draft = EditDraft(0, len("A well"), (0, 0))
    draft.move(tt2, "end", 1, "phrase")
    assert text2[:draft.end] == "A well-known 63-year-old man"
    # never past the other side
    draft = EditDraft(text.index("It"), text.index(" is over"), (0, 0))
    draft.move(tokens, "start", 1, "phrase")
    draft.move(tokens, "end", -1, "phrase")
    assert text[draft.start:draft.end] == "It"


# -- the item index ------------------------------------------------------------------------------

def _item(kind: str, ident: int, start: int, end: int, label: str = "QUOTE") -> Item:
    return Item(kind, ident, label, start, end, "x")


def test_item_index_order_lookup_and_stepping() -> None:
    items = [_item(SPAN, 1, 10, 20), _item(SUGGESTION, 2, 10, 30), _item(SPAN, 3, 40, 45),
             _item(SUGGESTION, 4, 0, 5)]
    index = ItemIndex(items)
    assert [i.id for i in index] == [4, 2, 1, 3]  # by start, longest first
    assert index.nearest(11) is not None and index.nearest(11).id == 3
    assert index.step(index[0], 0, -1).id == 3  # wraps
    assert index.step(None, 12, 1).id == 3
    assert [i.id for i in index.covering(12, 14)] == [1, 2]  # innermost first
    index.remove(items[0])
    index.add(_item(SPAN, 5, 12, 13))
    assert [i.id for i in index] == [4, 2, 5, 3]
    assert [i.id for i in index.between(5, 41)] == [2, 5, 3]


# -- the model follows the event log -------------------------------------------------------------

def _state(model: DocModel) -> tuple:
    return (sorted(i.order for i in model.items), sorted(model.links.items()),
            model.status.get("status"), model.status.get("stance"), model.open_count,
            sorted(model.flags.values(), key=lambda f: f.id))


def test_model_sync_equals_a_fresh_read(store: Store) -> None:
    fill(store)
    ann = Annotations(store, "alice")
    model = DocModel(ann, 1)
    quote = next(i for i in model.items if i.label == "QUOTE")
    span_id = ann.accept(quote.id)
    ann.set_quote_stance(span_id, "favor")
    other = next(i for i in model.open if i.id != quote.id and i.label == "DATE")
    ann.reject(other.id)
    ann.add_span(1, "DATE", 0, 7)
    ann.set_document_stance(1, "against")
    ann.add_flag(1, "discuss", "ask the lead")
    ann.add_flag(1, "unsure", "", span_id)
    delta = model.sync()
    assert delta.flags and delta.flagged_spans == [span_id]
    assert [f.kind for f in model.flags_on(model.get(("span", span_id)))] == ["unsure"]
    assert [f.comment for f in model.document_flags] == ["ask the lead"]
    assert delta and any(i.key == ("span", span_id) for i in delta.added)
    assert _state(model) == _state(DocModel(ann, 1))
    while ann.undo(1) is not None:
        model.sync()
        assert _state(model) == _state(DocModel(ann, 1))
    assert model.open_count == len(ann.open_suggestions(1))


def test_model_follows_another_window_and_a_new_publication_date(tmp_path: Path,
                                                                  schema) -> None:  # type: ignore[no-untyped-def]
    first = Store(tmp_path / "two.db")
    first.store_schema(schema)
    fill(first)
    second = Store(tmp_path / "two.db")
    try:
        model = DocModel(Annotations(first, "alice"), 1)
        elsewhere = Annotations(second, "alice")
        sug = model.first_open()
        assert sug is not None
        elsewhere.accept(sug.id)
        assert first.external_change()
        model.sync()
        assert model.get(sug.key) is None and _state(model) == _state(
            DocModel(Annotations(first, "alice"), 1))
        before = model.document.published
        elsewhere.set_published(1, "2023-01-15")
        delta = model.sync()
        assert delta.reloaded and model.document.published == "2023-01-15" != before
    finally:
        second.close()
        first.close()


SPLIT = ("Markets fell. \u201cWe will not stop,\u201d Ana Ruiz said. \u201cWhatever it "
         "takes, we go on.\u201d On Monday prices rose.")


def _split_quote(store: Store) -> dict[str, int]:
    """One document: a speaker before two quote parts that both name it, and a DATE."""
    from annotate.store.documents import insert_document
    from annotate.store.suggestions import ModelRun, save
    from annotate.suggest.types import DocSuggestions, RelationSuggestion, SpanSuggestion

    with store.write() as conn:
        insert_document(conn, hash="split", text=SPLIT, title="split")
    out = DocSuggestions()
    places = {"SPEAKER": "Ana Ruiz", "QUOTE1": "We will not stop",
              "QUOTE2": "Whatever it takes, we go on.", "DATE": "Monday"}
    for key, (name, what) in enumerate(places.items()):
        start = SPLIT.index(what)
        out.spans.append(SpanSuggestion(key, name.rstrip("12"), start, start + len(what), what,
                                        "test", 0.9, value="2024-01-01" if name == "DATE"
                                        else None))
    out.relations += [RelationSuggestion("ATTRIBUTED_TO", 1, 0, "test", 0.9),
                      RelationSuggestion("ATTRIBUTED_TO", 2, 0, "test", 0.9)]
    save(store, ModelRun("test", "1", "test"), [(1, out)])
    return {name: SPLIT.index(what) for name, what in places.items()}


def test_tab_passes_a_speaker_its_open_quote_decides(store: Store) -> None:
    at = _split_quote(store)
    ann = Annotations(store, "alice")
    model = DocModel(ann, 1)
    # the SPEAKER comes first in the text, but accepting or rejecting a quote decides it
    first = model.first_open()
    assert first is not None and (first.label, first.start) == ("QUOTE", at["QUOTE1"])
    stops = [first]
    for _ in range(4):
        nxt = model.step_open(stops[-1], stops[-1].start + 1, 1)
        assert nxt is not None
        stops.append(nxt)
    assert [(i.label, i.start) for i in stops[:3]] == [
        ("QUOTE", at["QUOTE1"]), ("QUOTE", at["QUOTE2"]), ("DATE", at["DATE"])]
    assert stops[3] == first  # wrapping, the speaker never a stop
    back = model.step_open(first, first.start, -1)
    assert back is not None and back.label == "DATE"
    # once no open quote names it (the annotator marked both by hand), the speaker is a
    # decision of its own again
    for quote in [i for i in model.open if i.label == "QUOTE"]:
        ann.add_span(1, "QUOTE", quote.start, quote.end)
    model.sync()
    speaker = model.first_open()
    assert speaker is not None and (speaker.label, speaker.start) == ("SPEAKER", at["SPEAKER"])


def test_a_second_quote_part_shows_the_speaker_accepting_the_first_made(store: Store) -> None:
    at = _split_quote(store)
    ann = Annotations(store, "alice")
    model = DocModel(ann, 1)
    first, second = (model.at_offset(at[name]) for name in ("QUOTE1", "QUOTE2"))
    assert first is not None and second is not None
    suggested = model.speaker_of(second)
    assert suggested is not None and suggested.is_suggestion
    ann.accept(first.id)
    model.sync()
    shown = model.speaker_of(second)  # the suggestion is decided: the annotator's span now
    assert shown is not None and not shown.is_suggestion and shown.text == "Ana Ruiz"
    span_id = ann.accept(second.id)
    linked = store.scalar("SELECT child_id FROM relations WHERE head_id = ?", (span_id,))
    assert linked == shown.id  # what the screen showed is what accepting linked
    ann.undo(1), ann.undo(1)
    model.sync()
    speaker = next(i for i in model.open if i.label == "SPEAKER")
    ann.reject(speaker.id)
    model.sync()
    assert model.speaker_of(second) is None  # rejected: accepting links no speaker


def test_describe_says_what_an_event_did(store: Store) -> None:
    fill(store)
    ann = Annotations(store, "alice")
    model = DocModel(ann, 1)
    quote = next(i for i in model.items if i.label == "QUOTE")
    ann.accept(quote.id)
    event = ann.undo(1)
    assert event is not None
    text = describe(event)
    assert text.startswith("accept QUOTE “") and "SPEAKER" in text
    ann.reject(quote.id)  # a rejection changes decisions only: the suggestions name it
    event = ann.undo(1)
    assert event is not None and describe(event) == "reject"
    said = describe(event, model.suggestions)
    assert said.startswith(f"reject QUOTE “{quote.text[:10]}") and "with its SPEAKER" in said
    # accepted with new boundaries: the QUOTE row is written twice, said once
    ann.accept(quote.id, end=quote.end - 1)
    event = ann.undo(1)
    assert event is not None
    text = describe(event)
    assert text.startswith("accept QUOTE “") and "”, edited, with its SPEAKER" in text
    assert "with its QUOTE" not in text and "SPEAKER" in text


# -- keys ------------------------------------------------------------------------------------------

def test_keymap_parsing_and_errors(tmp_path: Path) -> None:
    ids = ["doc.accept", "doc.next"]
    assert parse_keymap("doc.accept: y\ndoc.next: [tab, down]\n", "k.yaml", ids) == {
        "doc.accept": "y", "doc.next": "tab,down"}
    with pytest.raises(KeymapError, match=r"k.yaml: unknown binding id 'nope'"):
        parse_keymap("nope: y", "k.yaml", ids)
    with pytest.raises(KeymapError, match=r"k.yaml:1: expected ',' or ']'"):
        parse_keymap("doc.accept: [y", "k.yaml", ids)
    with pytest.raises(KeymapError, match="expected a key or a list"):
        parse_keymap("doc.accept: {a: 1}", "k.yaml", ids)
    with pytest.raises(KeymapError, match="no such keys file"):
        load_keymap(tmp_path / "missing.yaml", ids)


def test_hostile_keys_files_are_one_line_refusals(tmp_path: Path) -> None:
    ids = ["doc.accept"]
    deep = tmp_path / "deep.yaml"
    deep.write_text("doc.accept: " + "[" * 50_000 + "\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("doc.accept: \xe9\n".encode("latin-1"))
    twice = tmp_path / "twice.yaml"
    twice.write_text("doc.accept: y\ndoc.accept: z\n")
    tagged = tmp_path / "tag.yaml"
    tagged.write_text("doc.accept: !!python/object/apply:os.system [echo]\n")
    for path, problem in [(deep, "nested"), (Path("/dev/zero"), "larger than"),
                          (folder, "is a folder"), (latin, "not UTF-8"),
                          (twice, "duplicate key"), (tagged, "python/object")]:
        with pytest.raises(KeymapError, match=problem) as caught:
            load_keymap(path, ids)
        assert str(path) in str(caught.value) and "\n" not in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("doc.accept:[]{},-\n #'\"y!&*|>%@`\t\\"),
               max_size=60) | st.text(max_size=40))
def test_any_keys_file_text_is_a_keymap_or_one_line_refusal(text: str) -> None:
    """Whatever a user types into keys.yaml: a keymap of known ids, or a KeymapError."""
    try:
        keymap = parse_keymap(text, "k.yaml", ["doc.accept", "doc.next"])
    except KeymapError as exc:
        assert str(exc).startswith("k.yaml") and "\n" not in str(exc)
    else:
        assert set(keymap) <= {"doc.accept", "doc.next"}
        assert all(isinstance(k, str) and k for k in keymap.values())


def _contexts(schema):  # type: ignore[no-untyped-def]
    return [(c.name, [(b.id or "", b.key) for b in c.bindings]) for c in contexts(schema)]


def test_colliding_remaps_are_refused_naming_both_ids(schema) -> None:  # type: ignore[no-untyped-def]
    check_collisions({}, _contexts(schema), "defaults")  # the defaults never collide
    with pytest.raises(KeymapError, match=r"doc.accept and doc.reject|doc.reject and "
                                          r"doc.accept"):
        check_collisions({"doc.accept": "x"}, _contexts(schema), "keys.yaml")
    # swapping two keys is fine, and a key reused in another mode is too
    check_collisions({"doc.accept": "x", "doc.reject": "a"}, _contexts(schema), "k")
    check_collisions({"new.select": "a"}, _contexts(schema), "k")
    with pytest.raises(KeymapError, match="new-span mode"):
        check_collisions({"new.select": "w"}, _contexts(schema), "k")


def test_keys_file_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTATE_KEYS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert find_keys_file() is None
    keys = tmp_path / "annotate" / "keys.yaml"
    keys.parent.mkdir()
    keys.write_text("doc.accept: y\n")
    assert find_keys_file() == keys
    monkeypatch.setenv("ANNOTATE_KEYS", str(tmp_path / "other.yaml"))
    assert find_keys_file() == tmp_path / "other.yaml"


def test_binding_ids_are_unique(schema) -> None:  # type: ignore[no-untyped-def]
    ids = binding_ids(schema)
    assert len(ids) == len(set(ids))
    assert "stance.doc.favor" in ids and shifted("1") == "!" and shifted("4") == "$"


# -- the CLI ---------------------------------------------------------------------------------------

def _invoke(args: list[str]):  # type: ignore[no-untyped-def]
    from annotate.cli.common import cli

    cli.add_command(tui_cmd)
    return CliRunner().invoke(cli, args)


def test_cli_bad_keys_file_is_one_line(tmp_path: Path, store: Store) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("doc.acept: y\n")
    result = _invoke(["tui", "--db", store.path, "--annotator", "a", "--keys", str(keys)])
    assert result.exit_code == 1
    assert "unknown binding id 'doc.acept'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_colliding_keys_file_is_refused(tmp_path: Path, store: Store) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("doc.accept: x\n")
    result = _invoke(["tui", "--db", store.path, "--annotator", "a", "--keys", str(keys)])
    assert result.exit_code == 1
    assert "doc.accept" in result.output and "doc.reject" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_gold_layer_is_refused_before_the_app_starts(store: Store) -> None:
    result = _invoke(["tui", "--db", store.path, "--annotator", "gold"])
    assert result.exit_code != 0
    assert "gold" in result.output and "review" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_module_does_not_import_textual() -> None:
    code = ("import sys; import annotate.cli.tui; "
            "print('textual' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


# -- stateful: whatever two windows do, the model equals a fresh read ----------------------------

class TwoWindows(RuleBasedStateMachine):
    """Random actions from two connections (two windows of one annotator) on one file; the
    first window's model, kept current by `sync()` only, must equal a fresh read."""

    template: Path | None = None

    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        path = Path(self.tmp.name) / "windows.db"
        if TwoWindows.template is None:  # the sample corpus once, copied for each example
            TwoWindows.template = Path(tempfile.mkdtemp()) / "template.db"
            with Store(TwoWindows.template) as first:
                first.store_schema(default_schema())
                fill(first)
        shutil.copy(TwoWindows.template, path)
        self.stores = [Store(path), Store(path)]
        self.anns = [Annotations(s, "alice") for s in self.stores]
        self.model = DocModel(self.anns[0], 1)

    def _try(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        # refused (stale, already decided): allowed, and it must change nothing
        with contextlib.suppress(AnnotateError):
            fn(*args, **kwargs)

    @rule(window=st.integers(0, 1), pick=st.integers(0, 50), accept=st.booleans())
    def decide(self, window: int, pick: int, accept: bool) -> None:
        ann = self.anns[window]
        open_ = ann.open_suggestions(1)
        if open_:
            sug = open_[pick % len(open_)]
            self._try(ann.accept if accept else ann.reject, sug["id"])

    @rule(window=st.integers(0, 1), pick=st.integers(0, 50),
          what=st.sampled_from(["delete", "stance", "label", "value"]))
    def edit(self, window: int, pick: int, what: str) -> None:
        ann = self.anns[window]
        spans = ann.spans(1)
        if not spans:
            return
        span = spans[pick % len(spans)]
        if what == "delete":
            self._try(ann.delete_span, span.id)
        elif what == "stance" and span.label == "QUOTE":
            self._try(ann.set_quote_stance, span.id, "favor")
        elif what == "label":
            self._try(ann.update_span, span.id, label="CUE")
        elif what == "value" and span.label == "DATE":
            self._try(ann.update_span, span.id, value="2022-Q4")

    @rule(window=st.integers(0, 1), start=st.integers(0, 300), length=st.integers(1, 30))
    def add(self, window: int, start: int, length: int) -> None:
        self._try(self.anns[window].add_span, 1, "SPEAKER", start, start + length)

    @rule(window=st.integers(0, 1), pick=st.integers(0, 50))
    def link(self, window: int, pick: int) -> None:
        ann = self.anns[window]
        quotes = [s for s in ann.spans(1) if s.label == "QUOTE"]
        speakers = [s for s in ann.spans(1) if s.label == "SPEAKER"]
        if quotes:
            speaker = speakers[pick % len(speakers)].id if speakers and pick % 3 else None
            self._try(ann.set_speaker, quotes[pick % len(quotes)].id, speaker)

    @rule(window=st.integers(0, 1), status=st.sampled_from(["done", "skipped", "in_progress"]),
          stance=st.sampled_from([None, "favor", "against"]))
    def document(self, window: int, status: str, stance: str | None) -> None:
        self._try(self.anns[window].set_status, 1, status)
        self._try(self.anns[window].set_document_stance, 1, stance)

    @rule(window=st.integers(0, 1), pick=st.integers(0, 50),
          kind=st.sampled_from(["unsure", "broken_text", "discuss"]), on_span=st.booleans())
    def flag(self, window: int, pick: int, kind: str, on_span: bool) -> None:
        ann = self.anns[window]
        flags = ann.flags(1)
        if flags and pick % 3 == 0:
            self._try(ann.remove_flag, flags[pick % len(flags)]["id"])
            return
        spans = ann.spans(1)
        span_id = spans[pick % len(spans)].id if on_span and spans else None
        self._try(ann.add_flag, 1, kind, f"comment {pick}", span_id)

    @rule(window=st.integers(0, 1), back=st.booleans())
    def history(self, window: int, back: bool) -> None:
        ann = self.anns[window]
        self._try(ann.undo if back else ann.redo, 1)

    @invariant()
    def model_is_the_database(self) -> None:
        self.model.sync()
        assert _state(self.model) == _state(DocModel(self.anns[0], 1))

    def teardown(self) -> None:
        for store in self.stores:
            store.close()
        self.tmp.cleanup()


TwoWindows.TestCase.settings = settings(max_examples=15, stateful_step_count=15,
                                        deadline=None)
test_model_follows_two_windows = TwoWindows.TestCase


def test_describe_says_which_flag_undo_took_back(store: Store) -> None:
    fill(store)
    ann = Annotations(store, "alice")
    ann.add_flag(1, "broken_text", "paragraph two is cut")
    event = ann.undo(1)
    assert event is not None
    assert describe(event) == "flag broken text “paragraph two is cut” on the document"


@pytest.mark.parametrize(("text", "quote", "expected"), [
    ('"We are ready," Kuleba said on Friday.', "We are ready", ["Kuleba"]),
    ('"It is over," said the White House spokesman in a statement.', "It is over",
     ["the White House spokesman"]),
    ("She also told reporters that the talks had failed.", "the talks had failed", ["She"]),
    ("According to him, the plan failed.", "the plan failed", ["him"]),
    ('The plan, he said, "is dead."', "is dead.", ["he"]),
    ("Nobody knows if the plan failed.", "the plan failed", []),
    ('"Someone said so," Kuleba told us.', "Someone said so", ["Kuleba"]),  # not the inner cue
    ('"It is a fraud," Rep. Ada Price (D-Wis.) said Friday.', "It is a fraud", ["Ada Price"]),
])
def test_cue_mentions_next_to_a_speech_cue(text: str, quote: str, expected: list[str]) -> None:
    """Word patterns around the cue, no parse: each pattern the picker relies on, alone."""
    from annotate.schema import default_schema
    from annotate.tui.selections import cue_mentions
    from annotate.tui.tokens import TextTokens

    cues = default_schema().cues
    start = text.index(quote)
    found = cue_mentions(TextTokens(text), start, start + len(quote), cues["speech_verbs"],
                         cues["according_to"])
    assert [text[a:b] for a, b in found][:1] == expected  # the nearest cue's mention first


@pytest.mark.parametrize(("text", "quote", "expected"), [
    ("He released a letter from his doctor that says he is well.", "he is well", "He"),
    ("Sen. Ada Price (R-Ga.) said the bill was dead.", "the bill was dead", "Sen. Ada Price"),
    ("The National Farmers Union noted the price of grain.", "the price of grain",
     "The National Farmers Union"),
    ("But it is steering clear of the tax question.", "steering clear of the tax question",
     "it"),
    ("Maria Lopez is raising questions about the count.", "about the count", "Maria Lopez"),
    ("Lopez, speaking to a union, said she would run.", "she would run", "Lopez"),
    ('"We will not stop," Ana said.', "We will not stop", None),  # the quote's own words
    ('They met. "We will not stop," Ana said.', "We will not stop", None),
    ('Ana spoke. "No." He said the talks would go on.', "the talks would go on", "He"),
    ("In Ohio, the mayor said the plant would close.", "the plant would close", None),
    ("Some voters said the count was fair.", "the count was fair", None),
])
def test_sentence_subject_the_picker_offers(text: str, quote: str, expected: str | None
                                            ) -> None:
    """The first pronoun or name of the quote's sentence, each pattern alone."""
    from annotate.tui.selections import sentence_subject
    from annotate.tui.tokens import TextTokens

    start = text.index(quote)
    found = sentence_subject(TextTokens(text), start, start + len(quote))
    assert (None if found is None else text[found[0]:found[1]]) == expected


PLACES = ('The council met on Monday. "We will not stop the plan," Ana Ruiz said. '
          'Prices rose.\n\nThe mayor said the vote would wait, and added that it was fair. '
          'It was a "sham" then. "Nobody said so here," a clerk added.')


def test_quote_places_are_marks_and_cues_outside_quotes() -> None:
    from annotate.schema import default_schema
    from annotate.tui.selections import quote_places

    cues = default_schema().cues
    tokens = TextTokens(PLACES)
    first = quote_places(tokens, 0, cues["speech_verbs"], cues["according_to"])
    assert [PLACES[at:at + 4] for at, _, _ in first] == ['"We ', "said"]
    _, start, end = first[0]
    assert PLACES[start:end] == "We will not stop the plan,"  # the quoted stretch
    second = quote_places(tokens, 1, cues["speech_verbs"], cues["according_to"])
    # one place for the mayor's sentence ("said ... added"); "sham" is one word: no place;
    # "said" inside the clerk's quote is its content
    assert [PLACES[at:at + 4] for at, _, _ in second] == ["said", '"Nob', "adde"]


def test_next_place_skips_what_a_quote_covers(store: Store) -> None:
    from tests.conftest import add_doc

    doc = add_doc(store, PLACES)
    ann = Annotations(store, "alice")
    model = DocModel(ann, doc, suggestions=False)
    seen, caret = [], 0
    for _ in range(6):
        nxt = model.next_place(caret, 1)
        if nxt == caret:
            break
        seen.append(PLACES[nxt:nxt + 4])
        caret = nxt
    assert seen == ['"We ', "said", "said", '"Nob', "adde"]
    assert model.next_place(caret, -1) == PLACES.index('"Nob')
    # marking the first quote covers its mark and its cue's sentence
    ann.add_span(doc, "QUOTE", PLACES.index("We will"), PLACES.index(' the plan,"') + 9)
    model.sync()
    assert PLACES[model.next_place(0, 1):].startswith("said the vote")
    # a short look: no place in the first paragraph, the caret goes to its start, then on
    assert model.next_place(0, 1, paragraphs=1) == 0
