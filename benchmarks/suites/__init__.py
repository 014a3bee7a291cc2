"""One module per group of metrics; each exposes ``run(data, quick) -> list[Row]``."""
