"""Reusable Qt widgets that know no screen of the app."""
