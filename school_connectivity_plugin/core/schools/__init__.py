"""Reading a national school list and making it the normalised school table: readers (text in chunks, workbooks),
column aliases, value normalisation, validation and speed classes. Imports core.definitions and core.network."""
