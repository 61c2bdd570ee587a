"""Rule: a filter has one spelling; a typo, the removed ``__gte`` style and wire names are type errors."""

import immport

with immport.Client() as client:
    client.results.elisa(studyy_accession="SDY1")  # E: Unexpected keyword argument "studyy_accession"
    client.results.elisa(min_subject_age__gte=18)  # E: Unexpected keyword argument "min_subject_age__gte"
    client.results.elisa(minSubjectAgeGte=18)  # E: Unexpected keyword argument "minSubjectAgeGte"
    client.search.studies(specis="Homo sapiens")  # E: Unexpected keyword argument "specis"
