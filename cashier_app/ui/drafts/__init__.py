"""The supervisor's bank-draft windows: the "Bank draft" dialog and its pages (runs, enrollments
taken today, returns)."""
