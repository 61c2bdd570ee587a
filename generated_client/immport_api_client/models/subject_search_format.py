from enum import StrEnum


class SubjectSearchFormat(StrEnum):
    JSON = "json"
    TSV = "tsv"

    def __str__(self) -> str:
        return str(self.value)
