/**
 * The Chinook sample database (MIT, see LICENSE.md) as athanor models: the
 * tables, keys and indexes of sqlite-schema.sql, mysql-schema.sql and
 * postgresql-schema.sql, one model for the three.
 *
 * Where the three fixture files differ:
 *
 * - Names. SQLite and MySQL write PascalCase ("Track", "AlbumId"),
 *   PostgreSQL snake_case ("track", "album_id"). No one model can carry
 *   both, so NAMING below picks one; the test sets it to "snake_case" for
 *   PostgreSQL. Constraint and index names follow each file too:
 *   PK_Track / FK_TrackAlbumId / IFK_TrackAlbumId (SQLite, MySQL) and
 *   track_pkey / track_album_id_fkey / track_album_id_idx (PostgreSQL).
 *   SQLite's file leaves its foreign keys unnamed (the models name them as
 *   MySQL does; an unnamed database constraint matches a named model one by
 *   what it is), and MySQL names every primary key PRIMARY whatever is written.
 * - Types. Identifiers are INTEGER (SQLite) or INT (MySQL, PostgreSQL):
 *   integer(). Strings are NVARCHAR(n) (SQLite, MySQL, where it means
 *   VARCHAR(n) in the national character set utf8mb3) or VARCHAR(n)
 *   (PostgreSQL): varchar(n). Dates are DATETIME (SQLite, MySQL) or
 *   TIMESTAMP (PostgreSQL): timestamp(), which athanor writes as DATETIME on
 *   MySQL and TIMESTAMP on SQLite (where both name one type, NUMERIC affinity).
 *   Money is NUMERIC(10,2) everywhere: numeric(10, 2).
 * - Referential actions are written out as ON DELETE NO ACTION ON UPDATE NO
 *   ACTION in all three; so they are here.
 */
import { foreignKey, index, integer, numeric, primaryKey, table, timestamp, varchar } from "athanor/schema";

/** "PascalCase" for the SQLite and MySQL fixtures, "snake_case" for PostgreSQL's. */
export const NAMING = "PascalCase" as "PascalCase" | "snake_case";

/** The character set of MySQL's NVARCHAR (utf8mb3, not the table's utf8mb4); the test sets it for MySQL only. */
const NATIONAL = null as string | null;
/** A fixture string column: NVARCHAR(n), which MySQL keeps in utf8mb3. */
const nvarchar = (length: number) => (NATIONAL === null ? varchar(length) : varchar(length).charset(NATIONAL));

const snake = NAMING === "snake_case";
/** A fixture name in this file's naming: AlbumId or album_id. */
const n = (name: string): string => (snake ? name.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase() : name);
const pk = (t: string): string => (snake ? `${n(t)}_pkey` : `PK_${t}`);
const fkName = (t: string, column: string): string => (snake ? `${n(t)}_${n(column)}_fkey` : `FK_${t}${column}`);
const ixName = (t: string, column: string): string => (snake ? `${n(t)}_${n(column)}_idx` : `IFK_${t}${column}`);
const NO_ACTION = { onDelete: "no action", onUpdate: "no action" };
/** A foreign key of one column and the index the fixtures create for it. */
const reference = (t: string, column: string, refTable: string, refColumn = column) => [
  foreignKey(fkName(t, column), [n(column)], n(refTable), [n(refColumn)], NO_ACTION),
  index(ixName(t, column), [n(column)]),
];

export const Album = table(n("Album"), {
  [n("AlbumId")]: integer().notNull(),
  [n("Title")]: nvarchar(160).notNull(),
  [n("ArtistId")]: integer().notNull(),
}, [primaryKey(pk("Album"), [n("AlbumId")]), ...reference("Album", "ArtistId", "Artist")]);

export const Artist = table(n("Artist"), {
  [n("ArtistId")]: integer().notNull(),
  [n("Name")]: nvarchar(120),
}, [primaryKey(pk("Artist"), [n("ArtistId")])]);

export const Customer = table(n("Customer"), {
  [n("CustomerId")]: integer().notNull(),
  [n("FirstName")]: nvarchar(40).notNull(),
  [n("LastName")]: nvarchar(20).notNull(),
  [n("Company")]: nvarchar(80),
  [n("Address")]: nvarchar(70),
  [n("City")]: nvarchar(40),
  [n("State")]: nvarchar(40),
  [n("Country")]: nvarchar(40),
  [n("PostalCode")]: nvarchar(10),
  [n("Phone")]: nvarchar(24),
  [n("Fax")]: nvarchar(24),
  [n("Email")]: nvarchar(60).notNull(),
  [n("SupportRepId")]: integer(),
}, [primaryKey(pk("Customer"), [n("CustomerId")]), ...reference("Customer", "SupportRepId", "Employee", "EmployeeId")]);

