"""Rule: TSV is asked for with format="tsv" only; as_tsv and other formats are type errors."""

import immport

with immport.Client() as client:
    client.lookups.disease(as_tsv=True)  # E: Unexpected keyword argument "as_tsv"
    client.lookups.disease(format="csv")  # E: No overload variant of "disease" of "Lookups" matches
