"""Rule: search hits are typed: unknown source fields and wrong types are errors."""

import immport

with immport.Client() as client:
    results = client.search.studies(term="flu")
    count: str = results.total  # E: Incompatible types in assignment
    for hit in results:
        print(hit.source.no_such_field)  # E: "StudySource" has no attribute "no_such_field"
        title: str = hit.source.brief_title  # E: Incompatible types in assignment
