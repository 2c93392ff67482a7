"""Traditional Chinese (Taiwan) templates: chat, e-mail, forms, support tickets."""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

from bench.text.templates import Template, group

CHAT = group(
    "zh",
    "chat",
    dev=[
        "我是{{NAME_ZH}}，((手機|電話))換成{{MOBILE}}了，舊的不要再打囉",
        "包裹寄到{{ADDR_ZH}}，收件人寫{{NAME_ZH}}就可以",
        "((欸|阿))你的匯款帳號是多少？我這邊轉{{AMOUNT}}給你。好，{{BANK}} {{BANK_ACCT}}",
        "明天{{TIME}}在{{PLACE_ZH}}集合，遲到的請飲料😂",
        "訂單{{ORDER_NO}}已經出貨了，((物流|宅配|貨運))單號{{TRACKING}}，預計{{DATE_ZH}}到",
        "媽說你的身分證字號是{{TWID}}，她幫你填保險的資料",
        "生日{{DOB_ZH}}的那位是{{NAME_ZH}}吧？要不要一起訂蛋糕",
        "{{NAME_ZH}}剛剛打給我，說有事找你，回他{{PHONE_TW}}",
        "公司統編{{TAX_ID}}，發票抬頭{{COMPANY_ZH}}，謝謝～",
        "信用卡{{CARD}}被盜刷了啦，已經打給銀行停卡了😭",
        "我在德國的帳戶 IBAN 是{{IBAN}}，學費退款可以匯到這裡",
        "今天加班到{{TIME}}，晚餐吃了{{AMOUNT}}的便當，好累",
    ],
    test=[
        "((嗨|哈囉))，{{NAME_ZH}}的新號碼{{MOBILE}}，幫我存一下",
        "房東說押金退到{{BANK}}，帳號{{BANK_ACCT}}，戶名{{NAME_ZH}}",
        "我的email是{{EMAIL}}，資料寄這裡就好",
        "{{DATE_ZH}}下午{{TIME}}開會，地點改到{{PLACE_ZH}}那間",
        "拜託幫我填一下：{{NAME_ZH}}，民國出生{{DOB_ZH}}，身分證{{TWID}}",
        "我搬家了，新地址{{ADDR_ZH}}，有空來玩",
        "那個表單上的字號{{BAD_ID}}好像打錯了，系統一直說格式不對",
        "外籍同事{{NAME_ROM}}的居留證號碼是{{ARC}}，人資要的",
        "發票號碼{{INVOICE_NO}}中了兩百塊哈哈哈",
        "房租請匯到我英國的戶頭，{{IBAN}}，謝啦",
        "{{NAME_ZH@1}}說{{NAME_ZH@1}}的卡號{{CARD}}可以先借刷，回來再還她",
        "版本{{VERSION}}更新後一直閃退，有人也這樣嗎",
    ],
)

