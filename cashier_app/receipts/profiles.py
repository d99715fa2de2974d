"""Printer profiles: one TOML file per printer setup, in ``printers/``.

A profile says how to reach the printer (connection and address), which python-escpos model
profile speaks to it, the paper width and columns, the cut, the drawer pin and whether to print a
merchant copy. Every refusal names the profile file and the field, so an administrator can fix it.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from cashier_app import config
from cashier_app.i18n import _n, _t
from cashier_app.receipts.escpos_render import EscposOptions

CONNECTIONS = ("network", "usb", "serial", "cups", "file", "pdf")
_ADDRESS = {  # fields each connection may use (besides the common ones)
    "network": {"host", "port"}, "usb": {"device", "vendor_id", "product_id"},
    "serial": {"device", "baudrate"}, "cups": {"queue"}, "file": {"folder"}, "pdf": {"folder", "page"},
}
_COMMON = {"name", "connection", "model", "paper_width_mm", "columns", "cut", "drawer_pin", "merchant_copy",
           "code", "timeout_seconds", "read_status"}
_COLUMNS = {80: (42, 48), 58: (32,)}


class ProfileError(ValueError):
    """A printer profile that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        where = f"{path}: {field}" if field else str(path)
        super().__init__(_t("printer profile {0}: {1}").format(where, problem))
        self.path, self.field = str(path), field


@dataclass(frozen=True)
class PrinterProfile:
    path: str  # the file it was read from (messages name it)
    name: str  # what the status bar calls it
    connection: str
    host: str = ""
    port: int = 9100
    device: str = ""  # /dev/usb/lp0, /dev/ttyUSB0, COM3
    vendor_id: int = 0
    product_id: int = 0
    baudrate: int = 9600
    queue: str = ""  # CUPS queue name
    folder: str = ""  # file and PDF printers; empty: the station's receipts folder
    page: str = "roll"  # PDF printer: roll or letter
    model: str = "default"
    paper_width_mm: int = 80
    columns: int = 42
    cut: str = "partial"
    drawer_pin: int = 2
    merchant_copy: bool = False
    code: str = "qr"
    timeout_seconds: float = 5.0
    read_status: bool = True  # the printer answers status requests (DLE EOT, GS r)

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    def escpos_options(self) -> EscposOptions:
        return EscposOptions(model=self.model, width=self.columns, cut=self.cut, drawer_pin=self.drawer_pin,
                             code=self.code, merchant_copy=self.merchant_copy)


def known_models() -> set[str]:
    from escpos.capabilities import CAPABILITIES

    return set(CAPABILITIES["profiles"])


def _model_columns(model: str, paper_width_mm: int) -> int:
    """Font A columns of the model when they suit the paper, else the paper's usual count."""
    from escpos.capabilities import CAPABILITIES

    fonts = CAPABILITIES["profiles"][model].get("fonts", {})
    columns = fonts.get("0", {}).get("columns")
    return columns if columns in _COLUMNS[paper_width_mm] else _COLUMNS[paper_width_mm][0]


def profile_dirs() -> list[Path]:
    """Where profiles are looked for: the administrator's folder first, then those shipped."""
    return [config.home() / "printers", config.project_printers_dir()]


def find_profile(name: str) -> Path:
    """The file of profile ``name`` (a name like ``network``, or a path to a .toml file)."""
    if name.endswith(".toml") or "/" in name or "\\" in name:
        path = Path(name).expanduser()
        if not path.is_file():
            raise ProfileError(path, "", _t("file not found"))
        return path
    for folder in profile_dirs():
        if (folder / f"{name}.toml").is_file():
            return folder / f"{name}.toml"
    looked = ", ".join(str(d) for d in profile_dirs())
    raise ProfileError(f"{name}.toml", "", _t("no such profile (looked in {0})").format(looked))


