"""``CashierApp``, the windowed program: the counter window; ``--self-test`` proves the build works.

The console program ``cashier-app`` (``cashier_app.__main__``) has every command; this one opens
the window with the same options (``--db``, ``--config``, ``--station``). ``--startup-probe`` is
what bench/bench_startup.py times.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--self-test"]:
        from cashier_app.self_test import run_self_test

        return run_self_test()
    if argv == ["--startup-probe"]:
        from cashier_app.startup_probe import run_startup_probe

        return run_startup_probe()
    from cashier_app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":  # the frozen CashierApp's entry point
    import multiprocessing

    multiprocessing.freeze_support()  # the import's reader process (services/extract_process.py)
    sys.exit(main())
