# Keys of a provider's shape: errors.
OPENAI_KEY = "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"
CLAUDE_KEY = "sk-ant-api03-rLhNQZGSbh_5QwGNgv21Q4cLSWSCctF07i8pJuHMI2OGVIAnFRwTA57-ClKifkAeAtOPyw5lsqDgRknb4DI4rx2g1ZDw8AA"
LEGACY_KEY = "sk-3oe1HFxv8F3jlOO58GIej1234gEpq44XH5gV2RKde0000Wic"  # 48 random characters, 1234 and 0000 inside
# Random-looking, of no provider's shape: a warning.
OTHER_KEY = "sk-Zq8vN3kLm2Tx7RbW9yHc4DfG"
# Placeholders: nothing.
A = "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
B = "sk-your-api-key-goes-here-please"
C = "sk-synthetic-sentinel-secret-721"
D = "sk-ant-abcdefghijklmnop"
