"""The Administration window (administrators only): users, this station and its printer, settings,
the billing import and backups. Every change goes through a service, as `cashier-app` does it."""
