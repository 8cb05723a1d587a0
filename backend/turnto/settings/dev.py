from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine for a laptop; production.py refuses to start without SECRET_KEY.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405

# On a laptop the admin runs at 127.0.0.1 or localhost while the sites answer at localhost
# and clinic.localhost: all of them may frame the preview.
PREVIEW_FRAME_ANCESTORS = "'self' http://127.0.0.1:* http://localhost:* http://*.localhost:*"
