// partner_countries: the countries an actor (or a country's actors) dealt with, busiest first.
//
// "Russia's partners ranked": for each country, the kept events in which an actor of
// $x_ids takes part with an actor of that country that is not one of $x_ids, each event
// counted once however many of the country's actors took part. An event is kept when its
// modality is in $modalities (an empty list keeps all) and its period [date_start,
// date_end] overlaps [$date_from, $date_to] (a null bound is open; once a bound is given,
// undated events are left out, as in timeline). Actors of no country (a place, a group)
// count for none. An implied prior contact that REFERS_TO a stored event is that event,
// so it is left out. Sorted by events (most first), then country.
//
// Parameters:
//   $x_ids       list<string>         actor ids (one person's ids, or every actor of a country)
//   $date_from   string|null          first day of the range, YYYY-MM-DD, or null
//   $date_to     string|null          last day of the range, YYYY-MM-DD, or null
//   $modalities  list<string>         keep only these modalities; an empty list keeps all
//   $classes     map<string,string>   event type -> quad class (schema/event_types.yaml)
//
// Rows: country, events, types (list of {type, count}, by type), cooperation, conflict,
//       first_date, last_date (date_start strings, null when no event is dated)
MATCH (x:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Actor)
WHERE x.id IN $x_ids AND NOT y.id IN $x_ids AND y.country IS NOT NULL
  AND (size($modalities) = 0 OR e.modality IN $modalities)
  AND NOT (e)-[:REFERS_TO]->(:Event)
  AND ($date_from IS NULL OR e.date_end >= $date_from)
  AND ($date_to IS NULL OR e.date_start <= $date_to)
WITH DISTINCT y.country AS country, e
WITH country, e.type AS type, count(e) AS n,
     min(e.date_start) AS first_date, max(e.date_start) AS last_date
ORDER BY type
WITH country,
     collect({type: type, count: n}) AS types,
     sum(n) AS events,
     sum(CASE WHEN $classes[type] ENDS WITH 'cooperation' THEN n ELSE 0 END) AS cooperation,
     sum(CASE WHEN $classes[type] ENDS WITH 'conflict' THEN n ELSE 0 END) AS conflict,
     min(first_date) AS first_date,
     max(last_date) AS last_date
RETURN country, events, types, cooperation, conflict, first_date, last_date
ORDER BY events DESC, country
