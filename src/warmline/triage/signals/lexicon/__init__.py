"""The data of the pattern detectors: one module per family of labels, shared fragments, idioms."""
