"""Fixtures of the unit tests that several modules share."""
from tests.enrollment_support import city_clock, enrolling
from tests.unit.french_support import catalogue, french

__all__ = ["catalogue", "city_clock", "enrolling", "french"]  # fixtures: pytest finds them here
