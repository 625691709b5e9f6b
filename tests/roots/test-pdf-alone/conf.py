# The pdf builder alone, found through its entry point: no "reportbook" extension.
extensions = []
project = "Alone"
author = "Test author"
