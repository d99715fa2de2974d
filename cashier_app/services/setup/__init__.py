"""Setting up a station: what the setup assistant and `cashier-app init` check and write."""
