"""What each sentence is: its layout kind (`structure`), how sure it is (`certainty`), its kind
(`kinds`), its rhetoric (`rhetoric`), and the evidence gaps of lead-in lines (`gaps`)."""
