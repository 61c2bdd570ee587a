"""Study metadata used by ImmPort's web UI (summary, design, study files, accessions, release version)."""

from immport.ui.api import AsyncStudyMetadata, StudyMetadata
from immport.ui.models import StudyLink, StudyPubmed, StudySummary

__all__ = ["AsyncStudyMetadata", "StudyLink", "StudyMetadata", "StudyPubmed", "StudySummary"]
