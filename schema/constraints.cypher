// graphkit's Neo4j schema, applied by Neo4jStore when it opens: each statement creates one
// named index or constraint and runs only when the database has no index or constraint of
// that name (and every statement is IF NOT EXISTS anyway). Statements end with ';'; lines
// starting with // are comments.
//
// Uniqueness of the key property of each label (this also indexes it, so MERGE on id
// is an index lookup).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
// The one node every write locks first, so that writers running at once write one after
// the other (graphkit.store.neo4j_write.WRITE_LOCK); no part of the graph.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:GraphkitWriteLock) REQUIRE n.id IS UNIQUE;

// Indexes for the named queries and common filters.
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.date_start);
CREATE INDEX actor_country IF NOT EXISTS FOR (n:Actor) ON (n.country);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
// Cross-article resolution re-clusters the events of one type and participant key, and
// only near the days of a write's reports (graphkit.store.windows): events by their
// start, interval events (one report each) by their end: only they have the second label
// IntervalEvent (graphkit.store.neo4j_index.INTERVAL_LABEL), so only they pay an entry of
// that index. (The family alone is the first property of both; indexes of earlier schemas,
// event_resolution_key and event_family_interval (every event by family, precision and
// end), are dropped on open: graphkit.store.neo4j.RETIRED_INDEXES.)
CREATE INDEX event_family_date IF NOT EXISTS FOR (n:Event) ON (n.resolution_key, n.date_start);
CREATE INDEX event_interval_end IF NOT EXISTS
    FOR (n:IntervalEvent) ON (n.resolution_key, n.date_end);
// Actors by a word of their name or an alias, accents folded (graphkit.query.refs).
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]
    OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding',
                           `fulltext.eventually_consistent`: false}};
