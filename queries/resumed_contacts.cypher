// resumed_contacts: dyads whose contact resumed after a silence of at least $min_gap_days.
//
// For each pair of actors (or, with $level = 'country', each pair of countries: any of their
// actors) the contacts (CALL or MEET events, modality asserted or implied_prior, dated) are
// sorted by date_start, then event id. Each contact that follows the pair's previous contact
// by at least $min_gap_days days is a resumption; the gap counts from the previous contact's
// date_start to this one's (a month- or year-precision date counts from its first day, as in
// first_contact_since). Only resumptions whose date_start lies in [$date_from, $date_to] are
// returned; the previous contact may lie before $date_from. A pair is ordered so that a < b
// (actor ids, or country codes); actors without a country are left out at country level.
// Sorted by the resumed contact's date_start, then a, b, event id. article_id is the
// earliest published article reporting the resumed contact.
//
// An implied prior contact that REFERS_TO a stored event is that event, so it is left out.
//
// Parameters:
//   $min_gap_days  integer      the shortest silence that counts, in days
//   $date_from     string|null  first day for the resumed contact, YYYY-MM-DD, or null
//   $date_to       string|null  last day for the resumed contact, YYYY-MM-DD, or null
//   $level         string       'actor' (pairs of actors) or 'country' (pairs of countries)
//   $contact_types, $happened  list<string>  the contact types (CALL, MEET) and the
//                               modalities of what happened (asserted, implied_prior),
//                               passed by the query layer
//
// Rows: a, a_name, b, b_name (at country level the names are the codes),
//       previous_event_id, previous_type, previous_date, previous_date_start,
//       previous_evidence (the contact before the silence: what it was), event_id, type, date, date_precision, date_start, modality, evidence, article_id,
//       gap_days (integer)
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE e.type IN $contact_types
  AND e.modality IN $happened
  AND e.date_start IS NOT NULL
  AND NOT (e)-[:REFERS_TO]->(:Event)
WITH e,
     CASE $level WHEN 'country' THEN x.country ELSE x.id END AS a,
     CASE $level WHEN 'country' THEN x.country ELSE x.name END AS a_name,
     CASE $level WHEN 'country' THEN y.country ELSE y.id END AS b,
     CASE $level WHEN 'country' THEN y.country ELSE y.name END AS b_name
WHERE a < b
WITH DISTINCT a, a_name, b, b_name, e
ORDER BY e.date_start, e.id
WITH a, a_name, b, b_name, collect(e) AS contacts
WHERE size(contacts) > 1
UNWIND range(1, size(contacts) - 1) AS i
WITH a, a_name, b, b_name, contacts[i - 1] AS previous, contacts[i] AS e
WITH a, a_name, b, b_name, previous, e,
     duration.inDays(date(previous.date_start), date(e.date_start)).days AS gap_days
WHERE gap_days >= $min_gap_days
  AND ($date_from IS NULL OR e.date_start >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
RETURN a, a_name, b, b_name,
       previous.id AS previous_event_id,
       previous.type AS previous_type,
       previous.date AS previous_date,
       previous.date_start AS previous_date_start,
       previous.evidence AS previous_evidence,
       e.id AS event_id,
       e.type AS type,
       e.date AS date,
       e.date_precision AS date_precision,
       e.date_start AS date_start,
       e.modality AS modality,
       e.evidence AS evidence,
       COLLECT { MATCH (e)-[:MENTIONED_IN]->(article:Article)
                 RETURN article.id ORDER BY article.published, article.id }[0] AS article_id,
       gap_days
ORDER BY e.date_start, a, b, e.id
