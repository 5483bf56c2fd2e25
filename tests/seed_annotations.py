"""Hand annotations of the seed articles, made by reading them (not from the program's output).

PEOPLE: canonical name -> (other accepted spellings, role words accepted, affiliation).
PLACES: canonical name -> other accepted names. Places are the named geographic entities an
analyst would put on a map: countries, cities, regions and sites, not adjectives.
"""

PEOPLE = {
    "Kim Jong Un": (["Kim Jong-un"], {"Leader", "Chairman", "President"}, "North Korea"),
    "Mike Pompeo": ([], {"Secretary of State"}, "United States"),
    "Donald Trump": ([], {"President"}, "United States"),
    "Moon Jae-in": ([], {"President"}, "South Korea"),
    "Kang Kyung-wha": ([], {"Foreign Minister"}, "South Korea"),
    "Taro Kono": ([], {"Foreign Minister"}, "Japan"),
    "Shinzo Abe": ([], {"Prime Minister"}, "Japan"),
    "Mike Pence": ([], {"Vice President"}, "United States"),
    "Sarah Sanders": ([], {"Press Secretary"}, "United States"),
    "Ri Yong Ho": ([], {"Foreign Minister"}, "North Korea"),
    "Kim Eui-keum": ([], {"Spokesman"}, "South Korea"),
    "Chung Eui-yong": ([], {"Foreign Minister"}, "South Korea"),
    "Antony Blinken": ([], {"Secretary of State"}, "United States"),
    "Yoon Young-chan": ([], {"Press Secretary"}, "South Korea"),
    "Heather Nauert": ([], {"Spokesperson"}, "United States"),
    "Rob McBride": ([], set(), ""),  # Al Jazeera's correspondent: named in the text, no title
}

PLACES = {
    "United States": ["US", "U.S.", "USA"],
    "North Korea": ["DPRK", "N. Korea", "N.K."],
    "South Korea": ["RoK", "S. Korea", "Republic of Korea"],
    "Japan": [],
    "China": [],
    "Vietnam": [],
    "Singapore": [],
    "Hanoi": [],
    "Pyongyang": [],
    "Seoul": [],
    "Washington": [],
    "Beijing": [],
    "Tokyo": [],
    "Manila": [],
    "Moscow": [],
    "Korean Peninsula": [],
    "East Asia": [],
    "Punggye-ri nuclear test site": ["Punggye Ri nuclear test site", "Punggye Ri"],
}
