// The library's public face: callers import ClaimDiffKit alone.
@_exported import Core
@_exported import Diff
@_exported import Ingest
@_exported import Report
@_exported import Glossary
