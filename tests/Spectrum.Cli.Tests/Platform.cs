using System.Runtime.Versioning;

// These tests run real PostgreSQL servers behind Unix sockets and check Unix file modes.
[assembly: UnsupportedOSPlatform("windows")]
