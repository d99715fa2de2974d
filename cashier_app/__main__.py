"""`python -m cashier_app` (and the frozen build) run the cashier-app command."""
import multiprocessing
import sys

from cashier_app.cli import main

# The import's reader process (services/extract_process.py) starts this program again: in the frozen
# build, freeze_support runs that process's work instead of the command line.
multiprocessing.freeze_support()
sys.exit(main())
