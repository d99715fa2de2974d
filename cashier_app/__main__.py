"""`python -m cashier_app` (and the frozen build) run the cashier-app command."""
import sys

from cashier_app.cli import main

sys.exit(main())
