"""The emupos receipt-printer emulator as a test fixture: a real ESC/POS printer with a cash drawer
on a free TCP port, rendering each receipt to text and PNG, with paper-out / cover-open / offline
faults set through its control API.

The emulator needs Python >= 3.13, so it runs from its own virtual environment, made (once) by
tools/emupos-env.sh; EMUPOS=/path/to/emupos uses another one. With CI=true a missing emulator
fails the run; elsewhere the tests that need it are skipped with the reason.
"""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVICE = "counter"


class EmuposError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def emupos_executable() -> str:
    """The emupos program: $EMUPOS, else the one tools/emupos-env.sh sets up (installing it)."""
    if os.environ.get("EMUPOS"):
        return os.environ["EMUPOS"]
    done = subprocess.run(["bash", str(ROOT / "tools" / "emupos-env.sh")], capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        raise EmuposError("tools/emupos-env.sh failed: " + " ".join(done.stderr.split())[-600:])
    return done.stdout.strip().splitlines()[-1]


class Emupos:
    """One running emulator with one Epson TM-T20III-class printer, ``counter``."""

    def __init__(self, executable: str, workdir: Path) -> None:
        self.executable, self.workdir = executable, workdir
        self.printer_port, self.api_port = free_port(), free_port()
        self.api = f"http://127.0.0.1:{self.api_port}/api/v1"
        self.log_path = workdir / "emupos.log"
        self._process: subprocess.Popen | None = None
        self._seen: set[str] = set()
        self._log_mark = 0

    # -- life --------------------------------------------------------------------------------
    def start(self, timeout: float = 30.0) -> Emupos:
        config = self.workdir / "emupos.yaml"
        config.write_text(
            "schema: 1\n"
            f"api: {{ host: 127.0.0.1, port: {self.api_port} }}\n"
            "devices:\n"
            f"  - id: {DEVICE}\n    type: printer\n    profile: epson-tm-t20iii\n"
            f"    connections:\n      - tcp: {{ host: 127.0.0.1, port: {self.printer_port} }}\n"
            f"      - serial: {{ pty: true, link: cashier-test-{self.api_port} }}\n"
            f"    receipts_dir: {self.workdir / 'receipts'}\n    job_idle_timeout_ms: 2000\n",
            encoding="utf-8")
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"}
        log = self.log_path.open("wb")
        self._process = subprocess.Popen([self.executable, "run", "--config", str(config)], cwd=self.workdir,
                                         stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise EmuposError(f"emupos exited with {self._process.returncode}: {self.log()[-800:]}")
            if self._healthy():
                return self
            time.sleep(0.05)
        self.stop()
        raise EmuposError(f"emupos did not start within {timeout:.0f} s: {self.log()[-800:]}")

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.api}/health", timeout=1) as answer:
                if json.load(answer).get("status") != "ok":
                    return False
            socket.create_connection(("127.0.0.1", self.printer_port), timeout=1).close()
            return True
        except OSError:
            return False

    def stop(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    # -- control API ---------------------------------------------------------------------------
    def _call(self, method: str, path: str) -> bytes:
        request = urllib.request.Request(f"{self.api}{path}", method=method)
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.read()

    def set_fault(self, fault: str) -> None:
        self._call("PUT", f"/devices/{DEVICE}/faults/{fault}")

    def clear_fault(self, fault: str) -> None:
        self._call("DELETE", f"/devices/{DEVICE}/faults/{fault}")

    def state(self) -> dict:
        return json.loads(self._call("GET", f"/devices/{DEVICE}"))["state"]

    def close_drawer(self) -> None:
        self._call("POST", f"/devices/{DEVICE}/drawer/close")

    def receipts(self) -> list[dict]:
        """Every receipt the printer completed, oldest first."""
        return sorted(json.loads(self._call("GET", f"/devices/{DEVICE}/receipts")), key=lambda r: r["completed_at"])

    def receipt_text(self, receipt_id: str) -> str:
        return self._call("GET", f"/devices/{DEVICE}/receipts/{receipt_id}/text").decode("utf-8")

    def receipt_image(self, receipt_id: str) -> bytes:
        return self._call("GET", f"/devices/{DEVICE}/receipts/{receipt_id}/image")

    # -- for tests -----------------------------------------------------------------------------
    def reset(self) -> None:
        """A clean printer for the next test: no faults, drawer closed, earlier receipts and
        drawer events set aside."""
        for fault in self.state()["faults"]:
            self.clear_fault(fault)
        if self.state()["drawer"] == "open":
            self.close_drawer()
        self._seen = {r["id"] for r in self.receipts()}
        self._log_mark = len(self.log())

    def new_receipts(self, wait: float = 2.0, expect: int = 1) -> list[str]:
        """Texts of the receipts completed since the last reset (waits up to ``wait`` s for ``expect``)."""
        deadline = time.monotonic() + wait
        while True:
            fresh = [r for r in self.receipts() if r["id"] not in self._seen]
            if len(fresh) >= expect or time.monotonic() > deadline:
                return [self.receipt_text(r["id"]) for r in fresh]
            time.sleep(0.05)

    def new_receipt_ids(self) -> list[str]:
        return [r["id"] for r in self.receipts() if r["id"] not in self._seen]

    def drawer_pins(self, expect: int = 0, wait: float = 3.0, settle: float = 0.3) -> list[int]:
        """The pins of the drawer openings since the last reset (from the emulator's event log).

        The emulator logs an opening a moment after the bytes arrive, so this waits up to ``wait`` s
        for ``expect`` openings, then ``settle`` s more so that an unexpected extra one is seen too."""
        def pins() -> list[int]:
            return [int(pin) for pin in re.findall(r"drawer opened \(pin (\d)\)", self.log()[self._log_mark:])]
        deadline = time.monotonic() + wait
        while len(pins()) < expect and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(settle)
        return pins()

    def serial_device(self) -> str:
        """The emulated printer's serial port (a pseudo-terminal emupos links to a stable path)."""
        with urllib.request.urlopen(f"{self.api}/devices", timeout=2) as answer:
            for device in json.load(answer):
                for connection in device["connections"]:
                    if connection["kind"] == "serial":
                        return connection["link_path"]
        raise EmuposError("emupos reports no serial connection")

    def profile(self, folder: Path, name: str = "emupos", **fields) -> Path:
        """A printer profile (TOML) for this emulator; ``fields`` override the defaults (None drops one)."""
        values = {"name": "emupos TM-T20III", "connection": "network", "host": "127.0.0.1",
                  "port": self.printer_port, "model": "TM-T20II", "paper_width_mm": 80, "columns": 48,
                  "cut": "partial", "drawer_pin": 2, "timeout_seconds": 1.0, **fields}
        lines = [f"{k} = {json.dumps(v) if not isinstance(v, bool) else str(v).lower()}"
                 for k, v in values.items() if v is not None]  # None: leave the field out
        path = folder / f"{name}.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path


@pytest.fixture(scope="session")
def emupos_server(tmp_path_factory):
    """The emulator, started once for the test session (or the reason it cannot be)."""
    try:
        server = Emupos(emupos_executable(), tmp_path_factory.mktemp("emupos")).start()
    except (EmuposError, OSError, subprocess.TimeoutExpired) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and the emupos printer emulator cannot run: {exc}", pytrace=False)
        pytest.skip(f"emupos printer emulator not available: {exc}")
    yield server
    server.stop()


@pytest.fixture
def emupos(emupos_server):
    """The emulator, reset for this test: no faults, drawer closed, no receipts seen yet."""
    emupos_server.reset()
    yield emupos_server
    emupos_server.reset()
