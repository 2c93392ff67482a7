"""English templates: chat, e-mail, forms, support tickets."""
# ruff: noqa: E501  (template data: one message per string reads better than wrapped text)

from __future__ import annotations

from bench.text.templates import Template, group

CHAT = group(
    "en",
    "chat",
    dev=[
        "hey it's {{NAME_EN}}, new number is {{PHONE_US}} — the old one died. ((text me|ping me)) when you land",
        "((Can|Could)) you send the ((contract|NDA)) to {{EMAIL}}? thx. also standup moved to {{TIME}}",
        "lol ok. btw my card {{CARD}} got declined at the airport, total was {{AMOUNT}} 🙄",
        "Shipping it to {{ADDR_US}}. ((Tracking|Tracking no.)) {{TRACKING}}",
        "{{NAME_EN}}: did you rotate the key? I still see {{API_KEY}} in the channel history",
        "Build {{VERSION}} is out, commit {{COMMIT}}. Retro at {{TIME}} tomorrow, ((don't be late|see you there)).",
        "order {{ORDER_NO}} arrived, {{AMOUNT}} refunded. all good 👍",
        "My DOB is {{DOB_EN}} if the form asks, and my cell is {{PHONE_US}}",
        "Just met {{NAME_EN}} from {{COMPANY_EN}} — great chat. Her email's {{EMAIL}}",
        "ok the server is at {{IPV4}}, user {{DB_USER}}, password {{PASSWORD}}. delete this msg after",
        "((Flight|Train)) leaves {{PLACE_EN}} at {{TIME}} on {{DATE_EN}}, invoice {{INVOICE_NO}} is in the shared drive",
    ],
    test=[
        "this is {{NAME_EN}}'s ((wife|husband|assistant)), he asked me to pass on his cell: {{PHONE_US}}",
        "ugh the bank wants my birthday again — {{DOB_EN}} — and passport # {{PASSPORT}}. sending now",
        "pls wire it to IBAN {{IBAN}}, name on the account is {{NAME_EN}}",
        "my home IP is {{IPV4}} if you need to allowlist it for the VPN",
        "new laptop pw is {{PASSWORD}} don't tell IT lol",
        "meeting with {{COMPANY_EN}} got pushed to {{DATE_EN}} at {{TIME}}. Room 4B.",
        "Deploy of {{VERSION}} failed on node {{UUID}}, rolling back to {{COMMIT}}",
        "{{NAME_EN@1}} and {{NAME_EN}} are both out sick, {{NAME_EN@1}} says call {{PHONE_INTL}} if urgent",
        "Use my Amex {{CARD}} for the hotel, exp 09/27. Confirmation {{ORDER_NO}}",
        "forwarding from {{NAME_EN}}: 'reach me at {{EMAIL}} or {{PHONE_US}} after {{TIME}}'",
        "the gift is going to {{ADDR_US}}, please don't spoil the surprise!",
        "we landed in {{PLACE_EN}}! hotel checkin at {{TIME}}, total {{AMOUNT}} for 3 nights",
    ],
)

