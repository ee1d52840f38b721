"""The spaCy pipeline: extensions, factories, and loading the model once."""
