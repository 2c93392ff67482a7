"""DEV-only Chinese name material written from a different angle than the other dev templates.

Everyday Taiwanese writing of many kinds (LINE chats, 公文, 請假單, 會議紀錄, 客服對話, 學校通知,
醫院掛號, 租屋合約, 報價單, news-style prose, social posts, e-mail) with names in every position:
opening a sentence with no cue, after 是/由/被/讓/請/向/替/幫, in brackets, next to English names,
two and three characters, compound surnames. Given names are drawn one character at a time from
a broad inventory written for this file (several hundred characters used in Taiwanese given
names, rare ones included), not from any detector's list. PII-free texts are dense in surname
characters used as ordinary words (王道, 高雄, 林業, 方向, 何時, 金額 ...).

Slots are prefixed `ZN` and registered into bench.text.slots when this module is imported (by
bench.text.templates.all_templates). Every template here is DEV only.
"""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

from bench.text.piece import GenContext, pii
from bench.text.slots import SLOTS
from bench.text.templates import Template, group

# ---------------------------------------------------------------- name sources

# Surnames roughly by frequency in Taiwan; repeats weight the common ones, the tail is rare.
_SURNAMES = (
    "陳陳陳陳陳林林林林黃黃黃張張張李李李王王王吳吳劉劉蔡蔡楊楊許許鄭謝洪郭邱曾廖賴徐周葉蘇莊"
    "江呂何蕭羅高潘簡朱鍾游彭詹施胡沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜侯傅曹薛阮丁卓馬董藍古石紀"
    "唐蔣姚連歐馮程湯田康姜白汪尤鄒黎巫鐘涂龔嚴韓袁金童陸柳夏邵錢伍倪駱譚于甘熊任秦章毛官顧史"
    "萬俞粘雷饒闕凌武孔尹崔辛辜陶段易龍韋池葛褚孟麥殷莫文賀管關包向梅華裴利全樊房花安左魯塗穆"
    "鮑蒲郝谷成邢練閻陽盛常符耿解申聶祝岳曲籃齊應舒單喬畢留翟牛龐覃滕戚苗景卜晏霍宮寧仇冷柴蘭"
)
_COMPOUND = ("歐陽", "張簡", "范姜", "司馬", "諸葛", "上官", "司徒", "皇甫", "端木", "張廖")

# Characters of Taiwanese given names, written for this file: older and newer fashions, both
# sexes, the rarer ones included. Each given-name character is drawn from here independently.
_GIVEN_INVENTORY = """
志明偉傑俊宏建家豪承翰冠宇廷哲瑋文雄強彬龍德輝賢忠誠國榮信仁義昌隆正成興祥福順勇剛峰凱皓
宗佑柏博睿軒杰彥霖銘鴻毅勝耀聖裕民光中山川天海東益達豐茂盛旺源泉森松威武勳立新振政治智仲
伯元永長世秉士啟翔鵬飛峻崇坤城培基堅定富貴尚展平廣弘彰恆惟愷慶揚敬斌旭昇昊易昱晉晟景暉曜
書朋桓梓楷權欽江泓洋浩淵澤炳煌琮璋甫碩磊祐禎程竣紹維緯群聰肇舜良諺賓超逸道遠邦銓鋒鎮鑫靖
韋騰駿麟鼎齊亮仕侑修倫傳儒允克典勁勤卓友唯均堯奕孝學守寅尊嵐庚廉得懷捷敦昆昭朗棟楨榕泰
津淮添湧煥熙牧珉琛瑀璟璿笙紀聿臻航浤宸禹翊叡澔鈞崴閎謙恩晏丞煒暐鎧顥灝帆晨旻岳淳鋐宥濬昶
栩硯言彣勛爵安淑芬惠美玲麗華貞雅婷秀英娟琴珍怡君玉蘭鳳珠雲雯卿月娥慧敏靜宜欣心佳蓉萍霞香
梅春秋碧寶金蓮雪素詩涵鈺筱瑜瑩琪琳嘉穎晴彤妤姿妍庭亭馨韻薇萱璇瑄思芳芸芷若茹菁蓁婕潔倩綺
雨羽柔宣郁育孟予依伊儀姵沛佩珮貝蓓媛嫻娜妮姍珊琦瑤瑾璐瑛菱菲蕙蕾薰苓茜芝芊筠紋綾純真珺婉
如虹翠燕鶯鈴錦莉蘋凡夢青清微舒語喬霈霓湘潤澄涓瀅漪憶懿慈愛悅恬忻寧容宛岑希念昀昕星晶曉暄
曦映歆毓淇玟玫珈琇琬瑞甄盈筑蘊甯芃莛蕎妡玥苡芯沂瑢榆羚樺媗葳楹姮嬅紜頤千百添丁進財萬招弟
旺土水木枝桂菊嬌滿勤儉鑾緞絹綢玄鶴壽松柏竹蘭菊秀鳳珍珠宏仁聲棋琴書騏驊駒
騫鵬翱翾翎翔翠彩蝶蕙菀蕊荷芙蓀蘅蘋蘩薌藜萁蓓蔚蔓蒨蓉芮芩苓茵荃菡莘萃萱葶蒂芎芫芹芥
崑峯嶸巖嵩岱岷峪崙巒嶠巍崧峴嶼岑峨崢嶺彧郡邑鄞鄴邠泯沄沐汶洢涔淯渝湲溱潁澐濰灃瀚灝
暘曄昉晞晅曈暻曚晧皙旼昊炘炤烜焜煦熠燁燊燦燿瑒瑜瑗瑋琰琥琨琬琮瑆璁璞璘璠環瓏瓊珣珩珞珅
"""
_GIVEN_CHARS = tuple(dict.fromkeys(c for c in _GIVEN_INVENTORY if not c.isspace()))


