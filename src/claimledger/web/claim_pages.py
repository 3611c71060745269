"""The claim pages: /claims (claims made in several documents, with status), /claims/check?q=…
(where every document stands on a claim typed in), /claims/DOC:SENTENCE (one claim: its
timeline of stances and sources, its verdicts, a form to add one) and its ClaimReview JSON-LD."""
from __future__ import annotations

import json
from typing import Optional

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import ClaimledgerError, InputError, NotFoundError
from . import charts, queries
from .routes import render
from .security import CSRF_FIELD, check_csrf

router = APIRouter()
MAX_GROUPS = 200


def _groups(request: Request, min_origins: int = 1, method: Optional[str] = None):
    """The claim groups (with stances), computed once per ledger state and method."""
    from ..archive.claims import corroborate
    from ..archive.similarity import resolve_method

    try:
        method = resolve_method(method or None)
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    engine = request.app.state.ledger.engine
    counts = queries.counts(engine)
    cache = request.app.state.__dict__.setdefault("_claims_cache", {})
    key = (counts["documents"], counts["sentences"], method)
    if key not in cache:
        cache.clear()
        cache[key] = corroborate(engine, min_origins=1, method=method)
    return [g for g in cache[key] if len(g.origins) >= max(1, min_origins)], method


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, min_origins: int = 2, method: Optional[str] = None):
    from ..store.claims import ratings

    groups, method = _groups(request, min_origins, method)
    rated = ratings(request.app.state.ledger)
    verdicts = {g.id: _verdict(g, rated) for g in groups}
    return render(request, "claims.html", groups=groups[:MAX_GROUPS], min_origins=min_origins, method=method,
                  verdicts=verdicts)


def _verdict(group, rated: dict) -> Optional[dict]:
    """The newest rating of any report of the group."""
    found = [rated[f"{c.document_id}:{c.sentence_id}"] for c in group.claims
             if f"{c.document_id}:{c.sentence_id}" in rated]
    return max(found, key=lambda r: r["pk"]) if found else None


@router.get("/claims/check", response_class=HTMLResponse)
def check(request: Request, q: str = ""):
    from ..archive.check import check as run

    result, error = None, None
    if q.strip():
        try:
            result = run(request.app.state.ledger.engine, q[:2000])
        except InputError as exc:
            error = str(exc)
    return render(request, "claim_check.html", q=q, result=result, error=error)


def _group_or_404(request: Request, claim_id: str):
    from ..archive.claims import find_group

    groups, _ = _groups(request)
    group = find_group(groups, claim_id)
    if group is None:
        raise HTTPException(404, f"no claim {claim_id!r} made in several documents")
    return group


@router.get("/claims/{claim_id}.jsonld")
def claim_review(request: Request, claim_id: str):
    from ..report.claimreview import review
    from ..store.claims import ratings

    group = _group_or_404(request, claim_id)
    verdict = _verdict(group, ratings(request.app.state.ledger))
    if verdict is None:
        raise HTTPException(404, "this claim has no verdict yet: rate it first")
    body = json.dumps(review(verdict, group, request.app.state.ledger), indent=2, ensure_ascii=False)
    return Response(body, media_type="application/ld+json")


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: str):
    from ..store.claims import history, scale

    group = _group_or_404(request, claim_id)
    reports = [f"{c.document_id}:{c.sentence_id}" for c in group.claims]
    verdicts = history(request.app.state.ledger, reports)
    timeline = group.timeline()
    return render(request, "claim.html", g=group, timeline=timeline, stances=group.stances_by_origin(),
                  chart=charts.stance_timeline(timeline), verdicts=verdicts, scale=scale())


@router.post("/claims/{claim_id}/rate")
def rate(request: Request, claim_id: str, rating: str = Form(...), note: str = Form(""), by: str = Form(""),
         csrf_token: str = Form("", alias=CSRF_FIELD)):
    from ..store.claims import rate as record

    check_csrf(request, csrf_token)
    group = _group_or_404(request, claim_id)
    try:
        record(request.app.state.ledger, group.id, rating, note=note.strip()[:2000] or None, by=by.strip()[:200] or None)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from None
    except ClaimledgerError as exc:
        raise HTTPException(400, str(exc)) from None
    return RedirectResponse(f"/claims/{group.id}#verdicts", status_code=303)
