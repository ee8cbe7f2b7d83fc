"""Other annotation tools' file formats, one module each: readers and writers.

`files` decides which reader reads a file; `common` maps foreign label names through the
schema. brat standoff, doccano JSONL, Label Studio JSON, WebAnno / INCEpTION TSV 3 and
Prodigy's JSONL (which is also our own) are read; all but TSV are written by `annotate
export`.
"""