export const Employee = table(n("Employee"), {
  [n("EmployeeId")]: integer().notNull(),
  [n("LastName")]: nvarchar(20).notNull(),
  [n("FirstName")]: nvarchar(20).notNull(),
  [n("Title")]: nvarchar(30),
  [n("ReportsTo")]: integer(),
  [n("BirthDate")]: timestamp(),
  [n("HireDate")]: timestamp(),
  [n("Address")]: nvarchar(70),
  [n("City")]: nvarchar(40),
  [n("State")]: nvarchar(40),
  [n("Country")]: nvarchar(40),
  [n("PostalCode")]: nvarchar(10),
  [n("Phone")]: nvarchar(24),
  [n("Fax")]: nvarchar(24),
  [n("Email")]: nvarchar(60),
}, [primaryKey(pk("Employee"), [n("EmployeeId")]), ...reference("Employee", "ReportsTo", "Employee", "EmployeeId")]);

export const Genre = table(n("Genre"), {
  [n("GenreId")]: integer().notNull(),
  [n("Name")]: nvarchar(120),
}, [primaryKey(pk("Genre"), [n("GenreId")])]);

export const Invoice = table(n("Invoice"), {
  [n("InvoiceId")]: integer().notNull(),
  [n("CustomerId")]: integer().notNull(),
  [n("InvoiceDate")]: timestamp().notNull(),
  [n("BillingAddress")]: nvarchar(70),
  [n("BillingCity")]: nvarchar(40),
  [n("BillingState")]: nvarchar(40),
  [n("BillingCountry")]: nvarchar(40),
  [n("BillingPostalCode")]: nvarchar(10),
  [n("Total")]: numeric(10, 2).notNull(),
}, [primaryKey(pk("Invoice"), [n("InvoiceId")]), ...reference("Invoice", "CustomerId", "Customer")]);

export const InvoiceLine = table(n("InvoiceLine"), {
  [n("InvoiceLineId")]: integer().notNull(),
  [n("InvoiceId")]: integer().notNull(),
  [n("TrackId")]: integer().notNull(),
  [n("UnitPrice")]: numeric(10, 2).notNull(),
  [n("Quantity")]: integer().notNull(),
}, [
  primaryKey(pk("InvoiceLine"), [n("InvoiceLineId")]),
  ...reference("InvoiceLine", "InvoiceId", "Invoice"),
  ...reference("InvoiceLine", "TrackId", "Track"),
]);

export const MediaType = table(n("MediaType"), {
  [n("MediaTypeId")]: integer().notNull(),
  [n("Name")]: nvarchar(120),
}, [primaryKey(pk("MediaType"), [n("MediaTypeId")])]);

export const Playlist = table(n("Playlist"), {
  [n("PlaylistId")]: integer().notNull(),
  [n("Name")]: nvarchar(120),
}, [primaryKey(pk("Playlist"), [n("PlaylistId")])]);

export const PlaylistTrack = table(n("PlaylistTrack"), {
  [n("PlaylistId")]: integer().notNull(),
  [n("TrackId")]: integer().notNull(),
}, [
  primaryKey(pk("PlaylistTrack"), [n("PlaylistId"), n("TrackId")]),
  ...reference("PlaylistTrack", "PlaylistId", "Playlist"),
  ...reference("PlaylistTrack", "TrackId", "Track"),
]);

export const Track = table(n("Track"), {
  [n("TrackId")]: integer().notNull(),
  [n("Name")]: nvarchar(200).notNull(),
  [n("AlbumId")]: integer(),
  [n("MediaTypeId")]: integer().notNull(),
  [n("GenreId")]: integer(),
  [n("Composer")]: nvarchar(220),
  [n("Milliseconds")]: integer().notNull(),
  [n("Bytes")]: integer(),
  [n("UnitPrice")]: numeric(10, 2).notNull(),
}, [
  primaryKey(pk("Track"), [n("TrackId")]),
  ...reference("Track", "AlbumId", "Album"),
  ...reference("Track", "GenreId", "Genre"),
  ...reference("Track", "MediaTypeId", "MediaType"),
]);
