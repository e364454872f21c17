// first_contact_since: the most recent contact between two actors before a date.
//
// "Putin and Trump spoke on 2025-02-12 for the first time since ...?" -> the latest CALL or
// MEET event (modality asserted or implied_prior: contacts that happened, not planned,
// hypothetical or negated ones) with one participant in $a_ids and another, different
// participant in $b_ids whose date_start is strictly before $on, and the gap in days from
// that date_start to $on. A month- or year-precision date counts from its first day
// (2022-09 -> 2022-09-01); undated events are ignored. An implied prior contact that
// REFERS_TO a stored event is that event (dated by its own report), so it is left out: "the
// first call since September 2022" never answers for a day of September before the call.
// Returns one row, or none.
//
// Parameters:
//   $a_ids  list<string>  actor ids of the first side (a person's ids, or every actor of a
//                         country, as graphkit.query.refs.resolve_ref makes them)
//   $b_ids  list<string>  actor ids of the second side
//   $on     string        the date to look back from, YYYY-MM-DD
//   $contact_types, $happened  list<string>  graphkit's vocabulary (the query layer passes
//                         them): the contact types (CALL, MEET) and the modalities of what
//                         happened (asserted, implied_prior)
//
// Rows: event_id, type, date, date_precision, date_start, modality, evidence,
//       article_id, article_title, article_url, article_outlet, article_published,
//       gap_days (integer); the article is, of an event several articles report, the
//       earliest published (then smallest id)
// Read from the pair index (graphkit.store.neo4j_index): each pair of actors of the two
// sides has its contacts' PAIR_CONTACT entries in the order of their key (the pair's
// prefix, date_start, event id), so the latest contact of a pair before $on is one index
// seek backwards from (pair, $on), and the earliest id of that day a second, short one.
UNWIND $a_ids AS a
UNWIND $b_ids AS b
WITH a, b WHERE a <> b
WITH DISTINCT CASE WHEN a < b THEN [a, b] ELSE [b, a] END AS pair
WITH toString(size(pair[0])) + ':' + pair[0] + '|'
     + toString(size(pair[1])) + ':' + pair[1] + '|' AS pair_key
CALL {
  WITH pair_key
  MATCH ()-[c:PAIR_CONTACT]->(e:Event)
  WHERE c.key >= pair_key AND c.key < pair_key + $on
    AND e.type IN $contact_types AND e.modality IN $happened AND e.date_start < $on
    AND NOT (e)-[:REFERS_TO]->(:Event)
  RETURN e.date_start AS day
  ORDER BY c.key DESC
  LIMIT 1
}
WITH collect([pair_key, day]) AS latest, max(day) AS day
UNWIND [l IN latest WHERE l[1] = day | l[0]] AS pair_key
CALL {
  WITH pair_key, day
  MATCH ()-[c:PAIR_CONTACT]->(e:Event)
  WHERE c.key >= pair_key + day AND c.key < pair_key + day + '}'
    AND e.type IN $contact_types AND e.modality IN $happened
    AND NOT (e)-[:REFERS_TO]->(:Event)
  RETURN e
  ORDER BY c.key
  LIMIT 1
}
WITH e
ORDER BY e.id
LIMIT 1
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
       article.url AS article_url,
       article.outlet AS article_outlet,
       article.published AS article_published,
       duration.inDays(date(e.date_start), date($on)).days AS gap_days
