"""Fixtures of the integration tests: the emupos receipt-printer emulator (tests/emupos_fixture.py)."""
from tests.emupos_fixture import emupos, emupos_server  # noqa: F401 - fixtures
from tests.unit.french_support import catalogue, french  # noqa: F401 - fixtures
