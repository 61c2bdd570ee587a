"""Study metadata used by ImmPort's web UI (summary, design, study files, accessions, release version)."""

from immport.study_metadata.api import AsyncStudyMetadata, StudyMetadata
from immport.study_metadata.models import StudyLink, StudyPubmed, StudySummary

__all__ = ["AsyncStudyMetadata", "StudyLink", "StudyMetadata", "StudyPubmed", "StudySummary"]