def load_profile(name_or_path: str | Path) -> PrinterProfile:
    """Read and check a profile; raises ProfileError naming the file and the field."""
    path = find_profile(str(name_or_path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, "", _t("cannot read it ({0})").format(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, "", _t("not valid TOML ({0})").format(exc)) from None
    return check_profile(path, data)


def _get(path: Path, data: dict, field: str, kind: type, default, choices=None):  # noqa: ANN001, ANN202
    value = data.get(field, default)
    ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value, ok = float(value), True
    if not ok:
        raise ProfileError(path, field, _t("must be {0}, not {1}").format(_t(_KIND_WORDS[kind]), repr(value)))
    if choices is not None and value not in choices:
        raise ProfileError(path, field, _t("must be one of {0}, not {1}").format(
            ", ".join(map(str, choices)), repr(value)))
    return value


_KIND_WORDS = {str: _n("text"), int: _n("a whole number"), float: _n("a number of seconds"),
               bool: _n("true or false")}


def check_profile(path: Path, data: dict) -> PrinterProfile:
    """A PrinterProfile from parsed TOML ``data``, every field checked."""
    if "connection" not in data:
        raise ProfileError(path, "connection", _t("missing; say one of {0}").format(", ".join(CONNECTIONS)))
    connection = _get(path, data, "connection", str, "", CONNECTIONS)
    for key in data:
        if key not in _COMMON | _ADDRESS[connection]:
            raise ProfileError(path, key, _t("unknown field for a {0} printer").format(connection))
    model = _get(path, data, "model", str, "default")
    if model not in known_models():
        examples = ", ".join(m for m in ("TM-T20II", "TM-T88V", "TM-P80", "default") if m in known_models())
        raise ProfileError(path, "model", _t("{0} is not a python-escpos printer model (known ones include {1})").format(
            repr(model), examples))
    paper = _get(path, data, "paper_width_mm", int, 80, tuple(_COLUMNS))
    columns = _get(path, data, "columns", int, _model_columns(model, paper), _COLUMNS[paper])
    values = dict(
        path=str(path), name=_get(path, data, "name", str, path.stem), connection=connection, model=model,
        paper_width_mm=paper, columns=columns,
        cut=_get(path, data, "cut", str, "partial", ("full", "partial", "none")),
        drawer_pin=_get(path, data, "drawer_pin", int, 2, (2, 5)),
        merchant_copy=_get(path, data, "merchant_copy", bool, False),
        code=_get(path, data, "code", str, "qr", ("qr", "barcode", "none")),
        timeout_seconds=_get(path, data, "timeout_seconds", float, 5.0),
    )
    if not 0 < values["timeout_seconds"] <= 60:
        raise ProfileError(path, "timeout_seconds", _t("must be more than 0 and at most 60"))
    values.update(_address(path, data, connection))
    talks_back = connection in ("network", "serial") or (connection == "usb" and not values["device"])
    values["read_status"] = _get(path, data, "read_status", bool, talks_back)
    if values["read_status"] and not talks_back:
        raise ProfileError(path, "read_status", _t(
            "a usb printer cannot answer status requests through a device file; give vendor_id and product_id")
            if connection == "usb" else _t("a {0} printer cannot answer status requests").format(connection))
    return PrinterProfile(**values)


def _address(path: Path, data: dict, connection: str) -> dict:
    if connection == "network":
        host = _get(path, data, "host", str, "")
        if not host.strip():
            raise ProfileError(path, "host", _t("give the printer's IP address or host name"))
        port = _get(path, data, "port", int, 9100)
        if not 1 <= port <= 65535:
            raise ProfileError(path, "port", _t("must be from 1 to 65535, not {0}").format(port))
        return {"host": host.strip(), "port": port}
    if connection == "usb":
        device = _get(path, data, "device", str, "")
        vendor, product = _get(path, data, "vendor_id", int, 0), _get(path, data, "product_id", int, 0)
        if not device and not (vendor and product):
            raise ProfileError(path, "device", _t("give the device file (e.g. /dev/usb/lp0) or vendor_id and product_id"))
        return {"device": device, "vendor_id": vendor, "product_id": product}
    if connection == "serial":
        device = _get(path, data, "device", str, "")
        if not device:
            raise ProfileError(path, "device", _t("give the serial port (e.g. /dev/ttyUSB0 or COM3)"))
        baud = _get(path, data, "baudrate", int, 9600, (2400, 4800, 9600, 19200, 38400, 57600, 115200))
        return {"device": device, "baudrate": baud}
    if connection == "cups":
        queue = _get(path, data, "queue", str, "")
        if not queue:
            raise ProfileError(path, "queue", _t("give the CUPS queue name (lpstat -p lists them)"))
        return {"queue": queue}
    values = {"folder": _get(path, data, "folder", str, "")}
    if connection == "pdf":
        values["page"] = _get(path, data, "page", str, "roll", ("roll", "letter"))
    return values
