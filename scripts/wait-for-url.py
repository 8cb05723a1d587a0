"""Wait until a URL answers (a server has started), for at most 30 seconds."""

import sys
import time
import urllib.request

deadline = time.monotonic() + 30
while True:
    try:
        urllib.request.urlopen(sys.argv[1], timeout=2)
        break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit(f"{sys.argv[1]} did not answer within 30 s")
        time.sleep(0.2)
