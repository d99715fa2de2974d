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
