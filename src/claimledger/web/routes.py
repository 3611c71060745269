"""The pages. Plain bookmarkable URLs: /documents/ID, /search?q=…, /sources/KEY, /events (and
/events.csv|json|jsonl|geojson with the same filters), /claims, /forecasts. Every page reads without JavaScript; /static/app.js only adds."""
from __future__ import annotations

from datetime import date
from typing import Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import ClaimledgerError, InputError, NotFoundError, StoreError
from . import HERE, annotate, charts, queries, resolutions
from .security import CSRF_FIELD, check_csrf, csrf_token

router = APIRouter()
_env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.filters["urlkey"] = lambda value: quote(str(value or ""), safe="")
_env.filters["http_url"] = lambda value: value if isinstance(value, str) and value.lower().startswith(("http://", "https://")) else ""
_env.filters["pct"] = lambda value: "" if value is None else f"{value:.0%}"
templates = Jinja2Templates(env=_env)

NAV = [("/documents", "Documents"), ("/sources", "Sources"), ("/search", "Search"), ("/claims", "Claims"),
       ("/events", "Events"), ("/forecasts", "Forecasts"), ("/hypotheses", "Hypotheses")]
KINDS = ("reported", "assertion", "opinion", "speculation", "prediction", "question", "lead_in", "appeal")


# The document page's "why each mark" list starts folded above this many entries, so the
# sources and hypotheses beside it stay in view; a click on a sentence unfolds it (app.js).
WHY_OPEN_MAX = 40

MAX_PAGE = 100_000   # far past any ledger; a larger page number would overflow the SQL OFFSET


def _page(page: int) -> int:
    return min(max(1, page), MAX_PAGE)


def _engine(request: Request):
    return request.app.state.ledger.engine


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    context.update(nav=NAV, csrf_field=CSRF_FIELD, csrf=csrf_token(request), path=request.url.path)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _date_or_none(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    from ..ingest import parse_published

    try:
        return parse_published(value)
    except InputError:
        raise HTTPException(400, f"not a date: {value!r} (use YYYY-MM-DD)") from None


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    engine = _engine(request)
    return render(request, "home.html", counts=queries.counts(engine),
                  recent=queries.documents(engine, limit=10), url_ingest=request.app.state.allow_url_ingest)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, q: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
              duplicates: bool = False, page: int = 1):
    page = _page(page)
    rows = queries.documents(_engine(request), q=q, since=_date_or_none(since), until=_date_or_none(until),
                             duplicates=duplicates, limit=51, offset=(page - 1) * 50)
    return render(request, "documents.html", rows=rows[:50], more=len(rows) > 50, page=page, q=q or "",
                  since=since or "", until=until or "", duplicates=duplicates)


@router.get("/documents/{document_id}.json")
def document_json(request: Request, document_id: str):
    analysis = _analysis(request, document_id)
    return Response(analysis.to_json(), media_type="application/json")


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str):
    engine = _engine(request)
    analysis = _analysis(request, document_id)
    doc_id = analysis.document.id
    kinds: dict[str, int] = {}
    for s in analysis.sentences:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    return render(request, "document.html", a=analysis, d=analysis.document, lines=annotate.annotated_lines(analysis),
                  why=annotate.why(analysis), why_open_max=WHY_OPEN_MAX, kinds=kinds, copies=queries.copies_of(engine, doc_id),
                  original=queries.duplicate_of(engine, doc_id), sources={s.id: s for s in analysis.sources})


