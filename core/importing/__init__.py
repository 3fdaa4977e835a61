"""Importing household lists from spreadsheets: read, map, normalise, plan, commit."""
