"""Extra DEV-split material: names as people really write them, and secrets in more shapes.

Names here come from sources the other dev templates never use (Faker is not used): Chinese
names built from a hand-written list of given-name characters (one- and two-character given
names), English names of many origins from hand-written lists, romanised Taiwanese names from a
hand-written syllable list. The slots are prefixed `X` and registered into bench.text.slots when
this module is imported (by bench.text.templates.all_templates). Every template here is DEV only.
"""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

import base64
import string

from bench.text.piece import GenContext, Piece, credential_url, pii
from bench.text.slots import SLOTS
from bench.text.templates import Template, group

# ---------------------------------------------------------------- name sources

# Surnames, roughly by frequency in Taiwan (repeats weight the common ones).
_ZH_SURNAMES = (
    "陳陳陳陳林林林黃黃張張李李王王吳吳劉劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊江呂何蕭羅高潘簡朱鍾"
    "游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜侯傅曹薛阮丁卓馬温董藍古石紀唐蔣姚連歐馮程湯田康"
    "姜白汪尤鄒黎巫鐘涂龔嚴韓袁金童陸柳夏邵錢伍倪駱譚于甘熊任秦章毛官顧史萬俞粘雷饒闕凌武孔尹崔"
)
# Given-name characters written from memory of Taiwanese names (not from the detector's list).
_ZH_GIVEN = (
    "家宏志明俊傑建宏冠宇承恩柏翰宗翰彥廷品睿宇軒子晴思妤詠晴雅筑怡萱佳穎欣妍心怡宜蓁亭妤芷若"
    "淑芬美玲秀英麗華惠珍玉蘭月娥素貞靜宜雅惠淑惠秀琴碧霞金鳳春嬌阿滿進財萬福添丁金龍永福國華"
    "志豪文彬偉倫信宏振宇耀德榮輝正雄明哲世昌建志坤霖孟儒士豪育誠韋辰昱翔睿哲奕安禹澤品希語彤"
    "沛瑜郁婷詩涵羽彤芯瑜苡安歆恩以晨亦凡書妍霈萱紫涵巧玲寶珠秋香麗卿鈺婷翊婷姵君婉瑄琬婷筱涵"
    "嘉玲立群啟銘紹維崇文煒翔廷瑋耿豪晉豐鈞皓哲維展鵬鴻銘鎮宇仲平伯勳景新凱文漢聲瑞麟道明澄"
)
_ZH_GIVEN_CHARS = tuple(dict.fromkeys(_ZH_GIVEN))


def _split(text: str) -> list[str]:
    return text.split()


