"""The bank draft's pure parts: the NACHA return / notification-of-change reader (``returns``), its
code tables (``return_codes``) and the banking calendar of the run's dates (``banking_days``); the
PPD writer comes with the draft run."""
