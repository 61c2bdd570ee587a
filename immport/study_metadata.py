"""Old name of ``immport.ui`` (``client.ui``), kept so existing imports keep working."""

from immport.ui import AsyncStudyMetadata, StudyLink, StudyMetadata, StudyPubmed, StudySummary

__all__ = ["AsyncStudyMetadata", "StudyLink", "StudyMetadata", "StudyPubmed", "StudySummary"]
