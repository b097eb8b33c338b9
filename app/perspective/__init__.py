"""The Perspective API drop-in: Perspective's /v1alpha1 endpoints, answered by our pipeline.

Coral Talk and other Perspective clients switch by changing their endpoint to https://HOST/v1alpha1
and their key to a Threadwatch service token (docs/perspective.md).
"""

from flask import Blueprint

bp = Blueprint("perspective", __name__)

from app.perspective import views  # noqa: E402,F401
from app.perspective.redaction import install as _install_redaction  # noqa: E402

bp.record_once(lambda state: _install_redaction())