def name_zn(ctx: GenContext) -> str:
    """A surname (compound now and then) and a one- or two-character given name."""
    rng = ctx.rng
    surname = rng.choice(_COMPOUND) if ctx.chance(0.04) else rng.choice(_SURNAMES)
    n = 1 if ctx.chance(0.2) else 2
    return surname + "".join(rng.choice(_GIVEN_CHARS) for _ in range(n))


def name_zn3(ctx: GenContext) -> str:
    """A single-character surname and a two-character given name."""
    return ctx.rng.choice(_SURNAMES) + "".join(ctx.rng.choice(_GIVEN_CHARS) for _ in range(2))


def name_zn2(ctx: GenContext) -> str:
    return ctx.rng.choice(_SURNAMES) + ctx.rng.choice(_GIVEN_CHARS)


def surname_zn(ctx: GenContext) -> str:
    return ctx.rng.choice(_SURNAMES)


_EN_NAMES = """
Kevin Jason Eric Vincent Allen Jerry Ken Steven Andy Peter Tony Frank Ivy Vivian Joanne Cindy
Tiffany Grace Irene Claire Sandy Winnie Peggy Carol Amber Queenie Yvonne Wendy Sophia Ethan
"""
_EN_FIRST = tuple(_EN_NAMES.split())

_SLOTS = {
    "ZNAME": lambda ctx: pii(name_zn(ctx), "PERSON"),
    "ZNAME3": lambda ctx: pii(name_zn3(ctx), "PERSON"),
    "ZNAME2": lambda ctx: pii(name_zn2(ctx), "PERSON"),
    "ZSURNAME": lambda ctx: pii(surname_zn(ctx), "PERSON"),
    "ZEN_FIRST": lambda ctx: pii(ctx.rng.choice(_EN_FIRST), "PERSON"),
}
SLOTS.update(_SLOTS)

# ---------------------------------------------------------------- templates

