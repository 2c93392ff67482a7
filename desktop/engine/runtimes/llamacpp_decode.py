"""Greedy decoding with a grammar, checked lazily (inside the llama.cpp worker only).

llama-cpp-python applies a grammar to the whole vocabulary at every step. With Gemma's 256k
tokens that costs tens of milliseconds per token and made a constrained scrub on an H100 about
15 times slower than free decoding. llama.cpp's own tools avoid it the same way as here: take
the greedy token, ask the grammar about that one token, and only when it is rejected apply the
grammar to the full vocabulary. The result is identical to full constrained greedy decoding.

The prompt's longest common prefix with the tokens already in the KV cache is kept, so the
detector's fixed instructions are evaluated once per worker.
"""

from __future__ import annotations

import ctypes
import math
import time
from typing import Any

from desktop.engine.errors import ModelError
from desktop.engine.runtimes.base import ContextOverflow, Generation

# Gemma's turn format, used for models whose GGUF carries no chat template (base models).
FALLBACK_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if message['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "{% set role = 'model' if message['role'] == 'assistant' else message['role'] %}"
    "{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}"
)


class LazyGrammar:
    """A llama.cpp grammar sampler that is consulted token-first, vocabulary-second."""

    def __init__(self, llm: Any, gbnf: str) -> None:
        import llama_cpp
        import numpy as np

        self._llama_cpp = llama_cpp
        vocab = llama_cpp.llama_model_get_vocab(llm.model)
        self.sampler = llama_cpp.llama_sampler_init_grammar(vocab, gbnf.encode(), b"root")
        if not self.sampler:
            raise ModelError("llama.cpp could not compile the output grammar")
        n_vocab = llm.n_vocab()
        self.full = (llama_cpp.llama_token_data * n_vocab)()
        self.full_view = np.ctypeslib.as_array(self.full)
        self.full_view["id"] = np.arange(n_vocab, dtype=np.int32)
        self.one = (llama_cpp.llama_token_data * 1)()
        self.full_passes = 0

    def _apply(self, data: Any, size: int) -> None:
        llama_cpp = self._llama_cpp
        candidates = llama_cpp.llama_token_data_array(
            data=ctypes.cast(data, llama_cpp.llama_token_data_p),
            size=size,
            selected=-1,
            sorted=False,
        )
        llama_cpp.llama_sampler_apply(self.sampler, ctypes.byref(candidates))

    def pick(self, logits: Any) -> int | None:
        """The highest-scoring token the grammar allows, or None at a dead end."""
        import numpy as np

        token = int(np.argmax(logits))
        self.one[0] = self._llama_cpp.llama_token_data(token, float(logits[token]), 0.0)
        self._apply(self.one, 1)
        if not math.isinf(self.one[0].logit):
            return token
        self.full_passes += 1
        self.full_view["logit"] = logits
        self._apply(self.full, len(self.full_view))
        best = int(np.argmax(self.full_view["logit"]))
        return None if math.isinf(float(self.full_view["logit"][best])) else best

    def reset(self) -> None:
        self._llama_cpp.llama_sampler_reset(self.sampler)

    def accept(self, token: int) -> None:
        self._llama_cpp.llama_sampler_accept(self.sampler, token)

    def close(self) -> None:
        if self.sampler:
            self._llama_cpp.llama_sampler_free(self.sampler)
            self.sampler = None


def render_prompt(llm: Any, user_turn: str) -> list[int]:
    """The templated single-user-turn prompt as tokens (Gemma rejects a system role)."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    template = llm.metadata.get("tokenizer.chat_template") or FALLBACK_TEMPLATE

    def token_text(token: int) -> str:
        if token < 0:
            return ""
        return str(llm.detokenize([token], special=True).decode("utf-8", errors="replace"))

    formatter = Jinja2ChatFormatter(
        template=template,
        eos_token=token_text(llm.token_eos()),
        bos_token=token_text(llm.token_bos()),
        add_generation_prompt=True,
    )
    result = formatter(messages=[{"role": "user", "content": user_turn}])
    tokens: list[int] = llm.tokenize(
        result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True
    )
    return tokens


def _reuse_prefix(llm: Any, tokens: list[int]) -> int:
    """Keep the KV cache's common prefix with `tokens`; return how many tokens it keeps."""
    cached = llm.input_ids[: llm.n_tokens].tolist()
    keep = 0
    for old, new in zip(cached, tokens, strict=False):
        if old != new:
            break
        keep += 1
    keep = min(keep, len(tokens) - 1)  # the last prompt token is re-run to get fresh logits
    llm.n_tokens = keep  # eval() drops the cache beyond n_tokens before decoding
    return keep


_LOOP_MIN_PERIOD, _LOOP_MAX_PERIOD, _LOOP_REPEATS, _LOOP_CHECK_EVERY = 4, 64, 3, 8


def is_looping(tokens: list[int]) -> bool:
    """True when the output ends in the same run of tokens three times over.

    Small models decoded greedily fall into loops (the same JSON item again and again); a
    repeated item adds nothing, so generation stops there and the parser keeps what came before.
    """
    n = len(tokens)
    for period in range(_LOOP_MIN_PERIOD, min(_LOOP_MAX_PERIOD, n // _LOOP_REPEATS) + 1):
        tail = tokens[n - period :]
        if all(
            tokens[n - (k + 1) * period : n - k * period] == tail for k in range(1, _LOOP_REPEATS)
        ):
            return True
    return False


def greedy_generate(
    llm: Any, prompt_tokens: list[int], max_tokens: int, grammar: LazyGrammar | None
) -> Generation:
    import llama_cpp
    import numpy as np

    if len(prompt_tokens) + max_tokens > llm.n_ctx():
        raise ContextOverflow(
            f"the request needs {len(prompt_tokens) + max_tokens} tokens; the context holds "
            f"{llm.n_ctx()}"
        )
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    started = time.perf_counter()
    reused = _reuse_prefix(llm, prompt_tokens)
    llm.eval(prompt_tokens[reused:])
    prompt_s = time.perf_counter() - started
    n_vocab = llm.n_vocab()
    output: list[int] = []
    finish = "length"
    for _ in range(max_tokens):
        pointer = llama_cpp.llama_get_logits_ith(llm.ctx, -1)
        logits = np.ctypeslib.as_array(pointer, shape=(n_vocab,))
        token = grammar.pick(logits) if grammar else int(np.argmax(logits))
        if token is None or llama_cpp.llama_vocab_is_eog(vocab, token):
            finish = "stop"
            break
        if grammar:
            grammar.accept(token)
        output.append(token)
        if len(output) % _LOOP_CHECK_EVERY == 0 and is_looping(output):
            finish = "repetition"
            break
        llm.eval([token])
    text = llm.detokenize(output).decode("utf-8", errors="ignore")
    return Generation(
        text=text,
        prompt_tokens=len(prompt_tokens),
        evaluated_tokens=len(prompt_tokens) - reused,
        generated_tokens=len(output),
        wall_s=time.perf_counter() - started,
        finish_reason=finish,
        prompt_s=prompt_s,
    )
