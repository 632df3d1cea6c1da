"""How INTAKE_CITIES is spelt on the buttons and the official row."""

from bot.settings import Settings


def test_districts_counties_and_new_areas_are_not_given_市():
    cities = Settings(cities="浦东新区,闵行区,海淀区,两江新区,神农架林区,陵水黎族自治县,"
                             "额济纳旗,苏州,恩施土家族苗族自治州", _env_file=None).cities
    assert cities == ("浦东新区", "闵行区", "海淀区", "两江新区", "神农架林区", "陵水黎族自治县",
                      "额济纳旗", "苏州市", "恩施土家族苗族自治州")
