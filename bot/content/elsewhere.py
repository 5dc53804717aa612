"""Questions about another business: "Is Lululemon hiring?", "淘宝的退货运费险怎么买", "does cerave go on before
sunscreen". Pure, no IO.

Why (issue 10 #8): every held-out FAQ set had near questions that name another company, its app or its product,
and the matcher answered them with the entry whose words they share: Canada Post's Sunday deliveries got our
shipping destinations, Shoppers Optimum points our points, Lululemon's hiring our part-time jobs, Air Canada's
baggage fee our shipping cost. Of the no-answer messages answered on the development sets, about half were these.
A word list cannot tell "X's points" from "our points" (docs/faq.md, eleventh round: the names as off-topic words
vetoed "can i use your toner with the ordinary niacinamide?"); what tells them apart is whom the message is
addressed to. So a message is about another business only when it names one (OTHER_BUSINESSES, folded like every
message) and says nothing that points at us: you / your / 你们 / the brand's own name / this product / my order
(ADDRESSED). "i bought it at watsons, can i return it to you?" still gets the return policy.

A name the brand's own content uses outside its FAQ (the platforms its channels come from, a company its jobs are
at) is the brand's business too and is never counted: `OtherBusinesses.for_content` drops every name found in
any text of the content but the FAQ's. A name an FAQ entry uses is that entry's (below), not the brand's
everywhere: the authenticity entry's 淘宝 does not make 淘宝's refunds our refund entry's.
And an FAQ entry that itself speaks of other businesses or platforms (the
authenticity of what was bought on 淘宝 or Amazon, a creator's collaboration on 小红书) still answers a question
naming a business of the same kind (`spared`): "在闲鱼上收的面霜，怎么查是不是真货" is the authenticity entry's, a
marketplace as 淘宝 is; "can I pay my hydro bill with Alipay?" is not the payment entry's, which names a payment
card (八达通), not a utility.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from bot.content.lexicon import PLACES
from bot.content.words_en import common_words
from bot.text import longest_first, normalize

# Well-known businesses, apps and brands a diaspora follower in Canada, Australia, Hong Kong, Taiwan or China
# names in a question that is not about us, by kind (see `spared`). Written as people write them; folded by
# bot.text.normalize (case, width, traditional characters, punctuation). Left out: names that are everyday words
# too (Target, Bell, Boots, Metro, Fresh, Wish, Simple, Origins, Delta, Guardian, TD, RED, Scene, Winners, Staples,
# Outlook, "Shoppers" and "the Bay" alone), which would take questions about our own products or a word of the message.
OTHER_BUSINESSES: Mapping[str, tuple[str, ...]] = {
    "shop": (  # retailers, department stores, drugstores, marketplaces, their devices and loyalty programmes
        "shoppers drug mart", "london drugs", "rexall", "walmart", "costco", "homesense",
        "marshalls", "tj maxx", "hudsons bay", "sephora", "ulta", "nordstrom", "holt renfrew",
        "canadian tire", "loblaws", "no frills", "superstore", "save on foods", "safeway", "sobeys",
        "t t supermarket", "ikea", "best buy", "dollarama", "amazon", "ebay", "etsy", "temu", "shein",
        "aliexpress", "ali express", "uniqlo", "zara", "h m", "lululemon", "aritzia", "nike", "adidas", "apple store",
        "woolworths", "coles", "chemist warehouse", "priceline", "kmart",
        "big w", "myer", "david jones", "jb hi fi", "bunnings", "aldi", "watsons", "mannings", "pc optimum",
        "air miles", "aeroplan", "facebook marketplace", "amazon prime", "optimum points", "shoppers optimum",
        "淘宝", "天猫", "京东", "拼多多", "闲鱼", "唯品会", "亚马逊", "沃尔玛", "好市多", "开市客", "大统华", "屈臣氏",
        "丝芙兰", "万宁", "全联", "家乐福", "宜家", "优衣库", "苹果店", "苹果官网", "无印良品",
        # nineteenth round: the marketplaces and classifieds of Taiwan, Hong Kong, South-East Asia and Canada, and
        # China's other shopping apps (a coupon or a return there is theirs)
        "shopee", "lazada", "momo", "pchome", "carousell", "hktvmall", "kijiji", "craigslist", "虾皮", "露天拍卖",
        "博客来", "旋转拍卖", "得物", "苏宁", "当当", "抖音商城", "小象超市",
        # thirty-fourth round: the names Gen-Z writes half-hidden ("某宝买的口红退款一直不到")
        "某宝", "某猫", "某东", "某多多", "某夕夕", "某鱼",
        # thirty-sixth round: duty-free shops, at an airport or abroad ("韩国的免税店买的护肤品能退吗" was our return
        # policy's): what was bought there is theirs
        "免税店", "免税商店", "机场免税", "乐天免税", "新罗免税", "duty free shop", "duty free store", "dfs",
        # twenty-first round: a coffee chain's rewards ("do my tims rewards points go away")
        "tims", "tims rewards", "starbucks rewards", "scene+", "scene plus",
        # eighty-third round (blind32, probe66): a grocery store's or a supermarket's till, named by its kind ("My Visa
        # card was Declined at the Grocery store today... How do I get the Bank to fix it" got our payment methods)
        "grocery store", "the grocery", "supermarket", "gas station",
        # twenty-second round: a bookstore chain ("does indigo still do free gift wrapping for books")
        "indigo", "chapters indigo",
        # twenty-fifth round: Hong Kong's and Taiwan's supermarkets, drugstores and convenience stores (a
        # supermarket's points, a convenience store's parcel pick-up are theirs)
        "百佳", "惠康", "莎莎", "卓悦", "康是美", "宝雅", "7-11", "7-eleven", "seven eleven", "统一超商",
        "全家便利商店", "莱尔富", "ok超商", "parknshop", "wellcome", "sasa",
        # twenty-eighth round: the UK's, Ireland's, Europe's, Singapore's and Malaysia's shops ("what time does tesco
        # close on sunday", "my parcel from asos hasnt turned up" are theirs)
        "tesco", "sainsburys", "asda", "morrisons", "waitrose", "superdrug", "asos", "argos", "ocado", "john lewis",
        "primark", "boohoo", "selfridges", "harrods", "lookfantastic", "cult beauty", "dunnes", "penneys",
        "rossmann", "fairprice", "ntuc", "cold storage", "mydin", "aeon", "lotus s", "qoo10", "zalora",
        # thirty-second round: China's marketplaces as they are spelt in Latin letters ("taobao seller won't refund
        # me"), the beauty e-shops and meal-kit boxes diaspora followers order from
        "taobao", "tmall", "jd com", "jingdong", "pinduoduo", "xianyu", "vipshop", "dewu", "iherb", "yesstyle",
        "stylevana", "olive young", "hellofresh", "goodfood", "chefs plate", "marley spoon", "盒马",
        # thirty-fifth round: the marketplaces of Korea, Japan, Vietnam and Indonesia
        "coupang", "gmarket", "rakuten", "mercari", "tiki vn", "tokopedia",
        # seventy-ninth round (blind31, probe62): Europe's supermarkets and drugstores and their loyalty cards, as the
        # Chinese there name them ("Albert Heijn 的 bonus card 积分怎么兑换" got our points)
        "albert heijn", "lidl", "lidl plus", "carrefour", "kruidvat", "rewe", "edeka", "esselunga", "auchan",
        "monoprix", "jumbo supermarkt",
        # sixty-second round (probe45): South Africa's marketplaces, pharmacies and shops ("where's my Takealot order,
        # the courier never came" is theirs); not Clicks, Checkers or Game, everyday words too
        "takealot", "superbalist", "dis chem", "dischem", "pick n pay", "makro", "zando", "mr price", "bash com",
        # fifty-second round (probe35): the same as their Chinese write them, and Japan's drugstores ("日本药妆店买的
        # 化粧水开封了还能退吗"); fifty-third round (probe36): more of Korea's in Hangul and Chinese
        # ("쿠팡 로켓배송 包裹丢了 找谁赔")
        "쿠팡", "지마켓", "メルカリ", "药妆店", "ドラッグストア", "11번가", "酷澎", "乐天市场", "煤炉",
        # fifty-sixth round: Australia's supermarket and fast food as their shoppers call them ("what time does
        # Woolies in Chatswood shut")
        "woolies", "maccas", "mcdonalds", "麦当劳", "肯德基", "kfc",
        # eighty-first round (probe64): a grocer's points by their short name ("can I use my PC points on gas")
        "pc points", "pc express",
        # eighty-ninth round (blind37 "Wildberries上买的羽绒服不合适，怎么退货", probe72): the marketplaces of Russia,
        # Central and Eastern Europe, Turkey, India, Latin America, Africa, the Gulf and Oceania, and the second-hand
        # and fashion ones of Europe and North America (a return or a refund there is theirs)
        "wildberries", "ozon", "yandex market", "avito", "lamoda", "joom", "kaspi", "allegro", "zalando", "otto",
        "bol com", "cdiscount", "vinted", "leboncoin", "marktplaats", "gumtree", "depop", "poshmark", "stockx",
        "farfetch", "ssense", "trendyol", "hepsiburada", "flipkart", "myntra", "meesho", "mercado libre",
        "mercadolibre", "jumia", "noon com", "daraz", "bukalapak", "blibli", "trade me", "kogan", "the iconic",
        "wayfair", "野莓",
        # ninety-third round (blind39's sneakerheads): the sneaker resale sites (GOAT only as a site is named:
        # "the goat" is praise)
        "flight club", "kream", "grailed", "stadium goods", "goat app", "on goat", "from goat", "goat sent",
        "goat com",
        # hundred-and-eighteenth round (blind46 "Home Depot won't take back a breaker I opened", "Lowe's gave me store
        # credit instead of a refund", probe101): North America's and Australia's home-improvement, big-box and
        # department stores and drugstores, whose returns, rewards and refunds are theirs (not Gap, Marks, Michaels or
        # Spotlight, everyday words or names too); hundred-and-fifteenth (blind46's electricians, probe98, the same
        # two messages): the hardware chains of New Zealand and the UK too, Rona only as "at / from Rona" (bare "rona"
        # is Australian slang for Covid), not Ace alone
        "home depot", "lowes", "lowe s", "home hardware", "menards", "walgreens", "cvs", "cvs pharmacy",
        "extracare", "macys", "kohls", "kohls cash", "sams club", "petsmart", "petco", "bed bath beyond",
        "hobby lobby", "joann", "old navy", "giant tiger", "sport chek", "the brick", "officeworks",
        "harvey norman", "bcf", "rebel sport", "rona inc", "at rona", "from rona", "ace hardware", "true value",
        "mitre 10", "b q", "wickes", "screwfix", "toolstation", "harbor freight"),
    "device": (  # phones and computers: a payment entry naming Apple Pay on an iPhone does not make it about shops
        "iphone", "ipad", "macbook", "airpods", "samsung", "apple watch", "pixel phone",
        # thirty-second round: China's phone makers ("华为手机的发票丢了还能保修吗" is Huawei's warranty)
        "huawei", "xiaomi", "oneplus", "华为", "小米手机", "三星", "苹果手机"),
    "beauty": (  # skincare and make-up brands not ours, and their products' nicknames
        "cerave", "cetaphil", "la roche posay", "the ordinary", "neutrogena", "olay", "clinique", "estee lauder",
        "lancome", "shiseido", "sk ii", "sk2", "innisfree", "laneige", "sulwhasoo", "kiehls", "clarins", "dior",
        "chanel", "ysl", "drunk elephant", "paulas choice", "glossier", "aveeno", "vaseline", "nivea", "bioderma",
        "avene", "vichy", "eucerin", "cosrx", "some by mi", "tatcha", "dermalogica", "biore", "anessa", "curel",
        "hada labo", "mario badescu", "first aid beauty", "sunday riley", "skinceuticals", "murad", "proactiv",
        "differin", "aesop", "loreal", "maybelline", "garnier", "winona", "proya", "pechoin", "florasis",
        "perfect diary",
        "兰蔻", "雅诗兰黛", "资生堂", "娇韵诗", "科颜氏", "契尔氏", "倩碧", "欧莱雅", "玉兰油", "薇诺娜", "珀莱雅",
        "百雀羚", "自然堂", "花西子", "完美日记", "悦诗风吟", "兰芝", "雪花秀", "理肤泉", "适乐肤", "丝塔芙", "修丽可",
        "赫莲娜", "海蓝之谜", "娇兰", "香奈儿", "迪奥", "圣罗兰", "神仙水", "小棕瓶", "小黑瓶", "露得清", "妮维雅",
        "曼秀雷敦", "碧柔", "安耐晒", "珂润", "肌研", "芙丽芳丝",
        # fifty-third round (probe36: "雅漾的喷雾开封以后能用多久" got our shelf life): more brands' Chinese names
        "雅漾", "薇姿", "贝德玛", "优色林", "欧舒丹", "馥蕾诗", "黛珂", "雪肌精", "怡丽丝尔", "芳珂", "奥尔滨",
        "肌肤之钥", "城野医生", "伊丽莎白雅顿", "碧欧泉", "希思黎", "宝拉珍选", "郁美净"),
    "courier": (
        "fedex", "dhl", "purolator", "canpar", "usps", "royal mail", "yunexpress", "4px", "yanwen", "cainiao",
        "intelcom", "uniuni", "sendle", "startrack", "aramex",
        # twenty-eighth round: the UK's, Europe's, Singapore's and Malaysia's carriers
        "evri", "yodel", "parcelforce", "dpd", "an post", "singpost", "ninja van", "ninjavan", "poslaju", "pos laju",
        "gdex", "j t express", "deutsche post", "postnl", "la poste",
        # fifty-first round: Latin America's, Africa's and the Gulf's post and carriers ("frete do Correios demora
        # quanto" is theirs)
        "correios", "correo argentino", "correos de mexico", "estafeta", "serpost", "nipost", "gig logistics",
        "emirates post", "smsa", "jadlog", "servientrega",
        "中通", "圆通", "申通", "韵达", "极兔", "百世快递", "菜鸟", "集运",
        # nineteenth round: parcel lockers and pick-up points (a locker's expired code is the locker's; "我的包裹在
        # 快递柜" speaks of our parcel and is addressed)
        "快递柜", "丰巢", "驿站", "取件码", "parcel locker", "amazon locker",
        # twenty-seventh round: other places' national posts and Taiwan's couriers (中華郵政寄國際包裹到美國要多久
        # asks the post about its own parcel, and got our shipping times)
        "中华邮政", "香港邮政", "澳门邮政", "新加坡邮政", "日本邮政", "美国邮政", "英国皇家邮政", "chunghwa post",
        "hongkong post", "hong kong post", "singpost", "japan post", "黑猫宅急便", "新竹物流", "嘉里大荣",
        # thirty-second round: China's post, which the brand does not ship with ("how do i track a china post
        # parcel" is a parcel someone else sent)
        "china post", "中国邮政", "邮政小包",
        # thirty-fifth round: the Philippines', Thailand's and Vietnam's carriers and couriers
        "lbc express", "lalamove", "flash express", "kerry express", "viettel post",
        # sixty-second round (probe45): South Africa's couriers and pick-up points
        "the courier guy", "pargo", "paxi", "postnet", "sapo", "dsv", "fastway",
        # thirty-ninth round: Germany's, France's, Spain's, Italy's, Belgium's and Malaysia's other carriers
        # ("Hermes显示送达了 但是我根本没收到" is Hermes' delivery; our parcel named with 我的包裹 or 你们 stays ours)
        "hermes", "gls", "colissimo", "chronopost", "mondial relay", "correos", "seur", "poste italiane", "bpost",
        "j t", "citylink", "city link", "skynet",
        # fifty-second round (probe35): Japan's, Korea's and Quebec's carriers and posts ("佐川的快递一直没更新 怎么查",
        # "ヤマト的再配達怎么预约", "Postes Canada的comptoir几点关门")
        "ヤマト", "ヤマト运输", "佐川", "佐川急便", "宅急便", "邮便局", "우체국", "cj대한통운", "postes canada",
        # fifty-third round (probe36): the same in Latin letters and Chinese ("韩国CJ大韩通运的快递 显示配送中两天了"
        # got order-tracking), and Korea's others
        "yamato", "yamato transport", "sagawa", "日本邮便", "大韩通运", "cj大韩通运", "cj logistics", "韩进快递",
        "hanjin", "lotte global", "乐天快递", "대한통운", "한진택배", "로젠택배", "ゆうパック"),
    "travel": (  # airlines, travel, rides and food delivery
        "air canada", "westjet", "qantas", "virgin australia", "jetstar", "air china", "china eastern",
        "china southern", "cathay pacific", "hainan airlines", "emirates", "united airlines", "american airlines",
        "expedia", "booking com", "airbnb", "trip com", "ctrip", "uber", "lyft", "doordash", "skipthedishes",
        "skip the dishes", "uber eats", "menulog", "deliveroo", "fantuan",
        # thirty-fifth round: South-East Asia's and Korea's ride and food-delivery apps ("my grab food refund is not
        # yet received" got our refund time: "grab" alone is read as "get", so only its named services)
        "grab food", "grabfood", "grab car", "grabcar", "grab express", "grabexpress", "grabmart", "grab mart",
        "foodpanda", "gojek", "shopeefood", "shopee food", "baemin", "coupang eats",
        # forty-third round: hotel chains and Taiwan's airlines, whose members' birthday offers are theirs
        "marriott", "hilton", "hyatt", "ihg", "长荣航空", "长荣", "华航", "中华航空", "星宇航空",
        "加航", "加拿大航空", "国航", "东航", "南航", "国泰航空", "海航", "携程", "飞猪", "美团", "饿了么",
        # eightieth round (blind31, probe63): New Zealand's and Britain's airlines ("Air New Zealand lost my bag ...
        # how long do they take to pay out?" got our refund time)
        "air new zealand", "air nz", "british airways", "ryanair", "easyjet", "virgin atlantic",
        # eighty-first round (probe64): China's ride app, whose trips' invoices are its own
        "滴滴", "didi"),
    "money": (  # banks, payment apps and cards
        "rbc", "cibc", "bmo", "scotiabank", "hsbc", "desjardins", "tangerine", "wealthsimple", "td bank",
        "commbank", "commonwealth bank", "westpac", "bank of china", "venmo", "zelle", "klarna", "octopus card",
        "中国银行", "工商银行", "建设银行", "招商银行", "农业银行", "汇丰", "八达通",
        # twenty-first round: consumer credit in payment apps ("花呗的自动扣款怎么取消" is Alipay's, not our orders')
        "花呗", "借呗", "白条", "京东白条", "afterpay",
        # thirty-ninth round: China's banks as their customers shorten them ("工行跨行转账多久到账" got our refund
        # time), and the banks of Malaysia, Singapore and Europe
        "工行", "建行", "农行", "中行", "招行", "交行", "交通银行", "邮储", "邮政储蓄", "马银行", "大华银行",
        "华侨银行", "星展", "德意志银行", "maybank", "cimb", "public bank", "dbs", "ocbc", "uob", "posb", "sparkasse",
        "commerzbank", "deutsche bank", "n26", "revolut", "bnp paribas"),
    "transit": (  # nineteenth round: public transport and its fare cards ("is the presto card cheaper for students")
        "presto card", "presto", "compass card", "opal card", "myki", "go card", "clipper card", "translink", "ttc",
        "stm", "悠游卡", "一卡通", "交通卡", "公交卡", "羊城通", "易通卡",
        # hundred-and-eighteenth round (probe91 "how do I apply for the transit pass discount for seniors?" got
        # promo-code): a fare pass by what it is
        "transit pass", "transit passes", "bus pass", "bus passes", "公交月票", "地铁月票"),
    "utility": (  # telecoms and utilities
        "telus", "rogers", "fido", "koodo", "freedom mobile", "virgin mobile", "chatr", "public mobile", "optus",
        "telstra", "vodafone", "bc hydro", "hydro bill", "hydro one", "fortisbc", "enbridge", "electricity bill",
        "power bill", "utility bill", "phone bill",
        "hydro québec", "hydro quebec",  # fifty-second round (probe35)
        # sixty-fourth round: a telecom or internet company not named ("電訊公司客服幾點有真人" got business-hours)
        "电讯公司", "电信公司", "电讯商", "电信商", "宽带公司", "phone company", "internet provider", "cable company",
        "internet company", "telecom company"),
    "government": (
        "ircc", "cra", "service canada", "serviceontario", "service ontario", "centrelink", "ohip", "icbc",
        "移民局",
        # nineteenth round: public health insurance and its cards ("健保卡的地址要怎么改" is the card's office's)
        "health card", "medicare card", "msp card", "健保卡", "医保卡", "社保卡", "医保", "社保",
        # twenty-fifth round: Taiwan's and Hong Kong's social insurance, pensions and tax office (劳保退费 is theirs)
        "劳保", "劳退", "健保", "国税局", "强积金", "积金局", "入境处",
        # fifty-first round: the tax offices of the US, the UK and Australia, as named ("change my address with the
        # irs" got our order's address change)
        "irs", "hmrc", "tax office", "税务局",
        # fifty-second round (probe35): Japan's and Korea's residence cards and offices, Quebec's and Canada's (the
        # GST credit is the tax office's money: "TPS credit什么时候到账" got our refund time)
        "在留卡", "マイナンバー", "外国人登录证", "外国人登录", "区役所", "市役所", "入管", "saaq", "ramq",
        "revenu quebec", "revenu québec", "tps credit", "gst credit", "crédit tps", "credit tps",
        # fifty-sixth round: pensions and benefits a government pays ("我的养老金什么时候到账" got our refund time)
        "pension", "old age security", "child benefit", "tax refund",
        # sixty-fourth round: driving licences and passports and their offices ("the DMV wait is crazy, how long does
        # a licence renewal usually take" got shipping-time)
        "dmv", "passport office", "passport renewal", "licence renewal", "license renewal", "drivers licence",
        "drivers license", "driver s licence", "driver s license", "road test", "驾照", "车管所", "护照更新", "换护照",
        "续护照", "护照续期", "护照过期",
        # ... and a business's tax number registered with the tax office ("在加拿大自己做小生意 怎么注册GST号")
        "注册gst", "gst号", "gst number", "hst number", "register for gst", "business number"),
    # seventy-ninth round (blind31, probe62): the town halls, tax numbers and residence permits of the Chinese in Italy,
    # the Netherlands, Germany and France ("在意大利办codice fiscale要预约吗，去哪个办公室" got job-work-permit): a kind
    # of their own, as no entry speaks of them (job-work-permit speaks of an immigration office: "government")
    "town hall": (
        "codice fiscale", "permesso di soggiorno", "questura", "agenzia delle entrate", "comune di", "gemeente",
        "bsn", "burgerservicenummer", "bürgeramt", "burgeramt", "anmeldung", "ausländerbehörde",
        "auslanderbehorde", "préfecture", "prefecture", "titre de séjour", "titre de sejour", "caf"),
    # fiftieth round (probe33): an organisation the formal register addresses as 贵 + its kind (贵行 a bank, 贵校 a
    # school, 贵院 a hospital, 贵局 an office): not us, whom it calls 贵司, 贵公司, 贵店 (ADDRESSED)
    "addressee": (
        "贵行", "贵校", "贵院", "贵局", "贵所", "贵馆", "贵单位", "贵部门", "贵署", "贵中心", "贵银行", "贵医院",
        "贵学校"),
    "platform": (  # apps and media
        "facebook", "instagram", "whatsapp", "tiktok", "netflix", "disney", "spotify", "youtube", "google", "gmail",
        "microsoft", "icloud", "prime video", "小红书", "xiaohongshu", "抖音", "douyin", "微博", "weibo",
        "某红书", "小红薯", "某书", "某音", "某博",  # thirty-fourth round: as Gen-Z half-hides them
        "脸书", "油管", "谷歌", "网飞",
        # eighty-third round (blind32, probe66): coders' cloud consoles, whose invoices and billing are their own
        # ("AWS的invoice怎么改company name" got our receipts)
        "aws", "amazon web services", "azure", "google cloud", "gcp", "github", "digitalocean", "heroku",
        "billing console",
        # eighty-ninth round (probe66 "my pull request got rejected again, code review is brutal" got promo-code,
        # probe72): a coder's review and its sites, and a language-learning app
        "pull request", "pull requests", "merge request", "merge requests", "code review", "code reviews",
        "gitlab", "bitbucket", "stack overflow", "stackoverflow", "leetcode", "代码审查", "代码评审", "duolingo",
        "多邻国",
        # hundred-and-fourth round (blind43 "Jira license 的 invoice 要加公司抬头, 要找 Atlassian 哪个 team?", probe87):
        # the office software a follower's company pays for, whose licences and invoices are its own (not Slack,
        # Zoom or Notion, everyday words too, whose licences are read as _BODY_MATTERS; not Canva, Figma or Asana, where
        # creators make their posts and yoga teachers their poses)
        "atlassian", "jira", "confluence", "salesforce", "dropbox", "quickbooks", "xero",
        "mailchimp", "hubspot", "zendesk", "trello", "autodesk", "jetbrains", "adobe", "office 365",
        "microsoft 365", "google workspace"),
    # eighty-seventh round (blind34 "貼士群包中獨贏，入會費只需$888" got our membership, probe70): betting, its bets,
    # apps and tipsters, by the words that are nothing else (a racecourse, a casino or a lottery is where a follower
    # may work or be, and is a body of _BODIES beside what it owes instead: "冬天賭場開暖氣，塊面乾到起皮" is ours)
    "betting": (
        "hkjc", "六合彩", "马票", "独赢", "连赢", "位置q", "三t", "三重彩", "赛马贴士", "马经", "波胆", "足彩", "球彩",
        "赌波", "体彩", "福彩", "投注",
        "下注", "博彩", "百家乐", "sportsbook", "sports betting", "bet365", "sportsbet", "ladbrokes", "draftkings",
        "fanduel", "pointsbet", "betway", "william hill", "威廉希尔", "bookie", "bookmaker", "tipster", "tipsters",
        "powerball", "mega millions", "lotto max", "lotto 649", "scratchies", "proline", "betting", "betting tips",
        "bet slip", "parlay", "parlays"),
    # ... and crypto exchanges and wallets by their names, and what only they do ("Binance 的 P2P refund 卡住三天了",
    # "Coinbase shows my withdrawal refund as pending" got our refund time): a withdrawal, a coin's fee or a P2P trade
    # is the exchange's. The coins themselves are bodies of _BODIES ("can I pay with bitcoin?" may ask us)
    "crypto": (
        "binance", "coinbase", "kraken", "okx", "okex", "bybit", "kucoin", "crypto com", "bitget", "huobi", "htx",
        "gate io", "mexc", "bitfinex", "metamask", "trust wallet", "ledger wallet", "币安", "火币", "欧易",
        "小狐狸钱包", "提币", "充币", "放币", "币圈"),
}

# Words that point at us: the message is ours even when it names another business ("is your moisturizer better
# than cetaphil", "我在屈臣氏买的是你们的正品吗", "中通快递能查到我的包裹吗"). The brand's own names are added per
# content. Folded like the message.
ADDRESSED: tuple[str, ...] = (
    "you", "your", "yours", "youre", "u", "ur", "ya", "yall", "this", "these", "this one",
    "你们", "你哋", "您", "你家", "贵店", "贵司", "贵公司", "贵品牌", "本店", "咱们", "这个", "这款", "这瓶", "这支",
    "这罐",
    # sixtieth round: "Sephora lets me pay in four. Can I do that here?" asks us
    "do that here", "do the same here", "do this here",
)
# The "you" of a courtesy greets or thanks whoever reads, and says nothing about whose business is asked about: older
# followers open and close every message with 您好 and 谢谢您 ("您好 请问一下 社区医院几点开门 谢谢您" got our business
# hours, its 您 read as addressing us; thirty-eighth round).
COURTESY_YOU = ("您好", "谢谢您", "多谢您", "感谢您", "辛苦您", "thank you", "thank u",
                # stop 39: a plea for help asks whoever reads, not about our business ("my Amazon order has not
                # arrived, could you kindly assist" got order-tracking)
                "could you kindly assist", "could you please assist", "could you assist", "can you assist",
                "could you kindly help", "could you please help", "could you help", "can you help", "can u help",
                # hundred-and-fourth round (blind43 "Dear team, could you advise how long Shoppers Optimum points
                # remain valid"): a letter's request for advice, put to whoever reads it
                "could you advise", "could you kindly advise", "could you please advise", "can you advise",
                "would you advise", "please advise",
                # eighty-fifth round: a question put to whoever knows ("Do you know how long Royal Mail usually
                # takes to release parcels like this?", "Does anyone know how Amazon handles this?")
                # (not "do you know if Shoppers carries it": ours asked of another shop)
                "do you know how", "do u know how", "do you know why", "do you know when", "you know how",
                "handles this", "handle this", "handled this", "deal with this", "deals with this",
                "parcels like this", "packages like this", "cases like this", "situations like this",
                "issues like this", "problems like this", "delays like this",
                # ninety-second round (blind39 "...a package my cousin sent from the UK, nothing to do with you guys.
                # how do i pay UPS"): a "you" said to be no part of it
                "nothing to do with you guys", "nothing to do with you", "not about you guys",
                "跟你们没关系", "和你们没关系", "跟你们无关", "和你们无关", "不关你们的事", "唔关你哋事",
                # ninety-sixth round (blind41 "Love your posts as always! Unrelated, but my yoga studio's membership
                # app auto-renewed me", "You're all so lovely. Side question: my Lululemon parcel ..."): a compliment
                # first, its "you" praising whoever reads, before another business's matter
                "love your posts", "love your content", "love your page", "love your account", "love your videos",
                "love your vibe", "love your brand", "love your stuff", "big fan of your", "huge fan of your",
                "you re all so lovely", "youre all so lovely", "you re so lovely", "youre so lovely",
                "you guys are the best", "you guys are so lovely", "you guys are amazing", "you re the best",
                "youre the best", "you re amazing", "youre amazing", "love what you stand for", "love what you do",
                "你们的推文写得真好", "喜欢你们的推文", "喜欢你们家", "好钟意你哋",
                # hundred-and-eighteenth round (probe88, probe91): small talk's "your", asking after a day or a trip
                "how was your weekend", "how was your week", "how was your day", "how was your trip",
                "how was your holiday", "how was your gig", "how was ur weekend", "how was ur day")
# ... and so does the "this" of a time (fifty-third round, probe36: "my rogers bill went up this month, how do i get a
# refund" got our refund time, its "this month" read as addressing us; "这个月的话费多扣了" the same with 这个)
_THIS_TIME = (r"\bthis (?:month|week|weekend|morning|afternoon|evening|year|time|summer|winter|spring|fall|autumn|"
              r"semester|term|christmas|holiday|holidays|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b"
              r"|这个(?:月|星期|礼拜|周末|周|学期|季度|冬天|夏天|春天|秋天|假期)"
              # hundred-and-fourth round (probe73 "what's the damage on a new driver at the pro shop these days?")
              r"|\bthese (?:days|past few days|past few weeks|weeks|months)\b")
_COURTESY_YOU = re.compile("|".join([*(re.escape(w) for w in COURTESY_YOU), _THIS_TIME]))
# ... and so does the "you" of a notice pasted or read off a screen ("OCR：「Your IRCC application is in progress」 这个
# status 一般多久会 update？" got job-application-status, its "Your" read as addressing us): the notice's sender says it
# to the follower, and the "这个" after it is the notice (ninety-sixth round, blind41's OCR pastes). Only a quoted
# notice after a word of pasting.
_PASTED_NOTICE = re.compile(r"(?:ocr|截图|截圖|screenshot|screen ?shot|扫描|掃描|通知|短信|邮件|郵件|email|e-mail|"
                            r"the letter says|letter says|it says)\s*[:：]?\s*(?:「[^」]*」|“[^”]*”|\"[^\"]*\")"
                            r"\s*(?:这个|這個|呢个|呢個|这|這|this|that)?",  # ... and the "this" that points back at it
                            re.IGNORECASE)
# Words of an order or a parcel the follower has (ORDERED): they point at us beside a courier, which may carry our
# parcel, but not beside a shop, where the order was placed (thirty-second round: "ordered trainers off asos and
# royal mail tracking hasnt moved", "亚马逊的包裹显示已签收但我根本没收到" are the shop's orders).
ORDERED: tuple[str, ...] = (
    "my order", "my orders", "my package", "my parcel", "my delivery", "my purchase", "i ordered",
    "我的订单", "我的包裹", "我的快递", "我买的", "我下的单", "我的单",
    # twenty-fifth round: an order placed ("ordered to seattle and now fedex is emailing me") and a delivery signed
    # for but not had ("显示已签收但我根本没拿到 快递柜也没有"): the courier or locker named carries our parcel
    "ordered", "i order", "we ordered", "已签收", "显示签收", "签收了",
    # eighty-first round (probe64): a return sent, beside the bank whose card its money goes back to ("退货寄回去了
    # 钱会退到我的招行信用卡吗"): our return, the bank only where the money lands
    "退货寄回", "退货已寄回", "退货已经寄回", "退咗货", "退了货", "退货了",
    # hundredth round (blind40's learner drivers): an order just placed, told beside a driving school's exam fee
    # ("驾校又要交补考费，手头紧，刚下的那单能撤回吗"): the order is ours, the school only why money is short
    "下的那单", "下的单", "下了单", "下的那张单", "落咗单", "落咗张单", "落的单", "落咗嘅单",
)
# The kinds of business an order is placed with: beside one of them, ORDERED words are that business's order. And a
# relative or friend who sent the parcel (SENDER, forty-fifth round): "我朋友寄给我的快递还没到" holds 我的快递, the
# friend's parcel, not an order of ours (order-tracking answered it)
ORDERED_AT = frozenset({"shop", "sender", "third seller"})  # (the third: hundred-and-twelfth round, _third_seller)
# A social platform named as where the follower heard or read something ("tiktok says they neutralise each other",
# "saw on instagram that...", "小红书上说", "在抖音看到"): the source of a claim asked about, not the business asked
# about. Only the platforms people read advice on (SOURCES): "netflix says my payment failed" is Netflix's business.
SOURCES = frozenset(normalize(name) for name in (
    "tiktok", "instagram", "facebook", "youtube", "google", "reddit", "小红书", "xiaohongshu", "抖音", "douyin", "微博",
    "weibo", "脸书", "油管", "谷歌", "某红书", "小红薯", "某书", "某音", "某博"))
_SOURCE = re.compile(r"^(?:says?|said|claims?|told me|recommends?|reckons)\b|^上?(?:说|讲|看到|刷到|推荐)")
# ... and a code found there (seventy-second round: "tried a code from tiktok and checkout said nope" is our code)
_HEARD_ON = re.compile(r"(?:\b(?:saw|seen|read|heard|watched)(?: it| this| that| something)? on|看到|刷到"
                       r"|\b(?:code|codes|coupon|coupons|voucher|promo) (?:from|on|off)(?: an?| the| some)?"
                       r"(?: influencer s?)?"
                       # eightieth round (blind31, probe63): a teen come to skincare by what she watches ("getting
                       # into skincare because of TikTok", "after watching YouTube")
                       r"|\b(?:because of|thanks to|after watching|from watching|after seeing|watching)(?: (?:all|"
                       r"the|those|these|her|his|my|some))?)\s*$")


# A parcel a relative or friend sent the follower (thirty-second round: "我妈用顺丰给我寄的腊肠被海关扣了 要交多少税",
# "a box my mum sent from guangzhou"): its duties, its tracking or its damage are the sender's and the carrier's, not
# an order of ours, though it shares our entries' words. Read like a business named, of its own kind ("sender"), so
# a message that speaks to us ("我妈给我寄的你们家面霜") is still ours. English only beside a parcel's words: "my
# friend sent me her code" is the referral's.
# A relative said as followers say one: a single character only after 我 / 我家 ("我姐寄來的"), since 哥 is in 温哥华
# ("从温哥华寄的要几天" is our warehouse's parcel) and 妈 in 宝妈.
_KIN_ZH = ("(?:我的?|我家|俺|我们家)(?:阿?妈|阿?爸|姐|哥|妹|弟|爷爷|奶奶|外婆|姥姥|阿姨|舅舅|姑姑|叔叔)"
           "|爸妈|父母|家里人?|家人|朋友|姐姐|哥哥|妹妹|弟弟|老公|老婆|男朋友|女朋友|亲戚|同学")
_KIN_EN = (r"mum|mom|mother|mam|dad|father|parents|family|sister|brother|sis|bro|friend|grandma|granny|nan|aunt|"
           r"auntie|uncle|cousin|wife|husband|bf|gf|boyfriend|girlfriend|in laws|relatives?")
_PARCEL_EN = r"box|parcel|package|care package|stuff|things|snacks|food"
_SENT_BY_KIN = re.compile(
    rf"(?:{_KIN_ZH})(?:[^\s,，。]{{0,8}}?)(?:给我|帮我)?(?:寄|邮)(?:的|来|过来|了|给我|嚟|咗)"
    rf"|\b(?:my|our) (?:{_KIN_EN})s? (?:just )?(?:sent|mailed|posted|shipped)(?: me| us)?(?: a| an| the| some)?"
    rf"(?: \w+)? (?:{_PARCEL_EN})\b"
    rf"|\b(?:{_PARCEL_EN}) (?:that |which )?(?:my|our) (?:{_KIN_EN})s? (?:sent|mailed|posted|shipped)\b"
    rf"|\b(?:{_PARCEL_EN}) (?:from|sent by) (?:my|our) (?:{_KIN_EN})s?\b")
SENDER = "sender"
# Messages an institution sends the follower (thirty-second round: "how do i unsubscribe from my kid's school
# newsletter", "银行老是发推销短信 怎么退订" were stop-messages'): its mailings are its own, however the follower would
# stop ours. Read like a business named, of its own kind ("mailer").
_INSTITUTIONS_EN = (r"school|uni|university|college|bank|gym|landlord|council|church|daycare|kindergarten|employer|"
                    r"dentist|clinic|hospital|insurer|insurance company|phone company|internet provider|library")
_INSTITUTIONS_ZH = "学校|银行|健身房|物业|房东|医院|诊所|保险公司|运营商|电信|联通|幼儿园|学院|大学"
_MAILINGS_EN = r"emails?|e mails|texts|messages|newsletters?|notifications|spam|promos?|marketing|ads"  # not calls
_MAILED_BY = re.compile(
    rf"\b(?:my|the|our|his|her)(?: \w+s)? (?:{_INSTITUTIONS_EN})s?\b(?: \w+){{0,2}} "
    rf"(?:{_MAILINGS_EN}|sending|texting|emailing|spamming)\b"
    rf"|\b(?:{_MAILINGS_EN}) from (?:my|the|our|his|her)(?: \w+s)? (?:{_INSTITUTIONS_EN})s?\b"
    rf"|(?:{_INSTITUTIONS_ZH})(?:的|老是|总是|一直|天天|每天|经常)*(?:发|打|寄)?(?:的|来的)?(?:推销|营销|广告)?"
    rf"(?:短信|邮件|推送|广告|推销电话|营销电话)")
MAILER = "mailer"
# An account with an app or platform closed or deleted ("微信怎么注销", "how do i delete my instagram",
# "支付宝账号怎么注销" were privacy's, whose answer deletes one's data with the brand): the platform's business,
# though the brand's channels and payments are on it. Read as a kind of its own ("account"); "怎么注销账号" names
# no platform and stays ours.
_PLATFORMS = (r"微信|wechat|weixin|支付宝|alipay|qq|微博|weibo|抖音|douyin|tiktok|小红书|xiaohongshu|instagram|"
              r"insta|ig|facebook|fb|whatsapp|snapchat|twitter|gmail|google|icloud|apple id|line|telegram|discord|"
              r"linkedin")
_PLATFORM_ACCOUNT = re.compile(
    rf"(?<![a-z])(?:{_PLATFORMS})(?![a-z])(?:的)?(?:账号|帐号|账户|号)?\s*(?:要|该)?(?:怎么|如何|怎样|点样|点)?\s*(?:注销|删除|删掉|删号|销号|停用)"
    rf"|(?:注销|删除|删掉|停用)\s*(?:我的)?(?:{_PLATFORMS})"
    rf"|\b(?:delete|deleting|deactivate|deactivating|close|closing|remove|get rid of) (?:my |the |an |a )?"
    rf"(?:{_PLATFORMS})(?: account)?\b"
    # eighty-fifth round: mixed ("想delete我的Instagram account"), and a number hidden on it ("微信怎么隐藏手机号")
    rf"|(?<![a-z])(?:delete|deactivate|close)(?: my)? ?(?:我的|我个|我嘅)? ?(?:{_PLATFORMS})(?![a-z])"
    rf"|(?<![a-z])(?:{_PLATFORMS})(?![a-z])[^\s,，。?？]{{0,6}}?(?:隐藏|屏蔽)")
ACCOUNT = "account"
# A visa's, a permit's or residence's own process: how long it takes, renewing it, its refusal, what an immigration
# application needs ("签证办下来要多久", "我的学签快到期了 怎么续", "pgwp processing time", "my parents super visa got
# refused", "申请加拿大移民 要什么条件", "do i need a visa to visit the us") got the work-permit, shipping-time,
# shelf-life or payment answers. The immigration office's business (kind "visa office"), not whether one may work for
# the brand: with a word of work beside it ("can i still work while my pr is processing") it stays the job entry's.
# (fifty-third round, probe36: a spouse's or a family's sponsorship, Japan's residence card, Korea's visas by their
# letters; "my husband's spousal sponsorship is taking forever" got the men's skincare)
_DOCS_EN = (r"visas?|permits?|pgwp|pr card|pr|permanent residence|citizenship|esta|spousal sponsorship|"
            r"family sponsorship|parent sponsorship|sponsorship application|residence card")  # not "eta"
_DOCS_ZH = r"签证|工签|学签|旅签|移民|枫叶卡|绿卡|入籍|在留卡|在留资格|团聚移民|配偶担保|父母担保"
_PROCESS_EN = (r"processing|processed|refused|refusal|denied|rejected|approved|approval|expires?|expired|expiring|"
               r"renew|renewal|renewing|extend|extension|extending|taking forever|taking so long|taking ages")
# (not 条件 but for immigrating: "工签有什么条件" asks the job's; not the 续 of 继续: "学签的人可以继续做吗")
_PROCESS_ZH = (r"办下来|下来|下签|出签|审理|审批|拒签|被拒|到期|过期|续签|(?<!继)续|延期"
               # sixty-fourth round (probe47): its approval awaited, in Cantonese too ("去大陸簽證要幾耐先批" got
               # job-work-permit)
               r"|(?<!审)批(?:准|出|咗|了|落)?|几耐|要多久|多长时间")
_VISA_PROCESS = re.compile(
    rf"(?<![a-z])(?:{_DOCS_EN})(?![a-z])(?: [a-z]+){{0,5}} (?:{_PROCESS_EN})(?![a-z])"
    rf"|(?<![a-z])(?:{_PROCESS_EN}) (?:of |for |on )?(?:my |a |the |our |his |her )?(?:[a-z]+ )?(?:{_DOCS_EN})(?![a-z])"
    rf"|(?<![a-z])visas? to (?:visit|travel|go|enter|come)(?![a-z])"
    rf"|(?<![a-z])(?:get|apply for) (?:a |an |the |my )?(?:[a-z]+ )?(?:{_DOCS_EN}) (?:for|to|in) "
    rf"|(?:{_DOCS_ZH})[^\s,，。?？]{{0,8}}?(?:{_PROCESS_ZH})|申请[^\s,，。]{{0,6}}?移民"
    # seventy-ninth round (blind31): ... typed as keywords apart ("加拿大 学签 延期 要多久")
    rf"|(?:{_DOCS_ZH}) (?:{_PROCESS_ZH})"
    # ... and a travel permit of China's to be got (在海口办港澳通行证要几多天), which no entry speaks of
    rf"|(?:港澳通行证|台湾通行证|通行证|台胞证|回乡证)"
    # forty-eighth round (probe31): the English word in a Chinese sentence (我妈的visa什么时候能批下来, 老公的visa几时会
    # 下来) as 签证 is read; the Chinese between has no Latin letter (not a card: visa卡到期, visa card 到期)
    rf"|(?<![a-z])(?:{_DOCS_EN})(?! ?卡) ?[^\s,，。?？a-z]{{0,8}}?(?:{_PROCESS_ZH})"
    rf"|移民[^\s,，。]{{0,4}}?条件"
    # stop 39 (the lead): a document not come yet ("my visa still hasnt come", "my pr card hasn't arrived") was the
    # payment methods' (a Visa card); only with the document as the subject of the not-come ("i paid with visa when
    # will it arrive" stays the parcel's)
    rf"|(?<![a-z])(?:{_DOCS_EN})(?![a-z]) (?:still |has |have |is |are )?"
    rf"(?:not|hasnt|hasn't|havent|haven't|didnt|didn't|did not|isnt|isn't)(?: yet)? "
    rf"(?:come|came|arrived?|here)(?![a-z])")
_AT_WORK = re.compile(r"(?<![a-z])(?:work|working|job|jobs|hire|hiring|shifts?|position|role|interview)(?![a-z])"
                      r"|(?:can|could|may|should) (?:i|we) (?:still |even |also )?apply"
                      r"|打工|工作|上班|兼职|面试|应聘|(?:能|可以|可不可以|能不能)申请"
                      r"|干活|做工")  # thirty-ninth round: 工签还没下来 能先干活吗 is whether one may work for us
_WORK_PERMIT = re.compile(r"work (?:permit|visa)s?|working holiday|open work|打工度假")
VISA_OFFICE = "visa office"
# An application to a school, a college or a programme, and its status or result ("我儿子申请小学的结果什么时候出来",
# "heard back from the college about the nursing program application status" got job-application-status): the
# school's business (kind "school"), fifty-third round. Not with a word of work beside it ("我是大学生 申请了你们的
# 兼职" is a job application to us, `_AT_WORK`).
# (not a programme alone, nor an offer or accepted: "rewards program application", "student offer", "is paypal accepted
# at the uni store" are a shop's words; not 大学生 or 学生: "大学生申请会员有折扣吗" is the follower, not a school)
_SCHOOLS_EN = (r"school|schools|college|colleges|university|universities|uni|grad school|masters|phd|kindergarten|"
               r"daycare|preschool|nursing program|degree program|masters program|phd program")
_SCHOOLS_ZH = r"小学|中学|初中|高中|幼儿园|托儿所|大学|学校|研究生|硕士|博士|读研|本科|学院|私校|名校"
_SCHOOL_APPLIED = re.compile(
    rf"(?<![a-z])(?:{_SCHOOLS_EN})(?![a-z])(?: [a-z]+){{0,6}} "
    rf"(?:application|applications|admission|admissions|acceptance)(?![a-z])"
    rf"|(?<![a-z])(?:application|applications|admission|admissions|heard back|hear back|acceptance)"
    rf"(?: [a-z]+){{0,4}} (?:from|to|into|at|for) (?:the |my |a |his |her )?(?:[a-z]+ )?(?:{_SCHOOLS_EN})(?![a-z])"
    rf"|申请(?:的)?[^\s,，。]{{0,4}}?(?:{_SCHOOLS_ZH})(?!生)|(?:{_SCHOOLS_ZH})(?!生)[^\s,，。]{{0,6}}?(?:申请|录取|offer|招生|面试结果)")
# ... and a school's own interview (sixty-fourth round: "個仔學校面試幾時有結果" got job-application-status), though
# 面试 is a word of work: the school named just before it.
_SCHOOL_INTERVIEW = re.compile(rf"(?:{_SCHOOLS_ZH})(?!生)(?:的)?(?:入学)?面试"
                               rf"|(?<![a-z])(?:{_SCHOOLS_EN}) (?:admission |entrance )?interviews?(?![a-z])")
SCHOOL = "school"


def _school_applied(folded: str) -> bool:
    """An application to a school (`_SCHOOL_APPLIED`) with no word of work beside it (`_AT_WORK`)."""
    return (_SCHOOL_APPLIED.search(folded) is not None and _AT_WORK.search(folded) is None) \
        or _SCHOOL_INTERVIEW.search(folded) is not None


# A medicine a doctor prescribed or a pharmacy dispensed: its expiry, its refill, its return, a child's or a pet's
# rash taken to a doctor or a vet ("藥房的藥膏過期了還能用嗎 醫生開的", "how long does the pharmacy take to fill a
# prescription", "我家狗狗皮肤红红的 要带去看兽医吗"): the doctor's and the pharmacy's business (kind "doctor"), not our
# shelf life or allergy entries'; a message that speaks to us ("医生开的药膏 能和你们的精华一起用吗") stays ours.
_PRESCRIBED = re.compile(
    r"医生开的|医生开了|处方药?|药房的|药店的|(?<![系是做当])药剂师|兽医|宠物医院|儿科医生|皮肤科医生开"
    # (hundred-and-third round, blind42: someone who is a pharmacist, 有个家长系药剂师，佢话…, tells a claim that is
    # the question; the pharmacy is asked nothing)
    # sixty-fourth round: a hospital's receipt, a hospital or a doctor sought ("医院开的发票怎么报销" got
    # receipt-invoice, "我老婆怀孕了 hospital推荐哪家好" pregnancy-safe)
    r"|(?:医院|诊所)(?:开的|的发票|的收据)|(?:医院|诊所|医生|妇产科|产科|hospital|clinic|doctor|obgyn)"
    r" ?(?:推荐|哪家好|哪间好|边间好|哪个好)|推荐(?:一)?(?:家|个|间)?(?:医院|诊所|医生)"
    r"|(?<![a-z])(?:prescription|prescriptions|prescribed|pharmacist|vet|vets|veterinarian|paediatrician|"
    r"pediatrician)(?![a-z])"
    # sixty-ninth round (probe52): a doctor's own cream ("my doctors cream for eczema stings, should i keep using it"
    # got allergy-reaction): whether to keep on with it is the doctor's to say
    r"|(?<![a-z])(?:doctors|doctor s|gps|gp s|derms|derm s|dermatologists|dermatologist s) (?:\w+ )?(?:cream|creams|"
    r"ointment|ointments|lotion|medicine|medication|meds|steroid|steroids|gel)(?![a-z])"
    r"|(?<![a-z])(?:cream|ointment|lotion|medicine|medication|meds|steroid|gel) (?:from|by) (?:my|the) (?:doctor|gp|"
    r"derm|dermatologist)(?![a-z])")
DOCTOR = "doctor"
# Another kind of place's hours or whereabouts ("银行几点下班", "附近哪里有药店", "is the post office open on sunday"
# got business-hours, store-locations, shipping-time): a bank's, a pharmacy's or a library's, not our stores'. Not a
# mall's: the brand's pop-up stores are in malls.
_PLACES_EN = (r"bank|banks|pharmacy|pharmacies|drugstore|drug store|chemist|post office|library|supermarket|"
              r"grocery store|hospital|walk in clinic|clinic|dmv|service canada office|city hall|police station|"
              # fifty-third round (probe36): a restaurant's or a cafe's hours ("附近的点心楼周日几点开门" got ours)
              r"restaurant|cafe|coffee shop|bakery|dim sum place|pho place|ramen place|sushi place|bubble tea shop")
_PLACES_ZH = (r"银行|药店|药房|超市|邮局|邮便局|图书馆|医院|诊所|菜市场|警察局|市政厅|车管所"
              r"|餐厅|餐馆|饭店|饭馆|酒楼|酒家|茶楼|点心楼|茶餐厅|咖啡店|咖啡厅|面包店|奶茶店|火锅店|早茶店|面馆")
_PLACE_ASKED = re.compile(
    rf"(?<![a-z])(?:the |a |my |nearest |closest |local )(?:{_PLACES_EN})(?![a-z])"
    rf"(?! (?:account|card|transfer|app|details|statement))(?: [a-z]+){{0,3}} "
    rf"(?:open|opens|close|closes|closing|hours|shut|shuts)(?![a-z])"
    rf"|(?<![a-z])(?:nearest|closest) (?:{_PLACES_EN})(?![a-z])"
    rf"|(?<![a-z])where is (?:the|a) (?:{_PLACES_EN})(?![a-z])"
    # (fifty-sixth round: a word between, "医院药房夜里几点关门")
    rf"|(?:{_PLACES_ZH})(?:的)?[^\s,，。]{{0,3}}?(?:几点|什么时候|啥时候|周末|周六|周日|星期)[^\s,，。]{{0,4}}"
    rf"(?:开门|关门|营业|上班|下班|开|收工|收档)"
    rf"|(?:{_PLACES_ZH})(?:的)?营业时间|附近(?:哪里|哪儿|边度)?有(?:没有)?(?:{_PLACES_ZH})|(?:{_PLACES_ZH})在哪"
    # thirty-ninth round: a bank's own business, an account opened ("在法国开银行卡要什么材料"
    # got a menu)
    rf"|(?:开|办|申请)(?:个|一张|一个)?(?:银行卡|银行账户|银行户口|银行账号)|银行(?:卡)?开户")
# A purchase made on a social platform's shop or live room ("抖音上买的洗面奶能退货吗", "bought it off tiktok shop"):
# that shop's order, though the brand's own content names the platform (a Douyin live room as where followers come
# from, config/channels.yaml) and so does not count it another business. Read as a shop named, so a message that
# speaks to us ("在抖音买的你们的面霜") is still ours, and an entry that speaks of buying there is spared (stop 36).
# A bank card used abroad ("中国的银行卡在马来西亚能用吗", "银行卡在国外刷不了是怎么回事" got the payment methods): the
# bank's and the card network's business, when nothing in the message pays us (a checkout, an order, a way to pay:
# "德国的Visa卡能付款吗", "日本的信用卡能不能刷啊还是只能用微信支付" are the payment entry's). Thirty-ninth round.
_ABROAD = "|".join(("国外", "海外", "外国", "出国", *sorted((w for w in PLACES[-1] if not w.isascii() and len(w) > 1),
                                                       key=len, reverse=True)))
_CARD_ABROAD = re.compile(rf"(?:银行|信用|储蓄|借记|visa ?|万事达)卡[^\s,，。]{{0,4}}?在?(?:{_ABROAD})"
                          r"[^\s,，。]{0,4}?(?:能用|能不能用|可以用|可不可以用|用不了|不能用|刷不了|能刷|能不能刷|取钱|取现)")
_PAYS_US = re.compile(r"付款|支付|结账|结帐|下单|付钱|买|订单|paypal|微信|支付宝")


# ... and a card's own fees, its annual fee or its fee abroad ("韩国的银行卡一年年费多少", "信用卡年费怎么免"): the
# bank's (fifty-second round, probe35); a fee for paying us with it names a payment ("用信用卡付款有手续费吗")
_CARD_FEE = re.compile(r"(?:银行|信用|储蓄|借记|visa ?|万事达)卡[^\s,，。]{0,6}?(?:年费|管理费|账户管理费|开卡费)")


def _card_abroad(folded: str) -> bool:
    """Whether `folded` asks whether a bank card works abroad, or what the card itself costs, with nothing paid to us
    (_CARD_ABROAD, _CARD_FEE)."""
    return (_CARD_ABROAD.search(folded) is not None or _CARD_FEE.search(folded) is not None) \
        and _PAYS_US.search(folded) is None


# A bank's, a card's or a payment app's own account (fifty-first round, blind24 and probe34: "does my bank charge a fee
# when I use my visa abroad", "微信支付绑定的银行卡怎么解绑", "零钱怎么提现", "does paypal take a cut when my cousin
# sends me money" got our payment methods, which is spared a bank's name): its fees, its cards bound and unbound, its
# withdrawals (a fee's name alone is not the bank asked: "my bank calls it a foreign transaction fee"). Read as a
# kind of its own ("wallet"), which no entry speaks of; a message that speaks to us ("你们收手续费吗", "do you charge
# a fee for paypal") is ours.
_WALLET = re.compile(
    r"(?:解绑|换绑|提现|提额|挂失|信用额度)"
    r"|绑(?:定)?(?:的|着的)?(?:银行卡|信用卡|卡)[^\s,，。]{0,3}?(?:怎么|如何|咋|要怎么)?(?:换|改|解|删)"
    r"|(?<![a-z])(?:my |the |their )(?:bank|card|credit card|debit card|visa|mastercard|amex|paypal|card issuer)"
    r"(?: [a-z]+){0,2} (?:charge|charges|charging|take|takes|taking) (?:me |us )?(?:a |any |an )?"
    r"(?:fee|fees|cut|commission|foreign|extra)(?![a-z])"
    r"|(?<![a-z])(?:does|do|will|would) (?:paypal|venmo|wise|zelle|my bank|the bank) (?:take|charge)(?![a-z])")
WALLET = "wallet"
# A bank's or a card's own fee or refusal, the bank or the card named ("Does TD charge a foreign transaction fee when I
# pay in US dollars with my credit card?", "招商银行信用卡境外消费手续费多少？", "滙豐信用卡海外簽賬有冇手續費", "my
# scotiabank debit card got declined at the gas station" got our payment methods, which is spared the banks' names as
# it names a card itself): the bank's (WALLET; sixty-first round, probe44). Never with an order, a checkout or a
# payment to us in it ("my RBC card got declined at your checkout" speaks to us anyway; "用工行信用卡付款有手续费吗"
# names a payment).
_BANKS_EN = (r"td|rbc|cibc|bmo|scotiabank|scotia|hsbc|desjardins|tangerine|simplii|chase|citi|citibank|amex|"
             r"american express|capital one|wells fargo|bank of america|westpac|anz|nab|commbank|maybank|dbs|ocbc|"
             r"uob|my bank|the bank|their bank|his bank|her bank")
_CARDS_EN = r"(?:credit|debit|bank|visa|mastercard|amex|travel) cards?|visa|mastercard"
_BANK_NAMES_ZH = (r"[\u4e00-\u9fff]{1,4}银行|汇丰|恒生|渣打|花旗|工行|建行|招行|中行|农行|交行|邮储|中信|浦发|民生|"
                  r"光大|兴业")
_BANK_FEE = re.compile(
    rf"(?<![a-z])(?:does|do|will|would|did|is|are|can) (?:{_BANKS_EN})(?: bank)?(?: [a-z]+){{0,2}} "
    rf"(?:charge|charges|charging|take|add|decline|declines|block|blocks)(?![a-z])"
    rf"|(?<![a-z])(?:foreign transaction|foreign exchange|fx|currency conversion|conversion|atm|annual|overdraft|"
    rf"international|withdrawal|cash advance) (?:fee|fees|charge|charges) (?:on|with|for|from|at|of) "
    rf"(?:my |an |a |the |their |his |her )?(?:{_BANKS_EN}|{_CARDS_EN})(?![a-z])"
    rf"|(?<![a-z])(?:{_BANKS_EN})(?: (?:credit|debit|visa|mastercard|card|cards|account|chequing|savings)){{0,3}} "
    rf"(?:annual fee|foreign transaction fee|fx fee|atm fee|"
    rf"(?:got|was|is|keeps getting|kept getting|getting|gets) (?:declined|rejected|blocked|frozen))(?![a-z])"
    rf"|(?:{_BANK_NAMES_ZH})[^,，。?？]{{0,24}}?(?:手续费|年费|收费|扣费|收 ?fee|(?<![a-z])fees?(?![a-z])|被拒|刷不了"
    rf"|用不了)"
    # (a card without its bank's name: only its fee abroad; "刷信用卡有手续费吗" asks us)
    rf"|(?:信用|银行|储蓄|借记)卡[^,，。?？]{{0,8}}?(?:境外|海外|国外|外国|出国|跨境|外币)[^,，。?？]{{0,8}}?"
    rf"(?:手续费|收费|扣费|(?<![a-z])fees?(?![a-z]))")
_PAYS_US_ANYHOW = re.compile(r"付款|支付|结账|结帐|下单|付钱|订单|paypal|微信|支付宝|小程序"
                             r"|(?<![a-z])(?:checkout|check out|order|orders|ordering|lumi|mini program)(?![a-z])")


def _bank_fee(folded: str) -> bool:
    """Whether `folded` asks a bank's or a card's own fee or refusal, the bank or the card named, with nothing paid
    to us in it (_BANK_FEE)."""
    return _BANK_FEE.search(folded) is not None and _PAYS_US_ANYHOW.search(folded) is None
# Seventy-fifth round (blind30, probe58): a card refused abroad, and the bank's own service asked of it
# (招商银行的卡在国外刷不了 境外支付怎么开通, 信用卡在加拿大刷不出来 要打哪个电话开通, 张 Visa 卡喺外国碌唔到
# 要打去银行边个 department): the bank's (WALLET), though 境外支付 names a payment; never with an order, a checkout,
# our mini program or "you" in it
_CARD_REFUSED_ABROAD = re.compile(
    rf"(?:卡|(?<![a-z])(?:visa|mastercard|card)(?![a-z]))[^,，。?？]{{0,6}}?"
    rf"(?:{_ABROAD}|境外|加拿大|澳洲|美国)[^,，。?？]{{0,6}}?"
    r"(?:刷不了|刷不出|刷不到|用不了|不能用|不能刷|碌唔到|碌唔倒|碌唔出|用唔到|被拒|盗刷)")
_BANK_SERVICE = re.compile(r"开通|(?:打|call)[^,，。?？]{0,4}?电话|哪个部门|边个 ?department"
                           r"|(?<![a-z])department(?![a-z])|冻结|挂失|客服电话")
_PAYS_US_HERE = re.compile(r"订单|下单|结账|结帐|小程序|你们|你哋|付款给|付钱给"
                           r"|(?<![a-z])(?:checkout|check out|order|orders|lumi|mini program|your)(?![a-z])")


# Eighty-fifth round (probe68; blind32 "My Visa card was Declined at the Grocery store today... How do I get the Bank
# to fix it"): a card refused at another kind of till (a grocery store, a gas station, a restaurant, 超市, 加油站): the
# bank's (WALLET), with nothing paid to us in it (_PAYS_US_HERE)
_TILLS_EN = (r"grocery store|grocery|gas station|petrol station|pharmacy|drugstore|drug store|restaurant|supermarket|"
             r"cafe|coffee shop|bar|pub|liquor store|convenience store|corner store|mall|gas pump|parking lot|"
             r"parking meter|vending machine|hotel|airport|cinema|movie theatre|movie theater|clinic|doctor s office|"
             r"dentist|vet|hardware store|food court")
_TILLS_ZH = (r"超市|餐厅|饭店|茶餐厅|酒楼|加油站|药店|药房|便利店|商场|百货|停车场|咖啡店|酒店|机场|菜市场|诊所|"
             r"戏院|电影院")
_DECLINED_AT = re.compile(
    rf"(?<![a-z])(?:declined|rejected|refused|denied|blocked|didn t go through|did not go through|"
    rf"wouldn t go through|wouldnt go through|didnt go through|won t go through|wont go through|wouldn t work|"
    rf"didn t work|didnt work)(?: twice| again| today| this morning| yesterday| tonight)? (?:at|in) "
    rf"(?:the |a |an )?(?:local )?(?:{_TILLS_EN})(?![a-z])"
    rf"|(?:{_TILLS_ZH})[^,，。?？]{{0,8}}?(?:被拒|刷不了|刷不出|刷唔到|用不了|碌唔到|碌唔倒|碌唔出|刷卡失败|付款失败|"
    rf"支付失败|拒绝)")


# Eighty-seventh round (probe70; probe42 "银行卡被锁了能给解开不？"): a card or an account frozen or locked, and money
# sent to a person through an app or a bank ("支付宝转账给朋友的手续费怎么算", "e-transfer to my landlord, is there a
# fee?"): the bank's or the app's (WALLET), with nothing paid to us in it (_PAYS_US_HERE)
_CARD_FROZEN = re.compile(r"(?:银行卡|信用卡|借记卡|储蓄卡|银行户口|银行账户|银行帐户)(?:被|让|给)?(?:银行)?"
                          r"(?:锁|冻结|封|止付|锁定|停用)"
                          r"|(?<![a-z])(?:bank|credit|debit|visa|mastercard) (?:card|account)s? "
                          r"(?:got |was |is |has been |have been )?(?:frozen|locked|suspended)(?![a-z])")
_KIN_PAID = (r"朋友|家人|亲戚|爸妈|父母|别人|同学|室友|老公|老婆|男朋友|女朋友|我妈|我爸|家里|国内|个人|房东")
_PERSON_TRANSFER = re.compile(
    rf"(?:转账|转钱|汇款|打钱|过数|转数)(?:给|俾|畀)(?:{_KIN_PAID})|(?:给|俾|畀)(?:{_KIN_PAID})(?:转账|转钱|汇款|打钱|过数|转数)"
    r"|(?<![a-z])(?:(?:send|sending|sent|transfer|transferring|wire|wiring) (?:money|cash|funds)|e transfer|"
    r"etransfer|e transferring|etransferring) "
    r"to (?:a |my |our )?(?:friend|family|mum|mom|dad|parents|sister|brother|roommate|landlord|relatives?)s?(?![a-z])")
_BUYING = re.compile(r"(?<![a-z])(?:pay|paying|buy|buying|purchase|shop|shopping)(?![a-z])|买|付")


def _wallet_own(folded: str) -> bool:
    """Whether `folded` tells a card or an account frozen with nothing paid or bought in it (_CARD_FROZEN,
    _PAYS_US_ANYHOW, _BUYING), or money sent to a person with nothing paid to us (_PERSON_TRANSFER, _PAYS_US_HERE)."""
    if _CARD_FROZEN.search(folded) is not None:  # (not "my card got frozen, can I pay with paypal instead")
        return _PAYS_US_ANYHOW.search(folded) is None and _BUYING.search(folded) is None
    return _PERSON_TRANSFER.search(folded) is not None and _PAYS_US_HERE.search(folded) is None


def _card_refused_abroad(folded: str) -> bool:
    """Whether `folded` tells a card refused abroad and asks the bank's service of it, nothing paid to us in it
    (_CARD_REFUSED_ABROAD, _BANK_SERVICE, _PAYS_US_HERE)."""
    return _CARD_REFUSED_ABROAD.search(folded) is not None and _BANK_SERVICE.search(folded) is not None \
        and _PAYS_US_HERE.search(folded) is None


# An address changed with an office, a bank or a school ("how do i update my address with the post office after i
# moved"): theirs, not an order's shipping address (fifty-first round). Not with us ("with you", "with your shop").
_ADDRESS_WITH = re.compile(
    r"(?<![a-z])(?:change|changing|update|updating|changed|updated) (?:my |the |our )?(?:mailing |home |postal )?"
    r"address (?:with|at|for) (?:the |my |our )?(?!you(?![a-z])|your|u(?![a-z])|ur(?![a-z])|lumi)[a-z]")
# Seventy-first round (blind29, probe54): ... and in Chinese, an address changed at an office (户政事务所, 派出所,
# 移民局, 车管所) or on a document (枫叶卡, 身份证, 驾照, 健保卡: "枫叶卡上的地址搬家后要去移民局改吗", "户政事务所
# 可不可以线上改地址" got job-work-permit and order-change-address): the office's (PLACE), never an order's address
_OFFICES_ZH = r"户政事务所|户政|户籍|派出所|移民局|移民署|车管所|监理站|监理所|市政厅|税务局|社保局|警察局"
_DOCUMENTS_ZH = r"枫叶卡|pr ?卡|身份证|驾照|驾驶证|户口本?|健保卡|社保卡|医保卡|居留证|护照|绿卡"
_ADDRESS_AT_OFFICE = re.compile(
    rf"(?:{_OFFICES_ZH})[^。?？]{{0,12}}?(?:改|更改|变更|更新|换)(?:一下)?(?:地址|住址)"
    rf"|(?:{_DOCUMENTS_ZH})[^。?？]{{0,6}}?(?:地址|住址)[^。?？]{{0,14}}?(?:改|更改|变更|更新)"
    rf"|(?:改|更改|变更|更新)(?:地址|住址)[^。?？]{{0,8}}?(?:{_OFFICES_ZH})")
# ... an immigration office's application and its status ("IRCC 的 application status 一直没 update"; the brand's jobs
# name IRCC, so it is no name of OTHER_BUSINESSES here): the visa office's, with no word of work beside it
_IMMIGRATION_APPLIED = re.compile(
    r"(?<![a-z])(?:ircc|cic|uscis|home office)(?![a-z]) ?(?:的 ?)?(?:[a-z]+ ){0,2}"
    r"(?:application|applications|status|processing|file|申请|进度|状态|审理)"
    r"|(?:移民局|移民署)(?:的)?[^。?？]{0,4}?(?:申请|进度|状态|审理|表格|申请表)")
# ... a bank card's own reward points or annual fee ("銀行信用卡的紅利點數能不能折抵年費" got the payment methods): the
# bank's (WALLET)
_CARD_POINTS = re.compile(r"(?:银行|信用|储蓄|借记)卡的?(?:红利|回馈|现金回馈)(?:积分|点数)"
                          r"|(?:银行|信用|储蓄|借记)卡[^\s,，。]{0,12}?折抵年费")
# ... one's own shop or store, its policies set up ("我们自己的 Shopify store 的 refund policy 要怎么 set up", "阮家己
# 开的卖场"): the follower's business (OWN_SHOP), not our return policy
_OWN_SHOP = re.compile(r"(?:客人|客户|顾客)在我们(?:的)?(?:门市|门店|店里|店)"  # ninety-sixth round (blind41's clerk)
                       r"|(?:我们|我|我家|自己家)(?:自己|家己)(?:的|开的|做的)[^。?？]{0,8}?"
                       r"(?:store|shop|网店|店铺|卖场|网站|店)|(?<![a-z])(?:my|our) own (?:online )?(?:store|shop)"
                       r"(?![a-z])")
OWN_SHOP = "own shop"


# Fifty-sixth round (probe39): matters of other places and people that share our words, read as kinds of their own.
# A general exchange rate ("今天加币兑人民币汇率多少", "what's the exchange rate from CAD to yen today?", "is the aussie
# dollar going up this week") got the currency entry, which answers what paying us costs: the money market's (kind
# "exchange"), when nothing in the message pays us (_PAYS_ANYONE: "用支付宝付 汇率怎么算" is the currency entry's).
_CURRENCIES_ZH = (r"加币|加元|加纸|人民币|美元|美金|澳币|澳元|纽币|纽元|港币|港元|港纸|日元|日币|韩元|韩币|英镑"
                  r"|欧元|台币|新台币|新币|马币|泰铢")
_CURRENCIES_EN = (r"cad|rmb|cny|usd|aud|nzd|hkd|jpy|krw|gbp|eur|twd|sgd|myr|yen|yuan|won|pounds?|euros?|"
                  r"(?:canadian|us|american|aussie|australian|kiwi|hong kong|nz) dollars?|loonie|greenback")
_RATE_ASKED = re.compile(
    rf"汇率|换汇|(?:{_CURRENCIES_ZH}) ?(?:兑|换|对|兑换|转|换成|兑换成|转成) ?(?:{_CURRENCIES_ZH})"
    rf"|(?:{_CURRENCIES_ZH})[^\s,，。]{{0,4}}?(?:升值|贬值|涨|跌)"
    rf"|(?<![a-z])(?:exchange rates?|currency exchange|money exchange|forex)(?![a-z])"
    rf"|(?<![a-z])exchange (?:some |my )?(?:cash|money|currency)(?![a-z])"
    rf"|(?<![a-z])(?:{_CURRENCIES_EN}) (?:to|vs|against|into|in) (?:{_CURRENCIES_EN})(?![a-z])"
    rf"|(?<![a-z])(?:{_CURRENCIES_EN}) (?:going|go|gone|went) (?:up|down)(?![a-z])")
_PAYS_ANYONE = re.compile(rf"付|俾|畀|碌|刷|用 ?(?:{_CURRENCIES_ZH}|rmb|cny)|支付|结账|结帐|下单|买|订单|价|扣|收费"
                          r"|手续费|checkout|check out|paypal|微信|支付宝|wechat|alipay|(?<![a-z])(?:pay|paying|paid"
                          r"|payment|charge|charged|fee|fees|price|prices|order|buy|cost)(?![a-z])")
EXCHANGE = "exchange"
# A visa or a permit of a country the brand does not hire in ("UK youth mobility visa 要怎么申请",
# "德国蓝卡的工签需要德语吗", "日本打工度假签证怎么申请", "美國工作簽證H1B抽籤幾時出結果") got the work-permit answer
# (Canada's and Australia's rights to work): that country's immigration office's (VISA_OFFICE), with no word of work
# for us beside it once the visa's own name is out ("I'm on a Japanese working holiday visa, can I work in Sydney?"
# asks whether one may work), no Canada or Australia named, and nothing paid (a Visa card from Malaysia is a card).
_ABROAD_PLACES = tuple(sorted({place for group in PLACES[3:] for place in group} - {
    "国家", "country", "countries", "overseas", "abroad", "international", "internationally", "海外", "国外"}
    | {"中国", "china", "申根", "schengen", "欧盟", "japanese", "korean", "british", "american", "german", "french",
       "italian", "spanish", "chinese", "thai", "indian", "dutch", "irish", "swiss", "european", "kiwi"},
    key=len, reverse=True))
_FOREIGN_DOCS = r"h1b|h 1b|brp|schengen|申根|youth mobility|蓝卡|blue card|esta|eu blue card|o 1 visa"
_VISA_NAMED = re.compile(r"签证|工签|旅签|学签|打工度假|绿卡|居留|蓝卡|(?<![a-z])(?:visas?|work permits?"
                         r"|study permits?|working holiday|green card|blue card|residence permit|h1b|h 1b|brp|esta)"
                         r"(?![a-z])")
_OURS_PLACES = (*(p for group in PLACES[1:3] for p in group), "温哥华", "多伦多", "悉尼", "雪梨", "列治文",
                "万锦", "vancouver", "toronto", "sydney", "richmond", "markham", "chatswood")
_VISA_PAID = re.compile(r"付|刷|碌|(?<![蓝绿])卡|(?<![a-z])(?:pay|paid|paying|payment|card|checkout|charge"
                        r"|charged|amex|mastercard|credit|debit)(?![a-z])")
_FOREIGN_DOC = re.compile(rf"(?<![a-z])(?:{_FOREIGN_DOCS})(?![a-z])|申根|蓝卡")
_VISA_WORK_NAMES = re.compile(r"工作签证|work visas?|work permits?|working holiday|打工度假|工签|work and holiday")
# A visa's interview and its result ("我的visa interview完多久有result", "面签完多久出结果"): the embassy's, though
# "interview" is a word of work (_AT_WORK).
_VISA_INTERVIEW = re.compile(r"(?<![a-z])visa interviews?(?![a-z])|签证面试|面签")
# A school's or a class's group of parents ("儿子学校的家长群怎么进", "how do i join my daughter's class parent whatsapp
# group", "小学的PAC group 怎么加") got the join-group answer (our skincare groups): the school's (SCHOOL).
_SCHOOL_GROUP = re.compile(
    # seventy-ninth round (blind31, probe62): a school's work-study (勤工俭学, 工读金, 工读 with the school named: "學校
    # 不是說學生都能申請工讀嗎？為什麼我的申請一直沒過" got job-application-status), the school's programme, not a job
    # of ours; Taiwan's 工讀生 alone is a shop's part-timer ("有在徵工讀生嗎" is ours)
    r"勤工俭学|工读金|(?:学校|大学|学院|校内|校方)[^\s,，。?？]{0,12}?工读|"
    r"家长群|家長群|班级群|班群|年级群|家委会|家长会群|(?:学校|小学|中学|幼儿园|幼稚园|班)(?:的)?(?:微信)?群"
    r"|(?<![a-z])(?:parents?|class|pac|pta|school) (?:[a-z]+ )?"
    r"(?:group|group chat|chat|wechat group|whatsapp group)s?(?![a-z])"
    r"|(?<![a-z])group (?:chat )?for (?:the )?(?:parents|class|school)(?![a-z])")
# Parking, anywhere ("商场停车场要收费吗", "got a parking ticket at the hospital"), a tip for a driver or a waiter
# ("do i gotta tip the delivery guy"), a hairdresser or a nail bar sought ("旺角邊度有得整頭髮"): that place's (PLACE);
# no entry speaks of them.
_PARKING = re.compile(
    r"停车|泊车|车位|小费|(?<![a-z])(?:parking|car park|carpark|parkade)(?![a-z])"
    r"|(?<![a-z])tip(?:ping)? (?:the |a |my |our )?(?:delivery|driver|courier|uber|waiter|waitress|server|barber|"
    r"hairdresser|cleaner|mover)s?(?![a-z])"
    r"|(?:哪里|边度|哪儿|哪度|边间)[^\s,，。]{0,4}?(?:剪头发|剪发|理发|整头发|做头发|电发|染发|美甲|做指甲|整指甲)"
    r"|(?<![a-z])where (?:can|do|should) (?:i|we|you) (?:get|go for) (?:a |my )?"
    r"(?:haircut|hair cut|nails done|hair done)(?![a-z])")
# A letter, a stamp or a postcard the follower or a friend posts ("给国内朋友寄信要贴多少钱邮票", "my friend's letter
# hasn't arrived", "寄封信去香港要幾耐") got the shipping times or the résumé tips: the post's (kind "letter"); not a
# cover, reference or offer letter, whose determiner is not beside "letter"; nor whom to write to (要寄信給誰, an
# e-mail asked for: eighty-third round).
_LETTER = re.compile(r"寄信(?!给(?:谁|哪))|一封信|封信|信件|挂号信|邮票|明信片|平信"
                     r"|(?<![a-z])(?:stamps?|postcards?|registered mail"
                     r"|(?:a|my|the|his|her|friend s|friends|mums?|moms?) letters?)(?![a-z])")
LETTER = "letter"
# A parcel the follower sends ("我寄给朋友的生日礼物她说还没收到", "顺丰寄回国的包裹被海关扣了",
# "用順豐寄嘢去澳洲要幾多錢") or someone else's parcel ("我朋友的parcel显示delivered但她没收到", "my neighbour's
# parcel from sf express is stuck"): read as a sender's (SENDER), not an order of ours; the brand ships to the
# follower, never for them. Not "我的订单寄到 哪了" (the follower is not the one sending), not a carrier's 寄到 or
# 寄过来 (our parcel on its way).
_SENT_BY_ME = re.compile(
    r"(?<![你们哋帮替给])我(?:自己|们)?(?:昨天|上周|上个月|刚|刚刚|之前|以前|前几天|已经)*(?:用[^\s,，。]{1,6}?)?寄"
    r"[^\s,，。]{0,8}?(?:的|了|咗|过)"
    r"|(?:用|拿|通过|经)?(?:顺丰|顺丰快递|邮局|邮政|ems|sf express)[^\s,，。]{0,2}?寄(?:嘢|东西|包裹|快递|礼物)?"
    r"(?:回|去|给|过去|返)"
    r"|(?<![a-z])(?:i|we) (?:just |already )?(?:sent|mailed|posted) (?:a |an |some |my )?"
    r"(?:parcel|package|box|gift|present|care package)s? to(?![a-z])")
# Sixty-fourth round (probe47): 顺丰 with 寄 ... 到, the thing sent named or not ("顺丰寄文件到北京要几天",
# "顺丰快递寄到北京运费多少" got shipping-time and shipping-cost), or a parcel it lost ("顺丰快递丢件了找谁赔"): our
# parcels go out with our cross-border carrier and 顺丰 only carries them inside China, so with no order of ours beside
# it (ORDERED; ADDRESSED as for every reading) it is someone's parcel sent (SENDER). 顺丰单号 stays order-tracking's.
_SF_SENT = re.compile(r"(?:顺丰|sf express)(?:快递)?[^\s,，。]{0,2}?寄[^\s,，。]{0,4}?到"
                      r"|(?:顺丰|sf express)(?:快递)?(?:丢件|丢了件|把件弄丢)")
# Seventy-first round (blind29): a document or a letter sent with a carrier, or which of its departments to call
# ("顺丰寄的文件显示签收了但我没收到 该找顺丰哪个部门" got package-problem): the sender's, even beside a delivered
# status (显示签收, which ORDERED counts as our order's)
_COURIER_DOCUMENT = re.compile(
    r"(?:顺丰|sf express|dhl|fedex|ups)(?:快递)?[^\s,，。]{0,2}?寄的 ?(?:文件|信|资料|合同|document)"
    r"|找 ?(?:顺丰|sf express|dhl|fedex|ups)(?:的)? ?(?:哪个|什么|哪一?个)?部门")
# (not a return sent back to us: "退货我寄回去了 多久退款")
_RETURNED = re.compile(r"退|换货|(?<![a-z])(?:return|returned|returning|refund|exchange)(?![a-z])")
_SOMEONE_ELSES = re.compile(
    r"(?:朋友|同事|邻居|室友|别人|人家|同学|舍友)(?:的|个|嘅)[^\s,，。]{0,3}?(?:parcel|package|包裹|快递|件)"
    r"|(?<![a-z])(?:my )?(?:friend|neighbour|neighbor|roommate|flatmate|housemate|coworker|colleague)s? "
    r"(?:parcel|package|delivery)(?![a-z])")
# A bank's own refund or charge ("银行的refund几时到账", "bank 的 dispute 要多久才退款", "someone charged my bank card
# twice", "the bank took the money twice"): the bank's (WALLET); a refund to a bank card ("退款到银行卡要多久") is ours.
_BANKS_OWN = re.compile(
    r"银行(?!卡)(?:的)? ?[^\s,，。]{0,4}?(?:退款|refund|到账|退回|退返|扣款|dispute|拒付|chargeback|争议)"
    r"|(?<![a-z])bank(?: s)? (?:的 )?(?:dispute|chargeback|reversal|refund)s?(?![a-z])"
    r"|(?<![a-z])(?:the |my |our )?bank (?:took|charged|deducted|debited|reversed|double charged)(?![a-z])"
    r"|(?<![a-z])(?:dispute|chargeback) (?:with|through|via) (?:my |the )?bank(?![a-z])"
    r"|(?<![a-z])someone (?:charged|used|stole)(?![a-z])")
# Gift ideas for something the brand does not sell ("my boyfriend's birthday is coming up, gift ideas? he's into
# cycling", "孫女 結婚 送 甚麼 禮物 好", "can someone recommend a watch for my husband's 40th") got the
# men's-skincare or gift-wrap answers: nobody's entry (kind "gift"), when nothing of skin care is in it
# ("想给男朋友买护肤品 送啥好" is the men's-skincare entry's).
_GIFTEES = (r"husband|wife|bf|gf|boyfriend|girlfriend|dad|father|mom|mum|mother|son|daughter|boss|teacher|friend|"
            r"brother|sister|grandma|grandpa|nephew|niece|coworker|colleague|in laws|partner|kid|kids")
_GIFT_ASKED = re.compile(
    r"送 ?(?:个|份)?(?:什么|啥|甚么|乜|咩|乜嘢) ?(?:礼物|好|比较好|合适|最好)|送[^\s,，。]{1,6}(?:定系|还是|或者)"
    r"|(?:礼物|手信) ?(?:送|买) ?(?:什么|啥|甚么|咩)"
    rf"|(?<![a-z])(?:gift|present|birthday|christmas|xmas|anniversary) ideas?(?![a-z])"
    rf"|(?<![a-z])ideas? for (?:a |an |his |her |my )?(?:gift|present|birthday|christmas|xmas)(?![a-z])"
    rf"|(?<![a-z])(?:recommend|suggest) (?:a |an |some )?[a-z]+ (?:for|as) (?:a |my |his |her )?(?:gift|present|"
    rf"(?:{_GIFTEES})s?)(?![a-z])"
    rf"|(?<![a-z])what (?:should|can|do|could) (?:i|you|we) (?:get|buy|give) (?:for )?(?:my |a |an )?"
    rf"(?:{_GIFTEES}|[0-9]+ year old)s?(?![a-z])")
_SKIN_CARE = re.compile(
    r"护肤|肌肤|皮肤|面霜|精华|化妆|彩妆|套装|套盒|礼盒|面膜|爽肤水|化妆水|洗面奶|洁面|防晒|乳液|口红|唇|香水|眼霜|保湿|美白"
    r"|(?<![a-z])(?:skin|skincare|cream|creams|serum|serums|moisturi[sz]ers?|sunscreen|spf|lotion|toner|cleanser|mask|"
    r"masks|lip|balm|beauty|makeup|cosmetics|perfume|set|sets|kit|kits|routine)(?![a-z])")
GIFT = "gift"
# One's own workplace: a shift swapped or covered, leave asked ("can I swap my saturday shift with someone at work",
# "调班要跟谁说"): the employer's (kind "workplace"), not our part-time jobs.
_OWN_WORKPLACE = re.compile(
    r"(?<![a-z])(?:swap|switch|trade|cover|change) (?:my |a |someone s |the |her |his )?(?:[a-z]+ )?shifts?(?![a-z])"
    r"|(?<![a-z])(?:with|from) (?:someone|a coworker|my coworker|a colleague|my colleague|my boss|my manager) at work"
    r"(?![a-z])|换班|调班|请假|请病假"
    # ninety-second round (probe43 "If I only work weekends, my boss will be angry lol"): one's own boss's temper
    r"|(?<![a-z])(?:my|our) (?:boss|manager|supervisor)(?: s)? (?:will|would|is gonna|is going to|gonna|might|may|"
    r"gets|get)(?: be| get)? (?:angry|mad|upset|pissed|furious|kill me|fire me)(?![a-z])"
    r"|老板(?:会|肯定会|一定会)?(?:生气|发火|骂我|不高兴|炒了我|炒我)")
WORKPLACE = "workplace"
# A pension or a benefit paid ("我的养老金什么时候到账"; the brand's jobs name 养老金 as a benefit, so it is no name
# of OTHER_BUSINESSES): the government's.
_BENEFIT_PAID = re.compile(r"(?:养老金|退休金|牛奶金|低保|失业金|失业救济)[^\s,，。]{0,6}?"
                           r"(?:到账|发放|入账|发|几时|什么时候|啥时候)")
GOVERNMENT = "government"
# Shops called by nicknames that are everyday words too, only where they are plainly the shop: "Shoppers" beside its
# points or pharmacy, "Grab" beside 的 ("想问 Shoppers 的 points 怎么换", "Grab的优惠码用不了").
_SHOP_NICKNAMED = re.compile(r"(?<![a-z])shoppers(?: 的| s)? (?:points|optimum|pharmacy|pharmacist)(?![a-z])"
                             r"|(?<![a-z])(?:grab|shoppers) ?的")

# Whether another maker's goods are real (seventieth round, probe53): a watch, a bag, a phone, shoes, jewellery,
# liquor bought anywhere ("bought a watch from a guy on kijiji, how can i tell if its a real omega", "网上买的茅台
# 怎么辨别真假", "買咗對AJ波鞋 點知係咪真嘢") got the authenticity entry, whose answer checks our boxes' codes: the
# maker's or a jeweller's matter (kind "goods"), when nothing of skin care and no name of ours is in the message. Its
# "you" is anyone's ("how do you check if a diamond ring is real"), so it is read before the words addressing us.
_GOODS = re.compile(
    r"名牌包|包包|手袋|手提包|手表|名表|腕表|手机|球鞋|波鞋|运动鞋|茅台|白酒|红酒|洋酒|威士忌|翡翠|手镯|玉镯|和田玉|钻石|钻戒"
    r"|金饰|黄金|项链|戒指|耳机|(?<![a-z])(?:lv|aj|gucci|rolex|omega|chanel|hermes|prada|nike|adidas|iphone|airpods)"
    r"(?![a-z])"
    r"|(?<![a-z])(?:hand ?bags?|purses?|watch|watches|phones?|sneakers|jordans|yeezys|shoes|jackets?|canada goose|"
    r"jewel(?:le)?ry|necklaces?|pearls?|bracelets?|rings?|diamonds?|gold(?! coast)|jade|"
    r"whisk(?:e)?y|wine|liquor|cognac|louis vuitton|designer bags?|headphones)(?![a-z])")
# "a real person", "a real human", "someone real" ask whether a person of ours reads the messages, not whether goods are
# real (hundred-and-eleventh round, blind45's shearer: "Phone only gets signal after eight at night out here. What hours
# is there a real person reading these" was "goods" on the phone of the follower's own signal, and got no answer).
# "a real one" still asks after goods ("bought a phone off a guy, is it a real one?").
_REAL_ASKED = re.compile(
    r"真假|正品|真的|真货|假货|假的|真嘢|鉴定|验真|辨别|(?<![a-z])(?:authentic|genuine|fake|fakes|counterfeit|"
    r"real(?! (?:person|persons|people|human|humans|live person|life person|someone)(?![a-z]))|legit|"
    r"knockoffs?|replica)(?![a-z])")
_OURS_NAMED = re.compile(r"露米|(?<![a-z])lumi(?![a-z])")
GOODS = "goods"


def _goods_real(folded: str) -> bool:
    """Whether `folded` asks whether another maker's goods are real (_GOODS, _REAL_ASKED), with nothing of skin care
    (_SKIN_CARE) and no name of ours (_OURS_NAMED) in it."""
    return (_GOODS.search(folded) is not None and _REAL_ASKED.search(folded) is not None
            and _SKIN_CARE.search(folded) is None and _OURS_NAMED.search(folded) is None)


def _rate_asked(folded: str) -> bool:
    """A general exchange rate asked (_RATE_ASKED), with nothing paid (_PAYS_ANYONE)."""
    return _RATE_ASKED.search(folded) is not None and _PAYS_ANYONE.search(folded) is None


def _visa_abroad(folded: str) -> bool:
    """A visa or permit of a country the brand does not hire in (_ABROAD_PLACES, _FOREIGN_DOC), with no Canada or
    Australia named, nothing paid, and no word of work beside it once the visa's name is out."""
    if _VISA_NAMED.search(folded) is None or _VISA_PAID.search(folded) is not None \
            or _SKIN_CARE.search(folded) is not None:  # "我在雪梨打工度假 天冷脸一直脱皮" asks about skin
        return False
    if not (_FOREIGN_DOC.search(folded) or (_ABROAD_NAMES.find(folded) and not _OURS_NAMES.find(folded))):
        return False
    return _AT_WORK.search(_VISA_WORK_NAMES.sub(" ", folded)) is None


