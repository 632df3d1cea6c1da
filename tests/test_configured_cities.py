"""How INTAKE_CITIES is spelt on the buttons and the official row."""

import pytest

from bot.settings import Settings, SettingsError, load_settings


def test_districts_counties_and_new_areas_are_not_given_市():
    cities = Settings(cities="浦东新区,闵行区,海淀区,两江新区,神农架林区,陵水黎族自治县,"
                             "额济纳旗,苏州,恩施土家族苗族自治州", _env_file=None).cities
    assert cities == ("浦东新区", "闵行区", "海淀区", "两江新区", "神农架林区", "陵水黎族自治县",
                      "额济纳旗", "苏州市", "恩施土家族苗族自治州")


@pytest.mark.parametrize(("cities", "said"), [
    ("苏州,南京 市", "配置错误：INTAKE_CITIES 无效：“市”不能单独作为一项（城市名中间多了空格？"
                   "如“南京 市”应写成“南京市”，多个城市用逗号分隔）"),
    ("苏州,火星市,abc", "配置错误：INTAKE_CITIES 无效：“abc”不是城市名：城市名须用汉字书写"
                      "（如 苏州 或 苏州市）"),
    ("Suzhou", "配置错误：INTAKE_CITIES 无效：“Suzhou”不是城市名：城市名须用汉字书写（如 苏州 或 苏州市）"),
    ("苏州 区", "配置错误：INTAKE_CITIES 无效：“区”不能单独作为一项（城市名中间多了空格？"
              "如“南京 市”应写成“南京市”，多个城市用逗号分隔）"),
])
def test_an_entry_that_is_no_city_name_is_refused_in_one_line(monkeypatch, cities, said):
    monkeypatch.setenv("INTAKE_CITIES", cities)
    with pytest.raises(SettingsError) as refused:
        load_settings(_env_file=None)
    assert str(refused.value) == said

