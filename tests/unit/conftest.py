"""Fixtures of the unit tests that several modules share."""
from tests.enrollment_support import city_clock, enrolling

__all__ = ["city_clock", "enrolling"]  # fixtures: pytest finds them here