def _sent_by_follower(folded: str) -> bool:
    """A parcel the follower sends, a document sent with a carrier, or someone else's parcel (_SENT_BY_ME,
    _COURIER_DOCUMENT, _SF_SENT, _SOMEONE_ELSES)."""
    return ((_SENT_BY_ME.search(folded) is not None or _COURIER_DOCUMENT.search(folded) is not None
             or (_SF_SENT.search(folded) is not None and not _ORDERED_NAMES.find(folded)))
            and _RETURNED.search(folded) is None) or _SOMEONE_ELSES.search(folded) is not None


def _gift_elsewhere(folded: str) -> bool:
    """Gift ideas asked (_GIFT_ASKED) with nothing of skin care in the message (_SKIN_CARE)."""
    return _GIFT_ASKED.search(folded) is not None and _SKIN_CARE.search(folded) is None


# Eighty-first round (probe64): another body's own matter told in our entries' words, the body named by its kind, not
# its name: an airline's lost bag paid out ("the airline lost my suitcase, how long is the compensation"), a
# supermarket's or a loyalty card's points, a school's work-study or scholarship application, a landlord's deposit, a
# gym's membership, a phone plan's refund, a consulate's appointment, an employer's pay slip, a game's redeem code
# (the sets' answered no-answer messages: refund-time, points-redeem, job-application-status, job-work-permit took
# them). A kind of body (_BODIES_EN, _BODIES_ZH) beside a word of what it owes, keeps or does (_OWED_EN, _OWED_ZH)
# in one clause is that body's (kind "body"), as every reading here only when nothing points at us (ADDRESSED,
# ORDERED): "can your parcel arrive before my flight", "退款会退到我的信用卡吗" stay ours. A body that is where our
# parcel goes ("ship it to my school", "寄到学校") is a destination, not the body asked about; a bank is read where it
# acts or charges (_BANKS_OWN, _BANK_FEE), not here, since a refund to one's bank card is ours. Some words are the
# body's matter by themselves (_BODY_MATTERS: a pay slip, a T4, a work-study, a redeem code of a game, a lost bag).
# Eighty-fifth round (probe68; blind35 "surf shop in Tofino sent my new wetsuit to my old place, how do I get them
# to redirect it?", "AWS的invoice怎么改company name, billing console里找不到"): another shop by its kind (a surf, bike
# or furniture shop, a florist, a bakery), and a service that bills (hosting, cloud, software): they send, return and
# bill as we do, so beside a shop what it sent, redirected or took back (_SENT_OWED) and beside either its invoice or
# receipt (_BILLED) is theirs too. Not a bare "shop" or "store" (ours), nor a kind of goods we sell (skin care).
_SHOPS_EN = (r"(?:surf|bike|bicycle|furniture|hardware|outdoor|outdoors|sports|sporting goods|electronics|appliance|"
             r"music|toy|pet|shoe|phone|computer|camera|flower|wine|liquor|thrift|pawn|repair|tire|tyre|auto parts|"
             r"bridal|jewelry|jewellery|vape|mattress|paint|garden|craft|fabric|video game|ski|camping|bike repair|"
             # eighty-seventh round (blind34 "钓具店的会员积分能换鱼竿不？", probe70): more shops by their kind, and
             # the same called a place ("the bait and tackle place has a punch card")
             r"tackle|bait|bait and tackle|fishing|hunting|gun|golf|pro|tea|bubble tea|boba|milk tea|hobby|model|"
             r"comic|comic book|trading card|board game|game|grocery|convenience|corner|dollar|discount|beer|"
             r"cannabis|weed|smoke|tobacco|farm|feed|candy|ice cream|donut|herbal|chinese medicine|health food|"
             r"supplement|vitamin|asian grocery|chinese grocery|kitchen|record|antique|uniform|party|costume) "
             r"(?:shop|store|shops|stores|outlet|place)|pawnshop|dispensary|teahouse|tea house|deli|greengrocer|"
             r"bookstore|bookshop|book store|florists?|bakery|bakeries|butcher|"
             r"jewell?er|optician|dry cleaners?|car dealership|dealership|mechanic|furniture company|moving company|"
             r"movers|removalists?|delivery company|courier company|shipping company|freight company|"
             # eighty-ninth round (probe72): a marketplace by what it is ("the online marketplace seller won't take
             # back the lamp")
             r"online marketplace|marketplace seller|marketplace|second hand app|resale app|"
             # hundred-and-fourth round (blind40 "how long does the commissary take to refund a returned item"):
             # a base's or a camp's store
             r"commissary|commissaries|canteen|tuck shop|base exchange|"
             # hundred-and-twelfth round (blind45 "Wool broker still hasn't paid out", probe90 "my sister's boutique
             # gives referral codes", probe95): a boutique, a wool or livestock broker (not a customs broker, whose
             # fees may be an order of ours)
             r"boutiques?|(?:wool|livestock|stock and station|cattle) brokers?")