EMAIL = group(
    "zh",
    "email",
    dev=[
        "{{NAME_ZH}} 您好：\n\n感謝您的訂購，訂單編號 {{ORDER_NO}}，金額 {{AMOUNT}}。商品將寄送至"
        "{{ADDR_ZH}}。如有問題請撥打客服專線 {{TEL}}。\n\n{{COMPANY_ZH}} 敬上",
        "各位同仁好，\n\n新進同仁{{NAME_ZH}}將於{{DATE_ZH}}報到，分機與e-mail如下：\n電話：{{TEL}}\n"
        "信箱：{{EMAIL}}\n\n請多多關照。\n人資部 {{NAME_ZH}}",
        "{{NAME_ZH}}先生您好：\n\n您申請的信用卡 {{CARD}} 已寄出，掛號號碼 {{TRACKING}}。"
        "開卡請撥 {{TEL}}。\n\n銀行客服中心",
        "主旨：請款資料\n\n{{NAME_ZH}} 您好，本月款項 {{AMOUNT}} 請匯入以下帳戶：\n銀行：{{BANK}}\n"
        "帳號：{{BANK_ACCT}}\n戶名：{{NAME_ZH}}\n發票號碼 {{INVOICE_NO}}，統編 {{TAX_ID}}。",
        "親愛的會員您好：\n\n您的帳號於{{DATE_ZH}} {{TIME}}從新的裝置登入（IP：{{IPV4}}）。若非本人操作，"
        "請立即修改密碼。\n\n系統通知信，請勿回覆",
        "各位好，\n\n本週五{{TIME}}系統維護，版本將升級至{{VERSION}}，期間服務暫停。"
        "造成不便敬請見諒。\n\n資訊部",
        "{{NAME_ZH}}小姐您好：\n\n已收到您的退貨申請，退款將退回原信用卡，約7-14個工作天。"
        "\n\n{{COMPANY_ZH}}客服 {{NAME_ZH}}",
    ],
    test=[
        "{{NAME_ZH}}您好，\n\n附件為合約草稿，請確認甲方資料：\n負責人：{{NAME_ZH}}\n身分證字號：{{TWID}}\n"
        "通訊地址：{{ADDR_ZH}}\n聯絡電話：{{PHONE_TW}}\n\n謝謝！",
        "Dear {{NAME_ZH}}，\n\n您的包裹（{{TRACKING}}）已送達{{PLACE_ZH}}門市，請於{{DATE_ZH}}前取件。\n\n"
        "物流中心",
        "{{NAME_ZH}} 老師好：\n\n我是{{NAME_ZH}}的家長，孩子生日是{{DOB_ZH}}，報名表上寫錯了，"
        "麻煩幫忙更正。我的手機 {{MOBILE}}。\n\n感謝",
        "您好，\n\n貴公司{{DATE_ZH}}開立之發票{{INVOICE_NO}}金額{{AMOUNT}}，統一編號{{TAX_ID}}有誤，"
        "請作廢重開。\n\n會計 敬上",
        "主旨：更新薪資轉帳帳戶\n\n人資您好，我的薪轉帳戶改為{{BANK}}，帳號{{BANK_ACCT}}，"
        "自下個月起生效。\n\n{{NAME_ZH}}（員編{{TICKET_NO}}）",
        "{{NAME_ZH}}您好：\n\n您的居留證號碼{{ARC}}即將到期，請於{{DATE_ZH}}前至移民署辦理展延。"
        "\n\n此致",
        "大家好，\n\n尾牙訂在{{DATE_ZH}}晚上{{TIME}}，地點{{PLACE_ZH}}，每人預算{{AMOUNT}}。"
        "\n\n福委會",
    ],
)

