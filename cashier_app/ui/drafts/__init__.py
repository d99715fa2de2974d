"""Bank draft windows: the enrollment form at the counter, its scans, and the supervisor's bank draft
dialog with its pages (runs, the day's enrollments, returns)."""