_EN_GIVEN = _split(
    """
Daniel Megan Travis Dustin Brittany Tyler Cody Kayla Courtney Derek Shawn Heather Crystal Brandon
Aaliyah Abdullah Adebayo Aditi Ahmad Aiko Akira Alejandro Amara Anh Anjali Arjun Aylin Beatriz
Bilal Bjorn Bogdan Camila Chidi Chinedu Chioma Dariusz Deepak Dmitri Emeka Esperanza Farah Fatima
Fernando Giulia Gustavo Hamza Haruto Hiroshi Ifeoma Ines Ingrid Ishaan Joaquin Kenji Kofi Kwame
Lakshmi Leilani Linh Lucia Malik Mateo Mehmet Nadia Nikhil Oluwaseun Omar Priya Rahul Rania Ravi
Reza Rohan Sakura Santiago Siddharth Tariq Tomasz Valentina Vikram Yusuf Zainab Zeynep Ximena
Wendy Gloria Dolores Marisol Rosalind Harriet Agnes Mildred Bernard Clifford Earl Leroy Vernon
Otis Wilbur Irene Norma Doris Lorraine Gwendolyn Marcus Terrence Jamal Darnell Latoya Keisha
Ebony Shanice Tamika Andre Rashad Cedric Imani Nia Jalen Trevon Saanvi Aarav Diya Kiran Meera
Sunita Rajesh Anil Deepa Ngozi Folake Tunde Yaw Ama Esi Kwabena Sipho Thandiwe Lerato Mandla
Sven Astrid Lars Freya Nils Henrik Pieter Anouk Maarten Sanne Lukas Johanna Matthias Katrin
Francesca Lorenzo Matteo Chiara Alessandro Sofia Diego Paloma Rocio Ignacio Catalina Rodrigo
Thiago Larissa Rafael Vitoria Yuki Hana Takeshi Naoko Ryo Min-jun Seo-yeon Ji-woo Hyun-woo
Soo-ah Dong-hyun Thanh Minh Quang Huong Bao Tuan Mai Wei Jing Xiaoling Ananya Ishita Kabir
"""
)
_EN_SURNAMES = _split(
    """
Ortiz Okafor Nakamura Kowalski Patel Nguyen Haddad Schmidt Rossi Yilmaz Novak Mensah Adeyemi Kim
Park Tanaka Sato Suzuki Gonzalez Hernandez Ramirez Fernandes Silva Oliveira Ivanov Petrov Kaur
Singh Sharma Iyer Reddy Khan Hussain Rahman Chowdhury Mwangi Otieno Abubakar Eze Nwosu Bianchi
Esposito Muller Fischer Weber Jansen O'Connor McCarthy Walsh Byrne Lindqvist Johansson Andersen
Nielsen Virtanen Kovacs Horvath Dubois Lefebvre Moreau Garcia Lopez Cruz Reyes Santos Mendoza
Castillo Vargas Romero Alvarez Jimenez Ruiz Morales Gutierrez Chavez Flores Thompson Whitaker
Sullivan Brooks Hayes Bennett Coleman Jenkins Perry Powell Russell Griffin Wallace Foster Bryant
Harrison Gibson Fletcher Holloway Caldwell Pham Tran Vu Hoang Choi Jung Yamamoto Watanabe Ito
Kapoor Menon Banerjee Mukherjee Desai Joshi Acheampong Boateng Owusu Ndlovu Dlamini Zulu Bakker
Visser Smit Meijer Berg Hansen Larsen Eriksson Lund Romano Ricci Marino Greco Conti Navarro
Torres Delgado Herrera Medina Aguilar Rojas Sandoval Figueroa Pereira Costa Rodrigues Almeida
Carvalho Nowak Wojcik Lewandowski Popescu Ionescu Demir Kaya Celik Sahin Aziz Farouk Mansour
Saleh Karimi Hosseini Rezaei Abbott Barnes Crawford Dawson Ellison Fuller Garrett Hicks Ingram
"""
)
_TW_SURNAMES = _split(
    """
Chen Lin Huang Chang Li Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Chiu Tseng Liao Lai Chou
Yeh Su Chuang Lu Kao Pan Chien Chu Chung Yu Peng Chan Shih Hu Shen Lo Wei Sun Tai Fan Fang Sung
Teng Tu Hou Fu Tsao Hsueh Juan Ting Cho Ma Tung Lan Ku Shih Chi Tang Chiang Yao Lien Ou Feng
"""
)
_TW_SYLLABLES = _split(
    """
chia hsin yu ting wei chih ming hao yi hui shu fen mei ling chun hung chien kuan po tsung jung
kai wen hsiang tzu han pei ya yen chen sheng cheng yao jui che yun hsuan shan ching an yung fang
chieh lun tai hsiu chuan lan feng kang jen te hua ju li nan shih wan chao tien
"""
)


def name_zh_x(ctx: GenContext) -> str:
    """A surname and a one- or two-character given name."""
    surname = ctx.rng.choice(_ZH_SURNAMES)
    n = 1 if ctx.chance(0.25) else 2
    return surname + "".join(ctx.rng.choice(_ZH_GIVEN_CHARS) for _ in range(n))


def name_zh2_x(ctx: GenContext) -> str:
    """A two-character name: surname and one given-name character."""
    return ctx.rng.choice(_ZH_SURNAMES) + ctx.rng.choice(_ZH_GIVEN_CHARS)


def given_en_x(ctx: GenContext) -> str:
    return ctx.rng.choice(_EN_GIVEN)


def name_en_x(ctx: GenContext) -> str:
    first, last = ctx.rng.choice(_EN_GIVEN), ctx.rng.choice(_EN_SURNAMES)
    if ctx.chance(0.08):
        return f"{first} {ctx.rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{first} {last}"


def name_rom_x(ctx: GenContext) -> str:
    rng = ctx.rng
    surname = rng.choice(_TW_SURNAMES)
    a, b = rng.choice(_TW_SYLLABLES), rng.choice(_TW_SYLLABLES)
    given = f"{a.title()}-{b}" if ctx.chance(0.6) else f"{a.title()}-{b.title()}"
    style = rng.randrange(4)
    if style == 0:
        return f"{given} {surname}"
    if style == 1:
        return f"{surname} {given}"
    if style == 2:
        return f"{surname.upper()}, {given.upper()}"
    return f"{rng.choice(_EN_GIVEN)} {surname}"


