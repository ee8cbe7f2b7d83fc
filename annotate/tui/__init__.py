"""The terminal app (Textual). The only package that imports textual; see `app.create_app`."""
