"""What a visitor typed or where they are is kept by neither the server's cache nor the phone's
service worker: the worker's list (frontend/src/offline/rules.js) names every parameter the
server's does (core.api_cache.PRIVATE_PARAMETERS)."""

import re
from pathlib import Path

from turnto.core.api_cache import PRIVATE_PARAMETERS

RULES = Path(__file__).resolve().parents[2] / "frontend" / "src" / "offline" / "rules.js"


def test_the_service_worker_keeps_no_answer_the_server_would_not():
    listed = re.search(r"const PRIVATE_PARAMS = \[(.*?)\];", RULES.read_text(), re.S).group(1)
    worker = set(re.findall(r'"([^"]+)"', listed))
    assert set(PRIVATE_PARAMETERS) <= worker, set(PRIVATE_PARAMETERS) - worker