_SHOPS_ZH = (r"(?:家具|家私|花|单车|自行车|电器|家电|面包|蛋糕|五金|运动用品|户外用品|户外|鞋|手机|电脑|相机|数码|"
             r"宠物|玩具|书|二手|眼镜|首饰|珠宝|冲浪|滑雪|乐器|水果|床垫|文具|"
             # eighty-seventh round (blind34, probe70)
             r"钓具|渔具|鱼具|钓鱼|茶|茶叶|奶茶|咖啡|模型|动漫|卡牌|桌游|游戏|杂货|烟酒|酒|米|海味|参茸|药材|中药|干货|"
             r"便利|水族|花鸟|零食|糖果|文玩|古董|烟)(?:店|铺|行)"
             r"|搬家公司|快递公司|速递公司|物流公司|(?:快递|速递|顺丰|物流)那边"
             # ninety-sixth round (blind41 "全屋定制的柜子送货地址写错了，定制厂那边的物流还能改地址吗", probe79):
             # a maker that delivers what it made
             r"|定制厂|家具厂|家私厂|橱柜厂|工厂|厂家|厂商|厂方"
             # hundred-and-fourth round (probe87 "装修公司的尾款付了，发票一直不给开"): companies by their trade
             r"|(?:婚庆|装修|家政|保洁|旅游|旅行|培训|留学|移民|装饰|婚纱|摄影|租车|搬屋)公司|旅行社|婚纱店|影楼"
             r"|网购平台|电商平台|购物平台|购物网站|二手平台|跨境电商")  # eighty-ninth round (probe72)
