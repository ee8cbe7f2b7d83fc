"""Screens: the queue, a document, the help, and small pickers."""