EMAIL = group(
    "en",
    "email",
    dev=[
        "Hi {{NAME_EN}},\n\nThanks for your order {{ORDER_NO}}. We will ship it to:\n{{ADDR_US}}\n\n"
        "If anything looks wrong, call us or reply to this e-mail.\n\nBest,\n{{NAME_EN}}\nCustomer Care",
        "Dear {{NAME_EN}},\n\nPlease find attached the invoice {{INVOICE_NO}} for {{AMOUNT}}. Payment can "
        "be made to IBAN {{IBAN}} within 30 days.\n\nKind regards,\n{{NAME_EN}}\n{{COMPANY_EN}}",
        "Hello team,\n\n{{NAME_EN}} will be joining us on {{DATE_EN}}. ((Her|His)) work phone is "
        "{{PHONE_US}} and e-mail {{EMAIL}}.\n\nPlease make ((her|him)) feel welcome.\n{{NAME_EN}}",
        "From: {{EMAIL}}\nTo: {{EMAIL}}\nSubject: Re: passport renewal\n\nMy old passport number was "
        "{{PASSPORT}}, issued in {{PLACE_EN}}. Date of birth {{DOB_EN}}.\n\nThanks,\n{{NAME_EN}}",
        "Hi all,\n\nRelease {{VERSION}} is tagged ({{COMMIT}}). Changelog is on the wiki. The freeze "
        "starts {{DATE_EN}} at {{TIME}}.\n\nCheers",
        "Dear Sir or Madam,\n\nI am writing about the charge of {{AMOUNT}} on my card "
        "{{CARD}}. I never made this purchase. My billing address is {{ADDR_US}}.\n\nSincerely,\n{{NAME_EN}}",
        "Hi {{NAME_EN}},\n\nGreat meeting you at the {{PLACE_EN}} summit. As promised, here is my "
        "contact card:\n{{NAME_EN}}\nHead of Partnerships, {{COMPANY_EN}}\nM: {{PHONE_INTL}}\nE: {{EMAIL}}",
    ],
    test=[
        "Good morning {{NAME_EN}},\n\nYour appointment is confirmed for {{DATE_EN}} at {{TIME}}. Please "
        "bring a photo ID. For changes call {{PHONE_US}}.\n\nSee you soon,\nThe clinic",
        "{{NAME_EN}} wrote:\n> Could you send me the bank details?\n\nSure — account holder "
        "{{NAME_EN}}, IBAN {{IBAN}}.\nAmount due: {{AMOUNT}}. Reference {{INVOICE_NO}}.",
        "Hey,\n\nlooks like someone logged in from {{IPV4}} at {{TIME}} using my account. I changed my "
        "password but can you check? My username is {{EMAIL}}.\n\n— {{NAME_EN}}",
        "Dear HR,\n\nPlease update my records: new address {{ADDR_US}}, new mobile {{PHONE_US}}. "
        "Employee since {{DATE_EN}}.\n\nThank you,\n{{NAME_EN}}",
        "Hi,\n\nthe shipment {{TRACKING}} from {{COMPANY_EN}} is stuck in customs in {{PLACE_EN}}. "
        "Order {{ORDER_NO}}, value {{AMOUNT}}. Any update?\n\nRegards",
        "To whom it may concern,\n\nI, {{NAME_EN}}, born {{DOB_EN}}, holder of passport {{PASSPORT}}, "
        "authorise {{NAME_EN}} to collect my documents.\n\nSigned",
        "Hi {{NAME_EN}},\n\nI'm out of office until {{DATE_EN}}. For urgent matters contact my colleague "
        "{{NAME_EN}} ({{EMAIL}}, {{PHONE_US}}).\n\nBest",
        "Team,\n\nQuarterly numbers: revenue {{AMOUNT}}, up from {{AMOUNT}}. The deck ({{VERSION}}) is "
        "in the shared folder. Questions to finance.\n\nThanks",
    ],
)

FORM = group(
    "en",
    "form",
    dev=[
        "Full name: {{NAME_EN}}\nDate of birth: {{DOB_EN}}\nPassport No.: {{PASSPORT}}\n"
        "Phone: {{PHONE_US}}\nEmail: {{EMAIL}}\nAddress: {{ADDR_US}}",
        "APPLICANT\nName ........ {{NAME_EN}}\nDOB ......... {{DOB_EN}}\nMobile ...... {{PHONE_INTL}}\n"
        "Home address  {{ADDR_US}}",
        "Cardholder: {{NAME_EN}}\nCard number: {{CARD}}\nExpiry: 08/28\nBilling ZIP: see address\n"
        "Amount: {{AMOUNT}}\nOrder ref: {{ORDER_NO}}",
        "Emergency contact\n  Name: {{NAME_EN}}\n  Relationship: ((spouse|parent|sibling|friend))\n"
        "  Phone: {{PHONE_US}}\n  Email: {{EMAIL}}",
        "Beneficiary name: {{NAME_EN}}\nIBAN: {{IBAN}}\nPurpose: invoice {{INVOICE_NO}}\n"
        "Amount: {{AMOUNT}}\nValue date: {{DATE_EN}}",
        "Event registration\nCompany: {{COMPANY_EN}}\nSession: {{TIME}} on {{DATE_EN}}\nVenue: {{PLACE_EN}}\n"
        "Ticket: {{TICKET_NO}}",
        "Guest: {{NAME_ROM}}\nNationality: Taiwan\nPassport: {{PASSPORT}}\nBirth date: {{DOB_EN}}\n"
        "Home address: {{ADDR_TWEN}}",
    ],
    test=[
        "PATIENT INTAKE\nPatient: {{NAME_EN}}\nD.O.B. {{DOB_EN}}\nContact number {{PHONE_US}}\n"
        "Residential address {{ADDR_US}}\nInsurance member ID: see card",
        "name={{NAME_EN}}; email={{EMAIL}}; tel={{PHONE_US}}; born={{DOB_EN}}",
        "| Field | Value |\n|---|---|\n| Name | {{NAME_EN}} |\n| Passport | {{PASSPORT}} |\n"
        "| Birthday | {{DOB_EN}} |\n| Mobile | {{PHONE_INTL}} |",
        "Payment details\nName on card ..... {{NAME_EN}}\nCard ............. {{CARD}}\n"
        "Bank transfer alt.  IBAN {{IBAN}}",
        "Delivery\nRecipient: {{NAME_EN}}\nShip to: {{ADDR_US}}\nPhone for courier: {{PHONE_US}}\n"
        "Order {{ORDER_NO}} / {{AMOUNT}}",
        "Conference badge\nCompany: {{COMPANY_EN}}\nTrack: Security\nDay: {{DATE_EN}}\nBadge ID: {{UUID}}",
        "Visitor log\nVisitor: {{NAME_TW_EN}}\nPassport / ID: {{PASSPORT}}\nHost: {{NAME_EN}}\n"
        "Time in: {{TIME}}",
    ],
)