_SERVICES_EN = (r"web host|web hosting|hosting company|hosting provider|cloud provider|cloud service|cloud account|"
                r"domain registrar|software company|accounting software|billing console|billing portal|"
                r"billing dashboard")
_SERVICES_ZH = r"云服务器|云服务|云主机|服务器|域名|主机商|会计软件|财务软件|软件公司|控制台"
# Eighty-seventh round (blind34 "教會的奉獻可以刷信用卡嗎", "教会奉献的收据能拿去报税吗", "The co-op says my patronage
# points expire at year end", probe70): bodies one belongs to or gives to, by what they are: churches, temples,
# mosques, charities; co-ops, credit unions, associations of farmers, alumni, hometowns or businesses, service clubs
# and unions. Their offerings, donations, dues, member shares and dividends are paid by card or transfer and
# receipted for taxes as our orders are, so beside one of them a payment, a card, a receipt, a gift or a due
# (_GIVEN) is theirs too, besides what any body owes (_OWED).
_GATHERINGS_EN = (r"church|churches|parish|chapel|cathedral|congregation|temple|temples|mosque|masjid|synagogue|"
                  r"gurdwara|mandir|monastery|charity|charities|food bank|nonprofit|non profit|ngo|"
                  r"co op|coop|co operative|cooperative|credit union|associations?|society|societies|"
                  r"chamber of commerce|business association|residents association|homeowners association|hoa|"
                  r"community association|community centre|community center|ymca|ywca|rotary|rotary club|"
                  r"lions club|kiwanis|toastmasters|service club|trade union|labour union|labor union|union dues|"
                  # ninety-second round (blind36 "Knitting guild membership renewal — do I pay the treasurer in cash",
                  # probe75): a guild of any craft, a choir, an orchestra
                  r"guilds?|choirs?|chorus|choral society|orchestras?|"
                  r"(?:rotary|lions|jockey|racing|turf|curling|hockey|skating|dance|photography|camera|fishing|"
                  r"hunting|gun|car|motorcycle|riding|equestrian|horse|bridge|mahjong|supper|social|karaoke|"
                  r"gardening|garden|birding|knitting|quilting|hiking|tennis|golf) clubs?|"
                  # betting and lotteries (the "betting" names above are theirs alone)
                  r"racecourse|race track|racetrack|casinos?|lottery|lotto|lotto tickets?|scratch tickets?")
