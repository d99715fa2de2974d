"""The station's text size (issue 12, item 4): read from station.toml, refused when not offered,
and applied to every font size of the style sheet."""
from __future__ import annotations

import pytest

from cashier_app.config import TEXT_SIZES, ConfigError, StationConfig, load_station_config, save_station_config
from cashier_app.ui.app import scaled_style_sheet


def test_text_size_is_read_and_saved(tmp_path):
    path = tmp_path / "station.toml"
    path.write_text('[station]\nstation = "S2"\ntext_size = 130\n', encoding="utf-8")
    assert load_station_config(path).text_size == 130
    save_station_config(StationConfig(text_size=115), path)
    assert load_station_config(path).text_size == 115
    assert StationConfig().text_size == 100 and TEXT_SIZES == (100, 115, 130)


@pytest.mark.parametrize("value", ["200", "0", '"large"', "true"])
def test_a_text_size_not_offered_is_refused_naming_the_key(tmp_path, value):
    path = tmp_path / "station.toml"
    path.write_text(f"[station]\ntext_size = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="station.text_size"):
        load_station_config(path)


def test_every_font_size_of_the_style_sheet_follows_the_text_size():
    sheet = "QLabel { font-size: 20px; } QPushButton { font-size:13px; padding: 4px 12px; }"
    assert scaled_style_sheet(sheet, 100) == sheet
    assert scaled_style_sheet(sheet, 130) == "QLabel { font-size: 26px; } QPushButton { font-size: 17px; padding: 4px 12px; }"
