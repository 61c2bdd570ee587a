"""Rule: a row field is ``X | None``: using it as ``X`` without narrowing is a type error (not Any)."""

import immport

with immport.Client() as client:
    row = client.results.elisa(study_accession="SDY2")[0]
    total: float = row.value_preferred  # E: Incompatible types in assignment
    print(row.no_such_field)  # E: "VElisaResult" has no attribute "no_such_field"
