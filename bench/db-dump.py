#!/usr/bin/env python3
"""Prints a stable dump of ProgramaBot's SQLite tables (read-only), optionally only the conversations whose
ids start with a prefix — the fuzzer compares the dump before and after to prove stored data was not touched.
usage: db-dump.py DB_FILE [ID_PREFIX...]"""
import hashlib
import sqlite3
import sys

db, prefixes = sys.argv[1], sys.argv[2:]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
for table in tables:
    rows = con.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
    # Per conversation (first column its id): in local mode the fuzzer's own conversations get a reference and, once a
    # question is answered, a remembered subject (conversation memory); the seeded conversations' rows must not change.
    if table in ("conversation_references", "conversation_subjects") and prefixes:
        rows = [r for r in rows if any(str(r[0]).startswith(p) for p in prefixes)]
    if not rows:
        continue  # a store creates its (empty) tables on first use: that is schema, not stored data
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    print(f"{table}\t{len(rows)} rows\tsha256={digest}")
