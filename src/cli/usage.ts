/** The `newsgraph --help` text. */
export const USAGE = `Usage: newsgraph <command> [options]

Turn English news articles into a knowledge graph of actors, places, times, events and claims.

Commands:
  parse <file|->                  Parse one article and print its ParsedArticle JSON
      --published <date>          Publication date (YYYY-MM-DD) relative dates resolve against
      --title <text>              Article title       --id <id>          Article id
      --url <url>                 Article URL         --source <name>    Publisher

  build <input...>                Build a graph from articles and print (or write) its JSON
      Inputs: .txt (one article), .json (a record, an array of records, or 'parse' output),
              .jsonl (one record a line), a directory (walked for those files), - (text on stdin).
      A record is {"text": "...", "publishedAt"?, "title"?, "url"?, "source"?, "id"?}.
      A bad article is reported on stderr and skipped. On a terminal a progress bar is drawn on
      stderr; a summary line (articles, actors, places, events, claims, errors) ends every run.
      --published <date>          Publication date for articles that do not give one
      -o, --output <file>         Write the graph JSON to <file> instead of stdout
      --jsonl <file>              Also write each parsed article as one JSON line, as it is added
      -w, --workers <n>           Parse in n worker threads (default: number of cores); the graph is
                                  the same whatever n is

  query <graph.json|-> <query>    Query a graph built by 'build'; prints a JSON array
      claims-by <actor>           Claims made by an actor (name, alias, surname or id)
      claims-about <name>         Claims about an actor, a place or an event
      disputed                    Claims that other claims dispute, with the disputing claims
      events-on <date|from..to>   Events on a day (2025-12-02) or in a range (2025-12-01..2025-12-03)
          --overlap               Also events whose coarser date overlaps (a 2025-12 event for a day)
      events-at <place>           Events at a place
          --within                Also events at places inside it
      events-by-type <type>       Events of one type (meeting, visit, attack, ...)
      events-involving <actor>    Events an actor takes part in
      timeline                    Events and claims in date order, undated last

  export <graph.json|-> --to gexf [out.gexf]
                                  GEXF for Gephi (stdout without a file)
  export <graph.json|-> --to neo4j <dir>
                                  CSV files for neo4j-admin database import, graph.cypher, import.sh
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
  newsgraph query graph.json claims-by Varga
  newsgraph query graph.json events-on 2025-12-01..2025-12-03
  newsgraph export graph.json --to neo4j neo4j-import
  newsgraph view graph.json -o graph.html
`;