# ---------------------------------------------------------------- secret sources

_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64URL = _ALNUM + "-_"
_SYMBOLS = "!@#$%^&*"
_WORDS = (
    "river",
    "lotus",
    "bamboo",
    "keelung",
    "formosa",
    "typhoon",
    "jasmine",
    "oolong",
    "falcon",
    "harbor",
)


def password_x(ctx: GenContext) -> str:
    """Passwords in shapes people use: mixed, word+year, leet, passphrase, generated."""
    rng = ctx.rng
    style = rng.randrange(6)
    if style == 0:
        return (
            rng.choice(string.ascii_uppercase)
            + ctx.chars(_ALNUM, 3)
            + rng.choice(_SYMBOLS)
            + ctx.chars(_ALNUM, rng.randint(3, 8))
        )
    if style == 1:
        return (
            rng.choice(_WORDS).capitalize()
            + rng.choice(("2023", "2024", "2025", "0812", "1688"))
            + rng.choice(_SYMBOLS)
        )
    if style == 2:
        return (
            rng.choice(("Tpe", "Kh", "Tw", "Home", "Work"))
            + rng.choice(_SYMBOLS)
            + ctx.digits(rng.randint(3, 6))
            + rng.choice(string.ascii_lowercase)
        )
    if style == 3:
        return ".".join(rng.choice(_WORDS) for _ in range(3)) + ctx.digits(2)
    if style == 4:
        return ctx.chars(_ALNUM + "-_.!", rng.randint(16, 28))
    return ctx.chars(string.ascii_lowercase, rng.randint(4, 6)) + ctx.digits(rng.randint(3, 5))


def _hex(ctx: GenContext, n: int) -> str:
    return ctx.chars(_HEX, n)


def provider_key_x(ctx: GenContext) -> str:
    """Key formats of more providers than the other dev templates use."""
    rng = ctx.rng
    makers = (
        lambda: "sk-or-v1-" + _hex(ctx, 64),  # OpenRouter
        lambda: "gsk_" + ctx.chars(_ALNUM, 52),  # Groq
        lambda: "r8_" + ctx.chars(_ALNUM, 37),  # Replicate
        lambda: "hf_" + ctx.chars(string.ascii_letters, 34),  # Hugging Face
        lambda: "glpat-" + ctx.chars(_ALNUM + "_-", 20),  # GitLab
        lambda: "dop_v1_" + _hex(ctx, 64),  # DigitalOcean
        lambda: "shpat_" + _hex(ctx, 32),  # Shopify
        lambda: "key-" + _hex(ctx, 32),  # Mailgun
        lambda: f"{ctx.digits(10)}:AA{ctx.chars(_B64URL, 33)}",  # Telegram bot
        lambda: "npm_" + ctx.chars(_ALNUM, 36),  # npm
        lambda: "dapi" + _hex(ctx, 32),  # Databricks
        lambda: "lin_api_" + ctx.chars(_ALNUM, 40),  # Linear
        lambda: "pplx-" + ctx.chars(_ALNUM, 48),  # Perplexity
        lambda: "xai-" + ctx.chars(_ALNUM, 80),  # xAI
        lambda: "SG." + ctx.chars(_B64URL, 22) + "." + ctx.chars(_B64URL, 43),  # SendGrid
        lambda: "sk_live_" + ctx.chars(_ALNUM, 24),  # Stripe
        lambda: "AIza" + ctx.chars(_B64URL, 35),  # Google
        lambda: "ghp_" + ctx.chars(_ALNUM, 36),  # GitHub
        lambda: "sk-ant-api03-" + ctx.chars(_B64URL, 93) + "AA",  # Anthropic
        lambda: (
            "xoxp-"
            + ctx.digits(12)
            + "-"
            + ctx.digits(12)
            + "-"
            + ctx.digits(13)
            + "-"
            + _hex(ctx, 32)
        ),
        lambda: "secret_" + ctx.chars(_ALNUM, 43),  # Notion
        lambda: "ntn_" + ctx.chars(_ALNUM, 46),  # Notion (new)
        lambda: "hvs." + ctx.chars(_B64URL, 90),  # HashiCorp Vault
        lambda: "glsa_" + ctx.chars(_ALNUM, 32) + "_" + _hex(ctx, 8),  # Grafana
        lambda: "sbp_" + _hex(ctx, 40),  # Supabase
        lambda: "PMAK-" + _hex(ctx, 24) + "-" + _hex(ctx, 34),  # Postman
        lambda: "NRAK-" + ctx.chars(string.ascii_uppercase + string.digits, 27),  # New Relic
        lambda: "figd_" + ctx.chars(_B64URL, 40),  # Figma
        lambda: "dp.st.prd." + ctx.chars(_ALNUM, 43),  # Doppler
        lambda: "pscale_tkn_" + ctx.chars(_B64URL, 43),  # PlanetScale
    )
    return rng.choice(makers)()


