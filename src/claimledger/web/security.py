"""What keeps hostile article text harmless in the browser, and forms honest.

- Every response carries a Content-Security-Policy that allows scripts, styles and images from
  this server only: no inline script, no event-handler attributes, no plugins, no framing.
  Templates are autoescaped, so text from articles never becomes markup; together these mean
  a `<script>` or `onerror=` that slipped through extraction is shown, never run.
- POST forms carry a CSRF token: a random value set once as a SameSite=Strict cookie and
  repeated in a hidden field (double submit); a POST whose field does not match is refused.
"""
from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

CSRF_COOKIE = "claimledger_csrf"
CSRF_FIELD = "csrf_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'; object-src 'none'")

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeaders(BaseHTTPMiddleware):
    """Security headers on every response, and the CSRF cookie on pages that lack it."""

    async def dispatch(self, request: Request, call_next):
        token = request.cookies.get(CSRF_COOKIE)
        if not token or len(token) < 20:
            token = secrets.token_urlsafe(32)
            request.state.new_csrf = token
        request.state.csrf = token
        response = await call_next(request)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if getattr(request.state, "new_csrf", None):
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response


def csrf_token(request: Request) -> str:
    return getattr(request.state, "csrf", "")


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a POST whose form token does not match its cookie (403)."""
    cookie = request.cookies.get(CSRF_COOKIE) or ""
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page and try again")
