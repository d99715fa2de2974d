"""NACHA files, pure functions on text: the PPD draft-file writer (``nacha``, its field rules in
``nacha_fields``), the return / notification-of-change reader (``returns``) and its code tables
(``return_codes``)."""
