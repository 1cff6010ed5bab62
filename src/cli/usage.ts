/** The `newsgraph --help` text. */
export const USAGE = `Usage: newsgraph <command> [options]

Turn English news articles into a knowledge graph of actors, places, times, events and claims.

Commands:
  parse <file|->                  Parse one article and print its ParsedArticle JSON
      --published <date>          Publication date (YYYY-MM-DD) relative dates resolve against
      --title <text>              Article title       --id <id>          Article id
      --url <url>                 Article URL         --source <name>    Publisher
      -o, --output <file>         Write the JSON to <file> instead of stdout

  build <input...>                Build a graph from articles and print (or write) its JSON
      Inputs: .txt (one article), .json (a record, an array of records, or 'parse' output),
              .jsonl (one record a line), a directory (walked for those files), - (text on stdin).
      A record is {"text": "...", "publishedAt"?, "title"?, "url"?, "source"?, "id"?}.
      A bad article is reported on stderr and skipped. On a terminal a progress bar is drawn on
      stderr; a summary line (articles, actors, places, events, claims, errors) ends every run.
      -o, --output <file>         Write the graph JSON to <file> instead of stdout
      --published <date>          Publication date for articles that have none of their own
      --dates <file.csv>          Publication date of each .txt file: lines "file,YYYY-MM-DD", a file
                                  being a path relative to the CSV's folder or a bare file name
      --date-from-name            Take a .txt file's date from its name (2025-12-03-talks.txt,
                                  talks_20251203.txt); --dates wins, --published is the fallback
      --jsonl <file>              Also write each parsed article as one JSON line, as it is added
      -w, --workers <n>           Parse in n threads, the main one and n-1 workers (default: number
                                  of cores); the graph is the same whatever n is
      --store <url>               Add the articles to a PostgreSQL store (postgres://user@host/db,
                                  ?schema=NAME for a schema other than newsgraph) instead of writing
                                  JSON; articles already stored are skipped, so a rerun resumes
      --batch <n>                 Articles per store transaction (default 200)

  query <graph.json|-> <query>    Query a graph built by 'build'
  query --store <url> <query>     The same queries, with the same filters, on a PostgreSQL store
      claims-by <actor>           Claims made by an actor (name, alias, surname or id)
      claims-about <name>         Claims about an actor, a place or an event
      claims-on <date|from..to>   Claims made on a day or in a range
      disputed                    Claims that other claims dispute, with the disputing claims
      events-on <date|from..to>   Events on a day (2025-12-02) or in a range (2025-12-01..2025-12-03)
      events-at <place>           Events at a place (--within: also at places inside it)
      events-by-type <type>       Events of one type (meeting, visit, attack, ...)
      events-involving <actor>    Events an actor takes part in
      timeline                    Events and claims in date order, undated last
                                  (--records events|claims keeps one kind)
    Filters (where they apply):
      --date <date|from..to>      Only records dated inside it (--from <date> --to <date> alike)
      --overlap                   Also records whose coarser date overlaps (a 2025-12 event for a day)
      --type <t,...>              Event types         --modality <m,...>   Event modalities
      --kind <k,...>              Claim kinds         --article <id>       Records of that article
      --all                       A name that fits several actors or places: all of them (default:
                                  exit 2 listing their keys)
    Output:
      -f, --format <f>            table (default on a terminal), json (default otherwise) or jsonl
      --evidence                  In a table, each record's sentence and source under its row
      -o, --output <file>         Write to <file> (json; .jsonl -> jsonl, .txt -> table)

  export <graph.json|-> --to gexf [-o out.gexf]
                                  GEXF for Gephi (stdout without -o)
  export <graph.json|-> --to neo4j -o <dir>
                                  CSV files for neo4j-admin database import, graph.cypher, import.sh
  export --store <url> [--from <date>] [--to <date>] [--article <id>]... [--actor <name>] [--place <name>]
                                  Graph JSON of the stored articles published in a date range (or
      -o, --output <file>         given by id, or mentioning an actor or place); stdout without -o
  view <graph.json|->             Self-contained HTML page of the graph (sigma.js; works offline)
      -o, --output <file>         Write the page to <file> instead of stdout
      --title <text>              Page title

Options:
  -h, --help                      Show this help
  -V, --version                   Show the version

Exit status: 0 on success, 1 when something failed, 2 on a usage error.

Examples:
  newsgraph parse article.txt --published 2025-12-03
  newsgraph build articles/ feed.jsonl --published 2025-12-03 -o graph.json --jsonl parsed.jsonl
  newsgraph build articles/ --dates dates.csv -o graph.json
  newsgraph query graph.json claims-by Varga --kind denial,rejection
  newsgraph query graph.json events-on 2025-12-01..2025-12-03 --modality asserted --format table
  newsgraph query graph.json timeline --format jsonl -o timeline.jsonl
  newsgraph export graph.json --to gexf -o graph.gexf
  newsgraph export graph.json --to neo4j -o neo4j-import
  newsgraph build articles/ --store postgres://localhost/news
  newsgraph query --store postgres://localhost/news claims-by Varga --kind denial
  newsgraph export --store postgres://localhost/news --from 2025-12-01 --to 2025-12-07 -o week.json
  newsgraph view graph.json -o graph.html
`;
