// contacts: every contact (CALL or MEET event) between two actors, oldest first.
//
// An event counts when one participant is in $a_ids and another, different participant is
// in $b_ids. Sorted by date_start (undated events last), then by event id. Every modality
// is listed unless $modalities restricts them, so planned or negated meetings show up
// marked as such. An implied prior contact that REFERS_TO a stored event is that event
// (listed with its own date and report), so it is left out, as in dyad_events.
//
// Parameters:
//   $a_ids       list<string>  actor ids of the first side (see graphkit.query.refs)
//   $b_ids       list<string>  actor ids of the second side
//   $modalities  list<string>  keep only these modalities (asserted, implied_prior, planned,
//                              hypothetical, negated); an empty list keeps all
//   $contact_types  list<string>  the contact types, CALL and MEET (passed by the query layer)
//   $offset      integer       rows to skip (0 for the first page)
//   $limit       integer|null  the most rows to return after those (null for all)
//
// Rows: event_id, type, date, date_precision, date_start, modality, evidence, article_id,
// article_title, article_outlet, article_url, article_published (the article: of an event
// several articles report, the earliest published, then smallest id)
//
// Read from the pair index (graphkit.store.neo4j_index): each pair of actors of the two
// sides has its contacts' PAIR_CONTACT entries in the order of their key (the pair's
// prefix, date_start with undated last, event id), so a page is the first
// $offset + $limit entries of each pair, merged.
UNWIND $a_ids AS a
UNWIND $b_ids AS b
WITH a, b WHERE a <> b
WITH DISTINCT CASE WHEN a < b THEN [a, b] ELSE [b, a] END AS pair
WITH toString(size(pair[0])) + ':' + pair[0] + '|'
     + toString(size(pair[1])) + ':' + pair[1] + '|' AS pair_key
CALL {
  WITH pair_key
  MATCH ()-[c:PAIR_CONTACT]->(e:Event)
  WHERE c.key >= pair_key AND c.key < pair_key + '~~'
    AND e.type IN $contact_types
    AND (size($modalities) = 0 OR e.modality IN $modalities)
    AND NOT (e)-[:REFERS_TO]->(:Event)
  RETURN e
  ORDER BY c.key
  LIMIT $offset + coalesce($limit, 4294967295)
}
WITH DISTINCT e
ORDER BY e.date_start, e.id
SKIP $offset
LIMIT coalesce($limit, 4294967295)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(article:Article)
WITH e, article
ORDER BY article.published, article.id
WITH e, collect(article)[0] AS article
RETURN e.id AS event_id,
       e.type AS type,
       e.date AS date,
       e.date_precision AS date_precision,
       e.date_start AS date_start,
       e.modality AS modality,
       e.evidence AS evidence,
       article.id AS article_id,
       article.title AS article_title,
       article.outlet AS article_outlet,
       article.url AS article_url,
       article.published AS article_published
ORDER BY e.date_start, e.id
