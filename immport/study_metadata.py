"""The former name of :mod:`immport.ui` (``client.ui``), kept so imports written against it still work."""

from immport.ui import AsyncStudyMetadata, StudyLink, StudyMetadata, StudyPubmed, StudySummary

__all__ = ["AsyncStudyMetadata", "StudyLink", "StudyMetadata", "StudyPubmed", "StudySummary"]
