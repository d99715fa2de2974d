"""The bank-draft capability (issue 11): enrolling a customer's accounts from the signed bank draft
authorization form and the voided check. Pure checks live here; the monthly NACHA file and the bank's
returns are in ``cashier_app.ach``.
"""
