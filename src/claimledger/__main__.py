"""`python -m claimledger ...` is the same as the `claimledger` command."""
from .cli import main

main()