_GATHERINGS_ZH = (r"教会|教堂|礼拜堂|天主堂|堂会|寺庙|寺院|佛寺|佛堂|精舍|道观|宫庙|庙宇|庙里|妈祖庙|关帝庙|黄大仙|"
                  r"清真寺|慈善机构|慈善团体|慈善会|慈善|基金会|善堂|功德会|慈济|合作社|信用社|农会|渔会|农协|"
                  r"工会|同乡会|校友会|商会|宗亲会|街坊会|业委会|业主委员会|狮子会|扶轮社|协会|公会|会馆|社区中心|"
                  r"长者中心|老人中心|马会|赛马会|赌场|彩票|刮刮乐"
                  r"|合唱团|合唱队|管弦乐团|交响乐团|剧社|书法会"  # ninety-second round (probe75)
                  # ninety-sixth round (blind41 "学生会的会员费交了能退吗", "龍獅總會嘅年費交咗可唔可以退", probe79)
                  r"|学生会|社团|总会|联谊会|龙狮会|醒狮会|车会")
_GIVEN = re.compile(r"(?<![a-z])(?:tithes?|tithing|offerings?|donat(?:e|es|ed|ing|ion|ions)|giving|pledges?|"
                    r"receipts?|tax|taxes|card|cards|credit card|debit card|pay|paying|paid|apple pay|e transfer|"
                    r"etransfer|zakat|dues|shares?|dividends?|patronage|collection)(?![a-z])"
                    r"|奉献|献金|捐|香油|功德|善款|光明灯|点灯|法会|收据|发票|刷卡|碌卡|信用卡|转账|付|俾钱|给钱|报税|"
                    r"抵税|免税|会费|会员费|年费|股金|分红|入股|退股")
_GATHERING = re.compile(rf"(?:{_GATHERINGS_EN})|{_GATHERINGS_ZH}")
# (not when it buys: "教会采购要收据入账，订单的收据在哪里找" is our order's receipt)
_GATHERING_BUYS = re.compile(r"订单|下单|采购|团购|买|(?<![a-z])(?:order|orders|ordered|ordering|purchase|purchased|"
                             r"purchasing|buy|buying|bought|bulk)(?![a-z])")
_SHOP = re.compile(rf"(?:{_SHOPS_EN})|{_SHOPS_ZH}")
_SERVICE = re.compile(rf"(?:{_SERVICES_EN})|{_SERVICES_ZH}")
_SENT_OWED = re.compile(r"(?<![a-z])(?:sent|send|mailed|shipped|delivered|redirect|reroute|redeliver|money back|"
                        r"take back|took back|damage claim|won t take|wont take|"
                        # hundred-and-fourth round (probe73 "what's the damage on a new driver at the pro shop"): what
                        # another shop charges for its goods
                        r"damage on|going rate)(?![a-z])"
                        r"|送错|寄错|送到|寄到|改送|改寄|寄咗|寄了|送了|(?:唔|不)(?:肯|给|俾)(?:换|退)|赔"
                        r"|送货地址|改地址|物流"  # ninety-sixth round (a maker's delivery)
                        r"|尾款")  # hundred-and-fourth round: a contractor's balance ("装修公司的尾款付了", probe87)
_BILLED = re.compile(r"(?<![a-z])(?:invoices?|receipts?|billing|bill|bills)(?![a-z])|发票|收据|抬头")
_BODIES_EN = (r"airlines?|airways|airport|baggage claim|lost luggage|lost baggage|supermarkets?|grocery stores?|grocer|"
              r"loyalty cards?|loyalty program|rewards cards?|bonus cards?|landlords?|landlady|property manager|"
              r"letting agent|real estate agent|strata|gyms?|fitness club|yoga studio|phone carrier|mobile carrier|"
              r"phone plan|mobile plan|data plan|phone provider|internet company|internet provider|cable company|"
              r"consulate|embassy|city council|the council|registry office|immigration office|government office|"
              # hundred-and-eighteenth round (blind46 "Council still hasn't refunded the permit fee ... How long do
              # councils take with refunds?", probe101; the hundred-and-fifteenth read the same, probe98): a council
              # without "the", as its ratepayers name it, an Australian shire, a municipality, a town hall
              r"councils?|shire|shire council|municipality|municipal office|city hall|town hall|"
              r"games?|in game|gaming|streaming service|"
              r"campus|insurance company|insurer|travel insurance|hotel|salon|hair salon|nail salon|barber|dentist|"
              r"dental clinic|flights?|plane tickets?|air tickets?|atm|restaurant|cafe|"
              # eighty-fifth round (probe68): insurers by what they insure, exchanges and brokers, clubs by their
              # sport, apps by what they do, cinemas, petrol stations, coffee shops
              r"(?:pet|car|auto|health|dental|travel|home|house|renters|tenant|tenants|life|phone|device|contents) "
              r"insurance|crypto exchange|stock exchange|exchange platform|stock ?broker|brokerage|trading app|"
              r"(?:golf|swim|swimming|tennis|book|badminton|sports|country|football|soccer|rugby|rowing|sailing|ski|"
              r"running|chess|hiking|yacht|squash|cricket|bowling|fan|wine|cycling) clubs?|"
              r"(?:food delivery|delivery|ride|ride hailing|ride sharing|rideshare|taxi|cab|language|language learning|"
              r"dating|fitness|workout|streaming|music|video|banking|budget|parking|meditation|vpn) apps?|"
              r"(?:dating|matchmaking|streaming|video|music) (?:site|website|platform|service)s?|"
              r"cinemas?|movie theat(?:re|er)s?|petrol station|gas station|coffee shops?|car wash|ticket (?:site|app)|"
              rf"daycare|driving school|tutoring centre|tutoring center|vet clinic|{_SHOPS_EN}|{_SERVICES_EN}|"
              # ninety-second round (blind36 "泳池的 membership 到期了，怎么 renew", probe75): a pool, a rec centre
              r"pools?|swimming pools?|swim club|aquatics? cent(?:re|er)s?|leisure cent(?:re|er)s?|rec cent(?:re|er)s?|"
              r"recreation cent(?:re|er)s?|sports cent(?:re|er)s?|ice rink|skating rink|"
              # ninety-sixth round (blind41 "the science centre's annual pass ... any birthday discount?", "營地訂金",
              # probe79): places one holds a pass to or books a stay at
              r"zoos?|museums?|science cent(?:re|er)s?|aquariums?|planetarium|theme parks?|amusement parks?|"
              r"water ?parks?|art galler(?:y|ies)|botanical gardens?|ski resorts?|campsites?|campgrounds?|"
              r"rv parks?|hostels?|motels?|b and b|bnb|"
              # (blind39 "my dance studio membership — 我想 cancel 但是 they keep charging my card")
              r"(?:dance|pilates|barre|spin|cycling|boxing|martial arts|karate|taekwondo|kung fu|music|art|pottery|"
              r"ballet|climbing|bouldering|crossfit|fitness|tattoo|photo|recording) (?:studios?|academy|gym)|"
              # eighty-seventh round (probe70): crypto coins, beside what is owed (a refund, a withdrawal, a fee)
              rf"crypto|cryptocurrency|cryptocurrencies|bitcoin|btc|usdt|tether|ethereum|dogecoin|stablecoins?|"
              rf"{_GATHERINGS_EN}")
_BODIES_ZH = (r"航空公司|航司|机场|超市|商超|集点卡|学校|校方|学院|房东|业主|物业|中介|健身房|健身室|健身中心|瑜伽馆|"
              r"运营商|电讯公司|电信公司|移动公司|大使馆|领事馆|使馆|区公所|市政府|政府|外管局|办公室|市政厅|市议会|区议会|"
              r"游戏|保险公司|酒店|发型屋|理发店|美发店|牙医|牙科|餐厅|航班|机票|提款机|取款机|"
              # eighty-fifth round (probe68)
              r"车险|宠物险|宠物保险|医疗险|旅游保险|旅游险|旅行保险|寿险|家居保险|续保|交易所|券商|俱乐部|球会|会所|"
              r"(?:羽毛球|网球|游泳|高尔夫|乒乓球|篮球|足球|跑步|读书|登山|行山|单车)(?:会|协会|社)|"
              r"外卖app|外卖平台|外卖软件|叫车app|打车app|打车软件|叫车软件|网约车|视频网站|视频app|音乐app|"
              rf"电影院|戏院|影院|加油站|洗车|驾校|补习班|补习社|托儿所|{_SHOPS_ZH}|{_SERVICES_ZH}|{_GATHERINGS_ZH}|"
              r"比特币|以太坊|泰达币|狗狗币|加密货币|虚拟货币|虚拟币|数字货币"
              r"|泳池|游泳池|游泳馆|泳馆|康乐中心|体育馆|运动中心|溜冰场"  # ninety-second round (blind36, probe75)
              # ninety-sixth round (blind38 "營地訂金付了 颱風要取消 營主說只能改期不能退", "生殖中心开的促排药能不能走
              # 商业保险报销", probe79): a campsite or an inn booked, a health insurer claimed from
              r"|营地|营区|露营区|露营地|营主|民宿|度假村|旅馆|旅社|动物园|博物馆|科学馆|水族馆|游乐园|主题乐园"
              r"|商业保险|商保|医疗保险|医保|社保"
              # hundred-and-fourth round (blind42 "婚恋网站的年费会员…自动扣了我两千多", probe81 "串流平台的會員可以
              # 取消嗎", probe73 "划艇队周六几点集合", probe87): sites and apps by what they do, companies by their
              # trade, a team by its sport
              r"|(?:婚恋|相亲|交友|约会|串流|流媒体|影音|视频|音乐|直播|招聘|租房)(?:网站|网|平台|app|软件)"
              r"|(?:龙舟|划艇|赛艇|皮划艇|篮球|足球|排球|羽毛球|网球|游泳|田径|棒球|冰球|舞蹈|啦啦|合唱|醒狮|舞狮)队"
              # hundred-and-sixth round (blind44's web-novel writers, probe89): a publisher or a printer, whose fees,
              # parcels and sample copies are theirs
              r"|出版社|出版公司|印刷厂|印刷公司"
              # hundred-and-ninth round (blind45's hired drivers and mountain guides, probe92): a platform by the
              # work it gives out (代驾平台's fines, a delivery platform's deposits)
              r"|(?:代驾|跑腿|货运|配送|骑手|司机|打车|叫车|外卖|网约车)平台")
_OWED_EN = (r"refunds?|refunded|reimburse|reimbursed|reimbursement|compensation|compensate|pay out|payout|pay back|"
            r"paid back|paid out|deposit|bond|points|rewards|miles|membership|memberships|subscription|application|"
            r"applications|applied|appointments?|booking|voucher|vouchers|coupons?|codes?|"
            r"fees?|charged|overcharged?|overcharging|claim|claims|"
            r"bill|bills|cancel|cancelled|canceled|cancellation|freeze|pause|transfer|hours|open|opens|close|closes|"
            r"return|returns|exchange|cover|covers|part time|full time|contract|roster|overtime|offer letter|hire|"
            r"hiring|vacancies|vacancy|balance|"
            # eighty-seventh round (probe70): a withdrawal, a due, a dividend, a prize, a punch card's stamps
            r"withdrawal|withdrawals|withdraw|dues|dividends?|patronage|winnings|prizes?|jackpot|stamps|"
            r"stamp card|punch card|stored value|"
            # ninety-sixth round (blind41, probe79): a pass held, a stay booked, a perk or a discount of its own
            r"annual pass|annual passes|season pass|season passes|passes|pass|perks?|discounts?|birthday")
_OWED_ZH = (r"退款|退费|退钱|退回|退返|退还|赔偿|赔钱|理赔|押金|按金|积分|点数|里程|会员|会籍|年卡|月卡|申请|预约|订单|"
            r"优惠券|兑换码|礼包码|营业|几点|手续费|年费|月费|会费|学费|管理费|物业费|清洁费|违约金|罚款|账单|话费|退货|取消|续费|转账|"
            r"兑换|到账|扣|余额|储值|会员卡|招人|请人|优惠码|折扣码|费用|(?<!陪)赔|学费|"
            r"分红|股金|提款|提现|奖金|中奖|集点|印花"  # eighty-seventh round (probe70)
            r"|订金|定金|年票|年卡"  # ninety-sixth round (blind38, blind41, probe79)
            r"|佣金发票|佣金收据"  # hundred-and-ninth round (blind45 "brokerage的佣金发票在哪下载", probe92)
            r"|多收|多扣")  # hundred-and-eighteenth round (probe101 "市政厅多收了我的垃圾费"): a body's overcharge
_DESTINATION = re.compile(
    # (not another shop's free shipping: "what's the minimum spend for free shipping at Lululemon", probe82)
    r"(?<![a-z])(?<!free )(?:ship|shipped|shipping|deliver|delivered|delivering|send|sent|sending|post|mail|bring|"
    r"address|pick up|pickup|collect)"
    r"(?: it| them| this| that| my [a-z]+| the [a-z]+| your [a-z]+| stuff| orders?| parcels?)?"
    r" (?:to|at) (?:my |the |our |a |an |his |her )?(?:[a-z]+ )?$"
    r"|(?:寄|送|发|运|收|改|放)(?:到|去|往|给|在|成)[^\s,，。?？]{0,4}?$|(?:地址|住址)[^\s,，。?？]{0,4}?$")
# ... nor a body named as an address ("订单写的学校地址，能改成家里的吗", "the school address is on the order"): where
# the parcel goes too (faq81 and faq82 merged: probe65's teacher got no answer)
_ADDRESS_OF = re.compile(r"(?:的|嘅)?(?:地址|住址)| ?(?:s )?address")
# ... nor a body named as where a person is from ("if I refer my friend from church do we both get points?", "教会的姐妹
# 推荐的"): whom the follower knows there, not the body asked about (eighty-seventh round, probe70)
_PEOPLE_EN = (r"friends?|mates?|buddy|buddies|lady|ladies|sisters?|brothers?|aunties?|pastor|priest|classmates?|"
              r"neighbou?rs?|teammates?|bestie|bff")
_PERSON_FROM = re.compile(rf"(?<![a-z])(?:{_PEOPLE_EN}) (?:from|at|in|of) (?:my |the |our |his |her |a )?$")
_PERSON_OF = re.compile(r"^(?:里|嘅|的|认识)*(?:一个|个|位)?(?:姐妹|姊妹|弟兄|兄弟|朋友|会友|教友|同工|师兄|师姐|"
                        r"街坊|同学)")
_EMPLOYERS = r"employer|payroll|my boss|my manager|hr department|the hr|老板|雇主|人事部?|公司的"
_EMPLOYER = re.compile(_EMPLOYERS)
# ... an office (a consulate, a council, a government's): what it keeps asked anywhere in the message ("在意大利办
# codice fiscale要预约吗，去哪个办公室")
_OFFICE = re.compile(r"consulate|embassy|city council|the council|registry office|immigration office|government office"
                     r"|大使馆|领事馆|使馆|区公所|市政府|政府|外管局|办公室"
                     # eighty-fifth round: a billing console, and a courier company asked what it pays
                     rf"|{_SERVICES_EN}|控制台|快递公司|速递公司|物流公司|搬家公司|delivery company|courier company"
                     r"|moving company|shipping company|freight company|movers|removalists?")
# (a possessive folds to "s": "the hosting provider's invoice" is "the hosting providers invoice")
_BODY = re.compile(rf"(?<![a-z])(?P<name>{_BODIES_EN}|{_EMPLOYERS})(?: ?s)?(?![a-z])|{_BODIES_ZH}")
_OWED = re.compile(rf"(?<![a-z])(?:{_OWED_EN})(?![a-z])|{_OWED_ZH}")
_WORK_OWED = re.compile(r"(?<![a-z])(?:salary|wages?|raise|shifts?|part time|full time|contract|roster|overtime|"
                        r"offer letter|pay ?slips?|pay ?stubs?|pay cheque|paycheck|tips)(?![a-z])"
                        # (eighty-fifth round: expenses it has not paid back; a receipt for the boss's expense claim
                        # is ours, blind32)
                        r"|(?<![a-z])(?:hasn t|hasnt|haven t|havent|won t|wont|didn t|didnt|never|not|refuses to|"
                        r"refused to) (?:yet )?(?:reimbursed?|paid (?:me )?back|pay (?:me )?back|repaid)(?![a-z])"
                        r"|工资|粮单|人工|薪水|加薪|合同")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_BODY_MATTERS = re.compile(
    # ninety-sixth round (blind38 "how do i cancel kindle unlimited before it renews?", blind41 "my yoga studio's
    # membership app auto-renewed me", probe79): a subscription renewing by itself; nothing of ours renews
    r"(?<![a-z])(?:auto ?renew(?:s|ed|al|ing)?|before it renews|renews? (?:automatically|every|each|next))(?![a-z])"
    r"|自动续费|自动续订|自动扣费|连续包月|连续包年|"
    # hundred-and-ninth round (blind45's mountain guides "排雲山莊床位沒抽到，已經付的申請費…要去哪裡申請退費",
    # probe92): a bed or a campsite's pitch drawn by lot, a lodge's or a camp's; we draw nothing by lot
    r"(?:床位|营位|铺位|山屋|山庄)[^\s,，。?？]{0,4}?(?:没抽到|没抽中|抽到|抽中|抽签)|"
    # ... and a health insurer's claim ("能不能走商业保险报销"; not a school's or a company's 报销, which needs our
    # receipt: "学校要报销" is receipt-invoice's)
    r"(?:商业保险|商保|医疗保险|医保|社保)[^\s,，。?？]{0,6}?(?:报销|理赔)|"
    r"(?<![a-z])(?:pay ?slips?|pay ?stubs?|t4s?|w 2|w2|p60|work ?study|redeem codes?|gift codes?|"
    r"lost (?:my )?(?:bag|bags|luggage|suitcase)|(?:bag|bags|luggage|suitcase) (?:got |was |is )?lost|"
    r"scholarships?|bursary|bursaries|student loans?|osap|frequent flyer|(?:airline|flight|air) miles|"
    r"miles (?:expire|expiring|redeem)|(?:credit|debit|bank) card (?:points|rewards|miles)|"
    r"(?:new|replacement) (?:debit|credit|bank) card|(?:atm|machine) (?:ate|swallowed|took|kept|eaten)|"
    r"(?:swallowed|eaten|ate|taken|kept) by (?:the |an )?atm|"
    r"(?:e ?transfers?|wire transfers?|bank transfers?)(?: [a-z]+){0,6} (?:in|into|to) my (?:bank )?account|"
    r"hr (?:said|says|told|sent|emailed)|(?:steam|psn|playstation|xbox|nintendo|google play|play store|"
    r"app store) ?(?:的 ?)?(?:refund|refunds|wallet|gift card|account|purchase|points|退款|充值|"
    # eighty-seventh round (probe66 "Steam的invoice怎么加公司抬头", probe70): a game store's receipt or invoice; a
    # co-op's patronage, member shares and fuel cardlock (blind34)
    r"invoices?|receipts?|发票|收据)|patronage (?:points|dividends?|refunds?|returns?|allocations?|equity)|"
    r"cardlock|member(?:ship)? shares?|"
    # ... and a donation's receipt, which nobody selling gives ("The Buddhist association sends donation receipts")
    r"(?:donation|charitable|charity|tithing|offering) receipts?|tax receipts? for (?:my |the |a |our )?"
    r"(?:donations?|offerings?|tithes?|gifts? to)|"
    r"post office (?:hire|hires|hiring|jobs?))(?![a-z0-9])"
    r"|捐款收据|捐赠收据|奉献收据|善款收据|功德收据"
    r"|工资条|工资单|粮单|糧單|勤工俭学|(?:学校|大学|校内|校园)[^\s,，。]{0,6}?工读|助教|礼包码|行李(?:丢|弄丢|遗失|延误|破|坏)|(?:丢|遗失)[^\s,，。]{0,2}?行李"
    r"|奖学金|助学金|学生贷款|里程|(?:信用|银行|借记)卡[^\s,，。]{0,2}?(?:积分|点数|红利)|吞卡"
    r"|新(?:的)?(?:银行卡|信用卡|借记卡)|银行[^\s,，。]{0,3}?新卡|转错|汇错|话费|电话费|(?:电话|手机)月费|月租|套餐费"
    r"|(?<![a-z])hr ?(?:说|讲|话)|(?:手机|电话|流量|上网)套餐"
    # hundredth round (blind40's seafarers and caregivers' families, blind41, probe83): a document of one's own
    # expiring ("海员证快到期了，去哪儿换证" got shelf-life), a bank card expiring, an agency's fee for a caregiver
    # ("外籍看護的仲介費可以退嗎" got return-policy; not the agency itself, which buys for the caregiver and asks our
    # receipt), and a complaint about another shop ("咋投诉那个淘宝店"; not 告知门店, which tells)
    r"|(?:海员证|船员证|护照|驾照|驾驶证|驾驶执照|回乡证|通行证|居留证|居留卡|健康证|行驶证|暂住证|学生证|工作证|"
    r"签注|的士牌|出租车牌|牌照|营业执照|执照)[^\s,，。?？]{0,4}?(?:快|要|已经|已|就)?(?:到期|过期|续期|换证|换新|续)"
    r"|(?:信用|银行|借记|储蓄)卡[^\s,，。?？]{0,4}?(?:快|要|已经|已|就)?(?:到期|过期)"
    # hundred-and-fourth round (blind40 "production 的 per diem 什么时候 pay", blind43 "Jira license 的 invoice",
    # probe87): a crew's per diem, an employer's; a software licence's invoice or renewal, its maker's
    # (only owed, not where money comes from: "能用 PayPal 付吗？production 发的 per diem 都在 PayPal 里", blind40)
    r"|(?<![a-z])per ?diems?(?![a-z])[^,，。?？]{0,20}?(?:什么时候|几时|还没|没收到|没到|未到|未收到|(?<![a-z])(?:late|"
    r"pay|paid|owed|owe|missing|hasn t|hasnt|not yet)(?![a-z]))"
    r"|(?<![a-z])(?:when|what day)(?: [a-z]+){0,6} per ?diems?(?![a-z])"
    r"|(?<![a-z])licen[cs]es? ?(?:的 ?)?(?:invoices?|renewals?|fees?|keys?|seats?)(?![a-z])"
    r"|(?<![a-z])(?:[a-z]+ )?licen[cs]e (?:renewal )?(?:invoices?|billing|seats?)(?![a-z])"
    r"|(?<![a-z])(?:software|saas|seat) licen[cs]es?(?![a-z])"
    r"|(?:中介|仲介|职介)费|(?:投诉|举报)(?:那个|这个|那家|这家|个|那间|呢间|嗰间)?[^\s,，。?？]{0,4}?"
    r"(?:店|卖家|商家|店家|店铺|网店|店主)"
    r"|(?<![a-z])(?:an? )?invoices? (?:from me|to my clients?|for my clients?)(?![a-z])"
    # ninety-second round (probe69 "考研报名费可以退吗", probe75): an exam's registration fee, the exam board's
    r"|报名费|考试费|考费|考位费|(?:考研|雅思|托福|高考|中考|会考|驾考|笔试|路考)[^\s,，。?？]{0,4}?(?:费|退|改期)"
    r"|(?<![a-z])(?:exam|test|ielts|toefl|gre|gmat|lsat|mcat|celpip|hsk|driving test|road test)"
    r" (?:fee|fees|registration|booking|reschedul(?:e|ing))(?![a-z])"
    # a bank's, a carrier's or an airline's own customer service ("银行客服几点有人接电话")
    r"|(?:银行|电信|电讯|运营商|航空公司|保险公司|移动公司|联通)(?:公司)?(?:的)?(?:客服|热线|投诉电话|投诉热线|服务电话)"
    r"|(?<![a-z])(?:bank|bank s|airline|airline s|phone company|insurance company|insurer)"
    r" (?:customer service|support line|hotline|call centre|call center)(?![a-z])"
    # a job at another kind of employer ("a cover letter for a nursing job at the hospital"), a school's slip or form
    r"|(?<![a-z])(?:job|jobs|position|role|shift|shifts|interview) (?:at|with) (?:the |a |an |my |our )?(?:local )?"
    # (eighty-fifth round: a place's name before its kind, "a job at the Richmond Centre food court"; a national
    # post's hiring, "how long does Canada Post take to reply to a job application")
    r"(?:[a-z]+ ){0,3}?(?:hospital|school|bank|supermarket|airport|restaurant|cafe|council|clinic|hotel|warehouse|"
    r"factory|post office|food court|cinema|gas station|grocery store|car wash|daycare)"
    r"(?![a-z])|(?<![a-z])(?:canada post|australia post|royal mail|usps)(?: [a-z]+){0,6} "
    r"(?:jobs?|job applications?|hiring|interviews?)(?![a-z])"
    r"|(?:医院|学校|银行|超市|餐厅|工厂|机场)的(?:工作|职位|面试|岗位)"
    r"|(?<![a-z])(?:permission slip|consent form|field trip form|report card)s?(?![a-z])"
    # eighty-fifth round (probe68; blind35 "Canon送修的camera还没寄回来", "小红书蒲公英的合作款结算一般多久到账", "Rego
    # renewal for the ute went to my old address"): a maker's repair or warranty (we repair nothing), a platform's
    # payout to a creator, a vehicle's registration, a property tax, a jury summons, a voter's registration
    r"|送修|寄修|维修|保修|返修|(?<![a-z])(?:warranty|for repairs?|repair shop|repair centre|repair center"
    r"|in for repair|rego|car registration|vehicle registration|registration renewal|licen[cs]e plates?"
    r"|plate renewal|property tax|jury duty|jury summons|voter registration|electoral roll|transport department"
    r"|department of transport|motor registry|licensing office)(?![a-z])|选民登记|行驶证|年检|车船税|差饷|陪审"
    # (a platform's payout, "小红书的带货佣金什么时候结算", needs the platform named: a creator selling ours asks us)
    rf"|(?<![a-z])(?:{_PLATFORMS}|视频号|快手|b站|哔哩哔哩|youtube|油管|蒲公英|星图)(?![a-z])[^,，。?？]{{0,12}}?"
    r"(?:佣金|合作款|合作费|广告收入|广告分成|推广费|稿费|创作者基金|创作激励)[^\s,，。]{0,6}?"
    r"(?:结算|到账|打款|入数|入账|发放|几号发|几号到|多久到)"
    # a flat to rent, a ferry's, a bus's or a train's times: the landlord's and the operator's
    r"|(?<![a-z])(?:find|finding|rent|renting|look for|looking for) (?:a |an )?(?:flat|apartment|room|rental|"
    r"house share|place to live)(?![a-z])|租房|找房"
    r"|(?:船|渡轮|巴士|火车|高铁|地铁|(?<![a-z])(?:ferry|ferries|bus|train))"
    r"[^\s,，。?？]{0,6}?(?:几点|时刻表|班次|(?<![a-z])(?:schedule|timetable)(?![a-z]))")
