"""Entities: actors merged across surface forms.

    extractor.py   the `entities` extractor (NER + alias table mentions) and `entity_for`,
                   through which events name their parties
    registry.py    EntityRegistry: mentions merged (aliases, acronyms, people's names, spellings)
    aliases.py     the alias and demonym tables
"""
