"""The spaCy pipeline: extensions, factories, and loading the model once."""

# Sentences per model batch, unless the caller says otherwise. Larger batches amortise the
# per-batch cost of the model's layers and of the parser's and NER's stepped decoding: on
# news, 256 sentences run about a tenth faster than 64 for the same claims, and the group
# limits of the runner bound memory whatever the batch.
BATCH_SIZE = 256
