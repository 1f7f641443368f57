"""The project lint: citations, E-E-A-T metadata, bibliography, translations, style."""
