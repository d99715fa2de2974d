"""NACHA files, pure functions on text: the return / notification-of-change reader (``returns``)
its code tables (``return_codes``) and the banking calendar of the run's dates (``banking_days``);
the PPD writer comes with the draft run."""
