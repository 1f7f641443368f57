"""Japanese text support for the JAS and MED rules: the tokenizer, the term list and the
word-pattern phrase lists (``phrases``).

Nothing here imports the tokenizer's C library at import time: ``tokenizer.tokenize``
loads it on its first call, so a run whose selected rules need no tokenizer never
pays for it.
"""
