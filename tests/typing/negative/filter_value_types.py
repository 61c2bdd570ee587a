"""Rule: filter values are typed: a number filter takes a number, a facet str or a list of str."""

import immport

with immport.Client() as client:
    client.results.elisa(min_subject_age_gte="old")  # E: No overload variant of "elisa" of "Results"
    client.search.studies(page_size="10")  # E: Argument "page_size" to "studies" of "Search"
    client.search.studies(species=3)  # E: Argument "species" to "studies" of "Search"
