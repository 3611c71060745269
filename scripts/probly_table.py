"""Print the `probly` rows of src/claimledger/data/probability_phrases.tsv from probly.csv:
median and interquartile range of 46 readings per phrase. Run: python scripts/probly_table.py PATH/probly.csv"""
import csv
import statistics
import sys

rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
for index, name in enumerate(rows[0]):
    values = sorted(float(r[index]) / 100 for r in rows[1:] if r[index].strip())
    q1, _, q3 = statistics.quantiles(values, n=4)
    print(f"{name.lower()}\t{statistics.median(values):.3f}\t{q1:.4f}\t{q3:.4f}\tprobly\t")
