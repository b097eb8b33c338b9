"""A leaner forward pass over a loaded Detoxify model's own weights, for the scoring path.

Detoxify's classifiers read one vector per text: the first token's output of the last layer. The
Hugging Face forward still computes every layer for every token. This pass keeps the same weights
and the same arithmetic up to float rounding, and drops what the answer cannot depend on:

- **The last layer is reassociated around the first token.** Its query is one vector per head, so
  `q·(W_k x_i + b_k)` becomes `(q W_k)·x_i` (the `q·b_k` term is the same for every key and cancels
  in the softmax), and `Σ p_i (W_v x_i + b_v)` becomes `W_v (Σ p_i x_i) + b_v` (the weights sum to 1).
  That layer then costs a few thousand FLOPs per token instead of millions, and its feed-forward
  runs on one row per text.
- **Fused query/key/value projection** in the other layers: one matmul instead of three, and the
  feed-forward block runs on 2-D rows with the residual accumulated in place.
- **Prepacked projections on CPU** (`_Projection`): oneDNN's linear with the weight reordered once at
  load, and the bias, gelu and residual add applied inside the matmul, instead of MKL re-packing the
  weight on every call and separate passes for the rest. Still fp32 throughout (oneDNN's default
  "ieee" math mode); about 3% of the comment-level path on the bundled MiniLM.

It covers BERT- and RoBERTa-style encoders (Detoxify's `original`, `unbiased` and `multilingual`
models and the bundled MiniLM), and refuses anything else, which then runs Hugging Face's forward.
`LoadedModel` also checks it against that forward on a probe batch before using it.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F

log = logging.getLogger(__name__)

# How many layer outputs below the last one the incitement features average over tokens. The
# first-token vector is tuned to toxicity; token means of the layers under it keep more of what a
# sentence says about whom (a quoted call versus a call), which cross-validation rewarded.
POOLED_LAYERS = 2


def pooled_layers(num_layers: int) -> int:
    """How many layer outputs below the last get pooled for a model of `num_layers` layers."""
    return max(0, min(POOLED_LAYERS, num_layers - 1))

# Heads whose first-token output feeds the classifier, by the Hugging Face class that wraps them.
_BERT_HEADS = {"BertForSequenceClassification"}
_ROBERTA_HEADS = {"RobertaForSequenceClassification", "XLMRobertaForSequenceClassification"}


class _Projection:
    """One linear layer, `x W^T + b`, optionally followed by exact gelu or plus a residual.

    On CPU with oneDNN the weight is reordered once into oneDNN's blocked layout and the bias, gelu
    and residual run as post-ops of the matmul. Elsewhere (CUDA, builds without oneDNN) it is `addmm`.
    """

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, *, prepack: bool) -> None:
        self.weight = weight.detach()
        self.bias = bias.detach()
        self._packed: torch.Tensor | None = None
        if prepack:
            try:
                self._packed = torch.ops.mkldnn._reorder_linear_weight(self.weight, None)
            except (RuntimeError, AttributeError) as exc:  # no oneDNN in this build
                log.info("oneDNN weight prepacking unavailable (%s); using addmm", exc)

    @property
    def prepacked(self) -> bool:
        return self._packed is not None

    def __call__(self, x: torch.Tensor, *, gelu: bool = False, residual: torch.Tensor | None = None) -> torch.Tensor:
        if self._packed is not None:
            if residual is not None:
                out: torch.Tensor = torch.ops.mkldnn._linear_pointwise.binary(
                    x, residual, self._packed, self.bias, "add"
                )
                return out
            if gelu:
                out = torch.ops.mkldnn._linear_pointwise(x, self._packed, self.bias, "gelu", [], "none")
                return out
            out = torch.ops.mkldnn._linear_pointwise(x, self._packed, self.bias, "none", [], "")
            return out
        if residual is not None:
            # addmm straight into a copy of the residual, then the bias: two passes fewer than
            # `F.linear(...) + residual` over the widest activations.
            out = torch.addmm(residual, x, self.weight.t())
            out += self.bias
            return out
        out = torch.addmm(self.bias, x, self.weight.t())
        if gelu:
            torch.ops.aten.gelu_(out)
        return out


def _can_prepack(model: Any) -> bool:
    try:
        on_cpu = next(model.parameters()).device.type == "cpu"
    except StopIteration:
        return False
    return on_cpu and bool(torch.backends.mkldnn.is_available())  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class _Layer:
    qkv: _Projection  # (3h, h): query, key and value stacked
    query_weight: torch.Tensor  # views into the stacked tensors, for the last layer
    query_bias: torch.Tensor
    key_by_head: torch.Tensor  # (heads, head_dim, h)
    value_by_head: torch.Tensor  # (heads, head_dim, h)
    value_bias: torch.Tensor  # (heads, head_dim)
    out: _Projection
    norm1: Any
    up: _Projection
    down: _Projection
    norm2: Any


class FirstTokenEncoder:
    """Logits for a padded batch, computed from a Hugging Face sequence classifier's modules."""

    def __init__(self, model: Any, *, prepack: bool = True) -> None:
        config = model.config
        self._model = model
        self._base = model.base_model
        self._heads = int(config.num_attention_heads)
        self._hidden = int(config.hidden_size)
        self._head_dim = self._hidden // self._heads
        self._scale = 1.0 / math.sqrt(self._head_dim)
        self._roberta_head = type(model).__name__ in _ROBERTA_HEADS
        self._prepack = prepack and _can_prepack(model)
        self._layers = [self._layer(layer) for layer in self._base.encoder.layer]

    def unpacked(self) -> FirstTokenEncoder:
        """The same encoder on plain weights, for torch.compile: inductor's freezing packs them itself,
        and cannot trace oneDNN's opaque prepacked tensors."""
        return self if not self._prepack else FirstTokenEncoder(self._model, prepack=False)

    @classmethod
    def build(cls, model: Any) -> FirstTokenEncoder | None:
        """The encoder for `model`, or None (with the reason logged) when its architecture is not covered."""
        reason = _unsupported(model)
        if reason is not None:
            log.info("scoring uses the Hugging Face forward: %s", reason)
            return None
        return cls(model)

    @property
    def prepacked(self) -> bool:
        """Whether the projections run through oneDNN with prepacked weights (CPU with oneDNN)."""
        return all(layer.qkv.prepacked for layer in self._layers)

    def _layer(self, layer: Any) -> _Layer:
        attention = layer.attention.self
        h, heads, d = self._hidden, self._heads, self._head_dim
        weight = torch.cat([attention.query.weight, attention.key.weight, attention.value.weight]).detach()
        bias = torch.cat([attention.query.bias, attention.key.bias, attention.value.bias]).detach()
        prepack = self._prepack

        def projection(module: Any) -> _Projection:
            return _Projection(module.weight, module.bias, prepack=prepack)

        return _Layer(
            qkv=_Projection(weight, bias, prepack=prepack),
            query_weight=weight[:h],
            query_bias=bias[:h],
            key_by_head=weight[h : 2 * h].reshape(heads, d, h),
            value_by_head=weight[2 * h :].reshape(heads, d, h),
            value_bias=bias[2 * h :].reshape(heads, d),
            out=projection(layer.attention.output.dense),
            norm1=layer.attention.output.LayerNorm,
            up=projection(layer.intermediate.dense),
            down=projection(layer.output.dense),
            norm2=layer.output.LayerNorm,
        )

    def __call__(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None = None
    ) -> torch.Tensor:
        return self.first_and_logits(input_ids, attention_mask, token_type_ids)[1]

    def first_and_logits(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """The last layer's first-token vector (what the classifier reads) and the logits."""
        first, logits, _ = self.features(input_ids, attention_mask, token_type_ids, pooled=0)
        return first, logits

    def features(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor | None = None,
        *, pooled: int = POOLED_LAYERS,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The first-token vector and logits, plus the masked token means of the `pooled` layer
        outputs just below the last (oldest first), side by side: (batch, pooled * hidden).

        The means come from layers this forward computes anyway, so they cost one reduction each.
        """
        embed_args = {"input_ids": input_ids}
        if token_type_ids is not None:
            embed_args["token_type_ids"] = token_type_ids
        x = self._base.embeddings(**embed_args)
        keep = attention_mask.bool()
        mask = keep[:, None, None, :]
        batch, width, _ = x.shape
        inner = self._layers[:-1]
        means: list[torch.Tensor] = []
        weights = keep.to(x.dtype)[:, :, None]
        counts = weights.sum(dim=1).clamp(min=1.0)
        for index, layer in enumerate(inner):
            qkv = layer.qkv(x.reshape(-1, self._hidden)).view(batch, width, 3, self._heads, self._head_dim)
            q, k, v = qkv.permute(2, 0, 3, 1, 4)
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
            context = context.transpose(1, 2).reshape(batch, width, self._hidden)
            x = self._feed_forward(layer, context, x)
            if index >= len(inner) - pooled:
                means.append((x * weights).sum(dim=1) / counts)
        first = self._last_layer(self._layers[-1], x, keep)
        pooled_means = torch.cat(means, dim=1) if means else x.new_zeros((batch, 0))
        return first, self._classify(first), pooled_means

    def _feed_forward(self, layer: _Layer, context: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
        """Output projection, residual, norm, feed-forward, residual, norm: on 2-D rows.

        The residual adds and the gelu ride on the matmuls (see `_Projection`), which saves passes
        over the widest activations compared with `F.linear(...) + residual`.
        """
        shape = residual.shape
        rows = residual.reshape(-1, self._hidden)
        attended = layer.norm1(layer.out(context.reshape(-1, self._hidden), residual=rows))
        inner = layer.up(attended, gelu=True)
        result: torch.Tensor = layer.norm2(layer.down(inner, residual=attended)).view(shape)
        return result

    def _last_layer(self, layer: _Layer, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        """The first token's output of the last layer, (batch, hidden), reassociated as the module says."""
        batch = x.shape[0]
        first = x[:, 0]
        q = F.linear(first, layer.query_weight, layer.query_bias).view(batch, self._heads, self._head_dim)
        q_keys = torch.einsum("bhd,hdi->bhi", q, layer.key_by_head) * self._scale
        scores = torch.bmm(q_keys, x.transpose(1, 2)).masked_fill(~keep[:, None, :], float("-inf"))
        pooled = torch.bmm(torch.softmax(scores, dim=-1), x)  # (batch, heads, hidden): Σ p_i x_i per head
        context = torch.einsum("bhi,hdi->bhd", pooled, layer.value_by_head) + layer.value_bias
        out: torch.Tensor = self._feed_forward(layer, context.reshape(batch, self._hidden), first)
        return out

    def _classify(self, first: torch.Tensor) -> torch.Tensor:
        sequence = first[:, None, :]  # both heads index position 0 of a (batch, length, hidden) tensor
        if self._roberta_head:
            logits: torch.Tensor = self._model.classifier(sequence)
        else:
            logits = self._model.classifier(self._base.pooler(sequence))
        return logits


def _unsupported(model: Any) -> str | None:
    """Why `FirstTokenEncoder` cannot run `model`, or None when it can."""
    name = type(model).__name__
    if name not in _BERT_HEADS | _ROBERTA_HEADS:
        return f"{name} is not a BERT or RoBERTa sequence classifier"
    config = model.config
    if getattr(config, "hidden_act", None) != "gelu":
        return f"activation {getattr(config, 'hidden_act', None)!r} is not exact gelu"
    if getattr(config, "position_embedding_type", "absolute") != "absolute":
        return "relative position embeddings"
    if getattr(config, "is_decoder", False) or getattr(config, "add_cross_attention", False):
        return "a decoder configuration"
    if config.hidden_size % config.num_attention_heads:
        return "hidden size not divisible by the head count"
    base = model.base_model
    if name in _BERT_HEADS and getattr(base, "pooler", None) is None:
        return "a BERT classifier without its pooler"
    try:
        for layer in base.encoder.layer:
            attention = layer.attention
            parts = (attention.self.query, attention.self.key, attention.self.value, attention.output.dense,
                     layer.intermediate.dense, layer.output.dense)
            if any(not isinstance(part, torch.nn.Linear) or part.bias is None for part in parts):
                return "a layer without biased linear projections"
            if not isinstance(attention.output.LayerNorm, torch.nn.LayerNorm):
                return "a layer without LayerNorm"
    except AttributeError as exc:
        return f"an unexpected layer structure ({exc})"
    if not len(base.encoder.layer):
        return "no encoder layers"
    return None
