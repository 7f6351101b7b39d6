"""The master password and the value typed at a terminal (a real pseudo-terminal): never echoed."""

from __future__ import annotations

import os
import select
import sys
import time

import pytest

pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX-only")
if sys.platform == "win32":  # pragma: no cover - the module imports on Windows but cannot fork
    pytest.skip("pseudo-terminals are POSIX-only", allow_module_level=True)

TOKEN = "Typed-Token-61f0aa"
MASTER = "Typed-Master-5d2b"


class Terminal:
    """``python -m qfieldsync_plus ARGS`` on a pseudo-terminal; answers prompts, records output."""

    def __init__(self, args, env) -> None:
        self.output = b""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the command (its controlling terminal is the pty)
            os.execve(sys.executable, [sys.executable, "-m", "qfieldsync_plus", *args], env)

    def expect(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            assert time.monotonic() < deadline, f"no {text!r} in {self.output!r}"
            if select.select([self.fd], [], [], 0.2)[0]:
                self.output += os.read(self.fd, 4096)

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\n")

    def finish(self, timeout: float = 120) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if not select.select([self.fd], [], [], 0.2)[0]:
                    continue
                chunk = os.read(self.fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            self.output += chunk
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def test_prompts_set_the_master_password_and_read_the_value_without_echo(cli, bees_project):
    env = cli.env(use_password=False)
    first = Terminal(["secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar"], env)
    first.expect("Value of API_TOKEN: ")
    first.type(TOKEN)
    first.expect("New master password: ")
    first.type(MASTER)
    first.expect("Repeat the master password: ")
    first.type(MASTER)
    assert first.finish() == 0, first.output
    assert b"Stored API_TOKEN" in first.output
    assert TOKEN.encode() not in first.output and MASTER.encode() not in first.output

    wrong = Terminal(["secrets", "remove", str(bees_project), "API_TOKEN"], env)
    wrong.expect("QGIS authentication master password: ")
    wrong.type("not-" + MASTER)
    assert wrong.finish() == 1
    assert b"The master password from the prompt does not open" in wrong.output

    right = Terminal(["secrets", "remove", str(bees_project), "API_TOKEN"], env)
    right.expect("QGIS authentication master password: ")
    right.type(MASTER)
    assert right.finish() == 0, right.output
    assert cli("secrets", "list", str(bees_project), use_password=False).stdout.startswith("No secrets")
