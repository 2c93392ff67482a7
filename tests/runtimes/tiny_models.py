"""Tiny random-weight models written by the tests: a Gemma-2-architecture GGUF (with Gemma's
real chat template, which rejects a system role) and an MLX Gemma 2 folder. They load in well
under a second and produce gibberish, which is what the runtime plumbing tests need; behaviour
that needs a real language model is tested with the small real GGUFs from PyPI.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

# The chat template Gemma 2 instruction-tuned models ship with.
GEMMA_CHAT_TEMPLATE = (
    "{{ bos_token }}{% if messages[0]['role'] == 'system' %}"
    "{{ raise_exception('System role not supported') }}{% endif %}"
    "{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}"
    "{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\n' + message['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\n'}}{% endif %}"
)

SPECIALS = ["<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"]
N_EMBD, N_HEAD, N_HEAD_KV, HEAD_DIM, N_FF = 64, 2, 1, 32, 128


def _vocab() -> tuple[list[str], list[int]]:
    # Control tokens, all 256 byte-fallback tokens, then printable ASCII as normal pieces so
    # that JSON can be written without byte tokens.
    tokens = list(SPECIALS)
    types = [3] * len(SPECIALS)  # CONTROL
    tokens += [f"<0x{b:02X}>" for b in range(256)]
    types += [6] * 256  # BYTE
    for char in string.printable:
        if char in " \t\n\r\x0b\x0c":
            continue
        tokens.append(char)
        types.append(1)  # NORMAL
    tokens.append("▁")
    types.append(1)
    return tokens, types


def write_tiny_gemma2_gguf(path: Path, *, n_layers: int = 2, seed: int = 0) -> Path:
    import gguf
    import numpy as np

    rng = np.random.default_rng(seed)
    tokens, types = _vocab()
    writer = gguf.GGUFWriter(str(path), "gemma2")
    writer.add_name("tiny-random-gemma2")
    writer.add_context_length(2048)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(n_layers)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD_KV)
    writer.add_key_length(HEAD_DIM)
    writer.add_value_length(HEAD_DIM)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_attn_logit_softcapping(50.0)
    writer.add_final_logit_softcapping(30.0)
    writer.add_sliding_window(512)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types(types)
    writer.add_bos_token_id(2)
    writer.add_eos_token_id(1)
    writer.add_unk_token_id(3)
    writer.add_pad_token_id(0)
    writer.add_add_bos_token(True)
    writer.add_chat_template(GEMMA_CHAT_TEMPLATE)

    def tensor(name: str, *shape: int) -> None:
        data = rng.standard_normal(shape).astype(np.float32) * 0.05
        writer.add_tensor(name, data)

    tensor("token_embd.weight", len(tokens), N_EMBD)
    for i in range(n_layers):
        tensor(f"blk.{i}.attn_norm.weight", N_EMBD)
        tensor(f"blk.{i}.attn_q.weight", N_HEAD * HEAD_DIM, N_EMBD)
        tensor(f"blk.{i}.attn_k.weight", N_HEAD_KV * HEAD_DIM, N_EMBD)
        tensor(f"blk.{i}.attn_v.weight", N_HEAD_KV * HEAD_DIM, N_EMBD)
        tensor(f"blk.{i}.attn_output.weight", N_EMBD, N_HEAD * HEAD_DIM)
        tensor(f"blk.{i}.post_attention_norm.weight", N_EMBD)
        tensor(f"blk.{i}.ffn_norm.weight", N_EMBD)
        tensor(f"blk.{i}.ffn_gate.weight", N_FF, N_EMBD)
        tensor(f"blk.{i}.ffn_up.weight", N_FF, N_EMBD)
        tensor(f"blk.{i}.ffn_down.weight", N_EMBD, N_FF)
        tensor(f"blk.{i}.post_ffw_norm.weight", N_EMBD)
    tensor("output_norm.weight", N_EMBD)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_tiny_mlx_gemma2(folder: Path, *, seed: int = 0) -> Path:
    """An MLX Gemma 2 folder: config.json, model.safetensors, a byte-level tokenizer."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.models import gemma2

    folder.mkdir(parents=True, exist_ok=True)
    tokens, _ = _vocab()
    config = {
        "model_type": "gemma2",
        "hidden_size": N_EMBD,
        "num_hidden_layers": 2,
        "intermediate_size": N_FF,
        "num_attention_heads": N_HEAD,
        "num_key_value_heads": N_HEAD_KV,
        "head_dim": HEAD_DIM,
        "rms_norm_eps": 1e-6,
        "vocab_size": len(tokens),
        "rope_theta": 10000.0,
        "attn_logit_softcapping": 50.0,
        "final_logit_softcapping": 30.0,
        "query_pre_attn_scalar": HEAD_DIM,
        "max_position_embeddings": 2048,
        "sliding_window": 512,
    }
    mx.random.seed(seed)
    model = gemma2.Model(gemma2.ModelArgs.from_dict(config))
    weights = dict(tree_flatten(model.parameters()))
    mx.save_safetensors(str(folder / "model.safetensors"), weights)
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    _write_tokenizer(folder, tokens)
    return folder


def _write_tokenizer(folder: Path, tokens: list[str]) -> None:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers

    vocab = {token: i for i, token in enumerate(tokens)}
    tokenizer = Tokenizer(
        models.WordPiece(vocab=vocab, unk_token="<unk>", max_input_chars_per_word=1000)
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Split("", behavior="isolated")
    tokenizer.decoder = decoders.Fuse()
    tokenizer.add_special_tokens(SPECIALS)
    tokenizer.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "PreTrainedTokenizerFast",
                "bos_token": "<bos>",
                "eos_token": "<eos>",
                "unk_token": "<unk>",
                "pad_token": "<pad>",
                "chat_template": GEMMA_CHAT_TEMPLATE,
            }
        ),
        encoding="utf-8",
    )
