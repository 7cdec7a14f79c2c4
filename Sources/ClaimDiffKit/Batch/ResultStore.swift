import Core
import Diff
import Foundation
import GRDB

/// The batch results store: one SQLite file holding runs, pairs, findings and errors, in WAL
/// mode so that it can be queried while a batch writes to it.
///
/// Each pair id has one row, the latest result for it, with its resume key (a hash of its id,
/// both inputs, the engine version and the glossary). Records are written in batched
/// transactions, so a batch killed at any moment leaves whole pairs only; `--resume` skips the
/// pairs compared with the same key, and compares again those that failed or whose inputs,
/// engine or glossary changed, replacing their rows.
///
///     runs(id, started_at, finished_at, manifest, engine_version, glossary, jobs, pairs, failed)
///     pairs(key PRIMARY KEY, run_id, id UNIQUE, line, status, source, target, source_lang, target_lang,
///           errors, warnings, infos, elapsed_ms)
///     findings(pair_key, finding_id, rule, severity, message,
///              source_sentence, source_start, source_end, source_text,
///              target_sentence, target_start, target_end, target_text)
///     errors(pair_key PRIMARY KEY, id, line, message)
public final class ResultStore: Sendable {
  /// Why the database cannot be opened or written.
  public typealias Failure = FileProblem

  public static let schemaVersion = 1
  let path: String
  let pool: DatabasePool

  public init(path: String) throws(Failure) {
    self.path = path
    var configuration = GRDB.Configuration()
    configuration.label = "claimdiff-results"
    configuration.busyMode = .timeout(10)
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try pool.write { db in try Self.migrate(db) }
    } catch let failure as Failure {
      throw Failure(path: path, reason: failure.reason)
    } catch {
      throw Failure(path: path, reason: "cannot open the results database (\(Self.describe(error))); give a new file or a claimdiff results database")
    }
  }

  static func describe(_ error: any Error) -> String {
    (error as? DatabaseError)?.message ?? "\(error)"
  }

  private static func migrate(_ db: Database) throws {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    if version == schemaVersion { return }
    guard version == 0 && tables.isEmpty else {
      throw Failure(
        path: "",
        reason: version == 0
          ? "this SQLite file is not a claimdiff results database; give a new file"
          : "results database schema version \(version) is not one this claimdiff reads (\(schemaVersion)); give a new file")
    }
    try db.execute(
      sql: """
        CREATE TABLE runs (
          id INTEGER PRIMARY KEY,
          started_at TEXT NOT NULL,
          finished_at TEXT,
          manifest TEXT NOT NULL,
          engine_version TEXT NOT NULL,
          glossary TEXT NOT NULL,
          jobs INTEGER NOT NULL,
          pairs INTEGER NOT NULL DEFAULT 0,
          failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE pairs (
          key TEXT PRIMARY KEY,
          run_id INTEGER NOT NULL REFERENCES runs(id),
          id TEXT NOT NULL,
          line INTEGER,
          status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
          source TEXT,
          target TEXT,
          source_lang TEXT,
          target_lang TEXT,
          errors INTEGER NOT NULL,
          warnings INTEGER NOT NULL,
          infos INTEGER NOT NULL,
          elapsed_ms REAL NOT NULL
        );
        CREATE UNIQUE INDEX pairs_by_id ON pairs(id);
        CREATE INDEX pairs_by_severity ON pairs(errors DESC, warnings DESC);
        CREATE INDEX pairs_by_status ON pairs(status);
        CREATE TABLE findings (
          pair_key TEXT NOT NULL REFERENCES pairs(key) ON DELETE CASCADE,
          finding_id TEXT NOT NULL,
          rule TEXT NOT NULL,
          severity TEXT NOT NULL,
          message TEXT NOT NULL,
          source_sentence INTEGER, source_start INTEGER, source_end INTEGER, source_text TEXT,
          target_sentence INTEGER, target_start INTEGER, target_end INTEGER, target_text TEXT
        );
        CREATE INDEX findings_by_rule ON findings(rule, severity);
        CREATE INDEX findings_by_severity ON findings(severity);
        CREATE INDEX findings_by_pair ON findings(pair_key);
        CREATE TABLE errors (
          pair_key TEXT PRIMARY KEY REFERENCES pairs(key) ON DELETE CASCADE,
          id TEXT NOT NULL,
          line INTEGER,
          message TEXT NOT NULL
        );
        PRAGMA user_version = \(schemaVersion);
        """)
  }

  /// Starts a run and returns its id.
  public func beginRun(manifest: String, glossary: String, jobs: Int) throws(Failure) -> Int64 {
    try write { db in
      try db.execute(
        sql: "INSERT INTO runs (started_at, manifest, engine_version, glossary, jobs) VALUES (?, ?, ?, ?, ?)",
        arguments: [Self.now(), manifest, ToolInfo.version, glossary, jobs])
      return db.lastInsertedRowID
    }
  }

  /// The keys of the pairs already compared, for `--resume`; pairs that failed are not among
  /// them, so that a resumed batch tries them again.
  public func storedKeys() throws(Failure) -> Set<String> {
    do {
      return try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT key FROM pairs WHERE status = 'ok'")) }
    } catch {
      throw Failure(path: path, reason: "cannot read the results database (\(Self.describe(error)))")
    }
  }

  /// Stores records in one transaction, each replacing any earlier row of its pair id.
  public func insert(_ records: [BatchRecord], run: Int64) throws(Failure) {
    guard !records.isEmpty else { return }
    try write { db in
      let replace = try db.makeStatement(sql: "DELETE FROM pairs WHERE id = ?")
      let pair = try db.makeStatement(
        sql: """
          INSERT INTO pairs (key, run_id, id, line, status, source, target, source_lang, target_lang,
            errors, warnings, infos, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let finding = try db.makeStatement(
        sql: """
          INSERT INTO findings (pair_key, finding_id, rule, severity, message,
            source_sentence, source_start, source_end, source_text,
            target_sentence, target_start, target_end, target_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      let error = try db.makeStatement(sql: "INSERT INTO errors (pair_key, id, line, message) VALUES (?, ?, ?, ?)")
      var done = 0
      var failed = 0
      for record in records {
        try replace.execute(arguments: [record.id])
        try pair.execute(arguments: [
          record.key, run, record.id, record.line, record.status.rawValue, record.source, record.target, record.sourceLang,
          record.targetLang, record.summary.error, record.summary.warning, record.summary.info, record.elapsed,
        ])
        done += 1
        for item in record.findings {
          try finding.execute(arguments: [
            record.key, item.id, item.rule, item.severity.rawValue, item.message,
            item.source?.sentence, item.source?.range.start, item.source?.range.end, item.source?.text,
            item.target?.sentence, item.target?.range.start, item.target?.range.end, item.target?.text,
          ])
        }
        if record.status == .error {
          failed += 1
          try error.execute(arguments: [record.key, record.id, record.line, record.error ?? ""])
        }
      }
      try db.execute(sql: "UPDATE runs SET pairs = pairs + ?, failed = failed + ? WHERE id = ?", arguments: [done, failed, run])
    }
  }

  public func finishRun(_ run: Int64) throws(Failure) {
    try write { db in try db.execute(sql: "UPDATE runs SET finished_at = ? WHERE id = ?", arguments: [Self.now(), run]) }
  }

  private func write<T>(_ body: (Database) throws -> T) throws(Failure) -> T {
    do {
      return try pool.write(body)
    } catch {
      throw Failure(path: path, reason: "cannot write to the results database (\(Self.describe(error)))")
    }
  }

  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    return formatter.string(from: Date())
  }
}
