"""The bank draft windows: the enrollment form at the counter, the scans, the day's enrollments."""
