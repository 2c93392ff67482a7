"""Mixed Traditional Chinese / English templates, the way people in Taiwan write at work."""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

from bench.text.templates import Template, group

CHAT = group(
    "mixed",
    "chat",
    dev=[
        "Hi {{NAME_TW_EN}}，明天的 meeting 改到 {{TIME}}，記得帶 laptop",
        "我的 email 是 {{EMAIL}}，invoice 直接寄給我就好 thx",
        "PM 說 demo 前要 fix 完，build {{VERSION}} 先不要 deploy",
        "{{NAME_ZH}} 的 mobile 是 {{MOBILE}}，你直接 call 他比較快",
        "剛剛 support 那邊說 token {{API_KEY}} 外流了，趕快 revoke!!",
        "我在 {{PLACE_EN}} 的 hotel，address 是 {{ADDR_TWEN}}，有包裹可以寄來",
        "btw 我 DOB 是 {{DOB_ZH}}，HR 的 form 要填",
        "Order {{ORDER_NO}} 的 refund {{AMOUNT}} 已經退了，check 一下 credit card 帳單",
        "VPN 連不上，我的 IP 是 {{IP}}，可以幫我加 whitelist 嗎",
        "德國 vendor 的 IBAN 是 {{IBAN}}，wire 過去記得加手續費",
        "下週 offsite 在{{PLACE_ZH}}，{{DATE_ZH}} 出發，bus {{TIME}} 開",
    ],
    test=[
        "{{NAME_ZH}} 今天 WFH，有事 LINE 他或打 {{MOBILE}}",
        "client 要我們的 bank info：{{BANK}}，account {{BANK_ACCT}}，戶名 {{COMPANY_ZH}}",
        "老闆的 passport no. 是 {{PASSPORT}}，幫他 book 機票的時候會用到",
        "PR merge 了，commit {{COMMIT}}，QA 下午 {{TIME}} 開始測",
        "新來的 intern {{NAME_ROM}}，ARC 號碼 {{ARC}}，麻煩 IT 開帳號",
        "我的 Visa {{CARD}} 刷不過，換 JCB 試試看",
        "shipping address 改成 {{ADDR_ZH}}，收件人 {{NAME_ZH}}，phone {{PHONE_TW}}",
        "db password 是 {{PASSWORD}}，不要貼到 Slack 啦",
        "請款 invoice {{INVOICE_NO}}，統編 {{TAX_ID}}，total {{AMOUNT}}",
        "歐洲那筆 refund 請退到 IBAN {{IBAN}}，beneficiary 是 {{NAME_EN}}",
        "週五 team lunch 在 {{PLACE_ZH}}，{{TIME}} lobby 見",
    ],
)

EMAIL = group(
    "mixed",
    "email",
    dev=[
        "Hi {{NAME_TW_EN}},\n\n附上 quotation，total {{AMOUNT}}（未稅）。如果 OK 請回簽，"
        "我們 {{DATE_ZH}} 前出貨。\n\nBest regards,\n{{NAME_ZH}}\n{{COMPANY_ZH}}\nTel: {{TEL}}",
        "Dear all,\n\n{{NAME_ROM}} 下週起接手 APAC sales，聯絡方式：{{EMAIL}} / {{PHONE_INTL}}。"
        "\n\nThanks,\n{{NAME_TW_EN}}",
        "{{NAME_ZH}} 您好，\n\nYour account was accessed from IP {{IPV4}} at {{TIME}}. 若非本人，"
        "請立即 reset password。\n\nSecurity Team",
        "Hi team,\n\nRelease {{VERSION}} 已上 production，rollback plan 在 wiki。commit "
        "{{COMMIT}}。\n\nRegards",
        "Dear {{NAME_EN}},\n\n這是我們公司的匯款資訊 for the deposit：\nBank: {{BANK}}\n"
        "Account No.: {{BANK_ACCT}}\nSWIFT: CTCBTWTP\n\nThanks!\n{{NAME_ZH}}",
        "To: {{EMAIL}}\nSubject: 出差 booking\n\n機票請用我的 passport {{PASSPORT}}，英文名 "
        "{{NAME_ROM}}，生日 {{DOB_EN}}。\n\n謝謝",
    ],
    test=[
        "Hi {{NAME_EN}},\n\n我們的 office 地址是 {{ADDR_TWEN}}（{{ADDR_ZH@1}}）… sorry 上面那個是舊的，"
        "請寄到 {{ADDR_ZH}}。\n\nThanks,\n{{NAME_TW_EN}}",
        "Dear {{NAME_TW_EN}},\n\n您的 interview 安排在 {{DATE_ZH}} {{TIME}}，地點 {{PLACE_ZH}}。"
        "若需改期請 call {{TEL}}。\n\nHR",
        "Hello,\n\n請款單 {{INVOICE_NO}} 金額 {{AMOUNT}}，please remit to IBAN {{IBAN}}，"
        "beneficiary {{COMPANY_EN}}。\n\nFinance",
        "Hi,\n\nFYI 系統在 {{TIME}} 會 downtime 30 分鐘升級到 {{VERSION}}，ticket {{TICKET_NO}}。"
        "\n\nIT",
        "{{NAME_ZH}}，\n\n你的 credit card {{CARD}} 下個月到期，記得更新 AWS billing。"
        "另外 root 帳號的 access key {{AWS_KEY_ID}} 請 disable。\n\n{{NAME_ZH}}",
        "Dear {{NAME_EN}},\n\n關於 visa 申請：applicant {{NAME_ROM}}, born {{DOB_EN}}, "
        "passport {{PASSPORT}}, 台灣身分證 {{TWID}}。\n\nBest,\n{{NAME_TW_EN}}",
    ],
)

