"""Checks this set's gold/*.json: `python3 validate.py` runs the shared checks of tests/gold_checks.py."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.exit(__import__("gold_checks").main([os.path.dirname(os.path.abspath(__file__))]))
