"""Bank draft windows: the supervisor's bank draft dialog and its pages, the enrollment form."""
