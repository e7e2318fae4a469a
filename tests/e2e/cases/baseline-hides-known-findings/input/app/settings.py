# Lines inserted above: fingerprints do not change.

KEY = "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"
OTHER = "sk-Zq8vN3kLm2Tx7RbW9yHc4DfG"
