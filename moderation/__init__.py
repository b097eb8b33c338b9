"""Scoring layer: Detoxify toxicity, the explainable incitement detector and the moderation policy."""
