"""The shape of extract/: declared extractors run in an order their declarations decide, refuse
what cannot run before anything is parsed, pass results through typed fields, keep their word
lists in data/, and import one another without circles or private names."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claimledger.errors import ExtractorError
from claimledger.settings import Settings
from helpers import assert_one_line_error, run_cli

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "claimledger"
EXTRACT = SRC / "extract"
ARTICLE = ROOT / "examples" / "article.txt"


# -- the import graph -----------------------------------------------------------------------
def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(imported module, names) for every import in a file, at any depth (an import inside a
    function hides a circle, it does not remove it), except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
               for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            names = [a.name for a in node.names]
            found.append((target, names))
        elif isinstance(node, ast.Import):
            found.extend((a.name, []) for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for target, names in _imports(path):
            # "from . import lexicon" imports the module lexicon
            for candidate in [f"{target}.{n}" for n in names] + [target]:
                if candidate in modules and candidate != name:
                    graph[name].add(candidate)
                    break
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_extract_has_no_import_circles():
    graph = _graph()
    extract = {m: {t for t in targets if t.startswith("claimledger.extract")} for m, targets in graph.items()
               if m.startswith("claimledger.extract")}
    assert _cycles(extract) == []
    # the two circles of the old flat folder, by their new names, stay broken
    assert "claimledger.extract.attribution.rules" not in extract["claimledger.extract.attribution.leadins"]
    assert "claimledger.extract.forecasts.rules" not in extract["claimledger.extract.forecasts.parts"]


def test_the_checker_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_of_extract_imports_a_private_name_of_another():
    offenders = []
    for path in EXTRACT.rglob("*.py"):
        for target, names in _imports(path):
            if target and target.startswith("claimledger"):
                offenders += [f"{_module_name(path)} imports {target}.{n}" for n in names
                              if n.startswith("_") and n != "__future__"]
    assert offenders == []


def test_word_lists_are_read_through_the_lexicon_only():
    readers = [_module_name(p) for p in SRC.rglob("*.py")
               if any(t == "claimledger.resources" or (t == "claimledger" and "resources" in names)
                      for t, names in _imports(p))]
    assert readers == ["claimledger.lexicon"]


def test_every_module_of_extract_says_what_it_is_and_every_extractor_what_it_reads_and_writes():
    from claimledger.extract import registered

    for path in EXTRACT.rglob("*.py"):
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), path
    for declaration in registered().values():
        doc = ast.get_docstring(ast.parse((SRC.parent / (declaration.module.replace(".", "/") + ".py")).read_text()))
        assert f"Extractor `{declaration.name}`" in doc and "Reads:" in doc and "Writes:" in doc, declaration.module


# -- the word sets ------------------------------------------------------------------------------
def test_each_word_set_notes_its_source_and_is_used_by_the_code():
    from claimledger import lexicon

    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    for name in lexicon.WORD_SET_FILES:
        lines = (SRC / "data" / name).read_text(encoding="utf-8").splitlines()
        seen: set[str] = set()
        for number, line in enumerate(lines):
            if line.startswith("#") or line.startswith("set\t") or not line.strip():
                continue
            set_name = line.split("\t")[0]
            if set_name in seen:
                continue
            seen.add(set_name)
            comment = []
            for previous in reversed(lines[:number]):
                if not previous.startswith("#"):
                    break
                comment.append(previous)
            assert any("Source:" in c for c in comment), f"{name}: set {set_name} names no source"
            assert comment and comment[-1].startswith(f"# {set_name}:"), f"{name}: set {set_name} is not introduced"
            assert f'"{set_name}"' in code, f"{name}: set {set_name} is used nowhere"


def test_the_modal_table_gives_each_use_its_senses():
    from claimledger import lexicon

    assert lexicon.modals("future") == {"will", "'ll", "’ll", "shall", "wo"}
    assert lexicon.modals("obligation") == {"should", "must", "ought"}
    assert lexicon.modals("possibility") == {"could", "may", "might"}
    assert "'d" in lexicon.modals() and "'d" not in lexicon.modals(sure=True)     # "he'd said": had
    assert lexicon.modals("lookalike") == {"may", "might", "will", "can", "could", "would", "must"}
    assert lexicon.canonical_modal("wo") == "will" and lexicon.canonical_modal("shall") == "will"


# -- declarations and the run order -----------------------------------------------------------
def test_the_run_order_comes_from_the_declarations():
    from claimledger.extract import plan

    order = [d.name for d in plan()]
    assert order == ["structure", "entities", "attribution", "certainty", "kinds", "gaps", "rhetoric", "places",
                     "quantities", "events", "hypotheses", "forecasts"]
    # the order asked in does not matter: kinds after attribution, whatever the request says
    assert [d.name for d in plan(["kinds", "attribution"])] == ["structure", "attribution", "certainty", "kinds"]


def test_asking_for_events_alone_runs_what_events_reads():
    from claimledger.extract import plan

    assert [d.name for d in plan(["events"])] == ["structure", "entities", "attribution", "certainty", "places",
                                                   "quantities", "events"]


@pytest.fixture
def without():
    """Unregister built-in extractors for one test, and register them back after it."""
    from claimledger.extract.registry import register, registered, unregister

    saved = []

    def remove(*names):
        for name in names:
            saved.append(registered()[name])
            unregister(name)

    yield remove
    for declaration in saved:
        register(declaration)


def test_an_unknown_extractor_or_an_unmet_requirement_is_refused(without):
    from claimledger.extract import extractor, plan
    from claimledger.extract.registry import unregister

    with pytest.raises(ExtractorError, match="unknown extractor 'attributon'"):
        plan(["attributon"])
    without("hypotheses", "forecasts")
    extractor("reads_hypotheses", requires=("doc.hypotheses",))(lambda ctx, window: None)
    try:
        with pytest.raises(ExtractorError, match="'reads_hypotheses' requires 'doc.hypotheses', which no registered"):
            plan(["reads_hypotheses"])
    finally:
        unregister("reads_hypotheses")


def test_what_the_pipeline_gives_is_always_there():
    from claimledger.extract import extractor, plan
    from claimledger.extract.registry import unregister

    extractor("reads_sections", requires=("doc.sections", "window.sentences"))(lambda ctx, window: None)
    try:
        assert [d.name for d in plan(["reads_sections"])] == ["reads_sections"]
    finally:
        unregister("reads_sections")


def test_a_declaration_must_name_real_fields_and_one_owner_per_field():
    from claimledger.extract import extractor, registered

    with pytest.raises(ValueError, match="no field"):
        extractor("typo", assigns=("doc.evnets",))(lambda ctx, window: None)
    with pytest.raises(ValueError, match="already assigned by 'events'"):
        extractor("second_events", assigns=("doc.events",))(lambda ctx, window: None)
    assert "typo" not in registered() and "second_events" not in registered()


def test_extractors_requiring_each_other_are_refused(without):
    from claimledger.extract import extractor, plan
    from claimledger.extract.registry import unregister

    without("hypotheses", "forecasts", "rhetoric")
    extractor("chicken", requires=("doc.rhetoric",), assigns=("doc.offered_explanations",))(lambda ctx, window: None)
    extractor("egg", requires=("doc.offered_explanations",), assigns=("doc.rhetoric",))(lambda ctx, window: None)
    try:
        with pytest.raises(ExtractorError, match="chicken, egg require each other in a cycle"):
            plan(["chicken"])
    finally:
        unregister("chicken")
        unregister("egg")


def test_the_command_line_refuses_before_parsing_with_one_line_and_exit_2():
    # A pipeline that does not exist would fail on loading: the refusal must come first.
    bad = {"CLAIMLEDGER_PIPELINE": "no_such_pipeline"}
    result = run_cli("analyze", str(ARTICLE), env={**bad, "CLAIMLEDGER_EXTRACTORS": "attributon"})
    assert_one_line_error(result, "unknown extractor 'attributon'")
    assert result.returncode == 2
    result = run_cli("analyze", str(ARTICLE), "-f", "json", env={**bad, "CLAIMLEDGER_ATTRIBUTION": "neural"})
    assert_one_line_error(result, "CLAIMLEDGER_ATTRIBUTION='neural' is not an implementation of attribution")
    assert result.returncode == 2


def test_ingest_refuses_once_before_any_work(tmp_path):
    result = run_cli("--db", f"sqlite:///{tmp_path / 'ledger.db'}", "ingest", str(ARTICLE),
                     env={"CLAIMLEDGER_EXTRACTORS": "events,nope", "CLAIMLEDGER_PIPELINE": "no_such_pipeline"})
    assert_one_line_error(result, "unknown extractor 'nope'")
    assert result.returncode == 2


def test_the_python_api_refuses_the_same_way():
    from claimledger import analyze

    with pytest.raises(ExtractorError, match="unknown extractor 'nope'"):
        analyze("Reuters said the port was shut.", settings=Settings(extractors=("nope",), pipeline="no_such_pipeline"))
    with pytest.raises(ExtractorError, match="CLAIMLEDGER_EVENT_CODING='model'"):
        analyze("Reuters said the port was shut.", settings=Settings(event_coding="model", pipeline="no_such_pipeline"))


@pytest.fixture(scope="module")
def full(example_text):
    from claimledger import analyze

    return analyze(example_text, published="2025-03-14")


def _only(example_text, *names):
    from claimledger import analyze

    return analyze(example_text, published="2025-03-14", settings=Settings().model_copy(update={"extractors": names}))


def test_a_subset_gives_the_full_pipelines_answers(full, example_text):
    # kinds asked before attribution: the reported sentences stay reported
    subset = _only(example_text, "kinds", "attribution")
    assert [s.kind for s in subset.sentences] == [s.kind for s in full.sentences]
    assert sum(s.kind == "reported" for s in subset.sentences) >= 5
    # events alone: each event with its source and certainty, not "author" and 0.5
    events = _only(example_text, "events")
    assert [e.model_dump() for e in events.events] == [e.model_dump() for e in full.events]
    assert any(e.source_id != "author" for e in events.events)
    assert events.quantities == full.quantities and events.forecasts == []


def test_quantities_are_their_own_extractor(full, example_text):
    alone = _only(example_text, "quantities")
    assert alone.quantities == full.quantities and len(alone.quantities) >= 5
    assert alone.events == []


# -- a second implementation is a registration ------------------------------------------------
def test_a_new_attribution_implementation_is_one_registration(example_text):
    """Everything said in the body becomes the wire's: lead-ins, blocks and gaps still work,
    through the interface, on what the implementation reports."""
    from claimledger import analyze
    from claimledger.extract.attribution import ATTRIBUTION, Attributed, SentenceAttribution

    @ATTRIBUTION.implementation("wire_only")
    class WireOnly:
        def __init__(self, ctx, sources):
            self.wire = sources.get("Wire Service", "media")

        def window(self, window):
            out = {}
            for unit in window.sentences:
                found = [] if unit.section != "body" or unit.model.kind == "lead_in" else [Attributed(
                    self.wire, unit.text[:4], unit.model.start, unit.model.start + 4, unit.model.start,
                    unit.model.end, "speech", by="wire_only", kind="speech")]
                out[unit.id] = SentenceAttribution(found)
            return out

    try:
        a = analyze(example_text, published="2025-03-14", settings=Settings().model_copy(update={"attribution": "wire_only"}))
    finally:
        ATTRIBUTION.unregister("wire_only")
    wire = next(s for s in a.sources if s.name == "Wire Service")
    body = [s for s in a.sentences if s.section == "body" and s.kind != "lead_in"]
    assert {x.sentence_id for x in a.attributions if x.source_id == wire.id} == {s.id for s in body}
    assert all(s.kind == "reported" for s in body if s.kind not in ("question", "appeal"))
    assert a.evidence_gaps and {g.status for g in a.evidence_gaps} <= {"missing", "present"}
    assert a.events and all(e.source_id == wire.id for e in a.events if a.sentence(e.sentence_id).kind != "lead_in")
