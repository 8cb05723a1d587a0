"""A Redis server of the test's own, on a free port, that the test may pause (SIGSTOP), stop
and start again: never the machine's shared Redis.

    with own_redis(tmp_path) as redis: redis.url, redis.pause(), redis.resume(), redis.stop(),
    redis.start()
"""

import shutil
import signal
import subprocess
import time
from contextlib import contextmanager

from .servers import free_port, port_open


class OwnRedis:
    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while not port_open(self.port):
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        """Gone, with everything it held (a restart, a failover to an empty replica)."""
        self.resume()
        self.process.terminate()
        self.process.wait(10)


@contextmanager
def own_redis(directory):
    redis = OwnRedis(directory)
    redis.start()
    try:
        yield redis
    finally:
        if redis.process.poll() is None:
            redis.stop()


def redis_server_installed():
    return shutil.which("redis-server") is not None
