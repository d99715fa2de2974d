"""private_folder makes owner-only folders, and refuses a file standing where a folder should be
(the file printer reports "offline" then, instead of writing receipts nowhere)."""
import stat

import pytest

from cashier_app.private_files import private_folder


def test_missing_folders_are_made_owner_only(tmp_path):
    made = private_folder(tmp_path / "a" / "b")
    assert made.is_dir()
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    blocked = tmp_path / "receipts"
    blocked.write_text("not a folder")
    with pytest.raises(NotADirectoryError):
        private_folder(blocked)
    with pytest.raises(NotADirectoryError):
        private_folder(blocked / "inside")


def test_a_private_file_is_replaced_whole_and_closed_to_others(tmp_path):
    from cashier_app.private_files import write_private
    receipt = private_folder(tmp_path / "receipts") / "S1-000001.txt"
    receipt.write_text("the old copy")
    receipt.chmod(0o644)
    old_inode = receipt.stat().st_ino
    write_private(receipt, "RECEIPT S1-000001", sync=False)
    assert receipt.read_text() == "RECEIPT S1-000001"
    assert stat.S_IMODE(receipt.stat().st_mode) == 0o600
    assert receipt.stat().st_ino != old_inode  # a new file renamed over the old: never half written
    assert [p.name for p in receipt.parent.iterdir()] == ["S1-000001.txt"]  # no partial file left


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch):
    from pathlib import Path

    from cashier_app.private_files import write_private
    receipt = private_folder(tmp_path / "receipts") / "S1-000001.txt"
    receipt.write_text("the old copy")

    def disk_full(self, data):  # noqa: ANN001
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(OSError):
        write_private(receipt, b"new")
    assert receipt.read_text() == "the old copy"
    assert [p.name for p in receipt.parent.iterdir()] == ["S1-000001.txt"]