_CLAUSE_BREAK = re.compile(r"[,，。.!！;；?？\n]+")
# ... and a business by a name nobody listed ("my Jumia order", "Albert Heijn 的 bonus card 积分", "ordered a lamp
# off Wayfair", "Air New Zealand lost my bag"): a word that is no everyday English word (bot.content.words_en) and no
# word of the brand's content or of the places it knows, where a name of a business stands: after a determiner and
# before what a business keeps for its customers (an order, a refund, points, a card...), before 的 and one of those,
# after a purchase's "off / from / on", or as the subject of what a business does to a customer. Messages reach the
# FAQ case-folded, so the word's being unknown, not its capital, is the sign. Kind "shop" when an order or a purchase
# is said, else "body". An airline as "air" and a place ("air new zealand", "air france") is one too.
_KEPT_EN = (r"order|orders|parcel|package|delivery|refund|refunds|return|returns|points|rewards|bonus card|"
            r"loyalty card|rewards card|club card|clubcard|membership|account|app|voucher|vouchers|coupon|coupons|"
            r"gift card|miles|claim|wallet|subscription|purchase|seller")
# (a programme's points need no determiner before the name: "how many Flybuys points for a voucher"; an order does,
# "Coquitlam order", "tamang order" are a place's and a Tagalog word's)
_LOYALTY_EN = (r"points|rewards|miles|voucher|vouchers|bonus card|loyalty card|rewards card|club card|clubcard|"
               r"membership|wallet|subscription")
_UNKNOWN = r"([a-z]{4,})"
_NAME_KEEPS = re.compile(
    rf"(?<![a-z])(?:my|the|a|an|our|his|her|their) {_UNKNOWN}(?: s)? (?:{_KEPT_EN})(?![a-z])"
    rf"|(?<![a-z0-9]){_UNKNOWN} s (?:{_KEPT_EN})(?![a-z])"
    rf"|(?<![a-z0-9]){_UNKNOWN} (?:{_LOYALTY_EN})(?![a-z])"
    rf"|(?<![a-z0-9]){_UNKNOWN} ?的 ?[^\s,，。?？!！]{{0,12}}?(?:{_KEPT_EN}|{_OWED_ZH}|订单|快递|包裹|积分|卡)"
    rf"|(?<![a-z])(?:ordered|bought|purchased)(?: [a-z]+){{0,4}} (?:off|from|on|via) {_UNKNOWN}(?![a-z])"
    # eighty-ninth round (blind37, probe72): bought on a marketplace nobody listed, in Chinese ("Wildberries上买的")
    rf"|(?<![a-z0-9])(?:在 ?)?{_UNKNOWN} ?(?:上|里|网|网上|app上)(?:买|购买|下单|订|拍|入手)(?:的|了)"
    rf"|^{_UNKNOWN} (?:lost|cancelled|canceled|charged|refunded|owes|still hasnt|hasnt|wont|refuses|refused|"
    rf"never|sent|shipped|took|double charged|overcharged)(?![a-z])")
# (hundred-and-fourth round, blind42 "Chewy sent me a clipper blade set", "Interflora took my order fee but never sent
# the wreath": what a seller does, so the order said beside it was placed there, SHOP)
_SELLER_DID = re.compile(r"^[a-z]+ (?:sent|shipped|took|charged|double charged|overcharged|refunded|cancelled|canceled)"
                         r"(?![a-z])")
# ... and an invoice or a bill on a service's name, be it an everyday word too ("the company name on my Azure
# invoice"), unless the word is one of the brand's content (our invoice's "order", "tax", "company") or a bill's own
# (monthly, final, corrected...). Eighty-fifth round (probe68).
_BILLED_BY = re.compile(r"(?<![a-z])(?:on|for|from|of|in) (?:my|the|our|an|a|their) ([a-z]{3,}) "
                        r"(?:invoice|invoices|billing|bill|bills)(?![a-z])")
_BILL_WORDS = frozenset({"monthly", "annual", "yearly", "latest", "final", "recent", "paper", "digital", "proper",
                         "corporate", "vat", "proforma", "pro", "formal", "separate", "updated", "corrected", "revised",
                         "duplicate", "copy", "current", "next", "previous", "second", "third", "same", "whole",
                         "detailed", "itemized", "itemised", "original", "official", "printed", "emailed", "written"})
# ... and a thing taken back to a shop by its name, be it an everyday word too ("how do i return something to winners
# without a receipt"), unless the word is the brand's content's or where anything goes back (Eighty-fifth round)
_RETURNED_TO = re.compile(r"(?<![a-z])(?:return|returning|take back|taking back|bring back|bringing back) "
                          r"(?:something|stuff|things|it|them|this|that|an item|items|a [a-z]+|my [a-z]+) to "
                          r"([a-z]{4,})(?![a-z])")
_NOT_A_SHOP = frozenset({"sender", "store", "stores", "shop", "shops", "them", "they", "your", "yours", "their",
                         "that", "this", "where", "which", "whom", "what", "when", "someone", "somebody"})
_SHOPPED = re.compile(r"(?<![a-z])(?:order|orders|ordered|bought|purchase|purchased|seller|parcel|package|"
                      r"delivery)(?![a-z])|订单|买|快递|包裹")
_AIR = re.compile(r"(?<![a-z])air ([a-z]+(?: [a-z]+)?)")
_PLACE_WORDS = frozenset(normalize(p) for group in PLACES for p in group if p.isascii())


# ... and a shop's hours asked by a name that is none of ours ("does anyone know what time Target closes tonight"):
# the words after "what time does" are no word of the brand's content (its stores are named by their cities and
# malls, which are) and no pronoun or determiner
_HOURS_OF = re.compile(r"(?<![a-z])(?:what time|when) (?:does |do |will )?([a-z]+(?: [a-z]+)?) "
                       r"(?:close|closes|open|opens|shut|shuts)(?![a-z])")
_NOT_A_NAME = frozenset({"you", "your", "u", "ur", "ya", "yall", "it", "they", "the", "this", "that", "its", "we",
                         "she", "he", "i", "my", "our", "store", "shop", "lumi"})


def _hours_elsewhere(folded: str, known: frozenset[str]) -> bool:
    """Whether `folded` asks when a shop opens or closes by a name none of whose words the brand's content uses
    (_HOURS_OF), each of three letters or more ("when mi open it" is Jamaican "when I opened it")."""
    for found in _HOURS_OF.finditer(folded):
        words = found.group(1).split()
        if not _NOT_A_NAME.intersection(words) and not known.intersection(words) and min(map(len, words)) >= 3:
            return True
    return False


def _unknown_name(folded: str, known: frozenset[str]) -> str:
    """The kind of a business `folded` names by a name nobody listed (_NAME_KEEPS, an airline by _AIR, a shop's
    hours by _HOURS_OF): "shop", "body", "travel" or "place", or "" when it names none. `known`: the folded words of
    the brand's content and places."""
    if _hours_elsewhere(folded, known):
        return PLACE
    for found in _AIR.finditer(folded):
        words = found.group(1).split()
        if found.group(1) in _PLACE_WORDS or words[0] in _PLACE_WORDS:
            return "travel"
    for found in _RETURNED_TO.finditer(folded):
        if found.group(1) not in known and found.group(1) not in _NOT_A_SHOP:
            return SHOP
    for found in _BILLED_BY.finditer(folded):
        if found.group(1) not in known and found.group(1) not in _BILL_WORDS:
            return BODY
    for found in _NAME_KEEPS.finditer(folded):
        name = next(group for group in found.groups() if group)
        if _unknown_word(name, known):
            return SHOP if _SHOPPED.search(found.group(0)) or _SELLER_DID.match(found.group(0)) else BODY
    return ""


def _unknown_word(word: str, known: frozenset[str]) -> bool:
    """Whether `word` is no everyday English word and no word of `known` (nor their plural)."""
    common = common_words()
    return not (word in common or word in known or (word.endswith("s") and (word[:-1] in common
                                                                              or word[:-1] in known)))
# Eighty-ninth round (blind37 "Canada Post lost a parcel on me comin from Halifax, how do I put in a claim with them
# b'y", "俄罗斯邮政的包裹半个月查不到物流了，去哪里投诉", probe72): a postal service or a courier asked about its own
# claim or complaint: a post by its form (any country's "X Post", 某国邮政, a post office) or a carrier named, and a
# claim, a complaint or compensation sought in the message (kind "post claim"), no order or parcel of ours in it
# (ADDRESSED, ORDERED: "Canada Post lost my order from you" stays ours). Its claims are its own, whoever carried
# our parcels: a follower whose order it lost says so ("my parcel", "我的包裹").
_POSTS = re.compile(r"(?<![a-z])(?:[a-z]+ post|royal mail|post office|postal service|the post|parcelforce|purolator|"
                    r"fedex|ups|dhl|usps|canpar|cdek|startrack|courier company|the courier|the carrier|"
                    r"почта россии|почта|сдэк)(?![a-z])|[\u4e00-\u9fff]{0,4}邮政|邮局|快递公司|物流公司|速递公司")
# (a claim sought, not a carrier's word: "ups claims they left it at the front desk" is our parcel's problem)
_CLAIMED = re.compile(r"(?<![a-z])claim(?! (?:they|that|it|he|she|its|to)(?![a-z]))(?![a-z])"
                      # hundred-and-eighteenth round (blind46 "Australia Post 多收了我 extra fee, 合理吗?"): a
                      # charge disputed with the post
                      r"|(?<![a-z])(?:overcharged|overcharging|overcharge|charged me extra|charged me an extra)"
                      r"(?![a-z])"
                      r"|多收|多扣|乱收"
                      r"|(?<![a-z])(?:complaint|complaints|complain|compensation|compensate|lodge a|file a)(?![a-z])"
                      r"|投诉|索赔|申诉|理赔|赔偿|找他们赔|找佢哋赔|能找[^\s,，。]{0,4}赔")
POST_CLAIM = "post claim"
# ... a trip cancelled or delayed and its fare refunded ("Marine Atlantic cancelled me ferry, how long before their
# refund comes through?"): the ferry's, the railway's, the bus or cruise company's (BODY), in one clause; a parcel of
# ours delayed by a ferry names the order (ORDERED)
_TRIPS = re.compile(r"(?<![a-z])(?:ferry|ferries|sailing|sailings|cruise|cruises|cruise line|train|trains|rail|"
                    r"railway|coach|bus|buses|bus company|greyhound|via rail|amtrak|eurostar|trip|trips|tour)(?![a-z])"
                    r"|渡轮|轮渡|船票|渡船|邮轮|火车|高铁|动车|大巴|巴士|长途车|车票|班次|旅行团|旅游团")
_TRIP_OWED = re.compile(r"(?<![a-z])(?:cancelled|canceled|cancel|cancels|cancellation|refund|refunds|refunded|"
                        r"money back|delayed|compensation)(?![a-z])|退票|退款|退钱|退回|取消|延误|停航|停运|改签")


def _trip_refunded(text: str) -> bool:
    """Whether a clause of `text` tells a trip (a ferry, a train, a bus, a cruise) cancelled, delayed or refunded
    (_TRIPS, _TRIP_OWED)."""
    return any(_TRIPS.search(part) is not None and _TRIP_OWED.search(part) is not None
               for clause in _CLAUSE_BREAK.split(text) for part in _CJK_SPACE.split(normalize(clause)))


# ... a message that is nothing but another person's line quoted (「小美：明天一起吃饭吗」, 「Jenny：你们家打折吗」):
# forwarded from a chat, it asks us nothing, its "you" is the quoted person's (kind "quoted"); our own account's
# line quoted (「Siyu：…」, 「露米Lumi：…」) and a quote followed by the follower's own question stay ours
_QUOTED_ONLY = re.compile(r"\s*「(?P<speaker>[^「」：:\n]{1,16})[：:][^「」]*」\s*")
OUR_SPEAKER = re.compile(r"siyu|露米|lumi|客服|官方", re.IGNORECASE)  # also handlers/qa.py QUOTED_OURS
QUOTED = "quoted"
# The group's own people and rules, asked in it or of it ("群主在吗", "这个群有多少人", "这个群能发广告吗",
# "群规是什么", "who's the admin here", "can i post links in this group"): the group's owner and members keep them,
# and no entry is about them; they got the join-group answer (群) or the stop-messages one (广告). Read as a kind of
# its own ("group itself"), whoever the message addresses ("你们群主在吗" is no question of ours either), and not when
# it asks to join or to leave (加群, 进群, 拉我, 退群: the community handler's and join-group's) (ninety-sixth round,
# lead).
_GROUP_ITSELF = re.compile(
    r"群主|群管|群管理|群里的?管理员?|群规|群公告|群规则|群里的?规矩|群名片|群昵称|群备注|群介绍|群成员"
    r"|(?:这个|这|本|咱们?|我们|你们)?群(?:里|里面|入面|内)?(?:现在)?(?:一共|总共|共|目前)?(?:有|有几|几)?"
    r"(?:多少|几多|幾多|几)(?:个)?人"
    r"|群(?:里|里面|入面|内)?(?:人|人数)(?:多|多不多|多吗|满|满了|上限)"
    r"|群(?:里|里面|入面|内)?[^\s,，。?？]{0,3}?(?:能|可以|能不能|可不可以|让不让|准不准|允许|准|得唔得|可唔可以)"
    r"(?:随便)?(?:发|打|贴|发点|卖|推|放) ?(?:个|些|点)? ?(?:广告|链接|连结|二维码|推广|代购|微商|小广告|自己的|东西|"
    r"links?(?![a-z])|ads?(?![a-z]))"
    r"|(?:能|可以|能不能|可不可以)(?:在)?(?:这个|本)?群(?:里|里面|内)?(?:发|打|贴|卖)(?:个|些|点)?"
    r"(?:广告|链接|连结|二维码|推广|代购|微商|小广告|东西)"
    r"|谁(?:建|拉|管|开)的(?:这个)?群|(?:这个|本)?群(?:是)?谁(?:建|管|开|拉)的?"
    r"|(?<![a-z])(?:group|chat) (?:admin|admins|owner|rules|members|member count|moderator|mods?)(?![a-z])"
    r"|(?<![a-z])(?:who s|whos|who is|wheres|where is|is) the (?:admin|admins|owner|moderator|mod)(?![a-z])"
    r"|(?<![a-z])how many (?:people|members|ppl) (?:are )?(?:in|on) (?:this|the|here|your) ?(?:group|chat)?(?![a-z])"
    r"|(?<![a-z])(?:can|may|am i allowed to|is it ok to|allowed to) (?:i |we )?(?:post|share|drop|advertise|sell)"
    r"(?: my| our| a| some)? ?(?:ads?|links?|promos?|stuff|things|products?|qr codes?)? (?:in|on|here in) "
    r"(?:this|the|here|your) ?(?:group|chat|group chat)(?![a-z])")
_GROUP_JOINED = re.compile(r"加群|进群|入群|拉我|加我进|邀请我|退群|退出|进去|加入"
                           r"|(?<![a-z])(?:join|leave|add me|invite)(?![a-z])")
GROUP_ITSELF = "group itself"


def _group_itself(folded: str) -> bool:
    """Whether `folded` asks about the group's own people or rules (_GROUP_ITSELF), not to join or leave one."""
    return _GROUP_ITSELF.search(folded) is not None and _GROUP_JOINED.search(folded) is None


# ... where to learn English, a course, a class, an app ("How to learn English faster? Which app is good?", "my
# english is only okay, which english course do you recommend?"): a school's (SCHOOL), its "you" anyone who knows,
# when no word of work (_AT_WORK: "my English is only so-so, can I still apply" is the job's) and nothing of skin
# care is in it
_LEARNING_ENGLISH = re.compile(
    r"(?<![a-z])(?:learn|learning|improve|improving|practi[sc]e|practi[sc]ing|study|studying|brush up|brushing up)"
    r"(?: on)? (?:my |her |his |their |our |your |spoken |business |conversational )*english(?![a-z])"
    r"|(?<![a-z])english (?:course|courses|class|classes|lessons?|tutor|tutors|tutoring|school|schools|teacher|"
    r"teachers|app|apps|program|programs|programme|speaking practice)(?![a-z])|(?<![a-z])esl (?:class|classes|course|"
    r"courses|program|school)"
    r"|学英语|学英文|英语课|英文课|英语班|英文班|英语网课|英文网课|补习英文|补英语|(?:英语|英文)(?:口语|听力)?(?:怎么|如何)(?:练|学|提高)")


def _learning_english(folded: str) -> bool:
    """Whether `folded` asks where or how to learn English (_LEARNING_ENGLISH), with no word of work (_AT_WORK) and
    nothing of skin care (_SKIN_CARE)."""
    return _LEARNING_ENGLISH.search(folded) is not None and _AT_WORK.search(folded) is None \
        and _SKIN_CARE.search(folded) is None


# Ninety-second round (blind36 "顺丰寄的多肉显示签收了，我根本没收到，顺丰客服电话多少", probe49 "顺丰的快递员电话多少",
# probe75): a courier's own customer service or its driver's phone asked, the courier named or its driver: the
# courier's to give (COURIER_DESK). Its delivered status (显示签收) does not make the parcel ours beside it, as it
# does alone (ORDERED's status words, _addressed); "我的包裹", "my order" or "你们" still do.
_COURIERS = (r"顺丰|中通|圆通|申通|韵达|极兔|百世|德邦|京东快递|京东物流|邮政|邮局|快递公司|物流公司|速递公司"
             r"|(?<![a-z])(?:ems|dhl|fedex|ups|usps|purolator|canpar|canada post|australia post|royal mail|"
             r"the courier|courier|the carrier|carrier)(?![a-z])")
_DRIVERS = r"快递员|快递小哥|派件员|派送员|送货员|送件员|配送员|收件员"
_COURIER_DESK = re.compile(
    rf"(?:{_COURIERS})(?:快递|速运|速递)? ?(?:的)? ?(?:客服|热线|服务热线|人工|电话号码|电话是|电话多少|电话几多"
    rf"|联系电话)"
    rf"|(?:{_DRIVERS})(?:的)? ?(?:电话|手机|号码|联系方式)"
    rf"|(?:{_COURIERS})(?: s)? (?:customer service|customer care|support line|hotline|phone number|contact number)"
    rf"|(?<![a-z])(?:delivery|courier|ups|fedex|dhl|purolator) (?:driver|guy|man)(?: s)? (?:phone|number|contact)"
    rf"(?![a-z])")