def generic_key_x(ctx: GenContext) -> str:
    """A key without a provider prefix: hex or base64 of typical lengths."""
    rng = ctx.rng
    style = rng.randrange(3)
    if style == 0:
        return _hex(ctx, rng.choice((32, 40, 48, 64)))
    if style == 1:
        return ctx.chars(_ALNUM, rng.choice((24, 32, 40)))
    return base64.b64encode(
        bytes(rng.randrange(256) for _ in range(rng.choice((24, 32, 48))))
    ).decode()


def azure_key_x(ctx: GenContext) -> str:
    return base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(64))).decode()


def k8s_secret_x(ctx: GenContext) -> str:
    """A base64-encoded password, as under `data:` in a Kubernetes Secret."""
    return base64.b64encode(password_x(ctx).encode()).decode()


def _basic_auth(ctx: GenContext) -> str:
    user = ctx.rng.choice(("admin", "api", "deploy", "jenkins", "svc-report"))
    return base64.b64encode(f"{user}:{password_x(ctx)}".encode()).decode()


def _conn_url(ctx: GenContext) -> Piece:
    rng = ctx.rng
    scheme, port = rng.choice(
        (
            ("amqp", 5672),
            ("smtp", 587),
            ("ftp", 21),
            ("mssql", 1433),
            ("postgresql", 5432),
            ("mongodb", 27017),
            ("redis", 6380),
            ("sftp", 22),
        )
    )
    user = rng.choice(
        ("guest", "mailer", "backup", "sa", "reporting", "etl_job", "")
        if scheme == "redis"
        else ("guest", "mailer", "backup", "sa", "reporting", "etl_job")
    )
    host = rng.choice(
        (
            "rabbit.internal",
            "10.0.3.17",
            "mq-prod",
            "smtp.mailgun.org",
            "files.example.net",
            "db-replica-2",
        )
    )
    return credential_url(f"{scheme}://{user}:", password_x(ctx), f"@{host}:{port}/")


_EXTRA_SLOTS = {
    "XNAME_ZH": lambda ctx: pii(name_zh_x(ctx), "PERSON"),
    "XNAME_ZH2": lambda ctx: pii(name_zh2_x(ctx), "PERSON"),
    "XNAME_EN": lambda ctx: pii(name_en_x(ctx), "PERSON"),
    "XGIVEN_EN": lambda ctx: pii(given_en_x(ctx), "PERSON"),
    "XNAME_ROM": lambda ctx: pii(name_rom_x(ctx), "PERSON"),
    "XPASSWORD": lambda ctx: pii(password_x(ctx), "SECRET"),
    "XPROVIDER_KEY": lambda ctx: pii(provider_key_x(ctx), "SECRET"),
    "XGENERIC_KEY": lambda ctx: pii(generic_key_x(ctx), "SECRET"),
    "XAZURE_KEY": lambda ctx: pii(azure_key_x(ctx), "SECRET"),
    "XK8S_SECRET": lambda ctx: pii(k8s_secret_x(ctx), "SECRET"),
    "XBASIC_AUTH": lambda ctx: pii(_basic_auth(ctx), "SECRET"),
    "XCONN_URL": _conn_url,
}
SLOTS.update(_EXTRA_SLOTS)

# ---------------------------------------------------------------- templates

