"""Where things live, and the station config file (TOML).

Everything sits under one home folder: the platform's user data dir, or ``CASHIER_HOME``
when set (tests and demos use their own). The station config is ``station.toml`` there.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
import tomli_w

from cashier_app.i18n import _t
from cashier_app.private_files import FOLDER_MODE, private_folder, write_private

APP_NAME = "cashier-app"


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the problem."""


def home() -> Path:
    env = os.environ.get("CASHIER_HOME")
    return Path(env).expanduser() if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_home() -> Path:
    """Make the home folder, readable by its owner only (0700); a home made looser by an older
    version is closed to other users too. The one place the home is made."""
    path = private_folder(home())
    if os.name == "posix" and path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
        path.chmod(FOLDER_MODE)
    return path


def default_db_url() -> str:
    return f"sqlite:///{home() / 'cashier.db'}"


def project_printers_dir() -> Path:
    """Printer profiles shipped with the app (``printers/`` beside the package)."""
    return Path(__file__).resolve().parent.parent / "printers"


@dataclass
class StationConfig:
    """What one counter station needs to know about itself."""

    station: str = "S1"
    receipt_prefix: str = "S1"
    printer: str = "file"  # profile name in printers/ (file, pdf, network, usb, serial, cups)
    receipts_dir: str = ""  # where the file printer writes; default: <home>/receipts
    db_url: str = ""  # empty: the SQLite file in the home folder
    idle_lock_minutes: int | None = None  # None: the City's setting counter.idle_lock_minutes
    text_size: int = 100  # per cent of the normal type; one of TEXT_SIZES (docs/admin-guide.md)
    language: str = ""  # the window's language: one of LANGUAGES; "": the PC's own (system locale)
    receipt_language: str = ""  # receipts, slips, letters, notices, forms: one of LANGUAGES; "": as the window
    extra: dict = field(default_factory=dict)
    path: str = field(default="", compare=False)  # the file it was read from ("": not read from a file)

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()

    def resolved_receipts_dir(self) -> Path:
        return Path(self.receipts_dir).expanduser() if self.receipts_dir else home() / "receipts"


_TYPES = {"station": str, "receipt_prefix": str, "printer": str, "receipts_dir": str, "db_url": str,
          "idle_lock_minutes": int, "text_size": int, "language": str,
          "receipt_language": str}
#: The text sizes a station may choose (per cent): normal, large, larger. Every screen follows.
TEXT_SIZES = (100, 115, 130)
#: The window's languages a station may choose ("": the PC's own language, English when not French).
LANGUAGES = ("", "en", "fr")


def default_config_path() -> Path:
    return home() / "station.toml"


def load_station_config(path: Path | None = None) -> StationConfig:
    """Read the station config; a missing default file gives the defaults."""
    path = path or default_config_path()
    if not path.exists():
        if path != default_config_path():
            raise ConfigError(_t("config file not found: {0}").format(path))
        return StationConfig(path=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(_t("cannot read config file {0}: {1}").format(path, exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_t("config file {0} is not valid TOML: {1}").format(path, exc)) from None
    section = data.get("station", {})
    if not isinstance(section, dict):
        raise ConfigError(_t("config file {0}: [station] must be a table").format(path))
    values = {}
    for key, value in section.items():
        expected = _TYPES.get(key)
        if expected is None:
            raise ConfigError(_t("config file {0}: unknown setting station.{1}").format(path, key))
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(
                _t("config file {0}: station.{1} must be {2}, not {3}").format(
                    path, key, expected.__name__, type(value).__name__)
            )
        values[key] = value
    if values.get("text_size", 100) not in TEXT_SIZES:
        sizes = ", ".join(str(size) for size in TEXT_SIZES)
        raise ConfigError(_t("config file {0}: station.text_size must be one of {1}, not {2}").format(
                              path, sizes, values['text_size']))
    if values.get("language", "") not in LANGUAGES:
        raise ConfigError(_t("config file {0}: station.language must be \"en\", \"fr\" or \"\" (the PC's language), "
                             "not {1}").format(path, repr(values['language'])))
    if values.get("receipt_language", "") not in LANGUAGES:
        raise ConfigError(_t("config file {0}: station.receipt_language must be \"en\", \"fr\" or \"\" (as the "
                             "window), not {1}").format(path, repr(values['receipt_language'])))
    return StationConfig(**values, extra={k: v for k, v in data.items() if k != "station"}, path=str(path))


def save_station_config(config: StationConfig, path: Path | None = None) -> Path:
    path = path or default_config_path()
    private_folder(path.parent)
    data = {k: v for k, v in asdict(config).items() if k not in ("extra", "path") and v is not None}
    if not data.get("receipt_language"):
        data.pop("receipt_language", None)  # "" (as the window) is the default: files stay as they were
    write_private(path, tomli_w.dumps({"station": data, **config.extra}))
    return path


def pgpass_path() -> Path:
    """The PostgreSQL password of this station, in libpq's password-file format (mode 0600)."""
    return home() / "pgpass"


def _pgpass_field(value: str | int | None) -> str:
    return "*" if value in (None, "") else str(value).replace("\\", "\\\\").replace(":", "\\:")


def save_pgpass(host: str | None, port: int | None, database: str | None, user: str, password: str) -> Path:
    """Write the station's PostgreSQL password where libpq reads it (``passfile``), never in the
    station config: one line ``host:port:database:user:password``, readable by the owner only."""
    path = pgpass_path()
    private_folder(path.parent)
    line = ":".join(_pgpass_field(v) for v in (host, port, database, user, password))
    tmp = path.with_name(path.name + ".new")
    tmp.unlink(missing_ok=True)
    write_private(tmp, line + "\n")
    os.replace(tmp, path)
    return path


def remember_db_url(url: str) -> str:
    """The database URL to keep in the station config: a password in it goes to the owner-only
    password file libpq reads (pgpass_path()), never into the config."""
    from sqlalchemy.engine import make_url

    from cashier_app.db import has_password, normalize_url, without_password

    url = normalize_url(url)
    if not has_password(url):
        return url
    parsed = make_url(url)
    save_pgpass(parsed.host, parsed.port, parsed.database, parsed.username or "",
                parsed.password or parsed.query["password"])
    return without_password(url)
