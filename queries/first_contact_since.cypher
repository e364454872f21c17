// first_contact_since: the most recent contact between two actors before a date.
//
// "Putin and Trump spoke on 2025-02-12 for the first time since ...?" -> the latest CALL or
// MEET event (modality asserted or implied_prior: contacts that happened, not planned,
// hypothetical or negated ones) with one participant in $a_ids and another, different
// participant in $b_ids whose date_start is strictly before $on, and the gap in days from
// that date_start to $on. A month- or year-precision date counts from its first day
// (2022-09 -> 2022-09-01); undated events are ignored. Returns one row, or none.
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
//       article_id, article_title, article_url, gap_days (integer); the article is, of an
//       event several articles report, the earliest published (then smallest id)
// (The hint keeps the plan starting from the actors' id index: for a dense pair with no
// contact before $on, Neo4j otherwise chose a backwards scan of the date_start index.)
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
USING INDEX y:Actor(id)
WHERE x.id IN $a_ids AND y.id IN $b_ids AND x.id <> y.id
  AND e.type IN $contact_types
  AND e.modality IN $happened
  AND e.date_start < $on
WITH DISTINCT e
ORDER BY e.date_start DESC, e.id
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
       duration.inDays(date(e.date_start), date($on)).days AS gap_days
