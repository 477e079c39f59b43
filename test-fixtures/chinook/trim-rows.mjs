/**
 * Makes <dialect>-rows.sql, a consistent slice of the rows of Chinook's
 * <dialect>-full.sql: the first tracks (TrackId <= MAX_TRACK) with the
 * albums, artists, invoice lines, invoices and playlist entries that go with
 * them, and every genre, media type, employee, customer and playlist. Each
 * kept row line is copied verbatim, so every file keeps its dialect's
 * spelling. Run from this folder:
 *
 *   node trim-rows.mjs /path/to/chinook   (the folder holding the *-full.sql files)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const MAX_TRACK = 60;
const source = process.argv[2];
if (!source) throw new Error("usage: node trim-rows.mjs <folder with the Chinook *-full.sql files>");

/** `[Track]`, `track`, `"Track"` → "track"; `album_id` / `AlbumId` → "albumid". */
const key = (name) => name.replace(/[`"[\]]/g, "").replace(/_/g, "").toLowerCase();

/** The values of one row line `(1, N'it''s', NULL),`: numbers as numbers, strings unquoted. */
function values(line) {
  const out = [];
  const text = line.trim().replace(/[,;]$/, "").slice(1, -1);
  let i = 0;
  while (i < text.length) {
    while (text[i] === " " || text[i] === ",") i += 1;
    if (text[i] === "N" && text[i + 1] === "'") i += 1;
    if (text[i] === "'") {
      let end = i + 1;
      let value = "";
      for (;;) {
        if (text[end] === "'" && text[end + 1] === "'") { value += "'"; end += 2; continue; }
        if (text[end] === "'") break;
        value += text[end];
        end += 1;
      }
      out.push(value);
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ",") end += 1;
      const raw = text.slice(i, end).trim();
      out.push(raw === "NULL" ? null : Number(raw));
      i = end;
    }
  }
  return out;
}

/** INSERT blocks in file order: { header, table, columns, rows: [{ line, row }] }. */
function blocks(sql) {
  const out = [];
  let current = null;
  for (const line of sql.split("\n")) {
    const insert = /^INSERT INTO (\S+) \((.*)\) VALUES\s*$/.exec(line);
    if (insert) {
      current = { header: line, table: key(insert[1]), columns: insert[2].split(",").map((c) => key(c.trim())), rows: [] };
      out.push(current);
    } else if (current && /^\s+\(/.test(line)) {
      const row = Object.fromEntries(values(line).map((v, i) => [current.columns[i], v]));
      current.rows.push({ line: line.replace(/[,;]\s*$/, ""), row });
      if (/;\s*$/.test(line)) current = null;
    }
  }
  return out;
}

function trim(sql) {
  const all = blocks(sql);
  const rowsOf = (table) => all.filter((b) => b.table === table).flatMap((b) => b.rows.map((r) => r.row));
  const tracks = rowsOf("track").filter((r) => r.trackid <= MAX_TRACK);
  const albums = new Set(tracks.map((r) => r.albumid));
  const artists = new Set(rowsOf("album").filter((r) => albums.has(r.albumid)).map((r) => r.artistid));
  const invoices = new Set(rowsOf("invoiceline").filter((r) => r.trackid <= MAX_TRACK).map((r) => r.invoiceid));
  const keep = {
    artist: (r) => artists.has(r.artistid),
    album: (r) => albums.has(r.albumid),
    track: (r) => r.trackid <= MAX_TRACK,
    invoice: (r) => invoices.has(r.invoiceid),
    invoiceline: (r) => r.trackid <= MAX_TRACK,
    playlisttrack: (r) => r.trackid <= MAX_TRACK,
  };
  const parts = [];
  for (const block of all) {
    const kept = block.rows.filter((r) => (keep[block.table] ?? (() => true))(r.row));
    if (kept.length > 0) parts.push(`${block.header}\n${kept.map((r) => r.line).join(",\n")};\n`);
  }
  return parts.join("\n");
}

for (const dialect of ["sqlite", "postgresql", "mysql"]) {
  const rows = trim(readFileSync(join(source, `${dialect}-full.sql`), "utf8"));
  const header = `-- Chinook ${dialect} rows (MIT, see LICENSE.md): a consistent slice of ${dialect}-full.sql made by trim-rows.mjs.\n\n`;
  writeFileSync(`${dialect}-rows.sql`, header + rows);
}