TICKET = group(
    "en",
    "ticket",
    dev=[
        "Ticket {{TICKET_NO}} — Customer {{NAME_EN}} ({{EMAIL}}) reports that the app crashes on "
        "{{VERSION}}. Device IP {{IPV4}}. Steps: open settings, tap Sync.",
        "Subject: refund not received\nOrder {{ORDER_NO}} was cancelled on {{DATE_EN}} but the "
        "{{AMOUNT}} refund never reached card {{CARD}}. Callback number {{PHONE_US}}.",
        "[{{TICKET_NO}}] Login fails with 401 since {{TIME}}. Request ID {{UUID}}. Build {{VERSION}}, "
        "commit {{COMMIT}}. No customer data involved.",
        "Caller {{NAME_EN}} asked to change the delivery address to {{ADDR_US}}. Verified with DOB "
        "{{DOB_EN}} and last order {{ORDER_NO}}.",
        "User pasted this in chat, please purge: token={{API_KEY}} (from {{IPV6}})",
        "Escalation: {{COMPANY_EN}} sees timeouts from {{PLACE_EN}} region between {{TIME}} and "
        "{{TIME}}. Ticket {{TICKET_NO}}, priority P2.",
        "Refund for {{ORDER_NO}} bounced: IBAN {{IBAN}} rejected by the receiving bank. Customer "
        "{{NAME_EN}} notified on {{DATE_EN}}.",
        "Customer {{NAME_ROM}} in Taipei, phone {{PHONE_TW}}, cannot pair the device. Serial "
        "{{COMMIT}}, firmware {{VERSION}}.",
    ],
    test=[
        "Issue {{TICKET_NO}}: customer says card {{CARD}} was charged twice ({{AMOUNT}} each). "
        "Contact: {{NAME_EN}}, {{PHONE_US}}.",
        "Customer requests account deletion. Name: {{NAME_EN}}. Account e-mail {{EMAIL}}. Last login "
        "from {{IP}} on {{DATE_EN}}.",
        "Severity 2 — sync stuck at 99%. App {{VERSION}} on Windows {{VERSION}}. Trace {{UUID}}. "
        "Reproduced internally, no PII in logs.",
        "{{NAME_EN}} called from {{PHONE_INTL}} about parcel {{TRACKING}}; it shows delivered but "
        "nothing arrived at {{ADDR_US}}.",
        'Support note: user shared their ((password|pw)) "{{PASSWORD}}" in the ticket body. Asked them '
        "to reset it. Ticket {{TICKET_NO}}.",
        "Vendor changed bank details: new IBAN {{IBAN}} (old one closed). Confirmed by phone with "
        "{{NAME_EN}} at {{PHONE_INTL}}.",
        "Chargeback on invoice {{INVOICE_NO}} ({{AMOUNT}}). Merchant {{COMPANY_EN}}. Opened {{DATE_EN}}.",
        "Agent notes: spoke with {{NAME_EN}}, verified passport {{PASSPORT}} and birth date "
        "{{DOB_EN}}; wire to {{IBAN}} approved.",
    ],
)

TEMPLATES: list[Template] = [*CHAT, *EMAIL, *FORM, *TICKET]
