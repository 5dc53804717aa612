"""The matcher's vocabulary: words that carry no topic, words that mean the same, greetings, and the
canonical form and weighted units every comparison in `bot.content.faq` is made of. Pure, no IO;
knows text, not entries or scores (the approach is explained in `bot.content.faq`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.content.words_en import common_words
from bot.text import CJK_RANGES, has_cjk, normalize

# --- unit weights ----------------------------------------------------------------------------
# Weights relative to a CJK bigram or an English word (1.0).
CJK_UNIGRAM_WEIGHT = 0.5
TYPO_WORD_MIN_LEN = 4  # shorter words have too many neighbours one edit away
STOPWORD_WEIGHT = 0.1
WEAK_CHAR_FACTOR = 0.5  # per weak character (有, 能, 我...) in a bigram

# Function words and fillers that say nothing about the topic (a common English list, trimmed).
STOPWORDS_EN = frozenset((
    "a", "an", "the", "i", "im", "id", "ive", "ill", "me", "my", "mine", "myself", "you", "your", "yours",
    "u", "ur", "ya", "is", "are", "am", "was", "were", "be", "been", "being", "do", "does", "did", "doing",
    "done", "can", "could", "would", "will", "shall", "should", "may", "might", "must", "to", "of", "for",
    "in", "on", "at", "by", "as", "from", "with", "without", "into", "onto", "about", "over", "under",
    "after", "before", "again", "further", "then", "than", "once", "it", "its", "this", "that", "these",
    "those", "there", "here", "and", "or", "but", "if", "so", "because", "while", "until", "nor", "not", "no",
    "yes", "ok", "okay", "how", "what", "which", "who", "whom", "whose", "when", "where", "why", "we", "our",
    "us", "they", "them", "their", "he", "him", "his", "she", "her", "hers", "please", "thanks", "thank",
    "hi", "hello", "hey", "just", "get", "got", "have", "has", "had", "having", "also", "still", "even",
    "really", "very", "much", "many", "more", "most", "some", "any", "all", "each", "every", "both", "few",
    "other", "same", "own", "only", "too", "now", "up", "down", "out", "off", "anything", "something",
    "thing", "stuff", "like", "want", "wanna", "need", "know", "think", "lol",
    # asking about asking: "a quick question", "can you help me", "wondering if"
    "help", "ask", "asking", "tell", "question", "questions", "wondering", "wonder", "quick", "dear", "see",
    "bye",
    # contractions once normalisation has dropped the apostrophe ("isn't" -> "isnt")
    "isnt", "arent", "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "havent",
    "hasnt", "wasnt", "youre", "theyre", "thats", "whats", "hows", "wheres", "theres", "lets",
    "itll", "youll", "theyll", "youve", "weve", "theyve", "whos", "shes", "hes", "wouldve", "couldve", "shouldve",
    # ... and those that come out as another word, or none (eighteenth round: "before he'll hand it over" read "hell",
    # a topic no entry knows, weighed like the FAQ's rarest word): he'll, she'll, he'd, she'd, it'd, you'd, they'd
    "hell", "shell", "hed", "shed", "itd", "youd", "theyd", "thatd", "whod", "thered", "thatll", "therell", "wholl",
    "whatll", "whatd", "howd", "whered", "aint",
    # thirty-fourth round: Singlish and Manglish sentence particles, said anywhere in a question ("where my parcel now
    # ah cannot track leh", "order pay liao when can reach ah", "need to put again issit"): they say how it is asked,
    # never what (lah, leh, lor, meh and sia were everyday words, GENERIC_EN: a topic's weight scaled down)
    "ah", "lah", "leh", "lor", "liao", "hor", "mah", "meh", "sia", "issit", "isit",
    # seventy-sixth round (blind30, probe59): Kongish's (Hong Kong English) own ("where to start ar", "never use any
    # skincare ga", "got shop or not wor"): "la" is read in READINGS_EN (Los Angeles stays a place)
    "ar", "ga", "wor", "jor", "gei",
    # eighty-second round (blind33, probe65): Cajun English's "cher" (dear) calling the one asked ("Hey cher, y'all
    # able to mail stuff down there or nah?"), as "dear" above
    "cher",
))
# Everyday English words that say little about what a message is about: common verbs, adjectives, adverbs,
# time words and people. A message word the FAQ never uses weighs like its rarest word (it may be the topic:
# "flight", "dentist"); one of these, unknown to the FAQ, weighs GENERIC_FACTOR of that ("gave you my old
# address by accident" is about the address). Topic nouns are not here on purpose.
GENERIC_EN = frozenset((
    "give", "gave", "given", "put", "make", "made", "take", "took", "taken", "come", "came", "go", "going", "went",
    "gone", "keep", "kept", "let", "say", "said", "seem", "seems", "look", "looks", "looking", "feel", "feels",
    "felt", "guess", "mean", "means", "meant", "try", "tried", "trying", "happen", "happened", "find", "found",
    "bring", "brought", "leave", "left", "turn", "turned", "start", "started", "finally", "already", "yet",
    "old", "new", "big", "bigger", "biggest", "small", "smaller", "little", "large", "good", "great", "nice",
    "bad", "better", "best", "worse", "sure", "able", "possible", "doable", "okay", "fine", "whole", "real",
    "actual", "actually", "right", "wrong", "last", "next", "first", "second", "another", "different", "usual",
    "usually", "normally", "always", "never", "sometimes", "often", "soon", "later", "early", "late", "ago",
    "recently", "today", "tonight", "tomorrow", "yesterday", "week", "weeks", "weekend", "month", "months",
    "year", "years", "day", "days", "morning", "night", "time", "times", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "accident", "accidentally", "maybe", "perhaps", "probably",
    "basically", "literally", "honestly", "totally", "pretty", "kinda", "sorta", "guys", "someone", "somebody",
    "anyone", "everyone", "people", "person", "friend", "friends", "mom", "mum", "dad", "sister", "brother",
    "parents", "wife", "husband", "bf", "gf", "boyfriend", "girlfriend", "though", "anyway", "instead",
    "either", "whether", "else", "around", "way", "ways", "kind", "sort", "lot", "lots", "bit", "couple",
    "once", "twice", "ever", "almost", "enough", "exactly", "yeah", "yep", "nope", "gonna", "gotta",
    # North American and Australian time zones, said with a time ("is that est or pst"): a time of day's words, as a
    # number is (twenty-fifth round: blind19's "wat time does cs open, is that est or pst?" had no answer)
    "est", "edt", "pst", "pdt", "mst", "mdt", "cst", "cdt", "ast", "nst", "aest", "aedt", "awst", "acst", "et", "pt",
    "mt", "ct", "utc", "gmt",
    # twenty-eighth round: counts in words, as digits are (`_NUMBER`): "ordered nearly three weeks ago and still
    # nothing" weighed "three" (stemmed "thre") like the FAQ's rarest word
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "thirty", "nearly", "several",
    # ... and the everyday words of British, Australian and Singaporean English ("i reckon", "reckon it'd
    # get here", "heaps of", "this arvo", "ok lah"): an everyday word's weight, not a topic no entry knows
    "reckon", "reckons", "reckoned", "heaps", "arvo", "lah", "leh", "lor", "meh", "sia", "innit", "bloke",
    "blokes", "proper", "loads", "fab", "brill", "gutted", "chuffed", "knackered",
    # seventy-sixth round (blind30, probe59): the months, as a date is told with an order ("Order LM20461937 placed
    # Nov 28"): a time word, as the weekdays are
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
    # eighty-second round (blind33, probe65): who one is and where one is when asking, told before the question
    # ("Maid of honour here, ...", "Trucker here, ...", "on standby all week", "from the depot", "classroom radiators"):
    # a wedding party's, a crew's, a driver's and a teacher's own words, people and places as mom and friend are
    "bridesmaid", "bridesmaids", "bride", "groom", "groomsmen", "groomsman", "maid", "honour", "honor", "matron",
    "bridal", "hen", "trucker", "truckers", "trucking", "rideshare", "crew", "layover", "layovers", "standby",
    "rotation", "rotations", "turnaround", "turnarounds", "depot", "buddy", "buddies", "classroom", "classrooms",
    "radiator", "radiators", "cabin", "haul", "hauls", "humidity", "fierce", "clue", "wedding",
    # eighty-third round (blind32, probe66): the gym's, a kitchen's and a gamer's own words told beside the question
    # ("sweat a ton at the gym", "lift 5 days a week", "fryer heat all shift", "12 hour sessions under the headset")
    "gym", "workout", "workouts", "lift", "lifting", "ton", "reps", "fryer", "grill", "headset", "sessions",
))
# A message asks about time or waiting (matched on the canonical text, where "how long", 几天, 多长时间 are 多久):
# "how long", "when", "still no money", 还没到账, "a few days". An entry most of whose questions ask so (shipping-time,
# refund-time: FaqIndex's "duration" entries) does not answer, ahead of its neighbour, a message that asks nothing of
# the kind ("any way to get my money back", "how do i send it back for a refund" are the return policy's).
TIME_CUE = re.compile(r"多久|几天|几个工作日|什么 ?时候|几时|何时|多长时间|时效|速度|还 ?没|一直|到账"
                      r"|没下文|没消息|没动静|在等|等了"
                      r"|\b(?:when|soon|fast|quick\w*|yet|day|week|time|till|until|wait\w*)\b"
                      r"|\bstill (?:\w+ )?(?:no|not|noth|nothing|isnt|hasnt|havent|doesnt|dont|waiting)\b")
# Sentence particles: a bigram containing one carries no topic.
PARTICLES_ZH = frozenset("的了吗呢吧啊呀么嘛哦哈啦呗嗎喔哇")
# Frequent characters that carry little topic alone and halve a bigram's weight.
WEAK_ZH = frozenset("我你您他她是在有请问要能会可以一下这那个们和就都也还怎样什哪啥咋想得着把给让被对到不没好多说用")
# Function bigrams, near-stopwords in any question.
STOP_BIGRAMS_ZH = frozenset((
    "可以", "怎么", "请问", "一下", "我的", "你们", "什么", "这个", "那个", "有没", "没有", "是不", "不是",
    "如何", "能不", "我们", "我想", "想问", "怎样", "为什", "么样", "一个", "还是", "需要", "应该", "现在",
    "如果", "就是", "是否", "有人",
))

# A follower's place, by the country the FAQ speaks of (see BUILTIN_SYNONYMS). Not exhaustive: the
# destinations diaspora followers write from most.
PLACES: tuple[tuple[str, ...], ...] = (
    ("国内", "中国", "北京", "上海", "广州", "深圳", "成都", "杭州", "南京", "武汉", "西安", "重庆", "天津", "苏州",
     "长沙", "厦门", "青岛", "大连", "沈阳", "哈尔滨", "郑州", "昆明", "福州", "济南", "beijing", "shanghai",
     "guangzhou", "shenzhen", "chengdu", "hangzhou", "nanjing", "wuhan",
     # ... the same cities as followers spell them in English (eighteenth round: "my grandma in Harbin")
     "xian", "chongqing", "tianjin", "suzhou", "changsha", "xiamen", "qingdao", "dalian", "shenyang", "harbin",
     "zhengzhou", "kunming", "fuzhou", "jinan",
     # forty-third round: the provinces a grandparent names as home ("寄到 老家 河北")
     "河北", "山东", "河南", "山西", "陕西", "广东", "广西", "福建", "浙江", "江苏", "安徽", "江西", "湖南", "湖北",
     "四川", "贵州", "云南", "辽宁", "吉林", "黑龙江", "内蒙古", "甘肃", "海南", "东北",
     # seventy-ninth round (blind31, probe62): Guangxi's and Hainan's cities ("我在海口咯，寄过来要几多天哦")
     "海口", "三亚", "南宁", "桂林", "柳州", "北海市",
     # eighty-eighth round (blind37, probe71): the Tibetan plateau and the towns Taiwanese work in ("我在林芝，国内的
     # 地址你们能直发吗", "我在昆山，想直接寄回台灣"); not 拉萨, whose pinyin "la sa" Tagalog's "wala sa" has (read as
     # typed pinyin, it made "Delivered daw po pero wala sa pinto namin" a place)
     "西藏", "林芝", "日喀则", "山南", "那曲", "昌都", "青海", "西宁", "格尔木", "昆山", "东莞", "佛山", "珠海",
     "无锡", "宁波", "合肥", "lhasa", "tibet", "xining"),
    ("加拿大", "卡尔加里", "卡加利", "埃德蒙顿", "爱民顿", "蒙特利尔", "满地可", "渥太华", "温尼伯", "哈利法克斯",
     "calgary", "edmonton", "montreal", "ottawa", "winnipeg", "halifax", "ontario", "alberta", "quebec",
     # the provinces (thirteenth round: "Do you actually deliver out to Nova Scotia or only the big cities?")
     "bc", "british columbia", "saskatchewan", "manitoba", "nova scotia", "new brunswick", "newfoundland",
     # eighty-eighth round (blind37, probe71): Newfoundland's towns and Fort McMurray, where its people work ("me
     # sister moved out to Fort Mac"); not Gander (a look) nor Labrador (a dog)
     "nfld", "corner brook", "mount pearl", "grand falls", "fort mac", "fort mcmurray",
     # fifty-second round (probe35) and fifty-fourth (probe37): Quebec as its Chinese write it ("魁北克的订单几天会到",
     # "Hi from Laval", 人在蒙特婁 你們寄魁北克嗎)
     "魁北克", "魁省", "蒙特娄", "quebec city", "laval", "gatineau", "sherbrooke",
     # ninety-seventh round (blind41, probe80): the North ("Guessing you don't ship all the way up to Whitehorse?" was
     # order-tracking's) and the towns of BC's interior and coast its followers write from
     "yukon", "whitehorse", "yellowknife", "nunavut", "iqaluit", "northwest territories", "育空", "白马市", "黄刀镇",
     "kelowna", "kamloops", "nanaimo", "tofino", "whistler", "squamish", "prince george", "基洛纳"),
    ("澳洲", "墨尔本", "布里斯班", "珀斯", "阿德莱德", "堪培拉", "黄金海岸", "melbourne", "brisbane", "perth",
     "adelaide", "canberra", "gold coast",
     # thirty-fifth round: the country shortened as followers text it ("ship to aus?" had no answer)
     "aus",
     # hundred-and-fifth round (blind44, probe88): the island state and the towns named beside it ("will you deliver to
     # Tasmania", moving to Hobart), Darwin and Cairns
     "tasmania", "hobart", "launceston", "塔斯马尼亚", "霍巴特", "darwin", "cairns"),
    ("新西兰", "纽西兰", "奥克兰", "惠灵顿", "基督城", "new zealand", "nz", "auckland", "wellington",
     "christchurch",
     # eightieth round (blind31, probe63): the towns Kiwis write from ("Do you send to Dunedin?" had no answer); not
     # Hamilton (also Ontario's) nor Nelson (a name)
     "dunedin", "tauranga", "whangarei", "invercargill", "rotorua", "queenstown", "napier", "palmerston north",
     "new plymouth", "whanganui", "gisborne"),
    ("美国", "纽约", "洛杉矶", "旧金山", "西雅图", "波士顿", "芝加哥", "休斯顿", "new york", "nyc", "los angeles",
     "san francisco", "seattle", "boston", "chicago", "houston", "california", "加州",
     # the states and cities followers write from (eighteenth round: "ordering to Colorado", "my parcel in Texas")
     "texas", "florida", "colorado", "oregon", "portland", "denver", "miami", "dallas", "atlanta", "philadelphia",
     "phoenix", "las vegas", "san diego", "hawaii", "new jersey", "arizona", "michigan", "illinois", "massachusetts",
     "德州", "佛罗里达", "夏威夷",
     # eighty-third round (blind32, probe66): Hawaii's islands and towns, as Hawaiian Pidgin tells where it lives
     # ("I stay Hilo side on da Big Island", "how much fo' send um to Honolulu?"); not "lanai" (a porch)
     "honolulu", "檀香山", "hilo", "maui", "oahu", "kauai", "kona", "kapolei", "waikiki", "kailua", "kaneohe",
     "molokai", "lahaina", "pearl city", "big island",
     # seventy-second round (blind29, probe55): the South and New York's boroughs, as their followers write where they
     # live ("Y'all ship down to Alabama?", "come a Brooklyn"); not "georgia" (a country and a name)
     "alabama", "mississippi", "tennessee", "nashville", "louisiana", "new orleans", "kentucky", "north carolina",
     "south carolina", "arkansas", "oklahoma", "brooklyn", "the bronx", "queens ny",
     # eightieth round (blind31, probe63): the Midwest ("do you ship to Minnesota? No worries if not" had no answer)
     "minnesota", "minneapolis", "iowa", "des moines", "ohio", "cleveland", "cincinnati", "wisconsin", "milwaukee",
     "indiana", "indianapolis", "missouri", "kansas", "nebraska", "omaha", "st louis", "detroit",
     # eighty-eighth round (blind37, probe71): Pennsylvania's and Delaware's, as yinzers and Philadelphians write
     # them ("closest one to Pittsburgh", "get to South Philly"); not "jersey" alone (a shirt)
     "pittsburgh", "pennsylvania", "philly", "south philly", "delaware",
     # ... and America itself, as patois' "Merica" is read ("only Canada an Merica"); South and Latin America are
     # the other countries' (longer, read first)
     "america"),
    # Hong Kong and Taiwan, where the shop ships as to the mainland (shipping-time and shipping-cost count them with
    # it), as one region: the FAQ asks "我在香港能买吗" only, and 台湾 alone (its answer's word) left "你们寄台湾吗"
    # unanswered; their cities and districts as followers write where they live (人在高雄, 住荃湾). Not 台中 or 台南,
    # which 平台中 and 阳台南 also contain (twentieth round)
    ("香港", "九龙", "新界", "港岛", "沙田", "荃湾", "元朗", "屯门", "将军澳", "旺角", "铜锣湾", "hong kong", "kowloon",
     # seventy-sixth round (blind30, probe59): as Kongish writes it and its districts' English names ("deliver to HK
     # ar? I live in Mong Kok")
     "hk", "mong kok", "tsim sha tsui", "causeway bay", "sha tin", "tsuen wan", "tuen mun", "yuen long", "kwun tong",
     "台湾", "台北", "新北", "高雄", "桃园", "新竹", "基隆", "嘉义", "花莲", "taiwan", "taipei", "taichung", "tainan",
     "kaohsiung",
     # eighty-eighth round (blind37, probe71): Taiwan's outlying islands and their towns, as Kinmen islanders write
     # where they live ("住金門的可以下單嗎", "離島會不會不送"); 离岛 is Hong Kong's Islands District too
     "金门", "马祖", "澎湖", "离岛", "金城镇", "金湖镇", "金宁乡", "金沙镇", "烈屿", "兰屿", "绿岛", "小琉球", "台东",
     "屏东", "宜兰", "花莲县", "kinmen", "matsu", "penghu"),
    ("国家", "country", "countries", "overseas", "abroad", "international", "internationally", "海外", "国外",
     "新加坡", "日本", "韩国", "英国", "德国", "法国", "意大利", "西班牙", "荷兰",
     "瑞士", "瑞典", "爱尔兰", "欧洲", "马来西亚", "泰国", "越南", "菲律宾", "印尼", "印度", "迪拜", "杜拜", "墨西哥",
     "巴西", "澳门", "氹仔", "singapore", "japan", "korea", "uk", "england", "britain", "germany", "france", "italy",
     "spain", "netherlands", "switzerland", "sweden", "ireland", "europe", "malaysia", "thailand", "vietnam",
     "philippines", "indonesia", "india", "dubai", "mexico", "brazil", "macau", "macao",
     # eighty-fourth round (blind35, probe67): the United Kingdom named in full, as a letter names it
     "united kingdom", "great britain",
     "伦敦", "巴黎", "柏林", "曼彻斯特", "london", "manchester", "scotland", "paris", "berlin", "amsterdam",
     # the capitals and big cities of those countries a follower lives in (eighteenth round: "I stay in Manila now")
     "tokyo", "osaka", "seoul", "bangkok", "manila",
     # seventy-seventh round (probe60): Japan's and Korea's cities as their Chinese write where they live
     # ("人在东京，能下单不", "我在福冈 能不能寄过来" had no answer); not 京都 (北京都…)
     "东京", "大阪", "福冈", "名古屋", "札幌", "横滨", "冲绳", "神户", "首尔", "釜山", "济州岛", "fukuoka", "nagoya",
     "sapporo", "yokohama", "okinawa", "kobe", "kyoto", "busan", "incheon",
     "kuala lumpur", "jakarta", "hanoi", "ho chi minh", "mumbai", "delhi", "dublin", "edinburgh", "madrid", "rome",
     "milan", "munich", "zurich", "stockholm",
     # thirty-ninth round (probe22): the rest of Europe and Malaysia as their Chinese families write where they live
     # ("你们发奥地利吗 维也纳", "新山可以寄吗" had no answer). Not 汉堡 (a hamburger), 马赛 (马赛克, a mosaic), 巴生
     # (嘴巴生痘) or 芙蓉 (a flower)
     "奥地利", "维也纳", "比利时", "布鲁塞尔", "葡萄牙", "里斯本", "丹麦", "挪威", "芬兰", "波兰", "捷克", "布拉格",
     "希腊", "匈牙利", "卢森堡", "马德里", "巴塞罗那", "米兰", "罗马", "威尼斯", "佛罗伦萨", "阿姆斯特丹", "鹿特丹",
     "海牙", "慕尼黑", "法兰克福", "杜塞尔多夫", "科隆", "斯图加特", "里昂", "尼斯", "申根", "欧盟", "吉隆坡", "槟城",
     "新山", "柔佛", "马六甲", "怡保", "古晋", "亚庇", "沙巴", "砂拉越", "雪兰莪", "austria", "vienna", "belgium",
     "brussels", "portugal", "lisbon", "denmark", "norway", "finland", "poland", "czechia", "prague", "greece",
     "hungary", "luxembourg", "barcelona", "frankfurt", "hamburg", "cologne", "stuttgart", "lyon", "rotterdam",
     "the hague", "schengen", "penang", "johor", "johor bahru", "melaka", "malacca", "ipoh", "kuching", "sabah",
     "sarawak", "selangor",
     # stop 38 (lead29): Latin America, Africa, the Middle East and the rest of Asia, where Chinese families
     # live too ("我在南非约翰内斯堡，你们发货吗", "我在肯尼亚内罗毕 可以买吗" had no answer). Not 利马
     # (顺利马上), 多哈 (好多哈哈), 阿曼 (阿曼达), 蒙古 (内蒙古 is China), 加纳 (增加纳税); not "jordan",
     # "turkey", "georgia", "lima" (words and names)
     "阿根廷", "布宜诺斯艾利斯", "智利", "秘鲁", "哥伦比亚", "波哥大", "巴拿马", "哥斯达黎加", "委内瑞拉", "厄瓜多尔",
     "乌拉圭", "巴拉圭", "玻利维亚", "古巴", "多米尼加", "圣保罗", "里约", "墨西哥城", "南美", "拉美", "南非",
     "约翰内斯堡", "约堡", "开普敦", "尼日利亚", "拉各斯", "肯尼亚", "内罗毕", "埃及", "开罗", "摩洛哥", "埃塞俄比亚",
     "坦桑尼亚", "安哥拉", "赞比亚", "非洲", "阿联酋", "阿布扎比", "沙特", "利雅得", "卡塔尔", "以色列", "土耳其",
     "伊斯坦布尔", "科威特", "巴林", "约旦", "中东", "俄罗斯", "莫斯科", "柬埔寨", "金边", "缅甸", "老挝", "斯里兰卡",
     "巴基斯坦", "孟加拉", "尼泊尔",
     "argentina", "buenos aires", "chile", "peru", "perú", "colombia", "bogota", "bogotá", "panama", "panamá",
     "costa rica", "venezuela", "ecuador", "uruguay", "paraguay", "bolivia", "cuba", "dominican republic",
     "sao paulo", "são paulo", "rio de janeiro", "mexico city", "méxico", "brasil", "latin america",
     "south america", "south africa", "johannesburg", "cape town", "nigeria", "lagos", "abuja", "kenya", "nairobi",
     "egypt", "cairo", "morocco", "ghana", "accra", "ethiopia", "tanzania", "angola", "zambia", "africa", "uae",
     "abu dhabi", "saudi", "saudi arabia", "riyadh", "qatar", "doha", "israel", "istanbul", "kuwait", "bahrain",
     "middle east", "russia", "moscow", "cambodia", "phnom penh", "myanmar", "laos", "sri lanka", "pakistan",
     "bangladesh", "nepal",
     # eighty-second round (blind33, probe65): Ghana's towns and Mexico's cities, where Ghanaian and Cajun followers'
     # family live ("my auntie dey for Kumasi, una fit post the toner go there?"); not "tema" alone's neighbours
     "kumasi", "tamale", "takoradi", "cape coast", "tema", "guadalajara", "monterrey", "cancun", "cancún", "tijuana",
     "puebla", "oaxaca", "merida", "mérida",
     # seventy-second round (blind29, probe55): the Caribbean and East Africa ("Mi cousin live inna Jamaica, unu can
     # sen ting deh", "Unu sen parcel go Trinidad?" had no answer); not "kingston" (also Ontario's), "grenada"
     "jamaica", "montego bay", "trinidad", "tobago", "trinidad and tobago", "barbados", "bahamas", "nassau",
     "st lucia", "saint lucia", "guyana", "cayman islands", "caribbean", "haiti", "puerto rico", "bermuda",
     "antigua", "belize", "mombasa", "kisumu", "uganda", "kampala", "rwanda", "kigali",
     # eightieth round (blind31, probe63): the North of England's and Wales' towns and Wales itself ("Can you post to
     # Swansea, bach?" had no answer); not Newcastle or Liverpool (also Australia's), Scarborough (Toronto's),
     # Birmingham (Alabama's) nor York
     "wales", "cardiff", "swansea", "leeds", "sheffield", "bradford", "glasgow", "bristol", "nottingham",
     # seventy-ninth round (blind31, probe62): Indonesia's cities as its Chinese write where they live ("bisa kirim ke
     # Surabaya nggak?")
     "雅加达", "泗水", "棉兰", "万隆", "巴厘岛", "surabaya", "medan", "bandung", "bali", "yogyakarta", "semarang",
     # eighty-eighth round (blind37, probe71): the Pacific islands', Russia's and Myanmar's places where Chinese
     # families live ("我在斐济开了个小超市", "从腊戌来台湾读书", "我在新西伯利亚"), and the West Country's towns
     # ("me mum's still in Taunton"); not Devon (a name) nor Cornwall (Ontario's too)
     "斐济", "汤加", "萨摩亚", "瓦努阿图", "所罗门群岛", "巴布亚新几内亚", "大溪地", "关岛", "帕劳", "塞班", "苏瓦",
     "楠迪", "fiji", "tonga", "samoa", "vanuatu", "tahiti", "guam", "palau", "saipan", "papua new guinea", "suva",
     "新西伯利亚", "海参崴", "符拉迪沃斯托克", "圣彼得堡", "伊尔库茨克", "哈巴罗夫斯克", "叶卡捷琳堡", "vladivostok",
     "st petersburg", "saint petersburg", "novosibirsk", "仰光", "曼德勒", "腊戌", "瓦城", "yangon", "mandalay",
     "somerset", "taunton", "exeter", "dorset", "yeovil", "torquay", "truro", "gloucester", "swindon", "wiltshire",
     # ninetieth round (blind36, probe73): Iceland and the Nordic capitals where a follower spends a winter ("a
     # knitting retreat all winter in Reykjavik ... send an order to Iceland")
     "冰岛", "雷克雅未克", "iceland", "reykjavik", "oslo", "copenhagen", "helsinki"),
)

# Words customers of any shop use interchangeably, in Chinese and English, merged with the brand's
# own `synonyms` (a word in both joins the two groups). Colloquial forms first, then the common
# vocabulary of orders, payment, skincare and jobs. Brand-specific words belong in faq.yaml.
BUILTIN_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("什么", "啥", "咩", "甚么"),
    ("怎么", "咋", "怎样", "如何", "点样"),
    ("没有", "木有", "冇", "没得"),
    ("可以", "能不能", "可不可以", "行不行"),
    # "you guys" is a pronoun, not men's skincare; "you lot" London's (eighty-third round: "you lot got any shops")
    ("you", "u", "ya", "you guys", "u guys", "yall", "you lot",
     # eighty-eighth round (blind37, probe71): Pittsburgh's yinz, Philadelphia's youse, Newfoundland's ye
     "yinz", "youse", "yous", "ye"),
    ("your", "ur"),
    ("please", "pls", "plz"),
    # orders and delivery
    ("发货", "寄出", "发出", "出货", "ship out", "dispatch",
     # phrasal verbs (seventeenth round): "does it go out today", "when does my order head out"
     "go out", "goes out", "went out", "gone out", "send out", "sent out", "head out", "heads out"),
    ("收到", "到货", "送到", "arrive", "receive", "show up", "get here",
     # the courier handing the parcel over (eighteenth round: "wants 20 bucks before he hands it over")
     "hand over", "hands over", "handing over", "handed over", "hand it over", "hands it over", "hand the box over",
     "land",  # "when will it land in Calgary" (faq12)
     "turn up", "turns up", "turned up",  # "still hasn't turned up" (seventeenth round)
     "rock up", "rocks up", "rocked up"),  # Australian: "when should it rock up" (twenty-fourth round)
    ("丢件", "丢了", "丢失", "lost"),
    # ... but "I'm lost" is a follower confused, not a parcel gone ("the bottles are lined up on my counter, I'm
    # honestly lost, what order do they go on": package-problem took it once "counter" was no longer "country")
    ("confused", "im lost", "i am lost", "im so lost", "im honestly lost", "im a bit lost", "im kinda lost",
     "im completely lost", "im totally lost"),
    ("收件人", "收货人", "recipient", "receiver"),  # the recipient's ID (shipping-to-china's answer)
    # the courier as followers name the person at their door (eighteenth round: "the UPS guy", "the delivery guy";
    # "guy" alone is men's skincare's)
    ("courier", "delivery guy", "delivery man", "delivery driver", "delivery person", "ups guy", "ups man",
     "ups driver", "canada post guy", "mailman", "postman", "mail carrier", "postie"),
    ("取消", "撤销", "cancel"),
    ("地址", "收货地址", "address"),
    ("寄回", "退回去", "send back"),
    ("return", "send it back", "send them back", "ship it back", "mail it back", "post it back", "take it back",
     "bring it back"),
    ("破损", "裂了", "裂开", "开裂", "烂了", "整烂", "crack", "cracked", "smashed", "shattered"),
    # money
    ("价格", "价钱", "售价", "price"),
    ("付款", "支付", "付钱", "pay", "payment"),
    ("信用卡", "借记卡", "刷卡", "visa", "mastercard", "万事达", "amex", "美国运通", "credit card", "debit card",
     "银行卡", "bank card",
     # the card's brand with 卡 as Hong Kong and the diaspora write it (用唔用得master卡埋单: twenty-first round)
     "master 卡", "master card", "万事达卡"),
    ("微信支付", "wechat pay"),
    ("支付宝", "alipay"),
    ("人民币", "rmb", "cny", "yuan"),
    # ... and as followers name them (faq12: "is that loonies or greenbacks?")
    # (not "canadian dollars" and the like: they took "dollar" out of the FAQ's own questions, "charged in renminbi
    # instead of dollars" lost its answer)
    ("加币", "加元", "cad", "loonie", "loonies", "toonie", "toonies"),
    ("澳币", "澳元", "aud"),
    ("美元", "美金", "usd", "greenback", "greenbacks"),
    # the currencies of Hong Kong and Taiwan (and others the shop does not price in), which followers there ask to pay
    # in: a currency, the currency entry's 币种 ("可以用台币付款吗" was payment-methods': 付款 outweighed a word no
    # entry knew). Twentieth round
    ("币种", "港币", "港元", "港纸", "台币", "新台币", "纽币", "英镑", "欧元", "日元", "hkd", "twd", "ntd"),
    ("汇率", "exchange rate"),
    ("优惠码", "促销码", "优惠代码", "voucher", "coupon code"),
    ("批发", "进货", "拿货", "wholesale", "bulk order"),
    # account and privacy
    ("手机号", "电话", "电话号码", "phone", "phone number"),
    ("账号", "账户", "帐号", "帐户", "account"),
    ("删除", "注销", "delete"),
    ("隐私", "个人信息", "个人资料", "个资", "privacy", "personal information", "personal data", "personal info",
     "my data",
     "my info"),
    ("推送", "通知", "notification"),
    ("退订", "unsubscribe", "取消订阅", "取消推送"),
    ("订阅", "subscribe"),
    ("礼物", "礼品", "gift", "present"),
    ("邀请好友", "邀请朋友", "推荐好友", "推荐朋友", "介绍朋友", "介绍好友", "refer a friend", "refer friends"),
    ("包装", "wrap", "wrapping"),
    ("群聊", "微信群", "group chat"),
    ("营业时间", "上班时间", "工作时间", "business hours", "opening hours"),
    ("周末", "周六", "周日", "星期六", "星期天", "星期日", "礼拜天", "weekend", "saturday", "sunday",
     # twenty-seventh round: the days as spoken Mandarin names them (礼拜六, 礼拜日)
     "礼拜六", "礼拜日", "周六日"),
    # skin and products
    ("护肤", "skincare", "skin care"),
    ("皮肤", "肌肤", "skin"),
    ("香味", "香精", "香料", "香水", "味道", "scent", "scented", "fragrance", "perfume", "smell",
     "unscented",
     # thirty-fourth round: the claim said short ("是无香的吗", "有无香款吗"), as "unscented" is
     "无香", "无香精", "无香料", "无香型"),
    ("多久", "how soon", "how fast", "how quickly", "by when"),
    ("生日", "birthday", "bday", "b-day",
     "birth date", "date of birth", "birthdate", "dob"),  # a form's words for it (eighteenth round)
    ("正品", "legit"),
    ("营业时间", "what time do you close", "what time do you open", "几点关门", "几点开门"),
    ("过敏", "allergic", "allergy", "allergic reaction", "reaction", "红肿", "肿了", "swollen", "swelling",
     "肿起来", "肿起"),  # twenty-fifth round: 臉腫起來 (swelled up)
    ("关税", "extra fee", "extra fees", "extra charge", "extra charges", "additional fees", "额外费用", "额外收费",
     # Taiwan's words for a duty (進口稅, 課稅: levied), twenty-fifth round
     "进口税", "进口关税", "课税", "课关税", "import tax", "import taxes",
     # twenty-seventh round: a duty named by the border it crosses (跨境税) and the courier's bill for it
     "跨境税", "import charges", "import charge"),
    ("交税", "缴税", "缴关税", "缴进口税"),  # paying it, as Taiwan writes it (要自己繳嗎)
    ("合作", "洽谈", "洽谈合作", "洽询合作"),  # Taiwan: 想洽談合作 (to discuss a partnership)
    # a tracking number as Taiwan and Hong Kong write it (追蹤編號, 追蹤碼, 追蹤號碼) and the mainland's long forms
    ("单号", "追踪号码", "追踪编号", "追踪码", "追踪号", "快递单号", "运单号", "物流单号"),
    ("退款", "my money", "money back"),
    ("包邮", "delivery free", "shipping free", "免运"),
    ("发痒", "很痒", "itchy", "itch"),
    ("脱皮", "起皮", "掉皮", "peel", "peeling", "flaky"),
    ("保湿", "补水", "滋润", "moisturize", "hydrate", "hydrating"),
    ("面霜", "乳霜", "cream", "moisturizer"),
    ("洁面", "洗面奶", "洗脸", "cleanser", "face wash"),
    ("精华", "精华液", "serum"),
    ("小样", "试用装", "样板", "办装", "sample", "trial size",
     # eighty-third round (blind32, probe66): a trial kit as Taiwan and gamers name it (整套的體驗裝, 体验装)
     "体验装", "体验套装"),
    ("正品", "真货", "authentic", "genuine"),
    ("假货", "仿品", "fake", "counterfeit", "knockoff", "knock off", "replica"),
    ("油皮", "油性皮肤", "出油", "oily skin", "oily"),
    ("干皮", "干性皮肤", "dry skin"),
    ("混合皮", "混油", "混干", "combination skin"),
    ("男士", "男生", "男人", "男的", "men", "man", "male",
     "bloke", "blokes", "lads", "fella", "fellas"),  # British and Australian (twenty-fourth round: "can blokes use it")
    ("推荐", "建议", "recommend", "suggest"),
    ("冬天", "冬季", "winter"),
    ("夏天", "夏季", "summer"),
    # Taiwan, Hong Kong and diaspora usage (after OpenCC, so in simplified characters) for the same things
    ("门店", "门市", "店铺", "店面"),
    ("护肤", "保养"),
    ("退款", "退费"),
    ("快递", "宅配"),
    # nineteenth round: "my things" are what one ordered, as "where's my stuff" is (我啲嘢 / 我嘅嘢 read as 我的东西):
    # 东西 alone, rare in the FAQ, had made "我的东西发了没" package-problem's ("收到的东西破了")
    ("快递", "我的东西", "我买的东西"),
    ("推送", "推播"),
    ("消息", "讯息"),  # not 信息: 个人信息 is information (privacy), not messages
    ("照片", "相片", "photo", "picture"),
    ("简历", "履历"),
    ("长痘", "冒痘", "爆痘", "起痘"),
    # jobs
    ("申请", "应聘", "应征", "投递", "apply", "application",
     # handing an application in (要去哪里交申请, 在哪提交申请): applying, twenty-fifth round
     "交申请", "提交申请", "递交申请", "交申请表", "提交申请表"),
    # silence after an application or a message ("applied 2 weeks ago and total silence", "crickets since"): no reply
    ("no reply", "total silence", "radio silence", "complete silence", "dead silence", "crickets", "been ghosted",
     "got ghosted", "ghosted me"),
    ("招聘", "招人", "hiring", "hire"),
    ("实习", "internship", "intern"),
    ("工签", "学签", "学生签证", "留学签证", "工作签证", "study visa", "student visa"),
    ("英文", "英语", "english"),
    ("中文", "汉语", "chinese"),
    ("普通话", "国语", "mandarin"),
    ("粤语", "广东话", "cantonese"),
    # durations as Cantonese and Taiwan speakers count them (几多 -> 多少 by DIALECT first)
    ("几天", "几日", "多少日", "多少天"),
    ("下单", "拍下", "拍了", "place an order"),
    # common pinyin-input slips (the same syllables, the wrong character)
    ("取消", "取销"),
    ("敏感", "敏敢"),
    ("刺痛", "刺疼"),
    # Places a follower names instead of the country the FAQ speaks of: a city becomes its country (the
    # FAQ's own store cities, 温哥华, 多伦多 and 悉尼, stay themselves), a country the FAQ does not list
    # becomes "国家" (which countries do you ship to?). Mainland cities join 国内 through the brand's
    # [国内, 中国, ...] group when it has one.
    *PLACES,
)

# Words of other trades: a message that names one is about that trade ("how do i track my flight", "我的猫
#皮肤过敏"), however many words it shares with an entry, unless the entry itself speaks of it (a travel
# brand's FAQ mentions flights; then a flight is not off-topic there). Only words that a shop's
# follower would not use about the shop itself: relationships, phones, schools, hospitals and the
# weather are left out (a gift for a boyfriend, a new phone number, a student job, a dermatologist's
# advice and winter skin are all FAQ questions). Checked against tests/data/faq_near_misses.yaml and
# faq_followers.yaml; words that only the held-out set's messages suggested were left out, so that set
# still measures this list honestly.
OFF_TOPIC: tuple[str, ...] = (
    # pets
    "宠物", "猫", "狗", "猫粮", "狗粮", "兽医", "pet", "pets", "cat", "cats", "dog", "dogs", "puppy", "kitten", "vet",
    # travel and transport
    "机票", "航班", "飞机票", "登机", "航空公司", "航空", "里数", "里程", "机场", "酒店", "民宿", "护照", "驾照",
    "车险", "汽车",
    "打车", "地铁", "flight", "flights", "airline", "airport", "hotel", "airbnb", "passport", "driver licence",
    # sixty-seventh round (probe50): airlines of the Philippines and Nigeria, named for their tickets ("pwede po ba
    # i-refund yung ticket ko sa Cebu Pacific")
    "cebu pacific", "philippine airlines", "airasia", "air peace", "arik air", "ibom air",
    "driving test", "car insurance", "taxi", "uber", "subway",
    # money that is not the order's
    "股票", "基金", "比特币", "加密货币", "贷款", "房贷", "理财", "汇款", "bitcoin", "crypto", "stock market",
    "stocks", "loan", "mortgage", "wire transfer", "bank account", "银行账户",
    # ... and food prices at the market (probe50: "wetin be the price of bag of rice for Lagos now")
    "bag of rice", "price of rice", "foodstuff", "foodstuffs", "garri",
    # fortieth round: what the packaging is made of and where it goes after (a product's packaging is no parcel: see
    # UNSTEMMED, READINGS_EN / READINGS_ZH), refills, and a charge twice or not recognised (a billing problem)
    "recycle", "recycled", "recycling", "eco friendly", "ecofriendly", "environmentally friendly",
    "sustainable", "sustainability", "biodegradable", "compostable", "zero waste", "plastic packaging",
    "plastic free", "环保", "塑料包材", "可降解", "refill", "refills", "refillable", "补充装", "替换装", "补充包",
    "double billing", "unknown charge", "重复扣款",
    # ... and what a follower asks of other shops that this one has not (probe23): gift cards sold (not gift-wrap's
    # card with a message: READINGS_EN reads only a card bought, sold, used or topped up), a loyalty or member card,
    # a student discount, halal or kosher certification
    "gift voucher", "gift certificate", "礼品卡", "礼物卡", "储值卡", "购物卡", "loyalty card", "member card",
    "membership card", "会员卡", "student discount", "student discounts", "学生优惠", "学生折扣", "学生价", "halal",
    "kosher", "清真",
    # housing
    "房租", "租房", "房东", "公寓", "landlord", "apartment", "lease",
    # clothes, shoes and home appliances (faq10: a refund or a return of those is another shop's)
    "鞋子", "球鞋", "运动鞋", "衣服", "外套", "shoes", "sneakers", "clothes", "jacket", "空气净化器", "吸尘器", "家电",
    "洗衣机", "冰箱", "air purifier", "vacuum cleaner", "fridge", "washing machine",
    # health that is not skin
    "发烧", "感冒", "咳嗽", "牙齿", "牙膏", "牙医", "疫苗", "减肥", "洗发水", "头皮屑", "dentist", "teeth", "tooth",
    "toothpaste", "fever", "vaccine", "shampoo", "dandruff",
    # devices, media and games
    "电脑", "笔记本电脑", "屏幕", "iphone", "laptop", "computer", "游戏", "电影", "电视剧", "spotify",
    "youtube", "movie", "movies", "video game",
    # food
    "外卖", "餐厅", "饭店", "火锅", "菜谱", "食谱", "做饭", "奶茶", "restaurant", "recipe", "takeout", "hotpot",
    "ubereats", "doordash",
    # sports and shows
    "球赛", "nba", "nhl", "hockey", "football", "soccer", "basketball", "世界杯", "world cup", "演唱会", "concert",
    # school work, and a school's money (thirty-sixth round: "学校的奖学金申请结果什么时候出" was
    # job-application-status's; an application for a scholarship is the school's), and classes for grown-ups
    # (forty-first round: "老年大学的书法班怎么报名" is no job application)
    "考试", "作业", "exam", "homework", "奖学金", "助学金", "scholarship", "scholarships", "bursary", "bursaries",
    "老年大学", "书法", "兴趣班",
    # sixty-eighth round: a school's papers ("學校的成績單要怎麼申請英文版" was job-language's, on 英文 and 申请); a
    # transcript sent with a CV (简历要附成绩单吗) stays the job's
    "学校的成绩单", "学校成绩单", "成绩单英文版", "成绩单的英文版", "英文成绩单", "在读证明", "在学证明",
    # forty-third round: a school's or a club's fees and canteen, paid however our orders are ("does my kid's school in
    # milan accept alipay for the canteen fees", "幼稚園嘅學費可唔可以用信用卡俾" were payment-methods'), and an
    # older follower's own card from the city (老人卡, 长者卡: "怎么办理 要交钱吗" is not our membership)
    "学费", "午餐费", "餐费", "饭堂", "食堂", "tuition", "school fees", "canteen", "cafeteria", "lunch money",
    "swimming pool", "swimming lessons", "community centre", "community center", "游泳池", "游泳课", "社区中心",
    "老人卡", "长者卡", "乐悠咭",
    # ... and home-made or cured food sent home ("给国内的孙女寄点腊肉 海关让不让寄" is the post office's question)
    "腊肉", "腊肠", "香肠", "牛肉干", "肉干", "月饼",
    # sports, as followers chat about them: leagues, events, the teams of the cities the brand's followers
    # live in (and the best-known ones), the words of a match
    "比赛", "球队", "球星", "进球", "季后赛", "总决赛", "决赛", "打球", "看球", "球迷", "足球", "篮球", "冰球",
    "网球", "奥运", "奥运会", "英超", "欧冠", "超级碗", "湖人", "勇士", "猛龙", "凯尔特人", "热火", "快船", "曼联",
    "皇马", "巴萨", "梅西", "詹姆斯", "nfl", "mlb", "nba", "super bowl", "playoff", "playoffs", "final score",
    "olympics", "premier league", "tennis", "baseball", "raptors", "lakers", "warriors", "celtics", "canucks",
    "maple leafs", "oilers", "flames", "blue jays", "messi", "lebron", "match tonight", "game tonight",
    "game last night",
    # entertainment and leisure
    "综艺", "明星", "追剧", "电视", "小说", "好书", "看书", "音乐", "唱歌", "旅游", "旅行", "景点", "好玩", "滑雪",
    "爬山", "露营", "钓鱼", "netflix", "tv show", "music", "song", "sing", "novel", "vacation", "holiday trip", "ski",
    "skiing", "hiking", "camping", "fishing",
    # the weather (winter-dry-skin's keywords speak of cold weather, so a cold-weather skin question is still its own)
    "天气", "下雨", "下雪", "气温", "好冷", "好热", "weather", "raining", "snowing", "sunny",
    # food and eating out
    "好吃", "吃饭", "食饭", "饮茶", "早餐", "午餐", "晚餐", "宵夜", "披萨", "pizza", "lunch", "dinner", "breakfast",
    # other shops and services
    "超市", "costco", "walmart", "ikea", "健身房", "gym", "银行开户", "开户", "驾校", "学车", "移民", "枫叶卡",
    "身份证续", "续签", "报税", "pr card", "citizenship", "immigration", "tax return",
    # a bank's bill, a visa office's refusal, a university's admissions (tests/data/faq_near_misses.yaml: a card's
    # bill is not how we take cards, a refused study visa not our work-permit question)
    "账单", "分期", "拒签", "被拒", "签证续", "大学申请", "申请大学", "录取", "留学申请", "credit card bill",
    "instalments", "installments", "visa refused", "visa denied", "admission", "admissions", "university application",
    # sixtieth round (probe43): applied to a university or college ("I applied to university in March, how to know the
    # result?" got our application status)
    "applied to university", "applied to college", "apply to university", "apply to college", "applied to uni",
    "applied for university", "applied to grad school", "college application", "school application",
    # forty-fourth round (probe27): gifts that are other shops' goods (a watch, a wallet, jewellery, flowers, a cake)
    # and a party (老公生日送什么 手表还是钱包 took mens-skincare; 生日派对邀请函怎么写 job-resume-tips)
    "手表", "首饰", "项链", "戒指", "手链", "鲜花", "花束", "蛋糕", "jewelry", "jewellery", "necklace",
    "bouquet", "派对", "邀请函", "birthday party", "party invitation",
    # love life and family quarrels ("我男朋友不理我了" is not a men's-skincare question)
    "不理我", "吵架", "分手", "离婚", "恋爱", "相亲", "breakup", "broke up", "divorce", "dating",
    # general knowledge ("what is the capital of canada" is not winter-dry-skin's)
    "capital of", "meaning of life", "prime minister", "president", "population of", "首都", "人生的意义", "总统",
    # twenty-first round: a pregnancy's registration at a hospital (建档: pregnancy-safe answers for skincare only),
    # herbal medicine sent or held (中药: shipping-to-china took "国内寄来的中药被海关扣了")
    "建档", "中药", "中药材", "中成药",
    # money changers ("哪里可以换加币")
    "换汇", "兑换外币", "换外币", "currency exchange office",
    # fifth round (faq5), from the older sets' near questions: a phone and its plan, a car, the post office, a
    # bank's cards and their points or miles, a cake, a pregnancy test, where to go out
    "手机壳", "手机套餐", "话费", "phone plan", "phone case", "cell plan", "data plan", "car", "cars", "买车",
    # seventy-second round (probe55): a phone's credit topped up, the Caribbean's and East Africa's telcos, and a
    # mobile-money transfer sent to the wrong number ("Weh mi can top up mi Digicel phone credit?" once read)
    "phone credit", "airtime", "data bundle", "data bundles", "digicel", "safaricom", "top up my phone",
    "mpesa transaction", "reverse a transaction", "reverse the transaction", "reverse a payment", "reverse the payment",
    "reverse an mpesa", "reverse my mpesa", "sent to the wrong number",
    "邮局", "post office", "银行卡", "挂失", "申请信用卡", "信用卡积分", "信用卡的积分", "里程", "air miles",
    "蛋糕", "cake", "验孕", "pregnancy test", "去哪玩", "出去玩", "哪里好玩",
    # seventh round (faq7), from probes of other trades' questions: a drug by name (not 药 alone: "过敏了要吃药吗"
    # is allergy-reaction's), a train or show ticket, moving house and furniture, a library, a coffee chain, a trip
    "tylenol", "advil", "ibuprofen", "painkiller", "painkillers", "布洛芬", "止痛药", "感冒药", "退烧药",
    "高铁", "火车", "火车票", "高铁票", "车票", "门票", "train ticket", "train station", "by train", "bus ticket",
    "搬家公司", "家具", "沙发", "钢琴", "moving company", "furniture", "sofa", "couch", "piano",
    "图书馆", "library", "星巴克", "starbucks", "tim hortons", "咖啡店", "coffee shop",
    "travel to", "trip to",
    # ... food and drink asked about in pregnancy (pregnancy-safe answers for skincare only), hair and nails, a
    # tourist visa, a tax office, a credit card applied for (not how we take cards)
    "咖啡", "寿司", "螃蟹", "海鲜", "能吃", "可以吃", "coffee", "sushi", "seafood", "eat", "eating",
    "drink", "drinking", "tap water", "租屋",
    # other shops and services a follower also uses (a question about their parcel, return or refund is theirs),
    # tutoring, a phone plan or carrier, a frozen bank card, a VPN, a mole, a rental
    "amazon", "sephora", "ikea", "walmart", "补习", "tutoring", "电话套餐", "转台", "冻结",
    # (ninety-ninth round, blind38's guard: a crowdfunding campaign's pledge, whose refund is its creator's; not
    # "kickstarter" alone, the follower's own reason in a remark: "... need it for the new minis kickstarter lol")
    "indiegogo", "gofundme", "pledge", "pledges",
    "vpn", "翻墙", "痣", "mole", "moles", "rented", "rental",
    "理发", "剪头发", "美甲", "haircut", "barber", "nails done", "eyebrows", "签证材料", "旅游签证", "tourist visa",
    "visitor visa", "cra", "canada revenue", "税局", "apply for a credit card", "credit card application",
    # ninth round (faq9), from probes of other trades' questions: hair, lash, tattoo and filler services (asked "in
    # pregnancy", they are not pregnancy-safe's skincare), a bike or scooter shipped or returned, a deposit
    # (a rental's, not our return), the carriers we do not ship with and the post's letters and stamps (not UPS or
    # Canada Post: followers name them in questions of ours, "will ups charge me import duties"), the cold as
    # small talk, and chatting about the bot's plans
    "染发", "染头发", "烫发", "烫头发", "漂发", "染头", "烫头", "hair dye", "dye my hair", "dyeing my hair", "dye hair",
    "bleach my hair", "hair bleached", "hair bleach", "hair done", "perm", "permed", "接睫毛", "嫁接睫毛", "种睫毛",
    "lash extension", "lash extensions", "eyelash extensions", "lashes done", "纹身", "纹眉", "tattoo", "tattoos",
    "botox", "lip filler", "lip fillers", "fillers", "玻尿酸针", "肉毒",
    "bike", "bikes", "bicycle", "自行车", "单车", "motorcycle", "摩托车", "电动车", "scooter", "helmet",
    "押金", "deposit", "security deposit",
    # ninety-fourth round (probe77's question first, then a remark): a ferry ticket (as a train's above) and a deposit
    # paid to a shop or a trip (订金, 定金: as 押金), whose refund is theirs ("X的订金可以退吗？台风船没开")
    "船票", "ferry ticket", "ferry tickets", "订金", "定金",
    "fedex", "dhl", "usps", "purolator", "letter", "letters", "postcard", "postcards", "stamp", "stamps", "寄信",
    "明信片", "邮票",
    "freezing", "windchill", "wind chill", "零下", "冻死", "热死", "heatwave", "heat wave", "below zero",
    "what are you up to", "what r u up to", "what are u up to", "wyd", "what are you doing tonight", "doing tonight",
    "doing this weekend", "weekend plans", "plans for the weekend", "plans for the long weekend", "plans this weekend",
    "plans tonight", "干嘛呢", "在干嘛", "干啥呢", "周末干嘛", "周末干什么", "你在做什么", "在做什么呀",
    # eleventh round (faq11), from the near questions of every set read as classes: food and formula sent home, a
    # card's fraud, a massage, and freight by sea or air (a forwarder's). Tried and taken out again before the
    # merge (each lost right answers on probes of in-scope questions): other skincare brands ("can i use your
    # toner with the ordinary niacinamide" was niacinamide-combine), drugstores and beauty retailers ("我在屈臣氏买的是
    # 你们的正品吗" was authenticity), couriers (中通 was order-tracking), facials, peels and lasers (a red face after
    # a facial was sensitive-skin), and the weather (an entry that speaks of it, sunscreen, then won "rainy day in
    # vancouver, is the shop open today?"). Not a dermatologist or a doctor: the story of a long question names them
    "零食", "snack", "snacks", "奶粉", "月饼", "盗刷", "被盗", "card got hacked", "card was hacked", "card was stolen",
    "massage", "massages", "按摩", "spa day",
    # seventy-sixth round (probe59): a barber's ("a good barbershop in Causeway Bay")
    "barbershop", "barber shop", "barber", "haircut", "理发店", "剪头发", "海运", "空运", "sea freight", "air freight",
    # stop 27, from the near questions faq15 read in blind12 as classes: more pets (a guinea pig's or a
    # husky's dry skin is the vet's), other companies' deliveries, jobs and accounts (a clothing chain's parcel,
    # a fast-food chain's part-time work), a government office's processing. Not a social network: "bought a lumi
    # set off facebook marketplace" is authenticity's
    "guinea pig", "hamster", "husky", "golden retriever", "corgi", "parrot", "puppies", "kittens", "仓鼠", "豚鼠",
    "荷兰猪", "哈士奇", "金毛", "柯基", "鹦鹉", "狗狗", "猫咪", "猫猫",
    "h&m", "zara", "uniqlo", "shein", "mcdonalds", "mcdonald's", "麦当劳", "肯德基", "kfc", "subway sandwich",
    "service canada", "servicecanada", "centrelink", "统一发票", "發票中獎", "发票中奖",
    # eighteenth round, from the near questions of every set read as classes: a lawyer, a shot, boots, a baby's
    # nappy. (Its other businesses' names, an airline's, a carrier's, a pharmacy's own account, points and jobs, are
    # bot/content/elsewhere.py's: as off-topic words they vetoed questions addressed to us, "I bought your cleanser at
    # London Drugs, can I return it to you?", as the eleventh round found.)
    "lawyer", "immigration consultant", "flu shot", "covid shot", "boots", "leather",
    # eightieth round (probe63): an orchard's or a chip shop's casual work and hours ("any casual work going at the
    # orchard down the road", "what time's the chippy open till")
    "orchard", "orchards", "fruit picking", "chippy", "chip shop",
    "diaper", "diapers", "diaper rash", "nappy", "nappy rash",
    # nineteenth round: whether one may fly, and luggage (flying pregnant is the airline's or the doctor's, what
    # goes in a carry-on the airport's: pregnancy-safe and the samples' travel sizes took them). Not "fly" or 飞机
    # alone: a trip is the deadline of many shipping-time stories ("I need it before I fly", "my mom flies in on
    # the 18th"); only the asking of it ("safe to fly", 能坐飞机). And a lost card or document reissued (补领, 补办:
    # the issuer's counter, never a shop's; 挂失 is above)
    "okay to fly", "ok to fly", "safe to fly", "can i fly", "can i still fly", "allowed to fly", "fly while",
    "flying while", "可以坐飞机", "能坐飞机", "可以坐长途飞机", "能坐长途飞机", "可以搭飞机", "能搭飞机",
    "行李", "托运", "carry on", "carry-on", "carryon", "luggage", "baggage", "checked bag", "补领", "补办",
    # ... insect bites (a bite's red itchy patch is not a reaction to a product: allergy-reaction took them), a
    # residence status (immigration, above), a deposit in Cantonese (按金, as 押金 above), where to go out
    # (好去处, as 去哪玩 above), and a service the shop does not sell asked of it: a hair or nail salon, a facial booked
    # (not "facial" alone: a red face after a facial is sensitive-skin's), a doctor to recommend
    "蚊子", "蚊虫", "虫咬", "被咬", "mosquito", "mosquitoes", "mosquito bite", "bug bite", "bug bites",
    "insect bite", "insect bites", "bee sting", "permanent resident", "permanent residence",
    "permanent residency", "永久居民", "永居",
    "入籍", "按金", "好去处", "hair salon", "nail salon", "book a facial", "do facials", "get a facial",
    "facial appointment", "做脸", "做面部护理", "good dermatologist", "a dermatologist in", "family doctor",
    "walk in clinic", "家庭医生",
    # twentieth round: a carrier's own service, which the FAQ names a carrier for but never speaks of: the days it
    # delivers or picks up ("does canada post deliver on saturdays", "does ups pick up on sundays") and a postal strike
    # ("is the canada post strike over"); no entry says whether anyone delivers at the weekend
    "deliver on sunday", "deliver on sundays", "deliver on saturday", "deliver on saturdays", "deliver on weekends",
    "deliver on the weekend", "deliver on holidays", "pick up on sunday", "pick up on sundays", "pick up on saturday",
    "pick up on saturdays", "pick up on weekends", "strike", "strikes", "on strike", "postal strike", "罢工",
    "周日派件", "周末派件", "周日送货", "周末送货",
    # ninety-fourth round (probe77): a bigger size asked (READINGS_EN reads "a larger bottle", "family size", "bigger
    # jars" as the size range): no entry says which sizes there are, and the samples' travel and trial sizes,
    # routine-order's cream or sunscreen's were wrong answers ("do you have a bigger size" got the samples)
    "size range", "size ranges",
    # stop 31 (lead), from probes of everyday questions: the clock, the calendar and the thermometer ("what's the
    # time in toronto" was shipping-time's, 现在北京几点了 business-hours', 多伦多现在几度 a menu), a phone or its SIM
    # card ("do you sell phones" was privacy's: it "never sells" data), a barbecue (product-recommendation's), a
    # SIN or a tax number (job-apply's)
    "what time is it in", "what time is it now", "what time is it there", "what time is it rn", "whats the time",
    "what is the time", "what day is it", "whats the date", "what is the date", "today date", "现在几点", "几点了",
    "而家几点", "宜家几点", "今天几号", "今日几号", "今天星期几", "今日星期几", "今天礼拜几", "现在几度", "今天几度",
    "今日几度", "现在多少度", "今天多少度", "gonna snow", "going to snow", "gonna rain", "going to rain",
    # ("几度" alone was a winter story's "零下二十几度", 几点啊 a question of hours: "几点到几点啊")
    "sell phones", "buy phones", "cell phones", "new phones", "卖手机", "手机店", "sim card", "sim cards", "sim卡",
    "电话卡", "充电器", "充电宝", "charger",
    # ninety-eighth round (probe81): the phone itself broken or repaired (部电话坏咗, 手机屏碎了: read 部电话 as
    # 手机, it was order-change-address'), a phone shop's matter
    "手机坏", "手机屏", "修手机", "手机维修", "phone repair", "broken phone", "cracked screen",
    "power bank", "bbq", "barbecue", "烤肉", "烧烤", "sin number", "social insurance number", "sin号",
    "tax file number",
    # ... and praise ("ur products changed my life" was shelf-life's)
    "changed my life", "saved my life", "lifesaver", "life saver",
    # ... and how soon a product works: no entry says (shipping-time took "how long till i see results", 多久见效)
    # (not "see results" alone: an interview's or an application's results are job-application-status')
    "till i see results", "until i see results", "to see results", "see results from", "see a difference",
    "see any difference", "见效", "看到效果", "几耐见效",
    # twenty-second round: a sale day asked about ("any plans for black friday" was cruelty-free's, "is it black
    # friday yet" refund-time's): no entry speaks of sales days. Only as the asking of a sale, not the day alone:
    # 黑五期间发货会不会慢 is shipping-time's, casual staff for black friday job-part-time's
    "plans for black friday", "black friday yet", "black friday sale", "black friday sales", "black friday deal",
    "black friday deals", "black friday discount", "black friday discounts", "doing black friday",
    "do black friday", "for black friday this year", "cyber monday", "boxing day sale", "boxing day sales",
    "boxing day deals", "黑五活动", "黑五有什么活动", "黑五有活动", "黑五打折", "黑五优惠", "黑五折扣", "黑色星期五",
    "双十一活动", "双十一打折", "双十一优惠", "双11活动", "双11打折", "双11优惠",
    # ... collecting an order in person instead of its delivery (no entry: "can i pick it up instead of shipping" was
    # exchange's on "instead")
    "pick it up", "pick up my order", "pick up the order", "pick up my parcel", "pick up my package",
    "local pickup", "in store pickup", "store pickup", "curbside", "自提", "自取", "到店取", "门店取货", "上门取货",
    # ... where the company is and which country the brand is from (no entry: 你们公司在哪 was receipt-invoice's,
    # 是不是韩国货 shipping-destinations')
    "公司在哪", "公司在哪里", "总部在哪", "总部", "哪个国家的品牌", "哪国的品牌", "哪里的品牌",
    "哪个国家的牌子", "哪国的牌子", "韩国货", "日本货", "韩国牌子", "日本牌子", "韩国品牌", "日本品牌", "国货",
    "where are you based", "where is your company", "where is your head office", "head office", "headquarters",
    "what country is", "which country is", "korean brand", "japanese brand",
    # ... a government office's processing time and a tax refund (IRCC is the brand's own word, in a tutorial:
    # "how long is IRCC taking for PGWP applications" was job-application-status', the ATO's refund refund-time's)
    "ircc taking", "ircc take", "ircc to process", "ircc processing", "tax refund", "ato", "mygov",
    # ... a bank's exchange rate and a payment app's identity check ("人民币换加币哪个银行汇率好" was currency's,
    # "支付宝实名认证一直失败" payment-methods'): the FAQ's rate is the one at payment
    "哪个银行", "哪家银行", "银行汇率", "今天的汇率", "今日汇率", "今天汇率", "换加币", "换澳币", "at the bank",
    "which bank", "rate today", "todays rate", "实名认证", "实名验证",
    # ... and the development sets' near questions answered, as kinds: tea sent home (as 零食 above), perfume sold
    # (fragrance-alcohol-free answers what is in ours), a credit card's annual fee and a card bound to a payment app
    # (payment-methods'; not 年费 alone, a membership fee is membership's; not 绑卡 alone, "微信没绑卡" asks how to
    # pay), a visa renewed, learning English, the phone to buy, a scam suffered elsewhere, and praise of how it looks
    # ("your packaging is so pretty" was order-tracking's)
    "茶叶", "卖香水", "sell perfume", "sell perfumes", "sell fragrances", "sell cologne", "信用卡年费", "卡年费",
    "怎么绑定信用卡", "绑定海外信用卡", "签证怎么续", "怎么续签", "renew my visa", "renew my passport",
    "学英文", "学英语", "英文怎么学", "英语怎么学", "best phone", "phone to buy", "got scammed", "was scammed",
    "been scammed", "so pretty", "so cute", "looks so pretty",
    # stop 32 (lead), from probes: whether a product is in stock (no entry knows: "do you have it in stock" was
    # wholesale-partnership's, on "stock your products"), starting over with no course begun ("restart" and 从头开始
    # were retinoid-start's), new products coming (新品什么时候上 was shipping-time's) and what a word means ("what
    # does lesson 2 mean by barrier" was stop-messages', on "lessons"). Not "keep asking": a story's relative who
    # keeps asking when it arrives is shipping-time's, a code that keeps saying invalid promo-code's
    "in stock", "out of stock", "back in stock", "restock", "restocked", "sold out", "有货吗", "有现货", "缺货",
    "补货", "断货", "几时有货", "有冇货", "卖完了", "restart", "start over", "从头开始", "重新开始", "上新",
    "新品什么时候", "新品几时", "什么时候上新", "new products coming", "any new products", "new launch",
    "new launches", "mean by",
    # twenty-fourth round, the near questions of blind18 read as kinds: a consulate's or an embassy's business
    # (中国领事馆周末上班吗 was business-hours'), a messaging account banned by its platform (微信号被封了 was
    # privacy's: no entry speaks of a ban), a card's annual fee written with 的 (as 信用卡的积分 above), and
    # volunteering (a school's or a charity's programme: a child's volunteer resume was job-resume-tips'; no entry
    # offers unpaid work)
    "领事馆", "领馆", "大使馆", "使馆", "consulate", "embassy", "被封", "封号", "号被封", "account banned",
    "account got banned", "account was banned", "got banned", "account suspended", "account got suspended",
    "信用卡的年费", "卡的年费", "volunteer", "volunteers", "volunteering", "志愿者", "义工", "做义工",
    # twenty-seventh round: a joke told ("knock knock. who's there? lettuce..." was winter-dry-skin's on its cold,
    # "knock knock" alone pregnancy-safe's), asked for, or a riddle: chit-chat, whatever words its punchline has
    "knock knock", "whos there", "who is there", "tell me a joke", "tell you a joke", "heres a joke", "a joke for you",
    "dad joke", "riddle", "讲个笑话", "说个笑话", "讲笑话", "听个笑话", "冷笑话", "脑筋急转弯", "猜谜",
    # thirty-second round: an identity card's own business, renewed, replaced or its address changed (国内身份证地址变更
    # was shipping-to-china's, whose answer asks for the recipient's ID number; 身份证 alone stays that entry's)
    "身份证地址变更", "身份证地址更改", "身份证改地址", "换身份证", "补办身份证", "身份证补办", "办身份证",
    "身份证更新", "更新身份证", "身份证换证", "换领身份证", "renew my id", "replace my id card", "id card renewal",
    # ... and another community's group chat (拉我进小区业主群, "add me to the parents group chat" were join-group's,
    # whose groups are the brand's skincare and careers groups)
    # (not 老乡群 or 妈妈群: the brand's synonyms make them its own 群聊)
    "业主群", "小区群", "家长群", "班级群", "班群", "同学群", "校友群", "租房群", "邻居群",
    "parents group", "parent group", "parents group chat", "parents chat", "class group", "class group chat",
    "class chat", "school group", "school group chat", "alumni group", "neighbourhood group", "neighborhood group",
    "building group", "strata group",
    # ... and money changed or sent home (as 换汇 and 汇款 above: "我想换点人民币" was currency's, "how do i send money
    # to china" shipping-to-china's)
    # (换点: changing some; not 换人民币 alone, "能换人民币付吗" asks to pay in it)
    "换点人民币", "换点加币", "换点澳币", "换点美金", "send money to", "send money home", "transfer money to",
    "exchange rate today", "todays exchange rate",
    # forty-fifth round (probe28): money owed by someone else that has not come (a salary, wages, an insurance claim):
    # the employer's or the insurer's, not refund-time's money back ("i didnt receive my salary yet", "这个月工资还没
    # 到账", "保险理赔的钱还没到" were refund-time's). The pay asked of one of our jobs is no entry's either
    "salary", "paycheck", "paycheque", "payslip", "pay slip", "wages", "发工资", "工资还没", "工资没", "工资还未",
    "工资到账", "工资未到", "理赔", "insurance claim",
    # forty-sixth round (probe29): a tax refund is the government's, not ours ("我的退税还没到账", "退税什么时候到账"
    # were refund-time's; "tax refund" above)
    "退税", "tax return", "tax returns",
    # ... and a person or a ride not come, as READINGS_EN reads it ("the plumber hasnt come yet")
    "no show",
    # seventy-fourth round (probe57): a job at a bank, another employer's ("银行的工作要英语很好吗" was job-language's)
    "银行的工作", "银行工作", "银行的职位", "银行上班", "在银行做", "bank job", "bank jobs", "job at a bank",
    "job at the bank", "work at a bank", "work at the bank", "teller job",
    # eighty-fourth round (probe67): a surfer's gear ("how thick a wetsuit do I need for winter?": winter-dry-skin's)
    "wetsuit", "wetsuits", "surfboard", "surfboards",
)

# Greetings and courtesies: removed before matching, so "你好，请问运费多少" is about 运费, and a bare
# "good morning" or "在吗" matches nothing instead of the entry that happens to contain "morning".
GREETINGS = (
    "你好", "您好", "早上好", "中午好", "下午好", "晚上好", "早安", "午安", "晚安", "在吗", "在不在", "哈喽", "嗨",
    "谢谢", "多谢", "感谢", "辛苦了", "亲亲", "hello", "hi", "hey", "hiya", "good morning",
    "good afternoon", "good evening", "good night", "thanks", "thank you", "thx", "cheers",
    # sixty-second round (probe45): the letter's and the Australian's good day ("Good day. Kindly advise ...")
    "good day", "gday",
    # seventy-second round (blind29, probe55): Swahili greetings of Kenyan English ("Habari ya asubuhi! The weather in
    # Calgary is crazy today" got winter-dry-skin with its greeting unknown), the South's howdy
    "habari", "habari yako", "habari ya asubuhi", "habari za asubuhi", "habari za jioni", "habari za mchana",
    "jambo", "mambo", "asante", "asante sana", "howdy",
    # thirty-eighth round: the polite 您 of older followers' closings, which otherwise stayed as a word of the question
    "谢谢您", "多谢您", "感谢您", "辛苦您了",
)
# "Is this thing on" messages: nothing to match when they are the whole message (with greetings), but a
# word of the question inside one, so never removed from it: "patch test", "animal testing" and "pregnancy
# test" had lost their "test" (the last read 孕妇, and the off-topic marker for it matched every pregnancy
# question, so "where can i buy a pregnancy test" was answered with pregnancy-safe).
TESTS = ("测试", "测试一下", "test", "testing", "anyone there", "anybody there", "is anyone there", "is anybody there",
         "u there", "you there", "are you there", "are u there", "r u there",  # stop 31: "u there?" was I don't know
         "有人吗", "有人在吗", "有没有人",
         # a follower (or a manager) trying the bot: "this is a test" answered allergy-reaction, whose answer
         # speaks of a patch test (judged from outside)
         "this is a test", "just a test", "only a test", "a test", "test message", "just testing", "testing testing",
         "测试消息", "测试下", "测一下", "测测", "试一下",
         # stop 39 (the lead, as a follower): the impatient "anyone?" of a chat, 么 for 吗, English "anybody here"
         "人呢", "人呢人呢", "有人么", "有人在么", "在么", "没人吗", "没人在吗", "没有人吗", "没人理吗",
         "anyone here", "anybody here", "is anyone here", "is anybody here", "anyone home", "anybody home",
         # stop 49 (lead43): whether the bot is still there, after a pause ("还在吗" was "I don't know")
         "还在吗", "还在不", "还在么", "还在不在", "你还在吗", "你还在不在", "still there", "you still there",
         "are you still there", "u still there", "r u still there")

# Cantonese (as written in Hong Kong, Guangdong and the diaspora) -> the Mandarin word a FAQ is written
# in, replaced in place (no spaces: these are parts of Chinese phrases, not words of their own) after
# OpenCC has made the text simplified (bot.text.normalize), so the left side is in simplified forms
# (點樣 arrives as 点样). Everyday grammar words and the few content words every shop meets; 系 alone
# is not mapped (it is also Mandarin: 联系, 系统), only in 系咪 / 系唔系.
DIALECT: tuple[tuple[str, str], ...] = (
    # no word back, as northern Mandarin says it (没信儿, 没个信儿: twenty-sixth round): 没消息, read before the
    # readings that tell a parcel's silence (快递…没消息: no tracking update) from an application's
    ("没信儿", "没消息"), ("没个信儿", "没消息"), ("没个信", "没消息"), ("没回信儿", "没消息"), ("没音信", "没消息"),
    ("石沉大海", "没消息"),  # sunk in the sea: sent and never heard of again
    # thirty-sixth round: Taiwan's bopomofo ㄇ for 吗 (台灣可以收得到ㄇ), ㄅ for 吧 and ㄋ for 呢, as typed with
    # the zhuyin keyboard: the particles they stand for
    ("ㄇ", "吗"), ("ㄅ", "吧"), ("ㄋ", "呢"),
    # fifty-first round (blind24, probe34): the other finals Taiwan types for a particle (壓爛ㄌ, 漏光光ㄌ: 了;
    # 我的ㄉ: 的; 敏感肌ㄟ: 欸; ㄚ: 啊), and Taiwanese Hokkien's 按怎 / 安怎, "how" (這要按怎處理, 運費按怎算)
    ("ㄌ", "了"), ("ㄉ", "的"), ("ㄟ", "欸"), ("ㄚ", "啊"), ("按怎", "怎么"), ("安怎", "怎么"),
    # ... and a parcel's contents crushed as Taiwan and Guangdong say it (壓爛, 压扁: 压坏, the FAQ's)
    ("压烂", "压坏"), ("压扁", "压坏"), ("压碎", "压坏"),
    # ... Taiwan's shelf life (保存期限: 保质期; not 有效期限, which points and coupons have too)
    ("保存期限", "保质期"),
    # ... Guangzhou's 犀利 (厉害: 爆得更犀利)
    ("犀利", "厉害"),
    ("系唔系", "是不是"), ("系咪", "是不是"), ("得唔得", "可以吗"), ("可唔可以", "可以"), ("有冇", "有没有"),
    ("几多", "多少"), ("几耐", "多久"), ("几时", "什么时候"), ("点样", "怎么"), ("点算", "怎么办"),
    ("点解", "为什么"),
    ("边度", "哪里"), ("喺边", "在哪里"), ("去到边", "到哪了"), ("去咗边", "到哪里了"), ("张单", "订单"),
    ("嘅单", "的订单"), ("边个", "哪个"), ("边只", "哪个"), ("边款", "哪款"),
    ("边间", "哪家"), ("乜嘢", "什么"), ("咩嘢", "什么"), ("嘢", "东西"), ("唔该晒", "谢谢"), ("唔该", "谢谢"),
    ("唔", "不"), ("冇", "没有"), ("嘅", "的"), ("咗", "了"), ("啲", "的"), ("哋", "们"), ("佢", "他"), ("俾", "给"),
    ("畀", "给"), ("喺", "在"), ("睇", "看"), ("咁", "这么"), ("嚟", "来"), ("揾工", "找工作"), ("揾", "找"),
    ("而家", "现在"), ("今日", "今天"), ("听日", "明天"), ("琴日", "昨天"), ("寻日", "昨天"), ("返工", "上班"),
    ("开工", "上班"),
    ("放工", "下班"), ("寄返", "寄回"), ("返去", "回去"), ("返嚟", "回来"), ("搽", "涂"), ("好痕", "很痒"),
    ("痕", "痒"),
    ("暗疮", "痘痘"), ("铺头", "门店"), ("间铺", "店"), ("份工作", "份工作"), ("开放工", "开放工"), ("份工", "工作"),
    ("有工开", "有工作"), ("冇工开", "没有工作"),  # 有冇工開: any work going? (verify19: "I don't know")
    # 着数 is a perk, what one gets out of something (做会员有咩着数, 介绍朋友有冇着数, 生日有冇着数), not a price cut:
    # read as 优惠 it tied membership with the promo-code entry into a menu (twentieth round)
    ("着数", "好处"), ("著数", "好处"),
    # home (我屋企喺澳门: "my home is in Macau")
    ("屋企", "家"),
    # 摆 is Cantonese "to keep" (开咗可以摆几耐: how long can it be kept), the Mandarin 放
    ("摆", "放"),
    ("做嘢", "工作"), ("一齐", "一起"), ("男仔", "男生"), ("女仔", "女生"), ("靓", "好看"), ("块面", "脸"),
    ("㗎", ""), ("喎", ""), ("啰", ""), ("咧", ""), ("天气冻", "天气冷"), ("好冻", "好冷"),
    # more everyday Cantonese: the progressive 紧 after common verbs, orders, money and a few nouns
    ("喂紧", "在喂"), ("读紧", "在读"), ("做紧", "在做"), ("用紧", "在用"), ("搽紧", "在涂"), ("等紧", "在等"),
    ("落咗单", "下了单"), ("落单", "下单"), ("俾钱", "付钱"), ("畀钱", "付钱"), ("碌卡", "刷卡"), ("平啲", "便宜点"),
    ("好平", "很便宜"), ("啱啱", "刚刚"), ("唔啱", "不适合"), ("啱唔啱", "适不适合"), ("啱用", "适合用"),
    ("使唔使", "需不需要"), ("唔使", "不用"), ("冇得", "没有"), ("点知", "怎么知道"), ("几钱", "多少钱"),
    ("嗰", "那"), ("攞", "拿"), ("拎住", "拿着"), ("依家", "现在"), ("宜家", "现在"), ("散工", "兼职"),
    ("正货", "正品"), ("行货", "正品"), ("人奶", "母乳"), ("有咗bb", "怀孕了"), ("有bb", "怀孕"), ("仲", "还"),
    ("樽", "瓶"), ("爆咗", "裂了"), ("换过", "换"), ("第二只", "别的"), ("第二款", "别的"), ("第二样", "别的"),
    # thanks and praise as Hong Kong writes them (多谢晒 is "thanks a lot", not 多谢 + 晒, the sun of 防晒; 好嘢
    # "great!", not 好 + 东西), chatting (倾偈, 倾), a small tube (细支) and the order of steps (次序)
    ("多谢晒", "谢谢"), ("好嘢", "好棒"), ("倾偈", "聊天"), ("倾", "聊"), ("细支", "小支"), ("次序", "顺序"),
    # 吓 after a verb is Cantonese 下, "a little" (试吓先: try it first; 睇吓, 问吓); Mandarin's 吓 (scare) keeps it.
    # 埋单 is paying the bill, 推介 recommending, 咁耐 / 好耐 so long / a long time, 未见 not received yet, 细佬 a
    # younger brother, 点分 how to tell, 平卖 sold cheap (twenty-first round)
    ("埋单", "结账"), ("推介", "推荐"), ("咁耐", "这么久"), ("好耐", "很久"), ("未见", "还没收到"), ("细佬", "弟弟"),
    ("点分", "怎么分"), ("平卖", "便宜卖"),
    # thirty-first round: suiting (最啱 / 啱我: 最适合, 适合我; 啱啱 and 唔啱 above keep theirs), which one of a kind
    # (边套, 边支, 边瓶: 哪套...), often (成日: 经常), the T-zone (t字位: T区), the cheeks (两边面: 两颊)
    ("最啱", "最适合"), ("啱我", "适合我"), ("边套", "哪套"), ("边支", "哪支"), ("边瓶", "哪瓶"), ("成日", "经常"),
    ("t字位", "t区"), ("两边面", "两颊"),
    ("试吓", "试下"), ("睇吓", "看下"), ("问吓", "问下"), ("等吓", "等下"), ("搽吓", "涂下"), ("用吓", "用下"),
    # 覆 is Hong Kong's "to reply" (覆你, 幾時會覆); only as a reply, not the 覆 of 覆盖 (cover) or 反覆 (again)
    ("会覆", "会回复"), ("覆返", "回复"), ("覆我", "回复我"), ("覆你", "回复你"),
    ("未覆", "还没回复"), ("冇覆", "没有回复"),
    # ... and replying to messages (覆讯息, 覆message), and as spoken Mandarin says it: answering messages (回消息),
    # anyone paying attention (有人理吗, 没人理); twenty-seventh round
    ("回消息", "回复消息"), ("有人理", "有人回复"), ("有人搭理", "有人回复"), ("没人理", "没人回复"),
    ("没人搭理", "没人回复"), ("回讯息", "回复讯息"), ("覆讯息", "回复讯息"), ("覆信息", "回复信息"),
    ("覆message", "回复消息"), ("覆msg", "回复消息"),
    # ... and 回音, a reply as Hong Kong and Taiwan write it (冇回音, 還沒回音: no answer yet; not an echo in a shop's
    # chat), twentieth round
    ("回音", "回复"),
    # Taiwan (and diaspora) shop words that OpenCC's t2s keeps as they are, as the mainland words a FAQ uses
    # (those the synonyms above already join are not repeated, but for 推播: read first, it makes 取消推播 the
    # phrase 取消推送, unsubscribing, not cancelling an order); here, for the matcher's reading of a message only,
    # and not OpenCC's tw2sp, which rewrote mainland text too (docs/faq.md, fourth round)
    ("推播", "推送"), ("部落客", "博主"), ("点数", "积分"), ("折价券", "优惠券"), ("保养品", "护肤品"),
    ("化妆水", "爽肤水"),
    ("试用品", "小样"), ("试用包", "小样"), ("下订", "下单"), ("简讯", "短信"), ("网路", "网络"), ("软体", "软件"),
    ("烟碱醯胺", "烟酰胺"), ("醯胺", "酰胺"), ("维他命", "维生素"), ("防晒乳", "防晒霜"), ("工读", "兼职"),
    # hiring as Taiwan writes it (徵人 / 徵才: t2s makes 征)
    ("征人", "招人"), ("征才", "招聘"),
    ("柜位", "专柜"), ("升等", "升级"), ("业配", "合作"), ("免运费", "包邮"), ("免运", "包邮"),
    # Sydney as Taiwan names it (雪梨; the mainland's and Hong Kong's 悉尼, a city of the FAQ's stores and shipping
    # times): "我下個月去雪梨玩" named no place the FAQ knows (thirty-first round)
    ("雪梨", "悉尼"),
    # where a parcel has got to (寄到边: 边 alone is also a side, 旁边), at your place (喺你哋度), choosing (拣),
    # paying a tax (俾税: 俾 alone is 给, and 给税 is no Mandarin), easily (好易过敏: sensitive skin)
    ("到边度", "到哪里"), ("到边", "到哪里"), ("哋度", "们那里"), ("拣", "选"), ("俾税", "交税"), ("畀税", "交税"),
    ("俾埋税", "也交税"), ("畀埋税", "也交税"),
    ("好易", "很容易"),
    # faq12: a perfect asked "yet?" (寄咗未, 到咗未: 了没), the copula after a pronoun (我係 / 你係 / 佢係: 系 alone
    # is also Mandarin, 联系, 系统), which ones (边几), how it is counted (点计 / 点计算)
    ("咗未", "了没"), ("我系", "我是"), ("你系", "你是"), ("佢系", "他是"), ("边几", "哪几"), ("点计", "怎么算"),
    # twentieth round: the copula after an adverb or a negation (都系 "all are", 唔系 "is not", 就系, 仲系, 全部系), and
    # 定系 "or" in a choice (A定系B); 一定系 / 肯定系 are "must be", and 确定 / 设定 / 决定 + 系统 keep their 系
    ("都系", "都是"), ("唔系", "不是"), ("就系", "就是"), ("仲系", "还是"), ("全部系", "全部是"), ("定系", "还是"),
    ("一定系", "一定是"), ("肯定系", "肯定是"), ("确定系", "确定系"), ("设定系", "设定系"), ("决定系", "决定系"),
    # OpenCC's t2s makes 帳 帐 (a tent, 蚊帐), where the mainland writes money's 账: 到帳 is 到账, 帳單 账单
    ("帐单", "账单"), ("到帐", "到账"), ("结帐", "结账"), ("帐号", "账号"), ("帐户", "账户"), ("入帐", "入账"),
    ("转帐", "转账"), ("对帐", "对账"), ("付帐", "付账"), ("查帐", "查账"),
    # twenty-fourth round: 晒 after a verb is "all, completely" (烂晒: all broken, 漏晒: all leaked, 出晒汗: sweating
    # buckets), not the sun of 防晒 (blind18: "收到個盒爛晒，支防曬漏到一鑊泡" had no answer); 一镬泡 is a mess; 吹水
    # is chatting
    ("烂晒", "烂了"), ("漏晒", "漏了"), ("湿晒", "湿了"), ("红晒", "红了"), ("出晒汗", "出很多汗"), ("甩晒皮", "脱皮"),
    ("卖晒", "卖完了"), ("用晒", "用完了"), ("漏到一镬泡", "漏了"), ("一镬泡", "一团糟"), ("吹水", "聊天"),
    # twenty-fifth round: a shop as Hong Kong names it with its measure word (间铺头: 间铺 took 铺头's first character
    # and left 头, "店头"), the moment something is done (结账嗰阵: when checking out), a button (个掣), much cheaper
    # (平好多), bumps all over the face (起晒粒: a reaction)
    ("间铺头", "店"), ("嗰阵时", "的时候"), ("嗰阵", "的时候"), ("嗰时", "的时候"), ("个掣", "按钮"), ("掣", "按钮"),
    ("平好多", "便宜很多"), ("起晒粒", "起疹子"), ("起粒", "起疹子"),
    # ... and 晒 after more of the skin's states (痕晒: itchy all over, 肿晒, 干晒), as 红晒 above
    ("痕晒", "痒了"), ("肿晒", "肿了"), ("干晒", "干了"),
    # thirtieth round (probe15): moving house (搬屋), blocking (塞毛孔: 堵), "how then" (点样先 / 点先: 怎么才; 先 after
    # a verb stays "first", 试吓先)
    ("搬屋", "搬家"), ("搬咗屋", "搬家了"), ("塞毛孔", "堵毛孔"), ("点样先", "怎么才"), ("点先", "怎么才"),
    # ninety-eighth round (blind38's Hong Kong parents and bus fans, probe81): 几点先 is "what time then"
    # (幾點先有真人覆: 几点才), not 点先's "how then"; the afternoon and midday (下昼, 晏昼); 乜 alone, "what"
    # (用乜好, 换乜: read as 咩 is, a synonym of 什么); the phone itself (部电话 震, 响: 手机, not 电话's number);
    # joking (讲笑)
    ("几点先", "几点才"), ("下昼", "下午"), ("晏昼", "中午"), ("乜", "咩"), ("部电话", "手机"),
    ("讲笑", "开玩笑"),
    # "ship" as a Cantonese verb with its direction, sent out (ship咗出去, ship出嚟: 发出)
    ("ship咗出", "发出"), ("ship出", "发出"),
    # fifty-seventh round (probe40): the copula after 已经 (已經係最高級: 已经是), no chance (冇戲: 没戏, not 没有戏),
    # itchy as Hong Kong says it with its degree (痕到爆, 面痕: 发痒; 痕 alone is also a mark, 痘痕), a pregnant woman
    # (大肚婆: 孕妇), whether it can be done (有冇得寄: 能不能寄, not 有没有得寄)
    ("已经系", "已经是"), ("冇戏", "没戏"), ("有冇得", "能不能"), ("痕到", "发痒到"), ("面痕", "脸发痒"),
    ("大肚婆", "孕妇"),
    # thirty-ninth round (probe22): Shanghainese as typed (阿拉 we / I, 侬 you, 侬拉 / 伊拉 you all / they, 屋里厢 at
    # home, 早浪向 the morning, 啥地方 where, 啥辰光 when, 几钿 how much); 阿拉伯 / 阿拉斯加 / 阿拉丁 and 伊拉克 keep
    # theirs. The particle 伐 is a reading (READINGS_ZH: 砍伐, 步伐 keep theirs)
    ("阿拉伯", "阿拉伯"), ("阿拉斯加", "阿拉斯加"), ("阿拉丁", "阿拉丁"), ("伊拉克", "伊拉克"),
    ("阿拉", "我们"), ("侬拉", "你们"), ("侬", "你"), ("伊拉", "他们"), ("屋里厢", "家里"), ("早浪向", "早上"),
    ("早浪", "早上"), ("夜里向", "晚上"), ("啥地方", "哪里"), ("啥辰光", "什么时候"), ("几钿", "多少钱"),
    # ... northern Mandarin's 儿化 where a FAQ word has none (这儿, 哪儿, 一块儿, 干活儿, 有信儿: 没信儿 above) and
    # 您呐, a polite address that asks nothing; Sichuanese 莫得 (none), 啥子 (what), 咋个 (how); Malaysian and Singapore
    # 华语 (Mandarin, the language)
    ("这儿", "这里"), ("那儿", "那里"), ("哪儿", "哪里"), ("一块儿", "一起"),
    # (forty-third round: where a parcel has got to, order-tracking's 到哪了, with 哪里 as with 哪儿 or 哪)
    ("到哪里了", "到哪了"), ("到哪儿了", "到哪了"), ("干活儿", "上班"), ("干活", "上班"), ("有信儿", "有消息"),
    ("一点儿", "一点"), ("有点儿", "有点"), ("照片儿", "照片"), ("您呐", ""),
    ("莫得", "没有"), ("啥子", "什么"), ("咋个", "怎么"), ("华语", "中文"), ("国语", "中文"),
    # ... Chongqing's 啷个 (how: "啷个付款嘛" was customs-duties'), Tianjin's and Wu's 介个 (this), Henan's 恁 before a
    # family or plural (恁家, 恁们: you; the literary 恁 alone, "so", keeps its)
    ("啷个", "怎么"), ("介个", "这个"), ("恁家", "你们家"), ("恁们", "你们"),
    # forty-second round (probe25): northeastern Mandarin as typed. 俺 / 俺们 (I, we), 老铁 (buddy: an address that
    # asks nothing; 老铁路 keeps its), 咋整 (what to do; 咋 alone is read 怎么 later), 头回 (the first time), 不中 (no
    # good; 不中意 keeps its), 老爷们(儿) / 爷们儿 (men), 玩意(儿) (the thing), 哪疙瘩 / 这疙瘩 / 这旮旯 (where, here:
    # a 疙瘩 alone is a bump on the skin and keeps its), 搁哪 (在哪), 瞅 (look), 唠 (talk), 中国话 (中文), 一礼拜
    # (a week), 几回 (how many times), 老些 (a lot), 得着 (get), 姐们(儿) / 哥们(儿) (one's friends), 贼 before a
    # state (贼干, 贼冷: very; 贼 alone, a thief, keeps its), 不见影(儿) (not arrived: 钱还不见影)
    ("老铁路", "老铁路"), ("老铁们", ""), ("老铁", ""), ("俺们", "我们"), ("俺家", "我家"), ("俺", "我"),
    # seventy-first round (blind29, probe54): Yunnan and Guizhou 咋个整 / 咋个搞 (what to do), 咋个回事 (what happened),
    # 错掉了 (wrong); shape-alike slips of a phone's handwriting pad (廉职: 兼职, 抱裹: 包裹, 身份怔: 身份证)
    ("咋个整", "怎么办"), ("咋个搞", "怎么办"), ("咋个回事", "怎么回事"), ("错掉了", "错了"), ("廉职", "兼职"),
    ("抱裹", "包裹"), ("身份怔", "身份证"),
    ("咋整", "怎么办"), ("头回", "第一次"), ("头一回", "第一次"), ("不中意", "不中意"), ("不中", "不行"),
    ("老爷们儿", "男士"), ("老爷们", "男士"), ("大老爷们", "男士"), ("爷们儿", "男士"),
    ("玩意儿", "东西"), ("玩意", "东西"),
    ("哪疙瘩", "哪里"), ("这疙瘩", "这里"), ("那疙瘩", "那里"), ("哪旮旯", "哪里"), ("这旮旯", "这里"),
    ("那旮旯", "那里"), ("搁哪", "在哪"), ("瞅瞅", "看看"), ("瞅一眼", "看一眼"), ("瞅", "看"),
    ("唠中文", "说中文"), ("唠英文", "说英文"), ("唠嗑", "聊天"), ("中国话", "中文"),
    ("一礼拜", "一周"), ("几回", "几次"), ("老些", "很多"), ("得着", "得到"),
    ("姐们儿", "姐妹"), ("姐们", "姐妹"), ("哥们儿", "朋友"), ("哥们", "朋友"),
    ("贼干", "很干"), ("贼冷", "很冷"), ("贼油", "很油"), ("贼痒", "很痒"), ("贼贵", "很贵"), ("贼慢", "很慢"),
    ("贼快", "很快"), ("贼好", "很好"), ("贼多", "很多"),
    ("倍儿", "很"), ("好使", "好用"),  # northern 倍儿好使 (works very well: 很好用)
    ("不见影儿", "没到账"), ("不见影子", "没到账"), ("不见影", "没到账"),
    # ... a product opened once (开过封的还能退吗): 开封了
    ("开过封", "开封了"), ("拆过封", "拆封了"),
    # fifty-ninth round (probe42, blind26's Wu and Beijing followers): more Shanghainese as typed. 搿 (this: 搿搭
    # here, 搿个 this one), 哪能 (how; 哪能办 / 哪能弄 what to do), 事体 (a matter), 覅 / 勿要 (don't), 勿 (not: 用勿来,
    # can't use), 钞票 (money), 拨 before whom it goes to (退拨我: give), 物事 (things), 辰光 (time),
    # 今朝 / 昨日 / 前日 (today, yesterday, the day before), 几日天 (how many days), 煞 after a feeling (烦煞: very),
    # 面孔 (the face), 啥人 (who), 侪 (all), 寻 (look for: 寻份工; 寻常 / 寻求 / 寻找 keep theirs), 调 a
    # thing for another (调一只: exchange), the family (阿姐, 姆妈), 红点点 (red spots), 落…单 (an order placed, with
    # 额 / 的 between: 额 is read 的 before, READINGS_YUE)
    ("搿搭", "这里"), ("搿面", "这边"), ("搿个", "这个"), ("搿只", "这个"), ("搿", "这"),
    ("哪能办", "怎么办"), ("哪能弄", "怎么办"), ("哪能回事", "怎么回事"), ("哪能", "怎么"),
    ("回事体", "回事"), ("事体", "事情"), ("覅", "不要"), ("勿要", "不要"), ("用勿来", "用不了"), ("勿", "不"),
    ("钞票", "钱"), ("拨我", "给我"), ("拨侬", "给你"), ("退拨", "退给"), ("寄拨", "寄给"), ("送拨", "送给"),
    ("物事", "东西"), ("辰光", "时候"), ("今朝", "今天"), ("昨日", "昨天"), ("前日", "前天"),
    ("几日天", "几天"), ("烦煞", "烦死"), ("急煞", "急死"), ("痒煞", "痒死"), ("干煞", "干死"), ("面孔", "脸"),
    ("啥人", "谁"), ("侪", "都"), ("寻常", "寻常"), ("寻求", "寻求"), ("寻找", "寻找"),
    ("寻份工", "找份工作"), ("寻工作", "找工作"), ("寻人工", "找人工"), ("寻", "找"),
    ("调一只", "换一个"), ("调只", "换个"), ("调一个", "换一个"), ("调成另外", "换成另外"), ("调成别", "换成别"),
    ("另外一只", "另外一个"), ("阿姐", "姐姐"), ("阿妹", "妹妹"), ("阿哥", "哥哥"), ("姆妈", "妈妈"),
    ("红点点", "红点"), ("落的单", "下的单"),
    # ... Beijing speech: 劳驾 (excuse me: asks nothing), 甭 (don't), 瞧 (look), 多会儿 (how long), 一回 (once),
    # 准信儿 (word back), 零活儿 (odd jobs: 零工), 招儿 (a way), 天儿 (the weather), 今儿(个) / 明儿 / 昨儿 (days),
    # 掌(掌)眼 (have a look for me), 搁 (keep: 能搁多久; 耽搁, 搁置, 搁浅 keep theirs; 搁哪 above), 咱们 / 咱家 (we, our
    # home); other 儿化 (瓶儿, 事儿, 点儿的) is read after (READINGS_ZH). Tianjin's 嘛 before a noun (嘛时候, 嘛情况:
    # what) and northeastern 老鼻子 (a lot). Not Wu's 交关 (a lot: 交关税 is paying the duty, and 交关水 its typo, which
    # the speller mends only while no table knows the word), 俩 (two: read 两个, 找工作找了俩月 became a length of time,
    # the return window's), 晓得 (晓得了 closes a chat: read 知道了 it became a menu) nor
    # 嘎哈 (嘎哈呢, what's up: read 干什么呢 it hid the question after it)
    ("劳驾", ""), ("甭", "不要"), ("瞧", "看"), ("多会儿", "多久"), ("一回", "一次"),
    ("没个准信儿", "没消息"), ("准信儿", "消息"), ("准信", "消息"), ("零活儿", "零工"), ("零活", "零工"),
    ("招儿", "办法"), ("天儿", "天气"), ("今儿个", "今天"), ("今儿", "今天"), ("明儿个", "明天"), ("明儿", "明天"),
    ("昨儿个", "昨天"), ("昨儿", "昨天"), ("掌掌眼", "看看"), ("掌眼", "看看"), ("耽搁", "耽搁"), ("搁置", "搁置"),
    ("搁浅", "搁浅"), ("搁", "放"), ("咱们", "我们"), ("咱家", "我家"),
    ("嘛时候", "什么时候"), ("嘛情况", "什么情况"), ("嘛事", "什么事"), ("嘛意思", "什么意思"),
    ("老鼻子", "很多"),
    # sixty-third round (probe46, blind27's regional followers). Hakka as typed: 𠊎 / 𠊎兜 (I, we), 你兜 / 佢兜 (you,
    # they), 个 as the possessive after a pronoun (𠊎个, 你兜个, 阮个, 你们个: 的; 你们个人 keeps its), 愛 / 唔愛 as
    # want / need (𠊎爱, 唔爱, 爱讲, 爱乜个: 要; 爱 alone stays love), 样般 (how), 几久(正) (how long (until)), 封等
    # (still sealed), 丢忒 (throw away), 抑系 (or), 朝晨 (morning), 落雨 (rain), 麻麻 after a language (so-so;
    # 麻麻 alone is a mother)
    ("𠊎兜", "我们"), ("𠊎个", "我的"), ("𠊎爱", "我要"), ("𠊎", "我"), ("你兜个", "你们的"), ("你兜", "你们"),
    ("佢兜", "他们"), ("你们个人", "你们个人"), ("你们个", "你们的"), ("唔爱", "不要"), ("爱讲", "要讲"),
    ("爱乜个", "要什么"), ("爱怎样", "要怎么"), ("爱丢忒", "要扔掉"), ("丢忒", "扔掉"), ("样般", "怎么"),
    ("爱几久", "要多久"), ("几久正", "多久才"), ("几久", "多久"), ("还封等", "还没拆封"), ("封等", "没拆封"),
    ("抑系", "还是"),
    ("朝晨", "早上"), ("落雨", "下雨"), ("英文麻麻", "英文一般"), ("中文麻麻", "中文一般"),
    ("普通话麻麻", "普通话一般"),
    # ... Teochew and Hokkien: 阮 (I, we; the surname keeps it: 阮先生, 姓阮), 乜个 (what), 佗位 (where), 底时 (when),
    # 头路 (a job; 食头路, looking for one), 粒仔 (spots: 生粒仔), 厝 (home: 搬厝), 头先 (just now), 会晓 (can);
    # 恁 (you), 会使 (may) and 有身 (pregnant) are read by their place (READINGS_YUE), a question's final 无 too
    # (READINGS_ZH)
    ("阮先生", "阮先生"), ("阮小姐", "阮小姐"), ("阮女士", "阮女士"), ("姓阮", "姓阮"), ("阮个", "我的"), ("阮", "我"),
    ("乜个", "什么"), ("佗位", "哪里"), ("底时", "什么时候"), ("食头路", "找工作"), ("头路", "工作"),
    ("生粒仔", "长痘痘"), ("粒仔", "痘痘"), ("搬厝", "搬家"), ("厝", "家"), ("头先", "刚才"), ("会晓", "会"),
    # ... 有请人 (hiring: Cantonese and Teochew 请人), 未开 (not opened), 别个 (another one), 寄得去 (can it go)
    ("有请人", "在招人"), ("未开", "没开"), ("别个", "别的"), ("寄得去", "能寄去"),
    # ... Hunan: 满女 (the youngest daughter), 怀起毛毛 (expecting); Hubei: 蛮 (very: 蛮敏感; 野蛮, 蛮横 keep theirs);
    # Shaanxi: 哪达 / 这达 (where, here), 嘹 (great; 嘹亮 keeps its); Shandong: 落着 (get), 搁一块 / 一块用 (together);
    # Tianjin: 使 + what (使什么付: 用什么; 嘛 is read 什么 by its place); Cantonese 几多点 (what time; 几多点数 points)
    ("满女", "女儿"), ("怀起毛毛", "怀孕"), ("野蛮", "野蛮"), ("蛮横", "蛮横"), ("蛮力", "蛮力"), ("蛮", "很"),
    ("哪达", "哪里"), ("这达", "这里"), ("嘹亮", "嘹亮"), ("嘹", "好"), ("落着", "得到"), ("搁一块", "放一起"),
    ("一块用", "一起用"), ("使什么", "用什么"), ("几多点数", "多少积分"), ("几多点", "几点"),
    # ... and Cantonese the development sets' misses showed: 唔好 before a verb (don't: 唔好再send; 好唔好 and 唔好意思
    # keep theirs), 天冻 (cold weather), 有咩 (is there any), 落错单 (ordered by mistake), cut咗 (cancel it), 几多日
    # (how many days), 睇唔明 / 唔明 (not understand), 件货 (the parcel)
    ("好唔好", "好不好"), ("唔好意思", "不好意思"), ("唔好", "不要"), ("天冻", "天冷"), ("有咩", "有什么"),
    ("落错单", "下错单"), ("cut咗", "取消"), ("几多日", "几天"), ("几多天", "几天"), ("睇唔明", "看不懂"),
    ("唔明", "不懂"), ("件货", "包裹"),
    # seventy-fifth round (blind30, probe58). Anhui, Nanjing and Jiangxi Mandarin: 作兴 (may: 作兴用不,
    # 作兴退货不), 怀伢 / 伢 (pregnant, a child), 阿 before a verb as a yes-no question (阿有, 阿可以, 阿能:
    # 有没有...), 哪块 (where), 冇得寄 (能不能寄, as 有冇得 above), 不晓得 (not know; 晓得 alone closes a chat and
    # is left, stop 41's 晓得了), 冇得动静 (没动静: job-application-status' keyword and the tracking's pattern)
    ("作兴", "可以"), ("冇得寄", "能不能寄"), ("没得寄", "能不能寄"), ("怀上伢", "怀孕"), ("怀伢", "怀孕"),
    ("伢", "孩子"), ("阿有", "有没有"), ("阿可以", "可不可以"), ("阿能", "能不能"), ("阿会", "会不会"),
    ("到哪块了", "到哪了"), ("哪块", "哪里"), ("不晓得", "不知道"), ("晓不晓得", "知不知道"),
    ("冇得动静", "没动静"), ("没得动静", "没动静"),
    # ... Shanxi (Jin) and northwestern Mandarin: 哪搭 / 这搭 / 那搭 (where, here, there), 岔 after a verb
    # (写岔: 写错), 婆姨 (wife), 怀(上)娃 / 娃 (pregnant, a child; 娃娃 keeps its), 抹 (put on: 涂; 抹茶, 抹布,
    # 抹掉, 抹黑 and 涂抹 keep theirs); 甚 "what" is read by its place (READINGS_ZH)
    ("哪搭", "哪里"), ("这搭", "这里"), ("那搭", "那里"), ("写岔", "写错"), ("填岔", "填错"),
    ("弄岔", "弄错"), ("搞岔", "搞错"), ("寄岔", "寄错"), ("发岔", "发错"), ("买岔", "买错"),
    ("婆姨", "老婆"), ("怀上娃", "怀孕"), ("怀娃", "怀孕"), ("娃娃", "娃娃"), ("娃", "孩子"),
    ("抹茶", "抹茶"), ("抹布", "抹布"), ("抹掉", "抹掉"), ("抹去", "抹去"), ("抹黑", "抹黑"),
    ("抹杀", "抹杀"), ("抹胸", "抹胸"), ("一抹", "一抹"), ("涂抹", "涂"), ("抹", "涂"),
    # ... Toishanese-flavoured Chinese of Chinatown elders: 我人 (I, we; 我人生 keeps its), 云埠 (Vancouver),
    # 二埠 (Victoria, in BC), 唐山 (China, the old country; Hebei's Tangshan is in China too), 返 / 寄返 唐山
    # (back home), 红卜卜 (red), 廿 (twenty), 边样 (which one), 买啲嘢 (buy things), 朝早 (morning), 日日 (every
    # day), 出街 (go out), 新抱 (daughter-in-law), 孙仔 (grandson; 有啲 before a state is read in READINGS_YUE); and
    # 铺头, a shop, as the FAQ's 门店 (read 店 alone, "云埠有冇铺头可以去睇下" had no answer)
    ("我人生", "我人生"), ("我人", "我"), ("云埠", "温哥华"), ("二埠", "卑诗省"), ("寄返唐山", "寄回国内"),
    ("返唐山", "回国内"), ("回唐山", "回国内"), ("唐山", "国内"), ("红卜卜", "泛红"), ("红噗噗", "泛红"),
    ("廿", "二十"), ("边样", "哪款"), ("买啲嘢", "买东西"), ("朝早", "早上"), ("日日", "每天"),
    ("出街", "出门"), ("新抱", "儿媳"), ("孙仔", "孙子"),
    # ... Taiwan's Dcard and PTT: 求解 / 先谢过 / 如题 / 爬文 / 各位大大 (asks nothing), 求推 (please
    # recommend), 课 (levy: 被课关税; 课税 alone is a synonym of 关税 already)
    ("求解", ""), ("先谢过", ""), ("先谢谢", ""), ("如题", ""), ("爬文", ""), ("各位大大", ""),
    ("大大们", ""), ("求推荐", "推荐"), ("求推", "推荐"), ("被课", "被收"), ("课关税", "收关税"),
    # ... skin-care forum words: 爆 a rash (爆红疹, 爆疹子: 起), 怎么急救 (what to do now); 烂脸 is read by its
    # clause (READINGS_ZH)
    ("爆红疹", "起红疹"), ("爆疹子", "起疹子"), ("爆红点", "起红点"), ("怎么急救", "怎么办"),
    # seventy-ninth round (blind31, probe62): Xinjiang Mandarin's 麻达 (a problem: 有麻达没, 有没有麻达), 羊缸子 (a
    # wife), 巴郎子 (a boy, a son), 丫头子 (a girl, a daughter); Taiwan's and Hong Kong's office words, an English
    # verb with 一下 asked of us (麻烦 check 一下, follow 一下, confirm 一下, update 一下) and OT (overtime)
    ("麻达", "问题"), ("羊缸子", "老婆"), ("巴郎子", "儿子"), ("丫头子", "女儿"),
    ("check一下", "查一下"), ("check 一下", "查一下"), ("check下", "查一下"), ("check 下", "查一下"),
    ("follow一下", "跟进一下"), ("follow 一下", "跟进一下"), ("confirm一下", "确认一下"),
    ("confirm 一下", "确认一下"), ("update一下", "更改一下"), ("update 一下", "更改一下"),
    # eighty-fourth round (blind35, probe67): a Macau or Hong Kong shift worker's Cantonese: free (得闲: 有空), the
    # daytime (日头; read before 头先, just now, which took its 头), sleeping (瞓觉) and being woken by noise (嘈醒), a
    # real person's reply (真人覆), the night shift (大夜, 夜更, 返大夜) and shifts in turn (轮更)
    ("得闲", "有空"), ("日头", "白天"), ("瞓觉", "睡觉"), ("瞓", "睡"), ("嘈醒", "吵醒"), ("真人覆", "人工回复"),
    ("返大夜", "上夜班"), ("大夜", "夜班"), ("夜更", "夜班"), ("轮更", "轮班"),
    # ninety-third round (blind39, probe76): Hong Kong Cantonese said to voice input: skin peeling (甩皮: 脱皮), lips
    # cracked all over (爆晒: 裂了), a face dripping with oil (油淋淋, 油腻腻), a man and no nonsense about it
    # (男人老狗: 男人), not knowing how (唔识: 不会), a text message (短讯: 短信), liking (钟意: 喜欢). Not dad (老豆:
    # 爸爸 read "我老豆六十幾歲男人嚟㗎…" as a relative's matter and lost its men's answer)
    ("甩皮", "脱皮"), ("爆晒", "裂了"), ("油淋淋", "很油"), ("油腻腻", "很油"), ("男人老狗", "男人"), ("唔识", "不会"),
    ("短讯", "短信"), ("钟意", "喜欢"),
)

# Acknowledgements and small talk that close a conversation: a message made only of these (and
# greetings) asks nothing, so the matcher sees an empty message, whatever entries contain the same
# characters ("收到" is also in "没收到吗"). Whole-message only, never removed from inside a question.
# Who or what the bot is, and whether it is a person, as the whole message: a question about the bot, not a request for
# a person, which says so (人工, 真人客服, talk to a person; "有人在吗" / "is anyone there" stay the FAQ's human-agent
# question; qa answers the human-agent entry without a handoff when nothing else answers, so these must not reach the
# matcher). The matcher sees them as small talk (ACKNOWLEDGEMENTS holds them all); qa answers them honestly:
# the brand's automated assistant. They got the hello, "just ask me a question", which dodged the question (verify14).
ASKS_IF_BOT: tuple[str, ...] = (
    "你是谁", "你是机器人吗", "你是机器人", "你是ai吗", "你是真人吗", "你叫什么名字", "你叫什么", "who are you",
    "what are you", "are you a bot", "are you a robot", "are you ai", "are you real", "whats your name",
    "你是真人还是ai", "你是真人还是机器人", "你是人还是机器人", "你是不是机器人", "你是ai还是真人", "你们是机器人吗",
    "你们是机器人", "是机器人吗", "是机器人回复吗", "是自动回复吗", "你们是真人吗", "是真人吗",
    "are you human", "are you a human", "are you a bot or a human", "are you a real person or a bot",
    "are you a real person", "is this a bot", "is this a robot", "is this automated", "am i talking to a bot",
    "am i talking to a robot",
    # twenty-fourth round: whether it is a man or a woman ("你是男的还是女的" was mens-skincare's, on 男的)
    "你是男的还是女的", "你是男生还是女生", "你是男是女", "你是男还是女", "你是男的女的", "你是女的还是男的",
    "你是男仔定女仔", "are you a boy or a girl", "are you a guy or a girl", "are you male or female",
    "are you a man or a woman",
    # stop 31: "who made you" was a did-you-mean (cruelty-free's "made"), "what are u" I don't know
    "what are u", "who are u", "who made you", "who made u", "who created you", "who built you", "who programmed you",
    "谁做的你", "你是谁做的", "谁开发的你",
    # stop 32 (lead): what this account is ("what is this account" was privacy's: "account" as a member's data)
    "what is this account", "whats this account", "what account is this", "what is this page", "这是什么公众号",
    "这是什么号", "这个公众号是干嘛的", "这个号是干嘛的", "这个公众号是做什么的",
)
# What the brand or the account is, as the whole message ("你们是做什么的" and "what's this account about" got the
# privacy answer, "what is lumi" a did-you-mean led by wholesale, "你们是什么品牌" "I don't know", "who are you guys"
# the hello; lead39): the brand's own words (brand.yaml `about`). BRAND_WORD stands for the brand's name, as the
# handler puts it in place of the name the member wrote ("露米是什么牌子", "what is lumi").
BRAND_WORD = "brandx"
ASKS_ABOUT_US: tuple[str, ...] = (
    *(who + ask + end for who in ("你们", "你们家", "你哋", BRAND_WORD, "这个品牌", "这个牌子")
      for ask in ("是做什么的", "是干嘛的", "是干什么的", "是做啥的", "做什么的", "是做咩嘅", "係做咩嘅", "係做乜嘢嘅",
                  "是什么品牌", "是哪个品牌", "是什么牌子", "是啥牌子", "是咩牌子", "係咩牌子", "是什么公司",
                  "是哪家公司", "是什么", "是啥", "是谁", "係咩", "係乜嘢", "係咩嚟")
      for end in ("", "呀", "啊", "呢", "嘛", "啦", "来的", "嚟嘎", "嚟㗎", "㗎")),
    "这是什么品牌", "这是什么牌子", "这是什么店", "什么是" + BRAND_WORD, "介绍一下你们", "介绍下你们",
    "介绍一下你们的品牌", "介绍一下" + BRAND_WORD, "介绍下" + BRAND_WORD, "了解一下你们", "了解一下" + BRAND_WORD,
    *(ask + end for ask in ("who are you guys", "who are yall", "who r u guys", "who are u guys", "what do you guys do",
                            "what do u guys do", "what do yall do", "what do you do", "what do you guys sell and do",
                            "what is this account about", "whats this account about", "what is this about",
                            "whats this about", "what brand is this", "what is this brand", "what company is this",
                            "what are you guys", "what is " + BRAND_WORD, "whats " + BRAND_WORD,
                            "who is " + BRAND_WORD, "who are " + BRAND_WORD, "what is " + BRAND_WORD + " about",
                            "whats " + BRAND_WORD + " about", "what does " + BRAND_WORD + " do",
                            "tell me about " + BRAND_WORD, "tell me about yourselves", "tell me about your brand",
                            "tell me about you guys", "what is your brand", "whats your brand", "what is your company",
                            "never heard of " + BRAND_WORD + " what is it", "what kind of brand is this",
                            "what kind of brand are you", "what kind of company are you")
      for end in ("", " exactly", " anyway", " again")),
)

# ... and each yes-no question's end as northern and south-western Mandarin and Shanghainese say it (你是机器人不,
# 是真人伐, 你是机器人么): thirty-ninth round, "你是机器人不" opened the human-agent answer
ASKS_IF_BOT = (*ASKS_IF_BOT, *(asked[:-1] + end for asked in ASKS_IF_BOT if asked.endswith("吗") for end in "不么伐"))

# Saying goodbye (small talk: ACKNOWLEDGEMENTS holds them all), in a message of courtesies only: "bye" answered "Hi,
# just ask me a question" greets someone leaving, and 掰掰 / 先咁啦 / "gtg" were unanswered questions listed for the
# brand (lead24). qa answers them with its goodbye (says_goodbye).
FAREWELLS = ("拜拜", "再见", "下次见", "明天见", "回头见", "掰掰", "先这样", "先咁啦", "先咁", "晚安", "下次聊",
             "回头聊", "bye", "goodbye", "byebye", "good night", "goodnight", "nite", "gn", "see you", "see ya", "cya",
             "ttyl", "gtg", "gotta go", "talk later")

ACKNOWLEDGEMENTS = (
    "好的", "好滴", "好哒", "好吧", "好", "嗯嗯", "嗯", "哦哦", "哦", "噢", "收到", "明白了", "明白", "了解了", "了解",
    "知道了", "懂了", "行", "没问题", "没事", "不用了", "可以了", "好嘅", "得", "ok", "okay", "okey", "kk", "got it",
    "noted", "cool", "nice", "great", "good", "very good", "sure", "alright", "all right", "perfect", "awesome",
    "lol", "haha", "hahaha",
    "哈哈", "哈哈哈",
    "哈哈哈哈", "嘿嘿", "呵呵", "yes", "yep", "yeah", "no worries", "np", "👍",
    # greetings too short to drop from inside a message (早 is also "early": 早上用什么), said alone
    "早", "早晨", "在", "morning", "gm", "yo", "okie", "okk", "hmm", "嗯哼",
    # praise: a follower pleased, not asking
    "爱你们", "爱你", "太棒了", "好棒", "真棒", "棒棒哒", "赞", "厉害", "辛苦啦", "love it", "love you", "you rock",
    "you are the best", "youre the best", "amazing", "much appreciated", "appreciate it",
    "good job", "well done",
    # more ways to close a conversation
    "好嘞", "好咧", "好喔", "好哦", "好呀", "好啊", "嗯呢", "嗯哼", "晓得了", "知道啦", "明白啦", "清楚了", "冇问题",
    "无问题", "唔紧要", "得啦", "好啦", "ok啦", "我再考虑下", "我再考虑一下", "我考虑一下", "我再看看", "再看看",
    "我想想", "sounds good", "sounds great", "makes sense", "understood", "fair enough", "will do", "ok then",
    "that works", "works for me",
    "thanks a lot", "thanks so much", "thank you so much", "many thanks", "ty", "tysm", "thank u", "mate",
    "thanks for the help", "thanks for your help", "thank you for your help", "我知道了", "我明白了", "谢谢你",
    # ... and saying the answer helped (faq12: "thanks so much, that helped a lot!" was a menu)
    "that helped", "that helps", "this helped", "this helps", "it helped", "it helps", "helped a lot", "helps a lot",
    "that was helpful", "this was helpful", "very helpful", "super helpful", "so helpful", "really helpful", "helpful",
    "有帮助", "很有帮助", "帮大忙了", "帮了大忙", "帮到我了", "有用", "很有用", "太有用了",
    # goodbyes and wishes: only as the whole message. The eleventh round tried "a remark that asks nothing, closed by
    # a wish, is small talk" and took it out before the merge: it took requests written without a question word
    # ("need to change my address, have a good day", "我的快递还没收到，周末愉快")
    *FAREWELLS, "先这样吧", "bye for now", "bye bye", "see you later", "周末愉快", "新年快乐", "节日快乐", "圣诞快乐",
    "中秋快乐", "春节快乐", "生日快乐", "祝你", "have a nice day",
    # twenty-seventh round: the same wishes with the day in English and the wish in Chinese, as followers mix them
    # ("happy friday 大家 weekend 愉快" was business-hours'), or the other way round ("happy 周末")
    *(day + wish for day in ("weekend", "friday", "holiday", "holidays", "christmas", "xmas", "new year", "周末",
                             "周五", "假期", "节日", "新年", "圣诞", "中秋", "春节")
      for wish in (" 愉快", " 快乐")),
    *("happy " + day for day in ("周末", "周五", "假期", "节日", "新年", "圣诞", "中秋", "春节")),
    "have a good day", "have a good one", "have a nice weekend", "happy weekend", "happy new year",
    "merry christmas", "happy holidays", "have a good weekend", "have a great weekend", "have a great day",
    "enjoy your weekend", "just saying", "just wanted to say", "just want to say",  # (hi: a greeting, taken out first)
    # the week's end cheered, alone or with a wish ("happy friday everyone, have a good weekend"): no question
    "happy friday", "finally friday", "tgif", "its friday", "周五快乐", "终于周五了", "终于周五啦", "终于星期五了",
    # a message sent to the wrong chat, taken back (not 发错了 alone: a wrong item sent is package-problem's)
    "发错群了", "发错群", "发错人了", "发错人", "wrong chat", "wrong person", "wrong group", "ignore that",
    "ignore this", "oops",
    # a question taken back, and reactions that ask nothing (verify, stop 30: "nvm" and "算了" were unanswered
    # questions, "never mind" a did-you-mean, "冇嘢喇 唔該" the damaged-parcel answer (冇嘢 read as "nothing in it"),
    # "all good now" the points answer, "well that sucks" the tracking answer)
    "nvm", "never mind", "nevermind", "forget it", "its fine", "thats fine", "all good", "all good now", "its ok",
    "thats ok", "no problem", "算了", "算了吧", "那算了", "没事了", "没事啦", "不用啦", "冇嘢", "冇嘢喇", "冇嘢啦",
    "冇事", "冇事喇", "唔使喇", "唔使啦", "唔使了", "wow", "omg", "ugh", "oh", "oh no", "ah", "i see", "oic", "ic",
    "damn", "that sucks", "well", "interesting", "原来如此", "原来是这样", "这样啊", "这样子", "哇", "哇塞", "天哪",
    "好吧好吧", "唉", "无语", "好可惜", "可惜",
    # stop 49 (lead43): the conversation closed by the member, or the question solved by themselves ("结束", also the
    # staff's close word, "nvm figured it out" and "搞定了" were "I don't know")
    "结束", "结束了", "结束对话", "就这样", "就这样吧", "就这些", "没有了", "没了", "thats all", "thats it",
    "thats all for now", "thats it for now", "figured it out", "i figured it out", "found it", "i found it",
    "sorted", "all sorted", "got it sorted", "搞定了", "搞定", "找到了", "我找到了", "解决了", "已经解决了", "好了",
    # how Xiaohongshu and Douyin followers react, asking nothing (lead42: "好的 爱了", "种草了", "马住", "学到了",
    # "冲冲冲", "好用哭了" were "I don't know", "姐妹们冲" the order cancel): saved, convinced, learned, cheering
    "种草了", "被种草了", "已种草", "种草", "马住", "码住", "马住了", "码住了", "先马", "先码", "先马住", "mark",
    "mark一下", "收藏了", "已收藏", "先收藏", "学到了", "学到了学到了", "涨知识了", "长知识了", "get了", "get到了",
    "冲", "冲冲冲", "冲了", "冲鸭", "已关注", "关注了", "蹲", "蹲一个", "蹲蹲", "好想要", "救命", "想要", "爱了",
    "爱了爱了", "绝了", "好用哭了", "哭了", "太香了", "真香", "插眼", "打卡", "已打卡", "来了来了", "前排", "沙发",
    "obsessed", "im obsessed", "so obsessed", "need this", "i need this", "adding to cart", "added to cart",
    "saving this", "saved", "bookmarked", "taking notes", "slay", "yass", "yasss", "omg yes", "this is everything",
    # small talk about the bot itself: answered with the hello ("ask me a question"), not an entry; who or what it is,
    # and whether it is a person (ASKS_IF_BOT, above) gets the honest answer instead (handlers/qa.py)
    "你好吗", "最近好吗", "最近怎么样", "how are you", "how are you doing", "hows it going", "whats up", "sup",
    "how old are you", "你几岁", "你多大了", "where are you from", "你是哪里人",
    *ASKS_IF_BOT,
    # thirty-sixth round: the follower's own plan after the answer, with when ("noted w thanks, will check it out tmr
    # after my shift" was a menu of jobs, "ok thanks will check it out tmr" the authenticity answer): nothing asked
    *(plan + when for plan in ("will check it out", "ill check it out", "will check", "will try it", "ill try it",
                               "will try", "will have a look", "ill have a look", "will take a look",
                               "will look into it")
      for when in ("", " later", " tomorrow", " tmr", " tmrw", " tonight", " soon", " this weekend")),
    # ... and when, said after it ("..., will check it out tmr after my shift"): no question of a time alone
    "after work", "after my shift", "after class", "when i get home", "when im home",
    # seventy-second round (blind29, probe55): a wish for the day or the week, the South's and the Caribbean's too
    # ("Y'all have a blessed Sunday now, ya hear" got business-hours on its Sunday), and their blessings
    *(f"have a {adj} {when}{now}" for adj in ("good", "great", "nice", "lovely", "blessed", "wonderful")
      for when in ("day", "evening", "night", "sunday", "saturday", "weekend", "week", "one", "morning", "afternoon")
      for now in ("", " now")),
    "bless your heart", "god bless", "blessings", "bless up", "big up", "respect", "one love", "whats up",
    *(f"{wish} {day}" for wish in ("happy", "blessed") for day in ("sunday", "monday", "tuesday", "wednesday",
                                                                 "thursday", "saturday")),
    # ... as left once a greeting inside it is taken out ("have a good evening now": GREETINGS' good evening)
    "have a",
)


# Messages that advertise rather than ask (paid "part-time" tasks, fake invoices, prizes) must not be
# answered from the FAQ (兼职 is also a real job question). One strong marker, or two weak ones.
SPAM_STRONG = ("刷单", "代开", "点赞赚钱", "赚钱", "刷信誉", "like and follow", "earn money", "返佣", "佣金日结",
               "月入过万", "日入", "日赚", "点赞员", "打字员", "高薪兼职", "per hour from home",
               # thirty-ninth round: cashing out a credit card and loans without checks ("信用卡套现 低息 秒到" got the
               # payment methods)
               "套现", "不看征信", "无视征信", "稳赚不赔",
               # sixty-first round (probe44): a casino's or a betting site's pitch ("澳門賭場VIP優惠，即加LINE" got the
               # membership answer, 會員 and 優惠 being its words): the games and their bonuses, never a follower's
               "百家乐", "博彩", "彩金", "返水", "首存", "真人荷官", "老虎机", "网上赌场", "线上赌场", "online casino",
               "casino bonus")
SPAM_WEAK = ("日结", "日赚", "日入", "一单一结", "每单即结", "加微信", "加v", "加vx", "私聊", "详聊", "在家", "宝妈",
             # fifty-first round: Taiwan's ads ask for a LINE id and promise a pass ("代辦各國簽證 包過 加LINE詳談")
             "加line", "加赖", "详谈", "包过", "代办",
             "学生党", "不收任何费用", "诚招", "打字员", "点击", "领取", "免费领", "www", "http", "earn", "dm me",
             "paid daily", "no experience", "from home", "per day", "a day", "whatsapp", "telegram", "click",
             "佣金", "日结", "月入", "收入", "时间自由", "手机操作", "无需经验", "零经验", "动动手指", "有意者", "加我",
             "抖音", "淘宝", "line", "vx", "wx", "remote", "flexible", "apply now", "hiring", "experience required",
             "bit ly", "work from home", "salary", "daily", "online", "线上", "网上", "招募", "薪资", "速来",
             "contact me", "extra income", "income", "有意请联系", "message me", "text me",
             # seventy-second round (probe55): money made from one's phone, the link in a bio ("Mek money from yuh
             # phone every day, link inna mi bio" got privacy once read)
             "make money", "mek money", "from your phone", "from yuh phone", "link in my bio", "link inna mi bio",
             "link in bio", "every day",
             # ninth round (faq9): a reseller's advertisement (微商: replicas, stock, agents wanted, "see the
             # pictures"); not 代购 alone, which a follower asking whether a reseller's jar is real also
             # writes (淘宝代购的是正品吗)
             "高仿", "原单", "a货", "复刻", "货源", "一手货源", "招代理", "看图", "朋友圈看", "dm for pics", "for pics",
             # nineteenth round: a seller of fake tracking numbers (空包: an empty parcel shipped to fake a sale;
             # weak, as a follower who got an empty box writes it too) and a wholesaler's "bulk discount"
             "空包", "单号出售", "量大从优",
             # thirty-ninth round: a loan's or an investment's pitch
             "低息", "秒到", "秒批", "无抵押", "带单", "月收益",
             # twenty-first round: followers and likes sold ("selling real followers and likes cheap"): weak, a
             # follower may ask whether the brand's own followers are real
             "real followers", "buy followers", "followers and likes", "instagram followers", "买粉", "刷粉",
             "涨粉", "fast delivery",
             # twenty-fourth round: a wholesaler's "bulk discount" (as 量大从优 above); accounts for sale are
             # _SPAM_SALE's
             "bulk discount", "bulk discounts",
             # forty-third round: a prize's pitch ("you won a 1000 EUR Lidl voucher, claim here before midnight" got
             # promo-code's answer): weak, two of them or one with another weak marker
             "you won", "you have won", "youve won", "claim here", "claim now", "to claim", "claim before",
             "share this message", "恭喜您获得", "恭喜你获得", "恭喜您抽中", "恭喜你抽中", "中奖了",
             # fifty-third round (probe36): an invitation to another app ("add me on LINE for more beauty deals"
             # was the wholesale entry's), weak with the app's name (LINE, WhatsApp and Telegram are weak already)
             "add me on", "add me at",
             # fifty-sixth round (probe39): a drop-shipper's pitch ("一件代发 无需囤货 招代理")
             "一件代发", "无需囤货", "厂家直供", "微信同号",
             # sixty-first round (probe44): a casino named (weak: a follower may work night shifts at one) and a
             # deposit's bonus
             "赌场", "葡京", "casino", "casinos", "first deposit", "deposit bonus")

_CJK_RUN_RE = re.compile(f"[{CJK_RANGES}]+|[^\\s{CJK_RANGES}]+")


# Words whose final s is no plural: cut, "news" was "new" ("any news on my job application" read "any new ...",
# and "new" is a first order's word: a new customer's discount). Also words whose -ing is no inflection of the
# FAQ's word.
UNSTEMMED = frozenset({"news", "series", "species", "always", "perhaps", "sometimes", "christmas", "lens",
                       "diabetes", "herpes", "physics",
                       "dating",  # a love life (OFF_TOPIC), not the date of an expiry or of a birth
                       "phones",  # devices (OFF_TOPIC: "do you sell phones"), not "phone", a phone number's synonym
                       # fortieth round: a product's packaging (recyclable, plastic) is no parcel: "packag" made "is
                       # your packaging recyclable" a did-you-mean of tracking / customs / delivery time
                       "packaging"})


_VOWELS = "aeiou"
# Words whose own root ends in -ell (resell, retell, misspell): their -ed / -ing keeps both l's.
_ELL_ROOTS = ("sell", "tell", "spell", "smell", "dwell", "swell", "shell", "yell", "quell")


def stem(word: str) -> str:
    """A light English stemmer (plural, -ed, -ing, final e), applied to both sides alike, so
    'shipping', 'shipped' and 'ships' meet as 'ship'. Small on purpose: trigram features and
    rapidfuzz absorb what it misses, and stopwords are left alone."""
    if len(word) <= 3 or not word.isalpha() or word in STOPWORDS_EN or word in UNSTEMMED:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    cut = False
    if word.endswith("ing") and len(word) > 5:
        word, cut = word[:-3], True
    elif word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ed") and len(word) > 4:
        word, cut = word[:-2], True
    if cut and len(word) == 3 and word[0] not in _VOWELS and word[1] in _VOWELS and word[2] not in _VOWELS + "wxy":
        word += "e"
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    elif cut and len(word) >= 6 and word.endswith("ell") and not word.endswith(_ELL_ROOTS):
        # British and Canadian spelling doubles a final l: cancelled, travelled, labelled, levelling (twenty-sixth
        # round: "can it be cancelled" stemmed to "cancell", which is neither cancel nor its synonym 取消)
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def _stem_text(text: str) -> str:
    return " ".join(word if has_cjk(word) else stem(word) for word in text.split())


# English derivation, for a follower's word the FAQ never uses: each (ending, what it may have replaced)
# relates two words of one family ("arrival" / "arrive", "expiration" / "expiry" / "expire", "delivery" /
# "deliver", "cancellation" / "cancel", "shipment" / "ship"). Applied after `stem`, in both directions,
# and only toward a word the FAQ itself uses (`Canon.lemma`): an agent noun ("-er": "career" is not "care")
# and a bare "-y" ("party" is not "part") are left out on purpose.
DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ication", ("y",)), ("ation", ("", "e", "ate")), ("ition", ("", "e")), ("ment", ("",)), ("ness", ("",)),
    ("ity", ("", "e")), ("al", ("", "e")), ("ery", ("er",)), ("iry", ("ire",)), ("able", ("", "e")),
    ("ible", ("", "e")), ("ion", ("", "e")), ("ive", ("", "e")),
)
LEMMA_MIN_LEN = 4  # shorter words are too ambiguous to relate by their endings
ROOT_MIN_LEN = 5  # ... and so are shorter roots ("fine" / "final", "part" / "party")


def related_forms(word: str) -> list[str]:
    """Stems of the words `word` (a stem) may derive from or be derived into, by DERIVATIONS."""
    forms: list[str] = []
    for ending, replaced in DERIVATIONS:
        if word.endswith(ending):
            base = word[:-len(ending)]
            forms.extend(stem(base + r) for r in replaced if len(base + r) >= ROOT_MIN_LEN)
            if ending == "ation" and base[-1] == base[-2]:  # cancellation -> cancell -> cancel
                forms.append(stem(base[:-1]))
        for r in replaced:
            if word.endswith(r) and len(word) >= ROOT_MIN_LEN:
                forms.append(stem((word[:-len(r)] if r else word) + ending))
                if not r and word.endswith("e"):
                    forms.append(stem(word[:-1] + ending))
    return forms


class Canon:
    """Turns text into the canonical form every comparison uses: normalised, greetings removed,
    stemmed, synonyms replaced by their group's first word (spaces removed, so "how long" stays
    one token)."""

    def __init__(self, groups: Iterable[Sequence[str]], vocabulary: Iterable[str] = (),
                 asked: Iterable[str] | None = None) -> None:
        groups = tuple(groups)
        vocabulary = tuple(vocabulary)
        greetings = {normalize(g) for g in GREETINGS}
        self.greetings = trie_pattern(greetings)
        # The Latin words the FAQ and its synonyms use, as `_stemmed` leaves them (so the FAQ's own texts never
        # change): a message word outside them may meet one of them through its derivation (`lemma`).
        self.vocabulary = frozenset(w for text in (*vocabulary, *(w for g in groups for w in g))
                                    for w in self._stemmed(text).split() if w.isascii() and w.isalpha())
        # ... and the words it asks with (questions, keywords, synonyms: `asked`, by default all of `vocabulary`): a
        # follower's word outside them that RELATED_EN relates to one inside them is read as that one.
        asked_words = {w for text in (*(vocabulary if asked is None else asked), *(w for g in groups for w in g))
                       for w in self._stemmed(text).split()}
        self.related = {word: target for word, target in _RELATED.items()
                        if word not in asked_words
                        and all(t in asked_words or t in STOPWORDS_EN or t in _GENERIC_STEMS for t in target.split())}
        # ... and the stems of its family, for a message word that shares a root with a FAQ word without
        # being derived from it directly ("expiration" and "expiry" both relate to "expire").
        self.family: dict[str, str] = {}
        for word in sorted(self.vocabulary):
            if len(word) >= LEMMA_MIN_LEN and word not in STOPWORDS_EN:
                for form in related_forms(word):
                    self.family.setdefault(form, word)
        self.lemma = lru_cache(maxsize=8192)(self._lemma)
        self._canonical = lru_cache(maxsize=4096)(self._canonical_of_read)
        # Groups that share a word are merged (union-find), so the brand's groups and the built-in
        # ones never disagree; the canonical word is the first word of the earliest group.
        parent: dict[str, str] = {}

        def find(word: str) -> str:
            while parent[word] != word:
                parent[word] = parent[parent[word]]
                word = parent[word]
            return word

        order: list[str] = []
        for group in groups:
            words = [w for w in (_stem_text(normalize(w)) for w in group) if w]
            for word in words:
                if word not in parent:
                    parent[word] = word
                    order.append(word)
            for word in words[1:]:
                a, b = find(words[0]), find(word)
                if a != b:
                    first, second = (a, b) if order.index(a) < order.index(b) else (b, a)
                    parent[second] = first
        self.table = {word: find(word).replace(" ", "") for word in order}
        self.canonicals = frozenset(self.table.values())
        # The single Latin words each canonical stands for: a misspelling of one ("cancle") must
        # still find the canonical ("取消") that replaced it.
        spellings: dict[str, set[str]] = {}
        for word, canonical in self.table.items():
            if is_typo_word(word):
                spellings.setdefault(canonical, set()).add(word)
        self.spellings = {canonical: tuple(sorted(words)) for canonical, words in spellings.items()}
        self.pattern = trie_pattern(self.table) if self.table else None

    def _stemmed(self, text: str) -> str:
        """Normalised, Cantonese read, greetings dropped, stemmed: "" for an acknowledgement alone."""
        return self._stemmed_read(read_dialect(normalize(text)))

    def _stemmed_read(self, text: str) -> str:
        # "tracking号码" is two words: apart, the English one is stemmed and matched like any other.
        text = _SCRIPT_BOUNDARY.sub(" ", text)
        text = _LEADING_INTERJECTION.sub(" ", self.greetings.sub(" ", without_netspeak(text)))
        text = without_reaction(text) or text
        if _ACKNOWLEDGED.fullmatch(text):
            return ""
        return _ADDRESS.sub(r"\1", _stem_text(_spelt_out(_read_constructions(text))))

    def __call__(self, text: str) -> str:
        # Remembered per text as read (normalised, Cantonese as Mandarin): the FAQ handler asks for the canonical
        # form of the message and the matcher for that of the spell-checked message, the same text unless a typo
        # was corrected, so one of the two is a lookup (bench/webhook_instructions.py --faq).
        return self._canonical(read_dialect(normalize(text)))

    def _canonical_of_read(self, text: str) -> str:
        text = self._stemmed_read(text)
        if text and self.vocabulary:
            text = " ".join(map(self.lemma, self._compounds(text.split())))
        if self.pattern is None:
            return text
        return " ".join(self.pattern.sub(lambda m: f" {self.table[m.group(0)]} ", text).split())



    def _compounds(self, words: list[str]) -> list[str]:
        """Two English words the FAQ writes as one, joined ("breaking out" -> "breakout", as "breakouts" is
        stemmed; "skin care" -> "skincare", "check out" -> "checkout"): a phrasal verb or a compound spelt
        apart is otherwise two everyday words, neither of them the FAQ's."""
        vocabulary = self.vocabulary
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and (joined := words[i] + words[i + 1]) in vocabulary \
                    and words[i].isascii() and words[i + 1].isascii():
                out.append(joined)
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    def _lemma(self, word: str) -> str:
        """`word`, or the word of the FAQ's vocabulary of its family ("arrival" -> "arriv", as "arrive" is
        stemmed), when the FAQ never uses `word` itself."""
        related = self.related.get(word)
        if related is not None:
            return related
        if len(word) < LEMMA_MIN_LEN or word in self.vocabulary or not word.isascii() or not word.isalpha() \
                or word in STOPWORDS_EN:
            return word
        forms = related_forms(word)
        known = next((form for form in forms if form in self.vocabulary and form not in STOPWORDS_EN), None)
        if known is not None:
            return known
        return next((self.family[form] for form in (word, *forms) if form in self.family), word)


# A follower's everyday English word for one the FAQ asks with (seventeenth round), read as that word when the FAQ
# itself never asks with it (`Canon.related`; the FAQ's own texts never change, as with derivations): irregular verb
# forms ("i paid last week", "it went out?"), texting ("where's my pkg", "b4 lunch", "shld"), British, Australian
# and Canadian words ("postcode", "mobile", "fortnight") and the face's parts a skin question names ("my cheeks").
RELATED_EN: tuple[tuple[tuple[str, ...], str], ...] = (
    # irregular verbs of buying, paying and sending (`stem` cuts only regular endings: "paid" never met "pay"); not the
    # everyday ones (went, took, came, made: "went through the packing paper", "my bank took the money")
    (("paid",), "pay"), (("sent",), "send"), (("bought",), "buy"), (("sold",), "sell"), (("spent",), "spend"),
    (("forgot", "forgotten"), "forget"), (("chose", "chosen"), "choose"), (("used", "using"), "use"),
    (("wrote", "written"), "write"), (("threw", "thrown"), "throw"),
    # texting
    (("pkg", "pkgs", "pckg", "packge"), "package"), (("b4",), "before"), (("shld",), "should"), (("wld",), "would"),
    (("cld",), "could"), (("hw",), "how"), (("wher", "whr"), "where"), (("wen",), "when"), (("thru",), "through"),
    (("nite",), "night"), (("tmrw", "tmr", "tmrrw", "2moro", "2morrow"), "tomorrow"), (("wk", "wks"), "week"),
    (("hr", "hrs"), "hour"), (("msg", "msgs"), "message"), (("addy", "addr"), "address"), (("acct", "acc"), "account"),
    (("pmt",), "payment"), (("amt",), "amount"), (("ppl",), "people"), (("abt",), "about"), (("wat", "wut"), "what"),
    (("cuz", "coz", "cos"), "because"), (("tho",), "though"), (("smth", "sth"), "something"),
    (("lil",), "little"), (("tryna",), "trying"),  # forty-third round: ABC texting
    (("grp", "grps"), "group"),  # twenty-seventh round: "any wechat grp for ppl in toronto"
    # thirty-fourth round: "refer my fren got anything or not"
    (("fren", "frens", "fwen", "frend", "frends"), "friend"),
    # British, Australian and Canadian words
    (("postcode", "postcodes", "zipcode"), "postal code"), (("mobile", "cellphone", "cell"), "phone"),
    (("fortnight",), "two week"), (("colour", "colours"), "color"), (("favourite",), "favorite"),
    # everyday verbs for the FAQ's ("where do i begin", "grab a receipt"); not "newbie" as "beginner": "im a newbie,
    # which products should i get" became routine-order's (its "beginner routine")
    (("begin", "began", "begun"), "start"),
    (("purchase", "purchased", "purchasing"), "buy"), (("grab", "grabbed"), "get"),
    # the face's parts (the FAQ asks "my face", "chin", "forehead")
    (("cheek", "cheeks"), "face"),
    # eighteenth round: "saw you're hiring" (see is a stopword), money as followers count it ("wants 20 bucks before
    # he hands it over"), money owed ("35 dollars owing")
    (("saw",), "see"), (("buck", "bucks", "quid"), "money"), (("owe", "owes", "owed", "owing"), "pay"),
    # a package's damage in other words ("snapped in half", "the box was soaked")
    (("snap", "snapped"), "broken"), (("soaked", "soaking", "soggy", "drenched"), "wet"),
    # an address's apartment as followers shorten it ("put my old apt on the order")
    (("apt", "apts"), "apartment"),
    # sixty-second round (probe45): the over-polite letter's words for the FAQ's ("an application for employment",
    # "suitable for gentlemen", "in which sequence", "kindly intimate the status": tell)
    (("employment",), "job"), (("gentleman", "gentlemen"), "men"), (("sequence",), "order"),
    (("intimate",), "tell"),
    # twenty-fourth round: the people a follower would get to buy, as a friend (the referral asks of a friend); a mate,
    # a buddy or a pal only as someone's (READINGS_EN): "cheers mate" addresses the shop
    (("roommate", "roommates", "flatmate", "flatmates", "housemate", "housemates", "coworker", "coworkers",
      "classmate", "classmates", "bestie", "besties", "bff"), "friend"),
    # twenty-fifth round: texting's shortenings of the FAQ's words ("pls cxl", "vit c w niacinamide", "giftwrap it")
    # twenty-eighth round: money in British slang ("when will the dosh be back"), Europe's VAT as a tax ("is vat
    # included for ireland"), the pregnancy's carers ("my midwife told me to check everything i put on my face")
    (("dosh",), "money"), (("vat",), "tax"), (("midwife", "midwives", "obgyn", "obstetrician"), "pregnant"),
    # thirty-fifth round: the spots acne is, named by their kind ("my forehead is full of whiteheads" was
    # fragrance-alcohol-free's by "white"; "got blackheads all over my nose" had no answer)
    (("whitehead", "whiteheads", "blackhead", "blackheads"), "pimples"),
    (("cxl", "canx", "cncl"), "cancel"), (("vit",), "vitamin"), (("giftwrap", "giftwrapped", "giftwrapping"),
                                                                  "gift wrap"),
)


def trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of `words`, longest first, Latin words only at word boundaries.

    Python's `re` tries the alternatives of `a|b|c...` one by one at every position; with
    hundreds of synonyms that made building a 10,000-entry index take 20 s. Nesting the words
    by shared prefix (a trie) lets it reject a position after one or two characters.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    # Latin words must not start or end inside another word; CJK ones may (no spaces in Chinese).
    # The lookarounds apply to the whole match, so a Latin match is checked at both ends.
    pattern = f"(?:(?<![a-z0-9])|(?=[^a-z0-9])){build(trie)}(?:(?![a-z0-9])|(?<=[^a-z0-9]))"
    # A position where no word starts is rejected by one character-class test instead of trying each first
    # character's branch in turn (hundreds for OFF_TOPIC or the synonyms): 2-3x faster, the same matches (stop 33).
    if trie and "" not in trie:
        pattern = f"(?=[{''.join(re.escape(char) for char in sorted(trie))}])" + pattern
    return re.compile(pattern)


# English constructions a follower writes for what the FAQ says in other words (eighteenth round), read before
# stemming on both sides alike, as synonyms are (11 of the demo FAQ's texts contain one: "nursing mom", "swap it for a
# different product", "charge for delivery", and read the same way): each is a class of wording, not a message. A
# construction, not a word: "kill" or "red" alone would misread other messages, "kill one of them" does not.
# Each: the words one of which a text must have for the expression to be tried (a cheap gate), the expression, the
# reading.
# What stands before "allergy" without naming what one is allergic to ("if i have an allergy", "a bad allergy", "my
# skin allergy", "seasonal allergies"): the standing-allergy reading below needs a substance ("a peanut allergy").
_NOT_ALLERGENS = ("a|an|the|my|his|her|their|our|your|any|some|no|have|has|had|having|get|got|gets|getting|if|i|im|"
                  "is|are|was|be|been|of|about|with|for|to|and|or|do|does|did|what|whats|how|this|that|these|those|"
                  "new|bad|severe|serious|mild|real|possible|sudden|skin|face|little|slight|like|life|threatening|"
                  "seasonal|allergic|allergy|allergies|re|s|m|it|its|such|an|sure|me|avoid|prevent|cause|causes")
# A message that tells no damage (leaked, broken, cracked, smashed, dented, spilled): only then is a bottle said with
# what it is made of a question about the packaging (fortieth round).
_UNDAMAGED = r"^(?!.*\b(?:leak\w*|broke|broken|break\w*|crack\w*|smash\w*|damag\w*|spill\w*|shatter\w*|dent\w*|torn|" \
    r"missing|empty)\b)"
# forty-fourth round (probe27): gift buyers and resellers. The people a gift is for or from, as followers name them
_SHE_EN = (r"(?:wife|wifey|gf|girlfriend|mom|mum|mother|mommy|mummy|mama|sister|sis|daughter|aunt|auntie|grandma|"
           r"grandmother|granny|niece|mother in law|mil|bestie|fiancee)")
# ... and people of either (a birthday of theirs is not the member's own)
_THEY_EN = r"(?:friend|bff|cousin|coworker|colleague|boss|teacher|neighbou?r|kid|child|roommate|classmate)"
_HE_EN = (r"(?:husband|hubby|bf|boyfriend|dad|father|daddy|papa|brother|bro|son|uncle|grandpa|grandfather|nephew|"
          r"father in law|fiance|partner)")
_SHE_ZH = ("(?:老婆|媳妇|太太|老婆大人|女朋友|女友|女票|妈妈|我妈|老妈|妈咪|母亲|婆婆|岳母|丈母娘|闺蜜|姐姐|妹妹|女儿"
           "|奶奶|外婆|姥姥|阿姨)")
_HE_ZH = "(?:男朋友|男友|男票|老公|先生|爸爸|我爸|老爸|父亲|哥哥|弟弟|儿子|爷爷|外公|姥爷|公公|岳父)"
_SOMEONE_ZH = f"(?:{_SHE_ZH[3:-1]}|{_HE_ZH[3:-1]}|朋友|同事|对象|家人|她|他)"
_GIFT_TRIGGERS_EN = ("wife wifey gf girlfriend mom mum mother mommy mummy mama sister sis daughter aunt auntie grandma "
                     "grandmother granny niece mil bestie fiancee husband hubby bf boyfriend dad father daddy papa "
                     "brother bro son uncle grandpa grandfather nephew fiance partner moms mums mothers wifes gfs "
                     "sisters husbands bfs boyfriends girlfriends dads fathers brothers sons daughters her his their "
                     "friend friends bff bffs cousin cousins coworker coworkers colleague colleagues boss bosses "
                     "teacher teachers neighbor neighbors neighbour neighbours kid kids child childs roommate "
                     "roommates classmate classmates")
_MANY = r"(?:\d{2,}|[二三四五六七八九几]?十|[一两几]?百|上百|几十)"

# Fifty-fourth round: the means an order is paid with, and what a message asks or tells besides (READINGS_EN's
# payment told as the story); a payment gone wrong is its own matter
_PAY_BRANDS_EN = (r"visa|mastercard|master card|amex|american express|paypal|alipay|wechat pay|wechatpay|apple pay|"
                  r"google pay|union ?pay|interac|e ?transfer|klarna|afterpay|shop pay|venmo|zelle")
_PAY_MEANS_EN = (_PAY_BRANDS_EN + r"|(?:visa |debit |credit )?card|credit card|debit card|wechat|points|reward points|"
                 r"gift cards?|store credit|cash|my balance")
_PAY_TROUBLE_EN = (r"declined|decline|failed|fail|fails|error|twice|double|doubled|rejected|refused|"
                   r"didnt go through|did not go through|not go through|charged|overcharged|fraud|scam|stolen|"
                   r"safe|secure|okay|ok|fine|allowed|accepted")
_ASKS_EN = (r"when|where|how|what|which|why|can|could|do|does|did|is|are|will|would|need|want|still|not|no|nothing|"
            r"hasnt|havent|isnt|has|have|any|update|status|yet|eta|ship|shipped|arrive|arrived|came|broken|leaked|"
            r"crushed|damaged|cancel|return|refund|invoice|receipt|track")
# Sixtieth round: other shops and brands a follower compares us with, what they do, and a question put to us
_OTHER_SHOPS_EN = (r"sephora|ulta|amazon|iherb|olive young|yesstyle|stylevana|glossier|dermstore|the ordinary|"
                   r"(?:the )?body shop|lush|shoppers(?: drug mart)?|london drugs|walmart|costco|boots|superdrug|"
                   r"cult beauty|lookfantastic|mecca|adore beauty|priceline|chemist warehouse|watsons|mannings|"
                   r"nordstrom|other (?:shops|stores|brands|sites|websites)|(?:most|many|all) (?:other )?"
                   r"(?:[a-z]+ )?(?:shops|stores|brands|sites|websites)")
_COMPARED_TRIGGERS_EN = ("sephora ulta amazon iherb olive yesstyle stylevana glossier dermstore ordinary body lush "
                         "shoppers london walmart costco boots superdrug cult lookfantastic mecca adore priceline "
                         "chemist watsons mannings nordstrom other most many all")
_THEY_DO_EN = (r"lets?|gives?|takes?|ships?|has|have|offers?|does|sends?|sent|wraps?|accepts?|allows?|tells?|"
               r"charges?|refunds?|delivers?|gets?|got|provides?|includes?|returns?|arrives?")
_TO_US_EN = (r"do you|does yours|is yours|are yours|same here|do that here|what about you|how about you|and you|"
             r"you too|your|yours|do u|do ya|can i do that|with you|from you")
_MESSAGES_EN = (r"messages|message|msg|msgs|texts|notifications|notification|promotions|promotion|promos|ads|"
                r"advertisement|advertisements|advertising|newsletter|newsletters|news|push")
# sixty-ninth round: a symptom a product causes, and the products it follows (READINGS_EN's reaction readings)
_SYMPTOM_EN = (r"(?:red|itchy|itching|itches|blotchy|puffy|swollen|bumpy|burning|burns|burn|stinging|stings|"
               r"sting|stung|tingly|tingling|tingles|tingle|hot|rashy|inflamed|hives|welts|a rash)")
_SYMPTOM_TRIGGERS = ("red itchy itching itches blotchy puffy swollen bumpy burning burns burn stinging stings "
                     "sting stung tingly tingling tingles tingle hot rashy inflamed hives welts rash")
_PRODUCT_EN = (r"(?:serum|cream|toner|cleanser|essence|mask|lotion|moisturi[sz]er|sunscreen|oil|balm|gel|exfoliant|"
               r"ampoule|mist|spf|vitamin c)")
_PRODUCT_TRIGGERS = ("serum serums cream creams toner toners cleanser cleansers essence mask masks lotion lotions "
                     "moisturiser moisturizer moisturisers moisturizers sunscreen oil balm gel exfoliant ampoule "
                     "mist spf c")
# Ninety-ninth round: a guess's opener ("I'm guessing", "Guessing", "Bet", "I take it"), first in the message, and what
# a guess says cannot be done ("isn't a thing", "isn't possible")
_GUESSED = "guessing assuming bet take assume reckon suppose figure guess"
_GUESS_LEAD = (r"(?:^(?:(?:im|i am|i m) )?(?:guessing|assuming)|^(?:i )?bet|^i (?:take it|assume|reckon|suppose|figure|"
               r"guess))(?: that)?")
_NOT_A_THING = r"(?:isnt|is not|aint) (?:a thing|possible|an option|allowed|doable|on the table)\b"

# hundred-and-twentieth round: what a resume is made of (READINGS_EN), then the question word that ends it
_RESUME_MADE_OF = (r"(?:all|mostly|basically|just|only|nothing but|pretty much(?: all)?|full of|largely|entirely|"
                   r"(?:\w+ )?pages? of)(?: all)?")
# ... the trade's words alone, no sentence of the follower's own ("My resume is mostly restaurant jobs. I really want
# to work in beauty retail. I've never done sales. How should I write my CV": read to "how", it lost the retail wish
# and job-apply took it)
_RESUME_TRADE = r"(?:(?!\b(?:i|ive|im|id|want|wanna|really|apply|applying)\b)[a-z0-9 ]){3,70}?"
_RESUME_ASKS = r"(?:how|what|whats|should|can|could|do|does|any|where|would|will)\b"


READINGS_EN: tuple[tuple[str, str, str], ...] = (
    # hundred-and-twentieth round (faq120, blind46's electricians, probe98's plumbers, blind35's academics, probe103):
    # what a resume (or one's experience beside a resume) is made of, told before the ask ("my resume is all panel
    # upgrades and conduit runs, how should I format it?", "my CV is six pages of publications. How should I cut it
    # down", "my experience is mostly bookstagram and a library job, how should the resume look"): the trade's words
    # are the follower's life, not the question, and they diluted the resume's ask until nothing answered. Read as
    # the resume alone before the question word that follows; experience or background only with a resume or CV
    # named after it (else "my experience is all forklift, where do I renew my cert" would lose its matter's words)
    ("resume resumes cv cvs",
     r"\b(my|the) (resume|resumes|cv|cvs)(?: is| s| are) " + _RESUME_MADE_OF + r" " + _RESUME_TRADE + r" (?="
     + _RESUME_ASKS + r")", r"\1 \2 "),
    ("experience background",
     r"\b(my|the) (experience|background)(?: is| s) " + _RESUME_MADE_OF + r" " + _RESUME_TRADE
     + r" (?=" + _RESUME_ASKS + r".*\b(?:resume|resumes|cv|cvs)\b)", r"\1 \2 "),
    # hundred-and-fifteenth round (blind46's arborists, probe98): a caller's "what's it cost to get a parcel down to
    # Victoria, and is there a point where you don't charge for it?": what it costs to get a parcel somewhere is the
    # cost to send it there (read as order-tracking's parcel before), and a point (an amount, a spend) where you
    # don't charge is free shipping's threshold
    ("cost costs", r"\bwhat(?:s| is| does| will| would|ll)? it (?:cost|costs) (?:me |us )?to "
                   r"(?:get|send|post|ship|mail) (?:a |an |the |my |our )?(?:parcel|package|box|order|stuff|things|it)"
                   r"(?: (?:down|up|over|out|across))? to\b", "how much to send it to"),
    ("charge", r"\b(?:is there|theres|there is|is there ever) (?:a|an) (?:point|amount|spend|total|limit) "
               r"(?:where|when|at which|after which) (?:you|u|ya|yall) (?:dont|do not|stop|no longer) "
               r"(?:charge|charging)"
               r"(?: (?:for it|for that|for postage|for shipping|for delivery|anything))?\b",
     "is there free shipping over an amount"),
    # ... and (blind46's hawkers) an order called off ("want to call off the whole order, still can?", "can I call my
    # order off") is cancelled; the phrasal verb read as the plain one
    ("off", r"\bcall(?:ing)? off (?:the |my |this |that |our )?(?:whole |entire )?(order|purchase)\b",
     r"cancel the \1"),
    ("off", r"\bcall(?:ing)? (?:the|my|this|that|our) (?:whole |entire )?(order|purchase) off\b", r"cancel the \1"),
    # hundred-and-thirteenth round (faq113, blind45's paramedics, probe96): a hedge between "do you" and its verb
    # ("do you even send to Quebec", "do you actually ship to Newfoundland", "will you actually send an order to
    # PEI") asks nothing more than the plain question; left in, it broke "do you ship to" (shipping-destinations'
    # keyword), and the place read by likeness as shipping cost's "cost to send to Canada". First: the readings after
    # it know the plain form ("can you send")
    ("even actually really ever",
     r"\b((?:do|does|can|could|will|would) (?:you|u|ya|yall)(?: guys| all| lot)?) (?:even|actually|really|ever) "
     r"(?=[a-z])", r"\1 "),
    # ninety-ninth round (blind41's stargazers, probe82): a guess asked as a yes/no ("I'm guessing swapping the cream
    # for the sunscreen isn't a thing?", "Guessing there's no way to figure out which products suit me ...?", "Bet you
    # don't take PayPal, huh?"): what is guessed is what is asked. The guess's negation read as the question ("isn't a
    # thing", "there's no way to", "you don't", "I can't", "too late to"), then the guess's opener dropped
    (_GUESSED, _GUESS_LEAD + r" (swap|return|cancel)(?:p|l)?ing (.{3,80}?) " + _NOT_A_THING, r"can i \1 \2"),
    (_GUESSED, _GUESS_LEAD + r" (trad|exchang|chang)ing (.{3,80}?) " + _NOT_A_THING, r"can i \1e \2"),
    (_GUESSED, _GUESS_LEAD + r" (?:theres|there is|there s) no (?:way|chance) (?:to|of|i can) ", "is there a way to "),
    (_GUESSED, _GUESS_LEAD + r" (?:you|u|yall) (?:dont|do not) ", "do you "),
    (_GUESSED, _GUESS_LEAD + r" (?:you|u|yall) (?:cant|cannot|can not) ", "can you "),
    (_GUESSED, _GUESS_LEAD + r" i (?:cant|cannot|can not) ", "can i "),
    (_GUESSED, _GUESS_LEAD + r" (?:its|it is|it s) (?:too late|no longer possible) to ", "can i still "),
    (_GUESSED, _GUESS_LEAD + r" (the|my|our) ((?:\w+ )?\w+) (?:cant|cannot|can not) be ", r"can \1 \2 be "),
    # (not an offer made to the reader: "Guessing you'd like 10k real followers for $30? Reply YES" is spam's)
    (_GUESSED, _GUESS_LEAD + r" (?!(?:youd|you would|you d|you want|you need|u want|u need|you wanna)\b)", ""),
    # ... which of ours would suit one's skin, asked or guessed at ("figure out which products suit me"): which to get
    ("suit suits", r"\b(?:(?:is there|theres) (?:a |any )?way to (?:figure out|find out|work out|know|tell) )?"
                   r"which (?:of your |of the )?(?:products?|ones?) (?:would |will |might )?(?:suits?|work for) "
                   r"(?:me|my skin|(?:oily|dry|combination|combo|sensitive|normal|mature) skin)\b",
     "which product should i get"),
    # ... "short of testing them all": without trying every product (not animal testing, cruelty-free's)
    ("short", r" ?\bshort of (?:testing|trying|buying|sampling) (?:them all|it all|everything|every one|each one"
              r"|them)\b", ""),
    # ... the box of an order tracked ("Order LM48213579 ... Where can I see where the box is right now?"): the parcel
    ("box", r"\b(track|where is|wheres|where s|see where|find) (the|my|our) box\b(?! (?:set|sets|kit|kits|size))",
     r"\1 \2 parcel"),
    ("box", r"\bwhere (the|my|our) box is\b", r"where \1 parcel is"),
    # ninety-seventh round (blind41, probe80): a job application or resume lost in the void, gone into the bin or a
    # black hole ("Guessing my application got lost in the void? Applied two weeks ago and heard nothing."): no word
    # back on it, as job-application-status reads it, not a parcel lost (package-problem's "lost", 丢件)
    ("void bin hole lost trash", r"\b(application|applications|resume|resumes|cv|cvs)\b(?: (?:just|simply|probably))?"
                           r" (?:got |was |has been |have been |is |went |go |gone |fell )?(?:straight |right )?"
                           r"(?:lost(?: in (?:the|a) (?:void|black hole|pile|shuffle|system))?|into (?:the|a) "
                           r"(?:void|bin|trash|black hole)|in (?:the|a) (?:bin|trash|void|black hole))\b",
     r"\1 no reply"),
    # ninety-fifth round (probe40, probe78): a message, an email or a text lost (misplaced), not a parcel ("can you
    # resend the tracking number, I lost the text" was package-problem's: "lost" reads 丢件)
    ("lost misplaced", r"\b(?:lost|misplaced) (?:the|my|that|this|your) ((?:confirmation |shipping |tracking |order )?"
                       r"(?:text|texts|email|emails|message|messages|sms|link|notification))\b", r"cant find the \1"),
    # seventy-sixth round (blind30, probe59), read first so that the readings below see them: Kongish and Singlish
    # tell a wait with "already" after the order ("order already one week still no arrive"): ordered a week ago
    ("already", r"\b(?:order|ordered|bought|paid|placed|shipped) already (one|two|three|four|five|six|seven|eight|"
                r"nine|ten|\d+|a|an|over|more than|almost|nearly) (day|days|week|weeks|month|months)\b(?! ago\b)",
     r"ordered \1 \2 ago"),
    # ... Kongish and Singlish "still no arrive", "still never come": still not arrived
    ("still", r"\bstill (?:no|not yet|haven|havent|never|didnt|no yet) (?:arrive|arrived|reach|reached|come|came)\b",
     "still not arrived"),
    # fiftieth round (probe33): formal letter English. Its salutations and sign-offs ("dear sir or madam", "dear
    # customer service", "to whom it may concern", "kind regards", "yours faithfully") and its references ("with
    # reference to", "further to") ask nothing; "kindly advise the procedure" asks how; an order "placed" is the
    # order (order-change-address's "old place", "new place" took "my order placed last week" by its stem)
    ("dear whom", r"^(?:dear (?:sir or madam|sir madam|sirs|sir|madam|customer service(?: team)?|"
                  r"customer care(?: team)?|(?:lumi )?team|lumi|hiring manager|recruiter|recruitment team|"
                  r"support(?: team)?)|to whom it may concern)\b ?", ""),
    ("regards faithfully sincerely truly", r"\b(?:(?:kind|best|warm|kindest|many) regards|regards|yours (?:faithfully|"
                                          r"sincerely|truly)|sincerely)(?: [a-z]+)?$", ""),
    ("reference further", r"^(?:with reference to|in reference to|with regard to|further to) ", ""),
    # sixty-second round (probe45): the over-polite letter's other courtesies ("respected sir", "kindly be informed
    # that", "i humbly request you to", "i trust you are keeping well", "i hope this message finds you well", "thanking
    # you in anticipation", "at the earliest") ask nothing; its sign-off is followed by a name of up to three words
    # ("warm regards mrs okafor", "yours faithfully r patel"); "the present whereabouts of my parcel" asks where it is
    # ("present" was gift-wrap's gift); "speak with a member of your staff" asks for a person (membership's member)
    ("respected", r"^respected (?:sir or madam|sir madam|sirs|sir|madam|team)\b ?", ""),
    ("informed request trust hope thanking earliest",
     r"\b(?:kindly be informed that|please be informed that|i (?:humbly |kindly )?request you to(?: kindly)?|"
     r"i trust (?:you are|youre|this finds you|this message finds you|this email finds you) (?:keeping )?well|"
     r"i hope (?:you are|youre|this message finds you|this email finds you|this finds you) (?:keeping )?well|"
     r"thanking you in (?:anticipation|advance)|at the earliest(?: possible)?)\b ?", ""),
    ("regards faithfully sincerely truly", r"\b(?:(?:kind|best|warm|kindest|many) regards|yours (?:faithfully|"
                                          r"sincerely|truly))(?: [a-z]+){1,3}$", ""),
    ("whereabouts", r"\b(?:the )?(?:present |current |exact |precise )?whereabouts of\b", "where is"),
    # ... the ways to pay ("ok so what other ways are there to pay", "what ways can I pay"): payment-methods' payment
    # methods (order-tracking's "on the way" took "ways"); and what to spend for "it" to be free, free shipping ("why am
    # i paying 8 for shipping, how much do i need to spend for it to be free" was samples' free samples)
    # ... "where is it (at)" after an order told ("a long wait for my package, where is it", "Ordered a serum off yous
    # last Tuesday and it's still not landed, where is it at?"): where my order is; not where it is made or printed
    # (eighty-sixth round: not after a change asked, "can I switch where it's going": read below as the address's)
    # (eighty-sixth round: "parcels", "packages" as a possessive's "s" leaves them, "my parcel's sitting somewhere")
    ("where wheres", r"^(?=.*\b(?:ordered|order|orders|parcels?|packages?|delivery|shipment|bought|purchased|paid)\b)"
                     r"(.*?)"
                     r"\b(?<!switch )(?<!change )(?<!update )(?<!redirect )(?<!alter )"
                     r"where(?:s| is| are) (?:it|it all|they|that|them|this)(?: at| now| at now)?\b"
                     r"(?! (?:made|from|produced|manufactured|printed|located|written|stamped|sold|listed|shown|on|in|"
                     r"used|applied|kept|stored)\b)", r"\1where is my order"),
    # ... Irish and British greetings ("what's the craic lads", "how's the craic", "hiya lads", "cheers lads"): the lads
    # greeted are no men asking for skincare (mens-skincare took "lads"); "any products for the lads" keeps them
    ("craic", r"\b(?:whats|hows|any|what is|how is) (?:the )?craic(?: (?:lads|folks|all|everyone))?\b ?", ""),
    ("lads", r"^(?:(?:hi|hey|hiya|hello|morning|cheers|thanks|ta|right|ok|okay) )?lads\b ?", ""),
    ("lads", r"\b(cheers|thanks|ta) lads\b", r"\1"),
    # ... a courier as the verb ("do you guys courier to Joburg"): to ship (customs-duties' courier took it)
    ("courier", r"\b(do|can|will|could|would) (?:you|u|ya|yall)(?: guys| all| lot| folks)? courier\b", r"\1 you ship"),
    ("ways way options", r"\b(?:ways?|options?) (?:(?:are there|is there|can i|could i|do i have|do you have|i can|"
                         r"you have|you take|you accept) )?(?:to )?pay\b", "payment methods"),
    ("free", r"\b(spend(?: [a-z0-9]+){0,4}?) (?:for it to be|to get it|to make it|for it to ship|to have it shipped|"
             r"to have it sent|to have it delivered) free\b", r"\1 for free shipping"),
    ("member members", r"\b(speak|talk|chat|be in touch|get in touch|communicate) (?:with|to) (?:a |one of )?"
                       r"(?:member|members) of (?:your|the|ur) (?:staff|team|customer service team|support team|"
                       r"customer care team|customer service|customer care)\b", r"\1 to a person"),
    ("placed", r"\b(orders?)(?: (?:that|which))?(?: i| we)? placed\b", r"\1"),
    ("procedure process", r"\b(?:kindly |please )?(?:advise|explain|let me know|tell me) (?:me )?(?:of |on )?the "
                          r"(?:procedure|process)\b", "how"),
    ("status", r"(\b(?:order|orders|parcel|package|delivery|shipment|purchase)\b.*?)\b(?:could|would|can) you "
               r"(?:kindly |please )?(?:advise|tell me|let me know|confirm|update me on) (?:its|it s) (?:current )?"
               r"status\b", r"\1where is my order"),
    # fifty-fourth round (probe37): how an order was paid, told on the way to another question ("paid with alipay
    # yesterday, when do you ship it out", "paid by mastercard, I need an invoice", "used apple pay on the website, how
    # do I track it"): the story, not the question (payment-methods took them by the means' names). Only the past tense
    # with another word asking or telling something; not a payment gone wrong (declined, charged twice, failed: no
    # entry's, kept as typed) nor a question of paying ("can I pay with PayPal", "do you take visa")
    ("paid payed used",
     rf"^(?!.*\b(?:{_PAY_TROUBLE_EN})\b)(?=.*\b(?:{_ASKS_EN})\b)(.*?)\b(?:i |we )?(?:already |just |have |had )?"
     rf"(?:(?:paid|payed)(?: for (?:it|them|the order|my order|everything))? (?:with|by|via|through|using|on|in) "
     rf"|used (?=(?:my |a |an |the )?(?:{_PAY_BRANDS_EN}|gift cards?|store credit)\b)"
     rf"|used (?=(?:my |a |an |the )?(?:{_PAY_MEANS_EN})(?: (?:and|plus) (?:my |a |an |the )?(?:{_PAY_MEANS_EN}))? "
     r"to pay\b))"
     rf"(?:my |a |an |the )?(?:{_PAY_MEANS_EN})(?: (?:and|plus|\+) (?:my |a |an |the )?(?:{_PAY_MEANS_EN}))?"
     r"(?: to pay| to check out| at checkout)?(?: (?:on|at) (?:the |your |ur )?(?:website|site|app|web|checkout))?"
     r"(?: (?:on |last |this |over the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)"
     r"(?: (?:morning|afternoon|evening|night))?)?\b",
     r"\1"),
    # ... and who they are ("new immigrant here", "I'm a recent immigrant"): the story (immigrant was the
    # immigration office's word)
    ("immigrant immigrants",
     r"\b(?:(?:i m|im|i am|we re|were|we are|as) (?:a )?(?:new|recent|newly arrived) immigrants?(?: here)?"
     r"|(?:new|recent) immigrants? here)\b", ""),
    # forty-third round (blind23's and probe26's ABC and ESL English): slang hedges that ask nothing ("ngl i typed my
    # old dorm address", "yo i lowkey impulse bought", "fr tho do yall test on animals"), and "at all" said as an idiom
    # ("i cant wrap to save my life", "for the life of me")
    ("ngl lowkey highkey tbh frfr fr imo istg deadass",
     r"\b(?:ngl|lowkey|highkey|tbh|frfr|fr|imo|istg|deadass)\b ?", ""),
    ("save life", r"\b(?:to save my life|for the life of me)\b", ""),
    # ... an address named by whose or which it was ("my old dorm address", "my previous work address", "my parents
    # address by mistake"): order-change-address's "old address", "wrong address"
    ("address", r"\b(old|previous|former|wrong) (?:[a-z]+ )?address\b", r"\1 address"),
    ("address", r"\b(?:parents|parent|moms|mums|dads|grandmas|grandpas|sisters|brothers|friends|work|office|school|"
                r"dorm) address by (?:mistake|accident)\b", "wrong address"),
    # ... "original" for genuine, as Malaysian and ESL English says it of a product ("how to check it's original one",
    # "the box got one code, where to scan to check original ah"); not an original payment method, box or receipt
    ("original",
     r"(?:(?<=\bis )|(?<=\bits )|(?<=\bcheck )|(?<=\bif )|(?<=\bwhether ))original\b"
     r"|\boriginal(?= one\b| or not\b| or fake\b| anot\b)", "genuine"),
    # ... a relative or friend brought to buy is a referral, as ESL writers say it ("I introduce my cousin to buy, any
    # reward for me?", "I bring my sister to buy in your shop")
    ("introduce introduced introducing bring brought bringing",
     r"\b(?:introduce|introduced|introducing|bring|brought|bringing) (?:my |a |his |her )?(?:cousin|sister|brother|"
     r"mom|mum|mother|aunt|aunty|auntie|uncle|friend|friends|colleague|colleagues|neighbour|neighbor|relative|"
     r"relatives|family|classmate|classmates|coworker|coworkers) (?:to buy|to shop|to order|to try)\b",
     "refer a friend to buy"),
    # forty-fourth round (probe27): someone else's birthday is the occasion, not the member's own (birthday-gift's):
    # "for my gf's birthday, can you wrap it", "I ordered my mom's birthday gift last week, where is it", "her birthday
    # is next week"; the question asked is the wrapping, the delivery, what to buy. "my birthday", "birthday month",
    # "their birthday" (members'), "my daughter is turning 18" (round 36) stay birthday-gift's. Read as "her 日子" (a
    # day of hers), not dropped: shipping-time's own "before her birthday" reads the same, and a two-character word
    # keeps the texts' lengths (a longer "occasion" moved blind15's tracking question to a menu by its similarity)
    (_GIFT_TRIGGERS_EN,
     r"\b((?:my |her |his |our |the )?" + _SHE_EN[:-1] + "|" + _HE_EN[3:-1] + "|" + _THEY_EN[3:] +
     r")s? (?:birthday|bday|b day)\b",
     r"\1 日子"),
    ("her his", r"\b(her|his) (?:birthday|bday|b day)\b", r"\1 日子"),
    ("birthday bday",
     r"\b(?:birthday|bday) (gift|gifts|present|presents)(?= (?:for|to|from) (?:my|her|him|a|the|our|his)\b)", r"\1"),
    # ... a gift received is the speaker's, whoever gave it: "my boyfriend got me the serum but it broke me out, can I
    # return it", "my husband gave me your retinal serum" (mens-skincare took them on the relation word alone)
    (_GIFT_TRIGGERS_EN,
     r"\b(?:my )?(?:" + _SHE_EN[3:-1] + "|" + _HE_EN[3:-1] + r")(?: just| wants to| want to| is going to| will)? "
     r"(?:got|gave|bought|sent|gifted|get|give|buy|send) me\b", "i got"),
    (_GIFT_TRIGGERS_EN, r"\b(gift|present|gifted)((?: \w+){0,2}) from (?:my )?" + _HE_EN + r"\b", r"\1\2 from someone"),
    # ... resellers and bulk buyers: a bulk or volume order, tens of units, corporate gifts are a wholesale question
    # ("can I buy in bulk? like 30 sunscreens", "do you give a discount for large orders"), a creator's commission or
    # affiliate link a partnership ("what's the commission if I promote your stuff on my tiktok")
    ("bulk large volume big corporate units pieces pcs resell reselling",
     r"\b(?:in bulk|bulk (?:order|orders|ordering|buy|buying|purchase|purchases|pricing|price|prices|discount|"
     r"discounts|rate|rates)|(?:large|big) (?:orders?|quantit(?:y|ies)|volumes?)|volume (?:pricing|discounts?|prices?|"
     r"rates?|orders?)|corporate (?:gifts?|gifting|orders?)|(?:\d{2,}|dozens of|hundreds of) (?:units|pieces|pcs)|"
     r"resell|reselling)\b", "wholesale"),
    ("wholesale",
     r"\b(?:discount|discounts|deal|deals|cheaper|better price|price break)\b((?: \S+){0,6}?) wholesale\b"
     r"|\bwholesale\b((?: \S+){0,6}?) (?:discount|discounts|deal|deals|cheaper|better price|price break)\b",
     r"wholesale \1\2 wholesale"),
    # ... a gift's price kept out, asked as followers ask it ("can you not put the price in", "no receipt or price
    # inside"), as the older "dont put the price in" reading below
    ("not no price prices receipt invoice",
     r"\b(?:can you |could you |please |pls )?not (?:put|putting|include|including|add|adding) (?:the |a |any )?"
     r"(?:price|prices|receipt|invoice|price tag|price tags)\b"
     r"|\b(?:with )?no (?:receipt|price|prices|invoice|price tag)s?(?: or (?:receipt|price|prices|invoice)s?)? "
     r"(?:inside|in it|in the box|in the parcel|in the package)\b", "leave the price out"),
    # ... a note written for the person it is for ("can you write a note from me in the package", "put a little card
    # inside with a message"): gift-wrap's gift note (not "add a note to my order", a delivery instruction)
    ("write writing include enclose attach put card note",
     r"\b(?:write|writing|include|enclose|attach|put) (?:a |an )?"
     r"(?:little |short |small |personal |handwritten |nice )?"
     r"(?:note|card|message)\b", "gift note"),
    # ... what to give a woman or a friend is what to buy ("what's a good gift for my mum", "which of your products
    # would be a good present"): product-recommendation's "what should i get"; not a man (mens-skincare's "Gift ideas
    # for my boyfriend's skin?")
    ("gift gifts present presents",
     r"^(?!.*\b" + _HE_EN + r"s?\b)(.*?)\b(?:a )?(?:good|nice|great|best|perfect) (?:gift|present)s?\b",
     r"\1what should i get"),
    ("affiliate affiliates commission commissions",
     r"\b(?:affiliates?(?: program| programme| programs| links?| marketing)?|commissions?)\b", " collab "),
    # thirty-sixth round: sending to the mainland by another verb is shipping there ("can u guys deliver to guangzhou",
    # "can you deliver to her in shanghai", "post some to my mum in shenzhen"): "ship to", whose "ship to china" is
    # shipping-to-china's keyword. A construction, not keywords of that entry: "deliver" among its words made
    # package-problem's "says delivered" questions weigh less and a tracking question a menu (tests/unit round 28)
    ("deliver send post",
     r"\b(?:deliver|send|post)(?: (?:it|them|some|this|these|stuff|things|products|parcels?|a parcel|a package))?"
     r"(?: (?:directly|straight|over))? to (?:(?:her|him|them|my [a-z]+|my [a-z]+ [a-z]+) in )?"
     r"(?=(?:the )?(?:mainland|china|" + "|".join(
         w for w in PLACES[0] if w.isascii()) + r")\b)",
     "ship to "),
    # thirty-sixth round: turning an age is a birthday ("turning 30 next month, do members get a lil something" was
    # membership's; "i turn 25 on friday, any gift?"): a two-digit age, not degrees, a percentage or days
    ("turn turning turns",
     r"\b(?:turn|turning|turns) [1-9]\d\b(?! ?(?:degrees|degree|deg|percent|days|day|minutes|mins|hours|orders|items))",
     "birthday"),
    # thirty-sixth round: an ESL question in the order of a statement ("when i will know the result", "where i can
    # buy it", "how i can return"): the question's order, as the FAQ asks it ("when will i know" is
    # job-application-status's); only before the subject's verb, so "tell me when i can order" reads the same
    ("when where how",
     r"\b(when|where|how) (i|we) (will|can|should|could|shall) (?!be\b)(?=[a-z])", r"\1 \3 \2 "),
    # thirty-sixth round: the follower paying a price difference is an exchange's top-up, 补差价 as the FAQ says it
    # (exchange's keyword): "the price difference I will pay, possible?" was a menu of currency and customs-duties;
    # not a difference refunded ("the price dropped, refund the difference"). Read as the Chinese word: an English
    # "difference" among exchange's words made that refund exchange's
    ("difference",
     r"\b(?:pay|paying|top up|cover|covering) (?:for )?(?:the |any )?(?:price |extra )?difference\b"
     r"|\b(?:the )?(?:price )?difference (?:i|we) (?:will|can|ll|would|could|am willing to) (?:pay|cover|top up)\b",
     " 补差价 "),
    # thirty-sixth round: money back to a card is the refund arriving (refund-time's "back on my card"), not the card
    # one pays with ("will the refund go back to my credit card" was a menu with payment-methods)
    ("back",
     r"\bback (?:to|on|onto|into|in) (?:my|the|our|your|original|the original|my original) "
     r"(?:credit card|debit card|card|visa|mastercard|amex|account)\b",
     "back on my card"),
    # thirty-fifth round: time gone by, as teenagers complain of it ("where is my stuff its been so long" was
    # pregnancy-safe's, "its been forever" had no answer): "it's been a while", everyday words
    ("been",
     r"\b(its|it has|has|its already|it has already) been (?:so |soo+ |such a |too |very |really |literally )?"
     r"(?:long|forever|ages|a long time|a long while|a minute|a hot minute)\b",
     r"\1 been a while"),
    # thirty-fifth round: a friend addressed at the start ("bro where is my stuff", "dude can u ship to nz") is nobody
    # the question is about (mens-skincare has "my bro" and "dude" of a man the product is for; those keep theirs)
    ("bro bruh dude fam", r"^(?:bro|bruh|dude|fam) (?=[a-z])", ""),
    # thirty-sixth round: a shop taking a product back is a return, as ESL writers ask it ("your brand can take back
    # even after open", "do you take back opened items"); not words taken back ("take back what i said")
    ("take takes taking took",
     r"\b(?:take|takes|taking|took) (it|them|this|that|these|those|the [a-z]+ |)\s?back\b"
     r"(?! (?:what|my words|everything|control|the words)\b)",
     r"return \1"),
    # thirty-fifth round: a product given back is returned, as ESL writers say it ("can i give back the cream, i not
    # use it yet", "want to give it back"); not money given back (a refund: "give my money back") or anything given
    # back to "me"
    ("give giving",
     r"\b(?:give|giving) (it|them|this|that|these|those|the (?!money\b|cash\b|refund\b)[a-z]+) back\b",
     r"return \1"),
    ("give giving",
     r"\b(?:give|giving) back\b(?! (?:me|my|the money|money|the cash|cash|the refund)\b)", "return"),
    # thirty-fifth round: a product not opened yet is unopened, as ESL writers and statements say it ("haven't opened
    # it yet", "not yet opened", "not open yet"; thirty-sixth round: "haven open yet leh", Singlish's "haven" and
    # texting's "havnt"); not used yet, only beside a return or an exchange ("can i return
    # it, i not use it yet" was refund-time's by its "yet"; "i haven't used it yet, how do i start" asks how to use
    # it). "yet" is required: "never used a retinoid" is the retinal's beginner
    ("yet",
     r"\b(?:not|havent|have not|hasnt|has not|didnt|did not|still not|not even|haven|havnt|hvnt|havent even)"
     r" (?:open|opened)"
     r"(?: (?:it|them|this|that|the [a-z]+))? yet\b|\bnot yet (?:open|opened)(?: (?:it|them|this|that))?\b",
     "unopened"),
    ("yet",
     r"\b(return|exchange|swap|back|change)\b(.*?)\b(?:not|havent|have not|hasnt|has not|didnt|did not|still not"
     r"|not even) (?:use|used)(?: (?:it|them|this|that|the [a-z]+))? yet\b",
     r"\1\2unopened"),
    ("yet",
     r"\b(?:not|havent|have not|hasnt|has not|didnt|did not|still not|not even) (?:use|used)"
     r"(?: (?:it|them|this|that|the [a-z]+))? yet\b(?=.*\b(?:return|exchange|swap|back|change)\b)"
     r"|\bnot yet (?:use|used)(?: (?:it|them|this|that))?\b(?=.*\b(?:return|exchange|swap|back|change)\b)",
     "unopened"),
    # thirty-fifth round: not wanting the messages is stopping them, as followers state it ("i dont want these
    # messages anymore" was a menu with order-cancel's "I don't want the order anymore"; "i do not wish to receive
    # your newsletters" had no answer): the FAQ's "I don't want marketing messages"
    ("dont not longer",
     r"\b(?:dont|do not|no longer|dont really|do not really) (?:want|wish|need|like)(?: to (?:receive|get|see|have))?"
     r"(?: (?:any|these|your|all|the|those|more|all these|all your|any more|any of these|any of your))?"
     r"(?: (?:marketing|promo|promotional|daily|weekly))? "
     r"(?:messages|msgs|promos|promotions|newsletters|newsletter|notifications|ads|marketing|updates|texts|spam)\b",
     "dont want marketing messages"),
    # thirty-fifth round: a place after a bare "ship to" is the whole message ("ship to aus?", "deliver to melbourne
    # pls"): whether the shop sends there, as "do you ship to ..." asks (Australia and Canada fragments were
    # shipping-cost's, a price never asked); not when anything else is said ("ship to aus how long"), and the verb
    # kept (read as "ship", the FAQ's "can you deliver to new zealand" lost its verb and moved cost questions)
    ("ship deliver send post",
     r"^(ship|deliver|send|post) (?:to|2) ((?!me\b|my\b|you\b|u\b)[a-z]+(?: [a-z]+)?)"
     r"(?: (?:too|also|pls|please|plz))?$",
     r"do you \1 to \2"),
    # thirty-fourth round: putting it on again is reapplying ("sunscreen need to put again and again issit", "do i put
    # it on again after swimming"); "apply again" only with what is applied (alone it may be a job's application)
    ("again",
     r"\b(?:put|spray|slap|rub|smear|top up)(?: (?:it|some|more|sunscreen|spf|sunblock))?(?: on)? again"
     r"(?: and again)?\b"
     r"|\bapply (?:it|some|more|sunscreen|spf|sunblock)(?: on)? again(?: and again)?\b",
     "reapply"),
    # thirty-fourth round: Singlish and Manglish "reach" is arriving, said of the parcel or with no object at all
    # ("when can reach ah", "parcel never reach", "order reach already"); not reaching a person ("how do i reach you",
    # "reach an agent", "reach out")
    ("reach reached reaches",
     r"\b(parcel|parcels|package|packages|order|orders|box|stuff|things|delivery|items?|it|they|can|cannot|cant|"
     r"never|not yet|didnt|havent|hasnt|will|still)( (?:already|only|still|also|finally) )?\s?reach(?:ed|es)?\b"
     r"(?! (?:you|u|ur|your|yall|a person|someone|somebody|anyone|agent|an agent|a human|human|customer|staff|"
     r"support|cs|the team|out|over)\b)",
     r"\1\2 arrive"),
    # twenty-seventh round: shifts picked up are shifts worked ("can i pick up shifts with you guys": "pick" made it
    # product-recommendation's), and what one may do "legally" is what one is allowed to do (a visa's question)
    ("pick picking picked",
     r"\b(?:pick|picking|picked) up (?:a |some |extra |more |the odd |a few |any )?shifts?\b", "work shifts"),
    ("legally", r"\b(?:can|could|may) (i|we|u) legally\b", r"am \1 allowed to"),
    # twenty-fifth round, ESL and colloquial constructions as kinds (blind19): "change it to the night serum", "switch
    # them to the toner" (a product traded for another: the FAQ's "swap it for a different product", as "change to
    # another product" below); "how would i go about applying" (how do i apply). Tried and dropped: "is it possible
    # you send" as "can you send" (package-problem's "can you send a replacement" took blind17's Auckland question)
    ("change changing changed switch swap",
     r"\b(?:change|changing|switch|swap)(?: it| them| this| that| mine)? (?:in)?to the (?:[a-z]+ ){0,2}?"
     r"(?:serum|cream|cleanser|toner|sunscreen|moisturizer|moisturiser)s?\b", "swap it for a different product"),
    ("about", r"\bhow (?:would|do|should|can|could|will) (?:i|we|one|u|you) go about\b", "how do i"),
    # what customs needs from the recipient ("what information the customs need", "what documents does customs ask
    # for"): the paperwork of clearance, the recipient's ID (shipping-to-china's), not paying duties (blind19:
    # customs-duties took it)
    ("customs",
     r"\b(?:information|info|details|documents|docs|paperwork|papers)(?: [a-z]+){0,3}? customs\b"
     r"|\bcustoms(?: [a-z]+){0,3}? (?:information|info|details|documents|docs|paperwork|papers)\b",
     "customs id number"),
    # when it ships, asked of "it" or "you" and not of an order placed ("when will it ship", "when do you ship", "when
    # will it ship to canada"): when it goes out, shipping-time's "ships out" (they were shipping-cost's or
    # shipping-destinations'; "when will my order ship" stays order-tracking's); lead24
    ("when",
     r"\bwhen (will|would|do|does|can|should) (it|you|they|u|you guys|this|that|these|those|things|stuff) "
     r"(?:ship|be shipped|get shipped|be dispatched|get dispatched|be sent|get sent)\b(?! out)",
     r"when \1 \2 ship out"),
    # someone's mate, buddy or pal is a friend ("if i get my mate to buy something do i get anything out of it" was
    # product-recommendation's: the referral asks of a friend); not the mate a follower addresses ("cheers mate");
    # twenty-fourth round
    ("mate mates buddy buddies pal pals", r"\b(my|a|our|your|his|her) (?:mate|buddy|pal)s?\b", r"\1 friend"),
    # skin that reacts to everything ("my face goes red with almost everything", "stings with basically anything new",
    # "my skin hates everything", "everything burns"): very sensitive skin, whatever else the message asks of "your
    # stuff" (a menu with mens-skincare on blind13, blind18 and the development set); twenty-fourth round
    # (forty-seventh round, probe30 and blind10's, blind12's, blind15's, blind21's long tellings: "my cheeks flush and
    # burn with most skincare", "everything I try stings my face", "most products make my cheeks burn within minutes",
    # "every product I try leaves my face red and tight")
    ("everything anything",
     r"\b(red|sting|stings|stingy|burn|burns|react|reacts|reacting|irritated|break out|breaks out|flare|flares|"
     r"freak out|freaks out|freaking out|goes crazy|go crazy|goes nuts|go nuts)"
     r"((?: [a-z]+){0,3}?) (?:with|to|from|after|by) (?:almost |like |basically |literally |pretty much |just about )?"
     r"(?:everything|anything new|anything|every product|every new product|all products)\b"
     r"|\b(?:hates|hate) everything\b|\beverything (?:burns|stings|irritates)\b", r"\1\2 very sensitive"),
    ("most everything many every all",
     r"\b(?:red|sting|stings|burn|burns|react|reacts|irritated|flare|flares|flush|flushes)(?: [a-z]+){0,3}? "
     r"(?:with|to|from|after|by) (?:almost |pretty much |just about )?(?:most|most of the) (?:products|skincare|brands|"
     r"creams|things)\b|\beverything (?:i try|i use|i put on) (?:burns|stings|irritates)\b"
     r"|\b(?:most|many|so many|every|all|nearly all|almost all)(?: of the)? (?:products|product|skincare|brands|brand|"
     r"creams|things|stuff)(?: i try| i use| ive tried| i ve tried| out there)? (?:make|makes|leave|leaves|turn|turns|"
     r"give|gives|set off|sets off)(?: my (?:face|skin|cheeks|cheek))? (?:burn\w*|red|sting\w*|blotchy|irritated|"
     r"flare\w*)\b", "my skin is very sensitive skin"),
    # ... and rosacea had, told as one's own ("I've got rosacea, is there anything in your range I can use": retinoid-
    # start's "can i use"; "I have rosacea, which products would you recommend": product-recommendation's); not a
    # rosacea laser session or a doctor's appointment
    ("rosacea",
     r"\b(?:i have|ive got|ive had|i ve got|i ve had|i got|i get|i suffer from|suffering from|diagnosed with)"
     r" rosacea\b",
     "i have rosacea very sensitive skin"),
    # the night serum is the brand's only one, the retinal serum ("started the night serum and my chin is peeling":
    # no answer on blind18, "first time with the night serum" routine-order's on the development set); twenty-fourth
    # round
    ("night", r"\b(?<!retinal )night serum\b", "retinal serum"),
    # an item not in the parcel ("the sunscreen I paid for wasn't inside", "the toner isn't in the box"): the FAQ's "is
    # missing" (shipping-time took it on "order arrived"); twenty-fourth round
    ("wasnt werent isnt arent not",
     r"\b(?:wasnt|was not|werent|were not|isnt|is not|arent|are not)(?: even)? (?:inside|in the box|in the parcel|"
     r"in the package|in there|included"
     # sixty-ninth round (probe52): ... in one's own ("the moisturiser wasnt in my parcel")
     r"|in (?:my|our) (?:box|parcel|package|order|delivery|shipment))\b", "is missing"),
    # the delivery's status checked ("how do i check the delivery status of my order"): tracking it, not a job
    # application's status; twenty-fourth round
    ("status",
     r"\b(?:check|see|find|get|know|view)(?: the| my)? (?:delivery|shipping|shipment|order|parcel|package) status\b",
     "track my order"),
    # a person to talk to, said as followers insist on it ("can i talk to an actual person", "speak to someone from your
    # team": store-locations' and business-hours'); the FAQ's "talk to a person". Not "chat with an actual human", which
    # tests/unit/test_faq_followers.py keeps under the handoff's bar; twenty-fourth round
    ("talk speak",
     r"\b(?:talk|speak)(?: to| with) (?:an? )?(?:(?:actual|real|live) (?:person|human|human being|people)|"
     r"(?:someone|somebody|a person) (?:from|on|in) (?:your|the) team)\b", "talk to a person"),
    # charged, as followers dread it: "get slapped with import fees", "stung with charges" (blind18: no answer), as the
    # FAQ's own "get hit with extra fees" (twenty-fourth round; read as "pay", the FAQ's question lost its "hit" and a
    # blind15 menu became a wrong answer)
    ("slapped stung whacked dinged smacked",
     r"\b(get|getting|gets|got|be|been|being) (?:slapped|stung|whacked|dinged|smacked) with\b", r"\1 hit with"),
    # a product changed for another, as ESL writes it: "change into other product", "change to another one", "change it
    # for other product" (the FAQ's "swap it for a different product"; blind18: no answer); twenty-fourth round
    ("change changing changed",
     r"\b(?:change|changing|changed)(?: it| them| this)? (?:in)?to (?:an?other|other|different|a different) "
     r"(?:product|one|item|cream|serum)s?\b"
     r"|\b(?:change|changing|changed)(?: it| them| this) for (?:an?other|other|a different) (?:product|one|item)s?\b",
     "swap it for a different product"),
    # opened, in a perfect or passive ("once it has been opened", "after it's been opened", "after its opened"): the
    # FAQ's "once opened" (blind18: a menu with the return policy's "opened"); twenty-fourth round
    ("opened",
     r"\b(once|after|since|when) (?:it|its|it s|they|theyre|they re|the jar|the bottle)(?: has| have| is| are| was)?"
     r"(?: been)? opened\b", r"\1 opened"),
    # ... and reacting at a look ("my face turns red if I even look at a new product")
    ("look", r"\b(?:if|when) i (?:even |so much as |just )?look at (?:a |any |anything |something )?(?:new )?",
     "very sensitive "),
    # a baby's age is not a product's: "nursing my 4 month old" (shelf-life took it on "month old")
    ("old",
     r"\b(?:my|our|her|his) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?"
     r"(?:month|week|wk|mo)s? old\b", "my baby"),
    # a person's age is not a product's: "is it ok for 16 year old", "my 12 yo daughter" (shelf-life took them on
    # "year old"; stop 31). From 4 years up: a cream is 1-3 years old
    # (eighty-sixth round: a grown-up's age, 20 and up, is no teenager's: "I'm a 40-year-old framer ... is this stuff
    # for guys too?" read a teenager; it says nothing of a topic)
    ("old yo", r"\b[2-9]\d ?(?:years?|yrs?|y) ?old\b|\b[2-9]\d ?yo\b", ""),
    ("old yo",
     r"\b(?:[4-9]|1\d) ?(?:years?|yrs?|y) ?old\b|\b(?:[4-9]|1\d) ?yo\b", "teenager"),
    # nursing as feeding a baby (not a nurse's job): "still nursing my 4 month old", "I'm nursing"
    ("nursing",
     r"\b(im|i am|am|still|currently|while|been|and) nursing\b", r"\1 breastfeeding"),
    ("nursing",
     r"\bnursing (my|a|our|mom|mum|mother|moms|mums|mothers|baby)\b", r"breastfeeding \1"),
    # the skin reddening, said of the face: "my face turns red", "goes red with everything" (men's skincare's "gets
    # red after shaving" took them)
    ("red",
     r"\b(?:turns|turned|turning|turn|goes|going|went|go) (?:bright |really |so |super |all )?red\b", "gets red"),
    # paying for the delivery is its price, not a duty at the door ("do I have to pay for delivery", "8 bucks for
    # delivery", "the delivery money"); "pay on delivery" stays the courier's
    ("delivery postage money",
     r"\b(?:pay|paying|paid|charge|charges|charged|charging|added|adds|add|cost|costs|money|bucks|dollars|\d+) for "
     r"(?:the )?(?:delivery|postage)\b|\b(?:delivery|shipping|postage) money\b", "shipping fee"),
    # ... and paid with no "for", or asked of an order's sum ("pay delivery for 40 bucks?", "shipping for 40 bucks?":
    # customs duties and a did-you-mean, verify19); "pay on delivery" stays the courier's
    ("delivery postage shipping",
     r"\b(?:pay|paying|paid) (?:the )?(?:delivery|postage|shipping)\b"
     r"|\b(?:delivery|postage|shipping)(?= (?:for|on) (?:a |an |my )?\d+ ?(?:bucks|dollars?|cad|usd|aud)\b)",
     "shipping fee"),
    ("much",
     r"\bhow much (?:do (?:you|u|yall) |does it |would it |will it |is it )?(?:charge |cost )?(?:to )?"
     r"(?:send|post|ship|deliver|mail)\b", "how much is the shipping fee to"),
    # the language of this chat: "can we do this in English", "could you keep it in Chinese"
    ("english chinese mandarin cantonese",
     r"\b(?:can|could) (?:we|you|u) (?:do|keep|continue|talk|chat|speak|text|write|reply)(?: this| it)? in "
     r"(english|chinese|mandarin|cantonese)\b", r"can you reply in \1"),
    # an order placed twice by a button pressed twice: "hit pay twice", "clicked checkout twice"
    ("twice",
     r"\b(?:hit|hitting|press|pressed|pressing|click|clicked|clicking|tap|tapped|tapping|push|pushed|submitted)"
     r"(?: \w+){0,4} twice\b", "ordered twice"),
    # (not a double payment or charge: a billing problem, fortieth round, read below unless an order is cancelled)
    ("double duplicate duplicated",
     r"\b(?:double|duplicate|duplicated) (?:order|orders|ordered|purchase|purchased)\b",
     "ordered twice"),
    # getting rid of one of two orders: "kill one of them", "get rid of the extra one"
    ("kill nix ditch scrap delete drop rid",
     r"\b(?:kill|nix|ditch|scrap|delete|drop|get rid of) (?:one|the extra|the other|the second|the duplicate)\b",
     "cancel one"),
    # applying for a job in idiom: "put my name in", "put my name forward", "throw my hat in the ring"
    ("name names hat",
     r"\b(?:put|putting|throw|throwing) (?:my|our) (?:name|names|hat) (?:in|into|forward|down)\b", "apply"),
    # bringing people to the shop: "get my coworkers to sign up", "talking you up", "spreading the word"
    ("get getting",
     r"\bget(?:ting)? (?:my |a |some |all my |a few )?(?:\w+ )?(?:friend|friends|coworker|coworkers|colleague|"
     r"colleagues|roommate|roommates|flatmate|flatmates|sister|sisters|family|mates|people|ppl|classmates) "
     r"to (?:sign up|join|order|buy|try|shop)\b", "refer a friend"),
    ("up word",
     r"\b(?:talking|talk|talked) (?:you|u|lumi) (?:guys )?up\b|\bspread(?:ing)? the word\b", "refer a friend"),
    # a pregnancy as followers announce it: "a positive test", "baby on the way", "four months along"
    ("positive way oven along due",
     r"\bpositive (?:pregnancy )?test\b(?! for)|\bbaby on the way\b|\bbun in the oven\b"
     r"|\b(?:\d+|a few|one|two|three|four|five|six|seven|eight|nine) (?:months|weeks) along\b"
     r"|\bdue in (?:january|february|march|april|may|june|july|august|september|october|november|december"
     r"|the spring|the summer|the fall|the winter|spring|summer|fall|autumn|a few weeks|\d+ weeks|\d+ months)\b",
     "pregnant"),
    # part of an order that did not come: "ordered 3 things, only 2 in the box"
    ("only",
     r"\bonly (?:\d+|one|two|three|four|five|half)(?: of them| of the \w+| things| items)? "
     r"(?:in the box|in the parcel|in the package|came|arrived|showed up|turned up|were inside|was inside)\b",
     "an item is missing"),
    # the store as a workplace, after a job's words ("had my interview at the Markham store", "applying to work at one
    # of your stores"): the job, not where the shop is (store-locations' keyword "store" took them)
    ("store stores",
     r"\b(interview|interviewed|applied|applying|apply|hiring|recruiting|work|working|job|role|position|shift)\b"
     r"((?: \w+){0,5}?) (?:store|stores)\b", r"\1\2 job"),
    # a length, not a duration: "how long should my CV be" (job-application-status's "how long" took it to a menu)
    ("long",
     r"\bhow long (should|can|must|could|would) ((?:\w+ ){1,3})be\b", r"what length \1 \2be"),
    # one product traded for another: "can i swap the serum for the toner" (two products named read as the order of a
    # routine)
    ("swap switch trade change",
     r"\b(?:swap|switch|trade|change)(?=(?: \w+){1,4} for (?:the|a|an|my|your) )", "exchange"),
    # "only for women?" asks whether men may use it (pregnancy-safe's "pregnant women" took it to a menu)
    ("women woman girls ladies females",
     r"\b(?:just|only|mainly|mostly) for (?:women|woman|girls|ladies|females)\b", "for men too"),
    # a job application that got no answer, in idiom: "it's been radio silence", "crickets", "not a peep"
    ("silence crickets peep thing",
     r"\bradio silence\b|\bcrickets\b|\b(?:not|heard) a peep\b|\bhavent heard a thing\b", "havent heard"),
    # a patch test described: "test it on a small spot first"
    ("test testing",
     r"\btest(?:ing)? (?:it |a product |the product |them |something |a new product )?(?:on|behind) (?:a |my |the )?"
     r"(?:small |little |tiny )?(?:spot|patch|area|bit of skin|inner arm|wrist|jaw|ear)\b", "patch test"),
    # a gift's price kept out of the box: "please don't put the price in", "rather the receipt not be in the box"
    ("price prices receipt invoice",
     r"\b(?:dont|do not|without|no need to) (?:put|putting|include|including|add|adding) (?:the |a |any )?"
     r"(?:price|prices|receipt|invoice|price tag|price tags)\b|\brather (?:the |no )?(?:price|prices|receipt|invoice)s?"
     r" (?:not|wasnt|werent|isnt)\b", "leave the price out"),
    # twenty-second round: a part of the bottle that broke or stopped working is a damaged item, the parcel's ("the pump
    # on my serum broke" was allergy-reaction's, whose "broke out" it shares; "the dropper wont work")
    ("pump pumps dropper cap lid nozzle sprayer applicator tube jar bottle pipette dispenser spout",
     r"\b(pumps?|dropper|cap|lid|nozzle|sprayer|applicator|tube|jar|bottle|pipette|dispenser|spout)\b((?: \w+){0,4}?) "
     r"(?:broke|broken|stopped working|doesnt work|does not work|wont work|isnt working|is not working|not working|"
     r"jammed|is stuck|got stuck|came off|fell off|came apart|wont pump|wont press|doesnt pump)\b(?! out)",
     r"\1\2 arrived broken"),
    # ... and a kind of product asked for a skin type that has no entry of its own ("do u guys have a sunscreen for
    # oily skin" was mens-skincare's, whose "products for an oily guy" it shares): which product suits that skin.
    # Not sensitive, acne-prone or dry skin: their entries answer
    ("oily combination combo normal mixed",
     r"\b(?:have|got|sell|make|any|recommend|suggest|good|best|need|want|looking for)\b(?: \w+){0,3}? "
     r"(?:sunscreens?|spf|moisturi[sz]ers?|creams?|toners?|serums?|cleansers?|face wash|masks?|products?|stuff) "
     r"(?:for|4) (?:my |an? |someone with )?(oily|combination|combo|normal|mixed) skin\b",
     r"which product is right for \1 skin"),
    # combination skin described rather than named: an oily T-zone and dry cheeks ("oily t-zone, dry cheeks", "my t
    # zone gets greasy but my cheeks are dry"): the FAQ's combination skin (winter-dry-skin took it on "dry";
    # thirty-first round)
    ("zone tzone",
     r"\b(?:(?:oily|greasy|shiny) (?:t ?zone|tzone)|(?:t ?zone|tzone) (?:\w+ ){0,2}?(?:oily|greasy|shiny))\b"
     r"(?: \w+){0,5}? (?:(?:dry|flaky|tight) cheeks|cheeks (?:\w+ ){0,2}?(?:dry|flaky|tight))\b",
     "combination skin"),
    # an order going out the day it is paid: "does it go out today", "ship same day" (the shipping-time answer's 2 pm
    # line; menus or nothing on blind8, blind10, blind12 and blind17)
    ("out ship ships shipped dispatch dispatched same today",
     r"\b(?:go|goes|going|get|gets) out (?:the )?(?:same day|today)\b"
     r"|\b(?:ship|ships|shipped|dispatch|dispatched|send|sent) (?:out )?(?:the )?(?:same day|today)\b"
     r"|\bsame day (?:shipping|dispatch|delivery)\b", "ships out the same day"),
    # money back on a card ("when shld the $ show up on my visa": payment-methods took the card named, blind12)
    ("visa mastercard amex card",
     r"\b(?:show|shows|showing|turn|turns) up (?:on|in) (?:my |the )?"
     r"(?:visa|mastercard|amex|credit card|debit card|card)\b",
     "come back on my card"),
    # a meal as the time of day: "if i pay b4 lunch", "ordered at lunch today" (lunch, an off-topic word, vetoed
    # shipping-time on blind11, blind12 and blind14)
    ("lunch lunchtime",
     r"\b(before|b4|after|at|around|by) (?:lunch|lunchtime)\b", r"\1 noon"),
    # ninety-fourth round (blind39, probe77): ... and the follower's own lunch or break it is typed on ("ordering on
    # lunch", "on my lunch break", "我只有 lunch break 有空"): noon, the time of day; another's lunch ("is the
    # restaurant open for lunch", "the school lunch program") stays a meal
    ("lunch lunchtime",
     r"\b(?:on|during|over|in) (?:my |the |our )?(?:lunch|lunchtime)(?: (?:break|hour))?\b"
     r"|\b(?:my |our )?lunch break\b",
     "at noon"),
    # one's own videos on a platform are a creator's ("I do skincare videos on youtube": youtube, an off-topic word,
    # vetoed the partnership entry on blind9); a video watched there stays off-topic
    ("youtube tiktok instagram ig",
     r"\b(?:my |i do |i make |i post |doing |making |posting )(?:skincare |beauty |makeup )?"
     r"(?:videos?|content|reels|vlogs?) on (?:youtube|tiktok|instagram|ig)\b"
     r"|\bmy (?:youtube|tiktok|instagram|ig) (?:channel|account|page)\b",
     "creator content"),
    # referring a person to the shop: "if i refer my roommate", "referred two coworkers" (refer alone was no word of the
    # referral entry's, and a roommate an unknown one: no answer on blind17)
    ("refer referred referring refers",
     r"\brefer(?:red|ring|s)? (?:my|a|an|some|two|three|four|five|\d+)(?: \w+)? (?:friends?|roommates?|flatmates?|"
     r"sisters?|brothers?|mom|mum|coworkers?|colleagues?|cousins?|bff|besties?|mates?|classmates?|people|ppl|family|"
     r"neighbou?rs?|aunt|aunts|uncle|girlfriend|boyfriend|wife|husband)\b", "refer a friend"),
    # a return handed in at the post office is ours, sent back ("dropped my return at the post office last wk when does
    # the money come back": the post office, an off-topic word, vetoed refund-time on blind5, blind12, blind16 and the
    # development set)
    ("office",
     r"\b(?:dropped|drop|dropping|took|take|taken|left|brought|handed|mailed|posted|sent)((?: (?:off|in|the|my|it|them|"
     r"return|returns|retrun|parcel|package|box|stuff|items?))*) (?:off )?(?:at|to|in) (?:the |a )?post office\b",
     r"sent\1 back"),
    # sixty-ninth round (probe52): a trouble asked as what if, in the words followers say it: reacting to a product
    # ("what if i react badly to the serum": an allergic reaction; not a skin that reacts to everything, sensitive-
    # skin's), breaking out in hives or welts (the reaction's, not acne-prone's "break out"; not "in a rash", the
    # reaction's own question, whose words the FAQ's vocabulary counts: read, it moved two development sets' answers),
    # the parcel stolen
    # ("what if someone steals it off my porch"), hating what one bought ("what if i open it and hate it": not liking
    # it, return-policy's)
    ("react reacts reacted reacting",
     r"\b(?:react|reacts|reacted|reacting)(?: (?:badly|bad|poorly|really badly))? to\b(?! (?:every|everything|"
     r"anything|most|all|lots|many|a lot|any|new|certain|some)\b)", "have an allergic reaction to"),
    ("break breaks broke breaking",
     r"\b(?:break|breaks|broke|breaking) out in (?:some )?(?:hives|welts|red bumps|itchy bumps|red spots|"
     r"red patches)\b", "get hives"),
    ("steal steals stole nick nicks nicked swipe swipes swiped",
     r"\b(?:(?:someone|somebody|some one|a thief|thieves|a porch pirate|porch pirates|people|a neighbou?r) )?"
     r"(?:steal|steals|stole|nick|nicks|nicked|swipe|swipes|swiped) (?:it|them|my (?:parcel|package|box|order|"
     r"delivery)|the (?:parcel|package|box|order|delivery))\b", "it was stolen"),
    ("hate hated dislike disliked",
     r"\b(?:hate|hated|dislike|disliked) (?:it|them)\b(?! when)", "dont like it"),
    # ... and said after trying or buying it ("what if i buy it and dont like it": product-recommendation's "buy",
    # store-locations' "try" took it)
    ("like",
     r"\b(?:try|tried|buy|bought|order|ordered|open|opened|use|used|get|got|test|tested)(?: it| them| one| the \w+)?"
     r" and (?:then )?(?:dont|do not|didnt|did not) like (?:it|them)\b", "dont like it"),
    # sixty-ninth round (probe52): a code expired ("what if my code is expired", "the voucher has expired"): a code
    # that does not work, promo-code's "The coupon says invalid" (shelf-life took it by its "expire"); not a birthday's
    # coupon (birthday-gift's) nor points
    ("expired expire expires",
     r"^(?!.*\b(?:birthday|bday|points)\b)(.*?\b(?:code|codes|coupon|coupons|voucher|vouchers|promo))"
     r" (?:(?:is|has|was|s|have|are) )?(?:already |just )?(?:expired|expire|expires)\b", r"\1 says invalid"),
    # sixty-ninth round (probe52): a symptom after one product, told plainly ("my cheeks went red after the serum",
    # "the toner stings when i put it on", "the sunscreen made my eyes sting"): a reaction to it, allergy-reaction's
    # "My face is itchy after using it" (sensitive-skin's "gets red" and "stinging" and mens-skincare's "red after
    # shaving" took them). Not a skin that reacts to everything, most brands or any product (sensitive-skin's), a
    # shave, a retinoid (retinoid-start's), nor a doctor's, a vet's or a pet's
    (_SYMPTOM_TRIGGERS,
     rf"^(?!.*\b(?:every|everything|most|always|any|brands|products|shav\w*|razor\w*|retinol|retinal|retinoids?|"
     rf"doctor\w*|derm\w*|prescri\w*|vet|dog|cat|puppy|kitten)\b)(.*?)\b(?:(?:went|turned|got|gets|goes|gone|going|"
     rf"is|are|was|were|feels?|felt|became|become)(?: all| really| so| super| bright| kinda| a bit| very)? )?"
     rf"{_SYMPTOM_EN}(?: (?:and|n) \w+)?(?: (?:all over|now|today))? (?:after|since|from|when i (?:put|apply|use))"
     rf" (?:i (?:used|tried|applied|started|put on) |using |applying |trying |putting on |starting )?(?:the|my|your|"
     rf"this|that|ur)(?: new)?(?: \w+)? {_PRODUCT_EN}s?\b",
     r"\1is itchy after using it"),
    (_PRODUCT_TRIGGERS,
     rf"^(?!.*\b(?:every|everything|most|always|any|brands|products|shav\w*|razor\w*|retinol|retinal|retinoids?|"
     rf"doctor\w*|derm\w*|prescri\w*|vet|dog|cat|puppy|kitten)\b)(.*?)\b(?:the|my|your|this|that|ur)(?: new)?"
     rf"(?: \w+)? {_PRODUCT_EN}s? (?:(?:stings|stung|burns|burned|burnt|itches)|(?:made|makes|is making|gave)"
     rf" (?:my (?:\w+ ){{1,2}}|me )(?:go |turn |feel |all |really |so |get |break out in |come out in )?"
     rf"{_SYMPTOM_EN})\b",
     r"\1my face is itchy after using it"),
    # sixty-ninth round (probe52): "what happens if ..." asks what "what if ..." asks, of a trouble ("what happens if
    # my parcel goes missing", "what happens if i open it and hate it"): job-apply's "What happens after I apply?"
    # took them on "happen", a word only it asks with
    ("happens happen",
     r"\bwhat (?:happens|happen|would happen|will happen|happened|should happen) (?:if|when)\b", "what if"),
    # sixty-ninth round (probe52): a refund not come, said with a verb of arriving ("my refund never showed up on my
    # visa", "what if my refund never comes", "the money still hasnt come through"): the refund not received,
    # refund-time's (package-problem's "never came" and payment-methods' card took them to a did-you-mean)
    ("refund refunds money",
     r"\b(?:my|the|our|that|this) (?:refund|refunds|money)(?: back)? (?:ever |still |yet )?(?:never|doesnt|does not|"
     r"didnt|did not|wont|will not|hasnt|has not|isnt|is not|not)(?: ever| even| yet)? (?:come|comes|came|arrive|"
     r"arrives|arrived|show up|shows up|showed up|shown up|turn up|turns up|turned up|come through|comes through|"
     r"came through|come back|comes back|came back|get here|gets here|got here|reach me|reached me|hit|hits|hit my)\b",
     "i havent received my refund yet"),
    # sixty-ninth round (probe52): the goods not arriving, asked as what if ("what if it doesnt arrive", "what happens
    # if my order doesnt come", "what do i do if the parcel never shows up"): the parcel lost, package-problem's (a
    # did-you-mean of shipping-time's arrival, or customs-duties' "when it arrives", or nothing on "come"). Not a
    # date or a deadline asked ("what if it doesnt arrive in time": when it comes), nor a refund, money, a code or a
    # document; the words before stay, so another shop's parcel stays theirs ("what if my amazon parcel ...")
    ("if",
     r"^(?!.*\b(?:refund|refunds|refunded|money|cash|dosh|return|returned|returns|code|coupon|voucher|points|email|"
     r"reply|letter|visa|passport|salary|card)\b)(.*?\bif\b(?: \w+){0,8}? (?:parcel|parcels|package|packages|order|"
     r"orders|pkg|delivery|box|stuff|items?|things?|shipment|goods|products?|it))(?: (?:i|we) (?:ordered|bought|"
     r"paid for|got))? (?:ever |still )?(?:doesnt|does not|didnt|did not|dont|do not|wont|will not|isnt|is not|wasnt|"
     r"was not|cant|can not|cannot|never|hasnt|has not|havent|have not|arent|are not)(?: ever| even| actually)? "
     r"(?:arrive|arrives|arrived|come|comes|came|show up|shows up|showed up|turn up|turns up|turned up|get here|"
     r"gets here|got here|get to me|gets to me|reach me|reaches me|make it|get delivered|gets delivered|"
     r"be delivered|delivered)\b(?! (?:off|out|back|in time|on time|before|by|until|till|for)\b)",
     r"\1 is lost"),
    # twenty-eighth round (English: UK, US, Australian/NZ, Singaporean/Malaysian and European followers, probe13)
    # an order that has not come yet, as followers say it ("my parcel hasnt turned up", "order still hasnt arrived",
    # "hasnt shown up yet"): where it is, order-tracking's (customs-duties, refund-time and shipping-time share the
    # arrival: their questions say when it arrives, a refund not received). Not a parcel marked delivered (the
    # package problem's), nor a refund, a return or money that has not come back
    ("hasnt havent not yet",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money|dosh|cash|letter)\b)(.*?)"
     r"(?:\b(?:my|the|me|our|mine|her|his) (?:\w+ )?(?:parcel|package|order|pkg|stuff|items?|box|delivery|things?) "
     r"|\bit |^)(?:still )?(?:hasnt|has not|havent|have not|still hasnt|is still not|still not|not yet|yet to) "
     r"(?:yet |even |actually )?(?:arrived|arrive|turned up|turn up|shown up|show up|showed up|come|came|"
     r"come through|landed|got here|gotten here|been delivered|reached me|reach me|reached|reach)\b(?: yet)?",
     r"\1where is my order"),
    # forty-fifth round (probe28): ... and said with what has not been received after the verb ("i didnt receive my
    # order yet", "did not received my package", "still havent gotten my parcel", "i not receive my parcel until
    # now", "i still no receive my order"): refund-time took them by "received ... yet" (its "I haven't received my
    # refund yet"). Goods only: a refund, money, a salary, points, a code or a gift not received is another's
    ("didnt havent hasnt not no dont yet",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money|dosh|cash|letter|salary|paycheck|"
     r"pay|wages?|deposit|visa|points|code|coupon|gift|email|reply)\b)(.*?)"
     r"\b(?:still )?(?:didnt|did not|havent|have not|hasnt|has not|not yet|not|no|dont|do not|yet to|still not|"
     r"still no)(?: yet| even| actually)? (?:receive|received|receiving|recieve|recieved|get|got|gotten|gotton) "
     r"(?:my|the|our|me my|any of my|mine)(?: \w+)? (?:parcel|package|order|pkg|stuff|items?|box|delivery|things?|"
     r"goods|purchase|shipment|products?|serum|cream|toner|cleanser|sunscreen|mask|moisturi[sz]er|lotion|essence)s?\b"
     r"(?: yet| until now| so far| till now)?",
     r"\1where is my order"),
    # paying when the goods come ("can i pay when the package arrives", "pay cash when i receive it"): cash on
    # delivery, a way to pay (payment-methods'); not anything extra at the door (customs-duties' "Will I get a bill
    # when the parcel arrives?", "do i need to pay duties on delivery")
    ("pay",
     r"^(?!.*\b(?:tax|taxes|duty|duties|customs|extra|fee|fees|gst|hst|bill|anything|more|courier|import)\b)(.*?)"
     r"\bpay(?: (?:in |by |with )?cash)? (?:when|once|after|upon|on) (?:(?:i|we) (?:receive|get|have) (?:it|them|"
     r"the \w+|my \w+)|(?:it|they|the \w+|my \w+) (?:arrives?|comes?|gets? here|is delivered|are delivered)|"
     r"(?:its|it is|theyre|they are) (?:delivered|here)|"
     r"delivery|arrival|receipt|receiving)\b", r"\1cash on delivery"),
    # ... and as it is named ("cash on delivery", "pay on delivery", "payment upon delivery", "COD"; not cod the fish):
    # a way to pay, read as payment-methods' own "payment options" (as a reading, not keywords: new words in the
    # entry's vocabulary moved other sets' scores at the menu line)
    ("cash pay payment cod",
     r"\b(?:cash|pay|payment|paying) (?:on|upon) delivery\b|\bcod\b(?! (?:liver|fish|fillet|oil))", "payment options"),
    # buying now and paying later, named ("buy now pay later", "bnpl"): paying in instalments (payment-methods'
    # afterpay, klarna: "do you have buy now pay later" was a menu)
    ("buy bnpl", r"\bbuy now(?: and)? pay later\b|\bbnpl\b", "pay in installments"),
    # money not had back ("i havent got the money back for my return", "didnt get my money back yet"): the refund not
    # come, refund-time's "I haven't received my refund yet" (a tie with return-policy on "return")
    ("money cash",
     r"\b(?:still )?(?:havent|have not|didnt|did not|not|never|yet to)(?: yet)? (?:got|gotten|get|received|receive|"
     r"seen|had)(?: (?:the|my|any|me))? (?:money|cash) back\b(?: yet)?", "i havent received my refund yet"),
    # ESL English: an order said not come with "no" or "is not" and a bare verb ("order no come yet", "my order is
    # not arrive yet ah"): where it is (refund-time and shipping-time took them on "yet"); not "never" (a parcel that
    # never came is lost: package-problem's)
    ("no not isnt",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money|cash|letter|salary|visa)\b)(.*?)"
     r"\b(?:(?:my|the|our) )?(?:\w+ )?(?:parcel|package|order|pkg|items?|stuff|things?|goods) (?:still )?"
     r"(?:no|is not|isnt|is still not|not|still no)(?: yet)? (?:arrive|arrived|come|reach|reached|here)\b(?: yet)?",
     r"\1where is my order"),
    # ... and not sent out ("why still not ship my order", "paid already but still never ship"): where it is, unless
    # a change or a cancellation is asked of it while it waits (order-cancel's "it hasnt shipped, can i cancel"; and,
    # eighty-sixth round, sent somewhere else "instead", switched or redirected: "Order hasn't shipped, can you send it
    # to the new house instead?")
    ("ship shipped send sent dispatch dispatched",
     r"^(?!.*\b(?:cancel|cancelled|change|changed|address|refund|return|wrong|edit|update|instead|switch|redirect)\b)"
     r"(.*?)"
     r"\b(?:(?:paid|ordered)(?: \w+){0,3}? (?:but |and )?)?(?:still )?(?:not|never|no|havent|hasnt|didnt|did not|"
     r"not yet)(?: yet)? (?:ship|shipped|send|sent|dispatch|dispatched|post|posted)(?: out)?"
     r"(?: (?:my|the|our) (?:order|parcel|package|stuff|items?))?\b(?: yet)?",
     r"\1where is my order"),
    # ... and still waited for ("still waiting for my parcel to arrive": customs-duties took it by "parcel arrives");
    # not asked how long ("how long ... waiting for my parcel" is shipping-time's), nor a refund or money
    ("waiting",
     r"^(?!.*\b(?:how long|refund|refunds|money|return|delivered)\b)(.*?)\b(?:still|been|im|i am) waiting (?:for|on) "
     r"(?:my|the|our) (?:\w+ )?(?:parcel|package|order|pkg|stuff|items?|box|delivery|shipment)\b"
     r"(?: to (?:arrive|come|show up|turn up|get here|be delivered|ship))?",
     r"\1where is my order"),
    # an order placed, then nothing ("ordered nearly three weeks ago and still nothing", "ordered on the 2nd, nothing
    # yet"): where it is (job-application-status took it on "still nothing")
    ("ordered",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money)\b)(.*?)\bordered\b(?: \w+){0,6}?"
     r" (?:and |but )?(?:still nothing|nothing yet|still not here|not here yet|nothing has come|nothings come|"
     r"nothing came|nothing arrived|nothings arrived|nothing has arrived|no sign of it|"
     # forty-fifth round: "ordered 10 days ago and havent received anything"
     r"(?:still )?(?:havent|have not|didnt|did not|not) (?:received|receive|got|gotten|get) (?:anything|it|them)|"
     r"(?:but )?still (?:not|havent|hasnt|didnt) (?:received|receive|arrived|arrive|come|here))\b",
     r"\1where is my order"),
    # forty-fifth round: what was ordered, named before the wait ("the cream i ordered hasnt come", "the things i
    # bought last week still not arrive"): where the order is
    ("ordered bought purchased",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money)\b)(.*?)\b(?:the|my) (?:\w+ ){1,2}"
     r"(?:i|we) (?:ordered|bought|purchased)(?: \w+){0,3}? (?:still )?(?:hasnt|has not|havent|have not|not yet|"
     r"still not|didnt|did not|isnt|is not|not)(?: yet)? (?:arrived?|come|came|shown up|turned up|reached me|"
     r"been delivered|here)\b(?: yet)?", r"\1where is my order"),
    # ... and nothing come yet ("nothing's come through yet", "nothing has turned up"): where the order is
    ("nothing nothings",
     r"^(?!.*\b(?:delivered|refund|refunds|refunded|return|returned|returns|money|dosh|cash|letter|heard|email|reply|"
     r"replied|answer|answered|response)\b)(.*?)\bnothing(?:s| has)? (?:come through|come|arrived|turned up|shown up|"
     r"showed up|landed|got here)\b(?: yet)?", r"\1where is my order"),
    # what the recipient must give ("what do you need from her", "what does customs need from my dad"): the
    # recipient's ID for clearance, shipping-to-china's (shipping-destinations took "my mother is in beijing, can you
    # ship there and what do you need from her")
    ("need want require",
     r"\bwhat (?:do|does|would|will) (?:you|u|you guys|customs|the courier) (?:need|want|require) (?:from|of) "
     r"(?:her|him|them|my (?:mum|mom|mother|dad|father|parents|family|sister|brother|grandma|nan|aunt|uncle|friend)|"
     r"the recipient|the receiver)\b", "customs id number"),
    # ... and asked of the recipient ("does she need to give anything at customs", "will my dad have to provide
    # anything"): the same ID (customs-duties took it on "customs"; thirty-first round)
    ("need have",
     r"\b(?:does|do|will|would|must) (?:she|he|they|my (?:mum|mom|mother|dad|father|parents|family|sister|brother|"
     r"grandma|grandpa|nan|aunt|uncle|friend)|the recipient|the receiver) (?:need to|have to|needs to|has to) "
     r"(?:give|provide|send|show)(?: (?:you|u|you guys|customs|the courier))? "
     r"(?:anything|something|any info|any details|any documents|any id|an id|her id|his id|their id)\b",
     "customs id number"),
    # a question asked as a chance ("any chance u deliver to perth", "any chance you could gift wrap it"): can you
    ("chance",
     r"\b(?:any|is there any|is there a|whats the) chance (?:that )?(?:you|u|ya|you guys|yall) (?:can |could |would |"
     r"will )?", "can you "),
    # a language the follower speaks poorly, asked of a job ("my english not so good, can i still work in
    # warehouse"): the job's language, job-language's "not fluent" (the bot's language took it on "my english isnt
    # good"); without a job word it stays the bot's language ("my chinese isnt good, can you reply in english")
    ("english mandarin chinese cantonese",
     r"\bmy (english|mandarin|chinese|cantonese)(?: is| s)? (?:not|isnt|no|bit|a bit|quite|kinda|pretty)"
     r"(?: so| very| that| too| really)? (?:good|great|fluent|strong|weak|bad|poor|basic|rusty)\b"
     r"(?=(?: \w+){0,8} (?:work|job|jobs|apply|warehouse|store|role|shift|hire|hiring|interview)\b)",
     r"my \1 is not fluent"),
    # where it is, seen or checked ("is there a way to see where it is", "can you check where my parcel is"):
    # tracking it (a long message's asking clause said no more than that)
    ("where",
     r"\b(?:see|check|find out|know|tell me|look up|track) where (?:it|my order|my parcel|my package|the parcel|"
     r"the package|the order|they|my stuff|my delivery) (?:is|are|s|is at|are at)\b", "track my order"),
    # the tracking's claim of a delivery ("app reckons it was delivered", "tracking claims my parcel was delivered"):
    # package-problem's "says delivered"
    ("reckons reckoned claims claimed thinks",
     r"\b(?:reckons|reckoned|claims|claimed|thinks)(?: that)?(?: it| the parcel| my parcel| the package| my package|"
     r" my order| the order| they)?(?: was| has been| got| is| s| had been| were| have been)? delivered\b",
     "says delivered"),
    # a purchase regretted ("bit of an impulse buy", "total impulse purchase"): the return policy's "bought it and
    # regret it"
    ("impulse", r"\bimpulse (?:buy|purchase|bought|buying|order|ordered)\b", "bought it and regret it"),
    # a return asked for its money ("could i return it for a refund", "send them back for a full refund"): the return
    # policy's return, not refund-time's wait for the money (a menu between the two)
    ("refund",
     r"\b(return|send|post|ship|mail)( (?:it|them|this|that|the \w+))?( back)? for (?:a |my )?(?:full )?refund\b",
     r"\1\2\3"),
    # a stockist asked for near the follower ("any stockists in kl", "stockists near me"): where the shop is, not the
    # partnership's "become a stockist", which keeps its word
    ("stockist stockists",
     r"\b(?:any |your |a |the |local |official )?stockists? (in|near|around|at|close to)\b|\b(?:any|your) stockists\b",
     r"store \1"),
    # the chat's language switched ("can we switch to mandarin", "change to english pls"): this chat's language, the
    # FAQ's "reply in"; not the job's (job-language took it on "mandarin")
    ("switch change swap",
     r"\b(?:switch|change|swap)(?: this| it| the chat| over| back| the language| language)? (?:to|into) "
     r"(?:chinese|mandarin|cantonese)\b(?!(?: \w+){0,3} (?:interview|job|role|work|shift))",
     "reply in chinese"),
    ("switch change swap",
     r"\b(?:switch|change|swap)(?: this| it| the chat| over| back| the language| language)? (?:to|into) "
     r"english\b(?!(?: \w+){0,3} (?:interview|job|role|work|shift))",
     "reply in english"),
    # a person asked for in British and impatient words ("put me through to someone", "someone real, not a bot"):
    # the FAQ's "talk to a person" (authenticity took "someone real" on "real")
    ("put through someone somebody",
     r"\b(?:put|get|pass|transfer|connect|send) me (?:through |over )?to (?:someone|somebody|a person|a human|"
     r"an agent|a real person|a human being|staff)(?: real)?\b|\b(?:someone|somebody) real\b",
     "talk to a person"),
    # paying when the parcel comes ("will she have to pay anything when it arrives", "charged when it lands"): a duty
    # at the door, customs-duties' "pay anything extra on delivery" (payment-methods took it on "pay")
    ("arrives arrive lands land comes gets delivered",
     r"\b(?:pay|paying|charged|charge|owe)\b((?: \w+){0,3}?) (?:when|once|as soon as) "
     r"(?:it|they|the parcel|the package|the order|the box) (?:arrives|arrive|lands|land|comes|come|gets there|"
     r"get there|gets here|is delivered|gets delivered)\b",
     r"pay\1 extra on delivery"),
    # a product gone off ("how long till it goes off", "has the serum gone off"): expired, as the shelf life says
    ("off",
     r"\b(it|they|cream|serum|toner|bottle|jar|tube|product|stuff|sunscreen|cleanser)(?: already| has| have| is| s)* "
     r"(?:go|goes|gone|went|going) off\b", r"\1 expire"),
    # the skin gone blotchy after a product ("went all blotchy after the serum", "blotches since i started the
    # toner"): a rash, allergy-reaction's (sensitive-skin's keyword "blotchy" took it: blotchy skin in general is
    # sensitive skin's)
    ("blotchy blotches splotchy",
     r"\b(?:blotchy|blotches|splotchy)\b((?: \w+){0,3}?) ((?:after|since) (?:i )?(?:started |starting |using |used |"
     r"trying |tried |putting on |applying )?(?:the |your |this |that |my |a )?(?:new )?(?:serum|cream|toner|cleanser|"
     r"sunscreen|moisturi[sz]er|product|retinal|niacinamide))\b",
     r"rash\1 \2"),
    # an immigration visa by its kind ("on a graduate visa", "a youth mobility visa"; not "working holiday", the
    # FAQ's own), and a visa a job is worked on ("can i work there with this visa"): a work visa, job-work-permit's;
    # not the card (visa alone is the credit card's synonym: "graduate visa" got payment-methods' keyword)
    ("visa",
     r"\b(?:graduate|grad|post study|bridging|skilled|skilled worker|partner|spouse|dependant|"
     r"dependent|temporary|temp|sponsored|employer sponsored|youth mobility|tss|485|482|500|employment|tier 2|"
     r"tier 4|tier 5) visa\b", "work visa"),
    ("visa",
     r"\b(work|working|job|apply|applying|hire|hiring|employ|employed)\b((?: \w+){0,4}?) (with|on|under) "
     r"(?:this|that|my|a|the|your|a valid) visa\b(?! card)", r"\1\2 \3 a work visa"),
    # fifty-first round (blind24, probe34): a visitor's or a tourist's visa with a job asked ("I am on a visitor visa
    # now, can I still apply?", "on a tourist visa, can I do a few shifts"): whether one may work on it, a work visa's
    # question; without a word of work, a tourist visa stays another trade's (OFF_TOPIC)
    ("visa",
     r"^(?=.*\b(?:work|working|job|jobs|apply|applying|hire|hiring|shift|shifts|sponsor|sponsorship|employ|employed|"
     r"employment|position|role)\b)(.*?)\b(?:visitor|visiting|tourist|travel|holiday maker) visa\b", r"\1work visa"),
    ("crack cracked cracking",
     r"\bcrack(?:ed|ing)? (?:it |them |the \w+ )?open\b", "open"),
    # a wait complained of ("why is it taking so long to ship", "why is my refund taking so long"): how long it takes
    # (no answer: no "how long" was asked)
    ("long",
     r"\b(?:why (?:is|does|has|s|are)?|whys) ?((?:my |the |your |this |our )?(?:parcel|package|order|delivery|shipping|"
     r"refund|return|money|application|dispatch|postage) )(?:taking|take|taken|takes) so long\b",
     r"how long does \1take"),
    ("long",
     r"\b(?:why (?:is|does|has|s|are)?|whys) ?(?:it |this |that )?(?:taking|take|taken|takes) so long to "
     r"(ship|dispatch|send|process|deliver|arrive|post)\b", r"how long does it take to \1"),
    # fortieth round: an allergy one has (to nuts, latex, a peanut allergy), not a reaction to something used: with
    # no use or symptom anywhere in the message, it asks what the products contain, an ingredient (allergy-reaction's
    # "stop the new product, rinse" answered "im allergic to latex"); "allergic to it / your serum / the toner" and
    # "allergic after using" stay reactions
    ("allergic allergy allergies",
     r"^(?!.*\b(?:after|since|used|using|use|tried|trying|applied|applying|put|rash|itch\w*|red|redness|bumps?|"
     r"swell\w*|swollen|burn\w*|broke|breaking|hives|sting\w*|reaction|reacting|puffy|now|face|skin|test|testing|"
     r"what if|in case|what (?:do|should|can) i do|what to do)\b)"
     r"(.*?)\b(?:(?:am|m|is|are|s|very|really|severely|so) )*(?:allergic to|(?:an |a )?allerg(?:y|ies) to)"
     r" (?!(?:it|this|that|them|these|those|your|ur|the|one|some|something|any|anything|my)\b)",
     r"\1 ingredient "),
    ("allergy allergies",
     r"^(?!.*\b(?:after|since|used|using|tried|applied|rash|itch\w*|red|bumps?|swell\w*|swollen|burn\w*|broke|"
     r"hives|sting\w*|reaction|reacting|puffy|face|skin|test|testing|what if|in case|what (?:do|should|can) i do|"
     r"what to do)\b)(.*?)\b((?:(?!(?:" + _NOT_ALLERGENS + r")\b)"
     r"[a-z]+ ){1,2})allerg(?:y|ies)\b",
     r"\1\2ingredient"),
    # fortieth round: a charge twice or one not recognised is a billing problem no entry answers ("i got charged
    # twice" was order-cancel's, a card "billed two times" payment-methods'): read as a word of another trade
    # (OFF_TOPIC) unless one of two orders is to be cancelled ("charged twice, can you cancel one": order-cancel)
    ("charged charge charges billed billing paid debited",
     r"^(?!.*\b(?:cancel\w*|kill|undo|scrap|remove|get rid of|one of them|extra one|the second|ordered|order(?:ed)? "
     r"twice)\b)(.*?)\b(?:charged|billed|debited|paid|charging|billing)(?: me| my \w+| us)?"
     r" (?:twice|two times|2 times|double|2x)\b",
     r"\1 double billing"),
    ("charged charge charges billed billing payment payments",
     r"^(?!.*\b(?:cancel\w*|kill|undo|scrap|remove|get rid of|one of them|extra one|the second)\b)(.*?)"
     r"\b(?:double|duplicate|duplicated)(?: |-)?(?:charged|charge|charges|billed|billing|payment|payments)\b",
     r"\1double billing"),
    ("charge charges transaction transactions payment payments",
     r"\b(?:charges?|transactions?|payments?)\b(?: \w+){0,8}? (?:i|we) (?:dont|do not|didnt|did not|cant|cannot)"
     r" (?:recogni[sz]e|make|authori[sz]e)\b"
     r"|\b(?:charges?|transactions?|payments?) (?:that |which )?(?:i|we) (?:dont|do not) know\b"
     r"(?! (?:how|which|what|if|where|when|whether|why)\b)", "unknown charge"),
    ("charge charges transaction transactions",
     r"\b(?:unknown|unrecogni[sz]ed|unauthori[sz]ed|fraudulent|strange|random|mystery)"
     r" (?:charges?|transactions?)\b", "unknown charge"),
    # fortieth round: a gift card sold, bought, used or topped up is a stored-value card (OFF_TOPIC's "gift voucher"),
    # not gift-wrap's card with a message ("can i add a gift card with a note" keeps it)
    ("gift",
     r"\b(?:sell|sold|buy|purchase|offer|redeem|balance|use|using|reload|top up|e)\b((?: \w+){0,3}) gift "
     r"(?:cards?|certificates?|vouchers?)\b", r"\1 gift voucher"),
    ("gift", r"\bgift cards\b", "gift voucher"),
    # fortieth round: a bottle or a jar said with what it is made of or where it goes after (recyclable, plastic,
    # glass, eco) is the packaging, not a parcel or the product ("are your bottles recyclable" was shelf-life's)
    # (not with damage told: "the pump bottle is plastic and it leaked" is package-problem's)
    ("bottle bottles jar jars tube tubes container containers pump pumps",
     _UNDAMAGED + r"(.*?)\b(?:bottles?|jars?|tubes?|containers?|pumps?)\b(?=(?: \w+){0,3} (?:recyclable|recycle\w*|"
     r"compostable|biodegradable|plastic|glass|eco|sustainable)\b)", r"\1packaging"),
    # ... and packaging of plastic is "plastic packaging" (OFF_TOPIC), not plastic alone: "still sealed in the
    # plastic" is a product unopened (return-policy's)
    ("plastic",
     _UNDAMAGED + r"(.*?)(?:\bplastic (?:packaging|bottles?|jars?|tubes?|containers?|pumps?|packs?)\b"
     r"|\bpackaging\b(?: \w+){0,3}? (?:made of |made from |in |of )?plastic\b)", r"\1plastic packaging"),
    # forty-seventh round (probe30; blind10, blind12, blind15's wrong picks): a product the follower picked and the
    # one they wanted, told as two ("got the 50ml serum but I actually wanted the 30ml", "I order the toner but I want
    # the essence, can change?", "accidentally grabbed the tinted sunscreen, wanted the other one", "meant to get the
    # toner but clicked the cream", "accidentally ordered the mineral one instead of the gel one"): the wrong one
    # ordered, exchange's own question (return-policy took "still sealed", samples "travel size", niacinamide-combine
    # two products named). Only the follower's own pick and want ("they gave me a cappuccino, I wanted a latte" is
    # no order of theirs; "I got the serum, I want the toner too" is another order)
    ("wanted want meant need needed instead",
     r"\b(?:i )?(?:ordered|order|got|bought|buy|received|picked|grabbed|clicked|chose|chosen|selected)\b"
     r" (?:the|a|an|this|that|my)(?: [a-z0-9]+){1,5}?"
     r" (?:but |when )?(?:i )?(?:actually |really |originally )?(?:wanted|want|meant(?: to (?:get|order|buy|pick))?|"
     r"needed|need|was after)(?= (?:the|a|an|that|this)\b)(?!(?: \w+){1,5} (?:too|as well|also)\b)"
     r"|\b(?:i )?meant to (?:get|order|buy|pick|click|choose) (?:the|a|an)(?: [a-z0-9]+){1,4}? but (?:i )?"
     r"(?:got|ordered|clicked|picked|grabbed|chose|bought|received)\b"
     r"|\b(?:accidentally|mistakenly) (?:ordered|got|bought|picked|grabbed|clicked|chose)\b(?: [a-z0-9]+){1,5}? "
     r"instead of\b", "i ordered the wrong one can i swap it"),
    # ... an interview had, then the wait for its answer ("had my interview at the Markham store last Thursday, when
    # should I expect to hear?", "did the 2nd round interview on thursday, roughly when do i hear if i got it",
    # "interviewed on the 3rd for the weekend role, any idea when you let people know", "the manager interviewed me
    # two weeks ago, still waiting"): job-application-status' own question (job-apply took the store's job,
    # job-part-time the weekend role, shipping-time its "how long"). Only an interview past, and a wait asked after
    # it: "how many interview rounds are there" asks the process (job-apply); not another employer's or office's
    # interview ("had an interview at the bank", "the citizenship interview")
    ("interview interviewed",
     r"^(?!.*\b(?:bank|banks|citizenship|immigration|visa|embassy|consulate|school|uni|university|college|hospital|"
     r"clinic|supermarket|restaurant|cafe|council|another|other)\b)(.*?)"
     r"\b(?:(?:i )?(?:had|did|done|finished|went to|attended|after)\b(?: [a-z0-9]+){0,5}? interview|(?:i )?interviewed"
     r"|interview (?:was|went))\b.*?\b(?:(?:when|how long|how soon|多久)\b(?: \w+){0,6}? (?:hear|know|find out|expect|"
     r"get back|decide|answer|result|results|call|let (?:people|me|candidates|you) know)\b|still waiting\b"
     r"|nothing since\b)", r"\1when will i hear back about my application"),
    # ... a product kept against one's will, as followers ask it: "am I stuck with it?", "can it go back", "can I get it
    # sent back" (allergy-reaction took "the serum broke me out, am I stuck with it", sunscreen "a white cast on me",
    # winter-dry-skin "dried my face out"): can I return it, return-policy's. Only "it / them / this / that", a
    # product: "stuck in traffic", "stuck with my old phone plan" stay no one's. Not beside a reaction told ("my face
    # hates it, am I stuck with it" is allergy-reaction's first, whose answer speaks of the return)
    ("stuck",
     r"^(?!.*\b(?:hate|hates|broke|break|breaking|rash|itch|itchy|itching|bumps|burn|burns|burning|sting|stings|"
     r"stinging|red|swollen|puffy|reaction|allergic|allergy)\b)(.*?)"
     r"\b(?:am i|are we|im|i am) stuck with (?:it|them|this|that|these)\b", r"\1can i return it"),
    ("go sent",
     # seventy-third round: "still" between ("i already opened the toner, can it still go back" was shelf-life's)
     r"\bcan (?:it|they|this|these) (?:still )?(?:go|be sent|get sent) back\b"
     r"|\bcan i (?:still )?(?:get|have) (?:it|them) sent back\b",
     "can i return it"),
    # forty-sixth round (probe29): a person or a ride not come ("the plumber hasnt come yet", "my friend hasnt arrived
    # yet", "the train still hasnt come") asks no entry anything: read as a "no show" (OFF_TOPIC); refund-time took
    # them by "hasnt ... yet", referral and shipping-time by friend and arrived. A courier or a driver is a
    # delivery's, and stays. (Read as nothing, the message was a greeting's "just ask me a question"; as the person
    # alone, "friend" was referral's.)
    # sixty-ninth round (probe52): ... or never came ("my bus never came this morning" was package-problem's "never
    # came"), and one's date ("my date didnt show up": shelf-life's expiry date)
    ("hasnt havent didnt not isnt arent never",
     rf"\b(?:my|the|our|his|her|a|an) (?:{_SHE_EN}|{_HE_EN}|{_THEY_EN}|plumber|electrician|technician|repairman|"
     r"handyman|contractor|cleaner|doctor|nurse|guest|tutor|babysitter|nanny|landlord|bus|train|taxi|cab|uber|"
     r"flight|tram|(?<=my )date)s? (?:still )?(?:hasnt|has not|havent|have not|didnt|did not|isnt|is not|arent|are not|"
     r"not|still not|never)(?: yet)? (?:arrived|arrive|come|came|shown up|show up|showed up|turned up|turn up|here)"
     r"(?: yet)?\b", "no show"),
    # forty-sixth round (probe29): a store named with an opening day or time ("is the store open on sunday", "the shop
    # open on weekends", "what time do the pop ups close on sunday") asks the store's hours, store-locations' (its
    # answer lists each pop-up's daily hours), not business-hours' (the team's: "sunday" and "weekend" took them
    # there); the day words go with it. Only our store: the, your, or a pop-up or one of its cities before it (not
    # "the apple store", "walmart"), or the message opening with it ("store hours?").
    ("store stores shop shops up ups popup popups",
     r"(?:^|(?<=\bthe )|(?<=\byour )|(?<=\bur )|(?<=\bya )|(?<=\byall )|(?<=\byalls )|(?<=\bguys ))"
     r"(?:(?:toronto|vancouver|richmond|sydney|markham|chatswood|physical|retail|local|nearest|closest|new) )?"
     r"(?:stores?|shops?|pop ups?(?: stores?| shops?)?|popups?(?: stores?| shops?)?)"
     r"(?: (?:is|are|be|even|still|usually|normally|actually|gonna be|going to be))? (?:open|opens|opened|opening|"
     r"close|closes|closing|closed|hours|hour|times|time)\b"
     r"(?: (?:on|at|over|during|for|this|next|the|a|in|public|bank|stat|statutory|holiday|holidays|weekend|"
     r"weekends|weekday|weekdays|sunday|sundays|saturday|saturdays|monday|mondays|tuesday|tuesdays|wednesday|"
     r"wednesdays|thursday|thursdays|friday|fridays|today|tonight|tomorrow|christmas|late|night|nights|evening|"
     r"evenings|morning|mornings|day|days|hours|opening))*\b", "store opening hours"),
    # fifty-first round (blind24, probe34): West African, Indian and Filipino business English asks through "kindly"
    # ("Kindly confirm if you ship to Nigeria", "kindly share the tracking details of my order", "please do the
    # needful and share..."): the request's frame says nothing of the topic, and its words (confirm, share, provide,
    # revert, needful), unknown to the FAQ, each weighed like its rarest word; the object asked for is the question
    ("kindly needful revert",
     r"\bkindly (?:confirm|advise|let (?:me|us) know|tell (?:me|us)|inform (?:me|us)|help(?: me| us)?|assist"
     r"(?: me| us)?|share|provide|send|revert|check|update (?:me|us))(?: (?:me|us))?"
     r"(?: (?:if|whether|on|with|about))?\b"
     r"|\bplease do the needful(?: and)?\b|\bkindly\b|\brevert (?:on|back|with)\b", " "),
    # ... a stage of pregnancy ("second trimester now", "in my first trimester"): pregnant, pregnancy-safe's
    ("trimester trimesters",
     r"\b(?:(?:first|second|third|last|1st|2nd|3rd|early|late) )?trimesters?\b", "pregnant"),
    # ... which bottle goes on first, with a gift's story around it ("got the starter set for my girlfriend, she asked
    # me which goes on first"): the routine's order (product-recommendation took it on the set and the girlfriend)
    ("first",
     r"\b(?:which|what)(?: one| ones| product| products| bottle| bottles| step)? (?:goes|go|should go|comes|come|"
     r"to put|do i put|do you put|to apply|do i apply|should i (?:put|apply|use)|should (?:she|he|we) (?:put|apply|"
     r"use)|does (?:she|he) (?:put|apply|use)) (?:on )?first\b", "routine order before or after"),
    # ... sent to another place instead of the one given ("want it sent to her office instead", "deliver it to my
    # workplace instead of home"): the order's address changed
    ("instead",
     r"\b(?:send|sent|ship|shipped|deliver|delivered|go|goes|mail|mailed)(?: it| them| this| the order| my order|"
     r" the parcel| the package)? to (?:my|her|his|our|their|the) (?:office|work|workplace|job|school|uni|parents|"
     r"moms|mums|dads|new place|new address|other address|friends|sisters|place)(?: address)? instead\b",
     "change the address"),
    # ... what joining costs, as older and formal writers ask it ("is there a fee to join your club", "any charge for
    # becoming a member"): membership's "cost to join"
    ("fee fees charge charges cost costs pay",
     r"\b(?:fee|fees|charge|charges|cost|costs|pay|payment) (?:to|for) (?:join|joining|sign up|signing up|"
     r"become a member|becoming a member|be a member|being a member|the membership|membership|the club|your club)\b",
     "cost to join membership"),
    # ninetieth round (blind36, probe73): a buddy or a friend "at the club" (golfers', paddlers': "Buddy at the club
    # got dinged with a brokerage fee"): who it is, not our membership, read before "the club" is
    ("club",
     r"\b(buddy|buddies|friend|friends|mate|mates|pal|pals|guy|guys|someone|somebody|folks|people|lady|ladies|"
     r"coach)(?: of mine)? (?:at|from|in) (?:the|my|our) club\b", r"\1"),
    ("club",
     r"\b(?:your|ur|the) (?:loyalty |rewards |reward |vip |members |beauty )?club\b", "membership"),
    # ... a job at a store ("a store job", "work in your shop"): the job, not where the stores are (store-locations)
    ("store stores shop shops",
     r"\b(work|working|job|jobs|position|positions|role|shift|shifts) (?:in|at) (?:your|ur|ya|the|a|one of your) "
     r"(?:shops?|stores?|pop ups?|popups?)\b", r"\1 there"),
    ("store stores shop shops",
     r"\b(?:a |the )?(?:store|shop) (job|jobs|position|positions|role|roles)\b", r"\1"),
    # ... one's English said to be so-so with a job asked ("my english is only okay, is that enough for a store job"):
    # the level a job asks (not a course asked for, nor the bot's languages: "my english not very good, i can talk in
    # chinese?")
    ("english",
     r"^(?=.*\b(?:job|jobs|work|working|shift|shifts|position|role|hire|hiring|interview|apply|applying)\b)"
     r"(?!.*\b(?:course|courses|class|classes|lesson|lessons|tutor|tutoring|teacher|school|ielts|toefl|app|apps)\b)"
     r"(.*?)\bmy english (?:is |isnt |is not |aint |s )?(?:only |just |not |not very |not that |kinda |a bit |pretty |"
     r"quite |very |still )?(?:okay|ok|perfect|good|great|fluent|bad|poor|weak|basic|limited|broken|so so|average|"
     r"alright|decent|not great)\b", r"\1english level"),
    # ... how long they keep, as someone buying ahead asks ("how long before they expire", "how long do they keep",
    # "I stock up"): shelf life
    ("long",
     r"\bhow long (?:before|until|till) (?:they|it|these|those|the products?|things|the bottles?) "
     r"(?:expire|expires|go off|goes off|go bad|goes bad)\b"
     r"|\bhow long (?:do|does|will|would|can) (?:they|it|these|those|the products?|the bottles?) "
     r"(?:keep|last)(?: for)?(?: before (?:going|they go|it goes) (?:off|bad))?\b", "shelf life"),
    ("stock",
     r"\b(?:i |we )?(?:like to |usually |always |tend to |often )?(?:stock|stocking) up\b", " "),
    # ... what delivery to a place costs ("how much is delivery to Abuja", "how much for delivery to perth"):
    # shipping-cost's, as "how much is shipping to auckland" is (delivery and the place took it to where we ship)
    ("much",
     r"\bhow much (is |are |would |will |for |does |do )?(?:the |a )?(?:delivery|courier)"
     r"(?: (?:cost|fee|fees|charge|charges))? (?=(?:to|into|in) )", r"how much \1shipping "),
    # ... how one heard of us, said before or after the question ("my sister in Toronto recommended your cream"):
    # the story, not the question (a referral's "referred me" stays)
    ("recommended recommends",
     rf"\b(?:my |a |our )?(?:{_SHE_EN}|{_HE_EN}|{_THEY_EN})s?(?: (?:in|from) [a-z]+(?: [a-z]+)?)? "
     r"(?:recommended|recommends|has recommended) (?:you|your|ur|this)(?: (?:guys|brand|shop|page|products?|"
     r"creams?|serums?|stuff|cream))?\b", " "),
    # ... a parcel the tracking shows as shipped and no further ("it is showing dispatched since 3 days", "showing
    # shipped for one week now"): where it is, order-tracking's (shipping-cost took "shipped for")
    ("showing shows",
     r"\b(?:it is |its |it s |still |tracking )?(?:showing|shows)(?: as)? (?:shipped|dispatched|in transit)"
     r"(?: (?:for|since) (?:the )?(?:last |past )?[a-z0-9]+(?: [a-z]+)?(?= |$))?", "tracking shows shipped"),
    # fifty-eighth round (probe41): English statements that imply the question. Lost or overwhelmed among the
    # products, or asking someone to help choose ("so many products here and I'm lost", "I'm overwhelmed by the
    # options"): a recommendation asked, only with the products or the choosing named ("I'm lost in this new city"
    # is not)
    ("lost overwhelmed confused choose",
     r"^(?=.*\b(?:products?|serums?|creams?|toners?|moisturi[sz]ers?|options|choices|skincare|range|lines?|choose|"
     r"choosing|pick|picking)\b)(?!.*\b(?:parcel|package|order|orders|tracking|app|website|checkout|code|account|"
     r"points|job|jobs|application|then|before|after|first|order|layer|layering)\b)"
     r"(.*?)\b(?:(?:i m|im|i am|i feel|feeling|am|so|totally|completely|bit|kinda|kind of|honestly) "
     r"(?:so |totally |completely |a bit |kinda |kind of |honestly |just )?(?:lost|overwhelmed|confused)"
     r"|(?:(?:can|could) (?:someone|somebody|anyone|you) )?(?:help me|help us) (?:choose|pick|decide))\b",
     r"\1recommend a product for me "),
    # ... a reaction told after a product tried lately ("woke up with bumps and a burning feeling after the new mask",
    # "tried the new essence last night ... it burns"): an allergic rash, allergy-reaction's; not skin that reacts to
    # everything (above), nor a return or a refund asked of it
    ("bumps bumpy burning burns stinging stings puffy swollen rash itchy hives",
     r"^(?=.*\b(?:after|since|tried|woke up|started|put on|applied)\b)(?=.*\b(?:cream|serum|toner|essence|mask|"
     r"cleanser|moisturi[sz]er|sunscreen|lotion|retinol|retinal)\b)(?!.*\b(?:reactive skin|return|refund|money back|"
     r"send it back|every|everything|anything|brands|always)\b)", "allergic rash "),
    # ... skin flaking, peeling or cracking in the cold ("its -30 here and my face is flaking like crazy"; the minus
    # sign is gone once normalised): winter dry skin, only with the skin's word and the cold's
    ("flaking flaky peeling cracking",
     r"^(?=.*\b(?:face|skin|cheeks?|nose|lips|hands|forehead|chin)\b)(?=.*\b(?:minus|below zero|freezing|snow|"
     r"snowing|winter|cold|[1-5]0 (?:here|out|outside|today|degrees|c)|frozen)\b)(.*?)\b(?:flaking|flaky|peeling|"
     r"cracking)\b", r"\1flaky dry skin from the cold"),
    # ... skin that reacts to every product or brand tried ("every single one left me blotchy", "anything new makes
    # them burn"): reactive skin, sensitive-skin's, not a reaction to one product of ours
    ("every everything anything brands products",
     r"^(?=.*\b(?:red|redness|blotchy|burn|burning|burns|sting|stinging|stings|flushing|flush|irritated|"
     r"irritation|hot|itchy)\b)(.*?)\b(?:every single one|every one of them|every product|every brand|everything|"
     r"anything (?:new|with)|pretty much anything|almost anything|most products|(?:five|four|three|six|ten|[3-9]|so "
     r"many|a million|many) (?:brands|products))\b", r"\1reactive skin "),
    # sixtieth round (probe43): another shop's or brand's way told as the measure of ours ("Sephora takes back opened
    # products. Is yours the same?", "Amazon gives me free delivery. Do you charge for shipping?", "Ulta gives points
    # on every purchase, do you have something like that"): the other shop is the comparison, not the matter (its
    # name was an off-topic word); read without it, only when the message asks us (you, your, here) and the shop
    # is the subject of what it does; not when the shop is spoken of again (there, them, they: "Costco gives free
    # samples, do you go there?"). Told alone ("Sephora lets me return opened stuff, love them") it stays theirs
    (_COMPARED_TRIGGERS_EN,
     rf"^(?!.*\b(?:there|them|they|their)\b)(?=.*\b(?:{_TO_US_EN})\b)(.*?)\b(?:{_OTHER_SHOPS_EN})\b"
     rf"(?= (?:{_THEY_DO_EN})\b)", r"\1"),
    (_COMPARED_TRIGGERS_EN,
     rf"^(?!.*\b(?:there|them|they|their)\b)(?=.*\b(?:{_TO_US_EN})\b)(.*?)\b(?:like|as|the way) "
     rf"(?:{_OTHER_SHOPS_EN})(?: does| do| did)?\b", r"\1"),
    # ... messages cancelled or closed, as machine-translated and learners' English asks it ("Your message too many
    # every day, how to cancel it?", "I don't want receive your advertisement news, how to close?"): stopping them
    # (order-cancel took its "cancel"); not with an order, a payment, an account or a job application named
    (_MESSAGES_EN.replace("|", " "),
     rf"^(?!.*\b(?:order|orders|ordered|purchase|subscription|membership|account|payment|card|application|"
     rf"interview|job|booking|appointment)\b)(?=.*\b(?:{_MESSAGES_EN})\b)(?=.*\b(?:too many|so many|too much|"
     r"every day|everyday|all the time|dont want|do not want|not want|no want|dont need|no need|receive|receiving)\b)"
     r"(.*?)\b(?:cancel|close|shut off|shut down)\b", r"\1stop messages"),
    # ... whether one passed, asked as learners ask it after an interview or an application ("I was interview last
    # week, how to know I pass or not?", "sent my CV, how can I know if I'm selected"): the result; only with the
    # interview or the application named
    ("know",
     r"^(?=.*\b(?:interview|interviewed|interviews|applied|apply|application|cv|resume|job|position)\b)(.*?)"
     r"\bhow (?:to|can i|do i|will i|i can|i will) know (?:if |whether )?(?:i |i m |im |i am |i have |i ve )?"
     r"(?:pass|passed|get it|got it|got the job|get the job|succeed|succeeded|hired|selected|successful|accepted)"
     r"(?: or not)?\b", r"\1know the result"),
    ("know check see follow",
     r"^(?=.*\b(?:interview|interviewed|interviews|applied|apply|application|cv|resume|job|position)\b)(.*?)"
     r"\bhow (?:to|can i|do i|i can) (?:know|check|see|follow) (?:the |my )?(?:progress|status|result|results)\b",
     r"\1know the result"),
    # ... "need what" as learners ask it ("Need what documents?", "recipient need give what?"): what is needed
    ("need needs", r"\b(?:need|needs) (?:to )?(?:give |provide |prepare |bring )?what (documents?|papers?|information|"
                   r"info|id|details)\b", r"what \1 is needed"),
    # ... "direct mail" for shipping straight there ("Can your shop direct mail to mainland China?")
    ("direct", r"\bdirect (?:mail|post|ship|send)(?:ing)? to\b", "ship directly to"),
    # ... only free to work on some days ("If I can only work weekends, is there anything for me?"): a weekend job,
    # the speaker's own
    # (business-hours took its "weekends")
    ("only",
     r"\bi (?:can|could) only work (?:on )?(?:the )?(weekends?|saturdays?|sundays?|evenings?|nights?|mornings?)\b",
     r"\1 only part time work"),
    # ... arriving before a day asked as "will it get to <place> before <day>" ("if i order today will it get to
    # calgary before next friday?"): the delivery's time (shipping-cost took it by its words)
    ("get reach make arrive",
     r"\b(will|would|can) it (?:get to|reach|make it to|arrive(?: in| at| to)?) (?!(?:in )?time\b)([a-z]+(?: [a-z]+)?) "
     r"(before|by)\b",
     r"\1 it arrive in time \2 \3"),
    # ... the order of use as learners ask it ("tell me the using order, which is first which is after?"): the
    # routine's order (read "what order", its "order" was a purchase's: package-problem took "the many bottles")
    ("using first",
     r"\b(?:the )?(?:using order|use order|order of using|order of use)\b"
     r"|\bwhich (?:is |one |to use |use |one use )?first\b(?: \w+){0,3}? which (?:is |one |to use |use |one use )?"
     r"(?:after|later|next|second|last)\b", "routine order"),
    # ... skin that "is easy red" ("My face very easy red, your product can use?"): it gets red easily
    ("easy easily",
     r"\b(?:very |so |quite |too )(?:easy|easily) (?:to )?(?:get |gets |turn |turns |become |becomes )?"
     r"(red|irritated|sensitive)\b", r"gets \1 easily"),
    # ... "still can use" of a product kept a long time ("The cream open already one year, still can use?"): still
    # ok to use (shelf-life's); not in a pregnancy's months or weeks
    ("still usable",
     r"^(?!.*\b(?:pregnant|pregnancy|breastfeeding|nursing|weeks)\b)(?=.*\b(?:year|years|month|months|opened|open|"
     r"expired|old)\b)(.*?)\b(?:still can use|can still use|still can be used|can still be used|still usable)\b",
     r"\1still ok to use"),
    # seventy-third round: ... and a product opened (or open since, for) a while, asked still good, safe, fine or kept
    # in use ("opened my niacinamide in march, is it still good": its product word answered, niacinamide-combine): still
    # ok to use after opening (开封后, shelf-life's keyword); not a return, an exchange or a parcel opened
    ("still keep",
     r"^(?=.*\b(?:opened|open since|been open|open for)\b)"
     r"(?!.*\b(?:return\w*|refund\w*|exchange\w*|swap\w*|back|box|parcel|package|order|arrived|leak\w*|broken|cracked)\b)"
     r"(.*?)\b(?:(?:is it|are they|its|it s|is that|is this) )?"
     r"(?:still (?:good|ok|okay|safe|fine)|(?:can i |ok to |okay to )?keep using(?: it| them)?)\b",
     r"\1still ok to use 开封后"),
    ("already", r"\b(?:open|opened) already\b|\balready open\b", "opened"),
    # seventy-third round: "already" before a verb done says when, not what ("i already opened it", "already paid but
    # i want to cancel", "already applied for the store job"): only customs-duties asks with it ("Is tax already
    # included?"), which took them; its own "already have gst", "already included", "already contain" keep it
    ("already",
     r"\balready (?=(?:opened|paid|ordered|sent|shipped|applied|used|returned|bought|tried|received|placed|emailed|"
     r"messaged|submitted|cancelled|canceled|asked|checked|done|made|gave|given|got|told|posted|mailed|filled|"
     r"signed|registered|joined|subscribed|unsubscribed|changed|updated|entered|typed|put|redeemed|spent|"
     r"opened|broke|broken|washed|tested|finished|emptied|contacted|called|written|wrote)\b)", ""),
    # ... and a product not opened, without "yet" ("haven't opened it", "never opened them"): unopened
    ("opened",
     r"\b(?:not|havent|have not|hasnt|has not|didnt|did not|never|still not|not even|havnt|hvnt) opened"
     r"(?: (?:it|them|this|that|the [a-z]+))?\b(?! yet\b)", "unopened"),
    # ... and a product opened by the follower ("what if I already opened it", "i opened the serum and used it twice",
    # "an opened jar", "it's been opened"): the FAQ's 开封 besides (a product unsealed: the shelf life's 开封后, the
    # return policy's 开封使用后), so that business-hours' "Are you open on Saturday?", whose "open" the stem made of
    # it, no longer leads. "opened" is kept and "once opened" (the shelf life's own) is not read: the FAQ's texts are
    # read so too, and "opened" made unstemmed or replaced moved every entry's weights (a question on the team's
    # hours and one on a pregnancy lost their answers). Never a box, a parcel, an order, a door, an account, a
    # ticket or a chat opened, nor a shop or a place that opened ("the new costco opened")
    ("opened",
     r"(?:\b(i|ive|we|weve|you|she|he|they|already|have|has|had|been|be|being|its|is|was|were|an|after|just|"
     r"since|when|if|s|ve) |^)opened\b"
     r"(?!(?: \w+){0,2} (?:box|boxes|parcel|parcels|package|packages|order|orders|door|account|accounts|ticket|tickets|"
     r"chat|email|emails|app|link|mail|letter|envelope|bank|tfsa|rrsp|store|shop|shops|stores|branch|location|"
     r"restaurant|claim|case|file|window|gift|present|delivery|shipment|courier|bag)s?\b)",
     r"\1 opened 开封"),
    # ... a small bottle to try ("Have small bottle for try first?"): a trial size
    ("small little mini tiny",
     r"\b(?:small|little|mini|tiny) (?:bottle|bottles|size|sizes|one|ones|jar|jars|tube|tubes) (?:for|to) "
     r"(?:try|trying|test|testing)(?: it| them)?(?: first)?\b", "trial size"),
    # ... a buyer for a chain, a pharmacy, a salon ("I'm a buyer for a pharmacy chain, what are your wholesale
    # terms?"): a stockist (the pharmacy was another trade's word)
    ("buyer purchaser procurement",
     r"\b(?:i m|im|i am|we re|were|we are) (?:a |the |an )?(?:buyer|purchaser|procurement [a-z]+) (?:for|at) "
     r"(?:a |an |our |my )?(?:[a-z]+ ){0,2}?(?:chain|pharmacy|pharmacies|store|stores|shop|shops|salon|salons|spa|"
     r"spas|clinic|clinics|boutique|boutiques|retailer)\b", "stockist"),
    # ... a complaint of messages that asks nothing ("your texts every morning are driving me crazy"): too many
    (_MESSAGES_EN.replace("|", " "),
     r"\b(?:your|these|the|ur|all these|all your|all the) (?:texts|messages|msgs|notifications|promos|promotions|ads|"
     r"push notifications)\b(?: [a-z]+){0,3}? (?:are |is )?(?:driving me crazy|drive me crazy|driving me nuts|"
     r"so annoying|really annoying|annoying|spamming me)\b", "too many messages"),
    # ... "you can send ... to <a place> or not", "is it possible you send ... to here": whether we ship there, as
    # learners ask it ("I am in Kuala Lumpur now. You can send parcel to Malaysia or not?", "I moved to Germany this
    # year, is it possible you send your cream to here?"); not to an address, a person or a relative of theirs, nor
    # a question already asked ("do you ship to japan", "if you ship to")
    ("send ship deliver post",
     r"\b(?:(?<!\bdo )(?<!\bdoes )(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bwould )(?<!\bif )(?<!\bdid )(?<!\bwhen )"
     r"(?<!\bthat )(?<!\bwhere )(?<!\bpossible )(?<!\bfor )you (?:can |could |still |will )?)(?:send|ship|deliver|post)"
     r"((?: [a-z]+){0,3}?) to (?!(?:my|the|your|his|her|our|their|this|that|a|an|another|other|new|old|wrong|him|"
     r"them|us|you)\b)(?:(?:me )?(?:here|there)\b)?", r"can you ship\1 to "),
    ("send ship deliver post",
     r"\b(?<!\bdo )(?<!\bdoes )(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bwould )(?<!\bif )(?<!\bdid )(?<!\bwhen )"
     r"(?<!\bthat )(?<!\bwhere )you (?:can |could |still |will )?(?:send|ship|deliver|post) there\b",
     "can you ship there"),
    # ... and asked the other way round, a parcel or "it" sent to a place or to one in it ("do you send parcels to
    # Trinidad", "can you send it to me in Barbados", read from patois "unu can sen it fi mi inna Barbados"): whether
    # we ship there (what is sent left out: "can you ship it to" is no question the FAQ has); not a document, a code
    # or a message sent, nor to a person or an address
    ("send deliver post mail",
     r"\b(do|can|could|will|would) (?:you|u|ya|yall)(?: guys)? (?:send|deliver|post|mail)"
     r"((?: (?!(?:receipt|receipts|invoice|invoices|code|codes|link|links|tracking|email|emails|details|number|info|"
     r"information|message|messages|pictures?|photos?|screenshot|confirmation|form|forms|cv|resume|me)\b)[a-z]+)"
     r"{0,2}?) "
     r"(?:to|for) (?:me |us )?(?:in |to )?(?!(?:my|the|your|his|her|our|their|this|that|a|an|another|other|new|old|"
     r"wrong|him|them|us|you|me|someone|somebody|anyone|everyone|email|phone|whatsapp|wechat|number|address|home|"
     r"house|work|office|back|free|ship|pay|check|return|exchange)\b)(?=[a-z])", r"\1 you ship to "),
    ("send deliver post mail",
     r"\b(do|can|could|will|would) (?:you|u|ya|yall)(?: guys)? (?:send|deliver|post|mail)(?: [a-z]+)? there\b",
     r"\1 you ship there"),
    # ... "possible you send" keeps its "possible" (blind17's "is possible you send the products to me?" was right
    # by it) and says where as the shipping does ("to here": to my country)
    ("possible",
     r"\bpossible (?:for )?you (?:to )?(?:send|ship|deliver|post)((?: [a-z]+){0,3}?) to (?:me )?here\b",
     r"possible to ship\1 to my country"),
    # ... "what now?" after an interview or an application told with the time gone by ("I went for the interview
    # at your Richmond store ... That was nearly a month ago. What now?"): an update on the application
    ("what now",
     r"^(?=.*\b(?:interview|interviewed|applied|application)\b)(?=.*\b(?:ago|since|weeks|months|last week|"
     r"last month)\b)(.*?)\b(?:what now|what next|whats next|what happens now|what happens next|now what)\b",
     r"\1any update on my application"),
    # ... shipping paid and called a rip-off ("I got charged twenty dollars for shipping, that's a rip off"): what
    # shipping costs
    ("rip ripoff robbery",
     r"^(?=.*\b(?:shipping|delivery|postage)\b)(?=.*\b(?:charged|charge|charging|paid|pay|paying)\b)(.*?)\b"
     r"(?:a rip off|rip off|ripoff|daylight robbery)\b", r"\1how much is shipping"),
    # sixty-seventh round (probe50): products used together ("can i use them together or is that too much", "should
    # I use them together or on different days"): in one routine (wholesale-partnership's "work together" took them)
    ("together",
     r"^(?!.*\b(?:niacinamide|vitamin|vit|vc|code|codes|points)\b)(.*?)\b(use|using|apply|applying|layer|layering) "
     r"(them|both|these|the two|these two)(?: both)? together\b", r"\1\2 \3 in the same routine"),
    # seventy-second round (blind29, probe55): Kenyan English ("do you people take M-Pesa", "is it okay for someone who
    # is expectant"): "you people" is "you" (job-part-time's "people" took it), M-Pesa one word, expectant pregnant;
    # and "get ahold of" a person is getting hold of one
    ("people", r"\b(you|u|yall) people\b", r"\1"),
    ("pesa", r"\bm pesa\b", "mpesa"),
    ("expectant", r"\bexpectant\b(?! (?:father|fathers|dad|dads|parents|couple))", "pregnant"),
    ("ahold", r"\b(get|got|getting|reach|grab) ahold of\b", r"\1 hold of"),
    # ... "apart from" is "other than" ("what else can I pay with apart from Visa": "apart" was read as an apartment)
    ("apart", r"\bapart from\b", "other than"),
    # ... and two words phonetic spellers write as they say them ("my skin got ichy and red afta the lotion")
    ("afta", r"\bafta\b", "after"),
    ("ichy", r"\bichy\b", "itchy"),
    # ... and a remark on the weather that asks nothing and names nothing of skin, a parcel or a store ("the weather in
    # Calgary is crazy today, minus 30" got winter-dry-skin on its cold): small talk, nothing to match
    ("weather snow snowing snowed freezing minus blizzard",
     r"^(?!.*\b(?:how|what|whats|can|could|do|does|did|should|would|will|which|where|when|why|any|anything|is it|are "
     r"you|recommend|help|skin|face|lips?|hands?|cheeks?|cream|creams|dry|drying|moistur\w*|products?|serum|lotion|"
     r"balm|ship\w*|deliver\w*|parcel|package|order|open|store|arrive|late|delay\w*|customs|chapped|flaky|itchy)\b)"
     r"(?=.*\b(?:weather|snow|snowing|snowed|freezing|minus|blizzard)\b).*$", ""),
    # seventy-sixth round (blind30, probe59): European learners' false friends: skin or a face "sensible" is sensitive
    # ("My skin is very sensible", "for sensible skin"; a sensible price or choice stays), "annul" an order is to
    # cancel it, its "actual" state is its current one; ...
    ("sensible",
     r"\b(?:skin|face|complexion)((?: is| are| gets| get| became| become| has been| was| has always been| always)?"
     r"(?: very| so| really| quite| too| a bit| a little| extremely| super| also| more)?) sensible\b"
     r"(?! to (?:the )?(?:sun|sunlight|light|heat|cold)\b)", r"skin\1 sensitive"),
    ("sensible", r"\bsensible (?:skin|face|complexion|skins)\b", "sensitive skin"),
    ("annul annulate annullate annulled", r"\b(?:annul|annulate|annullate|annulled|annull)\b", "cancel"),
    ("actual", r"\b(?:the |my )?actual (?:state|status|situation|position) of\b", "where is"),
    # ... phone autocorrect and voice typing, a wrong real word for the right one: a "recipe" for an order, a purchase,
    # taxes or expenses is its receipt (a recipe for bread stays food: lexicon.OFF_TOPIC); an "ideas number" an ID
    # number; "part tim" part time; "massages" from us, promotional, to stop or unsubscribe from, messages (a massage
    # booked stays OFF_TOPIC's); "nice in a mide" / "niacin amide" niacinamide, "vitamin see" vitamin c; "my odor",
    # "cancel my odor" an order (an odour of the cream stays)
    ("recipe recipes",
     r"^(?=.*\b(?:order|orders|ordered|purchase|purchases|purchased|bought|paid|payment|tax|taxes|expense|expenses|"
     r"company|reimburse\w*|claim|invoice|official|lost|copy|download|email|resend)\b)"
     r"(?!.*\b(?:cook\w*|bak\w*|bread|cake|cakes|cookies?|food|dinner|lunch|meal|oven|soup|ingredients?|kitchen|"
     r"chicken|pasta|sauce|dessert|diy|homemade)\b)(.*)\brecipes?\b", r"\1receipt"),
    ("ideas idea", r"\b(?:ideas|idea) (number|numbers|card|no)\b", r"id \1"),
    ("tim", r"\bpart tim\b", "part time"),
    ("massages massage",
     r"^(?=.*\b(?:stop|unsubscribe|unsub|turn off|too many|promo|promos|promotional|marketing|from you|from u|"
     r"sending me|spam|spamming|opt out)\b)(?!.*\b(?:book|booked|booking|spa|therapist|appointment|back|neck|"
     r"shoulder|relax\w*|facial)\b)(.*)\bmassages?\b", r"\1messages"),
    ("nice niacin nia",
     r"\b(?:nice|niacin|nia|nias|nicey)(?: in| ina| and| an)?(?: a)? ?(?:mide|amide|amid|mid)\b(?! (?:range|price|"
     r"priced|size|sized|day|week|month|year|morning|afternoon)\b)", "niacinamide"),
    ("see sea", r"\bvitamin (?:see|sea)\b", "vitamin c"),
    ("odor odour odors odours",
     r"^(?=.*\b(?:cancel|placed|ordered|track|tracking|where|arrive|arrived|week|weeks|days|ship|shipped|number|"
     r"status)\b)(.*?)\b(my|our|your) odou?rs?\b(?! (?:of|from|is|smells?|was)\b)", r"\1\2 order"),
    # ... a product still closed or sealed, as learners say it ("Box is closed still", "it is still closed"): unopened
    # (a shop, a store or an account closed stays)
    ("closed sealed",
     r"^(?!.*\b(?:store|stores|shop|shops|office|account|mall|location|today|tomorrow|hours|weekend|holiday)\b)(.*?)"
     r"\b(?:(?:the |my |this |that )?(?:box|boxes|package|packaging|jar|jars|bottle|bottles|tube|tubes|cream|serum|"
     r"toner|cleanser|product|products|seal|lid)(?: is| are| s| was| were)?|(?:it|they) (?:is|are|s|was|were))"
     r"(?: still)? (?:closed|sealed)(?: still)?\b", r"\1unopened"),
    # ... Canadian English: "the rewards thing", "the points thing", "your loyalty club": the programme
    ("thing thingy things club scheme",
     r"\b(?:rewards?|loyalty) (?:thing|thingy|things|club|scheme)\b", "rewards program"),
    ("thing thingy things club scheme", r"\bpoints? (?:thing|thingy|things|club|scheme)\b", "points program"),
    # ... an order's whereabouts asked with "where it's at", "where it is right now" after the order told ("Order
    # LM20461937 placed Nov 28. Can you tell me where it's at?"): where my order is
    ("its is",
     r"^(?=.*\b(?:ordered|order|orders|parcels?|packages?|delivery|shipment|bought|purchased|paid|tracking)\b)(.*?)"
     r"\b(?<!switch )(?<!change )(?<!update )(?<!redirect )(?<!alter )"  # not a change asked (eighty-sixth round)
     r"where (?:its|it is|it s)(?: at| at now| now| right now| currently)?\b(?! (?:made|from|produced|manufactured|"
     r"printed|located|written|stamped|sold|listed|shown|on|in|used|applied|kept|stored)\b)", r"\1where is my order"),
    # ... the courier asking for money before handing a parcel over ("the UPS guy wants $23 before he'll hand over my
    # box", "Canada Post wants $18 from me before they give me the parcel"): the import duties collected at the door
    # (what is owed named, "duty", "customs", "tax", reads as typed)
    ("courier ups post driver guy mailman postman carrier",
     r"^(?=.*\b(?:courier|ups|canada post|delivery guy|delivery man|delivery driver|delivery person|driver|mailman|"
     r"postman|mail carrier|carrier|post office)\b)(?=.*\b(?:wants?|wanted|asking|asked|asks|charg\w*|owe|owing|"
     r"demand\w*|collect\w*|pay|paying)\b(?: [a-z]+){0,4}? (?:\d+|money|fees?|charges?|cash|extra)\b)(?=.*\b(?:before|"
     r"at the door|to release|on delivery|hand over|hand it over|give me|to deliver|upon delivery)\b)(?!.*\b(?:customs|"
     r"duty|duties|tax|taxes|gst|hst|pst|import|shipping|refund|cancel)\b)", "import duties "),
    # ... "already" before the time gone by, as Kongish and Singlish tell a wait ("order already one week still no
    # arrive"): it says how long, not what (customs-duties' "already included" took it); "any idea where / when"
    # asks where or when ("any idea where it is right now": an unknown word weighed like the FAQ's rarest)
    ("already", r"\balready (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|an|over|more than|almost|"
                r"nearly) (?:day|days|week|weeks|wk|wks|month|months)\b)", ""),
    ("idea", r"\b(?:any idea|do you have any idea|have you any idea|got any idea|no idea)"
             r"(?= (?:where|when|how|if|why|what|whether|which)\b)", ""),
    # ... an order "placed" on a day, told after it ("it was placed Nov 25": order-change-address' "new place" took
    # it by its stem)
    ("placed", r"\b(it|which|that|they|order|orders) (?:was|were|got|has been|had been) placed\b", r"\1 was ordered"),
    # ... paid on a day, told before asking where the order is ("order LM20477120, paid on Dec 1, any idea where it
    # is right now?", "paid last week, where is my order": order-cancel's "I just paid" took them): ordered
    ("paid",
     r"^(?=.*\b(?:where|arrive|arrived|track|tracking|status|update|shipped)\b)(?!.*\b(?:refund|refunded|money back|"
     r"cancel|cancelled|canceled|twice|double|charged|declined)\b)(.*?)\bpaid (?=(?:on|last|yesterday|this|back|"
     r"since|over|nearly|almost|about|a|an|\d+|one|two|three|four|five|six|seven|ten)\b)", r"\1ordered "),
    # ... whether it is Canada only, asked after a place outside it ("have it go straight to her, or is it Canada
    # only?", "can I send him an order from here or just Canada?": shipping-cost's "just one item" and "send to
    # Canada" took them): whether we ship outside Canada; not free shipping, a price, a store or a job in Canada only
    ("canada only just",
     r"^(?!.*\b(?:free|cost|costs|how much|price|prices|store|stores|shop|shops|job|jobs|hiring|work|group|groups|"
     r"member|members|points)\b)(.*?)\b(?:(?:or |is it |it s |its |only |just )*(?:just|only) (?:in |within |to )?"
     r"canada|(?:or |is it |it s |its )?canada only)\b", r"\1ship outside canada"),
    # ... passive-aggressive follow-ups, opening the real question ("Just circling back: I put the wrong unit number
    # ...", "I'm writing again: my eyelids puffed up ...", "Not to be rude but the UPS guy wants $23 ..."): they say
    # how it is asked, never what ("circling back" met the returns' "back")
    ("circling following writing again rude offense respect bumping per waiting pain",
     r"^(?:(?:just|ok|okay|hi|hey|hello|so|um|erm) )*(?:circling back|following up(?: again)?|checking (?:in|back) "
     r"again|bumping this(?: up)?|(?:im|i am) writing again|writing again|(?:as )?per my (?:last|previous|earlier) "
     r"(?:message|msg|email)|as i (?:already )?(?:asked|said|mentioned)(?: (?:before|yesterday|earlier|twice|already))*"
     r"|not to be rude(?: but)?|no offense(?: but)?|no offence(?: but)?|with all due respect"
     r"|sorry to be a pain(?: but)?|sorry to bother you again(?: but)?"
     r"|still waiting (?:on|for) (?:a|an|your) (?:reply|answer|response))"
     r"(?: (?:on this|about this|here|since nobody answered|since no one answered|since nobody replied))?\b"
     r"(?! to (?:say|let you know|thank|tell you)\b) ?", ""),
    # ... a face or eyelids that "puffed up" or "swelled up": swollen (the reaction's)
    ("puffed swelled swole",
     r"\b(?:puffed up|puffed|swelled up|swelled|swole up)\b(?! (?:rice|jacket|sleeves?)\b)", "swollen"),
    # ... the furnace, Canadian English's heating, beside the skin ("my face is flaking like crazy with the furnace
    # going"): the heating (winter-dry-skin's); a furnace that needs fixing stays another trade's
    ("furnace furnaces",
     r"^(?=.*\b(?:skin|face|lips?|cheeks?|hands?|dry|drying|dries|dried|flaky|flaking|flakes|tight|cracked|cracking|"
     r"chapped|itchy|peeling)\b)(.*?)\bfurnaces?\b", r"\1heating"),
    # ... Kongish: a sentence-final "la" after what it closes ("I'm a guy la, never used skincare before"): a
    # particle (the city, "ship to LA", "in LA", keeps it)
    ("la",
     r"(?<!\bto)(?<!\bin)(?<!\bfrom)(?<!\bof)(?<!\bnear)(?<!\bat)(?<!\bvisit) la\b(?= (?:never|where|what|how|can|"
     r"could|i|im|my|so|but|which|is|are|do|does|any|pls|please|ok|thanks|first|still|already)\b|$)", ""),
    # ... and Kongish's own particles closing the message ("what should I use for oily skin ar", "can ship to HK or
    # not ar"): the end of the question, so that what reads the question's end sees it (stopwords, they still weighed)
    ("ar ga wor jor gei", r"(?: (?:ar|ga|wor|jor|gei))+$", ""),
    # eightieth round (blind31, probe63): Northern English and Welsh English. "me" before what one has is "my" ("fills
    # up me phone", "me mam's old address", "me face is that dry"); owt, nowt, summat are anything, nothing,
    # something ("nowt on the doorstep"); "you lot" is you ("what time are you lot about till" met membership's
    # "lot"); a vocative closing a clause (love, duck, pet, petal, hun, bach, chuck) is no word of the question
    # ("stop them offers, love", "nowt here, pet": a pet is OFF_TOPIC's), never after a word that makes it a verb or a
    # noun ("I love", "would love", "my pet", "a duck") nor before one that does ("love it", "pet hair")
    ("me",
     r"\bme (?=(?:phone|mobile|face|skin|cheeks?|chin|forehead|nose|lips?|eyes?|hands?|neck|head|mam|mum|mom|dad|"
     r"nan|nana|gran|sister|brother|husband|fella|wife|missus|partner|bairn|kids?|son|daughter|lad|lass|order|"
     r"orders|parcel|package|details|messages|texts|inbox|account|address|card|points|money|basket|cart|shift|shifts|"
     r"cv|resume|mates?|friend|friends|cousin|auntie|aunt|uncle"
     # eighty-eighth round (blind37, probe71): Newfoundland's and the West Country's kin, possessive too ("me mum's
     # still in Taunton", "me mudder's after movin")
     r"|mudder|fadder|mother|father|nanny|pop|poppy|buddy|girlfriend|boyfriend|cousins|mums|moms|sisters|brothers|"
     r"nans|mudders|fadders|mothers|fathers|aunties|uncles|daughters|sons|husbands|wifes)\b)", "my "),
    ("owt", r"\bowt\b", "anything"),
    ("nowt", r"\bnowt\b", "nothing"),
    ("summat", r"\bsummat\b", "something"),
    ("lot", r"\byou lot\b(?! (?:of|more)\b)", "you"),
    ("love duck pet petal hun bach chuck",
     r"(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bthey)(?<!\bwould)(?<!\bid)(?<!\bdo)(?<!\bdont)(?<!\breally)(?<!\bjust)"
     r"(?<!\bso)(?<!\bstill)(?<!\babsolutely)(?<!\bmy)(?<!\byour)(?<!\bour)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\ba)"
     r"(?<!\bthe)(?<!\bno)(?<!\bany)(?<!\bto)(?<!\bin)(?<!\bof)(?<!\bwith)(?<!\bfor)(?<!\band)(?<!\bshe)(?<!\bhe)"
     r"(?<!\bwhat)(?<!\bfirst)(?<!\bmuch)(?<!\brubber)(?<!\bsea)(?<!\bmy own)"
     r" (?:love|duck|pet|petal|hun|bach|chuck)(?= (?:i|im|ive|id|is|me|my|what|whats|how|can|could|do|does|any|"
     r"dont|fills|or|we|thanks|ta|cheers|please|should|will|would|theres|there|she|he|our|no|just|x|xx)\b|$)", ""),
    # ... what time the team is "about till", "on till", "open till", how late they are about ("What time are you
    # lot about till?" got membership, "how late are you about of a Saturday" job-part-time): when they close;
    # "of a Saturday" is on Saturdays
    ("till until til late",
     r"\b(?:what time|when|till what time|until what time)(?: (?:are|is))? (?:you|yous|yall|the team|your team|"
     r"someone|anyone|somebody|anybody|customer service|support)(?: (?:guys|folks|all))? (?:about|around|on|in|open|"
     r"online|there|up|working|answering|replying|available)(?: (?:till|until|til|to))\b", "what time do you close"),
    ("late",
     r"\bhow late (?:are|is|do) (?:you|yous|yall|the team|your team|someone|anyone|customer service|support)"
     r"(?: (?:guys|folks|all))?(?: (?:about|around|on|in|open|online|there|up|working|answering|replying|"
     r"available|reply|answer))?\b", "what time do you close"),
    ("of", r"\bof a (saturday|sunday|weekend|morning|evening|night|monday|tuesday|wednesday|thursday|friday)\b",
     r"on \1"),
    # ... New Zealand English: "sweet as" is no word of the question, mahi is work, munted is damaged, keen to (for,
    # on) is wanting to (casual work is job-part-time's keyword)
    ("sweet", r"\bsweet as\b(?! (?:sugar|honey|pie|candy|a|an)\b)", ""),
    ("mahi", r"\bmahi\b", "work"),
    ("munted", r"\bmunted\b", "damaged"),
    ("keen", r"\bkeen (?:to|on)\b", "want to"),
    ("keen", r"\bkeen for\b", "want"),
    # ... US Midwest politeness that asks nothing: "ope", "real quick" before the question, "no worries if not",
    # "if it's not too much trouble" ("My boss said she'd pay me back if I can show a receipt. Real quick, where do I
    # get one?")
    ("ope", r"\bope\b", ""),
    ("quick", r"\breal quick(?: question| one)?(?= (?:do|does|did|is|are|can|could|would|will|where|what|whats|when|"
              r"how|which|any|i|im|is there)\b)", ""),
    ("worries worry problem fine good",
     r"\b(?:no (?:worries|worry|problem|problems|probs|stress|pressure)|totally fine|all good|its fine|thats fine)"
     r" if (?:not|you (?:cant|can not|dont|do not|re not|are not|arent)|youre not|its|it s|it is|thats|that s|"
     r"that is|there s|theres|not possible|you cant)\b.*$", ""),
    ("trouble", r"\bif (?:its|it s|it is) not (?:too much )?(?:trouble|a bother|a hassle)\b", ""),
    # ... the offers, deals and sales stopped ("Can you stop sending me all them offers, love? Fills up me phone" got
    # privacy on its phone): the promotional messages
    ("offers deals sales discounts",
     r"\b(?:stop|quit|give over|pack it in)(?: with)?(?: (?:sending|texting|messaging|emailing|spamming|"
     r"sending out))?(?: (?:me|us))?(?: all)?(?: (?:them|those|these|the|your|ur))?(?: (?:special|daily|sale|sales|"
     r"promo|promotional))? (?:offers|deals|sales stuff|sales|sale stuff|sale messages|discounts)\b",
     "stop sending me promos"),
    # ... paid back for a purchase shown with a receipt ("my boss will pay me back if I show a receipt"): reimbursed
    ("pay",
     r"^(?=.*\b(?:receipt|receipts|invoice|invoices|proof of purchase)\b)(?!.*\b(?:refund|refunded|return|returned|"
     r"cancel|cancelled)\b)(.*?)\bpay (?:me|us|her|him|them) back\b", r"\1reimburse"),
    # ... a sunscreen that leaves one white told as it looks ("Is the sun cream the white-looking kind? I'm pale as owt
    # and don't want to look like a ghost"): a white cast
    ("white ghost ghostly chalky pasty",
     r"^(?=.*\b(?:sunscreen|sunscreens|suncream|sun cream|sunblock|spf|sun lotion)\b)(.*?)\b(?:white looking|"
     r"white film|white residue|white layer|look like a ghost|look ghostly|like a ghost|look chalky|chalky|"
     r"goes white|go white|leave me white|leaves me white|make me white|makes me white|white in photos)\b",
     r"\1white cast"),
    # ... spots on a face, a forehead or a chin, covered in them or picked at (a parent's "my 14yo son's forehead is
    # covered in spots"): pimples; not dark, brown, sun or age spots
    ("spots spot spotty",
     r"^(?!.*\b(?:dark|brown|sun|age|black|pigment\w*|marks?|scars?|discolou?r\w*|mole|moles|freckles?)\b)"
     r"(?=.*\b(?:face|forehead|chin|cheeks?|nose|back|jaw|jawline|covered|picking|pick|squeezing|squeeze|teen|teenage|"
     r"son|daughter|breaking|broke)\b)(.*?)\b(?:spots|spotty)\b", r"\1pimples"),
    # ... results wanted fast from a retinoid used every night, a wrong assumption told before the question ("I
    # should use it every night to see results fast, right?"): how to start it, not how soon a product works
    # (lexicon.OFF_TOPIC's "to see results")
    ("results",
     r"^(?=.*\b(?:retinal|retinol|retinoid|retinoids)\b)(?=.*\b(?:every night|every day|each night|nightly|daily|"
     r"twice a day)\b)(.*?)\b(?:to see|see) (?:the )?results\b", r"\1for results"),
    # ... a teen getting into skincare from the videos she watches ("just getting into skincare because of TikTok",
    # "wants to start skincare after watching YouTube"): how she came to it, not the platform's business
    ("youtube tiktok instagram influencers youtubers",
     r"^(?=.*\b(?:skincare|skin care|routine)\b)(.*?)\b(?:after|from|because of|thanks to|since) (?:watching |seeing )?"
     r"(?:youtube|tiktok|instagram|social media|influencers|youtubers)(?: videos?)?\b", r"\1"),
    # ... the airport as the other choice when an order may come late ("will it make it or should i just buy
    # something at the airport"): another purchase, not the airport's business
    ("airport",
     r"^(?=.*\b(?:order|ordered|make it|in time|arrive|get here|by the)\b)(.*?)\b(?:buy|get|grab|pick up)"
     r"(?: (?:something|one|some|it|them|a [a-z]+))? (?:at|in|from) the airport\b", r"\1buy something else"),
    # ... a face breaking out "loads" or "like mad": breaking out a lot
    ("loads mad crazy",
     r"\b(breaking out|broken out|broke out|breakouts|pimples|spots)(?: loads| like mad| like crazy| something "
     r"awful)\b", r"\1 a lot"),
    # eighty-second round (blind33, probe65): Ghanaian English's pepper of the skin ("turns red and pepper me", "the
    # serum pepper my face"): it stings; the harmattan, West Africa's dry season, is its winter; mobile money (momo,
    # M-Pesa) a way to pay
    ("pepper peppers peppering peppered",
     r"\b(?:dey )?pepper(?:s|ing|ed)? (me|my (?:face|skin|eyes?|cheeks?)|the skin)\b", r"stings \1"),
    ("harmattan", r"\bharmattan\b", "winter"),
    ("money momo mpesa pesa", r"\b(?:mobile money|mtn momo|m pesa|mpesa)\b", "mobile payment"),
    # ... momo alone only as a way to pay ("do you take momo?"): Taiwan's momo購物 is a shop (blind14)
    ("momo", r"\b(pay with |pay by |pay via |pay through |pay using |take |accept |use )momo\b", r"\1mobile payment"),
    # ... a question closed with "or?", "or nah" (Cajun, Southern and Ghanaian English: "y'all able to mail stuff down
    # there or nah?", "una fit send am go Ghana or?"): nothing more asked
    ("or", r"(?<=[a-z]) or(?: nah| naw| nay| no| nope)?$", ""),
    # ... an order's delivery followed (a bridesmaid's "how can I follow the delivery?"): tracked
    ("follow", r"\bfollow (?:the |my |our )?(?:gift )?(?:delivery|parcel|package|order|shipment|box|boxes|sets?)\b",
     "track my order"),
    # ... a store that shuts, asked with a time or a day ("what time does the store shut on Saturday?"): it closes
    ("shut shuts", r"\b(?:what time|when) (?:do|does) (?:you|the store|your store|the shop|your shop|"
     r"the stores|your stores) shuts?\b", "what time do you close"),
    # ... the gift sets or boxes one ordered, asked after as an order (tracked, invoiced, not come): the order, not
    # its wrapping
    ("gift",
     r"^(?=.*\b(?:track|tracking|delivery|delivered|invoice|receipt|arrive|arrived|shipped|where)\b)"
     r"(?!.*\b(?:wrap|wrapping|wrapped|card|note|message)\b)(.*?)\bgift (sets?|box|boxes)\b", r"\1\2"),
    # ... a wedding's party (the bridal party, a hen party) and its best man: the wedding's people, no topic
    ("party man", r"\b(?:bridal|wedding|hen|bachelorette|bachelor|stag) party\b|\bbest man\b", "wedding"),
    ("small", r"\bsmall small\b", "a little"),
    # ... the messages made to quit ("Y'all send a lotta messages. Can I make it quit?"): stopped
    ("quit stop",
     r"^(?=.*\b(?:messages|message|texts|msgs|notifications|notifs|pushes|promos)\b)(.*?)\b(?:make|get) "
     r"(?:it|them|em|this|that|you|yall|those) (?:quit|stop)\b", r"\1stop the messages"),
    # ... a helmet (a rider's, a driver's) told as what breaks one out ("Breaking out bad from the helmet strap and
    # sweat"): the cause, not a helmet's business (OFF_TOPIC's helmet stays for one bought or sent)
    ("helmet helmets",
     r"^(?=.*\b(?:acne|pimples|pimple|breaking out|breakouts|breakout|broke out|spots|bumps|zits|sweat|sweaty)\b)"
     r"(.*?)\b(?:(?:the|my|a) )?helmets?(?: straps?| pads?| padding)?\b", r"\1"),
    # ... friends, buddies or coworkers got to order, or signed up through one ("if I get my buddies to order", "if my
    # buddies from the depot sign up through me"): a referral, as the FAQ's "friends to buy"
    ("friends buddies mates coworkers colleagues pals crew girls",
     r"\b(?:get|have|make|bring) (?:my |some |a few )?(?:friends|buddies|mates|coworkers|colleagues|pals|girls|crew)"
     r"(?: [a-z]+){0,2}? to (?:order|buy|shop|sign up|join)\b"
     r"|\bmy (?:friends|buddies|mates|coworkers|colleagues|pals|girls|crew)(?: [a-z]+){0,4}? (?:sign up|signs up|order|"
     r"buy|join|shop) (?:through|thru|via|under|with) me\b", "friends to buy"),
    # ... an order asked to go home instead (a teacher's "had the order go to my school ... can it go to my house
    # instead?", "can I switch it to my home address?"): the address changed
    ("instead switch redirect",
     r"\b(?:can|could) (?:it|the order|the parcel|the package|they|you send it|you ship it) (?:go|be sent|be shipped)"
     r" to my (?:house|home|place|flat|apartment|home address)(?: instead)?\b"
     r"|\b(?:switch|redirect) (?:it|them|the order|my order|the parcel|the package|the address)"
     r" to my (?:house|home|place|flat|apartment|home address)\b", "change the address to my home"),
    # eighty-fourth round (blind35, probe67): a lawyer's or an accountant's letter for a client. "Per our records" asks
    # nothing; the client is the one asking ("our client wishes to return an unopened product", "a client of mine runs
    # a day spa", "our client's card"); "wishes to" wants to. ("Please be advised that" was tried as nothing asked: it
    # left "the hearing has been moved to Friday" to an application's news.)
    ("per records", r"\b(?:as )?per (?:our|my|your) records\b ?", ""),
    ("client clients",
     r"\b(?:our|my) client s\b|\b(?:our|my) clients?(?= s\b)", "my"),
    ("client clients",
     r"\b(?:our|my) clients?\b|\ba client of (?:mine|ours)\b|\bone of (?:my|our) clients\b", "i"),
    ("wishes wish", r"\b(?:wishes|wish) to\b", "want to"),
    # ... what it asks: whether deliveries to a place "are available" or "can be arranged" (do you ship there), a
    # procedure "applicable" (how), "the appropriate contact" (whom to write to), an order's "current delivery status"
    # (where it is), whether the company "sponsors employees" (a work visa sponsored)
    ("available possible arranged offered",
     r"\b(?:deliveries|delivery|shipments?|shipping) (to [a-z ]{2,30}?|there) (?:is|are|can be|could be|would be|will"
     r" be) (?:available|possible|arranged|offered|an option)\b", r"do you ship \1"),
    ("applicable appropriate relevant",
     r"\b(?:please |kindly )?(?:advise|confirm|explain|outline|set out) (?:me )?(?:of |on )?the (?:applicable|"
     r"appropriate|relevant|correct|proper) (?:procedure|process|steps)\b", "how"),
    ("advise contact",
     r"\b(?:please |kindly )?advise (?:(?:us|me) )?(?:of )?(?:the (?:appropriate|relevant|right|correct|best|proper) "
     r"(?:contact|person|department|team)|(?:whom|who) (?:i|we) (?:should|may|might|can|could) (?:contact|write to|"
     r"reach out to|speak to|speak with|get in touch with))\b", "who should i contact"),
    ("advise please", r"\bplease advise(?: (?:us|me))?(?: (?:whether|if|on|as to))?\b", " "),
    ("status",
     r"(\b(?:order|orders|parcel|package|shipment|purchase)\b.*?)\b(?:confirm |advise (?:of |on )?)?(?:its|it s|the) "
     r"(?:current |present |latest )?(?:delivery |shipping )?status\b", r"\1where is my order"),
    ("sponsor sponsors sponsoring",
     r"\bsponsors? (?:an |its |your |new )?(?:employees?|employee s|staff|new hires|hires|workers)(?: (?:work )?"
     r"(?:permits?|visas?))?\b", "sponsor work visas"),
    ("employer", r"\bemployer specific (?:work )?(?:permit|visa)\b", "closed work permit"),
    # ... a client's range carried or stocked ("carrying your range in her boutique", "stocking your line"): a stockist
    ("carry carrying stock stocking retail retailing",
     r"\b(?:carry|carrying|stock|stocking|retail|retailing) (?:your|ur|the lumi|lumi s|lumi) (?:range|line|products|"
     r"brand|skincare)\b", "carry your line"),
    # ... a surfer's sunscreen asked to last in the water ("does it hold up in the surf for a long session"): how long
    # it lasts when swimming, the sunscreen's reapplying
    ("water surf ocean sea pool swimming surfing",
     r"^(?=.*\b(?:sunscreen|sunblock|spf|zinc|sun cream|suncream)\b)(.*?)\b(?:hold|holds|last|lasts|stay|stays|stick|"
     r"sticks|survive|survives|work|works)(?: up| on)? (?:in|through) (?:the )?(?:water|surf|ocean|sea|pool|waves|"
     r"swim)\b", r"\1reapply after swimming"),
    # ... the other one of two sent back ("haven't opened the second tube, can I send that one back?"): it sent back;
    # another size taken with the difference paid ("trade the small one for the big one, happy to pay the diff"): the
    # exchange's difference charged
    ("send sending", r"\b(send|sending) (?:that|this|the other|the second|the spare|the extra)"
                     r"(?: one| tube| jar| bottle| pot| stick)? back\b", r"\1 it back"),
    ("diff difference", r"\b(?:happy to |glad to |willing to |can |will |ill |i ll )?"
                        r"(?:pay|cover|paying|covering|top up) (?:the|any) (?:diff|difference|extra)\b", "补差价"),
    # ... which of one's things to start with, no retinoid named ("never used skincare in my life, mate. which of your
    # stuff should I start with?" was retinoid-start's start): the products to begin with
    ("start begin",
     r"^(?!.*\b(?:retin\w*|vitamin a|tretinoin|adapalene|bakuchiol|acids?|aha|bha|exfoliat\w*|peel\w*|sensitive|"
     r"reactive|react\w*|acne|breakouts?|breaking|pimples?|spots|rosacea|eczema|pregnan\w*|dry|oily|combination|"
     r"combo)\b)(.*?)"
     r"\b(?:which|what)(?: one| ones)?(?: of (?:your|ur|the|them|these|those))?(?: (?:stuff|things|products?|range|"
     r"gear|items?|lot))? (?:should|do|would|could|shall) (?:i|we) (?:start|begin) (?:with|on)\b",
     r"\1which product should i start with"),
    # ... a wetsuit (its hood, its collar) told as what breaks one out ("breaking out where the wetsuit hood sits"):
    # the cause, as a helmet above (OFF_TOPIC's wetsuit stays for one bought)
    ("wetsuit wetsuits",
     r"^(?=.*\b(?:acne|pimples|pimple|breaking out|breakouts|breakout|broke out|spots|bumps|zits|rash|chafing|chafe)\b)"
     r"(.*?)\b(?:(?:the|my|a) )?wetsuits?(?: hood| hoods| collar| collars| zip| neck)?\b", r"\1"),
    # ... a letter's "kindly confirm receipt of" (that it came): no receipt asked for
    ("receipt", r"\b(?:confirm|confirming|acknowledge|acknowledging) (?:the )?receipt of\b"
                r"|^ *receipt of(?= (?:the |this |our |my )?(?:signed|executed|attached|enclosed|above|documents?|"
                r"agreement|contract|letter|email)\b)", "say you got"),
    # eighty-third round (blind32, probe66): an e-mail's signature from a phone ("Sent from my iPad", "Sent from my
    # iPhone", older followers' sign-off) says nothing; nor does a signed name after "regards" / "thank you" at the end
    ("sent", r"\bsent from my (?:iphone|ipad|android|samsung|galaxy|phone|mobile|smartphone|pixel|huawei|tablet|"
             r"blackberry|ipod|kindle)(?: [a-z0-9]+){0,2}$", ""),
    # ... someone "put onto" the shop, London's "if I put my bredren onto you lot" (told about it, sent your way):
    # referred to it
    ("onto", r"\bput (?:my |me |a )?(?:mates?|friends?|bredren|bredrin|mandem|fam|cuz|cousins?|sisters?|brothers?|"
             r"buddy|buddies|pals?|people|family|bros?|gym buddy|[a-z]+ buddy) (?:onto|on to) "
             r"(?:you|u|your (?:shop|store|brand|stuff|products|page))\b", "refer a friend"),
    # ... selling or stocking "your stuff" in one's own shop ("got a barber shop, could we sell your stuff there"): the
    # products (wholesale's "sell your products")
    ("stuff", r"\b(sell|stock|carry) (?:your|ur|yalls|you lots) (?:stuff|things|bits|gear)\b", r"\1 your products"),
    # ... and the shop they own, a barber's or a nail bar, where ours would be sold: a salon (a barber was another
    # trade's)
    ("barber barbers barbershop nail",
     r"\b(?:barber ?shop|barbers|nail bar)\b(?=.*\b(?:sell|stock|carry) (?:your|ur)\b)", "salon"),
    # ... a daughter, a wife or oneself "expecting" with nothing after it (ellipses: "My daughter is Expecting...
    # which of your products can she safely use"): pregnant; not expecting an order, a reply, a refund or a call
    ("expecting", r"\b(is|shes|she is|im|i am|were|we are|wife is|daughter is|were both) expecting\b"
                  r"(?! (?:a (?!baby)|an|the|my|your|it|to|that|this|more|some|any|delivery|order|parcel|package|"
                  r"refund|reply|call|email|response|answer|them|him|her|someone|something)\b)", r"\1 pregnant"),
    # ... the order to put products on as older followers ask it ("In what Order do I apply them... morning and
    # night"): the routine's order ("apply" was a job's, "order" a purchase's); not the FAQ's "What order should I
    # apply my skincare?", read as it is
    ("order", r"\b(?:in )?(?:what|which) order (?:do|should|shall|would) (?:i|we|you) apply (?:them|these|those|it|all|"
              r"everything)\b", "routine order"),
    # ... a person asked for as London and older followers ask ("an actual person on the blower", "a Person... not a
    # Computer"): a real person, not a bot (a computer was another trade's)
    ("actual",
     r"\b(?:an? )?actual person\b(?: on the (?:blower|phone|line|dog and bone))?",
     "a real person"),
    ("computer machine robot", r"\bnot (?:a |some |the )?(?:computer|machine|robot)\b", "not a bot"),
    # ... not even opened, as "ain't" reads ("wanna send this moisturiser back innit, ain't even opened it")
    ("hasnt havent aint", r"\b(?:aint|hasnt|havent|has not|have not) even (opened|open|used|touched|tried)\b",
     r"not even \1"),
    # ... a friend referred by a pronoun or a name of kin ("my gym buddy wants in, if I refer him"): a friend referred
    ("refer", r"\brefer (?:him|her|them|my (?:mate|friend|buddy|bro|sister|brother|cousin|coworker|colleague|gf|bf|"
              r"girlfriend|boyfriend)s?)\b", "refer a friend"),
    # ... one's own job told beside the question ("I work doubles at the restaurant weekdays"): a restaurant where one
    # works, not a restaurant asked about
    ("work", r"\bi work (?:doubles |shifts |nights |days |full time |part time )?(?:at|in) (?:a|the|my) "
             r"(?:restaurant|kitchen|diner|cafe|bar|warehouse|hospital)\b", "i work"),
    # ... coders' words ("my pull request got rejected again, code review is brutal"): no code of ours
    ("pull merge review", r"\b(?:pull requests?|merge requests?|code reviews?)\b", "review"),
    # ... the gym where one sweats, told with the skin ("sweat a ton at the gym and my forehead's covered in zits",
    # "the gym shower", "gym guy"): where one is, not a gym's membership asked about (an off-topic trade)
    ("gym", r"^(?=.*\b(?:face|skin|forehead|chin|cheeks|pimples|zits|acne|breakouts?|breaking out|spots|pores|"
            r"skincare|moisturi[sz]er|sunscreen|cleanser|serum)\b)(.*?)"
            r"\b(?:at|after|from|in|before|hitting|to) the gym\b", r"\1"),
    ("gym", r"\bgym (?=guy|bro|buddy|rat|shower|showers|bag|sessions?)\b", ""),
    # ... the gym's sweat and a product that "clogs me up" ("will ur stuff clog me up more"): clog the pores
    ("clog clogs", r"\bclogs? (?:me|my skin|my face|me up|up my skin|up my face)(?: up)?\b", "clog my pores"),
    # eighty-sixth round (blind34's tradies and FIFO workers, probe69): skin "broken out" or that "broke out" (under the
    # hard hat, from the sweat): breaking out, acne-prone's, not a parcel broken; not "broke out in a rash" (the
    # reaction's own question, hives and welts read before this)
    ("broke broken", r"\b(?:broke|broken) out\b(?! (?:of|in)\b)", "breaking out"),
    # ... the shop's messages as a phone's pings, buzzes and dings muted ("too many pings from you, how do I mute the
    # promos"): messages to stop
    ("pings dings buzzes", r"\b(?:pings|dings|buzzes)\b(?= (?:from|off) (?:you|u|ya|your|ur)\b)", "messages"),
    # hundred-and-fifteenth round (blind46's arborists, probe98): the pings named by what they sell ("the sale pings
    # while I'm up a tree are doing my head in", "the promo pings"): promo messages
    ("pings dings buzzes alerts", r"\b(?:sale|sales|promo|promos|promotional|marketing|deal|deals|discount|offer)"
                                  r" (?:pings|dings|buzzes|alerts)\b", "promo messages"),
    ("mute muting", r"\b(?:mute|muting) (?:the |your |ur |all |these |those |them |it )?(?:promos?|promotions?|"
                    r"messages?|texts?|notifications?|pings|ads|sale messages|marketing)\b", "stop the promo messages"),
    # ... the phone that buzzes, dings or blows up with them ("my phone buzzes and wakes the dog every single time"):
    # messages come, not a phone number to change
    # (the speller makes "buzzes" the FAQ's "buzzer", an address's)
    ("phone phones", r"\b(?:my |the |me )?phones? (?:(?:keeps|keep|is|just|always) )?(?:buzz|buzzes|buzzing|ding|dings|"
                     r"dinging|ping|pings|pinging|goes off|going off|went off|lights up|lighting up|blows up|"
                     r"blowing up|buzzer(?! (?:code|number|no)\b))\b", "i get messages"),
    # ... a mine's or a site's camp where FIFO workers live on their swing, told as where one is ("how do I follow where
    # it is from camp", "put my camp address in by mistake"): where one is, not camping (an off-topic trade by its
    # stem); not a campsite, a campground or a campfire
    ("camp", r"\b((?:my|the|our) )?(?:mine |work |site |fifo )?camp(?:s)? (address|addy)\b", r"\1\2"),
    ("camp",
     r"\b(?:at|from|in|on|out at|back at) (?:the )?(?:mine |work |site |fifo )?camp\b"
     r"(?! ?(?:site|ground|fire)s?\b)", ""),
    # ... when one has phone signal or reception (FIFO workers and farmers: "only get signal on my days off", "the only
    # time I've got reception"): when one can write, not a phone asked about
    ("signal reception coverage service",
     r"\b(?:i |we )?(?:only )?(?:get|got|have|has|had) (?:any |some |good |decent |phone |mobile |cell )?(?:signal|"
     r"reception|coverage|service|wifi|internet)\b", ""),
    # ... one's days off (R&R, a roster's) told as when one is free, in a message about no job
    ("off",
     r"^(?!.*\b(?:work|working|shifts?|jobs?|hiring|hire|apply|applying|roles?|positions?|roster|staff)\b)(.*?)\b(?:on|during|"
     r"over|in) my (?:days off|day off|time off|r and r|rnr|break|breaks)\b", r"\1"),
    # ... real people or humans asked for as who answers ("are there real people answering on weekends?"): a person,
    # not a job's people (authenticity took "real")
    ("real actual", r"\b(?:real|actual) (?:people|humans|persons)\b", "a real person"),
    # ... an address put in by mistake ("put my camp address in by mistake, need it going to my place in Mandurah"):
    # the wrong address
    ("mistake accident accidentally",
     r"\b(?:put|entered|typed|used|gave|chose|picked|selected|filled)(?: in)? (?:my|the|an?|our) (?:\w+ )?address"
     r"(?: in| down| on it| on the order)? (?:by mistake|by accident|accidentally)\b", "put the wrong address"),
    # ... where an order goes switched ("can I switch where it's going", "redirect where they're headed"): where my
    # order goes changed (order-change-address's keyword), not where it is
    ("switch change update redirect alter",
     r"\b(?:switch|change|update|redirect|alter) where (?:it is|its|it s|they are|theyre|the order is|my order is|the "
     r"parcel is|it will be|it ll be|itll be|it) (?:going|goes|headed|heading|being sent|sent|shipping|delivered|go)\b",
     "change where my order goes"),
    # ... sent to a new house, home or farm named as the place ("can you send it to the new house instead?"): the new
    # place (order-change-address's keyword)
    # ... the States, as Canadians name the US ("send an order to her in the States"): the USA
    ("states", r"\b(in|to|into|down to|across|from|ship to|ship) the states\b", r"\1 the usa"),
    # ... a man who never used anything but bar soap, or only soap and water (tradies, farmers): never used skincare
    ("soap",
     r"\b(?:(?:have |ive |i )?never (?:ever )?(?:used|use|put|touched|bothered with)(?: anything| nothing)?"
     r"(?: on my face)?"
     r"(?: but| except| other than| apart from| besides)|(?:only|just) (?:ever )?(?:used|use|wash with|washed with))"
     r" (?:a )?(?:bar (?:of )?soap|bar soap|soap(?: and water)?|plain water|water)\b", "never used skincare"),
    # ... work looked for over a season, when one's own trade is quiet ("Looking for something over winter when the
    # farm's quiet. Any seasonal work?"): seasonal, the part-time jobs' word (winter was the dry skin's)
    ("winter summer season offseason quiet slow dead",
     r"^(?=.*\b(?:work|job|jobs|shifts?|hiring|hire|part time|seasonal|casual)\b)(.*?)\b(?:over|during|through) "
     r"(?:the )?(?:winter|summer|off season|offseason)\b", r"\1seasonal"),
    ("winter summer season offseason quiet slow dead",
     r"^(?=.*\b(?:work|job|jobs|shifts?|hiring|hire|part time|seasonal|casual)\b)(.*?)\bwhen (?:the |my |our )?(?:farm|"
     r"harvest|mine|site|season|business|ranch|shop)(?:s| is)? (?:quiet|slow|dead|over|done)\b", r"\1seasonal"),
    # ... a refund or the money that "lands" or "hits" (Australian: "how many days till the refund lands"): getting it
    # back, not a parcel arriving (shipping-time's "how many days ... arrive")
    ("lands land landed hits hit",
     r"\b(?:till|until|before|for) (?:the|my|me) (refund|money|cash|refund money) (?:lands|land|landed|hits|hit)\b",
     r"till i get my \1"),
    # ... an order killed, scrapped, ditched or nixed (tradies', crypto people's): cancelled; bought as crypto people
    # say it ("aped into a bundle at 2am", "fomo'd into the set"): bought
    ("kill scrap ditch nix", r"\b(?:kill|scrap|ditch|nix) (the|my|that|this|an|one) (order|purchase)\b",
     r"cancel \1 \2"),
    ("aped fomod", r"\b(?:aped|fomod)(?: in)? (?:into|in on|on)\b", "bought"),
    # ... whether one bought off a guy or a rando is "not fake" or "legit" (crypto people's Telegram and Discord
    # sellers): telling if it is real (authenticity's "know if its real")
    ("fake legit", r"\b(know|tell|check|sure)(?: if| whether| that)? (?:its|it is|it s|they are|theyre|this is|"
                   r"mine is) (?:not (?:a )?fake|not counterfeit|legit)\b", r"\1 if its real"),
    ("new", r"\b(to|at) (?:my|the|our) new (?:house|home|flat|unit|condo|townhouse|farm|acreage|digs)\b",
     r"\1 my new place"),
    # Eighty-eighth round (blind37, probe71): Newfoundland, Pittsburgh, Philadelphia and West Country English. A
    # closing "b'y" (normalised "by") in a message that speaks Newfoundland's (ye, the Rock, the mainland, its places)
    # and "n'at" (and that) ask nothing ("can ye ship a box out there b'y?", "do yinz ship to Ohio n'at?"); a trailing
    # "by" that a verb or a time takes ("need it by", "stop by", "sent by") stays
    ("by", r"^(?=.*\b(?:ye|yer|newfoundland|nfld|rock|mainland|st johns|corner brook|labrador|some)\b)"
           r"(?!.*\b(?:stop|stopped|drop|dropped|come|came|swing|pop|pass|passed|go|went|get|stand|shipped|sent|made|"
           r"sold|paid|delivered|signed|written|run|owned|bye|nearby|close|stood|sit|done|caused|followed|pick|picked|"
           r"pay|buy|ship|send|deliver|mail|post|date|time|day|it|here|them|me|then|now|ready|arrive) by$)"
           r"(.*) by$", r"\1"),
    ("nat", r"\bnat\b", ""),
    # ... a vocative of the West Country ("alright my lover, can you lot post to Bristol?", "... cheers my handsome")
    # opening or closing the message: no word of the question (a lover named in the middle, "a gift for my lover",
    # stays)
    ("lover luvver handsome",
     r"^(?:(?:alright|allright|aright|hiya|hi|hello|hey|morning|evening|oi|ta|cheers|thanks) )?my (?:lover|luvver|"
     r"handsome)\b|\bmy (?:lover|luvver|handsome)$", ""),
    # ... "mind" closing the message, a West Country and Yorkshire tag ("still want to ask you things mind"); never
    # after a word that makes it a verb or a noun ("if you dont mind", "peace of mind", "in mind")
    ("mind", r"(?<!\bnever)(?<!\bdont)(?<!\bdo)(?<!\bwould)(?<!\bwouldnt)(?<!\bmy)(?<!\bin)(?<!\bof)(?<!\byou)"
             r"(?<!\bi)(?<!\bnot)(?<!\bto)(?<!\bthe)(?<!\byour)(?<!\bchange) mind$", ""),
    # ... British "adverts" are the promotions sent (stop-messages' promos)
    ("advert adverts", r"\badverts?\b", "promos"),
    # ... a parcel one would have the shop send to someone ("can you lot send a parcel to her in Somerset"): shipping
    # there (a parcel already sent, "I sent the package to you", keeps its words)
    ("parcel package parcels packages",
     r"\b(can|could|will|would|do) (you|u|ya|you lot) (?:send|post|mail) (?:a|an|some) (?:parcel|package)s? to\b",
     r"\1 \2 ship to"),
    # ... Philadelphia's "jawn", any thing ("ordered a jawn for my mom", "can I swap this jawn"); Pittsburgh's "nebby"
    # (nosy, curious about where it is) says how one asks
    ("jawn jawns", r"\bjawn(s?)\b", r"thing\1"),
    ("nebby", r"\b(?:(?:i )?(?:dont|do not|didnt) mean to be (?:nebby|nosy|pushy|a pain)(?: but)?"
              r"|(?:getting |gettin |so |kinda |a bit |bit )?nebby)\b", ""),
    # ... Newfoundland's mudder and fadder, and "some" before how a face is ("me face is some dry"): very
    ("mudder mudders", r"\bmudder(s?)\b", r"mother\1"),
    ("fadder fadders", r"\bfadder(s?)\b", r"father\1"),
    ("some", r"\b(is|are|was|gets|got|feels|looks) some (?=(?:dry|cold|hot|oily|itchy|red|sore|flaky|tight|"
             r"greasy|sensitive|bad|broken)\b)", r"\1 very "),
    # ... a parcel "leaving" (Philadelphia: "when's it actually gonna leave"): shipped out
    ("leave", r"\bwhen(?:s| is| will| does)? (?:it|my order|the order|my package|my stuff|my thing|the thing)"
              r"(?: actually)?(?: gonna| going to)? leave(?= and\b|$)", "when will it ship out"),
    # ... a big bottle committed to after testers ("before I commits to a big one"): buying the full size
    ("commit commits", r"\bbefore (?:i|we) (?:commit|commits|committing) to (?:a|the) (?:big|full|large|whole)"
                       r"(?: size)?(?: one| bottle| jar| tube| size)?\b", "before buying the full size"),
    # ... what shipping "runs" (costs) ("what's shipping run to Jersey", "how much does shipping run to Philly")
    ("run runs running",
     r"\b(?:what|how much)(?: does| do| would| will| is|s)? (shipping|postage|delivery|the shipping|the postage)"
     r"(?: usually)? (?:run|runs|running)\b", r"how much is \1"),
    # ... the shop "covering" the shipping when one spends enough ("a number I gotta hit so youse cover it"): free
    # shipping
    ("cover covers", r"\b(?:so|for|before|till|until|and) (?:you|yous|youse|yinz|ye|yall|you lot|you guys|u) "
                     r"(?:cover|covers|pay for|take care of) (?:it|the shipping|shipping|postage|the postage)\b",
     "for free shipping"),
    # ... where a parcel "is at" or "is to" (Pittsburgh and Newfoundland: "how do I see where the box is at",
    # "where's it to"): where it is; a box in it is the parcel
    ("at to", r"\bwhere (?:the|my|me|our) (?:box|package|parcel|order|stuff|thing) (?:is|s) (?:at|to)\b"
              r"|\bwhere(?:s| is) (?:the|my|me|our) (?:box|package|parcel|order|stuff|thing) (?:at|to)\b"
              r"|\bwhere(?:s| is) (?:it|she) (?:at|to)$", "where is my package"),
    # ... points that "go bad" before they are used expire (shelf-life's "go bad" is a product's)
    ("bad", r"^(?=.*\b(?:points|pts|rewards|credits?|vouchers?|coupons?|gift cards?)\b)(.*?)\b(?:go|goes|went|gone|"
            r"going) bad\b", r"\1expire"),
    # ... a shop one can "walk into" to try things, and the "closest one" after a shop ("any shop I can walk into and
    # test stuff? closest one to Pittsburgh"): a store near one (store-locations')
    ("walk pop", r"\b(shops?|stores?|places?|locations?) (?:i|we) (?:can|could) (?:walk into|walk in to|walk in|"
                 r"pop into|pop in to|pop in)\b", r"physical \1"),
    ("closest nearest", r"^(?=.*\b(?:shops?|stores?|locations?)\b)(.*?)\b(?:the )?(?:closest|nearest) one\b",
     r"\1nearest store"),
    # ... and Newfoundland's "the Rock" sent to (whether we ship "to the Rock", "out on the Rock"): Newfoundland; the
    # "mainland" beside it Canada's, not China's, and asking "or is it mainland only" says no more than whether we
    # ship there ("do ye send stuff out to Newfoundland at all or is it mainland only b'y")
    ("rock", r"^(?=.*\b(?:send|sent|ship|shipping|shipped|deliver|delivery|post|postage|mail|parcel|package|box|"
             r"charge|order)\b)(.*?)\b(on|to|off|out to|out on|onto) the rock\b", r"\1\2 newfoundland"),
    ("mainland", r"^(?=.*\b(?:newfoundland|labrador|nfld|st johns|corner brook|gander|cape breton|pei|"
                 r"prince edward island)\b)(.*?)(?:\b(?:or )?(?:is it |its |just |only )*(?:the )?mainland(?: only)?"
                 r"(?: by)?$|\bthe mainland\b|\bmainland\b)", r"\1"),
    # Ninetieth round (blind36, probe73): a question told with a hobby's or a job's life around it (birders, climbers,
    # golfers, knitters, anglers), and slang for the question. "What's the damage" on postage or for shipping is what
    # it costs, not a parcel's damage ("what's the damage on postage to Ohio")
    ("damage", r"\bwhat(?:s| is| s)? the damage (?:on|for) (?:the )?(?:delivery|shipping|postage)\b",
     "how much is shipping"),
    ("damage", r"^(?=.*\b(?:postage|shipping|delivery|ship|deliver|send|order|cleanser|serum|cream|toner|set|"
               r"sunscreen|kit|mask|lotion)\b)(.*?)\bwhat(?:s| is| s)? the damage\b(?: (?:on|for|to))?",
     r"\1how much is"),
    # ... when "your people" or "your folks" are in or around ("when are your people actually in? I'm on Eastern
    # time"): the team's hours (business-hours' "when is your team online"), not a job's people
    ("people folks crew staff team",
     r"\b(?:when|what time|what hours|which hours)(?: are| is| do| will)? (?:your|ur|yalls|you guys|the) (?:people|"
     r"folks|crew|staff|team|reps|customer service people)(?: actually| usually| normally)? (?:in|around|on|online|"
     r"available|working|at work|answering)\b", "when is your team online"),
    # ... a phone that the promos ding, ping or buzz ("too many promos dinging my phone mid-backswing"): messages
    # come, as READINGS_EN's "my phone dings" (the eighty-sixth round's) reads the phone before the verb
    ("dinging pinging buzzing blowing blasting lighting",
     r"\b(?:dinging|pinging|buzzing|blowing up|blasting|lighting up)(?: up)? (?:my|me|the) (?:phone|cell|mobile)\b",
     "i get messages"),
    # ... points that sit there unused and "how do I (actually) use / spend / cash them in" after them ("4000 points
    # sitting there doing nothing ... how do I actually use them"): using the points (points-redeem's own question);
    # points swapped or traded for samples or a discount ("can I trade points for samples"): redeeming them
    ("use spend cash redeem",
     r"^(?=.*\b(?:points|pts)\b)(.*?)\bhow (?:do|can|would|should) (?:i|we) (?:actually |even )?(?:use|spend|cash in|"
     r"cash|redeem) (?:them|those|these|em|it)(?: in| out)?\b", r"\1how do i use my points"),
    ("trade swap exchange turn cash",
     r"\b(?:trade|swap|exchange|turn|cash)(?: in)? (?:my |the |those |these |some |all my )?(?:points|pts) "
     r"(?:in )?(?:for|into)\b", "redeem my points for"),
    ("cash", r"\bcash (?:them|those|these|em|my points|the points) in\b", "redeem my points"),
    # ... an address typed instead of the one meant ("typed my yarn shop's address instead of home"): the wrong
    # address (the eighty-sixth round's "by mistake" reading, with "instead of" for it)
    ("instead",
     r"\b(?:put|entered|typed|used|gave|chose|picked|selected|filled)(?: in)? (?:my|the|an?|our) (?:\w+ ){0,2}"
     r"address(?: in| down)? (?:instead of|rather than)(?: (?:my|the|our|me))?(?: \w+)?\b", "put the wrong address"),
    # ... "what order" asked bare beside steps, a routine or the stuff put on ("I don't have time for 8 steps. what
    # order, and what's the bare minimum?"): the order of the steps (routine-order's), not an order placed; "what
    # order do I / should I ..." is the FAQ's own question and keeps its words
    ("order",
     r"^(?=.*\b(?:steps?|routine|layers?|layering|put on|put the stuff|apply|bare minimum|products on|stuff on)\b)"
     r"(?!.*\b(?:ordered|placed|shipped|tracking|cancel|deliver\w*|package|parcel)\b)(.*?)\bwhat order\b"
     r"(?! (?:should|do|does|did|to|are|is|would|can|will|i|we)\b)",
     r"\1what routine order"),
    # ... "can it come wrapped" (a present for a climbing partner's birthday): gift wrapping, not a birthday gift
    # asked for
    ("wrapped", r"\b(?:come|arrive|be sent|get sent|ship|be shipped|go out)(?: gift)? wrapped\b", "gift wrap"),
    # ... a hobby's club named ("run club", "cycling club") is the hobby's, not ours
    ("club", r"\b(?:golf|run|running|cycling|bike|ski|climbing|bouldering|book|chess|rowing|paddling|dragon boat|"
             r"hiking|knitting|birding|tennis|swim|swimming|soccer|hockey|curling|sailing|yacht|boat|walking) club\b",
     "friends"),
    # ... "pick up" work, shifts or hours (a birder on a visitor visa, "could I still pick up work with you"): work a
    # job, not a store pick-up nor picking a product
    ("pick",
     r"\bpick (?:up )?(?:some |a few |any |a bit of |a little )?(?:work|shifts?|hours|a job|jobs|a shift|gigs?)\b",
     "work a job"),
    # ... a closed or employer-tied permit ("I'm on a closed permit tied to a ski resort"): a work permit, and the ski
    # resort or hill it is tied to an employer, not skiing, in a message to us (what the resort said of one's permit
    # is theirs)
    ("closed tied employer",
     r"\b(?:closed|employer specific|employer tied|tied) (?:work )?permit\b", "work permit"),
    ("ski", r"^(?=.*\b(?:you|your|u|ur|yall)\b)(?=.*\b(?:permit|visa|visas|work|job|jobs|hire|hiring|shifts?|"
            r"employer)\b)(.*?)\b(?:a |the )?ski "
            r"(?:resort|hill|lodge|area)\b", r"\1an employer"),
    # ... trying things before "committing to full sizes" (the eighty-eighth round's "before I commits to a big one"
    # without its article): buying the full size
    ("commit commits committing",
     r"\bbefore (?:i |we )?(?:commit|commits|committing) to (?:the )?(?:full|big|large|whole) ?sizes?"
     r"(?: bottles?| jars?| tubes?| ones?)?\b", "before buying the full size"),
    # ... whether a parcel "makes it" or there is "enough time" for it to ("is that enough time for the package to
    # make it to Arizona", "will a package make it to Ohio in time"): how long shipping takes
    ("enough make",
     r"\b(?:is that|is it|is there|that|it)? ?enough time for (?:the|my|a|an|it|them)(?: package| parcel| order| box|"
     r" stuff| delivery)? to (?:make it|get|arrive|get there|come)(?: to)?\b", "how long does shipping take to"),
    ("make", r"\b(?:will|would|can|could|does|do) (?:the|my|a|an|it|them|an order|my order)(?: package| parcel| order|"
             r" box| stuff)? make it (to|there|here)\b", r"how long does it take to arrive \1"),
    # ... "unscented" asked of ours ("is your cream unscented?"): free of fragrance (fragrance-alcohol-free's)
    ("unscented", r"\b(?:unscented|scent free|scentless)\b", "fragrance free"),
    # ... the wind chill or the freezing cold beside the skin ("standing in -15 windchill all morning waiting on
    # owls ... my face is peeling"): the cold (winter-dry-skin's), not the weather as small talk
    ("windchill wind freezing",
     r"^(?=.*\b(?:skin|face|lips?|cheeks?|hands?|dry|drying|flaky|flaking|tight|cracked|cracking|chapped|itchy|"
     r"peeling|raw|windburn\w*)\b)(.*?)\b(?:wind ?chill|freezing(?: cold)?)\b", r"\1cold"),
    # ... a gym named as where one goes ("don't know anyone outside the bouldering gym yet", "code from the bouldering
    # gym flyer"), beside skincare or a checkout: where one is (the sixty-something round's "at the gym" with a kind
    # of gym between and a flyer or a poster after)
    ("gym",
     r"^(?=.*\b(?:skincare|skin care|skin|face|checkout|check out|invalid|order|group chat|group)\b)(.*?)"
     r"\b(?:outside|near|by|at|from|after|in|to) (?:the|my|our|a) (?:bouldering |climbing |crossfit |boxing |local |"
     r"rock )?gym(?: flyers?| posters?| noticeboard| board| class(?:es)?)?\b", r"\1"),
    # ... points "sitting there" unused ("I've got like 4000 points sitting there doing nothing"): the points, no more
    # (how they sit told nothing; "doing nothing" read a job's); a discount set against them ("points for samples
    # instead of a discount")
    # is what they are not spent on
    ("sitting sit gathering collecting",
     r"\b(points|pts) (?:just )?(?:sitting|sit|gathering dust|collecting dust)(?: there| around)?"
     r"(?: (?:doing|doin) nothing)?\b", r"\1"),
    ("instead", r"^(?=.*\b(?:points|pts)\b)(.*?)\binstead of (?:a |the |any )?(?:discount|coupon|money off|cash off|"
                r"promo|code)\b", r"\1"),
    # ... shipped or delivered "there" after the place where one will be ("3 wks at an eco lodge in Costa Rica ...
    # any chance you deliver there??"): whether we ship to that country (shipping-destinations'); not "get there"
    # in time, a parcel's time
    ("there",
     r"\b(ship|deliver|send|post|mail)(?: (?:stuff|things|it|them|orders?|an order|my order|parcels?|packages?))?"
     r" (?:down |out |over |up |all the way )?there\b(?! (?:in time|by|before|on time|fast|quick|quickly|soon))",
     r"\1 to that country"),
    # ninety-third round (blind39, probe76): typed in a hurry, between patients or on a break: pt / ft work, shifts or
    # jobs (part-time, full-time; "pt" alone is Pacific time above), Monday to Friday said m-f (weekdays), a return
    # that "got there" or "arrived" (the return was received: its money asked after), and what one does not want to
    # be told ("don't tell me 'drink water'"), which asks nothing
    ("pt", r"\bpt(?= (?:shifts?|work|jobs?|roles?|positions?|gigs?|hours|staff|openings?)\b)", "part time"),
    ("ft", r"\bft(?= (?:shifts?|work|jobs?|roles?|positions?|gigs?|hours|staff|openings?)\b)", "full time"),
    ("m", r"\b(?:m f|mon fri|monday friday)\b", "weekdays"),
    ("return", r"\b(?:the |my )?return (?:got there|arrived|got to you|landed|reached you)\b",
     "the return was received"),
    ("dont", r"\b(?:and )?dont (?:tell|give) me (?:to )?(?:that |the )?(?:\w+ ){0,3}\w+$", ""),
    # ninety-fourth round (probe77): whether WE deliver or send parcels out on a weekend or a holiday, asked of us ("do
    # you guys deliver on sundays", "would you guys send parcels out on saturdays"): our shipping (shipping-time's
    # weekend pattern), not a carrier's rounds ("does canada post deliver on saturdays": off-topic, LEXICON), which a
    # carrier named still keeps
    ("deliver delivering send sending",
     r"\b((?:do|does|can|could|will|would|are) (?:you|u|ya|yall)(?: guys| lot| all| folks)?) "
     r"(?:deliver|send (?:out )?(?:parcels|packages|orders|stuff|things)(?: out)?|delivering|sending (?:out )?"
     r"(?:parcels|packages|orders)(?: out)?)(?= (?:on|over|during|at) )",
     r"\1 ship"),
    # ... and the follower's own rent falling due, told as why a refund is waited for ("refund to visa when? rent
    # due"): a bill of theirs, not a landlord's matter (rent, rental: OFF_TOPIC)
    ("rent rents", r"\b(?:my |the |our )?rents?(?: is)? (?:due|overdue|coming up)\b", "bills due"),
    # ... and a bigger size asked (a family size, a bigger jar): the size range, an off-topic phrase (OFF_TOPIC: no
    # entry says which sizes there are), not a sample's travel or trial size (samples' "small size", "full size"); a
    # product swapped, traded or returned for the bigger size stays the exchange's ("can i swap it for a bigger size",
    # "the cream box is closed still and I want the bigger size instead")
    ("bigger larger jumbo family value xl",
     r"^(?!.*\b(?:swap|swapping|swapped|exchange|exchanging|trade|trading|change|changing|switch|switching|upgrade"
     r"|instead|return|returning|send back|send it back)\b)"
     r"(.*?)\b(?:bigger|larger|jumbo|family|value|xl)(?: sized?| sizes| bottles?| jars?| tubes?| versions?)\b",
     r"\1size range"),
    # hundred-and-second round (blind42's baristas and dog groomers, probe85): a loyalty card asked as a "thing", with a
    # card of the follower's own trade beside it as a likeness ("is there a loyalty card thing like our cafe stamps?"):
    # the programme, the likeness dropped (another shop's card asked about, "is there a loyalty card at Shoppers",
    # has no "like")
    ("thing thingy things", r"\b(?:rewards?|loyalty|points?|stamp|member|membership) cards? (?:thing|thingy|things)\b",
     "rewards program"),
    ("like", r"^(.*\brewards program) like (?:our|the|my|at (?:the|our|my)|a) (?:[a-z]+ ){0,2}(?:stamps?|stamp cards?|"
     r"punch cards?|points? cards?|card)\b", r"\1"),
    # ... a confirmation deleted by mistake, then its tracking asked ("got an email it shipped but i deleted it by
    # acident ..., wheres the tracking??"): the mail cleared away, not our deletion of one's data (privacy's "delete")
    ("deleted",
     r"^(?=.*\b(?:track|tracking|shipped|shipping|parcel|package|order|orders|ordered)\b)(.*?)\bdeleted (it|them|"
     r"the (?:e ?mail|email|mail|message|text|notification|confirmation)s?)\b", r"\1cleared \2"),
    # hundred-and-fifth round (faq105, blind44's tree planters and dental hygienists, probe88): a parcel or a jar
    # "busted" is damaged ("what do I do about a busted order", "the pump came busted"), not a person caught
    ("busted",
     r"\bbusted (order|orders|parcel|parcels|package|packages|box|boxes|delivery|jar|jars|bottle|bottles|lid|lids|cap|"
     r"pump|tube)\b", r"damaged \1"),
    ("busted",
     r"\b(order|parcel|package|box|delivery|jar|bottle|lid|cap|pump|tube|it|toner|cream|serum|cleanser|sunscreen|"
     r"moisturi[sz]er) (came|arrived|got|is|was|showed up) "
     r"busted\b", r"\1 \2 damaged"),
    # ... a job's duties beside a resume or a role, or said as one's own or listed ("should I list results or just
    # describe my duties": its clause alone has no resume): what the work was, not customs duties; not beside a
    # payment, a parcel, an order or customs
    ("duties",
     r"^(?!.*\b(?:pay|paying|paid|charge|charged|customs|import|imports|tax|taxes|parcel|package|order|orders|"
     r"shipping|ship|shipped|courier|delivery|fee|fees)\b)(?=.*\b(?:resume|resumes|cv|cvs|job|jobs|role|position|"
     r"interview|cover letter|experience|linkedin|(?:list|listing|describe|describing|write|writing|my|main|daily|"
     r"key|past|previous) duties)\b)(.*?)\bduties\b", r"\1responsibilities"),
    # ... and a receipt or an invoice named, then asked for as "one" ("I need to submit a receipt … Where do I get
    # one for my order?", "Accounts wants an invoice … Can you send me one?"): the pronoun stands for what was named
    ("one",
     r"\b(receipt|invoice)s?\b(.*?\b(?:get|find|download|send|email|print|issue|request|have|make|give)"
     r"(?: me| us)?(?: a)?) one\b", r"\1\2 \1"),
)
_READINGS = [(frozenset(words.split()), re.compile(pattern), reading) for words, pattern, reading in READINGS_EN]


def _read_constructions(text: str) -> str:
    """`text` with READINGS_EN's constructions read. A construction's regular expression runs only when the text has
    one of its trigger words: twenty substitutions over every message cost ~45 µs, ~9 % of a match."""
    words = set(text.split())
    for triggers, pattern, reading in _READINGS:
        if not words.isdisjoint(triggers):
            text = pattern.sub(reading, text)
            words = set(text.split())
    return text


# Sixty-ninth round (probe52): a negated auxiliary spelt as a contraction (normalisation drops the apostrophe:
# "doesn't" -> "doesnt") before a verb of arriving or working, read as its full form: "what if it doesnt arrive"
# was a did-you-mean where "what if it does not arrive" answered, the FAQ's "not received" (package-problem's) knowing
# the "not" the contraction hides. Not a phrasal verb of another sense ("the discount didnt come off", "the cap
# wont come out"). Read after READINGS_EN (whose constructions name both forms), so only the comparison sees it.
_NEGATED_AUX = {"doesnt": "does not", "didnt": "did not", "dont": "do not", "isnt": "is not", "wasnt": "was not",
                "arent": "are not", "werent": "were not", "hasnt": "has not", "havent": "have not", "hadnt": "had not",
                "wont": "will not", "cant": "can not", "couldnt": "could not", "wouldnt": "would not"}
_NEGATED = re.compile(r"\b(" + "|".join(_NEGATED_AUX) + r")(?= (?:(?:even|ever|actually|yet|really|always|be|get|"
                      r"been|gotten) )?(?:arrive|arrives|arrived|arriving|come|comes|came|coming|show|shows|showed|"
                      r"shown|turn|turns|turned|work|works|worked|working|reach|reached|delivered|get here|gets here|"
                      r"got here|make it)\b(?! (?:off|out|apart|loose|undone)\b))")


def _spelt_out(text: str) -> str:
    """`text` with its negated contractions before a verb of arriving or working spelt out (`_NEGATED`)."""
    return _NEGATED.sub(lambda m: _NEGATED_AUX[m.group(1)], text) if "nt " in text else text


_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_EN)
_RELATED = {stem(word): " ".join(stem(t) for t in target.split()) for words, target in RELATED_EN for word in words}
_SCRIPT_BOUNDARY = re.compile(f"(?<=[a-z])(?=[{CJK_RANGES}])|(?<=[{CJK_RANGES}])(?=[a-z])")
# "you guys", "u guys", "you all", "you folks" address the shop: read as "you" before synonyms are looked up, so a
# phrase around them is still found ("what time do you guys close" is "what time do you close", business hours)
# and "guys" is never men (thirteenth round). On stemmed text ("guys" -> "guy").
_ADDRESS = re.compile(r"\b(you|u|ya) (?:guy|all|folk)\b")
# Keyed as normalize writes them: OpenCC's t2s turns some Cantonese characters into others (嗰 -> 𠮶, 喎 -> 㖞), and a
# key written as Hong Kong writes it never met a message ("將維C精華換做煙酰胺嗰支" kept 𠮶支; twenty-first round)
_DIALECT_TABLE = {normalize(word) or word: reading for word, reading in DIALECT}
# Cantonese words that share their last character with the first of the next word: 喺边 (at which) and 边度 (where)
# in 喺边度, 去咗边 and 边间 in 去咗边间, 我系 and 系咪 in 我系咪. Read leftmost, the first word took the shared
# character and left the rest unread ("在哪里度", "我是咪"). The hinges are 边 (which) and 系 (is), the heads of
# Cantonese question words; others are left as they are (揾工 + 工读 is not 找兼职). Twenty-fifth round.
DIALECT_HINGES = "边系"


def _hinged(table: dict[str, str]) -> dict[str, str]:
    """The words read across a hinge: 喺边度 as 在 + 哪里 (the first word without the hinge, then the second)."""
    words = re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)))
    out = {}
    for first in table:
        for second in table:
            hinge = second[0]
            if hinge in DIALECT_HINGES and len(second) > 1 and first.endswith(hinge) and first[0] != hinge:
                word = first + second[1:]
                if word not in table:
                    out[word] = words.sub(lambda m: table[m.group(0)], first[:-1]) + table[second]
    return out


_DIALECT_TABLE.update(_hinged(_DIALECT_TABLE))
# A lone 退 is sending goods back ("面霜可以退吗", "退唔退得"), unless a word of its own follows (退款 refund,
# 退订 unsubscribe, 退出 leave, 退税 tax refund...) or 了货 (退了货: 退咗货 was read 退货了货; twenty-first round).
# (退伍 / 退役, leaving the army, since the eighty-third round)
_LONE_RETURN = re.compile("退(?![款货钱费订回掉税换出还伍役]|了货)")
# Chinese constructions read as the FAQ's words (twentieth round), after DIALECT (so Cantonese arrives as Mandarin), on
# both sides alike, as READINGS_EN: each (a character the text must contain: a cheap gate, expression, reading).
# The places of PLACES outside the mainland, as Chinese writes them, for the readings of whether the shop sends there
_ABROAD_ZH = "|".join(sorted((w for group in PLACES[1:] for w in group if not w.isascii()), key=len, reverse=True))
# a job spoken of, for the readings of a yes-no tag that a job's own questions ask otherwise (能去门店上班不)
_JOB_WORDS_ZH = "(?:工作|上班|应聘|职位|岗位|面试|兼职|招聘|打工|干活|简历|申请|工签)"
# How long one has waited (等了半个月了, 都两个星期了, 已经十天了): told beside an order not come (READINGS_ZH), it
# says nothing the question needs, and as words no entry knows (星期, 已经) it scaled the question under the line
_WAITED_ZH = ("(?:(?:等了|都|已经|快|有)*(?:快|好|差不多|将近|超过)?"
              "(?:[一二两三四五六七八九十几半]|\\d{1,2}|好几|好多|很多)+个?多?(?:星期|礼拜|周|天|个月|月)多?了?)")
# forty-sixth round (probe29): a store named with an opening day or time, and the day before it (READINGS_ZH)
_STORE_DAY_ZH = ("(?:(?:周[末六日天一二三四五]|星期[一二三四五六日天]|礼拜[一二三四五六日天]?|今天|明天|后天|过节"
                 "|节假日|假日|晚上|早上)的?)?")
_STORE_HOURS_ZH = (f"{_STORE_DAY_ZH}(?:门店|实体店|快闪店|线下店|店铺|店面|门市|专柜"
                   "|(?:(?<=^)|(?<=\\s)|(?<=[们的间家日末六天四五今这那节])|(?<=up))店(?![员长主]))"
                   "[^\\s,，。？?!！]{0,8}?(?:开门|关门|营业时间|营业|开到|收铺|收档"
                   "|开(?=$|\\s|[吗不没嘛么呢着到几门])|关(?=$|\\s|[吗不没嘛么呢几门]))"
                   "(?:不开门|没开门|不关门|不开|没开|不关|吗|嘛|么|呢)?")
# Fifty-fourth round: how an order was paid, told in Chinese on the way to another question (用支付宝付的款 什么时候
# 发货, 我是用微信支付的 订单想取消可以吗, visa付的 想退货): the story; payment-methods took them by the means' names.
# Only told as done (V的), and not a payment gone wrong (扣了两次, 失败, 被拒) nor asked (可以用支付宝付款吗)
_PAY_MEANS_ZH = ("(?:支付宝|微信支付|微信钱包|微信|信用卡|银行卡|储蓄卡|借记卡|银联卡|银联|云闪付|"
                 "礼品卡|购物卡|积分|花呗|现金|余额|八达通|paypal|visa|master ?card|万事达卡?|apple ?pay|"
                 "苹果支付|google ?pay|alipay|"
                 "wechat ?pay|interac|e ?transfer|amex|运通卡?)")
_PAY_TOLD_ZH = (f"(?:(?:我是|我|是|都是|已经|我已经)?(?:用|拿|刷|通过)?(?:我的|我)?{_PAY_MEANS_ZH}(?:卡)?"
                "(?:(?:付|支付|付款|结账|结帐|刷|买单|买|下单|下的单)的|(?:付|支付)了)(?:款|钱|帐|账)?"
                f"|(?:我)?(?:刷的|付款用的是|付钱用的是|用的是|付的是){_PAY_MEANS_ZH}(?:卡)?(?:付的|支付的)?(?:款|钱)?)")
_PAY_TROUBLE_ZH = ("(?!.*(?:失败|不成功|没成功|扣了?两次|扣两遍|重复扣|多扣|被拒|付不了|付不出|扣款|盗刷|未支付|"
                   "没扣|两笔))")
READINGS_ZH: tuple[tuple[str, str, str], ...] = (
    # ninety-eighth round (blind38, probe81): sent the same day, as Hong Kong asks it (今日寄唔寄到, 係咪今日寄:
    # 今天 可以 寄, 是不是今天寄): shipped today (发货), shipping-time's; not sent as far as a place (今天寄到温哥华)
    ("寄", "(?<=今天|当天|即日)(?: ?(?:可以|能不能|能|可不可以|会不会|会) ?)?寄(?:出|走)?(?![到去给往])", "发货"),
    # ninety-seventh round (blind41, probe80): QQ-number shorthand, 8错 (不错, "not bad"), 3q (thank you) and 886
    # (bye): a remark, thanks and goodbye, not a number ("新人有没有优惠码啊 偶第一次买 8错的话介绍给同事" was
    # referral's, 8错 read as nothing; "3q 问下满多少包邮"); never in a longer number (1886, 3q is no 13q)
    ("8", "(?<![0-9])8错", "不错"),
    ("q", "(?<![0-9a-z])3q(?: ?3q)*(?![0-9a-z])", "谢谢"),
    ("6", "(?<![0-9])886(?![0-9])", " "),
    # ... and 真的 as "really" before a claim of none (是不是真的 no fragrance, 是否真的不含酒精, 是不是真的都没有
    # 香精): a claim checked, not a genuine product (authenticity's 正品, which 真的 reads as); "是不是真的" alone
    # keeps it
    ("真", "(是不是|是否|是唔是|系唔系)真的"
          "(?= ?(?:全|都|完全|全部|全线)? ?(?:no |without |free of |没有|不含|无|零|冇|唔含))", r"\1"),
    # ... and a plan to tell colleagues if it is good (不错的话介绍给同事, 好用的话推荐给朋友): a remark after the
    # question, not a referral's reward asked (that one asks what it brings: 介绍给朋友有奖励吗 keeps it)
    ("话", "(?:好用|不错|满意|喜欢|效果好)的话(?:我)?(?:会|就|再)?(?:介绍|推荐|安利)给"
          "(?![^。？?!！]*(?:奖励|返|积分|优惠|好处|有什么|有没有|有吗|能不能|可以|什么))"
          "(?:我的)?[^，。？！?!\\s]{1,6}", ""),
    # ninety-fourth round (blind39, probe77): bought twice by mistake (买重了, 拍重复了, 下重了): an order placed twice,
    # read before the synonyms (重了 alone is a reaction grown worse: 过敏, which "买重了" answered)
    ("重", "(?:买|拍|下|订)(?:单)?重(?:复)?了", "重复下单了"),
    # ... a hard hat worn at work (安全帽: a helmet, not the privacy entry's 安全, security)
    ("帽", "安全帽", "头盔"),
    # ... and a hotel a parcel is sent to (寄到温哥华饭店: a secretary's boss on a trip): where the follower stays, not
    # a hotel's own matter (酒店, 饭店 are OFF_TOPIC: a booking, a restaurant)
    ("店馆宿", "((?:寄|送|发|邮)(?:到|去|给)[^，。？！?!,\\s]{0,8}?)(?:的)?(?:酒店|饭店|宾馆|旅馆|民宿)", r"\1住处"),
    # fifty-fourth round (probe37): who they are, told on the way (我是新移民, 我们是刚来的新移民): the story (移民 is
    # OFF_TOPIC's, and with 申请 the immigration office's: "我是新移民 英语不太好 能在你们那里上班吗" had no answer)
    ("移", "(?:我|我们|我们家)(?:是|也是|都是)?(?:刚来的|刚过来的|刚落地的|刚来)?新移民(?:一枚|来的)?", ""),
    # ... and when they ordered, by the day of the week (礼拜天买的 到哪了, 周末下的单 周一会发吗): the order's day, not
    # a day the team works (business-hours took them by the day's name)
    ("单买订付", "(?:上|这)?(?:周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]?|周末)"
               "(?:早上|上午|中午|下午|晚上|半夜|凌晨)?(?:下的单|下单的|买的|订的|付的款|付的钱|付的|拍的)", "下的单"),
    ("发寄", "(?<=下的单 )(?:周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]?|明天|今天)"
           "(?:会|能|可以)?(?=发|寄)", "会"),
    # ... and who they are as students, with no job asked (我是留学生 可以用你们的积分吗: the work permit's
    # 留学生签证 took it); with a job word it stays the work permit's (我是留学生 可以申请吗)
    ("生", f"^(?!.*{_JOB_WORDS_ZH})(.*?)(?:我|我们)(?:是|都是)?(?:一个|一名)?(?:留学生|国际学生|交换生)(?:来的)?",
     r"\1"),
    # fifty-fourth round (probe37): how an order was paid, told beside another question (see _PAY_TOLD_ZH)
    # (with a refund asked, the money goes back the way it was paid: 退款大概几天到 我用信用卡付的 is the refund's
    # way back, 原路退回, not a parcel's 几天到)
    ("付刷买单账帐", f"^(?=.*(?:退款|退钱|退的钱|退回的钱|refund)){_PAY_TROUBLE_ZH}(.*?){_PAY_TOLD_ZH}",
     r"\1 原路退回 "),
    ("付刷买单账帐", f"^{_PAY_TROUBLE_ZH}(.*?){_PAY_TOLD_ZH}(?=.*[^ ])", r"\1"),
    ("付刷买单账帐", f"^{_PAY_TROUBLE_ZH}(.*?[^ 用拿刷过我是的]) ?{_PAY_TOLD_ZH}$", r"\1"),
    # fiftieth round (probe33): the formal, business-letter register of office workers, HR staff, company buyers and
    # older educated writers. Its openings and closings (尊敬的客服您好, 敬启者, 此致敬礼, 顺颂商祺, 望复为盼, 不胜感激)
    # ask nothing, and as words no entry knows they scaled the question below the answer line. Only an opening
    # addressed to the brand's people: 尊敬的老师, 尊敬的物业 name whom the message is for.
    # (ninety-third round, blind39: the company before the person, 尊敬的贵司负责人, 尊敬的贵公司领导, and a recruiter
    # called 招聘老师 as mainland graduates call them)
    ("尊", "(?:^|(?<= ))尊敬的(?:露米|lumi)?(?:贵司|贵公司|贵品牌|贵店)?(?:客服|客服人员|客服团队|工作人员|负责人|"
           "招聘负责人|招聘老师|招聘专员|hr老师|hr|人事|领导|团队|商家|店家|经理|先生|女士|小姐|贵司|贵公司)?(?:们)?"
           "(?:您好|你好)?(?= |$)", ""),
    ("启", "(?:^|(?<= ))敬启者(?= |$)", ""),
    ("致颂祝望盼复候胜指荷谨", "此致 ?敬礼|(?:顺|敬)(?:颂|祝)(?:商|时|近|台)(?:祺|安)"
                       "|(?:静候|恭候|盼|望|敬候)(?:您的|贵司)?(?:回复|回音|赐复|佳音)|(?:^|(?<= ))(?:望复|盼复)"
                       "|为盼|是盼|为荷|不胜感激|不胜感谢|(?:恳请|敬请)指教|谨此", ""),
    # ... its courtesy verbs as the plain ones (烦请告知, 敬请告知, 恳请, 劳驾: 请问 / 请), whom it addresses as 你们
    # (贵司, 贵公司, 贵店: not 贵行, 贵校, 贵院, another organisation) and the writer as 我 (本人, 我司, 敝公司)
    ("告复", "(?:^|(?<= ))(?:烦请|敬请|恳请|惠请|谨请|请)(?:您|贵司)?(?:告知|赐告|赐复|回复)(?:为盼|是盼|为荷)?"
           "(?= |$)", ""),
    ("烦敬恳劳惠谨请", "(?:烦请|敬请|恳请|劳驾|惠请|谨请|麻烦|请)(?:您|贵司)?(?:告知|告诉我|赐告|说明)(?:一下)?",
     "请问"),
    ("烦敬恳惠谨", "烦请|敬请|恳请|惠请|谨请", "请"),
    ("贵", "贵(?:司|公司|店|品牌|方|平台)", "你们"),
    ("司公", "(?:我司|本公司|敝公司|敝司|我公司)", "我们公司"),
    ("本", "(?<![他她你您其])本人", "我"), ("兹", "(?:^|(?<= ))兹", ""), ("予", "予以", ""),
    # ninety-third round (blind39, probe76): new graduates' letters: the apology for writing (冒昧来信, 冒昧打扰; 冒昧
    # 询问 asks: 请问), the closing 为感 (盼复为感: the 盼复 above goes first), and the interview's rounds (一面, 二面,
    # 终面: 面试; 一面 only as one had, 一面墙 keeps its)
    ("冒", "冒昧(?:地)?(?:询问|请问|问一下|一问)", "请问"), ("冒", "冒昧(?:地)?(?:来信|打扰|致信|写信)?", ""),
    ("感", "(?:^|(?<= ))(?:为感|是感)(?= |$)", ""),
    ("面", "(?<![第])(?:二|三|终|复)面(?![试霜膜部包条粉积])|一面(?=了|完|过|后|结束)", "面试"),
    # ... its intentions (拟, 欲: 想), its 是否 / 能否 / 可否 + verb questions as the plain ones (V吗, 能V吗, 可以V吗)
    ("拟欲", "(?<![模虚草比])拟(?![定人稿写])|(?<![食贪])欲(?!望)", "想"),
    ("否", "是否(?=[^ ]{2})([^ ]*?)(?:吗)?(?= |$)", r"\1吗"),
    ("否", "能否(?=[^ ]{2})([^ ]*?)(?:吗)?(?= |$)", r"能\1吗"),
    ("否", "可否(?=[^ ]{2})([^ ]*?)(?:吗)?(?= |$)", r"可以\1吗"),
    # ... and its nouns of procedure (关于退货事宜, 相关手续如何办理, 办理换货, 地址变更手续): the matter itself. 会员
    # 如何办理 is the membership's (faq.yaml's 会员怎么办理)
    ("事宜", "关于([^ ]{1,10}?)(?:的)?(?:相关)?事宜", r"\1"),
    ("事宜", "(?:相关)?事宜", ""),
    ("手续", "(?:的)?(?:相关)?手续(?:及|和|与)?(?:办理)?(?:流程)?", ""),
    ("办理", "(?<!会员)(?<!会员卡)(?:应|应当|应该|该|需)?(?:如何|怎么|怎样)办理(?= |$|及|和)", "怎么办"),
    ("办理", "(?<!会员)办理(?=[^ ])", ""),
    # ... its written words for plain ones (尚未 还没, 并未 没有, 所购 买的, 购得 买到, 何时 什么时候, 有何 有什么,
    # 寄至 寄到, 工作天 工作日, 方能 才能, 入帐 到账)
    ("尚并未", "尚未", "还没"), ("尚并未", "并未", "没有"),
    ("所", "所(?:购|买)", "买的"), ("所", "所下", "下的"), ("购", "购得", "买到"), ("于", "(?<=[想已我将并])于", "在"),
    ("相", "(?<![不无互])相关(?!的)", ""), ("何", "何时", "什么时候"), ("何", "有何", "有什么"),
    ("初", "初次", "第一次"), ("面", "面部(?=出现|发|起|泛|红|长|过敏|干|皮肤)", "脸上"), ("瘙", "瘙痒", "痒"),
    ("伴", "并?伴有", "有"), ("约", "(?<!大)约需(?!要)", "大约需要"),
    ("处理", "(?:应|应当|应该|该|要)如何处理(?= |$)", "怎么办"),
    ("至", "(?<=[寄送运发])(?:送)?至", "到"), ("工", "工作天", "工作日"), ("方", "(?<!地)方能", "才能"),
    ("帐", "入帐", "到账"),
    # fifty-seventh round (probe40): the formal register's possessive 之 (推薦新客戶之獎勵辦法, 積分之使用方式:
    # 的; not 之后, 之前, 之内, 之间, 之一, 三分之二, 总之, 随之), how a thing is done asked as its 方式 / 办法
    # (处理方式, 使用方式, 兑换办法: 怎么处理, 怎么使用; 付款方式 stays payment-methods' word), its rewards as an
    # 办法 (奖励办法: 有什么奖励), and its 迄今 (到现在), 未获回复 (没有回复), 惟 (但是)
    ("之", "(?<![ 总随加久言分])之(?![后前间内外一类所中上下际余乎])", "的"),
    ("式法", "(?:的)?(?:后续)?(?:处理|解决)(?:方式|方法|办法)", " 怎么办"),
    ("式法", "(?:的)?(使用|兑换|申请|应征|应聘|计算|领取|注册|加入|取消|退货|换货|退款)(?:的)?(?:方式|方法|办法)",
     r" 怎么\1"),
    ("法", "(?:的)?奖励(?:办法|方法|规则)", " 有什么奖励"),
    ("迄", "迄今(?:为止)?", "到现在"), ("获", "未获(?:得)?(?=回复|回音|答复|通知)", "没有"),
    ("惟", "(?:^|(?<= ))惟(?=[^ ])", "但是"),
    # ... and what was spent, told in a membership question (我今年已经消费了 860 块 是不是最高等级了, 買咗大概九百蚊
    # 係咪已經係最高級): the spending the tiers are counted by, its amount no word of the question
    ("块元币刀蚊金", "(?=.*(?:等级|级别|最高级|会员|升级|level|tier))(?:今年|去年|这一年|一年)?(?:已经)?"
                "(?:在你们(?:这|那)(?:里|边)?)?(?:大概|大约|差不多|一共|总共)?(?:消费|买|花)了? ?"
                "(?:大概|大约|差不多|一共|总共|成|足足)?"
                "[\\d一二三四五六七八九十两百千几多]+ ?(?:块|元|加币|澳币|刀|蚊|美金)(?:钱)?(?:左右)?", "消费"),
    # ... the hiring's steps as gates to pass (经过哪些关卡, 有几道关: the process; not 海关, 关键, 关于)
    ("关", "(?:要)?(?:经过|过)?(?:哪些|几道|几个)关(?:卡)?(?![键于系注心门掉闭税])", "流程是什么"),
    # ... and trying in person (当面试试, 当面试一下): not an interview's 面试
    ("当", "当面试(?=试|一下|用|擦|涂|抹)", "亲自试"),
    # forty-third round: which goes on first, asked of bottles not named ("洗完脸先抹那个再抹那个", "先擦哪个后擦哪个"):
    # routine-order's words, as the rule for 先涂什么后涂什么 below reads them
    # (typed a word at a time, the words are joined first: FaqIndex.match)
    ("先", "先(?:抹|擦|涂|搽|用|上)(?:哪个|那个|哪瓶|那瓶|什么|啥)(?:再|后|然后|最后)(?:抹|擦|涂|搽|用|上)"
           "(?:哪个|那个|哪瓶|那瓶|什么|啥)", "哪个先 护肤顺序"),
    # forty-third round: money asked after by how many days, with a word between (那钱大概几天会回到我的卡, 钱要等多久才
    # 到): refund-time's 钱什么时候, as 钱几时 is ("剛剛看到已經簽收 那錢大概幾天會回到我的卡" had no answer). The money
    # must lead: 运费多少钱 几天到 is a parcel's.
    ("钱", "(?<![多少价费])钱(?:大概|大约|一般|还要|要等|要|会|得)?(?:几天|多少天|几个工作日|多久|多长时间)",
     "钱什么时候"),
    # forty-fourth round (probe27): someone else's birthday is the occasion (我妈生日是下周五, 女朋友生日,
    # 她生日下个礼拜, 买给女朋友当生日礼物, 送我的生日礼物), not the member's own reward (birthday-gift's 生日礼 /
    # 生日福利): the question asked is the wrapping, the delivery, a return. 我生日, 会员生日, 生日当月 stay
    # birthday-gift's.
    ("生", f"({_SOMEONE_ZH})的?(?:生日|生辰)", r"\1"),
    ("生", "((?:给|送|买给|送给|帮)[^ 生]{1,6}?)(当|做|作为|作|的)生日(礼物|礼品|礼)", r"\1\2\3"),
    ("生", "((?:送|给|买给)我的|送的|收到的)生日(礼物|礼品)", r"\1\2"),
    # ... a gift received (男朋友送我的礼物可以退吗, 老公送的面霜我不喜欢, 老公买给我的精华): the speaker's product;
    # the giver is not who it is for (mens-skincare took them on 男朋友 / 老公 alone)
    ("送给买", f"{_SOMEONE_ZH}(?=(?:送|买给|给)我|送的|买的?给我|帮我买)", ""),
    ("送给买", f"{_SOMEONE_ZH}(?=[^ ]{{0,12}}?(?:送我|送给我|买给我))", ""),
    # ... and what to give a woman is what to buy (送老婆什么好: product-recommendation's 买哪个好; not the men's
    # 给男朋友买什么好)
    ("送给", f"(?:送|给|买给|送给|为)(?:{_SHE_ZH[3:-1]}|她)(?:买)?(?:点|个|些|一套|一份)?(?:什么|啥)(?:礼物)?"
           "(?:好|合适|比较好|呢)?", "送她 买哪个好"),
    # ... resellers and bulk buyers: buying in numbers (批量买50支, 一次拿20套, 要订80份, 代购十套) with a price asked,
    # a creator's commission (带货 / 推广 with 佣金, 提成, 分成), taking our goods to sell (拿你们的货, 卖你们家的)
    # are a wholesale or partnership question: 批发, 合作, 拿货. Not 量大 (a spammer's 量大从优, 便宜量大)
    ("批量大", "(?:批量|大批量?)(?:购买|订购|采购|订|买|拿货|拿|进货)?"
             "|大量(?:购买|订购|采购|订|买|拿货|拿|进货)", "批发"),
    ("买拿订要购进", f"(?:一次性?|一口气)?(?:买|拿|订|要|采购|订购|进|代购)个?{_MANY}多?"
                 "(?:支|瓶|套|份|盒|件|个|组|罐|单)"
                 "(?=.*?(?:便宜|优惠|折扣|打折|折|价|discount))", " 批发 "),
    ("佣提分", "(带货|推广|直播|博主|账号|卖)(.{0,12}?)(?:佣金|提成|分成|分润)", r"\1\2合作"),
    ("佣提分", "(?:佣金|提成|分成|分润)(.{0,12}?)(带货|推广)", r"合作\1\2"),
    # ... a gift's price kept out (包裹里别放价格单, 里面别放发票价格那些) and the box made pretty (盒子能弄得好看点吗):
    # gift-wrap's 不放价格单, 包得好看
    ("别不勿", "(?:别|不要|不用|勿|不想)(?:放|夹|附|带)(?:上)?(?:任何)?(?:发票|价格单?|价钱|价签|小票|收据|单据)",
     "不放价格单"),
    ("弄做搞", "(?:弄|做|搞)得?(?:好看|漂亮|精致)", "包得好看"),
    ("哪", "(?:买|选|挑)哪(?:一)?款(?:比较)?好", "买哪个好"),
    # ... a nail salon is a salon that may stock us (wholesale-partnership's "nail salon"); 美甲 alone (a manicure)
    # stays another trade's (OFF_TOPIC), and so does one recommended (美甲店推荐一下): only one run or stocking us
    # (开 as opening the salon only: "老板让我…要开发票写上店的名字 你们能开吗" asks an invoice, merged with round 42)
    ("甲", "^(?=.*(?:开(?:了|过)?(?:一|个|家|间)*美甲|合作|和作|洽谈|货|卖|代理|批发|经营))"
           "(.*?)美甲(?:店|沙龙|工作室|铺)", r"\1 nail salon "),
    # ... our goods to sell are the speaker's to sell (想在淘宝开店卖你们家的), not someone's elsewhere
    # (网上有人卖你们的面霜便宜一半 是真的吗 is authenticity's)
    ("货", "拿(?:你们|您们|你们家|你家)的?货", " 拿货 "),
    ("卖", "((?:想|要|我|能|可以|帮)[^ ]{0,8}?)卖你们(?:家)?的(?:产品|货|东西)?", r"\1 拿货 "),
    # ... and a discount asked on such an order is the wholesale price ("批发有优惠吗", "bulk order 50 支 有
    # discount 吗" were promo-code's, whose 优惠 / discount they share)
    ("批发bulk", "(批发|bulk|wholesale)(.{0,30}?)(?:优惠|便宜点?|折扣|打折|打个折|discount|discounts)", r"\1\2批发价"),
    # combination skin described rather than named: an oily T-zone and dry cheeks (T区出油两颊干, t字位油两边面干 after
    # DIALECT): the FAQ's 混合肌 (thirty-first round)
    ("区", "t ?区(?:比较|很|有点|超|好|会|容易){0,2}(?:出)?油[^\\s]{0,2}?\\s?(?:但是?|可是|)?"
          "(?:两颊|脸颊|两边|其他地方)(?:比较|很|有点|超|好|又|却){0,2}(?:干|紧绷)", "混合肌"),
    # a trip to a place, told with a store asked of (去温哥华旅行想去门市看看, 有店面吗 我下个月去悉尼玩): going
    # there, so the store there is asked; the trip's 旅行 / 旅游 is an off-topic word (OFF_TOPIC) that vetoed every
    # entry ("你哋有冇門市呀？去溫哥華旅行想去睇睇": no answer; thirty-first round). Only beside a store: a trip's
    # visa, flight or things to do stay another trade's; and only a place named (去哪玩, 出去玩 are OFF_TOPIC's).
    ("旅游玩", "(店|门市|专柜|线下)(\\S*?\\s?\\S*?)((?:去|到)(?!哪|那|这)[^\\s去到来哪]{1,6}?)"
              "(?:旅行|旅游|玩)(?![具家笑签])", r"\1\2\3"),
    ("旅游玩", "((?:去|到)(?!哪|那|这)[^\\s去到来哪]{1,6}?)(?:旅行|旅游|玩)(?![具家笑签])"
              "(\\S*?\\s?\\S*?)(店|门市|专柜|线下)", r"\1\2\3"),
    # An English verb of trading with Chinese 成 / 做 after it and a product named in English, as mixed messages write
    # 换成 ("可以 exchange 成 niacinamide serum 吗", "swap 做 the toner"): 换, so the readings of a product traded for
    # below read it (niacinamide-combine took the product named; twenty-seventh round). Not before Chinese: "change
    # 成家里的" is an address
    ("成做", "(?<![a-z])(?:exchange|swap|switch|change)\\s*(?=[成做] ?(?:the |a )?[a-z])", "换"),
    # One product traded for another, written with 把 / 将 ("可以把洗面乳换成精华液吗", "想将维C精华换做烟酰胺嗰支"): an
    # exchange, whatever the two products are (two products named read as a routine's order, and 差价 is only in the
    # exchange's answer). Not what is no goods: an address, a number, a name, a language or a way to pay changed is
    # another entry's (把地址换成新的).
    ("换", "([把将](?:(?!地址|电话|号码|名字|邮箱|语言|英文|中文|繁体|简体|付款|支付|卡|账号)[^\\s把将]){1,8}?)"
           "换(成|做|为)", r"\1换货换\2"),
    # ... and what it is traded for is no entry's object: "换做面霜", "换成烟酰胺那支" (the product named after
    # 换成 / 换做 pulled its own entry: niacinamide-combine took "将维C精华换做烟酰胺那支", a routine's order
    # "想换做面霜得唔得") is the FAQ's 换成别的产品 (twenty-first round); not an address (家, 公司), a number, a
    # language, money or a way to pay
    ("换", "换(?:货换)?(?:成|做)(?!地址|电话|号码|名字|邮箱|语言|英文|中文|繁体|简体|付款|支付|卡|账号|积分|现金|钱|"
           "人民币|加币|美元|澳币|港币|台币|币|汇率|别的|家|公司|学校|单位|宿舍|新|(?:我们?|自己|他们|她们|我妈|婆婆|"
           "爸妈|父母|朋友)(?:的)?(?:家|公司|学校|单位|宿舍|地址|那|这))[^\\s把将]{1,8}?"
           "(?=那|这|[吗呢啊吧]|可以|能不能|得不得|好不好|行不行|怎么|\\s|$)", "换成别的产品"),
    # ... and the product it is traded for written in English ("可以换成 niacinamide serum 吗", "exchange 成 the toner
    # 得唔得"), as mixed messages name products; not a language, an address, a card or money (twenty-seventh round)
    ("换", "换(?:货换)?(?:成|做) ?(?!(?:english|chinese|address|card|credit|paypal|points|cash|money|cad|usd|aud|rmb)"
           "(?![a-z]))(?:the |a )?[a-z]+(?: [a-z]+){0,2}"
           "(?= ?(?:那|这|[吗呢啊吧]|可以|能不能|得不得|好不好|行不行|怎么|$))",
     "换成别的产品"),
    # a refund going back to where it was paid from ("退款到支付宝要几天", "退的钱几天到我卡里"): its arriving, the
    # FAQ's 退款到账 (the way to pay named made it payment-methods' or a menu with it; twenty-first round)
    ("款钱", "(退款|退货的钱)([^\\s]{0,6}?)到(?:我的?)?(?:支付宝|微信|信用卡|银行卡|卡|账户|户口)(?:里|上|那)?",
     r"\1\2到账"),
    # hundred-and-third round (blind42, probe86): whether what someone said is true (有个家长话烟酰胺同维C唔可以一齐用，
    # 系咪真㗎; 听人讲…可以放三年，系咪真㗎): the claim is the question, not whether our goods are genuine (the words
    # left out, the claim read); read before the genuine article below
    ("真", "((?:话|说|讲|听闻|听讲|听说)[^|]*?\\s)是不是真(?:的|货)?(?=\\s|$|[吗啊呀呢])", r"\1"),
    # genuine, asked with nothing after it ("点知系咪真㗎" arrives as 怎么知道是不是真): the FAQ's 正品; not
    # "是不是真的包邮" (twenty-first round)
    ("真", "是不是真(?:的|货)?(?=\\s|$|[吗啊呀呢])", "是不是正品"),
    # 得 (děi) as "must" before paying, filling in or waiting, spoken Mandarin's 要 ("还得交关税不", "就得付运费"):
    # customs-duties' 要交税 and the FAQ's 要付 / 要等 did not read it (twenty-sixth round)
    ("得", "(?<=[还就都也又])得(?=[交缴付填等补])", "要"),
    # a friend brought along to buy, whoever it is (拉我室友来买, 拉同事来你们家买): referral's 拉朋友 (twenty-seventh
    # round: "拉我室友来你们家买 我能拿点积分不" had no answer)
    ("拉", "拉(?:我的?|个|上)?(?:室友|舍友|同事|同学|朋友|好友|闺蜜|姐妹|家人|亲戚|邻居|表姐|表妹|老公|老婆)"
           "(?=\\S{0,8}?(?:买|下单))", "拉朋友"),
    # where an order goes, changed (改成寄到家里, 改寄到公司, 改送去我妈那): its address (twenty-seventh round)
    ("改", "改(?:成|为)?(?:寄|送|发)(?:到|去|往)", "改地址寄到"),
    # a group chat named by whom or what it gathers (求职群, 同城群, 宝妈群, 留学生群): a WeChat group, join-group's
    # ("悉尼有求职群吗" was store-locations', on 悉尼有...吗); twenty-seventh round
    ("群", "(?:求职|找工作|找工|工作|招聘|同城|老乡|宝妈|妈妈|留学生|护肤|美妆|粉丝|会员|福利|团购|买家|用户|顾客"
           "|华人)群(?![里中内])",
     "微信群"),
    # Taiwan's 假日 is the days off, the weekend ("假日也有人回覆嗎"), not the FAQ's 节假日 (public holidays), which
    # a synonym changed in shipping-time's answer (twenty-seventh round)
    ("假", "(?<![节放休度年])假日", "周末"),
    # a point as Taiwan counts them (点数 is 积分): "一点等于多少钱", what one is worth (twenty-first round)
    ("点", "(?:一|每)点(?=等于|可以抵|抵)", "一积分"),
    # sending goods back, done (退咗货 arrives as 退了货): 退货了 ("退了货多久退款")
    ("退", "退了货", "退货了"),
    # a product once opened, however it is said (开咗之后 arrives as 开了之后, 打开以后, 开封之后, 开咗嘅面霜): the
    # FAQ's 开封后 ("开封之后大概可以放多久" was shipping-time's, "开咗嘅面霜可以用几耐" a menu)
    ("开", "(?:打开|开封|开了|开过)(?:之后|以后|后)", "开封后"),
    # before or after, asked of two steps ("防晒要擦在乳液前面还是后面", "serum应该在toner之前还是之后"): which goes
    # first (as a reading, not a keyword: a keyword's 之后 made "apply之后要几轮interview" a menu); after a verb of
    # putting on skin (涂, 擦: 搽 arrives as 涂), the order of a routine's steps, which a product named would otherwise
    # take ("爽肤水要擦在精华前面还是后面" was shelf-life's); not "下单之前还是之后用优惠码"
    ("还", "((?:涂|擦)[^\\s]{0,8}?)(?:之前|前面|以前)还是(?:之后|后面|以后)", r"\1哪个先 护肤顺序"),
    ("还", "(?:之前|前面|以前)还是(?:之后|后面|以后)", "哪个先"),
    # ... and "A first or B first" of two things put on skin ("先上精华还是先抹霜", "先擦防晒还是先涂面霜"): the same
    # question (twenty-first round); not "先付款还是先下单", no verb of putting on skin
    ("先", "先((?:涂|擦|抹|上)[^\\s]{0,8}?)还是先", r"\1哪个先 护肤顺序 "),
    ("开", "(?:开了|开过)(?=的)", "开封"),
    # the one who delivers asking the follower for money before handing the parcel over ("快递小哥上门非要我给钱才给货",
    # "送货那个叫我付钱先拿得到件货": 俾钱 arrives as 付钱): the FAQ's 快递员让我付钱, duties collected at the door
    # (twenty-first round); not a shop's checkout asking to pay (系统让我先付款)
    ("钱款", "(?:快递|送货|派件|派送|配送|送件)[^\\s]{0,4}?(?:叫|让|要|非要)我[^\\s]{0,2}?(?:给钱|付钱|付款|交钱|补钱)",
     "快递员让我付钱"),
    # Taichung and Tainan, Taiwan's cities, where they are no word ending in 台 (平台中, 阳台南, 前台中, 柜台中...):
    # Taiwan, a place the shop ships to ("住台中 可以直接寄台湾吗" and "台中收得到货吗" were unanswered or
    # shipping-cost; twenty-first round)
    ("台", "(?<![平阳舞讲柜站前后灶吧月窗电擂看展银妆手天上下出一两几])台(?:中|南)(?!间)", "台湾"),
    # applying sunscreen again, needed ("要再搽", "要重新擦过", "隔几个钟要再涂"): the FAQ's 补涂 (reapply); not 再涂
    # alone, which orders a routine's steps (涂完面霜再涂防晒)
    ("再新", "要(?:再|重新)(?:涂|擦)(?:过|一次|一遍)?", "要补涂"),
    # the process of a return, a refund or an exchange ("退货流程是啥 在哪里申请", "退款的流程"): how to do it, not a
    # job application's 流程 (job-apply's "申请流程" took blind18's, with 申请 as 应聘); twenty-fourth round
    ("流", "(退货|退款|换货|退换货|售后|退换|退订)的?(?:流程|程序)", r"怎么\1"),
    # 早C晚B, the routine of vitamin C in the morning and vitamin B3 (niacinamide) at night, as followers shorten it:
    # the two together, niacinamide-combine's (sensitive-skin took "早C晚B这样用可以吗 敏感肌"); twenty-fourth round
    ("晚", "早上?(?:用)?(?:vc|维c|c)晚上?(?:用)?(?:b3|b)(?![a-z0-9])", "早上维c晚上烟酰胺"),
    # twenty-fourth round, blind18's unanswered Chinese as kinds: how long before applying sunscreen again
    # ("隔几耐再搽过" arrives as 隔多久再涂过): the FAQ's 补涂; the scratch-off code on a box (刮开的码) is its
    # 防伪码 and verifying it genuine (验真) is 验真假; where to hand in a resume (简历从哪里交, 哪里交简历) is 投简历
    # (not a resume already sent, 投的简历: its status); a lone 痘 is a pimple (痘痘; not 痘印, 痘坑, 长痘...); a
    # parcel that has not moved (快递 ... 没动静) has no tracking update, not a job application's silence
    ("隔过", "(?:隔|过)(多久|几个钟|几个小时|几小时)(?:就)?(?:要)?(?:再|重新)(?:涂|擦)(?:过|一次|一遍)?", r"\1补涂"),
    ("刮", "刮(?:开|出来)?的?(?:那个)?(?:码|涂层)", "防伪码"),
    ("验", "验真(?![假伪])", "验真假"),
    ("简", "简历(?:要|应该|可以|该)?(?:从|在|去|往)?(?:哪里|哪儿|哪)(?:交|投|递)|(?:哪里|哪儿|哪)(?:交|递)简历",
     "哪里投简历"),
    ("痘", "(?<![痘长冒爆起祛战抗])痘(?![痘印坑])", "痘痘"),
    # whether it ships to a place, asked with 发货 ("你们能发货到澳洲吗": shipping-time's, on 发货): can it be sent
    # there (寄得到, shipping-destinations'), when nothing but the place comes before the question's end; not
    # "发货到多伦多要多久"
    ("货", "(?:能|可以|可不可以|能不能)?发货(?:到|去)(\\S{1,4}?)(?:吗|不|么|嘛)(?=\\s|$)", r"寄得到\1吗"),
    # an item sent wrong, however it is said (寄错了, 送错, 发措 with the input method's homophone, 与订单不符,
    # 不是我下单的): the FAQ's 发错 (routine-order took "訂的是精華液，收到卻是乳霜，是不是寄錯了" on its two
    # products, shipping-time "收到的商品與訂單不符")
    ("错措符单订买",
     "(?:寄|送|发)(?:错|措)(?!地址)|(?:与|跟|和)订单(?:不符|不一样|不同)"
     "|不是我(?:下单|订|买|点)的", "发错"),
    # two codes or coupons used together (两张券能一起用不: niacinamide-combine's "一起用") are stacked, the FAQ's
    # 叠加; and joining as a member (入会, 入会员: customs-duties took "入会要交钱不" on 交钱) is its 加入会员
    ("券码", "(券|优惠码|折扣码|码)((?:能|可以|可不可以|能不能)?)一起用", r"\1\2叠加"),
    ("入", "(?<![收出加])入会员?", "加入会员"),
    # speaking a language again to the follower (讲返中文, 说回英文: back to it) is asking the bot to switch, not a
    # job's language (job-language took "我英文麻麻，你可唔可以講返中文？")
    ("返回", "(?:讲|说|用|写|打)(?:返|回)(中文|英文|英语|普通话|国语|粤语|广东话|简体|繁体)", r"跟我说\1"),
    # ... and a parcel whose tracking has not moved (物流不动, 物流一点不动): no tracking update
    ("动", "物流(?:一点|一直|都|完全|还)*(?:不动|没动|没有动)", "物流没更新"),
    # thirty-sixth round: not wanting the promotions any more is stopping them, as the English "i dont want these
    # messages" (READINGS_EN): "唔想再收你哋啲宣傳訊息 點樣取消" was a menu with order-cancel's 取消; only messages of
    # promotion, not a parcel or an order (不想收这个包裹); read as the FAQ's own 不想收广告, whose 广告 the expression
    # leaves alone (rewritten, the FAQ's question lost its word, and "天天发广告 怎么关" its answer)
    ("收", "不(?:想|要|愿意|希望)(?:再|继续)?收(?:到)?(?:你们|你们家|贵店)?的?(?:这些|那些|太多)?"
          "(?:宣传|推广|营销|促销|推销)(?:的)?(?:消息|信息|讯息|短信|推送|邮件)?", "不想收广告"),
    # thirty-sixth round: money going back to a card is a refund's way back, 原路退回 as the FAQ answers it, not the
    # card one pays with ("订单还没出货可以取消吗 钱会退回信用卡吗" was payment-methods' by its 信用卡)
    ("回还", "(?:退回|退还|返回|回到)(?:我的|原来的?|原|我)?(?:信用卡|银行卡|借记卡|卡)(?:上|里)?", "原路退回"),
    ("静息文", "(快递|包裹|订单|物流|单号)(\\S{0,8}(?:\\s\\S{0,8})?)没(?:有)?(?:动静|消息|下文)", r"\1\2没更新"),
    # fortieth round: an allergy one has (对坚果过敏, 有花生过敏), with nothing used and no symptom in the message,
    # asks what the products contain (成分), not allergy-reaction's first aid; 对它 / 对这个 / 对你们的精华过敏 and
    # 用了过敏 stay reactions
    ("过",
     "^(?!.*(?:用|擦|涂|抹|敷|试|后|了|咗|红|痒|肿|疹|痘|刺|痛|烫|脸|皮肤|如果|万一|要是|怎么办|咋办|怎么处理))"
     "(.*?)(?:对|有)(?!它|这|那|你|我们|贵|其中|产品|精华|面霜|乳液|爽肤水|防晒|洗面奶|护肤品|点|些|人|什么|啥|可能"
     "|一点|轻微|严重|时|没|会|容易|过)(\\S{1,6}?)过敏", r"\1\2成分"),
    # fortieth round: a charge made twice or not recognised (扣了两次款, 重复扣款, 被 charge 了两次, 不明扣款) is a
    # billing problem no entry answers (payment-methods took 微信支付扣了我两次钱): 重复扣款, a word of another trade
    # (OFF_TOPIC), unless one of two orders is to be cancelled (扣了我两次钱，帮我撤掉一单: order-cancel)
    ("扣刷charge",
     "^(?!.*(?:取消|撤|退掉一|一单|一笔|其中))(.*?)(?:(?:扣|刷|charge)\\s?(?:了|咗)?(?:我|我的)?(?:两|2|二)次(?:钱|款)?"
     "|重复(?:扣款|扣钱|扣费|收费)|多扣了?(?:一次)?(?:钱|款)?|(?:扣|扣款|刷)(?:了|咗)?(?:两|2)遍)", r"\1重复扣款"),
    ("扣", "(?:不明|陌生|不认识的|不知道什么的|莫名其妙的?)扣款", "重复扣款"),
    # fortieth round: the packaging (包装, 外包装, 瓶子, 罐子) said with eco, recycling or plastic is the packaging
    # material, not gift-wrap's 包装 nor a parcel (gift-wrap took 你们的包装环保吗, package-problem 瓶子可以回收吗)
    ("装瓶罐",
     "^(?!.*(?:漏|破|碎|裂|坏|烂|压|瘪|湿|丢|少|没收到))(.*?)(?:外包装|(?:包装|瓶子|瓶身|罐子|空瓶)"
     "(?=\\S{0,4}(?:环保|回收|塑料|降解|可持续|减塑|玻璃)))", r"\1包材"),
    ("塑", "包材\\S{0,4}?塑料|塑料(?:的)?包材", "塑料包材"),
    # thirty-ninth round (probe22): Shanghainese 伐, the question's particle at a clause's end (好进伐,
    # 可以用支付宝伐: 吗); not 砍伐, 步伐, 讨伐 ...
    ("伐", "(?<![砍讨步征采杀挞北诛攻])伐(?=\\s|$|[,，。?？!！])", "吗"),
    # Malaysian and Singapore 做工, working (去悉尼做工, 想在你们那做工); not the workmanship of a thing (做工很好,
    # 做工精细)
    ("做", "((?:去|在|来|到|想|要|找)[^\\s做]{0,6}?)做工(?![很精好不粗差细质一真])", r"\1工作"),
    # which to put on first, asked as "first which, then which" (先抹哪个后抹哪个, 先涂啥后涂啥: 啥 is read later):
    # the order of a routine's steps, as 先涂…还是先 above
    ("先", "先(?:涂|擦|抹|上)(?:啥|什么|哪个|哪样|哪瓶)后(?:涂|擦|抹|上)(?:啥|什么|哪个|哪样|哪瓶)", "哪个先 护肤顺序"),
    # whether it goes to a place, asked as a service one has (有寄马来西亚吗, 有没有发去欧洲, 你们发奥地利吗,
    # 寄来新山不): can it be sent there (寄得到, shipping-destinations'), the place then the question's end; not
    # the mainland (shipping-to-china's), and only a place named ("有寄出吗" asks whether it went out); 寄到美国吗 is
    # already the FAQ's own wording
    ("寄发", f"(?:有没有|有)?(?:寄|发)(?:来|去|往)?({_ABROAD_ZH})(?:吗|不|么|嘛|没有?)(?=\\s|$|[,，。?？!！])",
     r"寄得到\1吗"),
    # a passport held, said beside a job (我是欧盟护照 能申请你们的职位吗, 拿英国护照可以在你们那上班吗): one's status,
    # the right to work (护照 alone is another trade's, OFF_TOPIC: "护照快到期了" stays the embassy's)
    ("护", "(?:是|拿|持|有)([^\\s是拿持有]{0,4})护照"
           "(?=.{0,20}?(?:申请|工作|上班|打工|应聘|职位|岗位|兼职|面试|干活|做工))", r"是\1身份 工签"),
    # Sichuanese 好久, how long, asked of when something happens (开了好久就不能用了嘛, 好久能到, 要好久嘛); "等了好久"
    # and "好久没收到" (a long time) keep theirs
    ("久", "好久(?=就|能|可以|到|会|才能)|(?<=要)好久(?=[嘛吗呢哦啊]|\\s|$)", "多久"),
    # a group entered, asked with the group first (侬拉群好进伐, 群怎么进, 你们的群能进吗): 进群, join-group's; not
    # 进货 (stocking goods, wholesale's)
    ("群", "群(好|能|可以|怎么|咋|要怎么)进(?!货)", r"\1进群"),
    # ... and the place first, then whether one can get it there (比利时能收到吗, 新山可以寄吗,
    # 法国这边能收到你们的货吗)
    ("寄收", f"({_ABROAD_ZH})((?:这边|那边|这里|那里)?)(?:能|可以|能不能|可不可以)(?:寄|收到|收得到)", r"\1\2寄得到"),
    # forty-second round (probe25): northeastern 整 as the verb of getting a thing somewhere (能整到德国不, 整过来):
    # sending it there, before a place of PLACES only ("整到现在", "整成大白脸" keep theirs)
    ("整", f"整(?:到|过来到|去|过去到)(?=(?:{_ABROAD_ZH}))", "寄到"),
    # ... a yes-no question asked with a tag 不 at a clause's end after a verb or a state (能用不, 能退单不, 发白不,
    # 会唠中文不: 吗), and 有…没 (有啥好处没, 有优惠码没: 有…吗); not 要不, 是不, 行不 (asked as 行不行 already),
    # 为什么不, 还不 / 都不 / 也不 (a clause that stops on a negation), and not 了没 (yet: read as a time cue)
    ("不", f"^(?!.*{_JOB_WORDS_ZH})(.*?[{CJK_RANGES}])(?<![不没还都也要是就么并绝决别可])不(?=\\s|$|[,，。?？!！])",
     r"\1吗"),
    # ... and asked whether they speak Chinese (能说中文吗, 客服会说中文不, 能说中国话不 with 俺英语不中 after it): the
    # shop's language, answering in Chinese (job-language took it on 英文不行), unless the message speaks of a job
    ("说", f"^(?!.*{_JOB_WORDS_ZH})(.*?)(?:能|会|可以) ?说 ?中文 ?(?=吗)",
     r"\1能用中文回复"),
    # ... and English asked of us the same way (fifty-ninth round, learners: 我的中文不好 你可以说英文吗, 您能讲英语吗):
    # only with us as the one who speaks (你 / 您 / 客服: 店员需要会说英语吗 is the job's)
    ("说讲", f"^(?!.*{_JOB_WORDS_ZH})(.*?(?:你|您|你们|客服))(?:能|会|可以|能不能|可不可以) ?(?:说|讲) ?(?:英文|英语)"
           " ?(?=吗|\\s|$|[,，。?？!！])", r"\1能用英文回复"),
    ("没", "(有[^\\s有没了]{1,8}?)没(?=\\s|$|[,，。?？!！])", r"\1吗"),
    # ... sarcasm about money or a parcel kept (你们是打算留着过年吗, 准备拿去存定期吗, 要等到猴年马月吗): asked when,
    # the question the sarcastic clause stands for (it was read as the question and asked nothing of the FAQ)
    ("年定息", "(?:是)?(?:打算|准备|想|要)?(?:留着|拿去|拿来)?(?:过年|存定期|吃利息|生利息)(?:吗|呢|啊|吧)?"
              "(?=\\s|$|[,，。?？!！])", "什么时候到"),
    ("猴", "(?:要)?等到猴年马月(?:才)?", "什么时候"),
    # ... a face peeling told by a picture (脸皮掉得跟蛇蜕皮一样, 脸皮一块一块往下掉, 掉皮掉得跟下雪一样): the FAQ's
    # 脱皮; only of a face (a pet snake's 蜕皮 keeps its)
    ("皮", "(脸\\S{0,12}?)蜕皮|脸皮(?=\\S{0,8}?掉)", r"\1脱皮"),
    # ... a carrier's status written in its own language (DHL's zugestellt, PostNL's bezorgd, geliefert): 送达, as
    # the FAQ's 显示送达了但是门口没有
    ("zbg", "(?<![a-z])(?:zugestellt|geliefert|bezorgd|afgeleverd|consegnato|entregado)(?![a-z])", "送达了"),
    # ... a floor of a mall asked (店在哪一层, 在几层): the FAQ's 几楼 (business-hours took a floor asked with the
    # closing time)
    ("层", "(?:哪一层|哪层|几层)", "几楼"),
    # ... friends brought along said with 把 first (把她们都拉过来, 把姐妹们拉来): referral's 拉朋友; not 拉进群
    # (join-group's) nor 拉进来
    ("拉", "把(?:她们|他们|朋友们?|姐妹们?|闺蜜们?|同事们?|大家)(?:都|也)?拉(?:过来|来)", "拉朋友来"),
    # ... a link or code of recommending (推荐链接, 推荐码): referral's 邀请链接 / 邀请码 (product-recommendation took
    # "我发个推荐码给她们" on 推荐)
    ("推", "推荐(链接|码)", r"邀请\1"),
    # ... money paid back for a purchase at work (报账: 报销) and a proper receipt (票据: 单据)
    ("账", "报账", "报销"), ("据", "票据", "单据"),
    # ... a picture drawn after 得 (掉得跟下雪一样, 白得跟刷了墙一样, 肿得像个桃): a simile, which names things no entry
    # speaks of (雪, 墙, 蛇); the state before it stays (白, 肿)
    ("跟像", "得(?:跟|像|好像)[^\\s得]{1,8}?(?:一样|似的|一般)", ""),
    # ... sunscreen put on again, asked as a bare 补 at a clause's end beside it (防晒扛得住吗 要不要一直补): 补涂
    ("补", "^(?=.*(?:防晒|spf))(.*?)(要不要|需不需要|需要|要)(?:一直|经常|随时|时不时|多次|反复)?补"
           "(?=[吗呢啊吧]|\\s|$|[,，。?？!！])", r"\1\2补涂"),
    # ... points one does not know how to spend (积分还挺多的可一直不知道怎么花), or fears losing (怕放着放着就没了,
    # 会不会清零): using them, their expiring
    ("花", "(积分\\S{0,20}?)(?:怎么|咋|如何)(?:花|花掉|用掉)", r"\1积分怎么用"),
    ("没零", "(积分\\S{0,30}?)(?:放着放着就没了|会不会没了|就没了|会不会清零|被清零|清零)", r"\1积分过期"),
    # ... an address chosen wrong at checkout (选成了我婆婆家的地址, 地址选错了, 点成了公司的地址): the FAQ's 地址填错了
    ("选点", "(?:选|点)(?:成|错)了?(?:\\S{0,8}?的)?地址|地址(?:选|点)(?:成|错)了?", "地址填错了"),
    # ... a supermarket or a shop one owns (我有家华人超市, 开了一家亚洲超市): one's own shop, which may stock ours; a
    # supermarket one shops or works at stays another trade's (OFF_TOPIC: 超市几点关门, 在超市打工)
    ("超", "(?:有|开了?|经营|开着)(?:一)?家(?:华人|中国|亚洲|华人的|小)?(?:超市|杂货店|百货店)", "有家店"),
    # ... a resume, asked how it is written with words between (第一次写英文简历完全不知道这边习惯怎么写): 简历怎么写
    ("简", "简历(\\S{0,14}?)(?:怎么|咋|如何)写", r"简历怎么写\1"),
    # forty-fifth round (probe28): an order that has not come yet, said as a statement (我的货怎么还没到, 还没收到货,
    # 下单一周了还没发货, 我啲貨仲未到 arrives as 我的货还未到): where it is, order-tracking's 快递到哪了. refund-time
    # shares 还没 / 没收到 with it (退款一直没收到), package-problem 没收到 (显示签收但我没收到), shipping-time 发货 and
    # 收到: what has not come decides. Goods or an order (货, 快递, 包裹, 东西, 订单, a product, 下单, 买的) not come,
    # nothing else asked of it: not money or a refund (退, 钱, 到账), not a parcel marked delivered or lost (签收,
    # 送达, 丢; seventy-first round: 已经送到, 送到了), not a problem with what came (破, 漏, 少), nor a change
    # wanted while it has not gone (取消, 改地址, 不要了: order-cancel's and order-change-address' 还没发货), nor a
    # message or code not received (通知, 单号)
    ("没未",
     "^(?!.*(?:签收|送达|妥投|投递|已送到|已经送到|送到了|丢|被偷|退|(?<![付给交])钱|到账|到帐|原路|取消|撤|改|地址|换|不要|不想要|不需要|"
     "cancel|refund|return|money|通知|短信|邮件|邮箱|消息|回复|面试|简历|申请|工资|积分|优惠|码|券|礼物|小样|发票|"
     "收据|破|漏|碎|少|坏|错|裂|压|湿|过期|"
     "(?:朋友|家人|家里|妈妈?|爸爸?|老公|老婆|男朋友|女朋友|同学|同事|别人|亲戚|姐姐?|妹妹?|哥哥?|弟弟?)[^\\s]{0,3}寄))"
     f"(.*?)(?:{_WAITED_ZH}\\s?(?:我的|我)?)?"
     "(?:货|快递|包裹|东西|订单|单子|(?<=[下的张个那这了])单|order|parcel|package|面霜|精华|乳液|爽肤水|防晒|洗面奶|"
     "面膜|套装|产品|买的|订的|下单|付了款|付款)"
     "\\s?[^\\s]{0,10}?\\s?(?:还|一直|都|也|仍|仍然|迟迟|怎么)*(?:没有?|未)\\s?"
     "(?:收到|到手|寄到|送到|寄过来|送过来|发过来|寄来|送来|寄出来|发出来|寄出|发出|发货|出货|动(?:静)?(?=\\s|$|[了呢啊吗])|到(?![账帐期底时])|寄(?![错回给])|发(?![现票错给布])"
     f"|arrive|arrived|come|came|received?)(?:\\s?(?:{_WAITED_ZH}|怎么回事|咋回事|什么情况|啥情况))*",
     r"\1快递到哪了"),
    # ... and the verb first, what has not come after it (还没收到货, 仲未收到貨, 一直没收到包裹)
    ("没未",
     "^(?!.*(?:签收|送达|妥投|已送到|已经送到|送到了|丢|被偷|退|钱|取消|改|地址|破|漏|碎|少|坏|错|裂))(.*?)(?:还|一直|都|也|仍)+(?:没有?|未)"
     "收到(?:货|快递|包裹|东西|订单|order|parcel|package)",
     r"\1快递到哪了"),
    # ... and a refund not come, told with the wait (退咗款成個禮拜都未收到 arrives as 退了款成个礼拜都未收到,
    # 退款都一个多星期了还没到): the FAQ's 退款一直没收到 (a menu with return-policy on 退)
    ("没未",
     f"(?:退款|退了款|退货了款|退的钱|退货的钱)\\s?(?:成个(?:礼拜|星期|月)|{_WAITED_ZH})\\s?(?:还|一直|都|也)*(?:没有?|未)"
     "(?:收到|到账|到)", "退款一直没收到"),
    # forty-fifth round: paying when the goods have come (收到货再付钱, 先收货后付款, 货到了再给钱, 送到先俾錢
    # arrives as 送到先付钱): 货到付款, cash on delivery, a way to pay (payment-methods'); not money asked at the door
    # on top (税, 还要, 额外: customs-duties' 收货的时候还要付钱吗)
    ("付给交",
     "^(?!.*(?:税|关|额外|另外|还要|还得|补钱|快递员|小哥|派件))(.*?)(?:先)?(?:收到货|收货|到货|货到了?|送到了?|拿到货|"
     "东西到了?|发货|寄出|寄到)了?(?:(?:以后|之后|后)(?:再|才|然后)?|再|才|先|然后)(?:付钱|付款|给钱|交钱|付)",
     r"\1货到付款"),
    # ... and instalments counted (分三期, 分12期): 分期
    ("期", "分(?:[两二三四五六十]|\\d{1,2}|几)个?期", "分期"),
    # ... and those ways as they are named (货到付款 cash on delivery, 先用后付 use now pay later): payment-methods' own
    # 付款方式 (货到付款 was return-policy's, on 货 and 付款; read, not a keyword, as the English above)
    ("付", "货到付款|先用后付|先享后付", "付款方式"),
    # forty-sixth round (probe29): a store named with an opening day or time (周日店开吗, 你们店周末营业吗, 间铺星期日开
    # 唔开, 店晚上开到几点) asks the store's hours, store-locations' 门店几点开门 (its answer lists each pop-up's
    # daily hours), not business-hours' (the team's: 周末 and 星期 took them there). The day words go with it. Not
    # another trade's shop (药店, 书店: the character before 店 must be none of a trade's), not 店员 (a job), not
    # 开发票.
    ("店市柜", _STORE_HOURS_ZH, "门店几点开门"),
    # forty-eighth round (probe31): the English verb "ship" after a Chinese time question (我的order什么时候ship,
    # 我的order幾時會ship, 几时才ship) asks when it goes out, shipping-time's 发货 (order-tracking tied it on 我的order:
    # a menu). Not with a destination after it (ship to / 去 / 到 a place: where the shop sends).
    ("时久", "(什么 ?时候|几时|何时|多久)(?:会|能|可以|才|才会|才能|要|可|先)? ?ship(?:ped|ping)?(?![a-z])"
           "(?! ?(?:to|去|到|往|给))", r"\1发货"),
    # fifty-first round (blind24, probe34): a stage of pregnancy (孕早期, 孕中期, 怀孕五个月, 孕20周) is the pregnancy
    # (孕期, pregnancy-safe's synonym); "还能继续用吗" after 孕中期 was shelf-life's, whether an opened bottle keeps
    ("孕", "孕[早中晚后]期|怀孕(?:已经|快|才|刚)?[\\d一二三四五六七八九十两几]+ ?(?:个多?月|个?礼拜|个?星期|周|week)"
          "|孕[\\d一二三四五六七八九十两几]+ ?(?:周|个多?月)", "孕期"),
    # ... a return's steps (return 流程是怎样, 退货的步骤, 退货手续): how to return; 流程 alone was the job
    # application's
    ("程骤续", "(?:退货|退回|退|return|退换货?) ?(?:的)? ?(?:流程|步骤|手续)", "怎么退货"),
    # ... the money said to reach an account (refund 几天到 PayPal, 多久能退到卡里): 到账, refund-time's; 几天到
    # alone is a parcel's
    ("到", "(?:几天|多少天|多久|几个工作日)(?:能|会|才|可以)?(?:退)?(?:到|回到|进) ?(?:paypal|银行卡|信用卡|卡里|卡上|"
          "账户|帐户|支付宝|微信钱包|我的卡)", "几天到账"),
    # ... resellers and helpers speaking for someone (帮客户代收的货, 给客户寄的那箱, 帮朋友收的包裹, 客人问): the
    # parcel or the question is what is asked; the customer weighed like a word of the FAQ's
    ("帮替给", "(?:帮|替|给)(?:客户|客人|买家|顾客|朋友|家人)(?:代收|代买|代购|收|寄|买)的", ""),
    ("客户人家", "(?:我的?)?(?:客户|客人|买家|顾客)(?:问|想问|想知道|在问|一直问)(?:我)?", ""),
    ("缺", "缺了", "少了"),
    # ... taking our goods to sell (批货, 跟你们批点货, 批你们的货): 拿货, wholesale-partnership's (批发 stays)
    ("批", "批(?:你们的?|你们家的?|点|些)?货", "拿货"),
    # ... a tourist visa written in full with a job asked (我是旅游签证 可以打工吗): as 旅游签 is read, the work-permit
    # entry's synonym (旅游签证 is OFF_TOPIC, another trade's, and stays so without a word of work)
    ("证", "(?=.*(?:打工|工作|上班|兼职|应聘|申请|面试|招人|招聘))(.*?)(旅游|旅行)签证", r"\1\2签"),
    # ... a return's paperwork asked how (退回去嗎 要怎麼辦理, 退货要怎么办理): how to return (办理 alone was
    # membership's 会员怎么办理)
    ("办", "(退[货回款换]?[^办]{0,12}?)(?:要|该|应该)?(?:怎么|如何|怎样|要怎么)办理", r"\1 怎么退货"),
    # ... a reseller's frame (代购问一下, 我是做代购的 想问下): the question after it is asked
    ("代", "(?:我是)?(?:做)?代购(?:的)?(?:想)?(?:问一下|问下|请问)", ""),
    # ... a receipt wanted for tax (报税用, 抵税): the same paper as for an employer's reimbursement (报销)
    ("税", "((?:收据|发票|receipt|invoice|单据|凭证)[^税]{0,30}?)(?:报税|抵税|退税)", r"\1报销"),
    ("税", "(?:报税|抵税|退税)(?:用|要用|需要)?([^税]{0,30}?(?:收据|发票|receipt|invoice|单据|凭证))", r"报销\1"),
    # ... skin breaking out worse (爆得更犀利 / 爆得更厉害, 爆到好犀利): 爆痘, acne-prone's
    ("爆", "爆(?:得|到)?(?:更加|更|好|很|超|越来越)?(?:厉害|严重|多)", "爆痘"),
    # ... how to begin with a retinoid (A醛精華 剛開始怎麼用, a醇一开始要怎么擦): a beginner's start, retinoid-start's
    # (with another product named, 面霜刚开始怎么用, the words stay: the product's usage)
    ("始", "((?:a醇|a醛|视黄醇|视黄醛|维a|retinol|retinal|retinoid)[^始]{0,12}?)(?:刚开始|刚刚开始|一开始|刚入门|开始)"
          "(?:要|应该|该)?(?:怎么|如何|怎样)(?:用|擦|涂|抹|搽)", r"\1 新手怎么开始"),
    # ... and said the other way round (想开始用A醛 咋用才不容易烂脸: ninety-fourth round, blind34), the start
    # before the retinoid, asked how
    ("始", "(?:想|打算|准备|刚|刚刚)?开始(?:用|擦|涂|抹|搽)(a醇|a醛|视黄醇|视黄醛|维a|retinol|retinal|retinoid)"
          "(?=[^。？?！!]{0,6}(?:怎么|如何|怎样|咋))", r"\1 新手怎么开始"),
    # fifty-second round (probe35): a language other than ours a job needs (在Montréal找工作 你们的poste要会法语吗,
    # 店员需要懂日语吗): the job's language requirement. Not whether we speak it (你们会说法语吗: the bot's language)
    ("语文", "(?:要|需要|得|必须)(?:会|懂|说|讲)(?:法语|法文|日语|日文|韩语|韩文)", "语言要求"),
    # ... and where the shop sends asked as its range (你们发货范围有日本吗, 配送范围包括韩国吗): shipping-destinations'
    ("范", "(?:发货|寄送|配送|送货|邮寄|派送)范围", "发哪些国家"),
    # fifty-ninth round (probe42): Shanghainese 勒, "at" after living, opening, keeping (住勒新加坡, 店开勒啥地方, 屋里
    # 勒多伦多: 在); 勒索, 勾勒, 马勒 and names keep theirs
    ("勒", "(?<=[住开摆放寄待坐里人])勒(?![索令紧死])", "在"),
    # ... Shanghainese 脱 after a verb, "off, away" (碎脱了, 写错脱了, 停脱伐, 坏脱: 掉); not 脱皮, 脱发, 脱落, 脱敏 nor
    # 摆脱, 解脱, 逃脱, 皮都脱了
    ("脱", f"(?<![摆解逃洗挣皮])(?<!皮\\S)(?<=[{CJK_RANGES}])脱(?=了|伐|吗|\\s|$|[,，。?？!！])", "掉"),
    # ... Shanghainese 好 + a verb asked with 伐 (read 吗 above: 好改伐, 好退伐, 好停掉吗): can one, 可以; 好吗 alone
    # and 好用 / 好看 / 好吃 (good to) keep theirs
    ("好", "(?:(?<=^)|(?<=\\s)|(?<=[我你他她们这那]))好(?=(?:直接|再|帮我|给我|马上)?[改退换停取寄发送调付]"
          "\\S{0,8}?吗)", "可以"),
    # ... Beijing 儿化 on other words (瓶儿, 点儿的, 事儿, 样儿, 活儿: the word without it); not a child (女儿, 婴儿,
    # 幼儿, 胎儿, 孤儿, 新生儿, 儿子, 儿童, 儿科, 小儿)
    ("儿", f"(?<=[{CJK_RANGES}])(?<![女婴幼胎孤男孙侄宠健育乳托患产妻小血生孩])儿(?![子童科女媳歌孙时])", ""),
    # ... Beijing 岔 as the result of a verb, "wrong" (买岔了, 挑岔了, 拿岔: 错); 岔路, 打岔 keep theirs
    ("岔", "(?<=[买挑拿发寄选弄填写点下订])岔", "错"),
    # ... Beijing 能给 + a verb, "could you (do it for me)" (能给改一下不, 能给换一个别的不, 能给撤了不): 能 + the verb
    # (read 能帮我, the unweighed 帮我 diluted the question: 能改一下吗 is the FAQ's)
    ("给", "(能|可以|可不可以|能不能)给(?=[改换撤退取查寄发看弄办补开])", r"\1"),
    # ... Tianjin 介, "this", before a thing (我介快递, 介天气; 介个 is read above): 介绍, 介意, 中介, 简介 keep theirs
    ("介", "(?<![中简媒推])介(?=快递|包裹|东西|单|瓶|些|么|天)", "这"),
    # ... learners' 分数 for the points (我有很多分数, 分数可以买东西吗), said with what they buy or are used for: 积分
    ("分", "分数(?=.*(?:买|用|换|抵|兑|花))", "积分"),
    # ... Shanghainese 得来 after a state, "so very" (痒得来, 干得来: 很痒, 很干)
    ("得", "([痒干红肿痛烫油烦贵慢疼])得来", r"很\1"),
    # ... whether it is delivered to a place, asked with 送 (可以送到澳大利亚吗, 能送去新加坡不): can it be sent there,
    # as 寄 above
    ("送", f"(?:送|派送|配送)(?:到|去|往)({_ABROAD_ZH}|澳大利亚)(?:吗|不|么|嘛)(?=\\s|$|[,，。?？!！])", r"寄得到\1吗"),
    # ... Beijing 甭 / 别 / 不要 + (老, 再, 天天) + sending the promotions (甭老给我发那些促销的了, 别天天发广告):
    # stopping them, the FAQ's 不要再发 (甭 is read 不要 above)
    ("发推", "(?:不要|别)(?:再|老|总|老是|总是|一直|天天|每天)?(?:给我|跟我)?(?:发|推|推送)(?:那些|这些|这么多)?"
          "(?=(?:促销|广告|宣传|推广|营销|活动)(?!码))", "不要再发"),
    # ... learners' word order, the money before 多少 (付钱多少, 钱多少: 多少钱) and 为 + the shipping
    # (多少为运送到美国: for sending it)
    ("钱", "(?:付钱|付款|花钱|钱)多少(?:钱)?", "多少钱"), ("为", "为(?=运送|邮寄|寄到|送到|运到|寄去)", ""),
    # ... where a thing bought has got to (我买的面霜到哪了; 我琴日买嘅面霜而家去咗边度 arrives as 面霜现在去了哪里):
    # the parcel's, order-tracking's 快递到哪了 (routine-order's 面霜…哪个先 took it by the product and 哪); a parcel
    # named (包裹去了哪里) is the parcel's already
    ("哪", "(?<=买的|订的|面霜|精华|乳液|快递|包裹|东西|订单|单子|防晒|面膜|套装|产品|的货|个货|我货)"
          "(?:\\s?(?:现在|目前|到底|而家))*\\s?到哪了", "快递到哪了"),
    # hundred-and-fourteenth round (probe97): where a thing went, 边 closing the clause (寄咗去邊: 寄了去边, read
    # 去了哪里 as 去咗边 is, then as below); 去边境, 去边度 and 去边食饭 keep theirs
    ("边", "(?:咗|了)?去边(?=$|\\s|[呀啊呢啦喇吖㗎嘅])", "去了哪里"),
    ("哪", "(?<=买的|订的|面霜|精华|乳液|东西|防晒|面膜|套装|产品|的货|个货|件货|我货|肤水|妆水)"
          "(?:\\s?(?:现在|目前|到底|而家|究竟))*\\s?(?:寄?去[了到]|寄(?:了|咗)?到)哪里?", "快递到哪了"),
    # ... looking for a job, said as one's wish (阿拉想寻份工 arrives as 我们想找份工作, 我想找工作): applying,
    # job-apply's 求职 (找 was human-agent's, 找人工); a part-time job or a permit asked stays theirs (找份兼职,
    # 学签能找工作吗)
    ("找", "(?<=想|要)找(?:份|个|一份)?工作(?!签|许可)", "求职"),
    # ... how long it takes to a place outside the mainland (寄到美国要几天, 发去澳洲大概多久): the times,
    # shipping-time's 几天到 (shipping-destinations' 可以寄到美国吗 shared the place and made it a menu); the
    # mainland's is its own entry
    ("寄发送", f"(?:寄|发|送)(?:到|去|往)({_ABROAD_ZH})(?:大概|一般|的话|需要|要|得)*(?:几天|多久|多长时间|几个工作日)",
     r"\1 几天到"),
    # sixty-third round (probe46): a question's final 无 in Hakka and Teochew (寄得到无, 会使用无, 做得取消无: 吗; 有无,
    # 毫无, 并无 keep theirs), and Hunan's V得不 / V得咯 "can one V?" (搽得不, 退得咯, read 涂得吗 by then: 能V吗)
    ("无", "(?<![有毫并全别虚空一])无(?=\\s|$)", "吗"),
    ("得", "([涂用退改换寄买])得(?:不|咯|吗)(?=\\s|$)", r"能\1吗"),
    # sixty-eighth round (blind28's slang): 安利 as recommending it to others (安利给室友了, 安利了三个姐妹来买: the
    # referral's 推荐); Amway, the company (在安利上班, 安利的产品), keeps its name
    ("安", "安利(?=给|了)", "推荐"),
    # seventy-first round (blind29, probe54): Yunnan and Guizhou 嘎 ending a question (正品嘎, 收到了嘎: 吗; 嘎嘎 keeps
    # its), 好久 asked as "how long" after 要 / 得 / 需 or before a refund's or parcel's verb (要好久, 钱好久退回来:
    # 多久; "等了好久才到", "好久没用" keep theirs), 哪点 (where: 走到哪点了), V得了嘎 (can one V: 改得了嘎), a code
    # 用不起 (does not work: 优惠码咋个用不起), and 奇 written for 寄 before a place's or an amount's word (奇到墨尔本,
    # 奇一套过去, 奇回; 好奇, 神奇, 奇怪 keep theirs)
    ("嘎", "(?<=[\\u4e00-\\u9fff])(?<!嘎)嘎(?=\\s|$)", "吗"),
    ("好", "(?<=[要得需])好久(?![没不以])|(?<![了等])好久(?=才|退|到账|寄到|能到)", "多久"),
    ("哪", "哪点(?=了|\\s|$)", "哪里"),
    ("得", "([改退换寄用涂])得了?(?:吗|嘎)(?=\\s|$)", r"能\1吗"),
    ("用", "(?<=码|券)(怎么)?用不起", r"\1用不了"),
    ("奇", "(?<![好神新惊传离出称猎])奇(?=[到回去过给]|[一两几][瓶套个罐件盒份支])", "寄"),
    # seventy-fifth round (blind30, probe58): Shanxi (Jin) and northwestern 甚, "what", after a verb (买甚好,
    # 抹甚, 做甚, 是个甚: 什么) or before a time (甚时候); 甚至, 甚少, 甚多, 甚是, 甚好 alone keep theirs
    ("甚", "(?<=[买涂用擦搽做干吃说要选拿挑寄搞弄是个])甚(?:么)?(?![至少多为是佳大远广久微密高低])", "什么"),
    ("甚", "(?:^|(?<=\\s))甚(?:么)?(?=时候|时)", "什么"),
    # ... passive-aggressive follow-ups: what is said of the conversation itself (再问一次, 第三次问了, 我都说了两遍了,
    # 麻烦认真看下我的问题, 请先看清楚再回复, 能不能正面回答一下, 刚才问的没人理, 昨天就说过了) asks nothing; the
    # problem told beside it is the question
    ("问说看答理回", "(?:我)?再(?:问|说)(?:你们)?(?:一次|一遍|一下)|第[二三四五六七八九十几\\d]+(?:次|遍)(?:问|说)了?"
                  "|(?:我)?都(?:问|说)了?[两三几\\d]+(?:遍|次)了?"
                  "|麻烦(?:你们?)?(?:认真|仔细)看(?:一下|下|一眼)?(?:我的)?(?:问题)?"
                  "|请?(?:你们?)?(?:先)?看清楚(?:我的)?(?:问题)?再(?:回复|回答|回)(?:好吗|行吗|可以吗)?"
                  "|能不能正面回答(?:一下)?(?:我)?|刚才问的(?:怎么)?没人回复(?:吗)?"
                  "|(?:昨天|之前|上次|刚才)(?:就|已经)?(?:说|问|讲)过(?:好几次|几次)?了", ""),
    # ... a rhetorical complaint after a problem told (用了精华直接烂脸 难道就这么算了, 少寄了一瓶 难道要我自己吃亏吗,
    # 瓶子都碎了 难道还要我自己掏钱再买一瓶): what is to be done about it (怎么办), not a question of its own
    ("难", "难道[^\\s]{0,10}?(?:算了|吃亏|认了|认栽|白买了|白花钱|白花了|掏钱|出钱|自己承担|自己买单|没人管|不管"
          "|不给(?:个)?说法|不负责)[^\\s]{0,8}", " 怎么办 "),
    # ... Jianghuai 好多钱 ending a question (运费好多钱啊: 多少钱; 花了好多钱 keeps its), a final 撒
    # (推荐一下撒), anyone who knows asked to say (哪个晓得, 晓得的说一声: asks nothing more), Taiwan's forum
    # 小弟 opening a message (I) and 原po
    ("钱", "好多钱(?=\\s|$|啊|呀|哦|嘛|哎|咧|呢)", "多少钱"), ("撒", "(?<=[\\u4e00-\\u9fff])撒(?=\\s|$)", ""),
    ("晓", "(?:有)?(?:哪个|谁|哪位|有没有人)晓得(?:的)?(?:说一声|回一声|讲一声|告诉我|说下|吱一声)?"
          "|晓得的(?:说|回|讲|吱|告诉我)(?:一声|下)?", ""),
    ("弟", "^小弟(?:我)?", "我"), ("原", "原po", "我"),
    # seventy-ninth round (blind31, probe62): Xinjiang and northwestern X得很 of the skin (痒得很, 干得很: very X;
    # 急得很 alone stays), Guangxi's and Hainan's 克 for 去 (克你们店里, 我想克打工, 退回克了; 巧克力, 克服, 50克 keep
    # theirs) and their final 咯; Hong Kong and Taiwan office workers' OT (overtime)
    ("得", "([痒干油红痛疼肿烫紧痘])得很", r"很\1"),
    ("克", "(?<![巧马夹扑坦千毫公\\d])克(?=你们|你哋|店|门店|实体店|专柜|打工|上班|买|看|逛|那边|那里|哪|了(?:\\s|$))"
          "|(?<=[想要回过再])克(?![服制隆数拉])", "去"),
    ("咯", "(?<=[\\u4e00-\\u9fff])咯(?=\\s|$)", ""), ("ot", "(?<![a-z])ot(?![a-z])", "加班"),
    # ... an anxious opener, sorry to disturb (不好意思打扰了, 冒昧问一下, 打扰了, 抱歉打扰): nothing asked by it
    ("扰昧", "^(?:(?:不好意思|抱歉|对不起|sorry)(?:啊|呀)?\\s?)?(?:(?:冒昧|打扰|叨扰)(?:了|您了|你们了|一下|下)?"
            "(?:地)?(?:问|请教|问问|咨询)?(?:一下|下)?(?:了)?\\s?)+", ""),
    # ... what a teenager does not know yet, told after the question asked for them (他什么都不懂: not "I don't
    # understand", which asks for a person)
    ("懂", "(?:他|她|孩子|儿子|女儿|小孩)(?:什么都|啥都|完全|一点都|都)不懂", ""),
    # ... a wrong assumption stated first as a question of its own (你们不是只在网上卖吗，…; 不是说都包邮吗，…): what
    # follows asks
    ("不", "^(?:你们|你哋|贵店)?不是(?:只|说|只有|都|不|没有)[^\\s]{0,16}?(?:吗|吧|嘛|么)\\s(?=[^\\s]{4})", ""),
    # ... a wait guessed and asked to be confirmed (寄到墨尔本应该要等一个月？, 大概要等两个星期吧; not 几, which asks):
    # how long
    ("等", "(?:应该|大概|估计|是不是|可能)(?:要|得)等(?:[一二两三四五六七八九十半]|\\d{1,2})个?多?"
          "(?:星期|礼拜|周|月|天)(?:吧|吗)?", "要等多久"),
    # ... a refund asked whether it has come, then how long it has been (我的退款到了没 已经两个礼拜了): the FAQ's
    # 退款一直没收到, as the wait told before it is read below
    ("款", f"(?:我的)?退款\\s?(?:到了|到账了|收到了|退了|回来了)(?:没有?|吗|未)\\s?{_WAITED_ZH}", "退款一直没收到"),
    # ... skin-care forum's 烂脸, the face broken out after a product, told as happened (用了精华直接烂脸: 脸过敏); not
    # feared or to be avoided (怎么开始才不会烂脸 asks how to start)
    ("烂", "(?:^|(?<=\\s))(?![^\\s]*(?:不会|不再|怕|避免|防止|以免|才不)[^\\s]*烂脸)([^\\s]*?)烂脸", r"\1脸过敏"),
    # eighty-second round (blind33, probe65): a delivery rider's work told beside the question (我在多伦多送外卖，…;
    # 跑单的时候顺路过去; 送外卖的间隙问下; 骑手一个; 天天戴头盔): who asks, not a takeaway ordered (外卖 alone stays
    # OFF_TOPIC's)
    ("卖单骑盔", "(?:送|跑|做)外卖(?:的)?(?:间隙|空档|空隙|时候|路上)?|(?:跑|送)单(?:的)?(?:间隙|空档|空隙|时候|路上)?"
              "|(?:当|做)?骑手(?:一个|一枚)?|(?:天天|每天|一直|整天)?戴(?:着)?\\s?(?:头盔|helmet)", ""),
    # ... which goes first and which after (邊樣先邊樣後: 哪款先哪款后), a routine's order; a travel set (旅行組,
    # 旅行套装) the samples' 旅行装
    ("先", "(?:哪款|哪个|哪样|哪支|哪瓶)先(?:用|涂|搽)?\\s?(?:哪款|哪个|哪样|哪支|哪瓶)后(?:用|涂|搽)?",
     "哪个先 护肤顺序"),
    ("旅", "旅行(?:组|套装|套)(?!餐|票)", "旅行装"),
    # eighty-fourth round (blind35, probe67): Macau and Hong Kong casino and hotel staff. Where one
    # works told beside the question (我在澳门赌场上班, 我在酒店做前台, 我在赌场做了五年: 酒店 an
    # off-topic word) and one's shift (我夜班, 我上夜班, 我轮班): who asks; a job of ours as 工 alone
    # (申请你们的工, 找份新工: 工作); no word back on it (有没有下文: 消息)
    ("酒赌娱", "(?:我)?(?:在|喺)?(?:[^\\s，,。？?]{0,4}?)(?:的)?(?:酒店|赌场|娱乐场|赌厅)(?:里|度)?"
             "(?:做|上班|打工|工作|当)(?:了)?(?:[^\\s，,。？?]{0,6})", ""),
    ("班", "(?<=我)(?:上|做|返|轮|是|都)?(?:夜班|通宵班|早班|晚班|轮班)(?:的)?", ""),
    ("班工", "^(?=.*(?:寄|邮|送到|发货|快递|运费))(.*?)我在[^\\s，,。？?]{0,6}?(?:上班|打工|工作)(?:的)?",
     r"\1"),
    ("工", "(你们的|你们|份新|新|份)工(?![作资厂人具地序艺程业种伤号钱位友会签])", r"\1工作"),
    ("下文", "有没有下文", "有没有消息"), ("下文", "没有?下文", "没消息"),
    ("下文", "(?<=[有无])(任何)?下文|下文(?=吗|没有|了没)", r"\1消息"),
    # ... the pushes that wake one after a night shift to be stopped (你们的推送经常吵醒我
    # 谢谢停了他): no more sent
    ("停", "^(?=.*(?:推送|推播|讯息|信息|消息|短讯|短信|通知|广告|推广))(.*?)(?:谢谢)?停(?:了|掉)?"
          "(?:他|它|他们|它们)(?:吧|啦)?", r"\1别再发"),
    # ... creators: a shoot told as why (去日本拍一组 outdoor shoot, 拍vlog, 拍摄要用的): the trip,
    # not a photo; a hotel or a rental named as where to send (寄到东京酒店, 寄到首尔的airbnb): the
    # place (酒店 an off-topic word)
    ("拍", "拍(?:一组|一个|个|组|一套|一支|支)?\\s?(?:[a-z ]{0,20}?(?:shoot|shooting|vlog|video|"
          "editorial|campaign|lookbook|content)|vlog|视频|写真|大片|片子|照片)|拍摄(?:要用的|用的|要用|用)?",
     ""),
    ("寄送发邮", "((?:寄|送|发|邮)(?:到|去|过去)[^\\s，,。？?]{0,8}?)(?:的)?"
                "(?:酒店|民宿|宾馆|旅馆|airbnb|hotel)", r"\1"),
    # ... a tax paid to another carrier, asked whether ours will ask it too (你们寄国内会不会也
    # 这样, 你们寄过来也会这样吗): customs-duties' 要交税
    ("样", "^(?=.*(?:关税|税|duty|duties|tax|customs|海关))(.*?)(?:(?:你们|你家|你们家)(?:寄|发|送)?"
          "(?:国内|回国|过来|过去)?(?:的)?)?(?:会不会|会|是不是|是否)?也(?:会|要)?(?:这样|一样)"
          "(?:吗|吧|呢)?", r"\1你们寄的也要交关税吗"),
    # ... another shop's parcel taxed by its carrier (别家的货被DHL要了一笔税), told to ask whether
    # ours will be: the story's carrier is no courier of ours asked about (dhl an off-topic word)
    ("别其", "(别家|别人家|其他家|别的店|其他店|别的网站|其他网站)的(货|东西|包裹|快递)被\\s?"
            "(?:dhl|fedex|usps|purolator)\\s?", r"\1的\2被快递"),
    # ... two codes used together (两个code一起用) and a member-day price stacked (还能再叠): 叠加
    ("叠", "(?:再|还)?叠(?![加衣被起床])", "叠加"),
    ("用", "((?<![a-z])(?:code|codes|coupon|coupons))\\s?((?:能|可以|可不可以|能不能)?)\\s?一起用",
     r"\1\2叠加"),
    # ... accountants: the tax season told as when (报税季忙完才想起, 报税季要报销; 报税 an
    # off-topic word)
    ("报税", "(?:报税季|报税期|报税高峰)(?:忙完|结束|过了|过后)?(?:了)?(?:之后|以后)?(?:才)?", ""),
    # ... square-dancing retirees and night-market vendors: friends brought to buy (拉老姐妹来买,
    # 带跳舞的姐妹们来你家买, 拉她们注册, 我介绍她): a referral, and what one gets (有什么好处,
    # 能得点什么, 有好康吗) its reward
    ("拉带介叫喊", "(?:拉|带|介绍|叫|喊)(?:了)?[^\\s，,。？?]{0,6}?(?:姐妹|伙伴|邻居|舞友|老乡|亲戚|家人"
                 "|她们|他们|她|他|们|的)(?:来|过来|一起)?(?:你家|你们家|你们这|这)?"
                 "(?:买|下单|注册|入会)(?:东西)?", "介绍朋友来买"),
    ("介", "我介绍(?:她|他|她们|他们|朋友)(?=有|能|可以)", "介绍朋友来买 我"),
    ("好处康得", "(?<=介绍朋友来买)(.*?)(?:有什么好处|有没有好处|有好处|有好康|有什么好康|能得点什么"
                "|能得到什么|得点什么|有什么|有没有奖励)", r"\1有什么奖励"),
    # ... astrology fans' luck told beside a refund (水逆期间退的货, 是不是我最近财运不好哈哈): what
    # is asked is the refund; a return signed for (退货都签收了) sent back, not a parcel of ours
    ("逆运", "水逆(?:期间|的时候|期)|(?:是不是|可能|大概)?(?:我)?(?:最近|今年)?(?:财运|运气|运势)"
            "(?:不好|太差|差|不行)(?:了)?(?:吧|吗)?", ""),
    ("签", "退货(?:都|已经|早就)?(?:被)?(?:签收|收到)了", "退货寄回去了"),
    # ... the face very dry or oily as Cantonese says it (皮肤好干, 脸好油: 很)
    ("好", "(皮肤|脸)\\s?好(?=干|油|乾)", r"\1很"),
    # ... an order cancelled with the money back asked beside it (能取消吗？钱会退回来吧): the
    # cancel's answer says where the money goes, not a return's
    ("钱", "^(?=.*取消)(.*?)(?:那)?钱(?:会|能|可以|能不能|会不会|可不可以)?(?:退回|退货|退还|退返|退)"
          "(?:来|去)?(?:吧|吗|不|嘛|呢|没)?(?=\\s|$)", r"\1"),
    # ... a grandchild's taps on one's phone (孙子拿我手机乱点下了个单, 瞎按下了一单): ordered by
    # mistake; a dance told as when (跳完广场舞)
    ("点按", "(?:拿|用)(?:了)?我(?:的)?手机(?:乱点|瞎按|乱按|瞎点|误点|误按|乱买|玩)"
            "|(?:乱点|瞎按|乱按|瞎点|误点|误按)(?:了)?", "不小心"),
    ("舞", "(?:跳完|跳)(?:广场舞|舞)(?:后|以后|之后|回来)?", ""),
    # eighty-third round (blind32, probe66): a conscript's service told beside the question (當兵戴鋼盔悶到額頭一直長痘,
    # 退伍了想把帳號資料全部刪掉, 在部隊天天出操): who asks; not the army's own papers (退伍令, 退伍证)
    ("兵伍役部营操盔", "(?:当兵|服役|在部队|部队里|在营区|营区里|军中|在军中)(?:的时候|时|期间)?|(?:要)?入伍了?"
                    "|退伍(?![令证金费])(?:后|以后|之后|了)?|(?:天天|每天)?(?:出操|操课)"
                    "|戴(?:着)?\\s?钢盔(?:闷到|闷得)?", ""),
    # ... a comrade or a friend pulled in (揪同梯一起买, 推坑朋友來買): friends brought to buy (referral's 拉朋友)
    ("揪", "揪(?:同梯|朋友|同事|同学|姐妹)", "拉朋友"), ("坑", "推坑(?=朋友|姐妹|闺蜜|同事|同学|家人|同梯)", "拉"),
    ("坑", "推坑", "推荐"),
    # ... a trip told beside the question (要去班夫滑雪一周, 下周六要去爬山, 看演唱会顺便, 打工度假一年, 下单后才发现要
    # 出差, 我现在在酒店): where one will be, not the question; the place named stays (寄到本拿比, 人在东京)
    # (only with an order, a parcel, an address, a store or the face told after it: 周末有人一起去爬山吗, 出去滑雪能用不
    # keep theirs; a working holiday asked with a job keeps it: 我在悉尼打工度假 可以去你们店里上班吗)
    ("旅", "(?:出门|出去)旅游(?:的时候|时|途中)?(?=.*(?:面霜|精华|用了|下单|订单|寄|地址|店|address|order|shipping))"
          "|旅游途中", ""),
    ("滑爬演度差", "(?:(?:滑雪|爬山|看演唱会|听演唱会|出差)(?:一周|一个星期|几天|一年|半年)?"
                "|打工度假(?![签证])(?!.*(?:上班|工作|兼职|应聘|招人|job|hiring|apply))"
                "(?:一年|半年)?)(?=.*(?:下单|订单|寄|地址|店|脸|皮肤|嘴唇|起皮|address|order|shipping|hotel|airbnb))",
     ""),
    ("酒宾民外", "(?:我)?(?:现在|人)?在(?:酒店|宾馆|民宿|外地)(?:里)?", ""),
    # ... an order asked to go to the hotel one stays at (能改成寄到酒店吗): the address changed
    ("酒宾民", "改(?:成|为)?(?:地址)?(?:寄|送)到\\s?(?:我住的)?\\s?(?:酒店|宾馆|民宿)", "改地址"),
    ("改", "改(?:成|为|到)\\s?(?:hotel|airbnb|酒店|民宿|宾馆)(?![a-z])", "改地址"),
    # ... Fujian and Taiwan's 有在 before a verb (有在送小样吗, 有在招兼职吗): the verb asked
    ("有在", "有在(?=卖|送|招|做|发|寄|收|用|接)", ""),
    ("住", "改(?:成|为|到)\\s?(?:我)?(?:在)?\\s?(?:[a-z]+\\s?)?住的\\s?(?:hotel|airbnb|酒店|民宿|宾馆|公寓)(?![a-z])",
     "改地址"),
    # ... a game or a thing likened to (像游戏里换装备那样, 像游戏贵族等级那样, 就像游戏的free trial): the likeness asks
    # nothing; not 好像 (seems), 图像, 影像, 想像
    ("像", "(?<![好图影想录画头肖偶])(?:就)?像(?:是)?[^\\s]{1,14}?(?:那样|一样|似的)", ""),
    ("像", "(?:^|(?<=\\s))就像(?:是)?[^\\s]*(?:\\s[a-z]+)*$", ""),
    # ... a gamer's nights told (熬夜打游戏, 打游戏脸油): who asks
    ("游", "(?:熬夜)?(?:打|玩)(?:游戏|手游|电动)(?:的时候|时)?", ""),
    # ... lips or hands cracked in the cold (嘴唇都裂了): dry and cracked, not a parcel broken
    ("裂", "(嘴唇|嘴巴|嘴角|手|脸)(?:都|也|全|又)?(?:干)?裂(?:开)?(?:了)?", "\\1干裂"),
    # ... where a friend was met (旅行認識的朋友也想買): the friend, not a trip asked about
    ("识", "(?:旅行|旅游|出差|上学|读书|打工|健身|打游戏|当兵)(?:时|的时候|中|里|上|途中)?认识的", "认识的"),
    # ... whom to write to (要寄信給誰): an e-mail asked for, not a letter posted
    ("信", "(?:寄|发|写)信给(?=谁|哪里|哪个)", "发邮件给"),
    # ... a rash written in English beside the Chinese (就起rash): a rash (起疹子)
    ("起", "起\\s?rash(?:es)?(?![a-z])", "起疹子"),
    # ... a job of customer service asked for (customer service的岗位OK吗): the job, not a person to talk to
    ("岗职工", "customer service\\s?(?:的)?\\s?(?=岗位|职位|工作)", ""),
    # eighty-sixth round (blind34, probe69): 东西 before 安全 / 安不安全 (用你哋啲嘢安唔安全: 嘢 read 东西) is the
    # things' safety, not 西安, a city
    ("西", "东西(?=安)", "东西 "),
    # ... who recommended us, told after the question (你們的適合我嗎？弟兄姊妹推薦的): how the follower came, not a
    # recommendation asked for (product-recommendation's 推荐); not a referral's reward, points or code
    ("推介", "^(?!.*(?:奖励|积分|返现|返利|优惠|折扣|码|推荐人|邀请))(.*?)(?:弟兄姊妹|弟兄姐妹|兄弟姐妹|朋友|好友|"
           "姐妹|姊妹|弟兄|兄弟|闺蜜|同事|家人|妈妈|我妈|教会|牧师|网友|博主|同学|邻居|客户)(?:们)? ?(?:的)? ?"
           "(?:推荐|介绍) ?"
           "(?:的|我来的|来的|给我的|过来的|我买的)(?=\\s|$)", r"\1"),
    # Eighty-eighth round (blind37, probe71): which ones of ours to use, asked as which few after the verb
    # (用你们哪几样好, 挑哪几个, 买边几样先): what to use; and which to start from (從哪幾樣開始用): what to start
    # with (哪几款适合 a skin keeps its)
    ("几", "(用|擦|买|挑|拿|选|搽)(?:你们|你们家|你们的)?(?:的)?(?:哪|边)几(?:样|个|款|种|瓶|支)(?:产品)?"
          "(?=$|\\s|好|开始|呢|啊|吗|先|就)", "\\1什么"),
    ("几", "(?:从|由)(?:哪|边)几(?:样|款|种|瓶|支)(?:产品)?(?=开始)", "用什么产品"),
    # ... the north-east monsoon and wind (東北季風一吹臉就紅, 東北風一來皮膚就乾): the weather, not China's North-East
    ("东", "东北(?=季风|风)", ""),
    # ... skin said to be very sensitive with a word between (皮膚超敏感, 塊面好易敏感): sensitive skin
    ("敏", "(?:皮肤|脸|面)(?:超级|超|好|很|太|特别|非常|比较|有点|蛮|极|真的|好易|很容易|容易)+敏感",
     "皮肤敏感"),
    # ... whether it is the real thing, as Cantonese asks it (係咪真嘢嚟㗎: 真东西来): the genuine article
    ("真", "(?<=是不是)真东西(?:来)?", "真货"),
    # ... how much sunscreen or cream to put on (要擦多少才夠, 涂多厚才管用, 一次要擦多少量): the amount used
    ("多", "(?:擦|涂|抹|搽|用)(?:多少量?|多厚|几多)(?:才够|才有用|才管用|才有效|比较好|才行)?", "用量多少"),
    # ... an order not wanted any more before it ships (還沒發貨的話能不要了嗎): cancelled
    ("要", "^(?=.*(?:下单|下完单|订单|发货|寄出|付款|扣款))(.*?)(?:能|可以|能不能|可不可以)?不要了"
          "(?=吗|嘛|么|不|\\s|$)", "\\1能取消订单"),
    # ... a small full set to try first (有沒有那種小小的一整套, 小容量組合, 小份的試用組): the travel kit,
    # samples'
    ("小", "(?:小小的?|小份的?|小容量的?|迷你的?|mini\\s?)(?:一整套|整套|一套|套装|组合|一组|试用组|组)",
     "旅行装 试用装"),
    # ... sent back home to a place outside the mainland (寄回台灣給我媽, 直接寄回高雄老家): sent there, not
    # returned to us
    # (寄回国内 is shipping-to-china's own word)
    ("寄", f"寄回(?=(?:{_ABROAD_ZH}))", "寄到"),
    # Ninetieth round (blind36, probe73): a question told with a job's or a hobby's life around it (规培 doctors, 月嫂,
    # Taiwanese tea farmers and divers, Cantonese dragon-boat paddlers). 好吃力 is hard going (簡體看得好吃力), not
    # food's 好吃
    ("吃", "好吃力", "很费力"),
    # ... a creator's own channel told by what it is about (我是做 music vlog 的 YouTuber): who asks, not music
    ("做", "做\\s?[^，。？！,.?!]{1,20}?的\\s?(?=youtuber|博主|up主|主播|创作者|网红|tiktoker|vlogger|达人)", ""),
    # ... the B&B's owner, front desk or host who says no parcel came (民宿老闆說根本沒看到包裹): who was there, not
    # a stay asked about
    ("民", "民宿(?=老板|主人|管家|前台|阿姨|的人)", ""),
    # ... a parcel "never seen" after it shows as signed for (根本沒看到包裹): not received (package-problem's)
    ("看见到", "(?:根本|都|完全|也)?没(?:有)?(?:看到|看见|见到|见过)(?:什么|任何)?(?:包裹|快递|包裹的影子|东西)",
     "没收到包裹"),
    # ... bought twice by a slip of the hand (手滑买重复了, 手滑訂了兩組一樣的): by mistake
    ("手", "手滑(?:了|一下)?", "不小心"),
    ("重", "(?:买|下单|下|订|拍)(?:了)?重复了?|重复(?:下单|下了单|买了|下了)", "重复下单"),
    # ... which of ours to buy as 入 (该入哪几个, 想入哪些): what to buy
    ("入", "(?:该|要|想|可以|值得|先)?入(?:哪|边)(?:几|些)(?:样|个|款|种|瓶|支)?", "买什么"),
    # ... points set off at checkout as Taiwan says it (點數要怎麼折抵): redeemed against the order
    ("折抵扣", "折抵|扣抵|抵用", "抵扣"),
    # ... an address filled in that is still an old one (月嫂's: 下单填的还是上一家雇主的地址): the wrong address
    ("填", "填(?:的|了|成)?(?:还是|是|成)[^，。？！,.?!]{0,10}?(?:旧|以前|之前|上一?[家个次位]|原来|老)"
          "[^，。？！,.?!]{0,8}?(?:的)?地址", "地址填错了"),
    # ... a product that has yellowed (VC 精華…好似黃咗少少): changed colour (shelf-life's 变色), not a face gone sallow
    ("黄", "^(?=.*(?:精华|面霜|乳液|爽肤水|化妆水|防晒|维c|vc|瓶|支))(?!.*(?:脸|皮肤|肤色|面色))(.*?)(?:变|发)?黄了",
     "\\1变色了"),
    # ... how far along an application is (我的應徵現在到哪個階段了): its progress (job-application-status'); not a
    # parcel's (到哪一步 of a parcel is order-tracking's)
    ("阶段环", "^(?=.*(?:申请|应聘|应征|简历|履历|面试|职位|工作))(.*?)(?:到|在)(?:了)?(?:哪个|什么|哪一个)"
              "(?:阶段|环节)", "\\1申请进度"),
    # ... what details of the person a parcel goes to are needed (要他什么资料): the receiver's details for sending,
    # not our keeping of anyone's data (privacy's 资料)
    ("资料信息", "要(?:他|她|对方|收件人|他们|她们)(?:的)?(?:什么|哪些|啥)(?:资料|信息|资讯)", "收件人要填什么"),
    # ninety-third round (blind39, probe76): voice input's homophones of our words that the speller leaves, its
    # tone or its particle apart: 优惠吗 before where it goes in or that it did nothing (优惠吗在哪输,
    # 有个优惠吗可以打八五折: 优惠码; "有优惠吗" asking for a sale keeps its 吗), 小成序 / 小城序 (小程序), and a
    # member's level 星级 (Cantonese sing1 kap1, 升级) beside 会员
    # (hundred-and-seventh round, blind38, probe86: and where it went in told after a pause, "优惠吗 输进去说不适用",
    # "优惠吗，结账的时候输进去没反应": the shelf life took their 过期)
    ("吗", "优惠吗(?= ?[^ ]{0,8}?(?:在哪|输|填|用不了|没反应|没用|不能用|用不上|不适用|无效|怎么用|可以打"
          "|能打))", "优惠码"),
    ("序", "小[成城诚承]序", "小程序"),
    # ... and where it has got to, said in the order it is spoken (看到了哪里, 走到了哪儿: 到哪里了)
    ("哪", "(?<=[看走送寄查])到了哪(?:里|儿)?", "到哪里了"),
    ("级", "(?<=会员)([^ ]{0,16}?)星级|星级(?=[^ ]{0,8}?会员)", r"\1升级"),
    # hundred-and-sixteenth round (blind46's villagers, probe99): a code named by what it does (打折的码, 折扣的码:
    # 优惠码; the shelf life took its 过期), and a parcel that "walked" or "ran" somewhere (东西走到哪儿了, 东西到底跑
    # 去哪了: 到哪了, 去哪了)
    ("码", "(?:打折|折扣)的?码", "优惠码"),
    ("走跑", "(东西|货物|包裹|快递|货|单)( ?(?:到底|究竟|现在|都|又)? ?)(?:走|跑)(?=到哪|去哪|去了哪)", r"\1\2"),
)
_READINGS_ZH = [(frozenset(chars), re.compile(pattern), reading) for chars, pattern, reading in READINGS_ZH]
# Cantonese read before DIALECT, where a word's sense hangs on what stands around it (twenty-first round): 啲 opening a
# clause is "these" ("啲嘢要点搽": the products; 啲 elsewhere is 的, 我啲嘢), and 有咗 with nothing after it or a
# pregnancy's length ("我有咗 仲可唔可以搽", "我而家有咗三个月") is being pregnant, not having got something (有咗积分).
READINGS_YUE: tuple[tuple[str, str, str], ...] = (
    ("啲", "(?:^|(?<=\\s))啲", ""),
    # eighty-fourth round (blind35, probe67): goods sent back (退的货) and money put back on a card (退到卡上), read
    # before a lone 退 is (退货的货, 退货到卡上)
    ("退", "退的货", "退货"), ("退", "退(?=到(?:卡|账|帐|银行|支付宝|微信|信用卡|原))", "退款"),
    # eighty-second round (blind33, probe65): 喇 closing a clause, 了 (我唔想要張單喇; 喇叭 keeps its)
    ("喇", "喇(?=\\s|$)", "了"),
    # hundred-and-fourteenth round (probe97): "in time", as Hong Kong says it (趕唔趕得切, 嚟唔嚟得切, 趕得切, 嚟唔切:
    # 来不来得及, 来得及, 来不及), read before V唔V得 below, which made 能不能赶切 of it, words no entry says
    ("唔", "(?:赶|来|嚟)唔(?:赶|来|嚟)得(?:切|及)", "来不来得及"), ("切", "(?:赶|来|嚟)得切", "来得及"),
    ("切", "(?:赶|来|嚟)唔切", "来不及"),
    # V唔V得, "can one V?" (搽唔搽得, 用唔用得, 退唔退得): 能不能V, as the FAQ asks it (还涂不涂得 was no Mandarin)
    ("唔", "(\\S)唔\\1得", r"能不能\1"),
    # V唔V到, "can one V (it)?" (改唔改到: 能不能改), and V唔V到 + a place, "does it V as far as" (送唔送到澳洲:
    # 能不能送到澳洲), as V唔V得 above
    ("唔", "(\\S)唔\\1到(?=[^\\s\\d])", r"能不能\1到"), ("唔", "(\\S)唔\\1到", r"能不能\1"),
    # 点 + a verb is "how to V" (可以点用, 我点退, 要点改; thirty-sixth round: 點登記生日, 點填, 點註冊, 點領): not a
    # time or an amount (几点, 一点, 有点, 晚点, 快点); hundred-and-fourteenth round: also at a time (埋單嗰陣點用積分,
    # 結帳嘅時候點用, which arrive as 的时候点用)
    ("点", "(?:(?<=^)|(?<=\\s)|(?<=可以)|(?<=要)|(?<=应该)|(?<=我)|(?<=你)|(?<=们)|(?<=又)|(?<=时候)|(?<=时))"
           "点(?=用|买|退|改|换|搞|查|寄|申请|攞|拿|俾|付|入|登记|填|注册|报名|领|加入|开通|设置|绑定|搽|涂|样报)",
     "怎么"),
    # hundred-and-third round (blind42, probe86): 点报 / 点样报 closing a clause, how to apply (你哋请唔请人，点报);
    # 请唔请人 / 招唔招人, whether a shop is hiring: 在招人吗, as the FAQ's job entries ask it
    ("报", "(?:^|(?<=\\s))(?:点|点样|怎么样|怎样)报(?=\\s|$)", "怎么报名"),
    ("请招", "(请|招)(?:唔|不)\\1人", r"在\1人吗"),
    # hundred-and-sixth round (blind44's cha chaan teng staff, probe89's guards): 点 before 申请 / 报名 is how to apply
    # wherever it stands (你哋请人点申请); a time (九点报名) or an amount (一点) keeps its
    ("点", "(?<![几一有晚快早差重\\d两三四五六七八九十])点(?=申请|报名)", "怎么"),
    # 储分 is collecting points (储咗好多分: 攒了很多积分), as the FAQ names them
    ("储", "储(咗|了|够)?(好多|很多|几多|唔少|不少|[\\d几一二三四五六七八九十两百千万]+ ?)?分", r"攒\1\2积分"),
    # eighty-sixth round (blind34, probe69): 有咗身纪 / 有身纪 / 有咗身孕, "expecting" (老婆有咗身紀): pregnant
    ("身", "有(?:咗|了)?身(?:纪|孕|己)", "怀孕了"),
    ("咗", "有咗(?=\\s|$|[几一二三四五六七八九十两\\d]+ ?(?:个月|个礼拜|个星期|周|week))", "怀孕了"),
    # fifty-ninth round (probe42): Shanghainese 额, the possessive 的 as typed (侬搿搭额东西, 我额包裹, 敏感额); not the
    # 额 of an amount (金额, 余额, 差额, 限额, 面额, 额度, 额外, 名额) nor the forehead (额头)
    # sixty-third round (probe46): Shaanxi 额, "I", opening a clause (额在蒙特利尔, 额想加个会员), read before
    # Shanghainese 额 below
    ("额", "(?:^|(?<=\\s))额(?![度外头定数满])", "我"),
    ("额", "(?<![金余差限面总税份名数超定空巨免配前])额(?![度外头定数满])", "的"),
    # ... Teochew, Hokkien and Henan 恁, "you" (恁个货, 恁寄唔寄: 你们; the literary 恁, "so", before 大 / 多 / 地 /
    # 般 / 么 / 样 keeps its), Teochew 会使 "may" before a question's end or a shop's verb (会使改无, 会使用无: 可以;
    # Mandarin's 会使皮肤… "will make" keeps its) and 有身 "pregnant" (有身了; 有身体, 有身份 keep theirs), Hakka
    # 做得 "may" (做得取消无, 做得无: 可以; 做得好 keeps its)
    ("恁", "恁(?![大多地般么样])", "你们"),
    ("会", "会使(?=无|吗|用无|用吗|用不|改|换|介绍|帮|寄|退|取消|\\s|$)", "可以"),
    ("有", "有身(?=了|孕|\\s|$|[几一二三四五六七八九十两\\d])", "怀孕"),
    ("做", "做得(?=无|吗|么|\\s|$|取消|退|改|用|停|换|寄|涂|搽|买|付)", "可以"),
    # ... Hubei and Hunan 么 without 什 / 怎 before it: 么样 (how; 么样的: what kind of), 么时候 (when), 么子 (what;
    # 搞么子 how, 搞么子情况 what is going on), as the mainland writes them (怎么样, 什么时候 keep theirs)
    ("么", "(?<![怎什这那多要为])么样的", "什么样的"), ("么", "(?<![怎什这那多要为])么样", "怎么"),
    ("么", "(?<![怎什这那多要为])么时候", "什么时候"), ("么", "搞么子(?=情况|名堂|鬼)", "什么"),
    ("么", "搞么子", "怎么"), ("么", "(?<![怎什这那多要为])么子", "什么"),
    # ... Hunan 哒, "了" after a verb (写错哒, 好几天哒; 好哒, 么么哒, 萌萌哒 keep theirs)
    ("哒", "(?<![好么萌美哒滴啪嗒])哒(?!哒)", "了"),
    # ... Tianjin 介, "this", opening a clause or after a subject (介面霜, 你们介儿; 介绍, 介意, 中介 keep theirs), and
    # 嘛 before a word, "what" (嘛钱, 使嘛付; 干嘛, 要嘛, and 嘛 ending a clause, a particle, keep theirs)
    ("介", "(?:^|(?<=[\\s们是在把给]))介(?![绍意入于质词怀乎子壳])", "这"),
    ("嘛", "(?<![要干])嘛(?=[\\u4e00-\\u9fff])", "什么"),
    # ... Shandong and Henan 中不(中), "OK?" ending a clause (退了中不, 一块用中不中; 其中不, 当中不 keep theirs)
    ("中", "(?<![其当之空心集手眼途家城期])中不中", "可以"),
    ("中", "(?<![其当之空心集手眼途家城期])中不(?=\\s|$)", "可以吗"),
    # seventy-fifth round (blind30, probe58): 有啲 before a state, "a little" (块面有啲乾: 有点干); 有啲 before a noun
    # is "some" (有啲牌子) and keeps 啲's reading
    ("啲", "有啲(?=干|油|红|痒|痛|贵|敏感|暗|黑|粗|紧|刺|肿)", "有点"),
    # ninetieth round (blind36, probe73): V得唔V得, "can one still V?" (仲用得唔用得: 还能不能用), as V唔V得 above;
    # money put back (退返錢落我張信用卡: 退款); 報數 as a team claims its costs (隊會報數要張收據: 报销)
    ("唔", "(\\S)得唔\\1得", r"能不能\1"),
    ("退", "退返(?:啲|的)?钱", "退款"),
    ("报", "报数(?=要|用|需要|嘅|的|\\s|$)", "报销"),
    # hundred-and-ninth round (blind45's Hong Kong PR staff, probe92): an English sending verb said A唔A or A不A, "do
    # you send" (你哋ship唔ship去澳洲: 寄唔寄, the destinations' own words; "ship" alone read shipping's cost too)
    ("唔", "(?<![a-z])(?:ship|deliver|post|mail|send) ?唔 ?(?:ship|deliver|post|mail|send)(?![a-z])", "寄唔寄"),
    ("不", "(?<![a-z])(?:ship|deliver|post|mail|send) ?不 ?(?:ship|deliver|post|mail|send)(?![a-z])", "寄不寄"),
)
_READINGS_YUE = [(frozenset(chars), re.compile(pattern), reading) for chars, pattern, reading in READINGS_YUE]
# Seventy-first round (blind29, probe54): Taiwanese Minnan (Hokkien) Mandarin as typed in traditional characters, the
# family of the Teochew and Hokkien words above (阮, 恁, 会使, 有身, 佗位, 按怎): its everyday words are Mandarin
# words of another sense (爱 "need", 敢 opening a question, 足 "very", 阁 "also", 著 "got", 面 "face", 规 "whole",
# 俗 "cheap", 转 "back"), so they are read only in a message that has a mark no Mandarin sentence has (MINNAN_MARK:
# 毋, 伫, 偌, 拢, 矣, 尔尔, 阮, 恁, 查某, 查埔, 佗, 袂, 干焦, 啥物, 蹛, 囥, 三工, 会当, 物件...; not 会使, Mandarin's
# "will make": 会使皮肤变干吗), read before the Cantonese readings and DIALECT (which read 阮 and 恁 then). A message
# without a mark reads as before.
MINNAN_MARK = re.compile(
    "毋|伫|偌|(?<![靠拉合围聚收])拢(?!共)|矣|尔尔|(?<![先小女])阮(?!先生|小姐|女士)|恁|查某|查埔|佗|袂|干焦|啥物|蹛|囥"
    "|(?<![一二三四五六七八九十两几\\d])[一二三四五六七八九十两几]工(?![作厂人资具程])"
    "|会当|饲母奶|饲奶|淡薄仔|物件|寒天|焦燥|落皮|色水|大腹肚|按怎|安怎")
MINNAN: tuple[tuple[str, str], ...] = (
    # amounts, times and days: 偌济 (how much), 偌久 (how long), 几工 / 三工 (days), 这马 (now), 拄才 (just now),
    # 今仔日 / 明仔载 / 昨昏 (today, tomorrow, yesterday)
    ("偌济钱", "多少钱"), ("偌济", "多少"), ("偌久", "多久"), ("偌", "多"),
    # ninety-sixth round (blind41's baseball fans, probe79): 规工 (the whole day), 一摆 / 几摆 (once, how often), 嘛
    # before a verb (also: 阮查埔人嘛会使用无, "may we men use it too"; Mandarin's 嘛 ends a clause)
    ("规工", "一整天"), ("(?<=[一两二三几\\d])摆", "次"), ("嘛(?=会使|会当|会|有|是|可以|要|爱|用)", "也"),
    ("([一二三四五六七八九十两几\\d])工(?![作厂人资具程])", r"\1天"), ("这马", "现在"), ("拄才", "刚才"),
    ("今仔日", "今天"), ("明仔载", "明天"), ("昨昏", "昨天"),
    # not, particles and pronouns: 莫阁传来 (stop sending), 毋知影 (not know), 毋过 (but), 毋著 (wrong), 毋 (not),
    # 袂使 / 袂当 (cannot), 袂 (will not), 矣 (了), 尔尔 (only), 犹未 (not yet), a question's final 未 (yet?; 寄出去未:
    # shipped yet?), 敢 opening a question (its clause asks, 吗; 敢是: 是不是; 勇敢, 不敢, 敢于 keep theirs), 予
    # (give), 彼 (that), 遮 (here), 时阵 (when), 犹 (still), 啥物 (what), 佗位 / 佗 (where, which)
    ("莫阁?(?:传|寄|发)来?", "不要再发"), ("毋知影", "不知道"), ("毋过", "不过"), ("毋著", "错"),
    ("毋合", "不适合"), ("毋", "不"), ("袂使", "不可以"), ("袂当", "不能"), ("袂", "不会"), ("矣", "了"),
    ("尔尔", ""), ("犹未", "还没"), ("寄出去?未(?=\\s|$)", "发货了吗"), ("未(?=\\s|$)", "了吗"),
    ("(?<![勇不果])敢是", "是不是"),
    ("(?<![勇不果])敢(?![于当情])([^\\s]*?)(?<![吗呢么无])(?=\\s|$)", r"\1吗"), ("(?<![勇不果])敢(?![于当情])", ""),
    ("予", "给"), ("彼(?![此岸])", "那"), ("(?<=[来伫在们恁])遮", "这里"), ("时阵", "时候"), ("犹阁", "还"),
    ("犹(?=[会可是])", "还"), ("啥物", "什么"), ("佗位", "哪里"), ("佗", "哪"),
    # verbs and their results: 会使 / 会当 (may, can), 爱 (need; 可爱, 恋爱, 爱心, 爱好 keep theirs), 伫 (at), 拢
    # (all), 阁 (also), 恰 (and), 足 / 伤 before a quality (very, too), 著 after a verb (收著, 看著, 买著: got) or
    # before a tax (著纳: must), 转来 / 转去 (back), 入来 (come in: the money), 寄会到 (can it get there), 有要紧
    # (does it matter), 了后 (after), 煞 (but then), 干焦 (only), 储 (save up points), 兼差 (part-time), 揣 (look
    # for), 蹛 (live), 囥 (keep), 抹 (put on), 曝日头 (in the sun), 试看觅 (try), 讲 (say), 看无 (cannot read), 无看著
    # 包裹 (never got the parcel), 纳税 (pay the duty), 欲用人 (hiring), 无 before a verb (not)
    ("会使", "可以"), ("会当", "可以"), ("(?<![可恋喜宠热心亲挚友偏])爱(?![心人好情护惜意])", "要"),
    ("伫", "在"), ("(?<![靠拉合围聚收])拢(?!共)", "都"), ("(?<![内组楼亭])阁(?![下楼])", "还"),
    ("恰(?![好当恰巧似如])", "和"), ("足济", "很多"), ("伤济", "太多"),
    ("足(?=[痒干油敏红痛贵俗久好多大小黄黑暗粗]|敏感|干燥|焦燥)", "很"), ("伤(?=[贵多久大油干])", "太"),
    ("([收看买拿提揣找寻])著", r"\1到"), ("著(?=[纳缴交付])", "要"), ("转(?=[来去])", "回"),
    ("(?<=[未会才没])入来", "到账"), ("寄会到", "寄得到"), ("有要紧", "有影响"), ("了后", "之后"), ("煞", "却"),
    ("干焦", "只"), ("储(?=足|很|真|[\\d一二三四五六七八九十两几]|了)", "攒"), ("兼差", "兼职"),
    ("揣", "找"), ("蹛", "住"), ("囥", "放"), ("抹", "涂"), ("曝日头", "晒太阳"), ("试看觅", "试试"), ("讲", "说"),
    ("看无", "看不懂"), ("(?:无|没)看[著到](?=包裹|东西|货)", "没收到"), ("纳税", "交税"),
    ("(?<=[想要欲])用人", "招人"), ("(?<=[都拢也])无(?=[看收拿到])", "没"), ("(?<=[破坏烂裂漏歹])去(?=了|\\s|$)", "了"),
    # ninety-sixth round (blind41, probe79): 甲 after what happened (漏甲规箱, 干甲裂开: so much that), 风足透 (very
    # windy), 顾 ending a clause (look after: 面按怎顾, the skin's care), 歹势 (sorry), 盖仔 / 瓶仔 / 箱仔 (a lid, a
    # bottle, a box), 白白 of a sunscreen (a white cast)
    ("(?<=[漏干痛痒红肿油热冷晒裂烂])甲(?=\\S)", "得"), ("风足?透", "风很大"),
    ("(?<![照看回兼光主眷])顾(?=\\s|$)", "保养"), ("歹势", "不好意思"), ("盖仔", "盖子"), ("瓶仔", "瓶子"),
    ("箱仔", "箱子"), ("(?<=[会敢])白白", "泛白"),
    # ... things and people: 物件 (things), 规 (whole), 面 (the face; 面霜, 面膜, 面部 keep theirs), 俗 (cheap),
    # 色水 (colour), 芳料 (fragrance), 内底 (inside), 罐仔 / 疹仔 (a jar, a rash), 寒天 (the cold season), 焦燥
    # (dry), 落皮 (peeling), 喙唇 (lips), 查某囝 / 后生 (daughter, son), 查埔(人) (a man), 尪 (husband), 老母
    # (mother), 阿姊 (sister), 饲母奶 (breastfeeding), 大腹肚 (pregnant), 读册 (study), 店头 (the shop), 淡薄仔
    # (a little)
    ("物件", "东西"), ("规(?=[个套面罐瓶组身箱])", "整"), ("(?<=[的整])面(?![霜膜部])", "脸"),
    ("面(?=[红痒干油裂起足拢会都很])", "脸"), ("俗(?![气话语称套人])", "便宜"), ("色水", "颜色"), ("芳料", "香料"),
    ("内底", "里面"), ("罐仔", "罐"), ("疹仔", "疹子"), ("寒天", "冬天"), ("焦燥", "干燥"), ("落皮", "脱皮"),
    ("喙唇", "嘴唇"), ("查某囝", "女儿"), ("后生", "儿子"), ("查埔人", "男人"), ("查埔", "男"), ("查某", "女"),
    ("尪", "老公"), ("老母", "妈妈"), ("阿姊", "姐姐"), ("(?:饲|喂)母奶", "哺乳期"), ("饲奶", "哺乳期"),
    ("大腹肚", "怀孕"), ("读册", "读书"), ("店头", "店"), ("淡薄仔", "一点"),
    # ... how: 是按怎 (why, what happened), 按怎 ending a clause (what to do)
    ("是(?:按怎|安怎)", "怎么回事"), ("(?:按怎|安怎)(?=\\s|$)", "怎么办"),
)
_MINNAN = [(re.compile(pattern), reading) for pattern, reading in MINNAN]


def read_minnan(normalized: str) -> str:
    """`normalized` with MINNAN read as Mandarin, when it has a MINNAN_MARK (the rest read as before)."""
    if not MINNAN_MARK.search(normalized):
        return normalized
    for pattern, reading in _MINNAN:
        normalized = pattern.sub(reading, normalized)
    return normalized


# Fifty-first round (blind24, probe34): Chinese in Latin America (and French-speaking Africa) type a shop's words in
# Spanish, Portuguese or French inside a Chinese sentence ("我在墨西哥 el envío cuánto es", "quiero cancelar 我的订单",
# "código de descuento 在哪里输入", "somos una tienda en Lima 想批发"): read as the English words the FAQ knows. As
# synonyms (lead29: envío, frete, livrez) they moved other sets through the entries' weights; a reading changes the
# message alone. Once one of these words is there, the language's own function words (el, una, mi, para...) are
# dropped too: unknown to the FAQ, each weighed like its rarest word. Not read without a content word ("mi" alone).
ROMANCE_WORDS: tuple[tuple[str, str], ...] = (
    ("costo del envío|costo de envío|costo de envio|custo do frete|custo de envio|frais de livraison|frais d'envoi",
     "shipping cost"),
    ("envío|envio|envíos|envios|frete|livraison|entrega", "shipping"),
    ("envían|envian|envía|envia|enviam|mandan|livrez|livrer", "ship"),
    ("cuánto cuesta|cuanto cuesta|cuánto es|cuanto es|cuánto vale|cuanto vale|quanto custa|quanto é|quanto e|"
     "quanto fica|quanto sai|combien ça coûte|combien coûte|combien", "how much"),
    ("cuánto tarda|cuanto tarda|cuánto demora|cuanto demora|quanto tempo|quanto demora|demora quanto|"
     "combien de temps", "how long"),
    ("cancelar|cancelo|cancele|anular|annuler", "cancel"),
    ("pedido|pedidos|encomenda|encomendas|commande|orden", "order"),
    ("código de descuento|codigo de descuento|código promocional|codigo promocional|código de desconto|"
     "codigo de desconto|cupón|cupon|cupones|cupom|cupons|code promo", "promo code"),
    ("descuento|descuentos|desconto|descontos|réduction", "discount"),
    ("devolución|devolucion|devoluciones|devolver|devolução|devolucao|retourner", "return"),
    ("reembolso|reembolsos|remboursement|rembourser", "refund"),
    ("tienda|tiendas|loja|lojas", "store"),
    ("revender|reventa|revenda|mayorista|mayoreo|al por mayor|atacado|distribuidor|distribuidora|grossiste",
     "wholesale"),
    ("factura|recibo|nota fiscal|facture|reçu", "invoice"),
    ("muestra|muestras|amostra|amostras|échantillon|échantillons", "sample"),
    ("rastreo|seguimiento|rastreamento|número de seguimiento|numero de seguimiento|código de rastreio|suivi",
     "tracking"),
    ("dirección|direccion|endereço|endereco|adresse", "address"),
    # eighty-third round (probe66): US Latino Spanglish's own verbs around English ("mi order no ha llegado, how do I
    # track it", "se puede pagar con PayPal or only card?", "tienen samples? quiero probar first")
    ("no ha llegado|no me ha llegado|todavía no llega|todavia no llega|no llega|no ha llegado todavía", "not arrived"),
    ("se puede pagar|puedo pagar|pagar", "pay"), ("probar|probarlo|probarla|probarlos", "try"),
    ("tienen|ustedes tienen", "do you have"),
)
# ... and, with one of them, the words that only say how it is asked (dropped)
ROMANCE_FILLERS = ("el la los las un una unos unas mi mis tu su sus en para por de del do da dos das o es é y que "
                   "con com tengo tenemos tiene somos soy se quiero quero queria quisiera hay puedo puede pueden "
                   "posso pode hola olá buenos buenas dias días gracias obrigado obrigada favor le les mon ma mes "
                   "je nous vous est une des pour au aux")
_ROMANCE_TABLE = {phrase: reading for phrases, reading in ROMANCE_WORDS for phrase in phrases.split("|")}
_ROMANCE = re.compile(r"(?<![^\W\d_])(?:"
                      + "|".join(re.escape(p) for p in sorted(_ROMANCE_TABLE, key=len, reverse=True))
                      + r")(?![^\W\d_])")
_ROMANCE_FILLER = re.compile(r"(?<![^\W\d_])(?:" + "|".join(ROMANCE_FILLERS.split()) + r")(?![^\W\d_])")


# The shipping noun asked with a price (envío 要多少钱, frete quanto custa, el envío cuánto es) is its cost: 运费, as
# the Chinese says it ("shipping" beside a place and 多少钱 was a menu of where and what it costs); asked alone or
# with a time, the shipment ("envío 要几天到", "hacen envío a Perú").
_PRICED = re.compile(r"多少钱|多少|怎么算|几多钱|贵|how much|cost|costo|custo|precio|preço|price|prix")


def read_romance(normalized: str) -> str:
    """`normalized` with ROMANCE_WORDS read as English, and their function words dropped, when it has one."""
    if not _ROMANCE.search(normalized):
        return normalized
    read = _ROMANCE_FILLER.sub(" ", _ROMANCE.sub(lambda found: f" {_ROMANCE_TABLE[found.group(0)]} ", normalized))
    return read.replace(" shipping ", " 运费 ") if _PRICED.search(read) else read
_DIALECT = re.compile("|".join(re.escape(w) for w in sorted(_DIALECT_TABLE, key=len, reverse=True)))
# As `Canon._stemmed_read` sees a message: a Latin word apart from the Chinese next to it ("你是 ai 吗").
# Each also as read_dialect reads it (the message is read before it is compared): "冇问题", "唔紧要", "冇嘢喇" never
# matched as written.
_ACK_WORDS = sorted({_SCRIPT_BOUNDARY.sub(" ", form) for w in (*ACKNOWLEDGEMENTS, *TESTS) if normalize(w)
                     for form in (normalize(w), _LONE_RETURN.sub("退货", _DIALECT.sub(
                         lambda m: _DIALECT_TABLE[m.group(0)], normalize(w))))},
                    key=len, reverse=True)
# Between acknowledgements, particles, pronouns and intensifiers say nothing more ("好的 我知道了 谢谢你呀",
# "thank you so much", "太感谢了"): greetings (thank you, 感谢) are taken out first, which leaves these.
ACK_FILLERS = ("so much", "very much", "a lot", "a million", "a ton", "again", "guys", "all", "so", "very",
               "really", "非常", "十分", "万分", "真的", "真是", "太", "超", "了", "啊", "啦", "呀", "呢", "哈", "哦",
               "喔", "噢", "嘛", "我", "你", "你们", "大家", "各位", "everyone", "everybody", "!", "sorry", "抱歉",
               "不好意思", "唔好意思",
               # how a follower addresses the shop (faq12: "好的收到，谢谢亲" was a menu; 亲 is Taobao's "dear")
               "亲", "亲爱的", "宝", "宝子", "姐妹", "dear", "hun",
               # what is left of "hi there" / "hello there" once the greeting is out ("I don't know" answered it)
               "there",
               # the bot addressed as such: the intelligent bot's published sample "@RobotA hello robot" (doc 100719,
               # testdata aibot_msg_text_group_quote.json) was "I don't know" and an unanswered question, "你好机器人"
               # a handoff (faq.yaml's 机器人听不懂，找客服)
               "robot", "bot", "chatbot", "机器人", "小助手", "助手",
               # seventy-second round: "y'all", the brother and the self of a patois greeting ("big up unu self"),
               # a wish's "now" ("have a blessed Sunday now")
               "yall", "you all", "brother", "my brother", "bro", "yourself", "you self", "now",
               # thanks given "with" ("noted with thanks", "noted w thanks": thanks is taken out as a greeting)
               "with", "w",
               # what greetings leave of "还在吗" (在吗 is one): whether the bot is still there (lead43)
               "还")
_FILLERS = sorted({normalize(w) or w for w in ACK_FILLERS}, key=len, reverse=True)
_ACKNOWLEDGED = re.compile(r"(?:\s*(?:" + "|".join(re.escape(w) for w in [*_ACK_WORDS, *_FILLERS]) + r")\s*)*")
# A reaction before the question ("oh no my package is late", "ugh, where is my order", "nevermind, do you ship to
# perth", "哎呀 快递还没到") says nothing the question needs, and as words no entry knows it scaled the question
# below the answer line ("I don't know", a did-you-mean). Taken off the start only, as whole words (a space or a
# punctuation mark after it: "哇塞" is no prefix of anything, but "算了" or "好" could begin a question's words).
INTERJECTIONS = ("oh no", "oh my god", "oh", "ohh", "ugh", "urgh", "argh", "omg", "wow", "lol", "lmao", "haha",
                 "hahaha", "hmm", "hmmm", "ah", "ahh", "aw", "aww", "damn", "dang", "nvm", "nevermind", "never mind",
                 "oops", "welp", "哎呀", "哎", "唉", "哇", "哇塞", "天哪", "天啊", "我的天", "哈哈", "哈哈哈", "额",
                 "呃", "诶", "欸", "算了")
_LEADING_INTERJECTION = re.compile(r"^\s*(?:(?:" + "|".join(
    re.escape(w) for w in sorted({normalize(w) for w in INTERJECTIONS}, key=len, reverse=True)) + r")(?:\s+|$))+")
# A complaint's closing reaction ("..., are you kidding me", "are you serious", "thanks a lot", "呵呵", "抢钱啊")
# says how the follower feels, not what they ask: as words no entry knows it scaled the complaint below the answer
# line, and its "are" / "you" made it the message's asking clause (twenty-sixth round). Taken off the end only, as
# whole words after a space or a punctuation mark, repeatedly ("ridiculous. seriously").
TRAILING_REACTIONS = ("are you kidding me", "are you kidding", "you kidding me", "are you serious", "r u serious",
                      "are you for real", "seriously", "ridiculous", "this is ridiculous", "so ridiculous",
                      "unbelievable", "unreal", "no way", "thanks a lot", "thanks for nothing", "love that for me",
                      "what a joke", "what a scam", "wtf", "smh", "ffs", "come on", "lol", "lmao", "ugh",
                      "呵呵", "呵呵呵", "无语", "无语了", "真无语", "抢钱啊", "抢钱呢", "抢钱", "坑人",
                      "坑人啊", "坑爹", "服了", "服了你们", "醉了", "玩人呢", "耍人呢", "离谱", "太离谱了",
                      "什么鬼", "搞什么", "气死了", "气死我了", "无语死了",
                      # twenty-seventh round: a demand for an explanation or an apology (你们得给个说法), and the
                      # annoyance said plainly ("really annoying")
                      "你们得给个说法", "得给个说法", "给个说法", "给个说法吧", "给我个说法", "给个交代", "给我个交代",
                      "annoying", "so annoying", "really annoying", "super annoying", "very annoying",
                      "so frustrating", "really frustrating", "frustrating")
_TRAILING_REACTION = re.compile(r"(?:(?:^|\s)(?:" + "|".join(
    re.escape(w) for w in sorted({normalize(w) for w in TRAILING_REACTIONS}, key=len, reverse=True)) + r"))+\s*$")


# Gen-Z netspeak around a question, said anywhere in it ("集美们 你家运费咋算的", "不寄的话我哭死", "退款多久到账
# 急急急 在线等", "yyds的精华洒了"): an address to the reader, a reaction, or an acronym of one (yyds 永远的神,
# xswl 笑死我了, nsdd 你说得对, awsl 啊我死了, u1s1 有一说一, hhh laughter, dd calling out). None asks anything, and as
# words no entry knows they scaled the question below the answer line (thirty-fourth round, probe18). Chinese words
# anywhere, the Latin acronyms as whole words. Not 姐妹 or 宝子 alone, also the people a gift or a parcel is for.
NETSPEAK = ("绝绝子", "集美们", "宝子们", "姐妹们", "家人们", "我哭死", "哭死", "笑死我了", "笑死", "救命", "急急急",
            "在线等", "心态崩了", "破防了", "yyds", "xswl", "nsdd", "awsl", "u1s1", "dd",
            # sixty-eighth round (blind28's slang): dbq 对不起, zqsg 真情实感, xdm 兄弟们, yysy 有一说一, 无语子
            "dbq", "zqsg", "xdm", "yysy", "无语子",
            # ... and the fillers speech recognition writes down (语音转文字: "嗯那个积分能干嘛", "然后就是还没收到")
            "嗯", "呃", "然后")
_NETSPEAK = re.compile("|".join(
    [re.escape(w) for w in sorted((w for w in NETSPEAK if has_cjk(w)), key=len, reverse=True)]
    + [r"(?<![a-z0-9])(?:" + "|".join(w for w in NETSPEAK if not has_cjk(w)) + r"|h{3,}|(?:ha){3,}h?)(?![a-z0-9])"]))


def without_netspeak(normalized: str) -> str:
    """`normalized` without Gen-Z netspeak (NETSPEAK); the same text when it has none."""
    return " ".join(_NETSPEAK.sub(" ", normalized).split()) if _NETSPEAK.search(normalized) else normalized


def without_reaction(normalized: str) -> str:
    """`normalized` without the reaction that closes it (TRAILING_REACTIONS); "" when it is nothing else."""
    return _TRAILING_REACTION.sub("", normalized).strip()


_SPAM_STRONG = tuple(normalize(w) for w in SPAM_STRONG)
_SPAM_WEAK = tuple(normalize(w) for w in SPAM_WEAK)




# Fifty-second round (probe35): the Japanese, Korean and French words Chinese followers in Japan, Korea and Quebec
# type among their Chinese or English, as the words the FAQ uses (as bot.text.normalize folds them: 追跡番号 is
# 追迹番号, 領収書 领収书). Japanese in kanji and kana (発送, 返金, 注文, キャンセル, 日焼け止め), Korean in hangul
# (택배, 환불), French as whole words (colis, livraison, remboursement, facture, carte de crédit). Not the carriers,
# shops and offices of there (ヤマト, 佐川, 쿠팡, 郵便局, the SAAQ): another business's (bot.content.elsewhere).
FOREIGN_WORDS: tuple[tuple[str, str], ...] = (
    ("発送", "发货"), ("発送済", "已发货"), ("注文", "订单"), ("返品", "退货"), ("返金", "退款"), ("送料", "运费"),
    ("追迹番号", "快递单号"), ("お问い合わせ番号", "快递单号"), ("届く", "收到"), ("届いた", "收到了"),
    ("届かない", "没收到"), ("届いてない", "没收到"), ("キャンセル", "取消"), ("クーポン", "优惠券"),
    ("ポイント", "积分"), ("サンプル", "小样"), ("领収书", "收据"), ("会社", "公司"), ("価格", "价格"),
    ("化粧水", "化妆水"), ("美容液", "精华"), ("日焼け止め", "防晒霜"), ("ニキビ", "痘痘"), ("肌荒れ", "皮肤不稳定"),
    ("日本语", "日语"),
    ("택배", "快递"), ("배송", "配送"), ("환불", "退款"), ("반품", "退货"), ("교환", "换货"), ("주문", "订单"),
    ("취소", "取消"), ("쿠폰", "优惠券"), ("신용카드", "信用卡"), ("선크림", "防晒霜"), ("적립금", "积分"),
)
FOREIGN_WORDS_LATIN: tuple[tuple[str, str], ...] = (
    ("colis", "parcel"), ("livraison gratuite", "free shipping"), ("adresse de livraison", "shipping address"),
    ("livraison", "delivery"), ("livré", "delivered"), ("livree", "delivered"), ("livrée", "delivered"),
    ("remboursement", "refund"), ("rembourser", "refund"), ("facture", "invoice"), ("magasin", "store"),
    ("carte de crédit", "credit card"), ("carte de credit", "credit card"), ("annuler", "cancel"),
    ("commande", "order"), ("retour", "return"), ("retourner", "return"), ("échange", "exchange"),
    ("échanger", "exchange"), ("adresse", "address"), ("code promo", "promo code"),
    ("peau sensible", "sensitive skin"), ("peau sèche", "dry skin"), ("points de fidélité", "points"),
    ("en français", "in french"), ("français", "french"), ("tps", "gst"), ("tvq", "qst"),
    ("montréal", "montreal"), ("québec", "quebec"), ("invalide", "invalid"), ("poste", "job"),
    ("parler à un agent", "talk to a person"), ("parler à quelquun", "talk to a person"),
    ("parler à une personne", "talk to a person"), ("vous répondez", "do you reply"),
    # a Japanese card brand, as a card ("can i pay with a japanese JCB card")
    ("jcb card", "credit card"), ("jcb", "credit card"),
    # sixty-third round (probe46): Cantonese typed in Latin letters (jyutping as Hong Kong types it) around English
    # words: ho m ho yi (may I), gei do chin (how much), gei si (when), hoi mun (open), yau mou (is there), dou bin /
    # hai bin (where), dim + a verb (how to: dim alone is also English, dim sum), m goi (please: asks nothing), m sai
    # la (no longer needed), ge chin (the money)
    ("ho m ho yi", "can i"), ("ho唔ho yi", "can i"), ("gei do chin", "how much"), ("gei dor chin", "how much"),
    ("gei si", "when"), ("hoi mun", "open"), ("yau mou", "is there"), ("dou bin", "where"), ("hai bin", "where"),
    ("dim yung", "how to use"), ("dim join", "how to join"), ("dim apply", "how to apply"),
    ("dim track", "how to track"), ("dim buy", "how to buy"), ("dim pay", "how to pay"),
    ("dim cancel", "how to cancel"), ("dim return", "how to return"), ("dim use", "how to use"),
    ("m goi sai", ""), ("m goi", ""), ("mgoi", ""), ("m sai la", "dont need it"), ("ge chin", "money"),
    # seventy-ninth round (blind31, probe62): the German, Dutch and Italian words of a parcel, its duty, an invoice
    # and a discount that Chinese in Europe type among their Chinese ("Paket 被收了关税", "寄到法国会不会被 douane
    # 扣税", "有没有 korting code")
    # (not Zoll: the customs office itself, where a parcel is picked up: "Zoll通知我去海关取包裹 要带啥材料" is theirs)
    ("paket", "parcel"), ("pakket", "parcel"), ("pacco", "parcel"), ("douane", "customs"),
    ("dogana", "customs"), ("rechnung", "invoice"), ("fattura", "invoice"), ("factuur", "invoice"),
    ("kortingscode", "discount code"), ("korting code", "discount code"), ("korting", "discount"),
    ("rabattcode", "discount code"), ("rabatt", "discount"), ("gutschein", "coupon"),
    ("codice sconto", "discount code"), ("sconto", "discount"), ("bestellung", "order"), ("bestelling", "order"),
    ("ordine", "order"), ("versand", "shipping"), ("spedizione", "shipping"), ("verzending", "shipping"),
)
_FOREIGN = re.compile("|".join(re.escape(w) for w, _ in sorted(FOREIGN_WORDS, key=lambda p: len(p[0]), reverse=True)))
_FOREIGN_TABLE = dict(FOREIGN_WORDS)
_FOREIGN_LATIN = re.compile("(?<![a-zà-ÿ])(?:" + "|".join(
    re.escape(w) for w, _ in sorted(FOREIGN_WORDS_LATIN, key=lambda p: len(p[0]), reverse=True)) + ")(?![a-zà-ÿ])")
_FOREIGN_LATIN_TABLE = dict(FOREIGN_WORDS_LATIN)
_FOREIGN_GATE = frozenset("".join(w for w, _ in FOREIGN_WORDS))


def read_foreign(normalized: str) -> str:
    """FOREIGN_WORDS and FOREIGN_WORDS_LATIN read as the FAQ's words, in `normalize`'s output."""
    if not _FOREIGN_GATE.isdisjoint(normalized):
        normalized = _FOREIGN.sub(lambda m: _FOREIGN_TABLE[m.group(0)], normalized)
    if any((ch.isascii() and ch.isalpha()) or ch in "éèàç" for ch in normalized):
        normalized = _FOREIGN_LATIN.sub(lambda m: _FOREIGN_LATIN_TABLE[m.group(0)], normalized)
    return normalized


# Sixty-seventh round (blind28, probe50): Filipino followers write Taglish, English content words inside Tagalog
# question and function words ("saan ko po makikita yung tracking ng order ko", "gaano po katagal bago bumalik yung
# pera"), and Nigerian followers Pidgin around English ones ("abeg una dey send go Lagos", "wetin I go do", "e never
# reach"). Those words are unknown to the FAQ, and an unknown word weighs like its rarest word: three or four of them
# scaled every such message under the answer line ("I don't know" to "pwede po ba magbayad gamit PayPal?", whose
# PayPal alone answers). Read as ROMANCE_WORDS are: the question words and the few everyday words of a shop or a
# skin as the English the FAQ knows, and the function words dropped, only in a message that has the language's own
# markers (TAGALOG_MARKERS, PIDGIN_MARKERS: none of them an English word), so an English message never changes.
TAGALOG_MARKERS = ("po opo ba niyo ninyo nyo inyo yung iyong kayo kayong ako akong ko pwede puwede pwed pede saan "
                   "nasaan ilang gaano meron mayroon wala muna kasi daw naman ang ng mga paano pano kailan magkano "
                   "bakit alin ano anong hindi sana rin din namin natin nung kapag kahit dito nga pong bang gusto")
TAGALOG_WORDS: tuple[tuple[str, str], ...] = (
    ("gaano katagal|gaano kabilis|ilang araw|ilang days|ilang linggo|ilang weeks", "how long"),
    ("ilang beses", "how many times"), ("ilang oras|ilang hours", "how many hours"), ("ilang", "how many"),
    ("magkano|magkanu", "how much"), ("anong oras|what time", "what time"), ("nasaan na|nasaan", "where is"),
    ("saan", "where"), ("paano|pano|papaano", "how"), ("kailan", "when"), ("bakit", "why"), ("alin", "which"),
    ("ano ang|ano|anong", "what"), ("pwede ba|pwede|puwede|pwed|pede|pwd", "can"),
    ("meron ba kayong|meron ba kayo|meron kayong|mayroon ba kayong|meron|mayroon", "do you have"),
    ("wala pa|hindi pa", "not yet"), ("wala|hindi|di", "not"), ("bago", "before"), ("muna", "first"),
    ("para sa|para", "for"), ("dito|dito sa", "here in"),
    ("niyo|ninyo|nyo|inyo", "your"), ("kayo|kayong", "you"), ("ako|akong", "i"), ("ko|akin|sakin", "my"),
    ("namin|natin", "our"), ("ngayon", "now"), ("kung", "if"), ("kapag|pag", "when"), ("gusto", "want"),
    ("ibang|iba", "other"), ("isang", "a"), ("linggo", "week"), ("lahat", "all"), ("doon|dun", "there"),
    ("umorder|mag order|nag order|magorder|nagorder", "order"), ("sabay|sabay na|nang sabay", "together"),
    ("dalawa", "two"),
    # the everyday words of a shop, a parcel, a job and a skin
    ("presyo", "price"), ("resibo", "receipt"), ("magbayad|bayad|bayaran|babayaran", "pay"),
    ("libre|libreng", "free"), ("buntis", "pregnant"), ("balat", "skin"), ("mukha", "face"),
    ("tigyawat|taghiyawat", "pimples"), ("bote", "bottle"), ("basag|nabasag|sira|nasira", "broken"),
    ("ibalik|isauli|ibabalik|naibalik", "return"), ("palitan|papalitan|magpalit", "change"),
    ("dumating|darating|dadating|pagdating", "arrive"), ("natanggap|natatanggap|nareceive", "received"),
    ("ipadala|magpadala|padala|pagpapadala|nagpapadala", "send"),
    ("trabaho|magtrabaho", "job"), ("tindahan", "store"), ("pera", "money"),
    ("gamitin|gagamitin|gumamit|ginagamit", "use"), ("lalaki", "men"), ("pabango", "fragrance"),
    ("tuyo|tuyong", "dry"), ("namula|mamula|namumula|pula", "red"), ("nangati|makati|nangangati", "itchy"),
    ("kulang", "missing"), ("mali|maling", "wrong"), ("tao", "person"), ("makausap|kausapin", "talk to"),
    ("sumali", "join"), ("bahay", "home"), ("pero", "but"),
    # the verbs a question asks with: do, should, get, know, find, see
    ("gagawin|gawin|gagawin ko", "do"), ("sabi|sabi ng|sabi daw", "said"), ("dapat", "should"),
    ("makukuha|makuha|kukunin", "get"), ("malalaman|malaman|alam", "know"),
    ("makikita|makita|mahanap|mahahanap", "find"), ("itigil|pakitigil|tigil", "stop"), ("balita", "news"),
    ("kailangan", "need"), ("naghihintay|hinihintay|maghintay|hintay|naghintay", "waiting"),
    ("nabuksan|binuksan|nabubuksan", "opened"), ("hanggang kailan", "how long"), ("maging", "become"),
    ("pinsan", "cousin"), ("kaibigan|kaibigang", "friend"), ("dalawang", "two"), ("marunong", "speak"),
)
# ... and, with one of them, the words that only say how it is asked (dropped): particles, articles, linkers and the
# verb prefixes a hyphen left apart ("mag-apply", "na-receive", "i-cancel": "i" stays, it is English)
TAGALOG_FILLERS = ("po opo ho pong bang ba yung iyong ung ang ng mga nung nang na pa naman lang lamang kasi daw raw "
                   "rin din nga kaya sana talaga mag nag pag pang si ni sa ka tapos eh")
_TAGALOG_GATE = re.compile(r"(?<![a-z])(?:" + "|".join(TAGALOG_MARKERS.split()) + r")(?![a-z])")
TAGALOG_MARKERS_MIN = 2  # distinct markers: one alone may be a name or a typo ("ko", "ano")
# ... and its conjugated verbs ("makikita", "naghihintay", "nabubuksan", "magsisimula"): in such a message, a word that
# is no everyday English word (bot.content.words_en), is spelt with Tagalog's own letters (none of c, f, j, q, v, x,
# z) and is shaped as a Tagalog verb (an aspect's doubled syllable near its start, or a nag- / mag- / pag- / naka- /
# maka- prefix) is dropped, unread. A rare English word stays ("retinol", "moisturiser", "reseller", "pimples": no
# doubled syllable, no such prefix), and so does any word an entry may know by its c or z ("niacinamide").
_TAGALOG_VERB = re.compile(r"(?<![a-z])(?=[abdeghiklmnoprstuwy]{5,}(?![a-z]))"
                           r"(?:[a-z]{0,4}?([bdghklmnprstwy][aeiou])\1|(?:nag|mag|pag|naka|maka|ipag|pinag)[a-z]{3})"
                           r"[a-z]*")

# Nigerian Pidgin: markers none of which is an English word, then its question words and constructions as English
PIDGIN_MARKERS = ("abeg|una|dey|wetin|wey|oga|sef|abi|wahala|comot|waka|pikin|biko|naija|e never|e don|e go|e fit|"
                  "i wan|i fit|go take|chale|charley|chaley")
PIDGIN_WORDS: tuple[tuple[str, str], ...] = (
    ("wetin i go do|wetin i fit do", "what should i do"), ("wetin be|wetin", "what"),
    ("how i go take|how i go|how i fit", "how do i"), ("how we go take|how we go", "how do we"),
    ("how e go be", ""), ("una get|una dey get", "you have"), ("una fit", "can you"), ("una", "you"),
    ("i no fit", "i cannot"), ("i no", "i dont"), ("no dey", "not"), ("no be", "not"),
    ("e never reach|never reach|e no reach|no reach", "not arrived"), ("never enter", "not received"),
    ("e don reach|don reach", "arrived"), ("go take reach|take reach", "take to arrive"),
    ("deliver reach|send go|send reach", "ship to"), ("e comot|comot", "ships"), ("go fit|fit", "can"),
    ("wan", "want"), ("carry belle|get belle", "pregnant"), ("well well", "very"), ("wahala", "problem"),
    ("naija", "nigeria"), ("waka go|waka", "visit"), ("pikin", "child"), ("abeg", "please"), ("wey", "that"),
    ("rub", "apply"),
    # eighty-second round (blind33, probe65): Ghanaian English's own ("Chale ... una fit send am go Ghana or?", "what
    # I go use?", "the serum pepper my face small small"): "I go" asking what to do is "should I", small small a little
    ("what i go|wetin i go|which one i go|which i go", "what should i"), ("small small", "a little"),
)
PIDGIN_FILLERS = "dey don sef o oo oga abi na make e go chale charley chaley"
_PIDGIN_GATE = re.compile(r"(?<![a-z])(?:" + PIDGIN_MARKERS + r")(?![a-z])")
# ... what is sent "go" a place is sent to it ("send am go Ghana", "post the toner go there", "una fit ship the
# cream go Kumasi"): the thing sent (two words at most) kept
_PIDGIN_GO_TO = re.compile(r"(?<![a-z])((?:send|post|ship|mail|deliver)(?: [a-z]+){0,2}?) go (?=[a-z])")


def _reader(words: tuple[tuple[str, str], ...],
            fillers: str) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """A table's pattern (whole words, longest first), its readings, and its fillers' pattern."""
    table = {phrase: reading for phrases, reading in words for phrase in phrases.split("|")}
    pattern = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
                         + r")(?![a-z])")
    return pattern, table, re.compile(r"(?<![a-z])(?:" + "|".join(fillers.split()) + r")(?![a-z])")


_TAGALOG, _TAGALOG_TABLE, _TAGALOG_FILLER = _reader(TAGALOG_WORDS, TAGALOG_FILLERS)
_TAGALOG_FILLER_WORDS = frozenset(TAGALOG_FILLERS.split())
_TAGALOG_OWNERS_SKIP = frozenset(TAGALOG_MARKERS.split())
_PIDGIN, _PIDGIN_TABLE, _PIDGIN_FILLER = _reader(PIDGIN_WORDS, PIDGIN_FILLERS)
# Pidgin's "am" is "it" after a verb ("track am", "I never open am"), never after "I" nor before "I"
_PIDGIN_AM = re.compile(r"(?<![a-z])(?<!\bi )am(?![a-z])(?! i\b)")


# A pronoun after its noun is its owner ("order ko" my order, "promo code niyo" your promo code, "bahay namin" our
# home), after a Tagalog word its subject ("saan ko makikita" where do I find): read in English order, so "order ko"
# meets "my order". The noun is the run of other words before it (up to OWNED_MAX_WORDS).
_OWNERS = {"ko": "my", "niyo": "your", "nyo": "your", "ninyo": "your", "namin": "our", "natin": "our"}
_SUBJECTS = {"ko": "i", "niyo": "you", "nyo": "you", "ninyo": "you", "namin": "we", "natin": "we"}
OWNED_MAX_WORDS = 3
_VERB_PREFIXES = frozenset(("i", "mag", "nag", "na", "ma", "pa", "pag", "ka", "maka", "naka"))


def _tagalog_word(word: str) -> bool:
    return word in _TAGALOG_TABLE or word in _TAGALOG_FILLER_WORDS or word in _TAGALOG_OWNERS_SKIP


def _owners_first(text: str) -> str:
    out: list[str] = []
    for word in text.split():
        if word not in _OWNERS:
            out.append(word)
            continue
        run = 0
        while run < min(OWNED_MAX_WORDS, len(out)) and not _tagalog_word(out[-1 - run]) and out[-1 - run] != "i":
            run += 1
        # ... a verb's hyphened prefix before the run ("i-cancel ko", "mag-order ko"): the run is a verb, its subject
        if run and (run == len(out) or out[-1 - run] not in _VERB_PREFIXES):
            out.insert(len(out) - run, _OWNERS[word])
        else:
            out.append(_SUBJECTS[word])
    return " ".join(out)


def read_taglish(normalized: str) -> str:
    """`normalized` with TAGALOG_WORDS read as English and TAGALOG_FILLERS dropped, when it has at least
    TAGALOG_MARKERS_MIN distinct Tagalog markers; the same text otherwise."""
    if len(set(_TAGALOG_GATE.findall(normalized))) < TAGALOG_MARKERS_MIN:
        return normalized
    read = " ".join(_TAGALOG_FILLER.sub(" ", _owners_first(normalized)).split())
    read = _TAGALOG.sub(lambda found: f" {_TAGALOG_TABLE[found.group(0)]} ", " ".join(read.split()))
    english = common_words()
    read = _TAGALOG_VERB.sub(lambda found: found.group(0) if found.group(0) in english else " ", read)
    return " ".join(read.split())


# Seventy-ninth round (blind31, probe62): a question in classical or literary Chinese (文言, as some write to a shop
# for fun or from habit: "吾妻有孕，此物可用否？", "貴店之物，曾以獸試之否？", "昨日誤購一物，今欲作罷，可否撤單？"):
# its pronouns, question forms and verbs read as the Mandarin the FAQ is written in, only in a message with a
# CLASSICAL_MARK (吾, 敢问, 贵店, 此物, 之物, a final 否 or 乎, 可否, 何处, 何物, 几何, 当以, 欲 before a verb...);
# a modern message (是否, 何时 alone, 因此) reads as before.
CLASSICAL_MARK = re.compile("吾|敢问|贵店|此物|之物|(?<![是与能可])否(?=\\s|$)|(?<=[\\u4e00-\\u9fff])乎(?=\\s|$)|可否"
                            "|(?<!如)何处|何物|何文|何语|几何|何时可|当以|确否|(?<![随意])欲(?=[购买问寄退换取应])|贵品|何以(?=[辨分查知])")
CLASSICAL: tuple[tuple[str, str], ...] = (
    # who: 吾 (I), 吾妻 / 吾女 / 吾儿 (my wife, daughter, son), 贵店 (you, the shop), 此 (this), 之物 / 所购 (the
    # things, what was bought)
    ("敢问", ""), ("吾妻", "我老婆"), ("吾女", "我女儿"), ("吾儿", "我儿子"), ("吾之", "我的"), ("吾", "我"),
    ("贵店(?:所售)?之物", "你们的产品"), ("贵店", "你们"), ("所购之物", "买的东西"), ("此物", "这个产品"),
    ("此地", "这里"), ("(?<![因如彼从由至就据特为])此(?![外时后前次])", "这个"), ("之物", "的东西"),
    ("一物", "一个东西"), ("所购", "买的"),
    # asking: a final 否 / 乎 (吗), 确否 (is it true), 可否 (can I), 何时 / 何处 / 何物 / 何文 / 何语 (when, where,
    # what, which language), 几何 (how much), 几何时日 (how long), 当如何 (what to do)
    ("确否", "是真的吗"), ("(?<![是与能可])否(?=\\s|$)", "吗"), ("(?<=[\\u4e00-\\u9fff])乎(?=\\s|$)", "吗"),
    ("可否", "能不能"), ("几何时日|几何时", "多久"), ("几何", "多少"), ("当如何", "要怎么"), ("处之", "处理"),
    ("今?在何处", "现在到哪了"), ("何时", "什么时候"), ("(?<!如)何处", "哪里"), ("何物", "什么"),
    ("何(?:文|语)", "什么语言"),
    ("当以", "要用"), ("今(?=[在欲想已])", "现在"),
    # hundred-and-sixth round (blind44's field crews, probe89's ship crews): 如何处 is 如何 + 处理 / 处置, never 何处
    # (where: 如何处理 was read 如哪里理); 贵品 (your products), 真伪 (real or fake), 如何辨 / 何以辨 (how to tell),
    # 处置 (deal with it), 现应 (what now)
    ("贵品", "你们的产品"), ("真伪", "真假"), ("(?:如何|何以)(?:分)?辨(?:别|认)?", "怎么分辨"), ("何以", "怎么"),
    ("(?<=[怎如])(?:么|何)处置", "么处理"), ("现应", "现在应该"),
    # doing: 欲 (want), 居 (live), 购 (buy), 误购 (bought by mistake), 有误 (wrong), 作罢 / 作废 / 撤单 (cancel),
    # 寄至 / 寄往 (send to), 可至 (get to), 改寄 (send elsewhere), 可存 (keep), 易 (exchange), 闻 (heard), 书之
    # (write it), 作答 / 回覆 (reply), 以 before a language (in), 处之 (deal with it), 返 (come back)
    ("(?<![随意])欲", "想"), ("(?<=[我你他她])居", "住"), ("误购", "买错了"), ("购", "买"), ("有误", "错了"),
    ("撤单", "取消订单"), ("作罢|作废", "取消"), ("寄(?:至|往)", "寄到"), ("可至", "能到"), ("他址", "别的地址"),
    ("可存", "能放"), ("(?<=[可以])易", "换"), ("^闻", "听说"), ("书之|书写", "写"), ("作答|回覆|答复", "回复"),
    ("以(?=繁体|简体|中文|英文|英语|粤语|普通话)", "用"), ("可返", "能退回"), ("款项", "钱"),
    # what: 肤 (skin), 易敏 (sensitive), 有孕 / 怀胎 (pregnant), 兽 / 兔鼠 tested on (animal testing), 生辰 (birthday),
    # 有所馈赠 / 有所赠 (a gift), 入会者 (members), 有损 (damaged), 履历 (CV), 英伦 (Britain), days and times
    ("(?<![皮肌])肤", "皮肤"), ("易敏", "容易敏感"), ("有孕|怀胎", "怀孕"),
    ("(?:以|于|在|施于)(?:禽兽|兽|兔鼠|兔|鼠|动物)(?:身上)?(?:试之|试验|试过|试)?", "做动物测试"),
    ("生辰", "生日"), ("将至", "快到了"), ("有所(?:馈赠|赠送|赠)|馈赠", "送礼物"), ("入会者", "会员"),
    ("有损", "破损"), ("履历", "简历"), ("英伦", "英国"), ("闭门", "关门"), ("昨日", "昨天"), ("前日", "前天"),
    ("今晨", "今天早上"), ("皆为", "都是"), ("皆", "都"), ("宜(?![家人居])", "应该"),
)
_CLASSICAL = [(re.compile(pattern), reading) for pattern, reading in CLASSICAL]


def read_classical(normalized: str) -> str:
    """`normalized` with CLASSICAL read as Mandarin, when it has a CLASSICAL_MARK (the rest read as before)."""
    if not CLASSICAL_MARK.search(normalized):
        return normalized
    for pattern, reading in _CLASSICAL:
        normalized = pattern.sub(reading, normalized)
    return normalized

# Seventy-ninth round (blind31, probe62): South-East Asian Chinese mix Indonesian (and Malay) into their Chinese or
# English ("paket udah delivered katanya tapi 我根本没收到, gimana?", "poin aku udah banyak, 可以换什么?", "Kak, bisa
# kirim ke Indonesia nggak?"): read as TAGALOG_WORDS are, the question words and a shop's everyday words as the
# English the FAQ knows and the particles dropped, only in a message with INDONESIAN_MARKERS_MIN distinct markers
# (none an English word), so English and Chinese alone read as before. A word's -nya ("paketnya", "sunscreen nya":
# the) goes first.
INDONESIAN_MARKERS = ("kak kakak gimana bagaimana nggak ngga gak enggak tidak udah sudah belum aku saya bisa kapan "
                      "berapa dong sih banget kok pakai pake tolong mau nya katanya tapi kirim ongkir paket paketnya "
                      "poin pesanan bayar beli jerawat kulit sama dibuka gimana2 aja nih deh")
INDONESIAN_WORDS: tuple[tuple[str, str], ...] = (
    ("bisa kirim ke|bisa dikirim ke|kirim ke|dikirim ke|ngirim ke", "ship to"), ("kirim|dikirim|ngirim", "ship"),
    ("ongkos kirim|ongkir", "shipping cost"), ("paket|paketnya", "parcel"), ("pesanan|pesananku|orderan", "order"),
    ("gimana|bagaimana|gmn", "how"), ("kapan", "when"), ("berapa lama|berapa hari", "how long"),
    ("berapa", "how much"), ("di mana|dimana|mana", "where"), ("kenapa|kok", "why"), ("apa", "what"),
    ("bisa", "can"), ("mau", "want"), ("udah|sudah", "already"), ("belum", "not yet"),
    ("nggak|ngga|gak|enggak|tidak|ga", "not"), ("sampai|sampe|nyampe", "arrived"),
    ("diterima|terima", "received"), ("bayar|dibayar", "pay"), ("beli|membeli", "buy"),
    ("tukar|tuker|ganti", "exchange"), ("dibuka|buka", "opened"), ("kembalikan|balikin|retur", "return"),
    ("batal|batalin|dibatalkan", "cancel"), ("alamat", "address"), ("salah", "wrong"),
    ("cuma|hanya", "only"), ("satu", "one"), ("dua", "two"), ("botol", "bottle"), ("seminggu", "a week"),
    ("minggu", "week"), ("hari", "days"), ("pagi", "morning"), ("malam", "night"), ("sama|dan", "and"),
    ("pakai|pake", "use"), ("jerawat|jerawatan", "acne"), ("kulit", "skin"), ("wajah|muka", "face"),
    ("kering", "dry"), ("berminyak", "oily"), ("hamil", "pregnant"), ("poin", "points"), ("harga", "price"),
    ("gratis", "free"), ("resi", "tracking number"), ("lacak", "track"), ("kerja|lowongan", "job"),
    ("toko", "store"), ("banyak", "a lot"), ("rusak|pecah", "broken"), ("bocor", "leaking"), ("warna", "colour"),
    ("katanya", "it says"), ("tapi", "but"), ("ada", "have"), ("aku|saya|gue", "i"), ("kamu|kalian", "you"),
    ("ke", "to"),
)
INDONESIAN_FILLERS = "kak kakak dong sih nih deh ya yah aja banget lagi juga yang di itu ini tolong nya mohon"
_INDONESIAN_GATE = re.compile(r"(?<![a-z])(?:" + "|".join(INDONESIAN_MARKERS.split()) + r")(?![a-z])")
INDONESIAN_MARKERS_MIN = 2  # distinct markers: one alone may be a name or an English slip ("kak" as a nickname)
_INDONESIAN, _INDONESIAN_TABLE, _INDONESIAN_FILLER = _reader(INDONESIAN_WORDS, INDONESIAN_FILLERS)
_NYA = re.compile(r"(?<=[a-z]{3})(?<!kata)nya(?![a-z])")
# "bisa ... nggak?" asks whether it can: the not after a can is the question's tag (dropped), not a negation
_CAN_TAG = re.compile(r"(?<![a-z])(bisa(?![a-z]).*?)(?<![a-z])(?:nggak|ngga|gak|enggak|ga|tidak)(?![a-z])")


def read_indonesian(normalized: str) -> str:
    """`normalized` with INDONESIAN_WORDS read as English and INDONESIAN_FILLERS dropped, when it has at least
    INDONESIAN_MARKERS_MIN distinct Indonesian markers; the same text otherwise."""
    if len(set(_INDONESIAN_GATE.findall(normalized))) < INDONESIAN_MARKERS_MIN:
        return normalized
    read = _CAN_TAG.sub(r"\1", _NYA.sub("", normalized))
    read = _INDONESIAN.sub(lambda found: f" {_INDONESIAN_TABLE[found.group(0)]} ", read)
    return " ".join(_INDONESIAN_FILLER.sub(" ", read).split())

def read_pidgin(normalized: str) -> str:
    """`normalized` with PIDGIN_WORDS read as English and PIDGIN_FILLERS dropped, when it has a Pidgin marker."""
    if not _PIDGIN_GATE.search(normalized):
        return normalized
    read = _PIDGIN_GO_TO.sub(r"\1 to ", _PIDGIN_AM.sub("it", normalized))
    read = _PIDGIN.sub(lambda found: f" {_PIDGIN_TABLE[found.group(0)]} ", read)
    return " ".join(_PIDGIN_FILLER.sub(" ", read).split())


# Eighty-third round (blind32, probe66): Hawaiian Pidgin writes English content words inside its own articles, copula
# and tense markers ("howzit, I stay Hilo side on da Big Island, you guys send stuff ova hea or only da mainland?",
# "my wahine stay hapai now, wat stuff she can still use?", "I like trade da cleanser fo' da sunscreen, neva open um
# yet. can?"): da is the, stay is (or lives, of a person and a place), get (first) is there is, one a, kine kind (or
# nothing after a noun), fo' for (to before a verb), um it after a verb, wen the past, I like + a verb I want to, pau
# finished (closed), hapai pregnant, wahine a wife, tutu a grandmother, "o wat" and "can?" tags; and the mainland is
# the US mainland, not China. Read as the languages above, only in a message with HAWAIIAN_MARKERS_MIN distinct
# markers (none an everyday English word), so English alone reads as before.
HAWAIIAN_MARKERS = ("da|dakine|kine|fo|brah|bruddah|braddah|howzit|hea|neva|wat|wea|dat|dis|hapai|wahine|tutu|pau|"
                    "bumbai|plenny|lidat|lai dat|sistah|tita|ohana|mahalo|shoots|an|afta|o wat|o what")
HAWAIIAN_MARKERS_MIN = 2
# ... or one of them with one of its words that English also has ("eh how much fo' send um to Honolulu?")
HAWAIIAN_WEAK_MARKERS = "um|eh|stay|side"
HAWAIIAN_WORDS: tuple[tuple[str, str], ...] = (
    ("howzit|aloha|brah|bruddah|braddah|shoots|mahalo", ""), ("o wat|o what|or wat|o wot|or what", ""),
    ("da real kine|real kine|da real one", "real"), ("wat kine|what kine", "what kind of"),
    ("dat kine|dis kine|dakine|da kine|kine", ""), ("ova hea|ova here|over hea", "over here"),
    ("ova dea|ova dere", "over there"), ("hea", "here"), ("da", "the"), ("dat", "that"), ("dis", "this"),
    ("wat", "what"), ("wea|wia", "where"), ("neva", "not"), ("afta", "after"), ("an", "and"), ("ting", "thing"),
    ("tings", "things"), ("sistah|tita", "sister"), ("wahine", "wife"), ("tutu", "grandma"), ("ohana", "family"),
    ("hapai", "pregnant"), ("plenny", "lots of"), ("bumbai", "later"), ("lidat|lai dat", "like that"),
    ("pau", "close"), ("mainland", "us"), ("swap meet", "flea market"), ("fo", "for"),
)
HAWAIIAN_FILLERS = "eh ho"
_HAWAIIAN_GATE = re.compile(r"(?<![a-z])(?:" + HAWAIIAN_MARKERS + r")(?![a-z])")
_HAWAIIAN_WEAK = re.compile(r"(?<![a-z])(?:" + HAWAIIAN_WEAK_MARKERS + r")(?![a-z])")
_HAWAIIAN, _HAWAIIAN_TABLE, _HAWAIIAN_FILLER = _reader(HAWAIIAN_WORDS, HAWAIIAN_FILLERS)
_HAWAIIAN_VERBS = ("buy|bought|order|send|ship|use|open|try|trade|swap|change|return|cancel|join|work|talk|know|get|"
                   "come|go|see|check|track|pay|put|apply|find|make|take|wear|ask|call|break|broke|leak|give|keep")
# "fo'" before a verb is "to" ("how much fo' send um"); "um" after a verb "it" ("send um", "neva open um", "use um");
# "wen" before a verb the past, said ("my aunty wen buy um"); "I like" + a verb "I want to" ("I like trade ...")
_HAWAIIAN_TO = re.compile(r"(?<![a-z])fo (?=(?:" + _HAWAIIAN_VERBS + r")(?![a-z]))")
_HAWAIIAN_IT = re.compile(r"(?<=[a-z] )um(?![a-z])")
_HAWAIIAN_PAST = re.compile(r"(?<![a-z])wen (?=(?:[a-z]+ )?(?:" + _HAWAIIAN_VERBS + r"|broke|leaked|came)(?![a-z]))")
_HAWAIIAN_PAST_FORMS = {"buy": "bought", "order": "ordered", "send": "sent", "come": "came", "get": "got",
                        "pay": "paid", "use": "used", "open": "opened", "break": "broke", "ship": "shipped"}
_HAWAIIAN_PAST_VERB = re.compile(r"(?<![a-z])wen (" + "|".join(_HAWAIIAN_PAST_FORMS) + r")(?![a-z])")
_HAWAIIAN_WANT = re.compile(r"(?<![a-z])(i|we|she|he|they|my \w+) like (?=(?:" + _HAWAIIAN_VERBS + r")(?![a-z]))")
# "stay" is "lives in" after a person before a place told with "side" or "in" ("I stay Hilo side", "my tutu stay in
# Kona"), "is" anywhere else ("my wahine stay hapai", "wea stay now", "if stay da real kine", "stay working"); "X
# side" is X ("Hilo side", "Kauai side")
_HAWAIIAN_LIVE = re.compile(r"(?<![a-z])(i|we|my \w+|she|he|they) stay (?:in )?(?=\w+(?: \w+)? side(?![a-z])|in )")
_HAWAIIAN_SIDE = re.compile(r"(?<![a-z])(?<!the )(?<!other )(?<!one )(?<!dis )(?<!dat )side(?! effects?)(?![a-z])")
_HAWAIIAN_STAY = re.compile(r"(?<![a-z])stay(?![a-z])")
# "get" opening a question is "is there" ("get alcohol inside da toner?", "get one rewards kine program?"); "one"
# before a noun "a" ("one guy", "get one store", "one real person"), not "which one", "that one", "one of"
_HAWAIIAN_THERE = re.compile(r"^get (?:(one) )?")
_HAWAIIAN_A = re.compile(r"(?<![a-z])(?<!which )(?<!that )(?<!this )(?<!the )(?<!da )(?<!dat )(?<!dis )(?<!wrong )"
                         r"(?<!right )(?<!new )(?<!old )(?<!last )(?<!first )(?<!no )one (?!(?:of|more|day|week|month|"
                         r"year|time|thing|only|by|too|or|and|is|stay)(?![a-z]))(?=[a-z])")
# ... a closing "can?" (a tag): "can I"; a question word before its subject and verb asks with "do" ("how I join",
# "wat I get", "how I know")
_HAWAIIAN_CAN = re.compile(r"(?<![a-z])can$")
# ... "can" with no subject asks for the shop to send ("can send um to my tutu") or for the asker to do the rest ("can
# cancel um?"); "I moving" is "I am moving"; "wea stay now?" where it is now
_HAWAIIAN_CAN_YOU = re.compile(r"(?<![a-z])(?<!i )(?<!you )(?<!we )(?<!u )(?<!she )(?<!he )(?<!they )can (?="
                               r"(send|ship|deliver|post|mail)|(?:" + _HAWAIIAN_VERBS + r")(?![a-z]))")
_HAWAIIAN_AM = re.compile(r"(?<![a-z])i (?=[a-z]{2,}ing(?![a-z]))")
_HAWAIIAN_WHERE = re.compile(r"(?<![a-z])where (?:is|stay)(?= now| at|$)")
_HAWAIIAN_DO = re.compile(r"(?<![a-z])(how|what|where|when) (i|we|she|he|they) (?=(?:" + _HAWAIIAN_VERBS
                          + r")(?![a-z]))")


def read_hawaiian(normalized: str) -> str:
    """`normalized` with HAWAIIAN_WORDS read as English and its constructions read (see above), when it has at least
    HAWAIIAN_MARKERS_MIN distinct Hawaiian Pidgin markers; the same text otherwise."""
    markers = len(set(_HAWAIIAN_GATE.findall(normalized)))
    if markers < HAWAIIAN_MARKERS_MIN and not (markers and _HAWAIIAN_WEAK.search(normalized)):
        return normalized
    read = _HAWAIIAN_IT.sub("it", _HAWAIIAN_TO.sub("to ", normalized))
    read = _HAWAIIAN_PAST_VERB.sub(lambda found: _HAWAIIAN_PAST_FORMS[found.group(1)], read)
    read = _HAWAIIAN_WANT.sub(r"\1 want to ", _HAWAIIAN_PAST.sub("", read))
    read = _HAWAIIAN_AM.sub("i am ", _HAWAIIAN_CAN_YOU.sub(lambda found: "can you " if found.group(1) else "can i ",
                                                             read))
    read = _HAWAIIAN_LIVE.sub(r"\1 live in ", read)
    read = _HAWAIIAN_STAY.sub("is", _HAWAIIAN_SIDE.sub("", read))
    read = _HAWAIIAN_A.sub("a ", _HAWAIIAN_THERE.sub(lambda found: "is there a " if found.group(1) else "is there ",
                                                     read))
    read = _HAWAIIAN.sub(lambda found: f" {_HAWAIIAN_TABLE[found.group(0)]} ", read)
    read = " ".join(_HAWAIIAN_FILLER.sub(" ", read).split())
    read = _HAWAIIAN_WHERE.sub("where is it", read)
    return _HAWAIIAN_DO.sub(r"\1 do \2 ", _HAWAIIAN_CAN.sub("can i", read))


# Seventy-second round (blind29, probe55): Jamaican and Caribbean followers write patois, English content words
# inside its own pronouns, prepositions and verbs ("weh mi order deh", "unu can sen it fi mi inna Barbados", "mi
# haffi pay duty pon it", "mi nuh waan di order again"): unknown to the FAQ, each weighed like its rarest word, and
# nearly every such message fell under the answer line. Read as TAGALOG_WORDS and PIDGIN_WORDS are, only in a message
# with at least PATOIS_MARKERS_MIN distinct markers of which one is PATOIS_MARKERS' own (none an English word): "mi",
# "di", "sen" and "ting" also count, but never alone (Spanish and Italian write "mi" and "di"; "wi fi" is no "fi").
PATOIS_MARKERS = ("unu|inna|waan|likkle|nuh|pon|haffi|cyaan|kyaan|caan|deh|wah|weh|seh|gwaan|tek|neva|nuff|wid|afta|"
                  "ova|anyting|someting|sumting|nutten|nuttin|everyting|bredda|bredren|sistren|mawnin|madda|mudda|fren|"
                  "frens|pickney|bruk|yuh|dem|dis|dat|(?<!wi )(?<!hi )(?<!sci )fi")
PATOIS_WEAK_MARKERS = "mi|di|sen|ting|tings|gi|mek"
PATOIS_MARKERS_MIN = 2
PATOIS_WEAK_MIN = 3  # ... or three of any ("mi sen back di ting": Italian has "mi" and "di", never "sen" or "ting")
PATOIS_WORDS: tuple[tuple[str, str], ...] = (
    # the question words and what a question asks with
    ("wah time|wat time|wha time", "what time"), ("wah mek|wha mek|weh mek", "why"),
    ("wah a gwaan wid|wah gwaan wid", "what is happening with"), ("wah gwaan|wha gwaan|wa gwaan", "whats up"),
    ("yuhself|yuself|unuself|unu self", "yourself"),
    ("wah fi mi|wah mi fi|wat fi mi", "what should i"), ("wah fi", "what to"), ("wah|wha|wat", "what"),
    ("weh|wey|whe", "where"), ("how mi can|how mi cyaan", "how can i"),
    ("how mi fi|how fi|how mi", "how do i"), ("mi fi", "i should"), ("mi nuh|mi nah", "i dont"), ("mi deh", "i am"),
    ("mi a go", "i will"), ("a go", "going to"), ("mi did", "i"), ("nobody nuh|nobody neva", "nobody"),
    ("how much day|how much days|how much week|how much weeks", "how many days"),
    ("unu a hire|unu a hiring|unu hiring", "are you hiring"), ("unu can|yuh can", "can you"),
    ("a di real ting|a di real one", "is the real thing"),
    ("it nuh reach|nuh reach yet|nuh reach|neva reach|it neva reach|it neva come|nuh come yet", "not arrived"),
    ("a only", "only"), ("one a unu|one a yuh", "one of your"),
    # pronouns, prepositions and verbs
    ("unu|yuh|yu", "you"), ("inna|ina", "in"), ("pon|apon", "on"), ("wid|wit", "with"), ("bout", "about"),
    ("afta", "after"), ("ova", "over"), ("waan|wan", "want"), ("sen", "send"), ("tek", "take"), ("gi", "give"),
    ("mek", "make"), ("haffi|hafi|affi", "have to"), ("cyaan|kyaan|caan|cyan|cya", "cant"), ("neva", "never"),
    ("nuh", "not"), ("dis", "this"), ("dat", "that"), ("di", "the"), ("seh", "that"), ("tun", "turn"),
    ("likkle|lickle|likle", "little"), ("ting", "thing"), ("tings", "things"), ("nuff", "lots of"),
    ("anyting", "anything"), ("someting|sumting", "something"), ("nutten|nuttin|notting", "nothing"),
    ("everyting", "everything"), ("dem", "them"), ("an", "and"), ("gwaan", "going on"),
    ("bruk|brok|mash up|mashup", "broken"), ("breed|a breed|breeding", "pregnant"),
    # people
    ("bredda|breda|bredren", "brother"), ("sista|sistah|sistren", "sister"), ("madda|mudda", "mother"),
    ("fadda|puppa", "father"), ("fren", "friend"), ("frens|fren dem", "friends"), ("pickney", "child"),
    ("mawnin|marnin", "morning"), ("merica|mereka", "america"),
)
# ... and the words that only say where or how it is (dropped): "deh" (there, is at), a closing "eeh", "yah"
PATOIS_FILLERS = "deh eeh yah soh"
# "fi" before a verb is "to" ("tek fi reach", "how long it tek fi come"), before anything else "for" (read after
# PATOIS_WORDS, so the verb is in English)
_PATOIS_FI_VERB = re.compile(r"(?<![a-z])fi (?=(?:go|come|reach|use|try|start|apply|work|pay|buy|get|send|make|take|"
                             r"become|join|wear|do|know|see|put|talk|chat|stop|open|wait|cancel|change|return|wrap|"
                             r"ship|swap|fix|find|track|have)(?![a-z]))")
_PATOIS_FI = re.compile(r"(?<![a-z])fi(?![a-z])")
# "mi apply" with the time gone by is "i applied", and "two week now" two weeks ago ("mi apply two week now an nobody
# nuh call mi back")
_PATOIS_APPLIED = re.compile(r"(?<![a-z])mi (?:did )?apply(?= (?:fi |for )?(?:[a-z]+ ){0,3}?(?:now|ago|since|last)"
                             r"(?![a-z]))")
_PATOIS_AGO = re.compile(r"(?<![a-z])(one|two|three|four|five|six|a|\d+) (day|week|month)s? now(?![a-z])")
# "deh" after a verb and what it sends is "there" ("unu can sen ting deh", "mi auntie live deh"); anywhere else
# (where something is, "weh mi order deh", "mi deh a Kingston") it says nothing the question needs, a filler
_PATOIS_THERE = re.compile(r"(?<![a-z])((?:sen|send|ship|live|lives|work|go|reach|deliver)(?: [a-z]+)?) deh(?![a-z])")
# "unu" asking with a verb is "do you" ("unu tek PayPal", "how much unu charge", "unu have store inna Toronto");
# "sen X go <place>" and "come a <place>" send and come to it
_PATOIS_DO_YOU = re.compile(r"(?<![a-z])(?:unu|yuh) (?=(?:have|av|tek|take|sell|ship|sen|send|test|gi|give|do|accept|"
                            r"charge|open|deliver|offer|wrap|carry|mek|make|know|work|need)(?![a-z]))")
_PATOIS_TO = re.compile(r"(?<![a-z])((?:sen|send|deliver|ship|mail|post)(?: [a-z]+)?) go (?=[a-z])"
                        r"|(?<![a-z])(come|reach|go|ship) a (?=[a-z])")
# "mi" (read last) is "i" before a verb ("mi waan", "mi can", "mi order di wrong ting"), "me" before nothing or a
# function word ("sen it fi mi", "call mi back"), and "my" before anything else ("mi order deh", "mi cousin")
_PATOIS_MI_I = re.compile(r"(?<![a-z])mi (?=(?:want|can|cant|have|never|not|dont|a|get|got|buy|bought|send|tell|told|"
                          r"apply|applied|av|know|put|just|pay|paid|use|used|need|move|moved|make|take|try|tried|see|"
                          r"live|go|come|would|will|should|for|to|still|only|no|love|like|hear|run|am|is|wear|work|"
                          r"press|open|opened|cancel|change|return|track|find|check|wait|receive|start|call|read|speak|"
                          r"talk|chat|ask|lose|lost|reach|join|save|spend|ship|pregnant|allergic|order (?:the|a|one|"
                          r"two|three|it|some|from|this|an|yesterday|last|today))(?![a-z]))")
_PATOIS_MI_ME = re.compile(r"(?<![a-z])mi(?= (?:back|in|a|the|them|and|on|for|to|out|up|too|now|please|some|one|it|"
                           r"anything|something|what)(?![a-z])|$)")
_PATOIS_MI = re.compile(r"(?<![a-z])mi(?![a-z])")
_PATOIS_GATE = re.compile(r"(?<![a-z])(?:" + PATOIS_MARKERS + r")(?![a-z])")
_PATOIS_WEAK = re.compile(r"(?<![a-z])(?:" + PATOIS_MARKERS + "|" + PATOIS_WEAK_MARKERS + r")(?![a-z])")
_PATOIS, _PATOIS_TABLE, _PATOIS_FILLER = _reader(PATOIS_WORDS, PATOIS_FILLERS)


def read_patois(normalized: str) -> str:
    """`normalized` with PATOIS_WORDS read as English and PATOIS_FILLERS dropped, when it has PATOIS_MARKERS_MIN
    distinct markers, one of them PATOIS_MARKERS' own; the same text otherwise."""
    markers = len(set(_PATOIS_WEAK.findall(normalized)))
    if markers < PATOIS_MARKERS_MIN or (markers < PATOIS_WEAK_MIN and not _PATOIS_GATE.search(normalized)):
        return normalized
    read = _PATOIS_AGO.sub(r"\1 \2s ago", _PATOIS_APPLIED.sub("i applied", normalized))
    read = _PATOIS_TO.sub(lambda found: f"{found.group(1) or found.group(2)} to ", _PATOIS_THERE.sub(r"\1 there", read))
    read = _PATOIS.sub(lambda found: f" {_PATOIS_TABLE[found.group(0)]} ", _PATOIS_DO_YOU.sub("do you ", read))
    read = " ".join(_PATOIS_FILLER.sub(" ", read).split())
    read = _PATOIS_FI.sub("for", _PATOIS_FI_VERB.sub("to ", read))
    return _PATOIS_MI.sub("my", _PATOIS_MI_ME.sub("me", _PATOIS_MI_I.sub("i ", read)))


# US Southern English (blind29, probe55): "y'all" (read as "you" already), "fixin' to", "ain't", "'em", "sendin'"
# with its g dropped, "my mama's", "my kin", "ya hear". Read, as the languages above, only in a message with one of
# SOUTHERN_MARKERS (none an everyday English word of another sense): the g put back on a word in "-in" that is an
# English word with it ("sendin", "gettin", "somethin", "hirin"; not "cousin", "begin", "within", "thin"), and a
# shipment sent "down to" or "up here to" a place sent to it.
SOUTHERN_MARKERS = ("yall|yalls|fixin|fixing to|aint|howdy|reckon|yonder|finna|ya hear|you hear|em|ol|purdy|plumb"
                    # eighty-eighth round (blind37, probe71): the North-East's and Newfoundland's own, whose g's drop
                    # as the South's do ("I'm gettin nebby", "is ye hirin", "me mudder's after movin")
                    "|yinz|youse|yous|ye|nebby|jawn|jawns|nat")
SOUTHERN_WORDS: tuple[tuple[str, str], ...] = (
    ("fixin to|fixing to|finna|fixin ta", "going to"), ("aint", "not"), ("em", "them"), ("ol", "old"),
    ("mama|mamas|momma|mommas", "mom"), ("kin|kinfolk|kinfolks", "family"), ("purdy", "pretty"),
    ("plumb", "very"), ("reckon", "think"), ("yonder", "there"), ("howdy", "hello"), ("yalls", "your"),
    ("a lotta|alotta", "a lot of"), ("lotta", "lots of"),
    # eighty-eighth round (blind37, probe71): Pittsburgh's, Philadelphia's and Newfoundland's you, read before
    # READINGS_EN so that its constructions meet "you" ("do ye send stuff out to ...")
    ("yinz|youse|yous|ye", "you"),
)
SOUTHERN_FILLERS = "ya hear|you hear|now ya hear|ya know"
_SOUTHERN_GATE = re.compile(r"(?<![a-z])(?:" + SOUTHERN_MARKERS + r")(?![a-z])")
_SOUTHERN, _SOUTHERN_TABLE, _ = _reader(SOUTHERN_WORDS, "")
_SOUTHERN_FILLER = re.compile(r"(?<![a-z])(?:" + SOUTHERN_FILLERS + r")(?![a-z])")
_DROPPED_G = re.compile(r"(?<![a-z])[a-z]{2,}in(?![a-z])")
# ... the words in "-in" that are words of their own beside their "-ing" (words_en has the dropped forms too:
# "gettin", "somethin")
_G_KEPT = frozenset(("thin", "chin", "skin", "basin", "raisin", "aspirin", "rankin", "turin", "dustin", "actin"))
# "y'all" asking with a verb is "do you" ("y'all ship down to Alabama?", "y'all take PayPal?"); "ain't" before a
# participle "haven't" or "hasn't" ("if I ain't opened it", "my package ain't showed up"), before anything else "not"
_SOUTHERN_DO_YOU = re.compile(r"(?<![a-z])(?<!do )(?<!can )(?<!will )(?<!could )(?<!would )(?<!did )(?<!if )(?<!that )"
                              r"(?<!when )(?<!where )(?<!are )yall (?=(?:ship|take|sell|deliver|accept|carry|offer|"
                              r"open|do|mail|post|send|test|give|wrap|ever|have(?! an? (?:good|great|nice|lovely|"
                              r"blessed|wonderful|happy|safe|merry)))(?![a-z]))")
_SOUTHERN_HAVE_NOT = re.compile(r"(?<![a-z])(?:(i|we|you|they|yall) )?aint (?=(?:even |yet |ever |never )?"
                                r"(?:showed|shown|come|came|arrived|got|gotten|been|heard|received|opened|used|seen|"
                                r"shipped|sent|tried|had|done)(?![a-z]))")
_SHIPPED_DOWN = re.compile(r"(?<![a-z])(ship|send|deliver|mail|post|get|come|make it) (?:down|up|over|out)"
                           r"(?: here| there)? (?=to )")


def read_southern(normalized: str) -> str:
    """`normalized` with SOUTHERN_WORDS read as plain English, SOUTHERN_FILLERS dropped and dropped g's put back,
    when it has one of SOUTHERN_MARKERS; the same text otherwise."""
    if not _SOUTHERN_GATE.search(normalized):
        return normalized
    english = common_words()
    read = _DROPPED_G.sub(lambda found: found.group(0) + "g" if found.group(0) not in _G_KEPT
                          and found.group(0) + "g" in english else found.group(0),
                          _SOUTHERN_FILLER.sub(" ", normalized))
    read = _SOUTHERN_HAVE_NOT.sub(lambda found: f"{found.group(1)} havent " if found.group(1) else "hasnt ",
                                  _SOUTHERN_DO_YOU.sub("do yall ", _SHIPPED_DOWN.sub(r"\1 ", read)))
    read = _SOUTHERN.sub(lambda found: f" {_SOUTHERN_TABLE[found.group(0)]} ", read)
    return " ".join(read.split())


# Seventy-fifth round (blind30, probe58): Hong Kong's Kongish, Cantonese written in Latin letters inside a Chinese
# message ("hi ng goi, 我喺香港住, u guys deliver to HK ma?", "個 promo code 用唔到 wor, 點解 ar?", "未開過 ge, can
# 退貨 ma?"): ng goi / m goi (please, thanks) asks nothing, a clause's final particle (ma, ar, la, lor, wor, ga: 吗,
# 啊...) says no more than its mark, ge is 嘅 (的), hk is Hong Kong. Only in a message with Chinese characters, and
# the particles only at a clause's end (before the end or a Chinese word): English alone reads as before.
_KONGISH_THANKS = re.compile(r"(?<![a-z])(?:ng|m) ?goi(?: sai)?(?![a-z])")
_KONGISH_PARTICLE = re.compile(rf"(?<=[a-z{CJK_RANGES}]) (?:ma|ar|aa|la|lor|wor|wo|ga|gaa|ge|lu|le)"
                               rf"(?= [{CJK_RANGES}]|$)")
_KONGISH_WORDS = re.compile(r"(?<![a-z])(?:ge|hk)(?![a-z])")


def read_kongish(normalized: str) -> str:
    """`normalized` with Kongish's Latin particles and words read (see above) when it has Chinese characters."""
    if not has_cjk(normalized) or not _KONGISH_GATE.search(normalized):
        return normalized
    read = _KONGISH_PARTICLE.sub("", _KONGISH_THANKS.sub(" ", normalized))
    read = _KONGISH_WORDS.sub(lambda m: "的" if m.group(0) == "ge" else "香港", read)
    return " ".join(read.split())


_KONGISH_GATE = re.compile(r"(?<![a-z])(?:(?:ng|m) ?goi|ma|ar|aa|la|lor|wor|wo|ga|gaa|ge|lu|le|hk)(?![a-z])")


@lru_cache(maxsize=4096)  # the FAQ handler's canonical form and the matcher's speller read the same message (stop 33)
def read_dialect(normalized: str) -> str:
    """Cantonese words as the Mandarin ones a FAQ is written in (DIALECT), in `normalize`'s output, and
    a lone 退 as 退货. Remembered: a pure function of the text, read two or three times per message."""
    normalized = read_minnan(read_foreign(read_romance(read_southern(read_patois(read_hawaiian(read_pidgin(
        read_taglish(read_indonesian(read_classical(read_kongish(normalized)))))))))))
    for gate, pattern, reading in _READINGS_YUE:
        if not gate.isdisjoint(normalized):
            normalized = pattern.sub(reading, normalized)
    read = _LONE_RETURN.sub("退货", _DIALECT.sub(lambda m: _DIALECT_TABLE[m.group(0)], normalized))
    for gate, pattern, reading in _READINGS_ZH:
        if not gate.isdisjoint(read):
            read = pattern.sub(reading, read)
    return read


def _needles(words: Iterable[str]) -> tuple[str, ...]:
    """What to look for in " <message> ": a Chinese word anywhere, a Latin one as whole words. Built once:
    deciding per call which is which cost ~0.03 ms a message (bench/webhook_cpu.py --faq)."""
    return tuple(w if has_cjk(w) else f" {w} " for w in words)


_SPAM_STRONG_NEEDLES = _needles(_SPAM_STRONG)
_SPAM_WEAK_NEEDLES = _needles(_SPAM_WEAK)


# Eighty-fourth round (blind35, probe67): a product line and a day spa are no LINE id nor pay "a day" ("a client runs a
# day spa and asked how she'd go about carrying your line" was two weak markers, an advertisement)
_NOT_SPAM = re.compile(r" day(?= spas? )"
                       r"| (?:your|ur|the|this|that|whole|full|entire|product|skincare|skin care) line(?= )")


def looks_like_spam(normalized: str) -> bool:
    """An advertisement rather than a question (see SPAM_STRONG): `normalized` is `normalize`'s output."""
    padded = _NOT_SPAM.sub(" ", f" {normalized} ")
    if any(needle in padded for needle in _SPAM_STRONG_NEEDLES):
        return True
    if _SPAM_SALE.search(normalized):
        return True
    weak = sum(1 for needle in _SPAM_WEAK_NEEDLES if needle in padded)
    return weak >= 2 or (weak == 1 and _SPAM_PAY.search(normalized) is not None)


# Accounts offered for sale ("selling verified wechat accounts", "出售微信号", "老号出售"): an advertisement
# (twenty-fourth round: blind18's was promo-code's, on "discount"). A follower asks about their own account ("my
# account"), never sells a plural of them or a WeChat id.
_SPAM_SALE = re.compile(r"\b(?:selling|sell|buy|buying)(?: [a-z]+){0,3} accounts\b|\baccounts for sale\b"
                        # forty-fifth round: followers, likes or views bought ("buy 10k real ig followers cheap"); a
                        # follower's own ("ive got 40k followers") is not
                        r"|\b(?:selling|sell|buy|buying|cheap)(?: [a-z0-9]+){0,3} "
                        r"(?:followers|likes|views|subscribers)\b"
                        r"|(?:出售|收购)(?:微信|wx|vx|老|实名)?(?:号|账号)|(?:微信号|老号)(?:出售|转让|低价)")


# Followers, likes or views sold in Chinese ("出售小红书粉丝 1000粉30元", "抖音粉丝 小红书点赞 低价出售"), and
# counterfeits offered for sale ("高仿大牌护肤品批发，一件代发", "A货 包包 鞋子 批发 微信同号"): an advertisement
# however much it shares the wholesale entry's words, so it is read before the FAQ answers (`sells_fakes_or_fans`,
# fifty-sixth round: blind21's and blind25's got the wholesale answer). A follower asking whether something is a fake
# ("淘宝上的是不是高仿") sells nothing.
# (ninety-second and ninety-third rounds, blind39: Taiwan's 代購粉絲、按讚 and its price per thousand,
# "一千個讚只要一百元")
_FANS_SOLD = re.compile(r"(?:出售|卖|收购|代刷|刷|代购|代买)[^\s,，。]{0,6}?(?:粉丝|点赞|按赞|播放量|浏览量|关注)"
                        r"|(?:粉丝|点赞|按赞|播放量)[^\s,，。]{0,8}?(?:出售|低价|便宜出|批发|代刷)"
                        # bought for you, or by the thousand at a price
                        r"|代购(?:粉丝|点赞|按赞)|[0-9一二三四五六七八九十百千万]+ ?个?(?:赞|粉|粉丝)[^\s,，。]{0,2}?"
                        r"(?:只要|仅要|仅需|只需|才|[0-9一二三四五六七八九十百千]+ ?(?:元|块|蚊))")
_FAKES_SOLD = re.compile(r"(?:高仿|原单|a货|复刻|精仿|仿牌|莆田)[^,，。]{0,12}?"
                         r"(?:批发|一件代发|代发|货源|厂家|招代理|微信同号|加v|加微|出售|低价)"
                         r"|(?:批发|一件代发|货源|厂家直供|出售)[^,，。]{0,12}?(?:高仿|原单|a货|复刻|精仿|仿牌)")


def sells_fakes_or_fans(normalized: str) -> bool:
    """Whether `normalized` offers followers, accounts or counterfeits for sale (_SPAM_SALE, _FANS_SOLD, _FAKES_SOLD):
    an advertisement even where the FAQ would answer it."""
    return any(p.search(normalized) for p in (_SPAM_SALE, _FANS_SOLD, _FAKES_SOLD))


# Pay as an advertisement states it: an amount per period ("500 a week", "300 per day", "日结200") or earning an
# amount ("make 500", "earn 300"): one weak marker with it is spam ("make $500 a week from home"), alone it is
# not (a follower may well write "2 items a week").
_SPAM_PAY = re.compile(r"\b\d{2,}\s*(?:a|per|every|an)\s*(?:day|week|hour|month)\b"
                       r"|\b(?:make|earn|making|earning)\s+\d{2,}|(?:日结|日赚|月入|每天|一天|每小时|时薪)\s*\d{2,}")


# Thanks as followers write it: a message of courtesies only (no question left) that thanks gets "you're
# welcome", not the hello ("ok thanks" answered "Hi, just ask me a question" reads like the bot did not listen).
THANKS = ("谢谢", "多谢", "感谢", "感恩", "谢啦", "谢了", "谢咯", "唔该", "thank", "thanks", "thankyou", "thanku",
          "thx", "ty", "tysm", "tks", "appreciate", "appreciated", "cheers")
# Chat initials of pinyin (kd for kuai di, 快递) a follower without a Chinese keyboard types for the words of a shop,
# read as the word when they stand alone (`bot.content.pinyin_input`). Only initials that are no English word or
# abbreviation a message of ours would hold ("by", "ok", "us", "th" are left out).
PINYIN_INITIALS: tuple[tuple[str, str], ...] = (
    ("kd", "快递"), ("zfb", "支付宝"), ("wx", "微信"), ("vx", "微信"), ("kf", "客服"), ("yf", "运费"), ("tk", "退款"),
    ("yhq", "优惠券"), ("yhm", "优惠码"), ("jf", "积分"), ("dz", "地址"), ("ddh", "订单号"), ("kdh", "快递单号"))
_THANKS_NEEDLES = _needles(tuple(normalize(w) for w in THANKS))
_FAREWELL_NEEDLES = _needles(tuple(normalize(w) for w in FAREWELLS))


_ASKS_IF_BOT = frozenset(normalize(w) for w in ASKS_IF_BOT)


def asks_if_bot(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output), as a whole, asks who or what the bot is (ASKS_IF_BOT)."""
    return normalized in _ASKS_IF_BOT


_ASKS_ABOUT_US = frozenset(normalize(w).replace(" ", "") for w in ASKS_ABOUT_US)


def asks_about_us(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output, the brand's name in it written BRAND_WORD), as a whole, asks what
    the brand or the account is (ASKS_ABOUT_US). Spaces do not count: "露米 是啥" asks as "露米是啥" does."""
    return normalized.replace(" ", "") in _ASKS_ABOUT_US


# A hello from where one is, and nothing else ("good night from Brisbane!", "hello from snowy calgary", "morning all
# from rainy vancouver"): small talk. The place was read as a shipping destination, the night as business hours.
# At most three words after "from", so "hi from toronto, do you ship here" is still a question.
_GREETING_FROM = re.compile(
    r"(?:hi|hello|hey|hiya|howdy|greetings|morning|evening|gm|gn|good (?:morning|afternoon|evening|night|day))"
    r"(?: (?:all|everyone|everybody|guys|friends|folks|team|lumi|y all|yall))?"
    r" from(?: [a-z0-9\u4e00-\u9fff]+){1,3}")


# Small talk asked of the group ("finally friday, anyone doing anything fun this weekend?" got business-hours on its
# weekend): plans asked of anyone, a weekend or a holiday cheered, with nothing of ours asked. Fifty-third round.
_CHIT_CHAT = re.compile(
    r"(?:^| )(?:anyone|anybody|any of you|who s|whos|what s everyone|whats everyone|what is everyone) (?:else )?"
    r"(?:doing|up to|got plans|have plans|going out)(?: anything)?(?: fun| special| nice)?"
    r"(?: (?:this|for the|over the|on the) (?:weekend|long weekend|holidays?|break|new year|christmas))?$"
    r"|^(?:finally friday|tgif|happy friday|happy weekend|happy monday)(?: (?:everyone|all|guys|friends))?$")


# Ninety-second round (blind33 "Please it's cold oo, this Canadian winter is not for me at all", probe71
# "莫斯科今天零下二十度", probe75): weather talk that asks nothing got winter-dry-skin, whose words (cold, winter,
# 零下) it shares. A remark of the weather (_WEATHER) with no question in it (_ASKS), nothing of skin, body or care
# and nothing of ours (_NOT_WEATHER_TALK: "零下二十度 嘴唇干裂", "it's so cold, will my parcel be ok" stay
# questions), and short.
_WEATHER = re.compile(
    r"(?<![a-z0-9])(?:cold|colder|coldest|freezing|frozen|chilly|snow|snowing|snowed|snowstorm|blizzard|winter|"
    r"winters|minus [0-9]+|below zero|heat ?wave|scorching|sweltering|humid|humidity|raining|rainy|weather|windchill|"
    r"wind chill|brr+)(?![a-z0-9])"
    r"|好冷|太冷|冷死|冷到|冷得|冻死|冻到|下雪|大雪|暴雪|零下|降温|寒流|寒潮|冷空气|好热|太热|热死|高温|天气|冬天|下雨")
_NOT_WEATHER_TALK = re.compile(
    r"(?<![a-z])(?:skin|face|faces|cheeks?|lips?|hands?|nose|body|dry|drier|dryness|flak[a-z]*|itch[a-z]*|"
    r"crack[a-z]*|chap[a-z]*|tight|peel[a-z]*|red|redness|rash|sting[a-z]*|eczema|routine|skincare|cream|creams|"
    r"moistu?ri[sz][a-z]*|lotion|balm|serum|sunscreen|spf|product|products|use|using|tips?|advice|recommend[a-z]*|"
    r"ship|shipping|shipped|deliver[a-z]*|order|orders|parcel|parcels|package|packages|store|shop|open|closed|hours|"
    r"buy|price|job|jobs|work|hiring|code|codes|cart|checkout|discount|promo|sale|points|member|membership|you|your|"
    r"u|ur|lumi)(?![a-z])"
    r"|皮肤|脸|块面|唇|嘴|手|干|痒|裂|起皮|脱皮|紧绷|红|护肤|保湿|霜|乳|精华|防晒|用|推荐|寄|快递|发货|包裹|订单|店|开门"
    r"|营业|买|价|工作|招|你们|你哋|露米|您")
_ASKS = re.compile(r"(?<![a-z])(?:how|what|whats|which|why|when|where|should|can|could|would|will|any|anyone|"
                   r"is it|is there|are there|does|do)(?![a-z])|^(?:is|are)(?![a-z])"
                   r"|吗|怎么|什么|啥|哪|如何|咋|能不能|可以|有没有|呢|嘛|咩|点算|点样|几|么")
WEATHER_TALK_MAX = 80  # characters: a remark, not a story told around a question


def weather_talk(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output) only remarks on the weather (_WEATHER), asking nothing (_ASKS) of
    skin, care or us (_NOT_WEATHER_TALK)."""
    return len(normalized) <= WEATHER_TALK_MAX and _WEATHER.search(normalized) is not None \
        and _ASKS.search(normalized) is None and _NOT_WEATHER_TALK.search(normalized) is None


def chit_chat(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output) is small talk asked of the group, each clause (_CHIT_CHAT), or
    weather talk (`weather_talk`)."""
    if weather_talk(normalized):
        return True
    clauses = [c for c in re.split(r"(?<=[a-z]) (?=(?:anyone|anybody|any of you|whats everyone)\b)", normalized)]
    return all(_CHIT_CHAT.search(c.strip()) for c in clauses) if clauses else False


def greets_from_somewhere(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output) is only a hello from a place (_GREETING_FROM)."""
    return _GREETING_FROM.fullmatch(normalized) is not None


def says_thanks(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output) thanks someone."""
    return _holds_any(normalized, _THANKS_NEEDLES)


def says_goodbye(normalized: str) -> bool:
    """Whether `normalized` (`normalize`'s output) takes leave ("bye", "晚安", "先咁啦"); asked of small talk only."""
    return _holds_any(normalized, _FAREWELL_NEEDLES)


def _holds_any(normalized: str, needles: tuple[str, ...]) -> bool:
    """Whether `normalized` holds one of `needles` (`_needles`: Chinese anywhere, Latin as whole words)."""
    padded = f" {normalized} "
    return any(needle in padded for needle in needles)


@lru_cache(maxsize=1 << 16)
def _bigram_weight(bigram: str) -> float:
    if bigram in STOP_BIGRAMS_ZH or bigram[0] in PARTICLES_ZH or bigram[1] in PARTICLES_ZH:
        return STOPWORD_WEIGHT
    weight = 1.0
    for char in bigram:
        if char in WEAK_ZH:
            weight *= WEAK_CHAR_FACTOR
    return weight


def _char_weight(char: str) -> float:
    return CJK_UNIGRAM_WEIGHT * (STOPWORD_WEIGHT if char in PARTICLES_ZH or char in WEAK_ZH else 1.0)


def text_units(text: str, canonicals: frozenset[str]) -> dict[str, float]:
    """Canonical text -> {unit: type weight}, what scoring compares: CJK bigrams and unigrams,
    whole words, and synonym canonicals (full weight, whatever their characters)."""
    out: dict[str, float] = {}
    get = out.get
    for token in text.split():
        if token in canonicals:
            # a group of function words ("you"/"u", 什么/啥, 可以/能不能) is still a function word
            out[token] = STOPWORD_WEIGHT if token in STOPWORDS_EN or token in STOP_BIGRAMS_ZH else 1.0
        for segment in _CJK_RUN_RE.findall(token):
            if not has_cjk(segment[0]):
                weight = STOPWORD_WEIGHT if segment in STOPWORDS_EN else 1.0
                if weight > get(segment, 0.0):
                    out[segment] = weight
                continue
            last = len(segment) - 1
            for i, char in enumerate(segment):
                weight = _char_weight(char)
                if weight > get(char, 0.0):
                    out[char] = weight
                if i < last:
                    bigram = segment[i:i + 2]
                    weight = _bigram_weight(bigram)
                    if weight > get(bigram, 0.0):
                        out[bigram] = weight
            if not last and segment not in PARTICLES_ZH and segment not in WEAK_ZH:
                out[segment] = max(get(segment, 0.0), 0.6)  # a lone character between Latin words
    return out


def typo_grams(units: Iterable[str]) -> set[str]:
    """Character trigrams of the Latin words among `units`: they find candidates despite typos."""
    grams: set[str] = set()
    for unit in units:
        if is_typo_word(unit):
            padded = f"<{unit}>"
            grams.update("#" + padded[i:i + 3] for i in range(len(padded) - 2))
    return grams


@lru_cache(maxsize=1 << 16)
def is_typo_word(unit: str) -> bool:
    """A Latin word long enough, and meaningful enough, to be matched despite a typo."""
    return len(unit) >= TYPO_WORD_MIN_LEN and unit.isascii() and unit.isalpha() and unit not in STOPWORDS_EN


def core_text(text: str, canonicals: frozenset[str]) -> str:
    """Canonical text without stopwords, particles and function bigrams: what `similarity`
    compares, so 'can I' and '请问' do not make two unrelated questions look alike."""
    words = []
    for word in text.split():
        if word in canonicals:
            words.append(word)
        elif has_cjk(word):
            for stop in STOP_BIGRAMS_ZH:
                word = word.replace(stop, "")
            word = "".join(ch for ch in word if ch not in PARTICLES_ZH and ch not in "我你您")
            if word:
                words.append(word)
        elif word not in STOPWORDS_EN:
            words.append(word)
    return " ".join(words)



# Sixty-second round (probe45): an emoji written for a word the FAQ asks with ("📦 still not here, where is it", "do u
# ship to 🇦🇺?", "can i pay with 🍎 pay", "do you test on 🐰?"): read as that word, as a space before and after. Only
# emoji that name a thing of the shop's matters; a mood's (😭, 🙏, ☀️) says no word, as before. A flag is its country.
EMOJI_WORDS = {"📦": "package", "🚚": "delivery", "🎂": "birthday", "🎁": "gift", "🐰": "animals", "🐇": "animals",
               "🐭": "animals", "🐁": "animals", "🍎": "apple", "💳": "card", "🧾": "receipt"}
_FLAGS = {"AU": "australia", "NZ": "new zealand", "CA": "canada", "US": "usa", "CN": "china", "HK": "hong kong",
          "TW": "taiwan", "GB": "uk", "SG": "singapore", "JP": "japan", "MY": "malaysia", "IE": "ireland",
          "ZA": "south africa", "IN": "india", "KR": "korea", "MO": "macau", "FR": "france", "DE": "germany"}
_EMOJI_TABLE = {ord(emoji): f" {word} " for emoji, word in EMOJI_WORDS.items()}
_FLAG_RE = re.compile("|".join("".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code) for code in _FLAGS))
_FLAG_WORDS = {"".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code): f" {name} " for code, name in _FLAGS.items()}
_EMOJI_GATE = re.compile("[" + "".join(EMOJI_WORDS) + "\U0001F1E6-\U0001F1FF]")


def read_emoji(text: str) -> str:
    """`text` with EMOJI_WORDS' emoji and _FLAGS' flags as their English words; the same text (one scan) without any,
    or with Chinese ("沒拆📦" is no English message)."""
    if text.isascii() or _EMOJI_GATE.search(text) is None or has_cjk(text):
        return text
    return _FLAG_RE.sub(lambda found: _FLAG_WORDS[found.group()], text).translate(_EMOJI_TABLE)