FORM = group(
    "mixed",
    "form",
    dev=[
        "Name 姓名：{{NAME_ZH}} / {{NAME_ROM}}\nID 身分證：{{TWID}}\nMobile 手機：{{MOBILE}}\n"
        "Email：{{EMAIL}}",
        "Shipping Info\n收件人 Recipient：{{NAME_ZH}}\n地址 Address：{{ADDR_ZH}}\nTel：{{PHONE_TW}}\n"
        "Order No.：{{ORDER_NO}}",
        "Expense Report\nEmployee：{{NAME_TW_EN}}\nDate：{{DATE_ZH}}\nAmount：{{AMOUNT}}\n"
        "Invoice：{{INVOICE_NO}}\n統編：{{TAX_ID}}",
        "Bank Transfer 匯款單\nBeneficiary 受款人：{{NAME_ZH}}\nBank：{{BANK}}\n"
        "Account 帳號：{{BANK_ACCT}}\nAmount：{{AMOUNT}}",
        "Resident Info\nName：{{NAME_ROM}}\nARC No.：{{ARC}}\nDate of Birth 出生日期：{{DOB_EN}}\n"
        "Address 居留地址：{{ADDR_TWEN}}",
    ],
    test=[
        "會員註冊 Sign up\nFull name：{{NAME_ZH}}\nBirthday 生日：{{DOB_ZH}}\nPhone：{{MOBILE}}\n"
        "E-mail：{{EMAIL}}",
        "Travel form 出差申請\nTraveler：{{NAME_ROM}}\nPassport No.：{{PASSPORT}}\nDestination：{{PLACE_EN}}\n"
        "Budget：{{AMOUNT}}",
        "Payment 付款\nCard Holder 持卡人：{{NAME_TW_EN}}\nCard No. 卡號：{{CARD}}\nBilling：{{ADDR_TWEN}}",
        "Asset tag 資產標籤\nDevice：MacBook Pro\nSerial：{{COMMIT}}\nOS：{{VERSION}}\nOwner dept：RD",
        "Contact 聯絡人\n姓名 Name：{{NAME_ZH}}\n電話 Tel：{{TEL}}\n地址 Addr.：{{ADDR_ZH}}\n"
        "身分證 ID：{{TWID_ANY}}",
    ],
)

TICKET = group(
    "mixed",
    "ticket",
    dev=[
        "Ticket {{TICKET_NO}}：user {{NAME_ZH}}（{{EMAIL}}）反映 app {{VERSION}} crash，device IP {{IP}}",
        "[Bug] checkout 失敗，order {{ORDER_NO}}，error id {{UUID}}，發生時間 {{TIME}}",
        "客戶 {{NAME_TW_EN}} call in，說 card {{CARD}} 被 charge 兩次 {{AMOUNT}}",
        "Incident：{{TIME}} API latency 飆高，root cause 是 config 裡的 key {{API_KEY}} 被 rate limit",
        "RMA {{TICKET_NO}}：serial {{COMMIT}}，firmware {{VERSION}}，寄回 {{PLACE_ZH}} 維修中心",
    ],
    test=[
        "Case {{TICKET_NO}}｜customer {{NAME_ZH}}｜phone {{PHONE_TW}}｜address {{ADDR_ZH}}｜issue：router 斷線",
        "[P1] login 全掛，trace {{UUID}}，rollback 到 {{VERSION}}，commit {{COMMIT}}",
        "用戶 {{NAME_ROM}} 申請刪除 account，email {{EMAIL}}，last login {{DATE_ZH}} from {{IPV6}}",
        "Refund：order {{ORDER_NO}}，amount {{AMOUNT}}，退到 {{BANK}} account {{BANK_ACCT}}",
        "客戶提供 passport {{PASSPORT}} 與 DOB {{DOB_EN}} 做 KYC，已 approve",
    ],
)

TEMPLATES: list[Template] = [*CHAT, *EMAIL, *FORM, *TICKET]
