"""The words of the Chinese-name cues: a name field's labels, the words that introduce a name
(with the tier each gives), titles after a name, letter closings. names_zh_cues looks them up.
"""

from __future__ import annotations

FORM, ROLE, WEAK = 3, 2, 1


def word_list(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Labels of a name field: FORM with a separator after them, ROLE when glued to the name.
FIELD_LABELS = word_list(
    """
    姓名 名字 中文姓名 中文名 收件人 收件者 寄件人 寄件者 聯絡人 連絡人 聯繫人 負責人
    申請人 戶名 承辦人 持卡人 收貨人 訂購人 購買人 代表人 被保險人 要保人 受益人 監護人
    法定代理人 代理人 緊急聯絡人 經辦人 填表人 簽收人 立書人 立約人 委託人 受託人 當事人
    報案人 經手人 收款人 受款人 付款人 匯款人 借款人 保證人 房東 房客 承租人 出租人 買方
    賣方 患者 病人 病患 客戶 學生 家長 員工 會員 用戶 使用者 乘客 旅客 住戶 屋主 業務 專員
    窗口 客服 同仁 主治醫師 醫師 導師 老師 經理 主任 簽名 署名 簽章 發件人 收信人 代收人
    取件人 主講人 講者 主持人 駕駛人 車主 中獎人 訂房人 入住人 學員 經辦 簽收 業務代表 name
    副本 抄送 密件副本 出席 出席者 出席人員 列席 請假 缺席 與會 與會者 與會人員 參加者 參與者
    報名者 發起人 記錄 紀錄 記錄人 紀錄人 協辦 協辦人 審核 審核人 覆核 複核 核准 核准人 簽核
    值班 值班人員 值日生 交接人 職務代理人 處理人 處理人員 回報人 指派 接洽人 對口 成員 組員
    作者 撰稿 撰寫人 校對 審閱 面試官 指導老師 指導教授 主辦人 聯絡窗口 業務窗口 承辦 經辦人員
    民眾 請款人 領款人 取貨人 提貨人 來電者 來電人 通報人 投保人 持有人 登記人 預約人
    就診者 就醫者 受檢者 個案 案主 學生姓名 員工姓名 病患姓名 家屬 陪同者 陪病者 聯絡對象
    """
)
# Words that introduce a name with no separator needed: word -> tier.
INTRO_WORDS = {
    "我叫": FORM, "名叫": FORM, "我的名字是": FORM, "我的名字叫": FORM, "dear": FORM,
    "叫做": ROLE, "我是": ROLE, "本人": ROLE, "致": ROLE, "親愛的": ROLE, "敬愛的": ROLE,
    "那位是": ROLE, "這位是": ROLE, "他是": ROLE, "她是": ROLE, "對方是": ROLE,
    "hi": ROLE, "hello": ROLE, "嗨": ROLE, "哈囉": ROLE, "attn": ROLE, "to": ROLE, "from": ROLE,
    "user": ROLE, "customer": ROLE, "client": ROLE, "contact": ROLE, "recipient": ROLE,
    "patient": ROLE, "applicant": ROLE, "beneficiary": ROLE, "owner": ROLE, "assignee": ROLE,
    "reporter": ROLE, "cc": ROLE, "guest": ROLE, "tenant": ROLE, "member": ROLE,
    "present": ROLE, "absent": ROLE, "attendees": ROLE, "apologies": ROLE, "with": WEAK,
    "and": WEAK, "by": WEAK, "for": WEAK, "ask": WEAK, "ping": WEAK, "tell": WEAK,
    "請": WEAK, "由": WEAK, "感謝": WEAK, "謝謝": WEAK, "轉交": WEAK, "交給": WEAK, "給": WEAK,
    "通知": WEAK, "聯絡": WEAK, "聯繫": WEAK, "找": WEAK, "問": WEAK, "幫": WEAK, "替": WEAK,
    "恭喜": WEAK, "拜託": WEAK, "委託": WEAK, "提醒": WEAK, "記者": WEAK, "董事長": WEAK,
    "總經理": WEAK, "執行長": WEAK, "教授": WEAK, "律師": WEAK, "同學": WEAK, "同事": WEAK,
    "主管": WEAK, "老闆": WEAK, "室友": WEAK, "朋友": WEAK, "男友": WEAK, "女友": WEAK,
    "老公": WEAK, "老婆": WEAK, "媽媽": WEAK, "爸爸": WEAK, "兒子": WEAK, "女兒": WEAK,
    "哥哥": WEAK, "姊姊": WEAK, "姐姐": WEAK, "弟弟": WEAK, "妹妹": WEAK, "轉告": WEAK,
    "告訴": WEAK, "打給": WEAK, "寄給": WEAK, "轉給": WEAK, "邀請": WEAK, "介紹": WEAK,
    "認識": WEAK, "拜訪": WEAK, "@": ROLE,
    # Verbs and prepositions that take a person as their object: 跟陳建宏開會, 交由林怡君處理.
    "跟": WEAK, "和": WEAK, "與": WEAK, "陪": WEAK, "約": WEAK, "換": WEAK, "聽說": WEAK,
    "交由": WEAK, "指派給": WEAK, "分派給": WEAK, "交代": WEAK, "麻煩": WEAK, "請教": WEAK,
    "詢問": WEAK, "回覆": WEAK, "回信給": WEAK, "寫信給": WEAK, "傳給": WEAK, "私訊": WEAK,
    "多虧": WEAK, "祝福": WEAK, "叫": WEAK, "讓": WEAK, "像": WEAK, "代替": WEAK,
    "接替": WEAK, "支援": WEAK, "協助": WEAK, "等": WEAK, "催": WEAK, "約了": WEAK,
    "照": WEAK, "向": WEAK, "被": WEAK, "派": WEAK, "叫了": WEAK, "遇到": WEAK, "碰到": WEAK,
    "看到": WEAK, "想念": WEAK, "代理": WEAK, "接任": WEAK, "改由": WEAK, "轉由": WEAK,
    "經由": WEAK, "得知": WEAK, "知道": WEAK, "找到": WEAK, "拜託了": WEAK,
    # Kinship words people write before a relative's name (外婆劉妤恩, 跟阿嬤陳翔葳): two
    # characters say "a person follows" clearly; one (媽, 哥) only weakly.
    "阿嬤": ROLE, "阿媽": ROLE, "阿公": ROLE, "外婆": ROLE, "外公": ROLE, "奶奶": ROLE,
    "爺爺": ROLE, "叔叔": ROLE, "阿姨": ROLE, "姑姑": ROLE, "舅舅": ROLE, "伯伯": ROLE,
    "嬸嬸": ROLE, "舅媽": ROLE, "姑丈": ROLE, "姨丈": ROLE, "嫂嫂": ROLE, "大嫂": ROLE,
    "姊夫": ROLE, "姐夫": ROLE, "妹夫": ROLE, "表哥": ROLE, "表姊": ROLE, "表姐": ROLE,
    "表弟": ROLE, "表妹": ROLE, "堂哥": ROLE, "堂姊": ROLE, "堂弟": ROLE, "堂妹": ROLE,
    "老爸": ROLE, "老媽": ROLE, "阿伯": ROLE, "婆婆": ROLE, "公公": ROLE, "岳母": ROLE,
    "岳父": ROLE, "媳婦": ROLE, "女婿": ROLE, "孫子": ROLE, "孫女": ROLE, "外甥": ROLE,
    "姪子": ROLE, "姪女": ROLE, "配偶": ROLE, "外籍配偶": ROLE, "看護": ROLE, "外籍看護": ROLE,
    "移工": ROLE, "保母": ROLE,
    # In-laws and ranked relatives (小姑, 大伯, 二姨, 妹婿, 小舅子): a rank or 小/大 before a
    # kinship character, or an in-law word.
    "小姑": ROLE, "大姑": ROLE, "小叔": ROLE, "大伯": ROLE, "大舅": ROLE, "小舅": ROLE,
    "小舅子": ROLE, "小姨子": ROLE, "大姨": ROLE, "小姨": ROLE, "二姨": ROLE, "三姨": ROLE,
    "二姑": ROLE, "三姑": ROLE, "二伯": ROLE, "二叔": ROLE, "三叔": ROLE, "二舅": ROLE,
    "三舅": ROLE, "妹婿": ROLE, "姊婿": ROLE, "姐婿": ROLE, "弟媳": ROLE, "弟妹": ROLE,
    "伯母": ROLE, "嬸婆": ROLE, "姑婆": ROLE, "姨婆": ROLE, "舅公": ROLE, "叔公": ROLE,
    "伯公": ROLE, "親家": ROLE, "乾媽": ROLE, "乾爸": ROLE, "繼母": ROLE, "繼父": ROLE,
    "外甥女": ROLE, "姪孫": ROLE, "外孫": ROLE, "外孫女": ROLE,
    # "另一位戴柏恩的": another one of the people just named
    "另一位": ROLE, "另外一位": ROLE,
    "媽": WEAK, "爸": WEAK, "哥": WEAK, "姊": WEAK, "姐": WEAK,
    "弟": WEAK, "妹": WEAK, "嫂": WEAK,
    # Interjections that open a call or a message to someone: 喂 蘇志宏, 欸欸許庭.
    "欸": ROLE, "欸欸": ROLE, "喂": ROLE, "唉": ROLE, "嘿": ROLE, "哎": ROLE, "哎呀": ROLE,
    "嗨嗨": ROLE, "吼": ROLE, "齁": ROLE, "唉唷": ROLE, "哎唷": ROLE, "欸唷": ROLE, "厚": WEAK,
    # A caller's own name as told (自稱林雅婷), and a job title written before the name.
    "自稱": FORM, "工程師": ROLE, "技師": ROLE, "護理師": ROLE, "專員": ROLE, "助理": ROLE,
}  # fmt: skip
TITLES = word_list(
    """
    先生 小姐 女士 太太 夫人 同學 老師 醫師 醫生 護理師 經理 副理 協理 襄理 主任 教授
    律師 會計師 建築師 工程師 董事長 總經理 執行長 總監 處長 科長 課長 組長 部長 院長
    校長 所長 局長 社長 店長 議員 委員 立委 博士 學長 學姊 學姐 學弟 學妹 阿姨 伯伯 叔叔
    媽媽 爸爸 奶奶 爺爺 大哥 大姐 您好 你好 君 家長
    """
)
# Letter closings after a name; unlike titles they follow company names too, so the name must
# stand on its own before them.
SIGN_OFFS = word_list("敬上 謹上 敬啟 謹啟 拜上 上")
# Lines that close a letter; a name on the next line is its signature.
CLOSINGS = frozenset(
    (
        *word_list("thanks thx regards best sincerely cheers 謝謝 感謝 謝謝您 感恩 敬祝 祝好"),
        *word_list("順心 順頌時祺 此致 敬禮 平安"),
        *("thank you", "best regards", "kind regards", "warm regards", "best wishes"),
    )
)
# A closing line may also be a wish: 敬祝 商祺, 祝 順心, 順頌 時祺.
CLOSING_PREFIXES = ("敬祝", "祝", "順頌", "此致", "順祝", "恭祝", "謹此")
