"""The interface languages, by code with their own names: the one list the command line,
the Language menu, lesson files and the key declarations' texts follow."""

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
