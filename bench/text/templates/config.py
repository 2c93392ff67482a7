"""Config files, logs and shell snippets with secrets; comments in English, Chinese or both."""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

from bench.text.templates import Template, group

EN = group(
    "en",
    "config",
    dev=[
        "# .env for local dev\nDATABASE_URL={{CRED_URL}}\nSTRIPE_SECRET_KEY={{STRIPE_KEY}}\n"
        "APP_VERSION={{VERSION}}\nDEBUG=false",
        "aws_access_key_id = {{AWS_KEY_ID}}\naws_secret_access_key = {{AWS_SECRET}}\nregion = ap-northeast-1",
        '{\n  "name": "billing-service",\n  "version": "{{VERSION}}",\n  "apiKey": "{{API_KEY}}",\n'
        '  "timeoutMs": 3000\n}',
        '{{IPV4}} - - [13/Jun/2024:{{CLOCK}} +0800] "GET /api/orders/{{ORDER_NO}} HTTP/1.1" 200 512 "-" '
        '"Mozilla/5.0"\n{{IPV4}} - - [13/Jun/2024:{{CLOCK}} +0800] "POST /login HTTP/1.1" 401 87 "-" "curl/8.4.0"',
        "$ curl -H 'Authorization: Bearer {{JWT}}' https://api.example.com/v1/me",
        "2024-06-13T{{CLOCK}}Z INFO user {{EMAIL}} logged in from {{IP}} (session {{UUID}})",
        "deploy:\n  image: registry.local/app:{{VERSION}}\n  commit: {{COMMIT}}\n  replicas: 3\n"
        "  checksum: sha256:{{SHA256}}",
        "# CI secrets — do not commit\nexport OPENAI_API_KEY={{OPENAI_KEY}}\nexport GITHUB_TOKEN={{GH_TOKEN}}",
        "[client]\nuser = {{DB_USER}}\npassword = {{PASSWORD}}\nhost = localhost\nport = 3306",
        "{{PRIVATE_KEY}}",
        "git remote set-url origin {{CRED_URL}}\ngit push origin main  # {{COMMIT}}",
    ],
    test=[
        "SLACK_BOT_TOKEN={{SLACK_TOKEN}}\nSLACK_CHANNEL=#alerts\nLOG_LEVEL=info",
        "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: {{DB_USER}}\n"
        "    password: '{{PASSWORD}}'",
        "2024-06-13 {{CLOCK}} WARN  auth: failed login for {{EMAIL}} from {{IPV4}} (attempt 3)\n"
        "2024-06-13 {{CLOCK}} INFO  auth: request {{UUID}} ok",
        'ANTHROPIC_API_KEY="{{ANTHROPIC_KEY}}"\nMODEL=claude-sonnet\nMAX_TOKENS=1024',
        'const firebaseConfig = {\n  apiKey: "{{GOOGLE_KEY}}",\n  authDomain: "demo-app.firebaseapp.com",\n'
        '  projectId: "demo-app"\n};',
        'Traceback (most recent call last):\n  File "app.py", line 42, in connect\n'
        '    engine = create_engine("{{CRED_URL}}")\nOperationalError: timeout after 30s',
        "resolver: {{IPV6}}\nupstream: {{IPV4}}:8080\nbuild: {{VERSION}} ({{COMMIT}})",
        "SECRET_KEY = '{{HEX_SECRET}}'\nALLOWED_HOSTS = ['*']\nTIME_ZONE = 'Asia/Taipei'",
        "Jun 13 {{CLOCK}} web01 sshd[2211]: Accepted publickey for {{DB_USER}} from {{IPV4}} port 52144\n"
        "Jun 13 {{CLOCK}} web01 sshd[2211]: session opened, build {{VERSION}}",
        "cat ~/.ssh/id_rsa\n{{PRIVATE_KEY}}",
        'package-lock: "integrity": "sha512-...", resolved {{VERSION}}, commit {{COMMIT}}, id {{UUID}}',
    ],
)

ZH = group(
    "zh",
    "config",
    dev=[
        "# 正式環境設定，請勿外流\nDB_PASSWORD={{PASSWORD}}\nREDIS_URL={{CRED_URL}}\n# 版本 {{VERSION}}",
        "# 金流串接金鑰（測試完記得換）\nSTRIPE_KEY={{STRIPE_KEY}}\n# 客服信箱\nSUPPORT_EMAIL={{EMAIL}}",
        "[{{CLOCK}}] 錯誤：使用者 {{EMAIL}} 從 {{IP}} 登入失敗，請求編號 {{UUID}}",
        "# 部署紀錄 {{DATE_ZH}}\n版本：{{VERSION}}\ncommit：{{COMMIT}}\n檢查碼：{{SHA256}}",
        "# 這是機器人的 token，不要貼到群組\nLINE_CHANNEL_TOKEN={{HEX_SECRET}}\nGITHUB_TOKEN={{GH_TOKEN}}",
    ],
    test=[
        "# 資料庫連線（正式機）\nDATABASE_URL={{CRED_URL}}\n# 備援主機 {{IPV4}}",
        "密碼：{{PASSWORD}}\n帳號：{{DB_USER}}\n主機：{{IPV4}}\n（用完請刪除這則訊息）",
        "# 串接 OpenAI 的金鑰\nOPENAI_API_KEY={{OPENAI_KEY}}\n# 逾時秒數\nTIMEOUT=30",
        "[{{CLOCK}}] 警告：API 回應過慢，trace {{UUID}}，版本 {{VERSION}}",
        "# 伺服器 SSH 私鑰（備份）\n{{PRIVATE_KEY}}",
    ],
)

MIXED = group(
    "mixed",
    "config",
    dev=[
        "# prod 的 key，不要 commit！\nAWS_ACCESS_KEY_ID={{AWS_KEY_ID}}\nAWS_SECRET_ACCESS_KEY={{AWS_SECRET}}",
        "log：{{CLOCK}} user {{EMAIL}} 登入成功 from {{IPV4}}，session {{UUID}}",
        "# staging 設定\napi_token: {{JWT}}\nendpoint: https://staging.example.com\nversion: {{VERSION}}",
    ],
    test=[
        "# 這組 token 是 CI 用的\nexport HF_TOKEN={{API_KEY}}\nexport DB_PASS='{{PASSWORD}}'",
        "Authorization: Bearer {{JWT}}\n# 上面是 debug 時抓到的 header，記得 revoke",
        "# build info（沒有機密）\nversion={{VERSION}}\ncommit={{COMMIT}}\nchecksum={{SHA256}}",
    ],
)

TEMPLATES: list[Template] = [*EN, *ZH, *MIXED]
