-- A regulation's title and full text as the case archive's Chinese analysis reads them (CJK bigrams, Latin words
-- lower-cased), space-separated with a space at each end and ' | ' between title and text, so a word is found with
-- LIKE '% <its tokens> %' on H2 and PostgreSQL alike. Written with each save; NULL for rows stored before this column,
-- which the first search of their city fills in.
ALTER TABLE regulation ADD COLUMN search_tokens VARCHAR(1000000);
