# ruff: noqa: E501  (one template per line reads better than wrapped strings)
"""Templates of the `heldout5` split: a fresh held-out split written in session 9 by an engineer
who never read the detectors nor the other splits' templates or value modules, never shown to
the detector engineer (nor tuned on). WhatsApp, Slack, Discord, Telegram, Teams and LINE chats,
family groups, marketplace and rental messages, courier and scam SMS; e-mails with signatures,
forwards and quoted replies, HR, school, clinic, bank and vendor mail; hotel, clinic, bank, KYC,
rental, school, insurance, shipping and direct-debit forms; support, fraud, refund, incident and
bug tickets; call notes, minutes, to-do lists, diaries, interview and trip notes; .env, YAML,
JSON, INI, ssh, nginx, docker-compose, Kubernetes, GitHub Actions and AWS credentials files; CSV,
TSV and Markdown tables; auth, access, audit, mail, ssh, CI, payment and SMS logs. Values come
from values_heldout5*.py (the `h5_*` slots) only: no shared slot, so nothing here was drawn the
way a tuning split draws it.

Genres keep the corpus's eight names: chat, email, form, ticket, notes, config (JSON, YAML, INI,
ssh, nginx), csv (CSV, TSV, Markdown tables), log. Each row is (lang, genre, text). Slots are
listed in values_heldout5.py; `{{` and `}}` are literal braces.
"""

from __future__ import annotations

TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- en: chat
    (
        "en",
        "chat",
        "[{h5_time}] {h5_name}: landed at {h5_place}, grabbing a cab\n[{h5_time}] {h5_given}: ok. door code changed btw, new place is {h5_addr_world}\n[{h5_time}] {h5_name}: cool, ring me on {h5_phone_intl} if the buzzer's dead",
    ),
    (
        "en",
        "chat",
        "hey, can you add {h5_name_email} to #billing-alerts? they're covering for {h5_given} this week. desk line is {h5_phone_ext}",
    ),
    (
        "en",
        "chat",
        "{h5_given}: yo my ip got banned again lol, it's {h5_ip4}\nmod_bot: checked, the ban was on {h5_ip6} not the v4 one. cleared both\n{h5_given}: ty 🙏",
    ),
    (
        "en",
        "chat",
        "can u pay the deposit for me?? card is {h5_card} exp 09/28, name on it {h5_name_caps}. will send u the money tonight",
    ),
    (
        "en",
        "chat",
        "DHL: Your parcel {h5_tracking} is held at customs. Recipient {h5_name}, confirm your passport no. {h5_passport} and DOB {h5_dob_en} by replying to this message.",
    ),
    (
        "en",
        "chat",
        "{h5_initials} any idea why the VPN keeps handing {h5_ip_port} to {h5_titled}'s laptop? I opened {h5_ticket} for it",
    ),
    (
        "en",
        "chat",
        "Mum's new landline is {h5_landline} and her mobile is {h5_mobile}. Nan's birthday is {h5_dob_en}, don't forget the cake 🎂",
    ),
    (
        "en",
        "chat",
        "Hi, is the {h5_sku} still available? I can pick it up tomorrow, I'm at {h5_addr_us}. Text me at {h5_phone_intl}\n- {h5_given}",
    ),
    (
        "en",
        "chat",
        "lmao {h5_given} just pasted the prod key in #general: {h5_key}\nrotating it now, pls nobody copy it",
    ),
    (
        "en",
        "chat",
        "dinner tonight: {h5_names} confirmed. {h5_name_inv} said maybe. table is under my name at {h5_place}, {h5_time}",
    ),
    (
        "en",
        "chat",
        "[{h5_time}] standup-bot: deploy {h5_version} finished, build {h5_sha}\n[{h5_time}] standup-bot: backlog cleared up to {h5_order}, refunds total {h5_amount}\n[{h5_time}] standup-bot: next cut on {h5_date}",
    ),
    (
        "en",
        "chat",
        "anyone know if {h5_company} ships to {h5_place}? my order {h5_order} shows {h5_tracking} but the tracking page has been blank since {h5_date}",
    ),
    # ---------------------------------------------------------------- en: email
    (
        "en",
        "email",
        "Subject: Welcome aboard - paperwork\n\nHi {h5_given},\n\nTo set up payroll we still need your IBAN ({h5_iban}) confirmed and a scan of your passport ({h5_passport}). Your start date is {h5_date}.\n\nBest,\n{h5_name}\nPeople Ops, {h5_company}\n{h5_phone_ext}",
    ),
    (
        "en",
        "email",
        "---------- Forwarded message ---------\nFrom: {h5_name_email}\nDate: {h5_date}\nSubject: Re: lease renewal\nTo: {h5_email}\n\nThe new tenant is {h5_name_caps}, moving into\n{h5_addr_uk}\nReferences attached.",
    ),
    (
        "en",
        "email",
        "Thanks, that works for us.\n\nOn {h5_date}, {h5_name_email} wrote:\n> Could you send the deposit to {h5_iban}? Reference {h5_invoice}.\n> Cheers",
    ),
    (
        "en",
        "email",
        "Dear {h5_titled},\n\nYour booking {h5_order} is confirmed. Guests: {h5_names}. Lead passenger passport {h5_passport}, date of birth {h5_dob_en}. We charged {h5_amount} to card {h5_card}.\n\nKind regards,\nReservations",
    ),
    (
        "en",
        "email",
        "Hi {h5_given},\n\nGreat speaking earlier! As discussed, please send your CV to {h5_email}. For the background check we'll also need your current address ({h5_addr_ca}) and a phone number; {h5_phone_intl} is fine.\n\n{h5_initials}\nTalent Acquisition",
    ),
    (
        "en",
        "email",
        "Hi all,\n\nA key was committed to the repo in {h5_sha}: {h5_key}\nIt has been revoked. The same commit had the connection string {h5_db_url} in it, so please rotate anything that used that database.\n\n{h5_name}, Security",
    ),
    (
        "en",
        "email",
        "Dear parents,\n\nThe field trip on {h5_date} needs signed forms by Friday. The emergency contact on the day is {h5_titled} on {h5_mobile}. Still missing forms from: {h5_names}.\n\nThanks,\nClass 4B",
    ),
    (
        "en",
        "email",
        "Please find invoice {h5_invoice} attached ({h5_amount}, due {h5_date}).\n\n--\n{h5_name}\nAccounts Receivable | {h5_company}\nT: {h5_phone_ext}\nE: {h5_email}\n{h5_addr_au}",
    ),
    (
        "en",
        "email",
        "Hi {h5_given},\n\nJust confirming the courier will collect from {h5_addr_world} on {h5_date}. If nobody is in they will ring {h5_phone_intl}.\n\nWarm regards,\n{h5_name}\n{h5_company} | {h5_phone_ext} | {h5_email}",
    ),
    (
        "en",
        "email",
        "Subject: Release notes {h5_version}\n\nHi team,\n\nBuild {h5_sha} is now on staging. Fixed: checkout crash on {h5_sku}, duplicate invoices ({h5_invoice}) and the timezone bug behind {h5_ts}. {h5_ticket} and {h5_ticket} are closed.\n\nRelease Eng",
    ),
    (
        "en",
        "email",
        "Your order {h5_order} from {h5_company} has shipped.\nTracking number: {h5_tracking}\nOrder total: {h5_amount}\nEstimated delivery: {h5_date}\n\nQuestions? Just reply and quote your order number.",
    ),
    # ---------------------------------------------------------------- en: form
    (
        "en",
        "form",
        "GUEST REGISTRATION CARD\nSurname, given names: {h5_name_inv}\nPassport no.: {h5_passport}\nDate of birth: {h5_dob_en}\nHome address: {h5_addr_world}\nMobile: {h5_phone_intl}\nEmail: {h5_email}\nArrival: {h5_date}   Room: {h5_n}",
    ),
    (
        "en",
        "form",
        "NEW PATIENT INTAKE\nPatient: {h5_name}\nDOB: {h5_dob_en}\nPhone: {h5_phone}\nEmergency contact: {h5_name}, {h5_phone_intl}\nAllergies: penicillin\nReferred by: {h5_titled}",
    ),
    (
        "en",
        "form",
        "ACCOUNT OPENING - NON-RESIDENT\nApplicant: {h5_name_caps}\nARC no.: {h5_arc}\nPassport: {h5_passport}\nDate of birth: {h5_dob_en}\nResidential address: {h5_addr_tw_en}\nMobile: {h5_mobile}\nSalary account: {h5_bank}",
    ),
    (
        "en",
        "form",
        "Rental application\nApplicant 1: {h5_name}   DOB {h5_dob_en}\nApplicant 2: {h5_name}   DOB {h5_dob_en}\nCurrent address: {h5_addr_au}\nEmployer: {h5_company}\nReferee: {h5_titled}, {h5_phone_intl}",
    ),
    (
        "en",
        "form",
        "Conference registration\nFull name (as in passport): {h5_name_caps}\nPassport number: {h5_passport}\nTaiwan ID / ARC (if any): {h5_twid}\nE-mail: {h5_email}\nName on badge: {h5_given}",
    ),
    (
        "en",
        "form",
        "Direct Debit Instruction\nAccount holder: {h5_name}\nIBAN: {h5_iban}\nBilling address:\n{h5_addr_uk}\nSigned: {h5_initials}     Date: {h5_date}",
    ),
    (
        "en",
        "form",
        "SHIP TO:\n{h5_name_caps}\n{h5_addr_us}\nTEL {h5_phone_intl}\n\nREF {h5_order}   WT 2.4 KG   {h5_tracking}",
    ),
    (
        "en",
        "form",
        "RETURN AUTHORISATION\nOrder: {h5_order}\nItem: {h5_sku}\nReason: wrong size\nRefund: {h5_amount}\nRMA issued: {h5_date}\nCarrier ref: {h5_tracking}",
    ),
    # ---------------------------------------------------------------- en: ticket
    (
        "en",
        "ticket",
        "Ticket {h5_ticket}: customer can't log in\nReporter: {h5_name_email}\nSays they switched to {h5_phone_intl} and never got the OTP. Last login from {h5_ip}. Verified DOB {h5_dob_en} on the call.",
    ),
    (
        "en",
        "ticket",
        "[{h5_ticket}] Refund request\nCustomer pasted the full card number in the email: {h5_card}. Masked in the CRM, please purge it from the thread too. Amount {h5_amount}, order {h5_order}.\nAssignee: {h5_initials}",
    ),
    (
        "en",
        "ticket",
        "INCIDENT {h5_ticket}\nSeverity: P2\nSummary: bearer token written to client logs\nEvidence: Authorization: Bearer {h5_bearer}\nSource: {h5_ip_port}\nOwner: {h5_name}",
    ),
    (
        "en",
        "ticket",
        "Steps to reproduce:\n1. Sign up as {h5_name} with {h5_email}\n2. Enter the address {h5_addr_ca}\n3. Checkout fails with error {h5_uuid}\nExpected: order created. Seen on {h5_version}.",
    ),
    (
        "en",
        "ticket",
        "Agent: Could you confirm the account holder's name?\nCustomer: {h5_name_inv}\nAgent: And the IBAN for the refund?\nCustomer: {h5_iban}\nAgent: Thanks, {h5_amount} is queued under {h5_ticket}.",
    ),
    (
        "en",
        "ticket",
        "Flagged signup {h5_ticket}: name {h5_latin}, email {h5_email}, IP {h5_ip6}, card {h5_card}, device hash {h5_hash}. Same device as chargeback {h5_ticket}.",
    ),
    (
        "en",
        "ticket",
        "Payment {h5_ticket}: card {h5_badcard} failed the Luhn check, customer re-entered {h5_card} and it went through.\nCardholder: {h5_name_caps}\nBilling: {h5_addr_line}",
    ),
    (
        "en",
        "ticket",
        "{h5_ticket}: nightly export failing since {h5_version}\nValueError at build {h5_sha}\nAffected SKUs: {h5_sku}, {h5_sku}\nJob {h5_uuid}, last success {h5_ts}",
    ),
    # ---------------------------------------------------------------- en: notes
    (
        "en",
        "notes",
        "Call notes {h5_date}\n- spoke to {h5_name} re: contract\n- new number {h5_phone}\n- office moving to {h5_addr_world}\n- chase {h5_initials} about invoice {h5_invoice}",
    ),
    (
        "en",
        "notes",
        "to do\n[ ] renew passport ({h5_passport}) before {h5_date}\n[ ] text {h5_given} the wifi password: {h5_pw}\n[ ] pay {h5_amount} into {h5_iban}",
    ),
    (
        "en",
        "notes",
        "Attendees: {h5_names}\nApologies: {h5_name}\nActions:\n- {h5_initials} to share the Q3 deck\n- {h5_given} to call the landlord ({h5_phone_intl})",
    ),
    (
        "en",
        "notes",
        "{h5_date} - ran into {h5_name} at {h5_place}. Turns out we share a birthday ({h5_dob_en})! Email is {h5_email}, I said I'd send the photos.",
    ),
    (
        "en",
        "notes",
        "Source A: {h5_name_caps}, ph {h5_phone_intl}, lives near {h5_addr_uk}\nSource B: {h5_titled} (asked not to be named in print)",
    ),
    (
        "en",
        "notes",
        "prod box {h5_ip4} (ssh via {h5_ip_port})\nroot pw: {h5_pw}\ntemp override until vault is back:\n{h5_env}",
    ),
    (
        "en",
        "notes",
        "Groceries: oat milk, eggs, {h5_sku}\nBudget {h5_amount}\nPick up parcel {h5_tracking} before {h5_time}\nCall about order {h5_order}",
    ),
    (
        "en",
        "notes",
        "Reading for {h5_date}: chapters 4-6, the {h5_phrase} essay and the {h5_company} case study. Library ref {h5_sku}.",
    ),
    # ---------------------------------------------------------------- en: config
    (
        "en",
        "config",
        "# production - do not commit\n{h5_env}\n{h5_env}\nAPP_ENV=production\nLOG_LEVEL=info\n{h5_env}\nRELEASE={h5_version}",
    ),
    (
        "en",
        "config",
        'services:\n  api:\n    image: registry.local/api:{h5_version}\n    environment:\n      - DATABASE_URL={h5_db_url}\n      - ADMIN_EMAIL={h5_email}\n    ports:\n      - "8080:8080"',
    ),
    (
        "en",
        "config",
        "Host bastion\n    HostName {h5_ip4}\n    User deploy\n    Port 2222\n\nHost db-internal\n    HostName {h5_ip6}\n    ProxyJump bastion\n    IdentityFile ~/.ssh/id_ed25519",
    ),
    (
        "en",
        "config",
        '{{\n  "service": "notifier",\n  "version": "{h5_version}",\n  "smtp": {{\n    "host": "smtp.mailgun.org",\n    "user": "{h5_email}",\n    "password": "{h5_pw}"\n  }},\n  "apiKey": "{h5_key}"\n}}',
    ),
    (
        "en",
        "config",
        "[default]\naws_access_key_id = {h5_aws_id}\naws_secret_access_key = {h5_aws_secret}\nregion = ap-northeast-1\n\n[staging]\naws_access_key_id = {h5_aws_id}\naws_secret_access_key = {h5_aws_secret}",
    ),
    (
        "en",
        "config",
        'server {{\n    listen 443 ssl;\n    server_name shop.internal;\n    allow {h5_ip4};\n    allow {h5_ip6};\n    deny all;\n    proxy_set_header Authorization "Bearer {h5_bearer}";\n}}',
    ),
    (
        "en",
        "config",
        "# ~/.ssh/id_ed25519 copied off the old build box, move to vault\n{h5_privkey}\n# public half is in authorized_keys on {h5_ip4}",
    ),
    (
        "en",
        "config",
        "# build settings\nversion: {h5_version}\ncommit: {h5_sha}\nartifact_digest: {h5_hash}\nrequest_id: {h5_uuid}\nbuilt_at: {h5_ts}\nsku_prefix: {h5_sku}",
    ),
    # ---------------------------------------------------------------- en: csv
    (
        "en",
        "csv",
        'name,email,phone,dob\n{h5_name},{h5_email},{h5_phone_intl},"{h5_dob_en}"\n{h5_name},{h5_email},{h5_phone_intl},"{h5_dob_en}"\n{h5_name},{h5_email},{h5_phone_intl},"{h5_dob_en}"',
    ),
    (
        "en",
        "csv",
        "| Guest | Passport | Room | Paid |\n|---|---|---|---|\n| {h5_name_caps} | {h5_passport} | {h5_n} | {h5_amount} |\n| {h5_name_caps} | {h5_passport} | {h5_n} | {h5_amount} |",
    ),
    (
        "en",
        "csv",
        "employee\tiban\tnet_pay\n{h5_name_inv}\t{h5_iban}\t{h5_amount}\n{h5_name_inv}\t{h5_iban}\t{h5_amount}",
    ),
    (
        "en",
        "csv",
        "user,last_ip,last_seen\n{h5_initials},{h5_ip},{h5_ts}\n{h5_initials},{h5_ip},{h5_ts}\n{h5_initials},{h5_ip},{h5_ts}",
    ),
    (
        "en",
        "csv",
        "| Contact | Role | Phone | Address |\n|---|---|---|---|\n| {h5_titled} | landlord | {h5_phone} | {h5_addr_line} |\n| {h5_name} | plumber | {h5_phone_ext} | - |",
    ),
    (
        "en",
        "csv",
        'order_id,sku,qty,amount,shipped\n{h5_order},{h5_sku},{h5_n},"{h5_amount}",{h5_date}\n{h5_order},{h5_sku},{h5_n},"{h5_amount}",{h5_date}',
    ),
    # ---------------------------------------------------------------- en: log
    (
        "en",
        "log",
        "{h5_ts} INFO  auth: login ok user={h5_email} ip={h5_ip}\n{h5_ts} WARN  auth: 5 failed attempts user={h5_email} ip={h5_ip_port}\n{h5_ts} INFO  auth: session {h5_uuid} created",
    ),
    (
        "en",
        "log",
        '{h5_ip4} - - [{h5_ts}] "GET /api/v2/orders HTTP/1.1" 200 512 "-" "okhttp/4.12"\n{h5_ip6} - - [{h5_ts}] "POST /login HTTP/2" 302 0 "-" "Mozilla/5.0"',
    ),
    (
        "en",
        "log",
        "DEBUG http.client: send: b'Authorization: Bearer {h5_bearer}\\r\\n'\nDEBUG payments: charging card={h5_card} amount={h5_amount}\nDEBUG payments: customer={h5_name} phone={h5_phone_intl}",
    ),
    (
        "en",
        "log",
        'audit {h5_ts} actor={h5_initials} action=export_customer target="{h5_name}" phone={h5_phone_intl} dob={h5_dob_en} addr="{h5_addr_line}"',
    ),
    (
        "en",
        "log",
        "Run ./deploy.sh\n+ {h5_env}\n+ curl -sf -H 'Authorization: Bearer {h5_bearer}' https://deploy.internal/hooks/release\n{h5_ts} deploy finished ({h5_version})",
    ),
    (
        "en",
        "log",
        "{h5_ts} mx1 postfix/smtpd[{h5_n}]: connect from unknown[{h5_ip4}]\n{h5_ts} mx1 postfix/smtpd[{h5_n}]: NOQUEUE: reject: RCPT from unknown[{h5_ip6}]: 554 5.7.1 <{h5_email}>: Relay access denied",
    ),
    (
        "en",
        "log",
        "{h5_ts} job=reindex status=ok version={h5_version}\n{h5_ts} job=sync status=retry id={h5_uuid} sha={h5_sha}\n{h5_ts} job=billing status=ok invoice={h5_invoice} total={h5_amount}\n{h5_ts} job=validate status=reject card={h5_badcard}",
    ),
    # ---------------------------------------------------------------- zh: chat
    (
        "zh",
        "chat",
        "[LINE] 家族群組\n{h5_time} 大姊 {h5_zh_kin}換新手機了，號碼{h5_mobile}，大家存一下\n{h5_time} 二哥 收到\n{h5_time} 大姊 生日是{h5_dob}，記得包紅包",
    ),
    (
        "zh",
        "chat",
        "買家：請問可以改寄送地址嗎？改成{h5_addr_tw}\n賣家：可以喔，收件人一樣是{h5_zh}嗎？\n買家：改成{h5_zh_title}，電話{h5_mobile}\n賣家：好的，訂單{h5_order}已更新",
    ),
    (
        "zh",
        "chat",
        "{h5_zh_hey}你上次說的那家店在哪\n在{h5_addr_tw}啦，{h5_place}旁邊\n感恩！順便轉帳給你，{h5_bank}對吧？\n對，{h5_amount}",
    ),
    (
        "zh",
        "chat",
        "房東您好，我想看{h5_place}附近那間套房，我是{h5_zh}，電話{h5_phone_tw}，週六{h5_time}方便嗎？",
    ),
    (
        "zh",
        "chat",
        "@{h5_zh} 客戶{h5_zh_title}剛剛打來，說發票{h5_invoice}的統編要改成{h5_taxid}，回電打{h5_phone_ext}",
    ),
    (
        "zh",
        "chat",
        "媽：你的健保卡我放桌上了，身分證字號{h5_twid}幫你抄在便條紙\n我：好 謝謝媽\n媽：還有{h5_zh_kin}說{h5_date}要來家裡吃飯",
    ),
    (
        "zh",
        "chat",
        "【中華郵政】您的包裹{h5_tracking}因地址不全無法投遞，請於24小時內點擊連結補填收件人姓名、身分證字號及地址，逾期退回。",
    ),
    (
        "zh",
        "chat",
        "這次去日本的名單：{h5_zh_names}\n護照號碼麻煩私訊我，{h5_nick}的護照是{h5_passport_tw}對吧？\n對，效期到{h5_date}",
    ),
    (
        "zh",
        "chat",
        "{h5_zh_hey}，你的居留證號碼是{h5_arc}嗎？移民署的表要填\n對，電話寫{h5_mobile}，地址寫{h5_addr_tw}",
    ),
    (
        "zh",
        "chat",
        "幫我報名那個線上課程好不好，卡號{h5_card}，有效期限等等傳給你，持卡人是{h5_zh}",
    ),
    (
        "zh",
        "chat",
        "{h5_nick}～明天報告記得帶隨身碟\n還有老師說要交{h5_zh_title}的聯絡電話，{h5_landline}那支",
    ),
    ("zh", "chat", "家裡wifi 密碼：{h5_pw}\n名稱是{h5_phrase}_5G，連不上再跟我說"),
    (
        "zh",
        "chat",
        "{h5_zh_hey}，幫我訂{h5_date}的高鐵，{h5_zh}跟{h5_zh_kin}兩張，身分證{h5_twid}、{h5_twid}，錢轉到你的{h5_bank}",
    ),
    (
        "zh",
        "chat",
        "{h5_time} 您的訂單{h5_order}已出貨，物流單號{h5_tracking}，預計{h5_date}送達\n{h5_time} 好的謝謝\n{h5_time} 請問{h5_company}的{h5_phrase}活動到幾號？",
    ),
    (
        "zh",
        "chat",
        "今天{h5_place}人超多，{h5_phrase}排了一個小時😂 總共花了{h5_amount}，發票{h5_invoice}記得幫我對獎",
    ),
    # ---------------------------------------------------------------- zh: email
    (
        "zh",
        "email",
        "主旨：員工資料更新\n\n{h5_zh}您好：\n\n請於{h5_date}前回覆以下資料：\n身分證字號：{h5_twid}\n戶籍地址：{h5_addr_tw}\n薪資帳戶：{h5_bank}\n\n人資部 {h5_zh}\n{h5_landline}",
    ),
    (
        "zh",
        "email",
        "-----原始郵件-----\n寄件者: {h5_zh} <{h5_email}>\n寄件日期: {h5_date}\n收件者: {h5_email}\n主旨: 退款帳戶\n\n麻煩退款到{h5_bank}，戶名{h5_zh}，謝謝。",
    ),
    (
        "zh",
        "email",
        "親愛的家長您好：\n\n本週五校外教學由{h5_zh_title}帶隊，當天聯絡電話{h5_mobile}。尚未繳回同意書的學生：{h5_zh_names}。\n\n導師 {h5_zh} 敬上",
    ),
    (
        "zh",
        "email",
        "{h5_zh}先生/小姐您好：\n\n您的信用卡本期帳單金額{h5_amount}，繳款截止日{h5_date}。如已繳款請忽略本通知。\n\n客服專線 {h5_landline}",
    ),
    (
        "zh",
        "email",
        "{h5_zh}您好，您已預約{h5_date}上午門診，掛號序號{h5_n}。\n出生日期：{h5_dob}\n身分證字號：{h5_twid}\n如需取消請來電{h5_phone_ext}。",
    ),
    (
        "zh",
        "email",
        "附件為{h5_date}的報價單，總價{h5_amount}（未稅），本公司統編{h5_taxid}。\n\n--\n{h5_zh} 業務經理\n{h5_company}\n電話：{h5_phone_ext}\n手機：{h5_mobile}\n{h5_addr_tw}",
    ),
    (
        "zh",
        "email",
        "主旨：系統維護通知\n\n各位同仁好：\n\n{h5_date}晚上十點起進行系統升級（{h5_version}），約{h5_time}結束，期間訂單系統暫停，{h5_order}之後的訂單將延後處理。\n\n資訊部",
    ),
    (
        "zh",
        "email",
        "您好，您的電子發票{h5_invoice}已開立，金額{h5_amount}，買方統編{h5_taxid}。如有疑問請回覆本信並附上訂單編號{h5_order}。",
    ),
    # ---------------------------------------------------------------- zh: form
    (
        "zh",
        "form",
        "旅客入住登記表\n姓名：{h5_zh}\n身分證字號：{h5_twid}\n出生日期：{h5_dob}\n聯絡電話：{h5_phone_tw}\n地址：{h5_addr_tw}\n入住日期：{h5_date}",
    ),
    (
        "zh",
        "form",
        "初診基本資料\n病患姓名：{h5_zh}\n生日：{h5_dob}\n緊急聯絡人：{h5_zh_kin} {h5_mobile}\n藥物過敏：無",
    ),
    (
        "zh",
        "form",
        "依親居留申請\n配偶姓名（中文）：{h5_zh}\n配偶姓名（英文）：{h5_name_caps}\n居留證號：{h5_arc}\n護照號碼：{h5_passport}\n聯絡地址：{h5_addr_tw}",
    ),
    (
        "zh",
        "form",
        "匯款申請書\n匯款人：{h5_zh}\n收款帳號：{h5_bank}\n收款戶名：{h5_zh}\n匯款金額：{h5_amount}\n附言：{h5_invoice}",
    ),
    (
        "zh",
        "form",
        "新生入學資料\n學生姓名：{h5_zh}\n出生年月日：{h5_dob}\n身分證統一編號：{h5_twid}\n家長：{h5_zh_names}\n家長手機：{h5_mobile}\n戶籍地址：{h5_addr_tw}",
    ),
    (
        "zh",
        "form",
        "理賠申請書\n被保險人：{h5_zh}\n身分證字號：{h5_twid}\n事故日期：{h5_date}\n申請金額：{h5_amount}\n理賠金匯入帳戶：{h5_bank}\n聯絡電話：{h5_landline}",
    ),
    (
        "zh",
        "form",
        "宅配託運單\n寄件人：{h5_zh} {h5_phone_tw}\n收件人：{h5_zh} {h5_mobile}\n收件地址：{h5_addr_tw}\n託運單號：{h5_tracking}",
    ),
    (
        "zh",
        "form",
        "會員申請表\n姓名：{h5_zh}　暱稱：{h5_nick}\n生日：{h5_dob}\nE-mail：{h5_email}\n手機：{h5_mobile}\n信用卡號：{h5_card}",
    ),
    (
        "zh",
        "form",
        "房屋租賃契約\n出租人：{h5_zh}\n承租人：{h5_zh}　身分證字號：{h5_twid}\n租賃標的：{h5_addr_tw}\n每月租金：{h5_amount}\n押金匯入：{h5_bank}",
    ),
    (
        "zh",
        "form",
        "切結書\n本人保證所填資料屬實，如有不實願負法律責任。\n{h5_zh_field}　身分證字號：{h5_twid}\n{h5_zh_field}　電話：{h5_phone_tw}\n立書日期：{h5_date}",
    ),
    (
        "zh",
        "form",
        "退貨申請單\n訂單編號：{h5_order}\n商品料號：{h5_sku}\n退款金額：{h5_amount}\n申請日期：{h5_date}\n物流單號：{h5_tracking}\n發票號碼：{h5_invoice}",
    ),
    # ---------------------------------------------------------------- zh: ticket
    (
        "zh",
        "ticket",
        "客服單 {h5_ticket}\n客戶：{h5_zh}\n問題：信用卡{h5_card}遭盜刷{h5_amount}\n客戶要求停卡，新卡寄到{h5_addr_tw}\n回電：{h5_mobile}",
    ),
    (
        "zh",
        "ticket",
        "工單 {h5_ticket}｜帳號無法登入\n使用者{h5_zh_title}反映收不到簡訊，手機已改為{h5_mobile}（舊號{h5_phone_tw}）。最後登入IP：{h5_ip}",
    ),
    (
        "zh",
        "ticket",
        "【異常回報】{h5_ticket}\n發生時間：{h5_ts}\n錯誤：資料庫連線失敗\n連線字串：{h5_db_url}\n負責人：{h5_zh}",
    ),
    (
        "zh",
        "ticket",
        "退款處理 {h5_ticket}\n{h5_zh_hey}，這筆要退到{h5_bank}，戶名是{h5_zh}，金額{h5_amount}，麻煩今天處理",
    ),
    (
        "zh",
        "ticket",
        "陳情案件 {h5_ticket}\n陳情人：{h5_zh}（{h5_twid}）\n住址：{h5_addr_tw}\n內容：隔壁{h5_zh}家的狗半夜一直叫，已經反映三次",
    ),
    (
        "zh",
        "ticket",
        "維修單 {h5_ticket}\n報修人：{h5_zh} {h5_landline}\n地址：{h5_addr_tw}\n冷氣不冷，可約{h5_date}下午",
    ),
    (
        "zh",
        "ticket",
        "客服單 {h5_ticket}\n系統顯示身分證字號{h5_badid}檢核錯誤，客戶{h5_zh}更正為{h5_twid}，生日{h5_dob}，已完成驗證",
    ),
    (
        "zh",
        "ticket",
        "{h5_ticket} 出貨異常\n訂單{h5_order}與{h5_order}重複出貨，料號{h5_sku}，{h5_version}的批次匯入有問題，請工程確認{h5_sha}",
    ),
    # ---------------------------------------------------------------- zh: notes
    (
        "zh",
        "notes",
        "待辦\n□ 繳{h5_zh_kin}的健保費 {h5_amount}\n□ 幫{h5_nick}寄生日禮物到{h5_addr_tw}\n□ 打給房東 {h5_mobile}",
    ),
    (
        "zh",
        "notes",
        "會議紀錄 {h5_date}\n出席：{h5_zh_names}\n請假：{h5_zh}\n決議：下次由{h5_zh_title}報告進度",
    ),
    ("zh", "notes", "電話紀錄\n{h5_time} {h5_zh}來電，說新的帳號是{h5_bank}，{h5_date}前匯款即可"),
    ("zh", "notes", "記一下\n{h5_zh_kin}身分證 {h5_twid}\n生日 {h5_dob}\n健保卡號忘了問"),
    ("zh", "notes", "公司電腦\n帳號：{h5_email}\n密碼：{h5_pw}\nVPN：{h5_ip4}"),
    (
        "zh",
        "notes",
        "外婆的資料（申請長照用）\n姓名：{h5_zh}\n出生：{h5_dob}\n地址：{h5_addr_tw}\n聯絡人：{h5_zh_any} {h5_phone_tw}",
    ),
    (
        "zh",
        "notes",
        "{h5_date}\n今天跟{h5_nick}去{h5_place}，遇到以前的同學{h5_zh}，交換了LINE，電話是{h5_mobile}",
    ),
    (
        "zh",
        "notes",
        "採買清單：衛生紙、{h5_phrase}、鮮奶\n預算{h5_amount}\n{h5_date}前要去{h5_place}拿包裹{h5_tracking}",
    ),
    (
        "zh",
        "notes",
        "讀書會 {h5_date}\n主題：{h5_phrase}\n地點：{h5_place}\n費用：{h5_amount}（{h5_company}贊助）",
    ),
    # ---------------------------------------------------------------- zh: config
    (
        "zh",
        "config",
        "# 正式環境設定（不要commit！）\n{h5_env}\n{h5_env}\nSITE_NAME=線上商店\n{h5_env}",
    ),
    (
        "zh",
        "config",
        "database:\n  host: {h5_ip4}\n  user: shop\n  password: {h5_pw}\nline_notify:\n  token: {h5_key}\n# 聯絡人：{h5_zh} {h5_mobile}",
    ),
    (
        "zh",
        "config",
        '{{\n  "店名": "{h5_company}",\n  "負責人": "{h5_zh}",\n  "電話": "{h5_landline}",\n  "統編": "{h5_taxid}",\n  "金流金鑰": "{h5_key}"\n}}',
    ),
    (
        "zh",
        "config",
        "[smtp]\nhost = smtp.gmail.com\nuser = {h5_email}\npass = {h5_pw}\n; 備註：{h5_zh_title}負責維護",
    ),
    (
        "zh",
        "config",
        "# 版本資訊\nversion: {h5_version}\nbuild: {h5_sha}\nchecksum: {h5_hash}\n# 上線日期 {h5_date}",
    ),
    # ---------------------------------------------------------------- zh: csv
    (
        "zh",
        "csv",
        "姓名,身分證字號,生日,手機\n{h5_zh},{h5_twid},{h5_dob},{h5_mobile}\n{h5_zh},{h5_twid},{h5_dob},{h5_mobile}",
    ),
    (
        "zh",
        "csv",
        "| 姓名 | 帳號 | 金額 |\n|---|---|---|\n| {h5_zh} | {h5_bank} | {h5_amount} |\n| {h5_zh} | {h5_bank} | {h5_amount} |\n| {h5_zh} | {h5_bank} | {h5_amount} |",
    ),
    (
        "zh",
        "csv",
        "收件人\t地址\t電話\t單號\n{h5_zh}\t{h5_addr_tw}\t{h5_phone_tw}\t{h5_tracking}\n{h5_zh}\t{h5_addr_tw}\t{h5_phone_tw}\t{h5_tracking}",
    ),
    (
        "zh",
        "csv",
        "座號,學生,家長,家長電話\n{h5_n},{h5_zh},{h5_zh},{h5_mobile}\n{h5_n},{h5_zh},{h5_zh},{h5_mobile}\n{h5_n},{h5_zh},{h5_zh},{h5_mobile}",
    ),
    (
        "zh",
        "csv",
        "姓名\t英文名\t電話\t信箱\n{h5_zh}\t{h5_tw_rom}\t{h5_phone_ext}\t{h5_email}\n{h5_zh}\t{h5_tw_rom}\t{h5_phone_ext}\t{h5_email}",
    ),
    (
        "zh",
        "csv",
        '訂單編號,商品,數量,金額,出貨日\n{h5_order},{h5_sku},{h5_n},"{h5_amount}",{h5_date}\n{h5_order},{h5_sku},{h5_n},"{h5_amount}",{h5_date}',
    ),
    # ---------------------------------------------------------------- zh: log
    (
        "zh",
        "log",
        "{h5_ts} [INFO] 會員登入成功 帳號={h5_email} 來源IP={h5_ip}\n{h5_ts} [WARN] 密碼錯誤三次 帳號={h5_email} 來源IP={h5_ip_port}",
    ),
    (
        "zh",
        "log",
        "{h5_ts} 訂單建立 收件人={h5_zh} 電話={h5_mobile} 地址={h5_addr_tw}\n{h5_ts} 付款完成 卡號={h5_card}",
    ),
    (
        "zh",
        "log",
        "{h5_ts} [ERROR] 身分驗證失敗 id={h5_twid} name={h5_zh}\n{h5_ts} [DEBUG] 重試 request={h5_uuid}",
    ),
    (
        "zh",
        "log",
        "[{h5_ts}] 簡訊發送 to={h5_mobile} 狀態=成功\n[{h5_ts}] 簡訊發送 to={h5_phone_tw} 狀態=失敗 重試{h5_n}次",
    ),
    ("zh", "log", "{h5_ts} 轉帳 轉出={h5_bank} 轉入={h5_bank} 金額={h5_amount} 附言={h5_zh}"),
    (
        "zh",
        "log",
        "{h5_ts} [INFO] 排程開始 版本={h5_version}\n{h5_ts} [INFO] 同步訂單{h5_order}完成\n{h5_ts} [WARN] 發票{h5_invoice}重複，略過\n{h5_ts} [WARN] 身分證字號檢核失敗 value={h5_badid}",
    ),
    # ---------------------------------------------------------------- mixed: chat
    (
        "mixed",
        "chat",
        "{h5_zh_hey} 你的 API key 不要直接貼在 channel 啦 😂 {h5_key}\n我先 revoke 了，新的 DM 你",
    ),
    (
        "mixed",
        "chat",
        "明天 meeting 跟 {h5_name} 約在 {h5_place}，WhatsApp 是 {h5_phone_intl}，你先加一下",
    ),
    (
        "mixed",
        "chat",
        "client {h5_tw_rom} 說 invoice {h5_invoice} 的 amount 不對，要改成 {h5_amount}，他 email 是 {h5_email}",
    ),
    ("mixed", "chat", "幫我 check 一下 {h5_ip6} 這台的 log，{h5_zh_title} 說 API 一直 timeout"),
    ("mixed", "chat", "這週 on-call：{h5_zh_names}，有事直接打 {h5_mobile}"),
    ("mixed", "chat", "{h5_nick} 你的 Netflix 帳號密碼：{h5_pw} 對嗎？我登不進去 QQ"),
    (
        "mixed",
        "chat",
        "Airbnb host {h5_name} 給的地址是 {h5_addr_world}，check-in {h5_time}，door code 在 app 裡",
    ),
    ("mixed", "chat", "新同事 {h5_name_caps} 的 ARC 是 {h5_arc}，HR 說要先辦健保，你幫忙 key 一下"),
    ("mixed", "chat", "轉帳 info：{h5_bank}，戶名 {h5_zh}，amount {h5_amount}，轉完截圖給我 thx"),
    ("mixed", "chat", "Hi {h5_given}，你的 package 到了，在 {h5_addr_tw} 的管理室，記得帶 ID 去拿"),
    (
        "mixed",
        "chat",
        "{h5_given} 你的 credit card {h5_card} 刷不過，我先用我的 {h5_card} 付了，你再轉 {h5_amount} 給我",
    ),
    (
        "mixed",
        "chat",
        "{h5_version} 上 production 了嗎？commit {h5_sha} 有 hotfix，order {h5_order} 那個 bug 應該修好了",
    ),
    (
        "mixed",
        "chat",
        "{h5_company} 的 {h5_phrase} sale 到 {h5_date}，我買了 {h5_sku}，total {h5_amount}，tracking {h5_tracking}",
    ),
    (
        "mixed",
        "chat",
        "[{h5_time}] bot: ticket {h5_ticket} 已 assign\n[{h5_time}] bot: build {h5_sha} passed ✅\n[{h5_time}] bot: request id {h5_uuid}",
    ),
    # ---------------------------------------------------------------- mixed: email
    (
        "mixed",
        "email",
        "Hi {h5_given},\n\n附上 {h5_date} 的 quotation，總金額 {h5_amount}，海外付款請匯 {h5_iban}，台灣帳戶 {h5_bank}。\n\nBest regards,\n{h5_tw_rom}\n{h5_company}\nM: {h5_mobile}",
    ),
    (
        "mixed",
        "email",
        "Dear {h5_titled},\n\n您的 visa application 需要補件：passport copy（No. {h5_passport}）以及出生日期 {h5_dob} 的證明文件，請寄到 {h5_email_fmt}。\n\n謝謝",
    ),
    (
        "mixed",
        "email",
        "---------- Forwarded message ---------\nFrom: {h5_name_email}\nTo: {h5_email}\nSubject: 新 office 地址\n\n我們搬到 {h5_addr_tw_en} 了，電話改成 {h5_landline}。",
    ),
    (
        "mixed",
        "email",
        "{h5_zh}您好，\n\n您的 account 已開通：\nUsername: {h5_email}\nTemporary password: {h5_pw}\n請在 first login 後修改。\n\nIT Helpdesk {h5_phone_ext}",
    ),
    (
        "mixed",
        "email",
        "Hi all,\n\n下週 offsite 名單：{h5_names}，還有 {h5_zh_names}。住 {h5_place}，booking ref {h5_order}。\n\nReply-To: {h5_email_fmt}\n{h5_initials}",
    ),
    (
        "mixed",
        "email",
        "Subject: 資安事件 report\n\n{h5_ts} 發現 {h5_ip_port} 用外洩的 token 登入：Bearer {h5_bearer}\n已封鎖，請 {h5_zh_title} 協助確認。",
    ),
    (
        "mixed",
        "email",
        "Subject: Invoice {h5_invoice}\n\nHi,\n\n請參考附件 invoice，amount {h5_amount}，due date {h5_date}，PO number {h5_order}，我們的統編 {h5_taxid}。\n\nThanks",
    ),
    (
        "mixed",
        "email",
        "release {h5_version} changelog：\n- fix {h5_ticket} checkout 問題\n- 更新 {h5_sku} 商品頁\n- build {h5_sha}, digest {h5_hash}",
    ),
    # ---------------------------------------------------------------- mixed: form
    (
        "mixed",
        "form",
        "Registration Form 報名表\nName 姓名：{h5_zh}\nEnglish name：{h5_tw_rom}\nID No. 身分證字號：{h5_twid}\nDOB 生日：{h5_dob}\nMobile 手機：{h5_mobile}\nEmail：{h5_email}",
    ),
    (
        "mixed",
        "form",
        "Hotel check-in 入住登記\n姓名 Name: {h5_name_caps}\n護照 Passport No.: {h5_passport}\n地址 Address: {h5_addr_world}\n電話 Tel: {h5_phone_intl}\n出生日期 DOB: {h5_dob_en}",
    ),
    (
        "mixed",
        "form",
        "Employee Info 員工資料\n中文姓名：{h5_zh}\nEnglish Name：{h5_tw_rom}\nID / ARC：{h5_twid}\n薪轉帳戶 Bank Account：{h5_bank}\nHome Address：{h5_addr_tw}",
    ),
    (
        "mixed",
        "form",
        "Wire Transfer 匯款單\nBeneficiary 受款人：{h5_name_inv}\nIBAN：{h5_iban}\nAmount 金額：{h5_amount}\nRemitter 匯款人：{h5_zh}\nTel：{h5_phone_tw}",
    ),
    (
        "mixed",
        "form",
        "Delivery 配送資料\n收件人 Recipient：{h5_zh}\nPhone：{h5_phone}\nAddress：{h5_addr}\nOrder No.：{h5_order}",
    ),
    (
        "mixed",
        "form",
        "Credit Card Authorization 信用卡授權書\n持卡人 Cardholder：{h5_name_caps}\nCard No.：{h5_card}\n身分證字號：{h5_twid}\n授權金額：{h5_amount}",
    ),
    (
        "mixed",
        "form",
        "Patient Form 病患資料\nName：{h5_zh}（{h5_tw_rom}）\nDate of Birth：{h5_dob}\nEmergency Contact：{h5_zh_kin}，{h5_phone_tw}\nAllergy：none",
    ),
    (
        "mixed",
        "form",
        "Application 申請書\n{h5_zh_field}\nEnglish name (as in passport)：{h5_name_caps}\nPassport：{h5_passport}\n{h5_zh_field}\n居留地址 Address：{h5_addr_tw}",
    ),
    (
        "mixed",
        "form",
        "RMA 退貨單\nOrder：{h5_order}\nSKU：{h5_sku}\nRefund：{h5_amount}\n日期：{h5_date}\nCarrier tracking：{h5_tracking}",
    ),
    # ---------------------------------------------------------------- mixed: ticket
    (
        "mixed",
        "ticket",
        "[{h5_ticket}] user 收不到 OTP\nuser：{h5_tw_rom}（{h5_email}）\n新手機 {h5_mobile}，舊的 {h5_phone_intl}\nlast login IP {h5_ip}",
    ),
    (
        "mixed",
        "ticket",
        "Bug {h5_ticket}: 地址欄位 parse 失敗\ninput：{h5_addr_tw}\nexpected：正常顯示\nenv：{h5_version}",
    ),
    (
        "mixed",
        "ticket",
        "Incident {h5_ticket} 🔥\nleaked：{h5_env}\nfound in：public repo commit {h5_sha}\nowner：{h5_zh}\nstatus：rotated",
    ),
    (
        "mixed",
        "ticket",
        "Refund {h5_ticket}\ncustomer {h5_name} 要求退款 {h5_amount} 到 {h5_iban}\n已確認 order {h5_order}",
    ),
    (
        "mixed",
        "ticket",
        "KYC review {h5_ticket}\n申請人 {h5_name_caps}，passport {h5_passport}，DOB {h5_dob_en}\naddress {h5_addr_world}\nrisk：low",
    ),
    (
        "mixed",
        "ticket",
        "Support {h5_ticket}\n{h5_zh_title} 反映 {h5_ip_port} 的憑證過期，app 連不到 {h5_db_url}",
    ),
    (
        "mixed",
        "ticket",
        "{h5_ticket} perf regression\n{h5_version} vs {h5_version}\np95 latency 上升，request id {h5_uuid}，trace {h5_hash}",
    ),
    # ---------------------------------------------------------------- mixed: notes
    (
        "mixed",
        "notes",
        "1:1 notes {h5_date}\n- {h5_name} 想轉 team\n- {h5_zh} 下個月請育嬰假\n- 新人 {h5_names} onboarding",
    ),
    (
        "mixed",
        "notes",
        "Bangkok trip ✈️\n- passport {h5_passport_tw}（我的）、{h5_passport}（{h5_nick}的）\n- hotel {h5_place}，booking {h5_order}\n- 緊急聯絡 {h5_phone_intl}",
    ),
    (
        "mixed",
        "notes",
        "server 資料（暫存，記得刪）\nhost {h5_ip6}\nuser deploy\npassword: {h5_pw}\n{h5_privkey}",
    ),
    (
        "mixed",
        "notes",
        "{h5_zh_kin} 的 bank info：{h5_bank}\nemail {h5_email}\n下次回台灣幫忙改地址 {h5_addr_tw}",
    ),
    (
        "mixed",
        "notes",
        "interview notes\ncandidate：{h5_name}（{h5_email}）\nphone：{h5_phone_intl}\ncurrent：{h5_company}\nfeedback：strong，推 {h5_initials} 二面",
    ),
    (
        "mixed",
        "notes",
        "記帳 {h5_date}\n- 午餐 {h5_amount}\n- 幫 {h5_zh} 代墊 {h5_amount}，說會轉到我的 {h5_bank}",
    ),
    (
        "mixed",
        "notes",
        "sprint retro\n- {h5_ticket} 拖太久\n- release {h5_version} 順利\n- 下次 demo {h5_date} 在 {h5_place}",
    ),
    (
        "mixed",
        "notes",
        "shopping list：{h5_sku}、{h5_phrase}、咖啡豆\nbudget {h5_amount}\n{h5_time} 前去拿 {h5_tracking}",
    ),
    # ---------------------------------------------------------------- mixed: config
    (
        "mixed",
        "config",
        "# .env.local（{h5_zh} 的測試帳號，不要上 git）\n{h5_env}\n{h5_env}\nNEXT_PUBLIC_API_BASE=https://api.dev.local",
    ),
    (
        "mixed",
        "config",
        "# k8s secret（base64 前的原文）\napiVersion: v1\nkind: Secret\nstringData:\n  DB_URL: {h5_db_url}\n  STRIPE_KEY: {h5_key}\n  ADMIN_EMAIL: {h5_email}",
    ),
    (
        "mixed",
        "config",
        "# ~/.ssh/config，VPN 後面的機器\nHost prod-db\n  HostName {h5_ip4}\n  User admin\nHost staging\n  HostName {h5_ip6}\n  Port 2222",
    ),
    (
        "mixed",
        "config",
        '{{\n  "ConnectionStrings": {{\n    "Default": "{h5_conn}"\n  }},\n  "Owner": "{h5_zh} {h5_mobile}"\n}}',
    ),
    (
        "mixed",
        "config",
        '# GitHub Actions\nenv:\n  REGISTRY_USER: {h5_email}\n  REGISTRY_TOKEN: {h5_key}\nsteps:\n  - run: curl -H "Authorization: Bearer {h5_bearer}" https://hooks.internal/deploy',
    ),
    (
        "mixed",
        "config",
        "[credentials]\n# 這是 {h5_tw_rom} 的 key\naws_access_key_id={h5_aws_id}\naws_secret_access_key={h5_aws_secret}",
    ),
    (
        "mixed",
        "config",
        "# release config\nversion: {h5_version}\ngit_sha: {h5_sha}\nimage_digest: {h5_hash}\ntrace_id: {h5_uuid}",
    ),
    # ---------------------------------------------------------------- mixed: csv
    (
        "mixed",
        "csv",
        'name,english_name,email,mobile\n{h5_zh},"{h5_tw_rom}",{h5_email},{h5_mobile}\n{h5_zh},"{h5_tw_rom}",{h5_email},{h5_mobile}',
    ),
    (
        "mixed",
        "csv",
        "| 姓名 | Passport | DOB | Room |\n|---|---|---|---|\n| {h5_name} | {h5_passport} | {h5_dob} | {h5_n} |\n| {h5_zh} | {h5_passport_tw} | {h5_dob} | {h5_n} |",
    ),
    (
        "mixed",
        "csv",
        "user_id\tip\tlast_login\tregion\n{h5_n}\t{h5_ip}\t{h5_ts}\tTW\n{h5_n}\t{h5_ip}\t{h5_ts}\tJP",
    ),
    (
        "mixed",
        "csv",
        'vendor,contact,account,amount\n{h5_company},{h5_zh},{h5_bank},"{h5_amount}"\n{h5_company},{h5_name},{h5_iban},"{h5_amount}"',
    ),
    (
        "mixed",
        "csv",
        "| Name | Phone | Address |\n|---|---|---|\n| {h5_zh} | {h5_phone_tw} | {h5_addr_tw} |\n| {h5_name} | {h5_phone_intl} | {h5_addr_line} |",
    ),
    (
        "mixed",
        "csv",
        'sku,name,qty,price\n{h5_sku},{h5_phrase},{h5_n},"{h5_amount}"\n{h5_sku},{h5_phrase},{h5_n},"{h5_amount}"',
    ),
    # ---------------------------------------------------------------- mixed: log
    (
        "mixed",
        "log",
        "{h5_ts} INFO  [auth] 登入成功 user={h5_email} ip={h5_ip}\n{h5_ts} ERROR [auth] token 過期: Bearer {h5_bearer}",
    ),
    (
        "mixed",
        "log",
        '{h5_ts} [order] 建立訂單 {h5_order} buyer={h5_zh} phone={h5_mobile} addr="{h5_addr_tw}"',
    ),
    (
        "mixed",
        "log",
        '{h5_ts} WARN kyc: 姓名不符 name="{h5_name_caps}" passport={h5_passport} dob={h5_dob}',
    ),
    ("mixed", "log", "{h5_ts} DEBUG payment: card={h5_card} bank={h5_bank} amount={h5_amount}"),
    (
        "mixed",
        "log",
        "{h5_ts} sshd[{h5_n}]: Failed password for invalid user admin from {h5_ip4} port 52144 ssh2\n{h5_ts} sshd[{h5_n}]: Accepted publickey for deploy from {h5_ip6} port 50022 ssh2",
    ),
    (
        "mixed",
        "log",
        "{h5_ts} [sms] 發送驗證碼 to={h5_phone} status=ok\n{h5_ts} [mail] 寄送 to={h5_email} template=welcome",
    ),
    (
        "mixed",
        "log",
        "{h5_ts} ERROR db: connection refused {h5_db_url}\n{h5_ts} INFO 5 秒後重試（第 {h5_n} 次）",
    ),
    (
        "mixed",
        "log",
        "{h5_ts} WARN validate: invalid national id={h5_badid}\n{h5_ts} INFO validate: retry ok id={h5_twid} name={h5_zh}",
    ),
    (
        "mixed",
        "log",
        "{h5_ts} INFO build {h5_version} ({h5_sha}) started\n{h5_ts} INFO artifact {h5_hash}\n{h5_ts} INFO 完成 request={h5_uuid}",
    ),
]