_ZH_CHAT = [
    "昨天跟{{XNAME_ZH}}開會，他說報價要再改一版",
    "幫我問一下{{XNAME_ZH}}，上週那筆款項入帳了沒",
    "麻煩通知{{XNAME_ZH}}明天早上九點到三樓會議室",
    "這件事請轉告{{XNAME_ZH2}}，謝謝～",
    "我剛聯絡{{XNAME_ZH}}了，她說下午才有空",
    "拜託{{XNAME_ZH}}幫忙代班一下，我發燒了😷",
    "文件已經交給{{XNAME_ZH}}處理，有問題直接找他",
    "我和{{XNAME_ZH}}下午會去拜訪客戶，晚點回公司",
    "{{XNAME_ZH}}：我到了，在門口等你們",
    "{{XNAME_ZH@1}}：好喔收到\n{{XNAME_ZH@2}}：那我先把簡報寄出去\n{{XNAME_ZH@1}}：👌",
    "[{{CLOCK}}] {{XNAME_ZH}}: 今天的站會取消",
    "剛剛{{XNAME_ZH}}打電話來，說貨還沒到",
    "要不要找{{XNAME_ZH2}}一起吃飯？她很久沒出來了",
    "禮物我寄給{{XNAME_ZH}}了，應該週五會到",
    "聽說{{XNAME_ZH}}要離職了，真的假的",
    "下週換{{XNAME_ZH}}負責值班，有事打給他",
    "你先跟{{XNAME_ZH2}}對一下數字，再給我看",
    "WiFi密碼是{{XPASSWORD}}，訪客網路那個",
    "公司電腦的密碼改成 {{XPASSWORD}} 了，別外流喔",
    "帳號 admin 密碼 {{XPASSWORD}}，測試機用的",
    "伺服器密碼：{{XPASSWORD}}，用完記得改掉",
    "API key 給你：{{XPROVIDER_KEY}}，只能內部用",
    "今天好熱，下班要不要去喝飲料🧋",
    "大家記得明天要交週報，和平常一樣放共用資料夾",
    "會議改到下午兩點，與會人員請準時",
]
_ZH_EMAIL = [
    "各位好，\n\n今天會議由{{XNAME_ZH}}主持，請{{XNAME_ZH}}準備上季數據。\n\n副本：{{XNAME_ZH}}、{{XNAME_ZH2}}\n\n謝謝",
    "{{XNAME_ZH}}您好：\n\n附上報價單，如有疑問請與{{XNAME_ZH}}聯繫。\n\n敬祝 商祺\n{{XNAME_ZH}}\n業務部",
    "收件者：{{XNAME_ZH}}\n副本：{{XNAME_ZH}}、{{XNAME_ZH}}\n主旨：專案進度\n\n請大家週五前更新進度表。",
    "Hi all，\n\n出席：{{XNAME_ZH}}、{{XNAME_ZH2}}、{{XNAME_ZH}}\n請假：{{XNAME_ZH}}\n\n會議紀錄如附件。",
    "主管好，\n\n這個案子我已經轉給{{XNAME_ZH}}跟進，後續由她回覆客戶。\n\n{{XNAME_ZH}} 敬上",
    "大家好，\n\n系統帳號已開通，初始密碼為 {{XPASSWORD}}，登入後請立即變更。\n\n資訊室",
    "感謝{{XNAME_ZH}}這次的協助，也謝謝{{XNAME_ZH2}}幫忙校稿。\n\n祝 順心",
]
_ZH_FORM = [
    "值班表\n週一 {{XNAME_ZH}}\n週二 {{XNAME_ZH2}}\n週三 {{XNAME_ZH}}",
    "負責人：{{XNAME_ZH2}}\n協辦：{{XNAME_ZH}}\n完成日：{{DATE_ZH}}",
    "報名名單\n1. {{XNAME_ZH}}\n2. {{XNAME_ZH}}\n3. {{XNAME_ZH2}}",
    "簽核：{{XNAME_ZH}} → {{XNAME_ZH}} → {{XNAME_ZH}}",
    "經辦：{{XNAME_ZH}}　審核：{{XNAME_ZH2}}",
]
_ZH_TICKET = [
    "問題由{{XNAME_ZH}}回報，已指派給{{XNAME_ZH}}處理。錯誤代碼 {{VERSION}}",
    "客戶{{XNAME_ZH}}反映無法登入，已協助重設密碼為 {{XPASSWORD}}，請客戶登入後自行修改",
    "@{{XNAME_ZH}} 這張單麻煩你看一下，{{XNAME_ZH}}說是上次部署造成的",
    "設定檔裡的 token={{XGENERIC_KEY}} 被推到公開 repo 了，請{{XNAME_ZH}}盡快撤銷",
]
_EN_CHAT = [
    "I spoke with {{XNAME_EN}} yesterday, she's fine with the new timeline",
    "can you loop in {{XGIVEN_EN}}? they own the billing service",
    "{{XGIVEN_EN}}: sounds good, shipping it after lunch",
    "{{XGIVEN_EN@1}}: anyone seen the deploy logs?\n{{XGIVEN_EN@2}}: on it\n{{XGIVEN_EN@1}}: thx",
    "ask {{XGIVEN_EN}} about the VPN, he set it up",
    "Had coffee with {{XNAME_EN}} from the Lisbon office, really sharp",
    "ping {{XGIVEN_EN}} when the build is green",
    "{{XNAME_EN}} said the staging password is {{XPASSWORD}} — don't paste it anywhere",
    "wifi pw is {{XPASSWORD}} btw",
    "the admin password for the router: {{XPASSWORD}}",
    "here's the key for the demo: {{XPROVIDER_KEY}} (rotate it after friday)",
    "thanks {{XGIVEN_EN}}, that fixed it!",
    "I'll forward it to {{XNAME_EN}} and {{XNAME_EN}} tonight",
    "lunch with the team at noon, then the all-hands. nothing urgent",
]
_EN_EMAIL = [
    "Attendees: {{XNAME_EN}}, {{XNAME_EN}}, {{XNAME_EN}}\nApologies: {{XNAME_EN}}\n\nNotes attached.",
    "Hi {{XGIVEN_EN}},\n\nI've copied {{XNAME_EN}}, who handles invoicing now.\n\nBest,\n{{XNAME_EN}}",
    "To: {{XNAME_EN}}\nCc: {{XNAME_EN}}, {{XNAME_EN}}\nSubject: Q3 plan\n\nDraft attached.",
    "Hello,\n\nPlease welcome {{XNAME_EN}}, who joins the data team on Monday. {{XGIVEN_EN}} will sit next to {{XNAME_EN}}.\n\nThanks,\n{{XGIVEN_EN}}",
    "Thanks {{XGIVEN_EN}} —\n\nThe temporary password is {{XPASSWORD}}; you will be asked to change it.\n\n{{XNAME_EN}}\nIT Service Desk",
]
_EN_FORM = [
    "Interview panel: {{XNAME_EN}} (chair), {{XNAME_EN}}, {{XNAME_EN}}",
    "Emergency contact: {{XNAME_EN}} (spouse)\nPhysician: Dr. {{XNAME_EN}}",
    "Prepared by {{XNAME_EN}}\nReviewed by {{XNAME_EN}}",
]
_EN_TICKET = [
    "Reported by {{XNAME_EN}}. Assigned to {{XGIVEN_EN}}. Customer cannot reset password.",
    "{{XNAME_EN}} reports 500 errors on checkout since {{TIME}}. Escalating to {{XNAME_EN}}.",
    "Leaked credential in the wiki: {{XPROVIDER_KEY}}. Revoked by {{XNAME_EN}}.",
]
_MIXED_CHAT = [
    "跟 {{XNAME_EN}} 約了明天下午，要一起嗎",
    "剛剛 {{XGIVEN_EN}} 說合約已經簽好了",
    "請通知 {{XNAME_ROM}} 明天提早到",
    "{{XNAME_ROM}}：我晚點到，先開始沒關係",
    "幫我把報告轉給 {{XNAME_ROM}}，謝謝",
    "我跟{{XNAME_ZH}} ({{XNAME_ROM}}) 確認過了，沒問題",
    "新的 API key 是 {{XPROVIDER_KEY}}，舊的已經停用",
    "DB 密碼：{{XPASSWORD}}，不要貼到 Slack",
]
_MIXED_EMAIL = [
    "Hi {{XGIVEN_EN}}，\n\n附件是{{XNAME_ZH}}整理的需求，麻煩 review。\n\nThanks,\n{{XNAME_ROM}}",
    "To: {{XNAME_ROM}}\nCC: {{XNAME_EN}}、{{XNAME_ZH}}\n\n週會改到禮拜四。",
]
_MIXED_TICKET = [
    "客戶 {{XNAME_ROM}} 回報登入失敗，已由 {{XNAME_EN}} 處理",
    "測試環境 curl -u admin:{{XPASSWORD}} https://staging.internal/api/health 一直回 401",
]
_MIXED_FORM = [
    "聯絡窗口 Contact: {{XNAME_ROM}} / {{XNAME_ZH}}",
]
_CONFIG_EN = [
    "# docker-compose.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD={{XPASSWORD}}\n  api:\n    environment:\n      SENTRY_ENV: prod\n      PAYMENT_API_KEY: {{XPROVIDER_KEY}}",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YXBw\n  password: {{XK8S_SECRET}}",
    '[database]\nhost = "db.internal"\nuser = "report"\npassword = "{{XPASSWORD}}"\n\n[services.maps]\napi_key = "{{XGENERIC_KEY}}"',
    "curl -s -H 'Authorization: Basic {{XBASIC_AUTH}}' https://ci.internal/api/json",
    'curl "https://api.weather.example.com/v2/forecast?city=taipei&api_key={{XGENERIC_KEY}}&units=metric"',
    "GET /v1/export?format=csv&access_token={{XGENERIC_KEY}} HTTP/1.1\nHost: reports.internal",
    "BROKER_URL={{XCONN_URL}}\nCELERY_RESULT_BACKEND=rpc://",
    "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=sales;User ID=sa;Password={{XPASSWORD}};Encrypt=True;",
    "DefaultEndpointsProtocol=https;AccountName=tsmcreports;AccountKey={{XAZURE_KEY}};EndpointSuffix=core.windows.net",
    "export TELEGRAM_BOT_TOKEN={{XPROVIDER_KEY}}\nexport MYSQL_PWD='{{XPASSWORD}}'",
    '$env:OPENROUTER_API_KEY = "{{XPROVIDER_KEY}}"\npython run_eval.py --model gpt-4o',
    'client = Client(api_key="{{XGENERIC_KEY}}", timeout=30)\nresp = client.get("/status")',
    '{\n  "mailer": {\n    "host": "smtp.example.net",\n    "username": "noreply",\n    "password": "{{XPASSWORD}}"\n  },\n  "webhookSecret": "{{XGENERIC_KEY}}"\n}',
    "mysql -h 10.1.2.3 -u root -p'{{XPASSWORD}}' orders < dump.sql",
    "SMTP_URL={{XCONN_URL}}\nREDIS_TLS=true\nWORKERS=4",
    "# settings for local runs\nDEBUG=true\nLOG_LEVEL=debug\nCACHE_TTL=300\nPAGE_SIZE=50",
]
_CONFIG_ZH = [
    "# 正式環境設定，請勿外流\nDB_PASSWORD={{XPASSWORD}}\nNOTION_TOKEN={{XPROVIDER_KEY}}",
    "# 第三方金鑰\nmaps:\n  api_key: {{XGENERIC_KEY}}\n  quota: 1000",
]
_CONFIG_MIXED = [
    "# 串接用（記得 rotate）\n[api]\nsecret = {{XGENERIC_KEY}}\nendpoint = https://api.example.com",
]