COURIER_DESK = "courier desk"
# (the delivered status, beside a courier's desk the courier's parcel: ORDERED's "已签收", "显示签收", "签收了")
_STATUS_WORDS = frozenset(map(normalize, ("已签收", "显示签收", "签收了")))
# ... money sent through an app or a bank and its fee ("支付宝转账手续费咋算", "跨行转账要手续费吗", "is there a fee
# for an interac e-transfer") got the payment methods: the app's or the bank's (WALLET), nothing paid to us in it
_TRANSFER_FEE = re.compile(
    r"(?:转账|转帐|汇款|跨行|转到银行卡|转去银行卡|转到卡上|提到银行卡)[^,，。?？]{0,10}?(?:手续费|收费|要钱|收钱|费用)"
    r"|(?<![a-z])(?:e transfers?|etransfers?|interac|wire transfers?|money transfers?|international transfers?)"
    r"(?: [a-z0-9]+){0,4} (?:fee|fees|charge|charges|limit|limits)(?![a-z])"
    r"|(?<![a-z])(?:fee|fees|charge) (?:for|on) (?:an? |my )?(?:interac |international )?"
    r"(?:e transfers?|etransfers?|wire transfers?|money transfers?)(?![a-z])")
_PAYS_US_BY_TRANSFER = re.compile(r"付款|付钱|结账|结帐|下单|订单|买|小程序|你们|你哋"
                                  r"|(?<![a-z])(?:pay|paying|paid|payment|checkout|check out|order|orders|buy|"
                                  r"lumi|your)(?![a-z])")
# ... a present wrapped oneself ("how do I wrap a gift box neatly", "包礼物有什么技巧"): a craft's tips, not our gift
# wrap (GIFT); "can you gift wrap it" speaks to us
_WRAPPING_ONESELF = re.compile(
    r"(?<![a-z])(?:how (?:do|can|should|would) (?:i|we) wrap|how to wrap|tips (?:for|on) wrapping|tricks? (?:for|to) "
    r"wrapping|wrap(?:ping)? (?:a |the |my )?(?:gifts?|presents?|gift box(?:es)?|box(?:es)?) (?:nicely|neatly|properly|"
    r"well|beautifully))(?![a-z])"
    r"|(?:包礼物|礼物怎么包|怎么包礼物|礼物包装|包装礼物)[^,，。?？]{0,6}?(?:技巧|方法|教程|窍门|才好看|好看)")
# ... which drink or food tastes better ("金門高粱哪一款比較好喝？", "呢間嘅月餅好唔好食"): nothing of ours is drunk
# or eaten (kind FOOD), when nothing of skin care is in it ("this lip balm tastes weird" is ours); not 好吃力 (hard
# going: "簡體看得好吃力", faq90)
_TASTE = re.compile(r"好喝|好饮|好唔好饮|好不好喝|好吃(?!力)|好食|好唔好食|好不好吃|难喝|难吃"
                    r"|(?<![a-z])(?:tastes?|tasted|tasting) (?:better|best|good|nice|great|smoother|sweeter)(?![a-z])"
                    r"|(?<![a-z])(?:delicious|tasty|yummy)(?![a-z])")
FOOD = "food"
# ... a medicine's expiry ("您好 我 的 药 瓶底 字 太小 看不清 过期 没有", "my ibuprofen expired"): the pharmacist's
# (DOCTOR); not 药妆 (cosmetics sold in drugstores), nothing of skin care in it
_MEDICINE_EXPIRY = re.compile(
    r"(?<!芍)药(?!妆)[^,，。?？]{0,16}?(?:过期|有效期|保质期|到期)|(?:过期|有效期|保质期)[^,，。?？]{0,6}?(?<!芍)药(?!妆)"
    r"|(?<![a-z])(?:medicine|medicines|medication|meds|pills|tablets|ibuprofen|advil|tylenol|panadol|aspirin|"
    r"antibiotics|cough syrup|vitamins)(?: [a-z]+){0,4} (?:expired|expire|expires|expiry|expiration)(?![a-z])"
    r"|(?<![a-z])(?:expired|expiry date on (?:my|the)) (?:medicine|medication|meds|pills|tablets|ibuprofen|advil|"
    r"tylenol|panadol|aspirin|antibiotics|cough syrup|vitamins)(?![a-z])")


# ... a sightseeing trip planned ("How many days should we plan for the trip from Toronto?" to Niagara Falls got
# shipping-time, "去班夫玩几天比较合适"): where one goes (PLACE), with nothing sent or ordered in it
_TRIP_PLANNED = re.compile(
    r"(?<![a-z])(?:how many days|how many nights|how long)(?: [a-z]+){0,4} (?:plan|spend|stay|need|take)"
    r"(?: [a-z]+){0,4} (?:trip|visit|tour|sightseeing|itinerary|holiday|vacation|road trip)(?![a-z])"
    r"|(?:玩|逛|待|呆|旅游|旅行|自驾游?|游玩)[^,，。?？]{0,4}?(?:几天|多少天|几日)|行程(?:怎么|如何|要怎么)(?:安排|规划)")
_SENT_OR_ORDERED = re.compile(r"(?<![a-z])(?:ship|ships|shipping|shipped|deliver|delivery|delivered|order|orders|"
                              r"ordered|parcel|package|arrive|arrives)(?![a-z])|寄|快递|发货|到货|订单|包裹|送到")


# ... a treatment had at a salon or a clinic and what may follow it ("美容院做完果酸可以用維A嗎" got
# wholesale-partnership, its 美容院 read as a salon to supply): the practitioner's to advise (DOCTOR); our products
# named ("你们的精华") address us
_SALON_TREATED = re.compile(
    r"(?:美容院|美容店|美容中心|美容室|医美|皮肤管理|诊所|皮肤科)(?:里|那|那边|的)?[^,，。?？]{0,3}?(?:做完|做了|刚做|打完|打了)"
    r"|(?<![a-z])(?:after|got|had|did) (?:a |my |the )?(?:chemical peel|peel|laser|microneedling|facial|"
    r"hydrafacial) (?:at|in) (?:the |a |my )?(?:salon|spa|med spa|medspa|clinic|derm|dermatologist s?)(?![a-z])")


# Hundred-and-fourth round (blind40, blind41, blind42, probe82, probe87): another seller named by its trade, not its
# name ("I ordered the choir robes from the costume company and they sent the wrong size", "the bee supply company
# shipped my new hive boxes to my old farm address", "the flour mill sent the wrong order", "Order total from the
# pottery supply store was $220"): "the" and a trade's words before a seller's kind (a company, a supplier, a supply
# store, a mill) are another seller (SHOP: an order said beside it was placed there), when something a seller does
# is said in the message (_TRADE_DONE) and the trade is none of ours (skin care, beauty, the brand's gifts) and no
# carrier's (a delivery or shipping company carries our parcels too: "the delivery company says it was delivered").
# Only after "the": "I run a pottery supply store, do you do wholesale?", "we're a small gift company" are the
# follower's own.
_TRADE_SELLER = re.compile(
    r"(?<![a-z])the ((?:[a-z]+ ){1,3})(?:company|companies|co|supplier|suppliers|supply|supplies|supply store|"
    r"supply shop|supply house|supply company|mill|wholesaler|distributor|manufacturer|factory|outfitter|vendor|"
    r"retailer|dealer|merchant)(?![a-z])")
_TRADE_NOT_A_SELLER = re.compile(
    r"(?<![a-z])(?:delivery|courier|shipping|freight|moving|logistics|transport|trucking|postal|parcel|express|mail|"
    r"insurance|phone|cable|internet|credit card|card|bank|your|our|my|this|that|same|whole|other|beauty|cosmetics?|"
    r"skin|skincare|skin care|gift|lumi|siyu|main|parent|holding|tech|it|staffing|temp|recruiting|hiring)(?![a-z])")
_TRADE_DONE = re.compile(r"(?<![a-z])(?:sent|send|shipped|ship|delivered|ordered|order|orders|bought|purchased|"
                         r"refund|refunds|refunded|return|returned|exchange|charged|charge|fee|fees|claim|receipt|"
                         r"invoice|total|money back|take back|took|won t|wont|never came|never showed|never arrived|"
                         r"damage on|prices?|how much|per diems?)(?![a-z])")


def _trade_seller(folded: str) -> bool:
    """Whether `folded` names another seller by its trade (_TRADE_SELLER), none of ours nor a carrier
    (_TRADE_NOT_A_SELLER, _SKIN_CARE), with something a seller does said (_TRADE_DONE), not as where a parcel goes
    (_DESTINATION)."""
    if _TRADE_DONE.search(folded) is None:
        return False
    for found in _TRADE_SELLER.finditer(folded):
        trade = found.group(1)
        if _TRADE_NOT_A_SELLER.search(trade) or _SKIN_CARE.search(trade) or _DESTINATION.search(folded[:found.start()]):
            continue
        return True
    return False


# Hundred-and-twelfth round (blind44 "Our clinic's glove supplier shipped the wrong size again. Should I send the
# whole case back to them or ask them for an exchange?", blind45's florist "how do I track a flower delivery from their
# shop?", probe85 "the florist messed up the wedding flowers, can I cancel the rest of the order with them", probe90
# "the pharmacy's retinol cream made my mum's face peel, can she return it to them?", probe91, probe95): another
# seller named by its trade, then spoken of in the third person ("them", "they", "their delivery", "get the store
# to") where its delivery, return, exchange or cancellation is asked. A follower asking us says "you" (ADDRESSED).
_THIRD_SELLERS = (r"florists?|boutiques?|suppliers?|wholesalers?|pharmacy|pharmacies|drugstore|chemist|caterers?|"
                  r"bakery|bridal shop|[a-z]+ (?:store|shop)")  # (a store by its kind: "the store" alone may be ours)
_THIRD_SELLER = re.compile(rf"(?<![a-z])(?:the|our|my|a|his|her|[a-z]+s) (?:[a-z]+ ){{0,3}}?(?:{_THIRD_SELLERS})s?"
                           r"(?![a-z])")  # (a possessive's 's is folded away: "the drugstores night cream")
_THEIR_DOING = re.compile(r"(?<![a-z])(?:(?:back |it |them )?(?:to|with|from) them|ask them|get them to|"
                          r"their (?:shop|store|delivery|deliveries|parcel|van|truck|courier|driver|website|site)|"
                          r"(?:do|does|did|will|would|can|could) they (?:ship|deliver|send|refund|cover|take|swap|"
                          r"exchange|replace|post)|get the (?:store|shop) to)(?![a-z])")
THIRD_SELLER = "third seller"  # a kind of its own: no entry's texts name it, so none is spared (store-locations is
# spared "shop", and answered the florist's delivery)
_NOT_THIRD = re.compile(r"(?<![a-z])(?:lumi|siyu|your|you|u)(?![a-z])|露米")


def _third_seller(folded: str) -> bool:
    """Whether `folded` names a seller by its trade (_THIRD_SELLER) and then asks what "they" do for the follower
    (_THEIR_DOING) without addressing us (_NOT_THIRD), the seller not where a parcel of ours goes (_DESTINATION)."""
    if _THEIR_DOING.search(folded) is None or _NOT_THIRD.search(folded):
        return False
    return any(not _DESTINATION.search(folded[:found.start()]) for found in _THIRD_SELLER.finditer(folded))


# ... an insurer's or a benefits plan's refund asked as going "to me or to the clinic" (blind44 "Pacific Blue Cross
# refund for my own cleaning: does it go to me or to the clinic", probe88 twice, probe95): our refund goes to the buyer
# alone, never to a care provider
_TO_ME_OR_PROVIDER = re.compile(
    r"(?<![a-z])to me or (?:straight |directly )?to (?:the |my |our |his |her )?(?:clinic|orthodontist|dentist|"
    r"dental office|physio|physiotherapist|hospital|doctor|provider|practice|chiro|chiropractor|therapist|"
    r"massage therapist|optometrist|optician|pharmacy|vet)(?![a-z])")
# ... a freight forwarder or a customs broker, whose containers and papers are its own ("货代说我们的柜子在宁波港被海关
# 查验了，要补交什么材料", "报关行说那批货要补原产地证"): a trade's (SHOP) whatever it asks, not where our parcel is
# sent ("能寄到货代仓库吗"); and another seller's official site named in Latin letters ("Baby the Stars官网的order寄到
# 加拿大 EMS要多久", blind38), not ours (the brand's names, or none: "官网下的单" is ours, ADDRESSED)
_FORWARDER = re.compile(r"货代|货运代理|报关行|清关行|船代|(?:货柜|集装箱)[^\s,，。?？]{0,6}?(?:港|码头)"
                        r"|(?<![a-z])(?:freight forwarder|freight forwarders|customs broker|customs brokers)(?![a-z])")
_OTHER_SITE = re.compile(r"(?<![a-z])(?!(?:your|ur|u|you) ?官)[a-z][a-z ]{1,30}?[a-z] ?"
                         r"(?:官网|官方网站|官方旗舰店|旗舰店)")


def _forwarder(folded: str) -> bool:
    """Whether `folded` speaks of a freight forwarder's or a customs broker's own matter (_FORWARDER), not as where a
    parcel is sent (_DESTINATION just before it) nor as an address ("写成了公司的船代地址", blind40)."""
    return any(not _DESTINATION.search(folded[:found.start()]) and not _ADDRESS_OF.match(folded[found.end():])
               for found in _FORWARDER.finditer(folded))


# ... the follower's own customer charged or refunded at the follower's own till ("square charged a customer twice
# for a flat white, how do i refund it thru the app", blind42; "a client paid twice on my terminal"): the follower's
# business (OWN_SHOP) and its card processor's, never our refund; "my customer asked if your products are cruelty
# free" speaks to us
_OWN_CUSTOMER = re.compile(
    r"(?<![a-z])(?:charged|charge|charging|refund|refunded|refunding|overcharged|double charged|reverse|reversed|"
    r"void|voided) (?:a|my|our|the|one of my|one of our) (?:customer|customers|client|clients|guest|guests|patron|"
    r"patrons|diner|diners)(?![a-z])"
    r"|(?<![a-z])(?:a|my|our) (?:customer|client|guest|patron|diner) (?:paid|was charged|got charged|"
    r"got double charged|was double charged) twice(?![a-z])"
    r"|(?<![a-z])(?:on|through|thru|from|at) (?:my|our) (?:card reader|card terminal|payment terminal|terminal|pos|"
    r"pos system|till|cash register|square reader|card machine)(?![a-z])"
    # hundred-and-ninth round (blind45's cleaners, probe92): the follower asked to issue an invoice or a receipt to
    # her own employer or customer ("雇主让我开张家政服务的发票给她报税，我一个钟点工去哪开发票": we issue ours to the
    # follower)
    r"|(?:让|叫|要|要求)我(?:(?!问|能|可)[^，,。?？]){0,6}?开[^，,。?？]{0,10}?(?:发票|收据)"  # not 让我问能不能开
    r"|给(?:客户|客人|雇主|东家|老板|她|他)[^，,。?？]{0,4}?开[^，,。?？]{0,8}?(?:发票|收据)"
    r"|开[^，,。?？]{0,8}?(?:发票|收据)给(?:客户|客人|雇主|东家|老板|她|他)")
# ... a body's own matter said with its possessive ("the zoo's meat delivery is 3 days late", "how does the hospital's
# hiring process work for travel nurses", blind43, probe82): the body's (BODY), said with "the", never "our" ("our
# salon's order" may be one placed with us)
# (not a company, a team, an office, a studio, a club or a warehouse, which our own content speaks of: "the company's
# return policy", "the customer service team's hours" are ours)
_POSSESSED_BODIES = (r"zoo|museum|library|airport|hospital|clinic|school|university|college|daycare|gym|hotel|"
                     r"restaurant|cafe|council|church|temple|theatre|theater|cinema|factory|mill|farm|ranch|stable|"
                     r"production|lab|laboratory|charity|landlord|building|strata|hoa|venue|gallery|shelter|kennel|"
                     r"brewery|winery")
_BODY_POSSESSED = re.compile(
    rf"(?<![a-z])the (?:[a-z]+ )?(?:{_POSSESSED_BODIES}) ?s (?:[a-z]+ ){{0,2}}?(?:order|orders|delivery|deliveries|"
    rf"parcel|parcels|package|packages|shipment|shipments|hiring|hiring process|jobs?|hours|refund|refunds|fee|fees|"
    rf"policy|points|membership|invoice|invoices|receipt|receipts|tracking)(?![a-z])")
# ... a relative's employer making its staff work ("my husband's company makes them work every saturday, is that
# legal?", "我老公单位周六也要上班 烦死了", probe78): that workplace's (WORKPLACE), nothing bought in it ("my husband's
# company wants to order 50 gift sets" buys)
_KIN_WORK = re.compile(
    rf"(?<![a-z])(?:my |our )?(?:{_KIN_EN}) ?s (?:company|employer|boss|work|job|office|workplace|factory)"
    r"(?: [a-z]+){0,3} (?:makes?|made|making|forces?|has them|have them|work|works|working|open|opens|shifts?|"
    r"overtime)(?![a-z])"
    rf"|(?:{_KIN_ZH}|老公|老婆|先生|太太)(?:的)?(?:公司|单位|厂|工厂|老板)[^\s,，。?？]{{0,6}}?"
    r"(?:上班|加班|开会|值班|返工|做嘢|开工|不放假|唔放假)")
_KIN_WORK_BUYS = re.compile(r"订|买|购|送礼|礼盒|(?<![a-z])(?:order|orders|ordering|buy|buying|bought|purchase|"
                            r"gift|gifts|bulk|wholesale)(?![a-z])")
# ... a document sent by courier to a school or an employer ("我先生的飞行体检报告用顺丰寄回公司，显示已签收但公司说
# 没收到", blind43), a group buy another organised ("福委會的團購包裹寫已送達但我沒收到", blind43): the sender's and the
# organiser's (SENDER, SHOP)
_DOCUMENT_SENT = re.compile(
    r"(?:文件|资料|合同|报告|成绩单|证书|证件|护照|材料|申请表|表格|档案|推荐信|体检表)[^\s,，。?？]{0,8}?"
    r"(?:寄|快递|邮)(?:到|回|给|去|返)")
# (its delivery said, and not a company's: "公司团购要开带抬头的票" buys from us, blind33)
_GROUP_BUY_ELSEWHERE = re.compile(r"(?:福委会|职福会|工会|社区|小区|邻里|团长|楼里|群里)(?:的|嘅)?团购"
                                  r"[^?？]{0,16}?(?:送达|签收|没收到|没拿到|未收到|收唔到|丢|派送|到货|没到)")
# ... the "this" of "who do I ask about this" (这个找谁, 这个怎么办): the matter, not one of our products (ADDRESSED's
# 这个; blind43's document sent by courier)
_THIS_MATTER = re.compile(r"这个(?:要|该|应该|可以|我)?(?:找谁|找边个|问谁|问边个|怎么办|咋办|点算|怎么处理|点处理)")
# ... a rumour's generic "you", from where the claim speaks of anyone to its sentence's end ("Someone said the pension
# office lets you change your mailing address online", "Heard the airline's points expire if you don't use them"):
# whoever the claim is about, not us (hundred-and-fifth round, blind44's air traffic controllers, probe88). Only after
# a hearsay verb in the same sentence, and only "you" as anyone's (lets you, if you, as long as you ...), not "your
# sunscreen" nor "you guys"
_CLAIMED_YOU = re.compile(r"(?<![a-z])(?:heard|said|says|told me|tells me|swears|swore|reckons|claims|read that)"
                          r"(?![a-z])[^.?!]*?\b(?:lets|let|makes|allows|gives|if|as long as|when|unless|once|until)"
                          r" you(?! guys| lot| all)\b[^.?!]*")


# Hundred-and-eighteenth round (the development sets' no-answer messages answered, probe101): more of another party's
# matters told in our entries' words, each read only when nothing points at us (ADDRESSED, ORDERED), as every reading.
# A practice's legality asked ("Home Depot won't take back a breaker I opened ... Is that legal in Alberta?", "老板说：
# 「下周开始周六也要上班。」这合法吗？", "the farm wants working holiday people to do 88 days, is that legal?" got our
# return policy, business hours, work permits): the law's, a lawyer's or a labour office's to say (kind "legal"); "can
# I legally work for you" and "你哋门市做兼职合唔合法" speak to us.
_LEGAL_ASKED = re.compile(
    r"(?<![a-z])(?:is|isn t|isnt|was) (?:that|it|they|he|she)(?: even| actually| really)? (?:legal|illegal|lawful|"
    r"unlawful|allowed by law)(?![a-z])|(?<![a-z])(?:legally|against the law)(?![a-z])"
    r"|合法吗|合不合法|合唔合法|系咪合法|违法吗|违不违法|算不算违法|是不是违法|犯法吗|犯不犯法|犯唔犯法|系咪犯法")
LEGAL = "legal"
# ... a houseplant or a garden watered, repotted or fed ("how often should i water a new fern?", "第一次养多肉 一周浇
# 几次水" got niacinamide-combine and retinoid-start, their "how often" and 一周几次): a gardener's (kind "garden"),
# nothing of skin care in the message
_PLANTS_EN = (r"plants?|houseplants?|ferns?|succulents?|cactus|cacti|orchids?|monstera|pothos|peace lily|snake plant|"
              r"basil|herbs|tomatoes|lawn|garden|bonsai|seedlings?|roses|tulips|bulbs|hydrangeas?")
_PLANT = re.compile(
    rf"(?<![a-z])(?:water|watering|repot|repotting|fertili[sz]e|fertili[sz]ing|prune|pruning) (?:my |the |a |an |"
    rf"new |these |those )*(?:[a-z]+ )?(?:{_PLANTS_EN})(?![a-z])"
    rf"|(?<![a-z])(?:{_PLANTS_EN})(?: [a-z]+){{0,8}} (?:water|watering|watered|repot|repotting)(?![a-z])"
    r"|浇水|浇几次水|淋水|淋几次水|(?:多肉|绿萝|仙人掌|龟背竹|盆栽|兰花|发财树|富贵竹|吊兰|花草|植物|月季|玫瑰花|"
    r"薄荷|番茄苗|菜苗)[^,，。?？]{0,10}?(?:浇|淋|施肥|换盆|发黄|烂根)")
GARDEN = "garden"
# ... a ferry's, a train's or a bus's times asked of it ("does the ferry even run to PEI in winter?", "when does the
# next bus to Quebec City leave?" got winter-dry-skin and shipping-cost): the operator's (BODY), asked as "does the"
_TRANSIT_ASKED = re.compile(
    r"(?<![a-z])(?:does|do|will|did) the (?:first |last |next |early |late |night |express )?(?:ferry|ferries|seabus|"
    r"skytrain|sky train|train|trains|bus|buses|tram|streetcar|subway|metro|shuttle|water taxi|coach|greyhound|"
    r"go train|night bus)(?: [a-z0-9]+){0,4} (?:leave|leaves|depart|departs|run|runs|open|opens|start|starts|"
    r"stop|stops|take|takes|come|comes|go|goes)(?![a-z])")
# ... a web-novel site's own votes, coins and tips ("起点的月票和打赏积分能换成什么", "晋江的月石和积分能换什么" got
# exchange and points-redeem): the site's (BODY). Not 打赏 alone, a reader's tip spent on our goods (blind44 "读者打赏
# 正好派上用场")
_WEB_NOVEL = re.compile(r"月票(?!怎么买)|推荐票|月石|书币|阅读币|(?:起点|晋江|纵横|番茄|七猫|掌阅|刺猬猫|长佩)币"
                        r"|打赏(?:积分|的钱|分成|收入)")
# ... a job or a resume at another kind of employer, its kind before the job ("how should a nursing resume look for a
# hospital job", "my son's resume for the bank", "Is the mine hiring", "银行招柜员" got job-resume-tips and job-apply):
# that employer's (BODY); "a job at the hospital" is _BODY_MATTERS'; not a warehouse or an office, where the brand's
# own jobs are ("applied for the warehouse job, no reply yet" is ours)
_EMPLOYER_KINDS = (r"hospital|bank|school|airport|council|library|mine|government|hotel|factory|clinic|"
                   r"university|college|daycare|post office|restaurant|nursing home|care home|police|army|navy|"
                   r"city|railway")
