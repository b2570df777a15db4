namespace Spectrum.PostGis;

/// <summary>One schema change: the SQL script <c>Migrations/NNNN_name.sql</c>, applied once, as version NNNN.</summary>
public sealed record Migration(int Version, string Name, string Sql);
