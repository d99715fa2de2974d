"""NACHA files, pure functions on text: the return / notification-of-change reader (``returns``)
and its code tables (``return_codes``); the PPD writer comes with the draft run."""
