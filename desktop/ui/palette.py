"""Label colours for highlights and the findings list."""

from __future__ import annotations

from desktop.engine.types import Label

LABEL_COLOURS: dict[Label, str] = {
    Label.PERSON: "#f6c85f",
    Label.ADDRESS: "#9dd866",
    Label.EMAIL: "#6fb3e0",
    Label.PHONE: "#ca85d8",
    Label.TW_NATIONAL_ID: "#ff8c69",
    Label.CREDIT_CARD: "#ff6f91",
    Label.BANK_ACCOUNT: "#ffa600",
    Label.IBAN: "#ffa600",
    Label.DATE_OF_BIRTH: "#8dd3c7",
    Label.IP_ADDRESS: "#bebada",
    Label.PASSPORT: "#fb8072",
    Label.SECRET: "#e45756",
}
DEFAULT_COLOUR = "#cccccc"


def colour_of(label: Label) -> str:
    return LABEL_COLOURS.get(label, DEFAULT_COLOUR)
