"""The words that announce an English name: titles, greetings, sign-offs, form labels, phrases.

Each cue is found by the first word of its phrase (a dictionary look-up per token), then checked
with one anchored regex: that is much faster than scanning the text with a big alternation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# How strongly a cue vouches for the words after it.
TITLE = "title"  # after Mr./Dr.: any capitalised word that is not a stop word
LENIENT = "lenient"  # a name list word, or a capitalised word that is not an English word
KNOWN = "known"  # name list words only
STRICT = "strict"  # name list words only, and not only ambiguous ones ("Grant Park")


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split("|") if p.strip())


@dataclass(frozen=True)
class Cue:
    phrases: tuple[str, ...]
    after: str  # regex for what follows the phrase, up to the name
    mode: str
    many: bool = False  # a list of names may follow ("To: A, B and C")
    whole_line: bool = False  # the name must end its line (sign-offs)
    line_start: bool = False  # the phrase must begin its line
    next_line: bool = False  # the name may stand on the next line ("Name:\nJohn Smith")
    case_sensitive: bool = False
    two_words: bool = False  # only names of two words or more (a lone word stays ambiguous)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        words = sorted(self.phrases, key=len, reverse=True)
        alternatives = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in words)
        flags = 0 if self.case_sensitive else re.IGNORECASE
        return re.compile(rf"(?:{alternatives}){self.after}", flags)


_NAME_OWNERS = (
    "full first last given family legal preferred middle maiden customer client patient contact"
    " account cardholder sender recipient employee student guest passenger applicant beneficiary"
    " insured buyer seller driver your my his her member"
)
_NAMED_FIELDS = tuple(
    f"{owner} {noun}" for owner in _NAME_OWNERS.split(" ") for noun in ("name", "names", "'s name")
)
# "Name: X", "Name | X", "Name\tX", "Name ...... X"; weak labels also "name=X".
# "Name on card [Pimchanok Srisuk]"; "Applicant 2: X", "Guest #1: X" number the people
# "Full name (SURNAME first): X": a short note in brackets before the colon
_LABEL_AFTER = (
    r"(?:\(s\)|[ \t]+#?[0-9]{1,2}|[ \t]*\([^()\n]{1,25}\)(?=[ \t]*:))?"
    r"[ \t]*(?:[:|\t\[]|\.{2,}|_{2,})[ \t]*"
)
_WEAK_LABEL_AFTER = r"[ \t]*(?:[:=|\t]|\.{2,}|_{2,})[ \t]*"

_PERSON_FIELDS = (
    *_NAMED_FIELDS,
    *_phrases(
        "name|surname|name on card|name on the card|customer|client|patient|contact person"
        "|contact|recipient|addressee|account holder|account name|cardholder|card holder"
        "|beneficiary|applicant|passenger|insured|policyholder|policy holder|tenant|landlord"
        "|guardian|parent|spouse|emergency contact|next of kin|attn|attention|c/o|payee|payer"
        "|remitter|consignee|shipper|ship to|bill to|deliver to|buyer|seller|candidate"
        "|interviewee|physician|witness|student|employee|guest|lessee|lessor|occupant|resident"
        "|pt"
    ),
)

_ROLE_NOUNS = (
    "owner|host|agent|driver|author|speaker|organizer|organiser|attendee|participant|member"
    "|reporter|assignee|reviewer|approver|doctor|teacher|engineer|technician|representative"
    "|manager|landlord|tutor|nurse|courier|caregiver|nanny|interpreter|witness|broker|referee"
)
_STRONG_PERSON_NOUNS = (
    "applicant|cardholder|card holder|account holder|passenger|patient|beneficiary|tenant"
    "|payee|consignee|traveller|traveler|guardian|spouse|interviewee|policyholder|lessee|lessor"
)

CUES: tuple[Cue, ...] = (
    Cue(
        _phrases(
            "Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Doctor|Prof|Professor|Sir|Dame|Madam|Madame|Mme|Mlle"
            "|Lady|Lord|Rev|Capt|Captain|Sgt|Herr|Frau|Sra|Srta|MR|MRS|MS|MISS|DR|PROF"
            # forms of address of the Philippines, Indonesia and Thailand; engineer, attorney
            "|Ate|Kuya|Mbak|Bapak|Ibu|Khun|Engr|Atty|Hj|Hjh"
        ),
        r"(?:\.[ \t]*|[ \t]+)",
        TITLE,
        case_sensitive=True,
    ),
    Cue(
        _phrases("dear|hi|hello|hey|hiya|howdy|greetings|yo"), r"[ \t]*,?[ \t]+", LENIENT, many=True
    ),
    Cue(
        _phrases(
            "good morning|good afternoon|good evening|thanks|thank you|thx|cheers|congrats"
            "|congratulations|welcome|bye|goodbye"
        ),
        r"[ \t]*,?[ \t]+",
        STRICT,
        many=True,
    ),
    Cue(
        _phrases(
            "regards|best regards|kind regards|warm regards|warmest regards|best wishes"
            "|many thanks|thanks|thank you|cheers|sincerely|yours sincerely|yours truly"
            "|yours faithfully|respectfully|cordially|best|all the best|with best regards"
            "|with kind regards|love|take care|talk soon|br|rgds|thx|warmly|yours"
        ),
        # the name on the same line, the next one or after a blank line
        r"[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*){0,2}|[.!]?[ \t]*(?:\r?\n[ \t]*){1,2})",
        LENIENT,
        whole_line=True,
        line_start=True,
    ),
    Cue(_PERSON_FIELDS, _LABEL_AFTER, LENIENT, next_line=True),
    # Nouns that can only be followed by a person: a name of any origin, without a colon
    # ("cardholder Anucha Srisuk", "the policyholder is Maisie Haddock").
    Cue(_phrases(_STRONG_PERSON_NOUNS), r"[ \t]+(?:(?:is|was|will be)[ \t]+)?", LENIENT),
    # Written in lower case only: "NEW HIRE ONBOARDING" is a heading, "PT Bank" a firm.
    Cue(_phrases("new starter|new hire|new joiner|pt"), r"[ \t]+", LENIENT, case_sensitive=True),
    Cue(_PERSON_FIELDS, r"[ \t]+", KNOWN),
    # "1:1 notes w/ Oluwaseun": one name is enough after "w/"
    Cue(_phrases("w/"), r"[ \t]*", LENIENT),
    # "Driver: Somsak Wongsuwan", "Assignee: Nguyen Van An": a role label with a colon takes a
    # full name of any origin.
    Cue(_phrases(_ROLE_NOUNS), r"[ \t]*:[ \t]*", LENIENT, two_words=True),
    # A role in apposition, "Our agent, Park Ji-hoon, will meet you": a full name between commas.
    Cue(_phrases(_ROLE_NOUNS), r"[ \t]*,[ \t]*", LENIENT, two_words=True),
    # "broker Kang Ha-eun": a role noun and a full name of listed words
    Cue(_phrases(_ROLE_NOUNS), r"[ \t]+", KNOWN, two_words=True),
    # Verbs whose object is a person, before a full name of any origin: "met Anucha Srisuk",
    # "paid Ratchanee Chaiyaporn", "handed it to Kittisak Phromsiri".
    Cue(
        _phrases(
            "met|paid|told|thanked|called|emailed|e-mailed|texted|messaged|invited|hired|fired"
            "|introduced|married|helped|pinged|contacted|hugged|interviewed|recommended"
            "|it to|them to|this to|that to|these to|those to|everything to|over to|the keys to"
            "|the money to|the file to|the form to|the parcel to|the package to|meeting|seeing"
            "|calling|visiting|paying|telling|asking|helping|w/|reports that|said that|says that"
            "|confirmed that|mentioned that|thinks that|asked|name|user"
        ),
        r"[ \t]+",
        LENIENT,
        many=True,
        two_words=True,
    ),
    # Key-value and JSON fields: name="Kittisak Wongsawat", "full_name": "Nguyen Van An",
    # "owner": "Achieng Wambui" (quoted: a person's field, not a code's).
    Cue(
        _phrases(
            "name|full_name|fullname|customer_name|display_name|contact_name|holder_name|owner"
            "|holder|cardholder|assignee|reporter|author|customer|passenger|guest|employee"
            "|patient|recipient|sender|driver|tenant|applicant|beneficiary|payee|contact"
        ),
        r"[\"']?[ \t]*[:=][ \t]*[\"']",
        LENIENT,
    ),
    # "customer name=R. Suzuki": a name field in a log line
    Cue(_NAMED_FIELDS, r"[ \t]*=[ \t]*", LENIENT),
    # Unquoted log fields: employee=Fujiwara Shun, holder=Siti Hidayat.
    Cue(
        _phrases(
            "employee|customer|holder|cardholder|guest|patient|passenger|tenant|applicant"
            "|recipient|payee|beneficiary|member|owner|contact|full_name|display_name|user"
        ),
        r"[ \t]*=[ \t]*",
        LENIENT,
    ),
    # sshd and PAM logs name the account that tried to log in: often a person's given name.
    Cue(
        _phrases(
            "failed password for|accepted password for|accepted publickey for|invalid user"
            "|authentication failure for|session opened for user|session closed for user"
        ),
        r"[ \t]+(?:invalid[ \t]+user[ \t]+)?",
        LENIENT,
    ),
    # "I'm Kanokwan Phromsiri": a full name of any origin; a lone "I'm Grace" stays STRICT.
    Cue(_phrases("i am|i'm|it's|it’s|this is"), r"[ \t]+", LENIENT, two_words=True),
    # "Hey it's Wanjiru from spin class": one name-like word, then from/here
    Cue(_phrases("it's|it’s|this is"), r"[ \t]+(?=[A-Z][^ \t\n]+[ \t]+(?:from|here)\b)", LENIENT),
    # "Wire details for Kittisak Phromsiri:", "booked for Nguyen Van An", "born to ..."
    Cue(
        _phrases("details for|booked for|reserved for|ticket for|invoice for|paid for|born to"),
        r"[ \t]+",
        LENIENT,
    ),
    Cue(
        _phrases(
            "assigned to|requested by|reported by|submitted by|approved by|reviewed by"
            "|prepared by|created by|signed by|authorised by|authorized by|referred by"
            "|written by|authored by|on behalf of|addressed to|my name is|my name's|call me|cc"
            "|hosted by|taken by|led by|chaired by|booked by|paid by|sent by|signed for by"
            "|collected by|rotated by|one-on-one with|one on one with"
        ),
        r"(?:[ \t]*[:-][ \t]*|[ \t]+)",  # "Referred by - Min-jun Jung"
        LENIENT,
        many=True,
    ),
    Cue(
        _phrases(
            "owner|host|agent|driver|author|authors|speaker|organizer|organiser|attendee"
            "|attendees|participant|participants|member|members|reporter|assignee|reviewer"
            "|reviewers|approver|signature|signed|doctor|teacher|engineer|technician"
            "|representative|rep|manager|lead|pic|poc|sales|from|to|cc|bcc|reply-to|sender"
        ),
        _WEAK_LABEL_AFTER,
        STRICT,
        many=True,
    ),
    # Verbs whose object is a person: a name of any origin may follow ("ask Thandiwe").
    Cue(
        _phrases(
            "ask|ping|tell|remind|loop in|looped in|cc'd|copied|spoke with|spoke to|talked to"
            "|talked with|met with|meeting with|escalating to|escalated to|forward it to"
            "|forwarded to|forwarding to|handed over to|handled by|fixed by|revoked by"
            "|introduced by|introduce|welcome|thanks|thank you|thanks to|shout-out to"
            "|shoutout to|congrats|congratulations|apologies|attendees|participants|panel"
            "|present|absent|invitees|speakers|approvers|reviewers"
        ),
        r"(?:[ \t]*:[ \t]*|[ \t]*,?[ \t]+)",
        LENIENT,
        many=True,
    ),
    Cue(
        _phrases(
            "i am|i'm|this is|it's|meet|ask|ping|tell|talk to|speak to|speak with|reach out to"
            "|thanks to|remind|call|email|e-mail|message|text|told|asked|contact|named|with"
        ),
        r"[ \t]+",
        STRICT,
    ),
)


def _by_head(cues: tuple[Cue, ...]) -> dict[str, tuple[Cue, ...]]:
    table: dict[str, tuple[Cue, ...]] = {}
    for cue in cues:
        heads = {p.split(" ")[0].lower() for p in cue.phrases}
        # the tokenizer reads "it's" as "it" (a possessive "'s" is not part of a word)
        heads |= {head[:-2] for head in heads if head.endswith(("'s", "’s")) and len(head) > 3}
        # and "w/" as "w": punctuation ends a word
        heads |= {head.rstrip("/:.") for head in heads if head.endswith(("/", ":", "."))}
        for head in heads:
            table[head] = (*table.get(head, ()), cue)
    return table


CUES_BY_HEAD = _by_head(CUES)

# Chinese labels and phrases followed by a name in Latin script: "聯絡人 John Smith".
ZH_LABEL_RE = re.compile(
    r"(?:名字(?:好像|應該|大概)叫|姓名|名字|英文名字?|英文姓名|聯絡人|聯繫人|連絡人|收件人|寄件人|收貨人|客戶名稱|客戶"
    r"|負責人|承辦人|經辦人|申請人|持卡人|戶名|受款人|匯款人|收款人|病患|病人|家長|監護人"
    r"|緊急聯絡人|學生|員工|業務|聯絡窗口|窗口|簽名|代理人|房東|房客|買家|賣家|乘客|旅客"
    r"|住客|會員|主管|我是|我叫|叫我|本人|外籍配偶|配偶|外籍看護|看護|移工|民眾|客人|承租人|出租人"
    r"|租客|房客姓名|住戶|屋主|要保人|被保險人|受益人|預約人|訂房人|訂購人|旅客姓名|乘客姓名"
    r"|名叫|叫做|[他她]叫|就診者|個案|案主)"
    r"(?:[ \t]*[(（][^)）\n]{1,10}[)）])?[ \t]*[:]?[ \t]*"
)
# A chat line "Valentina: on it" / "[10:32] Kabir: ok": a speaker, then a message that starts in
# lower case or in another script (headers such as "Subject: Re" start with a capital).
# Before the speaker there may be a time: "[10:32]", "10:32 ", or an export's stamp and a dash
# ("2025/5/16 01:31 - ", "16.05.25, 1:31 PM - ", "2:51 AM - ").
CHAT_SPEAKER_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\[[^\]\n]{1,40}\][ \t]*|[0-9]{1,2}:[0-9]{2}[ \t]+"
    r"|(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?[ \t]+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[-–][ \t]+)?"
    r"(?=[A-Z][^\n:]{0,40}:[ \t]*(?:[a-z\u4e00-\u9fff\U0001f300-\U0001faff]|I[ '’]))"
)
# A Slack-style header line: the speaker, spaces, the time ("Sato Misaki  9:14 AM"; OCR reads
# the gap as one space: "R. Davis 12:45"). A tab may stand before it (a sidebar on the left).
SLACK_SPEAKER_RE = re.compile(
    r"(?:^|\n|\t)(?=[^\n\t]{2,40}?[ \t]+(?:上午|下午)?[0-9]{1,2}:[0-9]{2}(?:[ \t]?[AaPp][Mm])?"
    r"[ \t]*(?:\n|$))"
)
# A signature line: "-- " or "- " and the name on it or on the next line.
SIGNATURE_DASH_RE = re.compile(r"(?:^|\n)[ \t]*(?:--|-|~)[ \t]*(?:\r?\n[ \t]*)?")
# Chinese words that take a person as their object, before a name in Latin script (請
# Zimmermann Henrik 盡快, 轉帳給 Ha-eun Moon): the name must be listed (KNOWN), as 請 Jira is not.
ZH_OBJECT_RE = re.compile(r"(?:請|幫|給|跟|和|問|找|通知|告訴|提醒|麻煩|拜託|交給|轉給|寄給)[ \t]*")
# After the name: an e-mail address in angle brackets, or a Chinese honorific or sign-off.
EMAIL_AFTER_RE = re.compile(r"[\"'”]?[ \t]*[<(（][^<>()（）\s@]+@[^<>()（）\s]+[>)）]")
ZH_AFTER_RE = re.compile(
    r"[ \t]*(?:先生|小姐|女士|老師|經理|醫師|醫生|博士|教授|律師|同學|主任|總經理|董事長|敬上"
    r"|您好|你好)"
)