FORM = group(
    "zh",
    "form",
    dev=[
        "姓名：{{NAME_ZH}}\n身分證字號：{{TWID}}\n出生日期：{{DOB_ZH}}\n手機：{{MOBILE}}\n戶籍地址：{{ADDR_ZH}}",
        "【報名表】\n學員姓名　{{NAME_ZH}}\n生日　{{DOB_ZH}}\n聯絡電話　{{PHONE_TW}}\nE-mail　{{EMAIL}}",
        "收件人：{{NAME_ZH}}\n收件地址：{{ADDR_ZH}}\n電話：{{PHONE_TW}}\n訂單：{{ORDER_NO}}\n"
        "代收金額：{{AMOUNT}}",
        "匯款資料\n戶名：{{NAME_ZH}}\n銀行：{{BANK}}\n帳號：{{BANK_ACCT}}\n金額：{{AMOUNT}}",
        "外籍人士資料\n英文姓名：{{NAME_ROM}}\n居留證號：{{ARC}}\n護照號碼：{{PASSPORT}}\n"
        "出生日期：{{DOB_ZH}}",
        "國外匯款申請\n受款人：{{NAME_ROM}}\nIBAN：{{IBAN}}\n匯款金額：{{AMOUNT}}\n"
        "匯款人身分證：{{TWID}}",
        "公司基本資料\n公司名稱：{{COMPANY_ZH}}\n統一編號：{{TAX_ID}}\n地點：{{PLACE_ZH}}\n"
        "成立日期：{{DATE_ZH}}",
        "緊急聯絡人：{{NAME_ZH}}（((父|母|配偶|兄弟|朋友))）\n聯絡電話：{{PHONE_TW}}\n"
        "信用卡號：{{CARD}}\n有效期限：12/27",
    ],
    test=[
        "申請人　{{NAME_ZH}}　身分證統一編號　{{TWID}}\n出生　{{DOB_ZH}}\n通訊處　{{ADDR_ZH}}\n"
        "行動電話　{{MOBILE}}",
        "■ 會員資料\n．姓名：{{NAME_ZH}}\n．生日：{{DOB_ZH}}\n．手機號碼：{{MOBILE}}\n．信箱：{{EMAIL}}",
        "退款申請單\n訂單編號：{{ORDER_NO}}\n退款金額：{{AMOUNT}}\n退款帳戶：{{BANK}} {{BANK_ACCT}}\n"
        "帳戶名稱：{{NAME_ZH}}",
        "入住登記\n旅客姓名：{{NAME_ROM}}\n護照號碼：{{PASSPORT}}\n國籍：美國\n"
        "入住日期：{{DATE_ZH}}",
        "停車證申請\n車主：{{NAME_ZH}}\n聯絡地址：{{ADDR_ZH}}\n電話：{{PHONE_TW}}\n身分證：{{TWID_ANY}}",
        "發票資訊\n買受人：{{COMPANY_ZH}}\n統編：{{TAX_ID}}\n發票號碼：{{INVOICE_NO}}\n"
        "開立日期：{{DATE_ZH}}\n總計：{{AMOUNT}}",
        "跨境匯款\n收款人　{{NAME_ROM}}\n收款帳號（IBAN）　{{IBAN}}\n用途　{{INVOICE_NO}} 貨款\n"
        "申請人電話　{{PHONE_TW}}",
        "付款方式：信用卡\n持卡人：{{NAME_ZH}}\n卡號：{{CARD}}\n帳單地址：{{ADDR_ZH}}",
    ],
)

TICKET = group(
    "zh",
    "ticket",
    dev=[
        "客訴單{{TICKET_NO}}：客戶{{NAME_ZH}}反映{{DATE_ZH}}訂購的商品（訂單{{ORDER_NO}}）尚未收到，"
        "聯絡電話{{PHONE_TW}}。",
        "【問題回報】App {{VERSION}} 登入後白畫面，錯誤代碼{{UUID}}，時間{{TIME}}。",
        "來電紀錄：{{NAME_ZH}}小姐來電，要求更改帳單地址為{{ADDR_ZH}}，已核對身分證後四碼。",
        "客戶提供之退款帳戶：{{BANK}} {{BANK_ACCT}}，戶名{{NAME_ZH}}，退款{{AMOUNT}}。",
        "使用者回報從{{IPV4}}登入失敗多次，帳號{{EMAIL}}已暫時鎖定。",
        "維修單{{TICKET_NO}}：機台序號{{COMMIT}}，韌體{{VERSION}}，預計{{DATE_ZH}}完修。",
        "{{NAME_ZH}}先生表示信用卡{{CARD}}遭重複扣款{{AMOUNT}}，請財務協助處理。",
    ],
    test=[
        "工單{{TICKET_NO}}｜報修人：{{NAME_ZH}}｜電話：{{PHONE_TW}}｜地址：{{ADDR_ZH}}｜問題：冷氣不冷",
        "客戶{{NAME_ZH}}（身分證{{TWID}}）申請補發帳單，寄送至{{EMAIL}}。",
        "系統告警：{{TIME}} 訂單服務錯誤率上升，trace id {{UUID}}，已回滾到{{VERSION}}。",
        "退貨處理：訂單{{ORDER_NO}}，物流單號{{TRACKING}}，客戶{{NAME_ZH}}，手機{{MOBILE}}。",
        "客戶來信說身分證號{{BAD_ID}}驗證不過，請確認是否輸入錯誤。",
        "{{NAME_ZH}}反映生日{{DOB_ZH}}登錄錯誤，導致會員生日禮沒收到。",
        "發票{{INVOICE_NO}}統編{{TAX_ID}}開錯，客戶要求改開給{{COMPANY_ZH}}。",
    ],
)

TEMPLATES: list[Template] = [*CHAT, *EMAIL, *FORM, *TICKET]
