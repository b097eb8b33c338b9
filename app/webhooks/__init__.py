"""`POST /webhooks/<source>`: signed deliveries from comment systems. CSRF does not apply; the
signature is the authentication."""

from flask import Blueprint

from app.extensions import csrf

bp = Blueprint("webhooks", __name__)
csrf.exempt(bp)

from app.webhooks import views  # noqa: E402,F401
