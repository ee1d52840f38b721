"""The spaCy pipeline: extensions, factories, and loading the model once."""

# Sentences per model batch, unless the caller says otherwise. Larger batches amortise the
# per-batch cost of the model's layers and of the parser's and NER's stepped decoding: on
# news, 256 sentences run about a tenth faster than 64 for the same claims, and the group
# limits of the runner bound memory whatever the batch.
BATCH_SIZE = 256
# Sentences per batch of the embedding layer (tok2vec) inside those batches: its
# convolutions over a batch of 64 sentences stay in the processor's cache, and run about a
# tenth faster than over 256 (the parser and NER after it keep the larger batches).
TOK2VEC_BATCH_SIZE = 64
