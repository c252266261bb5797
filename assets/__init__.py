"""The assets as data of the installed package `lab.assets` (see lab/resources.py); no code here."""