_CHAT = [
    # LINE groups and private chats
    "{{ZNAME}}今天請病假，早上的課改由{{ZNAME}}代課",
    "{{ZNAME3}}說他晚點到，你們先點餐",
    "欸 {{ZNAME}} 是不是換手機號碼了？打不通",
    "剛剛被{{ZNAME}}念了一頓，報表又晚交😭",
    "讓{{ZNAME}}先回去休息吧，剩下的我來收",
    "週六的聚餐是{{ZNAME}}訂的位，記得準時",
    "請{{ZNAME}}把收據拍照上傳到群組，謝謝",
    "我已經向{{ZNAME}}報告過了，他說沒問題",
    "今天替{{ZNAME}}代班，有事找我就好",
    "可以幫{{ZNAME}}訂一個素食便當嗎？她今天有來",
    "{{ZNAME@1}}：明天幾點集合？\n{{ZNAME@2}}：八點半，高鐵站大廳\n{{ZNAME@1}}：OK 👍",
    "剛跟{{ZNAME2}}通完電話，房東說下週來修熱水器",
    "恭喜{{ZNAME}}考上研究所🎉🎉",
    "{{ZNAME}}、{{ZNAME}}、{{ZNAME2}}三個人負責搬器材，其他人佈置會場",
    "今天是{{ZNAME}}生日，大家下午三點到茶水間唱歌🎂",
    "誰知道{{ZNAME}}的分機？我找不到通訊錄",
    "({{ZNAME}}) 我先下線囉，明天見",
    "好喔，那就照{{ZNAME}}說的做",
    "@{{ZNAME}} 你的包裹在櫃台",
    "阿姨說{{ZNAME3}}小時候就住在我們家隔壁",
    "晚上跟{{ZEN_FIRST}}（{{ZNAME}}）吃飯，他剛從上海調回來",
    "{{ZNAME}}跟{{ZNAME}}明天都休假，記得找人顧店",
]
_SOCIAL = [
    # social posts, news-style prose
    "感謝{{ZNAME}}老師這學期的照顧，真的學到很多！#畢業快樂",
    "記者{{ZNAME}}／台中報導\n市府今天宣布，明年起公車將全面改用電動車。",
    "本報訊　捷運站務員{{ZNAME3}}昨日拾獲一只錢包，已交給警方招領。",
    "社區發展協會理事長{{ZNAME}}表示，今年的中秋晚會將在活動中心舉辦。",
    "據了解，{{ZNAME}}早在去年就已辭去董事職務，目前由{{ZNAME}}接任。",
    "這次比賽冠軍是{{ZNAME}}，亞軍{{ZNAME}}，季軍從缺。",
    "今天和大學同學{{ZNAME}}、{{ZNAME}}一起去爬山，好久沒這麼累了⛰️",
    "里長{{ZNAME}}呼籲民眾，颱風期間盡量不要外出。",
    "警方調查，{{ZNAME}}與友人{{ZNAME}}當晚在店內發生口角。",
    "{{ZNAME3}}今年六十八歲，每天清晨都到公園打太極拳。",
]
_EMAIL = [
    "{{ZNAME}} 您好：\n\n附件為本月報價單，若有任何問題，歡迎與我聯繫。\n\n{{ZNAME}} 敬上\n業務部",
    "各位同仁好：\n\n人事異動：{{ZNAME}}自11月1日起調任財務處，原職務由{{ZNAME}}代理。\n\n人資室",
    "Dear {{ZNAME}}，\n\n您的面試時間安排在週四上午十點，面試官為{{ZNAME}}經理。\n\nBest,\n{{ZEN_FIRST}} {{ZNAME}}",
    "主旨：請假\n\n主管您好，我明天需要帶小孩看醫生，想請一天特休，工作已交接給{{ZNAME}}。\n\n{{ZNAME}}",
    "{{ZNAME}}學長好，\n\n上次提到的論文我放在共用資料夾了，再請您過目。\n\n學弟 {{ZNAME}}",
    "您好，我是{{ZNAME}}，上週有跟您確認過交貨日期，想再追蹤一下進度。",
    "寄件者：{{ZNAME}}\n收件者：{{ZNAME}}；{{ZNAME}}\n主旨：第三季預算\n\n請於週五前回覆意見。",
    "謝謝{{ZNAME}}協助處理，也麻煩{{ZNAME}}把結果轉給客戶。\n\n{{ZNAME}}\n資訊處",
]
_FORM = [
    # 公文, 請假單, 會議紀錄, 醫院掛號, 租屋合約, 報價單, 學校通知
    "○○市政府　函\n\n受文者：{{ZNAME}}君\n承辦人：{{ZNAME}}\n電話：{{TEL}}\n主旨：檢送本府公告乙份，請查照。",
    "請假單\n申請人：{{ZNAME}}\n假別：事假\n日期：{{DATE_ZH}}\n職務代理人：{{ZNAME}}\n主管簽核：{{ZNAME}}",
    "會議紀錄\n時間：{{DATE_ZH}} 14:00\n主席：{{ZNAME}}\n出席：{{ZNAME}}、{{ZNAME}}、{{ZNAME2}}、{{ZNAME}}\n紀錄：{{ZNAME}}\n\n一、{{ZNAME}}報告上月營收。\n二、下次會議由{{ZNAME}}主持。",
    "門診掛號確認\n病患：{{ZNAME}}\n科別：家醫科　醫師：{{ZNAME}}\n看診號碼：23",
    "房屋租賃契約書\n\n出租人{{ZNAME}}（以下簡稱甲方）與承租人{{ZNAME}}（以下簡稱乙方）雙方同意訂立本契約。",
    "報價單\n客戶：{{COMPANY_ZH}}\n聯絡人：{{ZNAME}} 先生\n報價人：{{ZNAME}}\n總金額：{{AMOUNT}}",
    "親愛的家長您好：\n\n本班{{ZNAME}}同學榮獲全校作文比賽第一名，特此表揚。\n\n導師 {{ZNAME}} 敬啟",
    "學校通知\n三年二班 {{ZNAME}}、{{ZNAME}} 請於明日午休到學務處找{{ZNAME}}老師。",
    "值日生：{{ZNAME}}\n副班長：{{ZNAME}}\n風紀股長：{{ZNAME}}",
    "| 姓名 | 部門 | 分機 |\n|---|---|---|\n| {{ZNAME}} | 業務 | 231 |\n| {{ZNAME}} | 財務 | 118 |",
    "簽收單\n收件人：{{ZNAME}}\n代收人：{{ZNAME}}（管理員）",
    "得獎名單\n特優　{{ZNAME}}\n優等　{{ZNAME}}\n甲等　{{ZNAME2}}",
    "緊急聯絡人：{{ZNAME}}（母）{{MOBILE}}",
    "立契約書人\n甲方：{{ZNAME}}\n乙方：{{ZNAME}}\n見證人：{{ZNAME}}",
]
_TICKET = [
    # 客服對話 and support tickets
    "客服{{ZNAME}}：您好，很高興為您服務，請問訂單編號是？\n客戶：{{ORDER_NO}}",
    "來電者{{ZNAME}}表示昨天收到的商品有瑕疵，已安排{{ZNAME}}明天到府收回。",
    "{{ZSURNAME}}先生來電詢問退款進度，請{{ZNAME}}回電。",
    "此案已由{{ZNAME}}結案，如需重新開啟請聯絡{{ZNAME}}。",
    "維修人員{{ZNAME}}到場後發現是電源供應器故障，更換後恢復正常。",
    "{{ZNAME}}反應APP閃退，版本{{VERSION}}，已轉工程部",
    "本單轉給{{ZNAME}}（{{ZEN_FIRST}}）處理，原負責人{{ZNAME}}休假中",
    "{{ZSURNAME}}小姐要求更改收件地址，已確認身分",
]
# Texts without any personal data, dense in surname characters used as ordinary words.
_PLAIN = [
    "王道就是把客人放在第一位，這是老闆常說的話。",
    "高雄的夏天很熱，白天溫度常常超過三十五度。",
    "林業署提醒民眾，颱風過後上山要注意落石。",
    "黃金週連假期間，車站和機場人潮眾多，請提早出門。",
    "方向盤有點歪，車子開起來會往右偏，要送廠檢查。",
    "於是大家決定明天再討論，先把今天的進度完成。",
    "何時出貨？目前排程大約是下週三，確定後會再通知。",
    "余額不足的話，系統會自動取消這筆交易。",
    "金額核對無誤後，請在單據右下角簽名蓋章。",
    "江湖上流傳著各種說法，但真相只有一個。",
    "朱紅色的大門是這座古厝最有名的特色。",
    "許多民眾反映，公車常常誤點，希望市府改善。",
    "服務很周到，餐點也好吃，下次還會再來。",
    "陳列架上的商品請依照有效期限排列，先進先出。",
    "梁柱出現裂縫，施工單位已經進場補強。",
    "標題請用宋體十四號字，內文用十二號。",
    "溫度和濕度都會影響發酵時間，要隨時注意。",
    "常見的錯誤包括忘記存檔和貼錯附件。",
    "車站前面的石頭步道正在整修，請改走旁邊。",
    "馬上就好，請再稍等我五分鐘。",
    "白色和米色的款式都賣完了，只剩黑色。",
    "田野調查的資料已經整理成表格，放在雲端。",
    "安全帽請掛在機車後方的掛勾上，不要放在座位。",
    "依照損壞程度，維修費用從五百元到三千元不等。",
    "夏天用電量大，請大家離開座位時隨手關燈。",
    "呂宋島附近有熱帶性低氣壓，明天可能增強為颱風。",
    "湯匙和筷子請自備，店內不提供免洗餐具。",
    "請先閱讀第三章節，下週上課要討論。",
    "這是史上最熱的十月，氣象局說明天還會更熱。",
    "施工期間造成不便，敬請見諒。",
    "向前走兩百公尺，看到便利商店右轉就到了。",
    "雷陣雨午後容易發生，出門記得帶傘。",
    "萬華和大同區的老街，很適合假日散步。",
    "全家人一起出遊，記得帶健保卡和身分證明文件。",
    "成本增加了，售價可能要跟著調整。",
    "包裹已經寄出，預計明天送達。",
    "關於退貨流程，請參考官網的常見問題。",
    "連假最後一天，國道車流量大，請避開尖峰時段。",
    "童年的回憶裡，總有一碗熱騰騰的湯圓。",
    "花費比預期高，下次要先做好預算。",
    "申請表請用正楷填寫，塗改處需蓋章。",
    "應用程式更新後，登入畫面變得比較簡潔。",
    "齊心協力，一定可以在期限內完成。",
    "留意天氣變化，山區夜間溫差大。",
    "景氣不好，很多店家提早打烊。",
    "單價太高的話，客戶可能不會下單。",
    "和平東路上的那家咖啡店，週一公休。",
    "周末要不要一起去宜蘭泡溫泉？",
    "房租每個月五號前轉帳，水電另計。",
    "花蓮和台東的海岸線很漂亮，適合騎腳踏車。",
    "這份報價單的有效期限是三十天。",
    "請於期限內繳交學費，逾期將酌收滯納金。",
    "本週三全校停課一天，進行消防演練。",
    "醫院掛號請多利用網路或語音系統。",
    "會議紀錄已經上傳，請各單位確認內容。",
    "今天的晚餐是白飯、青菜、滷肉和蛋花湯。",
    "史丹佛大學的研究指出，睡眠不足會影響記憶力。",
    "黎明前的天空最暗，大家再撐一下。",
    "古早味的紅茶冰，一杯只要二十五元。",
    "管理委員會決議，下個月起調整管理費。",
    "易碎物品請小心輕放，並貼上警示標籤。",
    "包括午餐和交通，每人費用是一千二百元。",
    "曲目單已經印好，放在門口的桌上。",
    "孔雀和天鵝都在動物園的鳥園區。",
    "任何人都可以報名，不限年齡。",
    "牛肉麵、滷肉飯和珍珠奶茶是觀光客的最愛。",
    "沈默是金，有時候不說話反而比較好。",
    "盛夏的午後，蟬聲此起彼落。",
]

TEMPLATES: list[Template] = [
    *group("zh", "chat", dev=[*_CHAT, *_SOCIAL], test=[]),
    *group("zh", "email", dev=[*_EMAIL], test=[]),
    *group("zh", "form", dev=[*_FORM], test=[]),
    *group("zh", "ticket", dev=[*_TICKET], test=[]),
    *group("zh", "chat", dev=[*_PLAIN], test=[]),
]
# Ids must not collide with the other dev templates of the same group.
TEMPLATES = [
    Template(
        t.id.replace("-dev-", "-devn-" if i < len(TEMPLATES) - len(_PLAIN) else "-devnfree-"),
        t.lang,
        t.genre,
        t.split,
        t.text,
    )
    for i, t in enumerate(TEMPLATES)
]