_OTHER_JOB = re.compile(
    rf"(?<![a-z])(?:a|an|the|my|his|her|for) (?:{_EMPLOYER_KINDS})(?: [a-z]+)? (?:job|jobs|position|positions|role|"
    rf"roles|interview|interviews|application)(?![a-z])"
    rf"|(?<![a-z])(?:resume|cv|cover letter|application)s? (?:for|to) (?:the |a |an )?(?:{_EMPLOYER_KINDS})(?![a-z])"
    rf"|(?<![a-z])(?:is|are) the (?:{_EMPLOYER_KINDS}) (?:still )?hiring(?![a-z])"
    r"|(?:银行|医院|学校|机场|政府|工厂|酒店|图书馆|邮局|大学|诊所|养老院|警队)(?:在)?(?:招人|招聘|请人|招)")
# ... goods the follower's trade exports and their duty ("加工厂的 abalone 出口到 Hong Kong 要交什么 duty?" got
# customs-duties, which answers what our parcels cost at the door): the exporter's (kind "export"); "do you export to
# Malaysia" speaks to us
# ... a group chat of another body's ("How do I get into the shearers' union group chat?" got join-group, our groups):
# that body's (BODY); "your group chat" speaks to us
_BODY_GROUP = re.compile(
    r"(?<![a-z])(?:union|unions|club|team|church|choir|guild|association|society|crew|league|co op|coop|committee|"
    r"strata|hoa|building|tenants|neighbourhood|neighborhood|class|school|work|office)(?: s)? (?:group chat|chat group|"
    r"whatsapp group|wechat group|facebook group|discord)(?![a-z])"
    r"|(?:工会|球队|教会|社团|合唱团|小区|业主|车队|同乡会|校友会|公司|单位|同事)(?:的)?(?:微信)?群")
_EXPORTED = re.compile(r"出口(?:到|去|往)|外销(?:到|去)?|(?<![a-z])(?:export|exports|exported|exporting|exporter|"
                       r"exporters)(?![a-z])")
EXPORT = "export"
# ... small talk asked of a day, a weekend or a gig ("Anyway, how was everyone's weekend?", "How was the gig on
# Saturday?" got business-hours and job-part-time): nobody's entry (kind "chat")
_SMALL_TALK = re.compile(r"(?<![a-z])how (?:was|were|d) (?:the|everyone s|everyones|everybody s|everybodys|ur|your|"
                         r"ya) (?:gig|weekend|weekends|trip|holiday|holidays|day|night|party|show|concert|game|match|"
                         r"week|wedding|vacation|break|long weekend)(?![a-z])")
CHAT = "chat"
# ... but only when nothing else in the message asks: small talk is also how a question opens ("Hey team, how was your
# weekend? Quick one: how long does shipping to Calgary take?", "how was your day? can I pay with paypal" got no
# answer once "chat" was read; stop 55's merge, from its own cases). A sentence asks when it has a question mark, a
# question word, or opens as a question does.
_ASKING_SENTENCE = re.compile(r"[?？]|(?<![a-z])(?:how|what|when|where|which|why|who)(?![a-z])"
                              r"|^\s*(?:can|could|do|does|did|is|are|will|would|should|may|any)(?![a-z])",
                              re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.?!。？！\n])")


def _small_talk_only(text: str, folded: str) -> bool:
    """Whether `text` asks small talk (_SMALL_TALK) and nothing besides: every other sentence of it asks nothing
    (_ASKING_SENTENCE)."""
    if _SMALL_TALK.search(folded) is None:
        return False
    return not any(_SMALL_TALK.search(normalize(sentence)) is None and _ASKING_SENTENCE.search(sentence)
                   for sentence in _SENTENCE_END.split(text) if sentence.strip())
# ... copies or papers a publisher, a magazine, a school or an embassy sent the follower ("出版社寄来的样书在海关卡住
# 了，要交税吗" got customs-duties): its sender's (SENDER), as a relative's parcel is
_BODY_SENT = re.compile(
    r"(?:出版社|杂志社|报社|出版公司|印刷厂|学校|大学|大使馆|领事馆|使馆|政府|银行|移民局)(?:那边)?(?:寄|邮)(?:来|过来|给我)"
    r"|(?<![a-z])the (?:publisher|publishers|magazine|newspaper|journal|printer|printers|university|school|embassy|"
    r"consulate|bank|library) (?:sent|mailed|posted|shipped|couriered)(?![a-z])")


def _not_skin_care(found: re.Match[str] | None, folded: str) -> bool:
    """Whether a reading was found (`found`) in `folded` with nothing of skin care in the message (_SKIN_CARE)."""
    return found is not None and _SKIN_CARE.search(folded) is None


BODY = "body"
BODY_WINDOW = 48  # characters between a body and the word of what it owes, in one clause
BODY_WINDOW_ZH = 12


def _body_matter(text: str) -> bool:
    """Whether `text` speaks of another body's own matter: a word that is one by itself (_BODY_MATTERS), or a kind
    of body (_BODIES_EN, _BODIES_ZH) beside a word of what it owes, keeps or does (_OWED_EN, _OWED_ZH; an employer
    only its work's, _WORK_OWED) in one clause (split as typed, and a Chinese clause also at a space between two
    characters), the body not where a parcel goes (_DESTINATION), not an address (_ADDRESS_OF) and not where a person
    is from (_PERSON_FROM, _PERSON_OF)."""
    if _BODY_MATTERS.search(normalize(text)):
        return True
    for clause in _CLAUSE_BREAK.split(text):
        for part in _CJK_SPACE.split(normalize(clause)):
            for body in _BODY.finditer(part):
                if _DESTINATION.search(part[:body.start()]) or _ADDRESS_OF.match(part[body.end():]) \
                        or _PERSON_FROM.search(part[:body.start()]) or _PERSON_OF.match(part[body.end():]):
                    continue
                chinese = not body.group(0).isascii()
                reach = BODY_WINDOW_ZH if chinese else BODY_WINDOW
                near = part[max(0, body.start() - reach):body.end() + reach]
                name = body.group("name") or body.group(0)
                if _owed(name, near, normalize(text)) or (_OFFICE.fullmatch(name) and _owed(name, normalize(text))):
                    return True
    return False


def _owed(body: str, near: str, whole: str = "") -> bool:
    """Whether `near` says what `body` owes, keeps or does: an employer its work's (_WORK_OWED), a shop also what it
    sent or took back and its bill (_SENT_OWED, _BILLED), a billing service its bill, a body one belongs or gives
    to also a payment, a gift or a due (_GIVEN) when `whole` (the message) buys nothing (_GATHERING_BUYS), any
    other _OWED."""
    if _EMPLOYER.fullmatch(body):
        return _WORK_OWED.search(near) is not None
    if _SHOP.fullmatch(body) and (_SENT_OWED.search(near) or _BILLED.search(near)):
        return True
    if _SERVICE.fullmatch(body) and _BILLED.search(near):
        return True
    if _GATHERING.fullmatch(body) and _GIVEN.search(near) and not _GATHERING_BUYS.search(whole):
        return True
    return _OWED.search(near) is not None


_BOUGHT_ON_PLATFORM = re.compile(
    r"(?:抖音|小红书|快手|微博|视频号|某音|某红书)(?:上|里|的)?(?:小店|商城|直播间|店铺|店)?(?:上|里)?"
    r"(?:买|购买|下单|入手|抢|拍)(?:的|了)"
    r"|\b(?:bought|ordered|got)(?: it| this| that| them| these| mine| some| one)? (?:on|from|off|through|via) "
    r"(?:tiktok|instagram|facebook|douyin|xiaohongshu)(?: shop| live| marketplace)?\b")
SHOP = "shop"
PLACE = "place"


_VISA_CARD = re.compile(r"(?<![a-z])visa (?:card|debit|credit|gift card)s?(?![a-z])"
                        r"|(?<![a-z])(?:with|by|on|via|using) (?:my |a |the )?visa(?![a-z])|(?:my|a|the) visa$")


# A visa for a visit, a parent's or a tourist's ("我爸妈来加拿大探亲签证怎么办？" got job-work-permit): the immigration
# office's whatever is asked of it, with no word of work beside it ("I only have a visitor visa, can I work for you"
# stays the job's). Sixty-fourth round.
_VISIT_VISA = re.compile(r"探亲签证?|旅游签证?|旅签|访问签证?|访客签证?|超级签证?|父母签证?"
                         r"|(?<![a-z])(?:super|visitor|visitors|tourist|visit|travel) visas?(?![a-z])")


def _visa_process(folded: str) -> bool:
    """Whether `folded` asks about a visa's or a permit's own process, or a visit's visa (_VISIT_VISA), with no word
    of work beside it (a Visa card's payment refused is a payment's: "my visa card payment was denied")."""
    unpaid = _VISA_CARD.sub(" ", folded)
    return (_VISA_PROCESS.search(unpaid) is not None or _VISIT_VISA.search(unpaid) is not None) \
        and _AT_WORK.search(_WORK_PERMIT.sub(" ", unpaid)) is None

# ... the relative as the sender, not the one sent to ("给国内家人寄的话 收件人信息要填啥" is our parcel to them)
_SENT_TO = re.compile(r"(?:给|帮|替|为|寄给|送给)[^\s,，。]{0,6}$")


def _sent_by_kin(folded: str) -> bool:
    """Whether `folded` speaks of a parcel a relative or friend sent the follower (_SENT_BY_KIN)."""
    return any(not _SENT_TO.search(folded[max(0, found.start() - 8):found.start()])
               for found in _SENT_BY_KIN.finditer(folded))

# Where a Latin word meets other letters ("cerave的面霜"): a word boundary, for the Latin names.
_LATIN_EDGE = re.compile(r"(?<=[a-z0-9])(?=[^\sa-z0-9])|(?<=[^\sa-z0-9])(?=[a-z0-9])")


class _Phrases:
    """A set of folded phrases, found in a folded message: Latin ones as whole words (`possessive`: also with a
    final s, as "h&m's" folds to "h ms"), Chinese ones anywhere. Sets and substring checks, not one regular
    expression: an alternation of ~350 names took ~0.1 s to compile for each content version."""

    def __init__(self, phrases: Iterable[str], *, possessive: bool = False) -> None:
        folded = {p for p in phrases if p}
        self.latin = frozenset(p for p in folded if p.isascii())
        self.chinese = tuple(sorted((p for p in folded if not p.isascii()), key=longest_first))
        self.longest = max((len(p.split()) for p in self.latin), default=0)
        self.possessive = possessive

    def find_all(self, folded: str) -> set[str]:
        """Every phrase `folded` holds."""
        return set(self._found(folded))

    def find(self, folded: str) -> str:
        """The first phrase `folded` holds (Chinese first, then the longest Latin), or ""."""
        return next(self._found(folded), "")

    def _found(self, folded: str) -> Iterator[str]:
        yield from (phrase for phrase in self.chinese if phrase in folded)
        words = _LATIN_EDGE.sub(" ", folded).split()
        for size in range(min(self.longest, len(words)), 0, -1):
            for at in range(len(words) - size + 1):
                phrase = " ".join(words[at:at + size])
                if phrase in self.latin:
                    yield phrase
                elif self.possessive and phrase.endswith("s") and phrase[:-1] in self.latin:
                    yield phrase[:-1]


# The places of _visa_abroad, found as names are (Latin ones as whole words)
_ABROAD_NAMES = _Phrases(_ABROAD_PLACES)
_OURS_NAMES = _Phrases(_OURS_PLACES)
_ORDERED_NAMES = _Phrases(map(normalize, ORDERED))  # an order of ours beside 顺丰 (_SF_SENT)


@dataclasses.dataclass(frozen=True)
class OtherBusinesses:
    """The names counted as another business for one content version, each with its kind; the words that address
    the brand; and per FAQ entry the kinds of business it speaks of itself (`spared`)."""

    names: _Phrases
    kinds: Mapping[str, str]  # folded name -> its kind
    addressed: _Phrases
    spared: Mapping[str, frozenset[str]]  # FAQ entry id -> the kinds of business its own texts name
    ordered: _Phrases = dataclasses.field(default_factory=lambda: _Phrases(map(normalize, ORDERED)))
    known: frozenset[str] = frozenset()  # the folded words of the brand's content and of PLACES (_unknown_name)

    @classmethod
    def for_content(cls, content: Any, names: Mapping[str, tuple[str, ...]] = OTHER_BUSINESSES
                    ) -> OtherBusinesses:
        """The list without the names the brand's own content uses, the brand's names as addressing it, and the
        kinds of business each FAQ entry names (its own names included: an entry naming 淘宝 answers 闲鱼)."""
        kinds = {normalize(name): kind for kind, listed in names.items() for name in listed}
        used = " " + _LATIN_EDGE.sub(" ", " | ".join(normalize(text) for text in _texts(_beyond_faq(content)))) + " "
        brand = getattr(content, "brand", None)
        brand_names = [word for text in _texts(getattr(brand, "name", None)) for word in normalize(text).split()]
        every = _Phrases(kinds, possessive=True)
        spared = {}
        for entry in getattr(content, "faq", ()):
            said = {kinds[name] for name in every.find_all(" | ".join(normalize(text) for text in _texts(entry)))}
            if said:
                spared[entry.id] = frozenset(said)
        known = frozenset(word for text in (*_texts(content), *(p for group in PLACES for p in group))
                          for word in _LATIN_EDGE.sub(" ", normalize(text)).split())
        return cls(names=_Phrases([name for name in kinds if not _used(name, used)], possessive=True), kinds=kinds,
                   addressed=_Phrases([*map(normalize, ADDRESSED), *brand_names]), spared=spared, known=known)

    def named(self, text: str) -> tuple[str, str] | None:
        """(the other business `text` asks about, folded, and its kind), or None when it names none or speaks to
        the brand."""
        folded = normalize(text)
        found = self.names.find(folded)
        if not found or self._addressed(folded, {self.kinds[name] for name in self.names.find_all(folded)}):
            return None
        return found, self.kinds[found]

    def without_names(self, text: str) -> str:
        """`text`, folded, with every other business it names taken out: what it asks of whoever it asks."""
        folded = f" {normalize(text)} "
        for name in sorted(self.names.find_all(folded.strip()), key=len, reverse=True):
            folded = folded.replace(f" {name} " if name.isascii() else name, " ")
        return " ".join(folded.split())

    def _addressed(self, folded: str, kinds: Iterable[str]) -> bool:
        """Whether `folded` points at us: a word of ADDRESSED, or one of ORDERED when no business it names is
        one an order is placed with (ORDERED_AT). A courtesy's "you" (COURTESY_YOU) points at nobody."""
        folded = _CLAIMED_YOU.sub(" ", _THIS_MATTER.sub(" ", _COURTESY_YOU.sub(" ", folded)))
        if self.addressed.find(folded):
            return True
        ordered = self.ordered.find_all(folded)
        if COURIER_DESK in kinds:  # a courier's desk asked: its delivered status is its parcel's, not ours
            ordered -= _STATUS_WORDS
        return bool(ordered) and not ORDERED_AT.intersection(kinds)

    def kinds_named(self, text: str) -> frozenset[str]:
        """The kinds of every other business `text` names (empty when it names none or speaks to the brand). Every
        name counts, not only the first found: with two names in a message, which one was first depended on the
        order of names of one length, and a question was ours in one process and another business's in the next."""
        folded = normalize(text)
        if _goods_real(folded):
            return frozenset({GOODS})
        if _group_itself(folded):  # whoever it addresses: the group's people and rules are nobody's entry
            return frozenset({GROUP_ITSELF})
        quoted = _QUOTED_ONLY.fullmatch(text)
        if quoted is not None and OUR_SPEAKER.search(quoted.group("speaker")) is None:
            return frozenset({QUOTED})
        if _learning_english(folded):
            return frozenset({SCHOOL})
        found = self.names.find_all(folded)
        readings = {kind for kind, said in ((SENDER, _sent_by_kin(folded)),
                                            (MAILER, _MAILED_BY.search(folded) is not None),
                                            (ACCOUNT, _PLATFORM_ACCOUNT.search(folded) is not None),
                                            (VISA_OFFICE, _visa_process(folded) or _visa_abroad(folded)
                                             or _VISA_INTERVIEW.search(folded) is not None),
                                            (SCHOOL, _school_applied(folded)
                                             or _SCHOOL_GROUP.search(folded) is not None),
                                            (DOCTOR, _PRESCRIBED.search(folded) is not None),
                                            (PLACE, _PLACE_ASKED.search(folded) is not None or _card_abroad(folded)
                                             or _PARKING.search(folded) is not None),
                                            (SHOP, _BOUGHT_ON_PLATFORM.search(folded) is not None
                                             or _SHOP_NICKNAMED.search(folded) is not None),
                                            (WALLET, _WALLET.search(folded) is not None
                                             or _BANKS_OWN.search(folded) is not None or _bank_fee(folded)
                                             or _card_refused_abroad(folded)
                                             or (_DECLINED_AT.search(folded) is not None
                                                 and _PAYS_US_HERE.search(folded) is None)),
                                            (EXCHANGE, _rate_asked(folded)),
                                            (LETTER, _LETTER.search(folded) is not None),
                                            (SENDER, _sent_by_follower(folded)),
                                            (GIFT, _gift_elsewhere(folded)),
                                            (WORKPLACE, _OWN_WORKPLACE.search(folded) is not None),
                                            (GOVERNMENT, _BENEFIT_PAID.search(folded) is not None),
                                            (PLACE, _ADDRESS_WITH.search(folded) is not None
                                             or _ADDRESS_AT_OFFICE.search(folded) is not None),
                                            (VISA_OFFICE, _IMMIGRATION_APPLIED.search(folded) is not None
                                             and _AT_WORK.search(folded) is None),
                                            (WALLET, _CARD_POINTS.search(folded) is not None
                                             or _wallet_own(folded)),
                                            (OWN_SHOP, _OWN_SHOP.search(folded) is not None),
                                            (BODY, _body_matter(text) or _trip_refunded(text)),
                                            (POST_CLAIM, _POSTS.search(folded) is not None
                                             and _CLAIMED.search(folded) is not None),
                                            (COURIER_DESK, _COURIER_DESK.search(folded) is not None),
                                            (WALLET, _TRANSFER_FEE.search(folded) is not None
                                             and _PAYS_US_BY_TRANSFER.search(folded) is None),
                                            (GIFT, _WRAPPING_ONESELF.search(folded) is not None),
                                            (FOOD, _not_skin_care(_TASTE.search(folded), folded)),
                                            (DOCTOR, _not_skin_care(_MEDICINE_EXPIRY.search(folded), folded)),
                                            (DOCTOR, _SALON_TREATED.search(folded) is not None),
                                            (PLACE, _TRIP_PLANNED.search(folded) is not None
                                             and _SENT_OR_ORDERED.search(folded) is None),
                                            # hundred-and-fourth round: another seller by its trade, a forwarder,
                                            # another site, the follower's own customer, a body's possessive, a
                                            # relative's workplace, a document couriered, another's group buy
                                            (SHOP, _trade_seller(folded) or _forwarder(folded)
                                             or _OTHER_SITE.search(folded) is not None
                                             or _GROUP_BUY_ELSEWHERE.search(folded) is not None),
                                            (THIRD_SELLER, _third_seller(folded)),
                                            (BODY, _TO_ME_OR_PROVIDER.search(folded) is not None),
                                            (OWN_SHOP, _OWN_CUSTOMER.search(folded) is not None),
                                            (BODY, _BODY_POSSESSED.search(folded) is not None),
                                            (WORKPLACE, _KIN_WORK.search(folded) is not None
                                             and _KIN_WORK_BUYS.search(folded) is None),
                                            (SENDER, _DOCUMENT_SENT.search(folded) is not None),
                                            # hundred-and-eighteenth round: a practice's legality, a plant watered, a
                                            # ferry's times, a web-novel site's coins, another employer's job, goods
                                            # exported, copies a publisher sent
                                            (LEGAL, _LEGAL_ASKED.search(folded) is not None),
                                            (GARDEN, _not_skin_care(_PLANT.search(folded), folded)),
                                            (BODY, _TRANSIT_ASKED.search(folded) is not None
                                             or _WEB_NOVEL.search(folded) is not None
                                             or _OTHER_JOB.search(folded) is not None
                                             or _BODY_GROUP.search(folded) is not None),
                                            (CHAT, _small_talk_only(text, folded)),
                                            (EXPORT, _EXPORTED.search(folded) is not None),
                                            (SENDER, _BODY_SENT.search(folded) is not None)) if said}
        unknown = _unknown_name(folded, self.known)
        if unknown:
            readings.add(unknown)
        said_to_us = normalize(_PASTED_NOTICE.sub(" ", text))  # a pasted notice's "your" is its sender's (faq96)
        if not (found or readings) or self._addressed(said_to_us, {self.kinds[name] for name in found}
                                                      | (readings & (ORDERED_AT | {COURIER_DESK}))):
            return frozenset()
        return frozenset(self.kinds[name] for name in found
                         if not _inside_another(name, found) and not _only_a_source(name, folded)
                         and not _only_where_bought(name, folded)
                         and not _only_where_sent(name, folded)) | readings


def _only_where_sent(name: str, folded: str) -> bool:
    """Whether every mention of `name` in `folded` is where a parcel is to go (_DESTINATION just before it: "可以直接寄
    到首尔的airbnb吗", "ship it to my airbnb"): a lodging named as the address, not its business asked about (eighty-
    fourth round, probe67: a creator's shoot abroad got no answer)."""
    start = folded.find(name)
    if start == -1:
        return False
    while start != -1:
        if not _DESTINATION.search(folded[:start]):
            return False
        start = folded.find(name, start + 1)
    return True


def _only_where_bought(name: str, folded: str) -> bool:
    """Whether every mention of `name` in `folded` is where the follower bought something (_BOUGHT_ON_PLATFORM):
    then the platform is the shop the purchase was made in (SHOP), not the app asked about. An entry that speaks
    of buying elsewhere answers it: "某红书上买的 怎么辨别是不是正品" is the authenticity entry's, which names shops,
    not apps (thirty-sixth round: it had no answer)."""
    spans = [found.span() for found in _BOUGHT_ON_PLATFORM.finditer(folded)]
    if not spans:
        return False
    start = folded.find(name)
    while start != -1:
        if not any(begin <= start < end for begin, end in spans):
            return False
        start = folded.find(name, start + 1)
    return True


def _only_a_source(name: str, folded: str) -> bool:
    """Whether `name` is a platform of SOURCES and every mention of it in `folded` is where something was heard or
    read (`_SOURCE`, `_HEARD_ON`)."""
    start = folded.find(name)
    if name not in SOURCES or start == -1:
        return False
    while start != -1:
        before, after = folded[:start].rstrip(), folded[start + len(name):].lstrip()
        if not (_SOURCE.search(after) or _HEARD_ON.search(before) or _HEARD_ON.search(before.removesuffix("在"))):
            return False
        start = folded.find(name, start + 1)
    return True


def _inside_another(name: str, found: set[str]) -> bool:
    """Whether `name` is part of a longer name found with it ("facebook" in "facebook marketplace"): the longer one is
    the business named."""
    if name.isascii():
        return any(other != name and f" {name} " in f" {other} " for other in found)
    return any(other != name and name in other for other in found)


def _used(name: str, ours: str) -> bool:
    """Whether the folded `name` occurs in `ours` (the content's folded texts, space-separated, in spaces) as a
    message naming it would be found: Latin names as whole words, with or without a final s."""
    if not name.isascii():
        return name in ours
    return f" {name} " in ours or f" {name}s " in ours


def kinds_named_elsewhere(text: str, content: Any) -> frozenset[str]:
    """`content.elsewhere.kinds_named(text)`: for Content.remembered (a pure function of the text and the content)."""
    kinds: frozenset[str] = content.elsewhere.kinds_named(text)
    return kinds


def _beyond_faq(content: Any) -> Any:
    """The content but its FAQ (nineteenth round): a name the FAQ's texts use is the business of the entries that
    use it, through `spared`, not the brand's everywhere. The authenticity entry's 淘宝 (bought there, is it real?)
    had made "淘宝的退货运费险怎么用" a question for our return policy; the payment entry's 八达通 still answers
    "可以用八达通付款吗", as its kind (a card) is that entry's."""
    if not dataclasses.is_dataclass(content) or isinstance(content, type):
        return content
    return [getattr(content, item.name) for item in dataclasses.fields(content) if item.name != "faq"]


def _texts(value: Any) -> Iterator[str]:
    """Every text inside `value`: a dataclass's fields, a mapping's keys and values, a tuple's items."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _texts(item)
