"""Widgets drawn by the screens: the highlighted article and the side panel."""
