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

#: Meetings of the seeds, read off the articles: who, kind, status, date, place, and which
#: articles report each one.
MEETINGS = [
    dict(participants=["Kang Kyung-wha", "Mike Pompeo"], kind="phone_call", status="held", date="2019-03-01", place="", sources=["000"]),
    dict(participants=["Donald Trump", "Kim Jong Un"], kind="summit", status="held", date="2019-02-28", place="Hanoi", sources=["000", "002"]),
    dict(participants=["Kang Kyung-wha", "Mike Pompeo"], kind="meeting", status="held", date="2019-02-14", place="", sources=["000"]),
    dict(participants=["Kang Kyung-wha", "Mike Pompeo"], kind="meeting", status="planned", date="", place="", sources=["000"]),
    dict(participants=["Mike Pompeo", "Taro Kono"], kind="phone_call", status="held", date="2019-03-01", place="", sources=["000"]),
    dict(participants=["Mike Pompeo", "Kim Jong Un"], kind="talks", status="held", date="2018-10-07", place="Pyongyang", sources=["001", "004"]),
    dict(participants=["Donald Trump", "Kim Jong Un"], kind="summit", status="planned", date="", place="", sources=["001", "004"]),
    dict(participants=["Donald Trump", "Kim Jong Un"], kind="summit", status="held", date="2018-06", place="Singapore", sources=["001", "004"]),
    dict(participants=["Mike Pompeo", "Shinzo Abe", "Taro Kono"], kind="meeting", status="held", date="2018-10-06", place="", sources=["001"]),
    dict(participants=["Donald Trump", "Moon Jae-in"], kind="phone_call", status="held", date="2019-02-28", place="", sources=["002"]),
    dict(participants=["Donald Trump", "Shinzo Abe"], kind="phone_call", status="held", date="2019-02-28", place="", sources=["002"]),
    dict(participants=["Chung Eui-yong", "Antony Blinken"], kind="phone_call", status="held", date="2021-08-06", place="", sources=["003"]),
    dict(participants=["Chung Eui-yong", "Antony Blinken"], kind="talks", status="held", date="2021-03-17", place="Seoul", sources=["003"]),
    dict(participants=["Mike Pompeo", "Kim Jong Un"], kind="meeting", status="cancelled", date="2018-08", place="", sources=["004"]),
]