def _analysis(request: Request, document_id: str):
    try:
        return request.app.state.ledger.get(document_id)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, type: Optional[str] = None):
    return render(request, "sources.html", rows=queries.sources(_engine(request), type_=type), type=type or "")


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source(request: Request, key: str):
    names, rows = queries.source_statements(_engine(request), key)
    if not names:
        raise HTTPException(404, f"no source {key!r} in the ledger")
    links = queries.citations(_engine(request), key)
    graph = charts.citation_graph(names[0]["name"], key, links["cited_by"], links["cites"])
    return render(request, "source.html", key=key, names=names, rows=rows, graph=graph)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", source: Optional[str] = None, kind: Optional[str] = None,
           since: Optional[str] = None, page: int = 1):
    from ..store.search import search as run

    hits, error = [], None
    page = _page(page)
    if q.strip():
        try:
            hits = run(_engine(request), q, source=source or None, kind=kind or None, since=since or None,
                       limit=21, offset=(page - 1) * 20)
        except InputError as exc:
            error = str(exc)
    views = {}
    if hits and page == 1:   # the events the matching sentences report, counted over time
        from ..archive.events import EventFilter

        found = _selected_events(request, EventFilter(query=q))
        if found:
            views = {"events_found": found, **_event_views(found)}
    return render(request, "search.html", q=q, source=source or "", kind=kind or "", since=since or "",
                  hits=[(h, _marked(h.marked)) for h in hits[:20]], more=len(hits) > 20, page=page,
                  kinds=KINDS, error=error, **views)


def _marked(marked: str) -> list[tuple[str, bool]]:
    """The highlighted sentence as (text, is_match) runs: the template escapes each run."""
    from ..store.search import MARK_CLOSE, MARK_OPEN

    parts = marked.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN)
    return [(part, i % 2 == 1) for i, part in enumerate(parts) if part]


MAX_EVENT_ROWS = 500      # rows of the events table on the page; the downloads carry them all


def _event_filter(since=None, until=None, country=None, type_=None, factuality=None, q=None, view=None):
    from ..archive.events import EventFilter

    try:
        return EventFilter.parse(since=since or None, until=until or None, country=country or None,
                                 types=type_ or None, factuality=factuality or None, query=q or None,
                                 reports=view == "reports")
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None


def _ledger_events(request: Request, reports: bool = False) -> list:
    """Every event of the ledger, merged (or one per report), read again only when the ledger's
    events change."""
    from ..archive.events import read

    ledger = request.app.state.ledger
    cache = request.app.state.__dict__.setdefault("_events_cache", {})
    signature = queries.events_signature(ledger.engine)
    key = (signature, reports)
    if key not in cache:
        for stale in [k for k in cache if k[0] != signature]:
            cache.pop(stale, None)
        cache[key] = read(ledger, reports=reports)
    return cache[key]


def _selected_events(request: Request, wanted) -> list:
    from ..archive.events import select

    try:
        return select(_ledger_events(request, wanted.reports), wanted, _engine(request))
    except InputError as exc:   # a search query with nothing to search for
        raise HTTPException(400, str(exc)) from None


def _event_views(events) -> dict:
    """The counts charts and maps of a list of merged events (events page, search page)."""
    from ..archive.events import counts

    main, details = charts.event_maps(events)
    return {"by_type": charts.count_chart(counts(events, by="type")),
            "by_country": charts.count_chart(counts(events, by="country")),
            "counted": counts(events, by="type"), "map": main, "details": details,
            "places": charts.map_places(events), "world": charts.world_outline(),
            "unmapped": sum(1 for e in events if e.happened and not charts.mappable(e))}


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, since: Optional[str] = None, until: Optional[str] = None, country: Optional[str] = None,
           type: Optional[str] = None, factuality: Optional[str] = None, q: Optional[str] = None,
           view: Optional[str] = None, code: Optional[str] = None):
    from ..acled import code_event
    from ..archive.events import FACTUALITIES

    params = {"since": since, "until": until, "country": country, "type": type or code, "factuality": factuality,
              "q": q, "view": view if view == "reports" else None}
    wanted = _event_filter(params["since"], params["until"], country, params["type"], factuality, q, view)
    everything = _ledger_events(request, wanted.reports)
    shown = _selected_events(request, wanted)
    rows = [(e, code_event(e)) for e in shown[:MAX_EVENT_ROWS]]
    countries = sorted({(e.place("country_code"), e.place("country")) for e in everything if e.place("country_code")},
                       key=lambda c: c[1] or c[0])
    return render(request, "events.html", rows=rows, total=len(shown), shown=shown, reports=sum(e.mentions for e in shown),
                  happened=sum(1 for e in shown if e.happened), params={k: v or "" for k, v in params.items()},
                  query=urlencode({k: v for k, v in params.items() if v}), codes=sorted({e.code for e in everything if e.code}),
                  countries=countries, factualities=FACTUALITIES, max_rows=MAX_EVENT_ROWS, **_event_views(shown))


