from desktop.engine.answer_marks import restored_value_spans
from desktop.engine.types import Label
from desktop.engine.vault import Vault


def test_marks_each_restored_value_with_its_placeholder() -> None:
    vault = Vault()
    vault.placeholder_for("王小明", Label.PERSON)
    vault.placeholder_for("王小明的哥哥", Label.PERSON)
    answer = "王小明的哥哥 and 王小明."
    assert restored_value_spans(answer, vault) == [(0, 6, "[PERSON_2]"), (11, 14, "[PERSON_1]")]


def test_empty_vault_marks_nothing() -> None:
    assert restored_value_spans("anything", Vault()) == []
