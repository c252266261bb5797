"""The lessons as data of the installed package `lab.lessons` (see lab/resources.py); no code here."""