@router.get("/events.{format}")
def events_download(request: Request, format: str, since: Optional[str] = None, until: Optional[str] = None,
                    country: Optional[str] = None, type: Optional[str] = None, factuality: Optional[str] = None,
                    q: Optional[str] = None, view: Optional[str] = None):
    """The events page's rows in the formats of `claimledger events` (csv, json, jsonl, geojson)."""
    import io

    from ..report.event_table import FORMATS, event_row, write

    if format not in FORMATS:
        raise HTTPException(404, f"no such format: {format}")
    wanted = _event_filter(since, until, country, type, factuality, q, view)
    out = io.StringIO()
    write((event_row(e) for e in _selected_events(request, wanted)), format, out)
    media = {"csv": "text/csv; charset=utf-8", "json": "application/json", "jsonl": "application/x-ndjson",
             "geojson": "application/geo+json"}[format]
    return Response(out.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="claimledger-events.{format}"'})


@router.get("/forecasts", response_class=HTMLResponse)
def forecasts(request: Request):
    ledger = request.app.state.ledger
    rows = queries.forecasts(ledger.engine)
    stored = resolutions.stored(ledger)
    resolved = resolutions.resolved(stored)
    pairs = [(r["probability"], resolved[r["pk"]]["outcome"]) for r in rows
             if r["probability"] is not None and r["pk"] in resolved and resolved[r["pk"]]["outcome"] is not None]
    return render(request, "forecasts.html", rows=rows, resolved=resolved, points=charts.calibration_points(pairs),
                  scores=resolutions.scores(pairs), today=date.today().isoformat(),
                  by_forecaster=resolutions.scores_by(stored))


@router.post("/forecasts/{forecast_pk}/resolve")
def resolve(request: Request, forecast_pk: int, outcome: str = Form(...), on: str = Form(""), note: str = Form(""),
            csrf_token: str = Form("", alias=CSRF_FIELD)):
    check_csrf(request, csrf_token)
    if outcome not in resolutions.OUTCOMES:
        raise HTTPException(400, f"outcome must be one of {', '.join(resolutions.OUTCOMES)}")
    try:
        resolutions.resolve(request.app.state.ledger, forecast_pk, outcome, on.strip() or None, note.strip() or None)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from None
    except StoreError:
        raise  # the database, not the form: 503 (install_error_pages)
    except ClaimledgerError as exc:
        raise HTTPException(400, str(exc)) from None
    return RedirectResponse(f"/forecasts#f{forecast_pk}", status_code=303)


@router.get("/hypotheses", response_class=HTMLResponse)
def hypotheses(request: Request):
    return render(request, "hypotheses.html", rows=queries.hypotheses(_engine(request)))


def _hypothesis(ledger, pk: int):
    from ..store import forecasts as store

    store.ensure_tables(ledger)
    try:
        row = store.hypothesis(ledger, str(pk))
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from None
    return row, store.matrix(ledger, row)


@router.get("/hypotheses/{pk}", response_class=HTMLResponse)
def hypothesis(request: Request, pk: int, saved: int = 0):
    from .. import ach

    ledger = request.app.state.ledger
    row, matrix = _hypothesis(ledger, pk)
    data = ach.as_dict(matrix)
    refs = row["data"]
    return render(request, "hypothesis.html", pk=pk, row=row, m=data, ratings=ach.RATINGS, saved=saved,
                  alternatives=refs.get("alternatives", []), evidence=refs.get("evidence", []),
                  question=refs.get("question", {}), sources=matrix.sources, max_weight=_max_weight())


def _max_weight() -> float:
    from ..store.forecasts import MAX_WEIGHT

    return MAX_WEIGHT


@router.post("/hypotheses/{pk}")
async def rate_hypothesis(request: Request, pk: int):
    """One form for the whole matrix: every cell (cell-E-H) and weight (weight-E) that differs
    from what the page showed is appended as a hand-set value; the newest counts."""
    from ..ach import RATINGS
    from ..store import forecasts as store

    form = await request.form()
    check_csrf(request, str(form.get(CSRF_FIELD, "")))
    ledger = request.app.state.ledger
    row, matrix = _hypothesis(ledger, pk)
    cells, weights = [], []
    for e in range(len(matrix.evidence)):
        for h in range(len(matrix.hypotheses)):
            value = str(form.get(f"cell-{e}-{h}", matrix.cell(e, h))).upper()
            if value not in RATINGS:
                raise HTTPException(400, f"a cell must be one of {' '.join(RATINGS)}")
            if value != matrix.cell(e, h):
                cells.append((e, h, value))
        raw = str(form.get(f"weight-{e}", "")).strip()
        if raw:
            try:
                weight = float(raw)
            except ValueError:
                raise HTTPException(400, f"weight of E{e + 1} is not a number") from None
            if not 0 <= weight <= store.MAX_WEIGHT:
                raise HTTPException(400, f"a weight must be between 0 and {store.MAX_WEIGHT:g}")
            if weight != matrix.weight(e):
                weights.append((e, weight))
    for e, h, value in cells:
        store.rate(ledger, row["pk"], e, h, value)
    for e, weight in weights:
        store.set_weight(ledger, row["pk"], e, weight)
    return RedirectResponse(f"/hypotheses/{pk}?saved={len(cells) + len(weights)}", status_code=303)


@router.post("/ingest")
def ingest_url(request: Request, url: str = Form(...), csrf_token: str = Form("", alias=CSRF_FIELD)):
    """Fetch one public URL (never a private, loopback or link-local address) and store it."""
    from ..archive.bulk import ingest
    from ..ingest.url import is_url

    check_csrf(request, csrf_token)
    if not request.app.state.allow_url_ingest:
        raise HTTPException(403, "URL ingest is turned off on this server")
    url = url.strip()
    if not is_url(url):
        raise HTTPException(400, "give an http or https URL")
    summary = ingest([url], request.app.state.ledger, workers=1, block_private=True)
    done = summary.stored or summary.already or [d for d, _, _ in summary.near_duplicates]
    if not done:
        reason = summary.skipped[0].reason if summary.skipped else "nothing was stored"
        raise HTTPException(400, f"{url}: {reason}")
    return RedirectResponse(f"/documents/{done[0]}", status_code=303)


@router.get("/healthz")
def health() -> JSONResponse:
    return JSONResponse({"ok": True})


def install_error_pages(app) -> None:
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from sqlalchemy.exc import DBAPIError

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return render(request, "error.html", status_code=exc.status_code, status=exc.status_code, detail=exc.detail)

    # A locked, busy or unreachable database is the server's state, not the request's fault: a
    # readable 503 page (the message the CLI prints) with Retry-After, answered as a normal
    # response so the connection stays usable for the next request.
    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return _unavailable(request, str(exc))

    @app.exception_handler(DBAPIError)
    async def _database_error(request: Request, exc: DBAPIError):
        from ..store import database_error

        return _unavailable(request, str(database_error(exc, request.app.state.ledger.url)))


def _unavailable(request: Request, message: str) -> HTMLResponse:
    response = render(request, "error.html", status_code=503, status="503 · the ledger is busy or unavailable",
                      detail=message)
    response.headers["Retry-After"] = "5"
    return response