TEMPLATES: list[Template] = [
    *group("zh", "chat", dev=[*_ZH_CHAT], test=[]),
    *group("zh", "email", dev=[*_ZH_EMAIL], test=[]),
    *group("zh", "form", dev=[*_ZH_FORM], test=[]),
    *group("zh", "ticket", dev=[*_ZH_TICKET], test=[]),
    *group("en", "chat", dev=[*_EN_CHAT], test=[]),
    *group("en", "email", dev=[*_EN_EMAIL], test=[]),
    *group("en", "form", dev=[*_EN_FORM], test=[]),
    *group("en", "ticket", dev=[*_EN_TICKET], test=[]),
    *group("mixed", "chat", dev=[*_MIXED_CHAT], test=[]),
    *group("mixed", "email", dev=[*_MIXED_EMAIL], test=[]),
    *group("mixed", "ticket", dev=[*_MIXED_TICKET], test=[]),
    *group("mixed", "form", dev=[*_MIXED_FORM], test=[]),
    *group("en", "config", dev=[*_CONFIG_EN], test=[]),
    *group("zh", "config", dev=[*_CONFIG_ZH], test=[]),
    *group("mixed", "config", dev=[*_CONFIG_MIXED], test=[]),
]
# Ids must not collide with the original dev templates of the same group.
TEMPLATES = [
    Template(t.id.replace("-dev-", "-devx-"), t.lang, t.genre, t.split, t.text) for t in TEMPLATES
]
