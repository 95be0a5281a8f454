-- The sentence embeddings of each published entry (issue 14), so that search can rank by meaning without embedding
-- the whole curriculum at every start. A long entry is embedded in passages (chunk 0, 1, ...), each with the entry's
-- title; the entry is as near a query as its nearest passage. A vector is 4-byte floats, big-endian, unit length;
-- rows made by another model than the running one are recomputed at start.
create table entry_embedding (
    entry_id   uuid         not null references entry (id),
    chunk      integer      not null,
    model      varchar(100) not null,
    vector     bytea        not null,
    updated_at timestamptz  not null,
    primary key (entry_id, chunk)
);
