"""The bank draft's pure parts, functions on values and text: the PPD draft-file writer (``nacha``,
its field rules in ``nacha_fields``), the return / notification-of-change reader (``returns``) and
its code tables (``return_codes``), and the banking calendar of the run's dates (``banking_days``)."""
